using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;
using RevenueCycle.X12;

namespace RevenueCycle.Payments;

/// <summary>
/// Claims made for one test, on a seeded patient, encounter, coverage and payer of the demo tenant, with their
/// charge on the ledger, so tests sharing a database never touch each other's claims.
/// </summary>
internal static class TestClaims
{
    public static string NewNumber(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static async Task<Claim> CreateAsync(ApiHost host, string number, ClaimStatus status, params (string Code, decimal Charge)[] lines)
    {
        await using var db = host.TenantDb();
        var template = await db.Claims.AsNoTracking().OrderBy(c => c.Number).FirstAsync(c => c.Status == ClaimStatus.Paid);
        var at = FixedClock.Default.AddDays(-10);
        var claim = new Claim
        {
            Number = number, EncounterId = template.EncounterId, PatientId = template.PatientId, CoverageId = template.CoverageId,
            PayerId = template.PayerId, ProviderId = template.ProviderId, FacilityId = template.FacilityId, Form = ClaimForm.Professional,
            PayerSequence = template.PayerSequence, ServiceDateFrom = template.ServiceDateFrom, ServiceDateTo = template.ServiceDateTo, Status = status,
        };
        claim.Lines.AddRange(lines.Select((l, i) => new ClaimLine
        {
            LineNumber = i + 1, ProcedureCode = l.Code, Charge = l.Charge, DiagnosisPointers = [1], ServiceDate = claim.ServiceDateFrom,
        }));
        claim.Diagnoses.Add(new ClaimDiagnosis { Sequence = 1, Code = "E119" });
        claim.TotalCharge = claim.Lines.Sum(l => l.Charge);
        claim.Balance = claim.TotalCharge;
        db.Claims.Add(claim);
        db.ClaimStatusChanges.Add(new ClaimStatusChange { ClaimId = claim.Id, To = status, Actor = "test", At = at.UtcDateTime });
        db.LedgerEntries.Add(LedgerEntry.From(Ledger.LedgerEntry.Charge(Guid.CreateVersion7(), claim.TotalCharge, at, claim.Id), claim.PatientId, "test"));
        await db.SaveChangesAsync();
        return claim;
    }

    /// <summary>The claim as stored now, with its ledger balance (the sum of its entries' effects).</summary>
    public static async Task<(Claim Claim, decimal LedgerBalance)> ReloadAsync(ApiHost host, Guid claimId)
    {
        await using var db = host.TenantDb();
        var claim = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claimId);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == claimId).ToListAsync();
        return (claim, entries.Sum(e => e.InsuranceEffect + e.PatientEffect));
    }

    /// <summary>DESIGN §3: balance = charges − insurance payments − adjustments − patient payments, and it is the ledger's.</summary>
    public static async Task AssertBalanceInvariantAsync(ApiHost host, Guid claimId)
    {
        var (claim, ledger) = await ReloadAsync(host, claimId);
        Assert.Equal(claim.TotalCharge - claim.InsurancePaid - claim.Adjusted - claim.PatientPaid, claim.Balance);
        Assert.Equal(ledger, claim.Balance);
    }

    public static async Task<(int Remittances, int ClaimPayments, int Ledger, int History, int Denials)> RowCountsAsync(ApiHost host)
    {
        await using var db = host.TenantDb();
        return (await db.Remittances.CountAsync(), await db.ClaimPayments.CountAsync(), await db.LedgerEntries.CountAsync(),
            await db.ClaimStatusChanges.CountAsync(), await db.Denials.CountAsync());
    }

    /// <summary>An 835 paying each claim 80% with a CO-45 write-down of the rest, written by the X12 library.</summary>
    public static string Era(string trace, params (string Number, decimal Charge, string Code)[] claims)
    {
        var clps = claims.Select(c =>
        {
            var paid = decimal.Round(c.Charge * 0.8m, 2);
            return new RemittanceClaim
            {
                PatientControlNumber = c.Number, StatusCode = "1", TotalCharge = c.Charge, Paid = paid, PatientResponsibility = 0m,
                PayerClaimControlNumber = "PCN" + c.Number,
                Lines = [new RemittanceServiceLine { ProcedureCode = c.Code, Charge = c.Charge, Paid = paid, Units = 1m,
                    Adjustments = [new ClaimAdjustment("CO", "45", c.Charge - paid)] }],
            };
        }).ToList();
        var advice = new RemittanceAdvice
        {
            ControlNumber = "0001",
            Payment = new RemittancePayment("I", clps.Sum(c => c.Paid), "C", "ACH", "CCP", new DateOnly(2026, 10, 20)),
            TraceNumber = trace, TraceOriginatorId = "1999999999",
            Payer = new RemittancePayer("ACME HEALTH PLAN", "60054"), Payee = new RemittancePayee("RIVERSIDE", "1234567893", null),
            Claims = clps,
        };
        return Remittance835Writer.Write([advice], new X12Envelope { SenderId = "ACME", ReceiverId = "RIVERSIDE", InterchangeControlNumber = Math.Abs(trace.GetHashCode() % 999_999_999) + 1 });
    }
}
