using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.Events;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL.Subscriptions;

/// <summary>
/// The rows an event points at (<c>claimStatusChanged { claim { … } }</c>), loaded once per event, tenant and row
/// on this instance and handed as the same object to every subscriber that selects them: an event to 1,000
/// subscribers costs one claim query, not 1,000. The hub gives all of an instance's subscribers the same event
/// object, so the loads live exactly as long as that event (a weak table keyed by it), with no expiry to tune.
/// The tenant is part of the key and the row is read through a DbContext entered into that tenant, so one
/// tenant's subscribers can never be handed another tenant's row. Field authorization is unaffected: it is
/// decided per subscriber from the subscription document, before any event.
/// </summary>
public sealed class EventLoads(IServiceScopeFactory scopes)
{
    private readonly ConditionalWeakTable<WorkflowEvent, ConcurrentDictionary<(Guid Tenant, Type Type, Guid Id), Lazy<Task<object?>>>> _byEvent = [];

    /// <summary>The row of type <typeparamref name="T"/> with <paramref name="id"/> as <paramref name="tenantId"/> sees it, loaded once for <paramref name="workflowEvent"/>.</summary>
    public async Task<T?> LoadAsync<T>(WorkflowEvent workflowEvent, Guid tenantId, Guid id) where T : Entity
    {
        var loads = _byEvent.GetValue(workflowEvent, _ => new());
        var load = loads.GetOrAdd((tenantId, typeof(T), id), _ => new Lazy<Task<object?>>(() => FetchAsync<T>(tenantId, id)));
        return (T?)await load.Value;
    }

    // In a scope of its own rather than the first subscriber's: that subscriber may go away mid-load, the others not.
    private async Task<object?> FetchAsync<T>(Guid tenantId, Guid id) where T : Entity
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId, "subscriptions");
        var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        return await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
    }
}

public static class EventLoadExtensions
{
    /// <summary>The row an event points at, as the subscriber's tenant sees it, shared by all subscribers of that event.</summary>
    public static Task<T?> LoadForEvent<T>(this IResolveFieldContext<WorkflowEvent> context, Guid id) where T : Entity =>
        context.RequestServices!.GetRequiredService<EventLoads>().LoadAsync<T>(context.Source, context.Tenant().RequireTenant(), id);
}
