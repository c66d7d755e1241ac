using GraphQL;
using GraphQL.Execution;

namespace RevenueCycle.GraphQL.Subscriptions;

/// <summary>
/// One running subscription's re-authorization: the roles its root field needs (filled in by
/// <see cref="TenantSubscriptionExecutionStrategy"/> when the stream is set up) and what the transport does when they
/// are gone (<paramref name="deny"/>: WebSocket 4403 or an <c>error</c> for the operation, SSE a last error event).
/// Travels to the execution strategy in the execution's user context.
/// </summary>
public sealed class SubscriptionGate(SubscriberCheck check, Action<SubscriberDenial> deny)
{
    private const string Key = "RevenueCycle.SubscriptionGate";

    public IReadOnlyCollection<string> Roles { get; set; } = [];

    /// <summary>Before a delivery: true when it may go out; otherwise the transport has been told to end it.</summary>
    public async ValueTask<bool> AllowsDeliveryAsync() => Allows(await check.CurrentAsync());

    /// <summary>Applies a standing (e.g. the periodic check's); false and the transport told when the subscription must end.</summary>
    public bool Allows(SubscriberStanding standing)
    {
        if (standing.Denies(Roles) is not { } denial) return true;
        deny(denial);
        return false;
    }

    public Dictionary<string, object?> AsUserContext() => new() { [Key] = this };

    public static SubscriptionGate? Of(IExecutionContext context) =>
        context.UserContext.TryGetValue(Key, out var gate) ? gate as SubscriptionGate : null;
}
