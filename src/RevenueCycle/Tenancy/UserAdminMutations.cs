using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using RevenueCycle.Auditing;
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

/// <summary>Tenant admins manage their tenant's users: create, roles, deactivate and reactivate. Every change is audited.</summary>
public static class UserAdminMutations
{
    public static void Register(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateUserInput>("createUser", "user", typeof(UserType), [typeof(ValidationErrorType), typeof(ConflictErrorType)], CreateAsync)
            .Description("Creates a user of your tenant with an initial password and roles.").AuthorizeWithRoles(Roles.TenantAdmin);
        mutation.Mutation<UserRoleInput>("assignUserRole", "user", typeof(UserType), [typeof(NotFoundErrorType)], (c, i) => ChangeRoleAsync(c, i, add: true))
            .Description("Gives a user a role (effective at their next token refresh).").AuthorizeWithRoles(Roles.TenantAdmin);
        mutation.Mutation<UserRoleInput>("removeUserRole", "user", typeof(UserType), [typeof(NotFoundErrorType), typeof(ValidationErrorType)], (c, i) => ChangeRoleAsync(c, i, add: false))
            .Description("Takes a role from a user (effective at their next token refresh).").AuthorizeWithRoles(Roles.TenantAdmin);
        mutation.Mutation<UserIdInput>("deactivateUser", "user", typeof(UserType), [typeof(NotFoundErrorType), typeof(ValidationErrorType)], (c, i) => SetActiveAsync(c, i, active: false))
            .Description("Stops a user from signing in and revokes their tokens at once.").AuthorizeWithRoles(Roles.TenantAdmin);
        mutation.Mutation<UserIdInput>("reactivateUser", "user", typeof(UserType), [typeof(NotFoundErrorType)], (c, i) => SetActiveAsync(c, i, active: true))
            .Description("Lets a deactivated user sign in again.").AuthorizeWithRoles(Roles.TenantAdmin);
    }

    private static async Task<Payload> CreateAsync(IResolveFieldContext context, CreateUserInput input)
    {
        var scope = context.Tenant();
        var users = context.RequestServices!.GetRequiredService<UserManager<User>>();
        var email = input.Email.Trim();
        if (!email.Contains('@', StringComparison.Ordinal)) return Payload.Fail(new ValidationError("Not an e-mail address.", "email"));
        if (input.Roles.Count == 0) return Payload.Fail(new ValidationError("Give the user at least one role.", "roles"));
        if (await users.FindByEmailAsync(email) is not null) return Payload.Fail(new ConflictError("A user with this e-mail address exists."));

        var clock = context.RequestServices!.GetRequiredService<TimeProvider>();
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName, TenantId = scope.RequireTenant(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
            return Payload.Fail([.. created.Errors.Select(e => new ValidationError(e.Description, e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email"))]);
        await EnsureRolesAsync(context.RequestServices!, input.Roles);
        await users.AddToRolesAsync(user, input.Roles.Distinct());
        await AuditAsync(context, "UserCreated", user, "roles: " + string.Join(",", input.Roles));
        return new Payload(await ViewAsync(users, user));
    }

    private static async Task<Payload> ChangeRoleAsync(IResolveFieldContext context, UserRoleInput input, bool add)
    {
        var users = context.RequestServices!.GetRequiredService<UserManager<User>>();
        if (await FindAsync(context, input.UserId) is not { } user) return NotFound(input.UserId);
        var has = await users.IsInRoleAsync(user, input.Role);
        if (add && !has)
        {
            await EnsureRolesAsync(context.RequestServices!, [input.Role]);
            await users.AddToRoleAsync(user, input.Role);
            await AuditAsync(context, "UserRoleAssigned", user, input.Role);
        }
        else if (!add && has)
        {
            // An admin cannot lock the tenant out of its own administration by accident.
            if (input.Role == Roles.TenantAdmin && user.UserName == context.Tenant().Actor)
                return Payload.Fail(new ValidationError("You cannot remove your own TENANT_ADMIN role.", "role"));
            await users.RemoveFromRoleAsync(user, input.Role);
            await AuditAsync(context, "UserRoleRemoved", user, input.Role);
        }
        return new Payload(await ViewAsync(users, user));
    }

    private static async Task<Payload> SetActiveAsync(IResolveFieldContext context, UserIdInput input, bool active)
    {
        var services = context.RequestServices!;
        var users = services.GetRequiredService<UserManager<User>>();
        if (await FindAsync(context, input.UserId) is not { } user) return NotFound(input.UserId);
        if (active == user.IsActive) return new Payload(await ViewAsync(users, user));
        if (!active && user.UserName == context.Tenant().Actor)
            return Payload.Fail(new ValidationError("You cannot deactivate yourself.", "userId"));

        user.DeactivatedAt = active ? null : services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        if (!active)
        {
            // Ends the sign-in cookie at its next check and every access and refresh token now.
            await users.UpdateSecurityStampAsync(user);
            await services.GetRequiredService<IOpenIddictTokenManager>().RevokeBySubjectAsync(user.Id, context.CancellationToken);
        }
        await AuditAsync(context, active ? "UserReactivated" : "UserDeactivated", user, null);
        return new Payload(await ViewAsync(users, user));
    }

    /// <summary>The tenant's users, by e-mail address.</summary>
    public static async Task<List<UserView>> ListAsync(IResolveFieldContext context)
    {
        var db = context.Db();
        var tenantId = context.Tenant().RequireTenant();
        var users = await db.Users.AsNoTracking().Where(u => u.TenantId == tenantId).OrderBy(u => u.Email).ToListAsync(context.CancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        // All their roles in one query rather than one per user.
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(context.CancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return [.. users.Select(u => View(u, [.. byUser[u.Id].Order()]))];
    }

    /// <summary>A user of the caller's tenant by global ID; another tenant's user is not found, like any other row.</summary>
    private static async Task<User?> FindAsync(IResolveFieldContext context, string globalId)
    {
        var id = UserIds.Decode(globalId);
        if (id is null) return null;
        var user = await context.RequestServices!.GetRequiredService<UserManager<User>>().FindByIdAsync(id);
        return user is not null && user.TenantId == context.Tenant().RequireTenant() ? user : null;
    }

    internal static async Task EnsureRolesAsync(IServiceProvider services, IEnumerable<string> names)
    {
        var roles = services.GetRequiredService<RoleManager<Role>>();
        foreach (var name in names)
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new Role(name));
    }

    private static async Task AuditAsync(IResolveFieldContext context, string action, User user, string? details)
    {
        var db = context.Db();
        db.Record(context.Tenant(), context.RequestServices!.GetRequiredService<TimeProvider>(), action, "User",
            Guid.TryParse(user.Id, out var id) ? id : null, $"{user.Email}{(details is null ? "" : "; " + details)}");
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private static Payload NotFound(string id) => Payload.Fail(new NotFoundError("No user with this ID in your tenant.", id));

    internal static async Task<UserView> ViewAsync(UserManager<User> users, User user) => View(user, [.. (await users.GetRolesAsync(user)).Order()]);

    private static UserView View(User u, IReadOnlyList<string> roles) =>
        new(u.Id, u.Email ?? "", u.DisplayName, roles, u.IsActive, u.CreatedAt, u.LastSignInAt, u.DeactivatedAt);
}
