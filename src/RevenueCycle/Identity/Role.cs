using Microsoft.AspNetCore.Identity;

namespace RevenueCycle.Identity;

/// <summary>One of <see cref="Roles"/>: global names, a user holds them within their own tenant.</summary>
public sealed class Role : IdentityRole
{
    public Role() { }

    public Role(string name) : base(name) { }
}
