using Microsoft.AspNetCore.Identity;

namespace RevenueCycle.Identity;

/// <summary>
/// A person who signs in. The user name is the e-mail address and is unique across all tenants: sign-in
/// happens before a tenant is known, so Identity must find the user by name alone. Users are therefore not
/// tenant-filtered rows; <see cref="TenantId"/> says which tenant the user works in and goes into their tokens.
/// </summary>
public sealed class User : IdentityUser
{
    /// <summary>The user's tenant; null only for platform operators, who span tenants.</summary>
    public Guid? TenantId { get; set; }

    public string? DisplayName { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when a tenant admin deactivates the user: no sign-in, no token refresh, until reactivated.</summary>
    public DateTime? DeactivatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    public bool IsActive => DeactivatedAt is null;
}
