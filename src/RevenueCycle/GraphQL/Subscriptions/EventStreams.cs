using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Events;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.GraphQL.Subscriptions;

public static class EventStreams
{
    /// <summary>
    /// The caller's tenant's events of type <typeparamref name="T"/> passing <paramref name="filter"/>, from now
    /// on. Other tenants' events never reach the filter: the hub partitions subscribers by tenant.
    /// </summary>
    public static IObservable<T> Events<T>(this IResolveFieldContext context, Func<T, bool> filter) where T : WorkflowEvent =>
        context.RequestServices!.GetRequiredService<EventHub>().Events(context.Tenant().RequireTenant(), filter);

    /// <summary>
    /// The key of an optional global-ID argument: null when absent (no narrowing); an ID that is malformed or of
    /// another type narrows to nothing, like a not-found ID elsewhere.
    /// </summary>
    public static Guid? IdArgument(this IResolveFieldContext context, string name, string typeName)
    {
        var value = context.GetArgument<string?>(name);
        return value is null ? null : GlobalId.TryDecode(value, typeName) ?? Guid.Empty;
    }
}
