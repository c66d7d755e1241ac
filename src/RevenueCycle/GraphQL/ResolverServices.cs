using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Auditing;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL;

/// <summary>
/// The request's services that resolvers use on every field (the DbContext, the batch loaders, the PHI-read record,
/// the tenant), resolved once per request instead of once per field: a claim page's scoped look-ups were about a
/// tenth of its time (docs/performance.md, fix 10). <see cref="GraphQLExecutor"/> puts one in the user context; a
/// subscription event runs in a scope of its own, which this does not match, and resolves directly.
/// </summary>
/// <param name="loaders">The operation's own batch loaders (the executor gives each operation fresh ones, so the operations
/// of a batched HTTP request never answer from what an earlier one loaded); without, the scope's.</param>
public sealed class ResolverServices(IServiceProvider services, RequestLoaders? loaders = null)
{
    private const string Key = "RevenueCycle.ResolverServices";

    private readonly IServiceProvider _services = services;
    private RevenueCycleDb? _db;
    private RequestLoaders? _loaders = loaders;
    private PhiReads? _phiReads;
    private TenantScope? _tenant;

    public RevenueCycleDb Db => _db ??= _services.GetRequiredService<RevenueCycleDb>();
    public RequestLoaders Loaders => _loaders ??= _services.GetRequiredService<RequestLoaders>();
    public PhiReads PhiReads => _phiReads ??= _services.GetRequiredService<PhiReads>();
    public TenantScope Tenant => _tenant ??= _services.GetRequiredService<TenantScope>();

    public void AddTo(IDictionary<string, object?> userContext) => userContext[Key] = this;

    /// <summary>A subscription's events outlive the subscribe request: they must not keep its (disposed) scope reachable.</summary>
    public static void RemoveFrom(IDictionary<string, object?> userContext) => userContext.Remove(Key);

    /// <summary>The request's holder, or a fresh one over the field's own scope (a subscription event's).</summary>
    public static ResolverServices Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Key, out var value) && value is ResolverServices cached && ReferenceEquals(cached._services, context.RequestServices)
            ? cached
            : new ResolverServices(context.RequestServices!);
}
