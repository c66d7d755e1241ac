using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.GraphQL.Scalars;
using RevenueCycle.Identity;

namespace RevenueCycle.Analytics;

/// <summary>
/// Open balances per payer by age. Age is counted from the date of service (the convention most practice
/// management systems report by), as of the given date; claims not yet billed (DRAFT, READY) and voided
/// claims are not receivables.
/// </summary>
public sealed record ArAgingRow(Guid PayerId, string PayerName, decimal Days0To30, decimal Days31To60, decimal Days61To90,
    decimal Days91To120, decimal Over120, decimal Total, int ClaimCount);

public static class ArAging
{
    private static readonly ClaimStatus[] NotReceivable = [ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Voided];

    public static async Task<List<ArAgingRow>> ComputeAsync(IQueryable<Claim> claims, DateOnly asOf, CancellationToken cancellationToken)
    {
        var d30 = asOf.AddDays(-30);
        var d60 = asOf.AddDays(-60);
        var d90 = asOf.AddDays(-90);
        var d120 = asOf.AddDays(-120);
        var rows = await claims
            .Where(c => c.Balance != 0 && !NotReceivable.Contains(c.Status) && c.ServiceDateFrom <= asOf)
            .GroupBy(c => new { c.PayerId, c.Payer!.Name })
            .Select(g => new ArAgingRow(
                g.Key.PayerId,
                g.Key.Name,
                g.Sum(c => c.ServiceDateFrom >= d30 ? c.Balance : 0m),
                g.Sum(c => c.ServiceDateFrom < d30 && c.ServiceDateFrom >= d60 ? c.Balance : 0m),
                g.Sum(c => c.ServiceDateFrom < d60 && c.ServiceDateFrom >= d90 ? c.Balance : 0m),
                g.Sum(c => c.ServiceDateFrom < d90 && c.ServiceDateFrom >= d120 ? c.Balance : 0m),
                g.Sum(c => c.ServiceDateFrom < d120 ? c.Balance : 0m),
                g.Sum(c => c.Balance),
                g.Count()))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Total).ThenBy(r => r.PayerName).ToList();
    }
}

public sealed class ArAgingRowType : ObjectGraphType<ArAgingRow>
{
    public ArAgingRowType()
    {
        Name = "ArAgingRow";
        Field<NonNullGraphType<IdGraphType>>("payerId").Resolve(c => GlobalId.Encode("Payer", c.Source.PayerId));
        Field(r => r.PayerName);
        Field(r => r.Days0To30);
        Field(r => r.Days31To60);
        Field(r => r.Days61To90);
        Field(r => r.Days91To120);
        Field(r => r.Over120);
        Field(r => r.Total);
        Field(r => r.ClaimCount);
    }
}

public static class AnalyticsQueries
{
    public static readonly string[] Readers = [Roles.TenantAdmin, Roles.Biller, Roles.Auditor];

    public static void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArAgingRowType>>>>("arAging")
            .Description("Accounts receivable by payer in 0–30, 31–60, 61–90, 91–120 and 120+ day buckets (by date of service).")
            .Argument<NonNullGraphType<LocalDateGraphType>>("asOf")
            .AuthorizeWithRoles(Readers)
            .ResolveAsync(async c => await ArAging.ComputeAsync(c.Db().Claims, c.GetArgument<DateOnly>("asOf"), c.CancellationToken));

        query.Field<NonNullGraphType<RevenueMetricsType>>("revenueMetrics")
            .Description("The numbers a billing manager watches, for services dated from..to (inclusive).")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to")
            .AuthorizeWithRoles(Readers)
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<DateOnly>("from");
                var to = c.GetArgument<DateOnly>("to");
                if (to < from) throw new ExecutionError("'to' is before 'from'.") { Code = "INVALID_ARGUMENT" };
                if (to.DayNumber - from.DayNumber > 3660) throw new ExecutionError("Ask for at most ten years.") { Code = "INVALID_ARGUMENT" };
                return await RevenueMetrics.ComputeAsync(c.Db(), from, to, c.CancellationToken);
            });

        query.Connection<ClaimsConnectionType, Claim, ClaimFilterInputType, ClaimSortInputType>("claimsNeedingAction",
                c => ClaimWorkQueue.Filter(c.Db().Claims, c.GetArgument<ClaimQueue?>("queue")), ClaimFilters.Where, ClaimFilters.Order,
                SortKey.Of<Claim, DateOnly>(c => c.ServiceDateFrom))
            .Description("Claims a biller must act on: failed scrubs, rejections, denials (oldest date of service first).")
            .Argument<EnumerationGraphType<ClaimQueue>>("queue", "One queue; all of them when omitted.")
            .AuthorizeWithRoles(Roles.Billing);
    }
}
