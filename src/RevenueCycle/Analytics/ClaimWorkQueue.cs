using RevenueCycle.Claims;

namespace RevenueCycle.Analytics;

public enum ClaimQueue { ScrubFailures, Rejections, Denials }

/// <summary>The claim work queues, as SQL predicates.</summary>
public static class ClaimWorkQueue
{
    public static IQueryable<Claim> Filter(IQueryable<Claim> claims, ClaimQueue? queue) => queue switch
    {
        ClaimQueue.ScrubFailures => claims.Where(ScrubFailed),
        ClaimQueue.Rejections => claims.Where(c => c.Status == ClaimStatus.Rejected),
        ClaimQueue.Denials => claims.Where(c => c.Status == ClaimStatus.Denied || c.Status == ClaimStatus.PartiallyPaid),
        _ => claims.Where(c => c.Status == ClaimStatus.Rejected || c.Status == ClaimStatus.Denied || c.Status == ClaimStatus.PartiallyPaid
            || (c.Status == ClaimStatus.Draft && c.ScrubFindings.Any(f => f.Severity == ScrubSeverity.Error))),
    };

    private static readonly System.Linq.Expressions.Expression<Func<Claim, bool>> ScrubFailed =
        c => c.Status == ClaimStatus.Draft && c.ScrubFindings.Any(f => f.Severity == ScrubSeverity.Error);
}
