using GraphQL;
using RevenueCycle.GraphQL;

namespace RevenueCycle.Identity;

public static class MeExtensions
{
    public static Me Me(this IResolveFieldContext context)
    {
        var scope = context.Tenant();
        var roles = context.User?.RoleNames().Order().ToList() ?? [];
        return new Me(scope.Actor, scope.RequireTenant(), roles, scope.ClientId);
    }
}
