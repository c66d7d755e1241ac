using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Ledger;

namespace RevenueCycle.Analytics;

/// <summary>
/// Revenue-cycle KPIs for claims with dates of service in a range, each one SQL aggregate:
/// <list type="bullet">
/// <item>clean-claim rate: submitted claims accepted without ever being rejected ÷ submitted claims;</item>
/// <item>denial rate: adjudicated claims with a denial ÷ adjudicated claims, and denials by CARC;</item>
/// <item>net collection rate: payments ÷ (charges − contractual adjustments);</item>
/// <item>days in A/R: open receivables ÷ average charges per day of the range.</item>
/// </list>
/// </summary>
public sealed record RevenueMetricsResult(
    DateOnly From, DateOnly To, int ClaimCount, decimal Charges, decimal InsurancePayments, decimal PatientPayments,
    decimal ContractualAdjustments, decimal OpenReceivables, int SubmittedClaims, int CleanClaims, decimal? CleanClaimRate,
    int AdjudicatedClaims, int DeniedClaims, decimal? DenialRate, decimal? NetCollectionRate, decimal? DaysInAr,
    IReadOnlyList<DenialReasonCount> DenialsByReason);

public sealed record DenialReasonCount(string GroupCode, string ReasonCode, int Count, decimal Amount);

public static class RevenueMetrics
{
    private static readonly ClaimStatus[] Adjudicated =
        [ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied, ClaimStatus.Appealed, ClaimStatus.Closed];
    private static readonly ClaimStatus[] NotReceivable = [ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Voided];

    public static async Task<RevenueMetricsResult> ComputeAsync(RevenueCycleDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var claims = db.Claims.Where(c => c.ServiceDateFrom >= from && c.ServiceDateFrom <= to && c.Status != ClaimStatus.Voided);
        var totals = await claims.GroupBy(_ => 1).Select(g => new
        {
            Count = g.Count(),
            Charges = g.Sum(c => c.TotalCharge),
            Submitted = g.Count(c => c.SubmittedAt != null),
            Clean = g.Count(c => c.SubmittedAt != null && c.Status != ClaimStatus.Rejected
                && !c.StatusHistory.Any(h => h.To == ClaimStatus.Rejected)),
            Adjudicated = g.Count(c => Adjudicated.Contains(c.Status)),
            Denied = g.Count(c => Adjudicated.Contains(c.Status) && db.Denials.Any(d => d.ClaimId == c.Id)),
            Open = g.Sum(c => NotReceivable.Contains(c.Status) ? 0m : c.Balance),
        }).FirstOrDefaultAsync(ct);

        var ledger = db.LedgerEntries.Where(e => e.ClaimId != null && claims.Any(c => c.Id == e.ClaimId));
        var money = await ledger.GroupBy(_ => 1).Select(g => new
        {
            Insurance = g.Sum(e => e.Kind == LedgerEntryKind.InsurancePayment ? -e.InsuranceEffect : 0m),
            Patient = g.Sum(e => e.Kind == LedgerEntryKind.PatientPayment ? -e.PatientEffect : 0m),
            Contractual = g.Sum(e => e.Kind == LedgerEntryKind.Adjustment ? -e.InsuranceEffect - e.PatientEffect : 0m),
        }).FirstOrDefaultAsync(ct);

        var denials = await db.Denials.Where(d => claims.Any(c => c.Id == d.ClaimId))
            .GroupBy(d => new { d.GroupCode, d.ReasonCode })
            .Select(g => new DenialReasonCount(g.Key.GroupCode, g.Key.ReasonCode, g.Count(), g.Sum(d => d.Amount)))
            .ToListAsync(ct);

        var count = totals?.Count ?? 0;
        var charges = totals?.Charges ?? 0m;
        var insurance = money?.Insurance ?? 0m;
        var patient = money?.Patient ?? 0m;
        var contractual = money?.Contractual ?? 0m;
        var days = to.DayNumber - from.DayNumber + 1;
        return new RevenueMetricsResult(
            from, to, count, charges, insurance, patient, contractual, totals?.Open ?? 0m,
            totals?.Submitted ?? 0, totals?.Clean ?? 0, Ratio(totals?.Clean ?? 0, totals?.Submitted ?? 0),
            totals?.Adjudicated ?? 0, totals?.Denied ?? 0, Ratio(totals?.Denied ?? 0, totals?.Adjudicated ?? 0),
            Ratio(insurance + patient, charges - contractual),
            charges == 0 ? null : Math.Round((totals?.Open ?? 0m) / (charges / days), 1),
            denials.OrderByDescending(d => d.Count).ThenBy(d => d.ReasonCode).ToList());
    }

    private static decimal? Ratio(decimal part, decimal whole) => whole == 0 ? null : Math.Round(part / whole, 4);
}

public sealed class RevenueMetricsType : ObjectGraphType<RevenueMetricsResult>
{
    public RevenueMetricsType()
    {
        Name = "RevenueMetrics";
        Field(m => m.From);
        Field(m => m.To);
        Field(m => m.ClaimCount);
        Field(m => m.Charges);
        Field(m => m.InsurancePayments);
        Field(m => m.PatientPayments);
        Field(m => m.ContractualAdjustments);
        Field(m => m.OpenReceivables);
        Field(m => m.SubmittedClaims);
        Field(m => m.CleanClaims);
        Field(m => m.CleanClaimRate, nullable: true).Description("0–1; null when nothing was submitted.");
        Field(m => m.AdjudicatedClaims);
        Field(m => m.DeniedClaims);
        Field(m => m.DenialRate, nullable: true).Description("0–1 of adjudicated claims.");
        Field(m => m.NetCollectionRate, nullable: true).Description("Payments ÷ (charges − contractual adjustments).");
        Field(m => m.DaysInAr, nullable: true).Description("Open receivables ÷ average charges per day of the range.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DenialReasonCountType>>>>("denialsByReason").Resolve(c => c.Source.DenialsByReason);
    }
}

public sealed class DenialReasonCountType : ObjectGraphType<DenialReasonCount>
{
    public DenialReasonCountType()
    {
        Name = "DenialReasonCount";
        Field(d => d.GroupCode);
        Field(d => d.ReasonCode);
        Field(d => d.Count);
        Field(d => d.Amount);
    }
}
