using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Auditing;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RevenueCycle.GraphQL.Subscriptions;

/// <summary>
/// Runs the selection set of each subscription event in its own service scope with the subscriber's tenant
/// entered, so that <c>claim { … }</c> is loaded through the tenant-filtered DbContext exactly as a query would
/// (the scope of the subscribe request is long gone by then). Child fields run serially: a scope has one DbContext.
/// Before each event it asks the transport's <see cref="SubscriptionGate"/> whether the subscriber may still have it.
/// </summary>
public sealed class TenantSubscriptionExecutionStrategy(IServiceScopeFactory scopes)
    : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var clone = base.CloneExecutionContext(context, token);
        // Never hold on to the subscribe request's scope: it is disposed once the stream is set up.
        clone.RequestServices = null;
        ResolverServices.RemoveFrom(clone.UserContext);
        return clone;
    }

    protected override Task<IObservable<ExecutionResult>?> ResolveResponseStreamAsync(ExecutionContext context, ExecutionNode node)
    {
        // The roles the root field needs, as AuthorizationRule read them at subscribe time: re-checked per event.
        if (SubscriptionGate.Of(context) is { } gate)
            gate.Roles = [.. (node.FieldDefinition.GetRoles() ?? []).Concat(context.Schema.Subscription?.GetRoles() ?? []).Distinct()];
        return base.ResolveResponseStreamAsync(context, node);
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        // The hub offers an event to every subscriber on the publisher's thread; leave it at once.
        await Task.Yield();
        // Revoked or no longer allowed: the gate has told the transport to end the subscription; nothing is loaded or sent.
        if (SubscriptionGate.Of(context) is { } gate && !await gate.AllowsDeliveryAsync())
            return new ExecutionResult { Executed = false };
        await using var scope = scopes.CreateAsyncScope();
        SubscriberIdentity.EnterTenant(scope.ServiceProvider, context.User);
        context.RequestServices = scope.ServiceProvider;
        var result = await base.ProcessDataAsync(context, node, value);
        // Each event delivered is a read like a query's: its PHI (an encounter's notes) is audited before it goes out.
        await scope.ServiceProvider.GetRequiredService<PhiReads>().FlushAsync(scope.ServiceProvider, context.Operation.Name?.StringValue);
        return result;
    }

    protected override async Task<ExecutionError> ProcessErrorAsync(ExecutionContext context, ExecutionNode node, Exception exception)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessErrorAsync(context, node, exception);
    }
}
