using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Filtering;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Tenancy;

public static class UserFilters
{
    public static readonly FilterDefinition<User> Where = new FilterDefinition<User>("User")
        .Field("email", u => u.Email)
        .Field("displayName", u => u.DisplayName)
        .Field("active", u => u.DeactivatedAt == null)
        .Field("createdAt", u => u.CreatedAt)
        .Field("lastSignInAt", u => u.LastSignInAt);

    // Only non-null columns can be cursor keys; the user key ends every order.
    public static readonly SortDefinition<User> Order = new SortDefinition<User>("User")
        .Field("email", u => u.NormalizedEmail!)
        .Field("createdAt", u => u.CreatedAt);

    public static readonly SortKey Key = SortKey.Of<User, string>(u => u.Id);
}

public sealed class UserFilterInputType() : FilterInputType<User>(UserFilters.Where);
public sealed class UserSortInputType() : SortInputType<User>(UserFilters.Order);
public sealed class UsersConnectionType() : ConnectionType<UserType, User>("Users");

public static class UserQueries
{
    public static void Register(ObjectGraphType query) =>
        query.KeyedConnection<UsersConnectionType, User, UserFilterInputType, UserSortInputType>("users", Source,
                UserFilters.Where, UserFilters.Order, UserFilters.Key, SortKey.Of<User, string>(u => u.NormalizedEmail!))
            .Argument<UserRoleType>("role", "Only users who have this role.")
            .Description("Your tenant's users with their roles and last sign-in, by e-mail address (tenant admins).")
            .AuthorizeWithRoles(Roles.TenantAdmin);

    // Users are global Identity rows, not tenant-filtered: the tenant is matched here, as everywhere users are listed.
    private static IQueryable<User> Source(IResolveFieldContext context)
    {
        var db = context.Db();
        var tenantId = context.Tenant().RequireTenant();
        var users = db.Users.Where(u => u.TenantId == tenantId);
        if (context.GetArgument<string?>("role") is not { } role) return users;
        var normalized = role.ToUpperInvariant();
        return users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
    }

    /// <summary>Each user's role names, batched for a page of users (or a mutation's one user) in one query.</summary>
    public static IDataLoaderResult<IReadOnlyList<string>> LoadRoles(this IResolveFieldContext context, string userId)
    {
        return context.Loaders().Many("User.Roles", userId, context.Db(), static async (db, ids, ct) =>
        {
            var keys = ids.ToArray();
            var rows = await (from ur in db.UserRoles
                              join r in db.Roles on ur.RoleId equals r.Id
                              where keys.Contains(ur.UserId)
                              select new { ur.UserId, r.Name }).ToListAsync(ct);
            return (IReadOnlyDictionary<string, IReadOnlyList<string>>)rows.GroupBy(r => r.UserId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Name!).Order()]);
        });
    }
}
