using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Events;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Subscriptions;

/// <summary>
/// Writes workflow changes the way mutations do (change + history row + <c>db.Publish</c> + SaveChanges), straight
/// through the DbContext: an event on demand, without a mutation's preconditions. That the real mutations publish
/// the same way is <see cref="MutationEventTests"/>.
/// </summary>
public static class WorkflowWrites
{
    public const string Actor = "test-biller";

    /// <summary>A scope's DbContext entered into <paramref name="tenant"/>'s scope, as a request of that tenant would be.</summary>
    public static async Task<RevenueCycleDb> EnterAsync(this AsyncServiceScope scope, string tenant = "demo")
    {
        var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        var tenantId = await db.Tenants.Where(t => t.Slug == tenant).Select(t => t.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId, Actor);
        return db;
    }

    /// <summary>Moves the claim (default: the tenant's first by number) to <paramref name="to"/> and commits.</summary>
    public static async Task<ClaimStatusChanged> ChangeClaimStatusAsync(this IServiceProvider services, string tenant = "demo",
        Guid? claimId = null, ClaimStatus? to = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = await scope.EnterAsync(tenant);
        var claim = await db.FirstClaimAsync(claimId);
        var change = db.ChangeStatus(claim, to);
        await db.SaveChangesAsync();
        return change;
    }

    public static Task<Claim> FirstClaimAsync(this RevenueCycleDb db, Guid? claimId = null) =>
        claimId is { } id ? db.Claims.SingleAsync(c => c.Id == id) : db.Claims.OrderBy(c => c.Number).FirstAsync();

    /// <summary>Stages a status change with its history row and outbox event; the caller saves (and commits).</summary>
    public static ClaimStatusChanged ChangeStatus(this RevenueCycleDb db, Claim claim, ClaimStatus? to = null)
    {
        var from = claim.Status;
        var next = to ?? (from == ClaimStatus.Submitted ? ClaimStatus.Accepted : ClaimStatus.Submitted);
        var at = DateTime.UtcNow;
        claim.Status = next;
        db.ClaimStatusChanges.Add(new ClaimStatusChange { ClaimId = claim.Id, From = from, To = next, Actor = Actor, At = at, Reason = "test" });
        var change = new ClaimStatusChanged(claim.Id, claim.Number, from, next, Actor, at, "test");
        db.Publish(change);
        return change;
    }
}
