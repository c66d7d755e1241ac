using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;

namespace RevenueCycle.Tenancy;

public sealed class CreateUserInput
{
    public string Email { get; set; } = "";
    public string? DisplayName { get; set; }
    public string Password { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}

public sealed class CreateUserInputType : InputObjectGraphType<CreateUserInput>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Field(i => i.Email).Description("The sign-in name; unique across all tenants.");
        Field(i => i.DisplayName, nullable: true);
        Field(i => i.Password).Description("Initial password (at least 10 characters, upper and lower case and a digit); the admin hands it over.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserRoleType>>>>("roles");
    }
}

public sealed class UserRoleInput
{
    public string UserId { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed class UserRoleInputType : InputObjectGraphType<UserRoleInput>
{
    public UserRoleInputType()
    {
        Name = "UserRoleInput";
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<UserRoleType>>("role");
    }
}

public sealed class UserIdInput
{
    public string UserId { get; set; } = "";
}

public sealed class UserIdInputType : InputObjectGraphType<UserIdInput>
{
    public UserIdInputType()
    {
        Name = "UserIdInput";
        Field<NonNullGraphType<IdGraphType>>("userId");
    }
}

/// <summary>
/// Tenant admins manage their tenant's users: create, roles, deactivate and reactivate. Like every mutation they
/// run in the <see cref="MutationRunner"/>'s transaction; UserManager's store and OpenIddict's token manager work
/// on the request's RevenueCycleDb, so their writes commit or roll back with the rest.
/// </summary>
public static class UserAdminMutations
{
    private static readonly string[] Admins = [Roles.TenantAdmin];

    public static void Register(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateUserInput>("createUser", "Creates a user of your tenant with an initial password and roles.",
            "user", "User", Admins, CreateAsync, typeof(ConflictErrorType));
        mutation.Mutation<UserRoleInput>("assignUserRole", "Gives a user a role (effective at their next token refresh).",
            "user", "User", Admins, m => ChangeRoleAsync(m, add: true));
        mutation.Mutation<UserRoleInput>("removeUserRole", "Takes a role from a user (effective at their next token refresh).",
            "user", "User", Admins, m => ChangeRoleAsync(m, add: false));
        mutation.Mutation<UserIdInput>("deactivateUser", "Stops a user from signing in and revokes their tokens at once.",
            "user", "User", Admins, m => SetActiveAsync(m, active: false));
        mutation.Mutation<UserIdInput>("reactivateUser", "Lets a deactivated user sign in again.",
            "user", "User", Admins, m => SetActiveAsync(m, active: true));
    }

    private static async Task<object> CreateAsync(MutationContext<CreateUserInput> m)
    {
        var input = m.Input;
        var users = m.Services.GetRequiredService<UserManager<User>>();
        var email = input.Email.Trim();
        if (!email.Contains('@', StringComparison.Ordinal)) throw MutationException.Invalid("email", "Not an e-mail address.");
        if (input.Roles.Count == 0) throw MutationException.Invalid("roles", "Give the user at least one role.");
        if (await users.FindByEmailAsync(email) is not null) throw new MutationException(new ConflictError("A user with this e-mail address exists."));

        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName, TenantId = m.Services.GetRequiredService<TenantScope>().RequireTenant(), CreatedAt = m.UtcNow };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
            throw new MutationException([.. created.Errors.Select(e => new ValidationError(e.Description, e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email"))]);
        await EnsureRolesAsync(m.Services, input.Roles);
        await users.AddToRolesAsync(user, input.Roles.Distinct());
        return Audited(m, user, "roles: " + string.Join(",", input.Roles));
    }

    private static async Task<object> ChangeRoleAsync(MutationContext<UserRoleInput> m, bool add)
    {
        var users = m.Services.GetRequiredService<UserManager<User>>();
        var user = await FindAsync(m.Services, m.Input.UserId);
        var role = m.Input.Role;
        var has = await users.IsInRoleAsync(user, role);
        if (add && !has)
        {
            await EnsureRolesAsync(m.Services, [role]);
            await users.AddToRoleAsync(user, role);
        }
        else if (!add && has)
        {
            // An admin cannot lock the tenant out of its own administration by accident.
            if (role == Roles.TenantAdmin && user.UserName == m.Actor)
                throw MutationException.Invalid("role", "You cannot remove your own TENANT_ADMIN role.");
            await users.RemoveFromRoleAsync(user, role);
        }
        return Audited(m, user, role);
    }

    private static async Task<object> SetActiveAsync(MutationContext<UserIdInput> m, bool active)
    {
        var users = m.Services.GetRequiredService<UserManager<User>>();
        var user = await FindAsync(m.Services, m.Input.UserId);
        if (active != user.IsActive)
        {
            if (!active && user.UserName == m.Actor) throw MutationException.Invalid("userId", "You cannot deactivate yourself.");
            user.DeactivatedAt = active ? null : m.UtcNow;
            await users.UpdateAsync(user);
            if (!active)
            {
                // Ends the sign-in cookie at its next check and every access and refresh token now.
                await users.UpdateSecurityStampAsync(user);
                await m.Services.GetRequiredService<IOpenIddictTokenManager>().RevokeBySubjectAsync(user.Id);
            }
        }
        return Audited(m, user, null);
    }

    /// <summary>A user of the caller's tenant by global ID; another tenant's user is not found, like any other row.</summary>
    private static async Task<User> FindAsync(IServiceProvider services, string globalId)
    {
        var id = UserIds.Decode(globalId);
        var user = id is null ? null : await services.GetRequiredService<UserManager<User>>().FindByIdAsync(id);
        return user is not null && user.TenantId == services.GetRequiredService<TenantScope>().RequireTenant()
            ? user
            : throw new MutationException(new NotFoundError("No user with this ID in your tenant.", globalId));
    }

    internal static async Task EnsureRolesAsync(IServiceProvider services, IEnumerable<string> names)
    {
        var roles = services.GetRequiredService<RoleManager<Role>>();
        foreach (var name in names)
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new Role(name));
    }

    // Users are Identity rows keyed by string: the audit row names the user by its key and e-mail address.
    private static User Audited<TInput>(MutationContext<TInput> m, User user, string? details)
    {
        m.Audit("User", Guid.TryParse(user.Id, out var id) ? id : null, $"{user.Email}{(details is null ? "" : "; " + details)}");
        return user;
    }
}
