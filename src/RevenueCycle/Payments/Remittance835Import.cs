using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Payers;
using RevenueCycle.X12;

namespace RevenueCycle.Payments;

public sealed record RemittanceImportResult(RemittanceImport Import, IReadOnlyList<Remittance> Remittances);

/// <summary>
/// Turns an 835 file into <see cref="RemittanceToPost"/>s and posts them with <see cref="RemittancePosting"/>, in the
/// caller's transaction. Used by importRemittance835 and POST /x12/835, so both behave the same.
/// </summary>
public static class Remittance835Import
{
    /// <summary>
    /// Envelope counts and control numbers are checked strictly (a file with wrong counts is refused, it may be
    /// truncated or edited); an impossible optional date (managed-care.835's BPR16 20002316) is read as missing,
    /// because the money in the file is still well defined.
    /// </summary>
    public static readonly X12ReaderOptions Options = new() { TolerateInvalidDates = true };

    /// <exception cref="MutationException">Malformed (<see cref="X12SyntaxError"/>) or already posted (<see cref="DuplicateRemittanceError"/>).</exception>
    public static Task<RemittanceImportResult> ImportAsync(RevenueCycleDb db, string content, string actor, DateTimeOffset now, CancellationToken cancellation = default) =>
        ImportAsync(db, Parse(content), content, actor, now, 0, null, cancellation);

    /// <summary>Reads the file; throws the typed error the import reports for a malformed one.</summary>
    public static IReadOnlyList<RemittanceAdvice> Parse(string content)
    {
        IReadOnlyList<RemittanceAdvice> advices;
        try
        {
            advices = Remittance835.Parse(content, Options);
        }
        catch (X12Exception e)
        {
            throw new MutationException(new X12SyntaxError(e.Message, e.SegmentPosition, e.SegmentId));
        }
        if (advices.Count == 0) throw MutationException.Invalid("content", "The file holds no 835 transaction set.");
        return advices;
    }

    /// <summary>Posts already parsed <paramref name="advices"/> of <paramref name="content"/>; <paramref name="progress"/> as in <see cref="RemittancePosting.PostAsync"/>.</summary>
    public static async Task<RemittanceImportResult> ImportAsync(RevenueCycleDb db, IReadOnlyList<RemittanceAdvice> advices, string content, string actor, DateTimeOffset now,
        int progressEvery, Func<int, Task>? progress, CancellationToken cancellation = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        var payers = await db.Payers.AsNoTracking().ToListAsync(cancellation);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var models = advices.Select(a => ToModel(a, payers, hash, today)).ToList();

        var import = new RemittanceImport { SourceHash = hash, ReceivedAt = now.UtcDateTime, ReceivedBy = actor };
        // Added first: a background import saves part-way through posting, and the remittances point at it.
        db.Add(import);
        var remittances = await new RemittancePosting(db, actor, now) { ProgressEvery = Math.Max(1, progressEvery) }.PostAsync(models, import.Id, cancellation, progress);
        import.RemittanceCount = remittances.Count;
        import.ClaimCount = models.Sum(m => m.Claims.Count);
        import.PostedClaims = remittances.Sum(r => r.PostedClaims);
        import.UnmatchedClaims = remittances.Sum(r => r.UnmatchedClaims);
        import.DenialsCreated = remittances.Sum(r => r.DenialsCreated);
        return new RemittanceImportResult(import, remittances);
    }

    public static RemittanceToPost ToModel(RemittanceAdvice a, IReadOnlyList<Payer> payers, string? hash, DateOnly today)
    {
        var identifier = a.Payer.Id ?? a.TraceOriginatorId;
        var payer = payers.FirstOrDefault(p => identifier is not null && p.EdiPayerId == identifier)
            ?? payers.FirstOrDefault(p => string.Equals(p.Name, a.Payer.Name, StringComparison.OrdinalIgnoreCase));
        var claims = a.Claims.Select(c => new ClaimToPost(
            null, c.PatientControlNumber, c.StatusCode, c.TotalCharge, c.Paid, c.PatientResponsibility ?? 0m, c.PayerClaimControlNumber,
            [.. c.Adjustments.Select(x => Adjustment(x, c.RemarkCodes))],
            [.. c.Lines.Select(l => new LineToPost(l.ProcedureCode, l.Modifiers, l.Charge, l.Paid, l.Units ?? 1m,
                [.. l.Adjustments.Select(x => Adjustment(x, l.RemarkCodes))]))])).ToList();
        return new RemittanceToPost(payer?.Id, a.Payer.Name, identifier, Method(a.Payment.Method), a.TraceNumber, a.Payment.Amount,
            a.Payment.Date ?? a.ProductionDate ?? today, claims, hash);
    }

    // CAS carries no remark code; the first LQ*HE (line) or MOA/MIA (claim) remark is the one a biller reads with it.
    private static AdjustmentToPost Adjustment(ClaimAdjustment a, IReadOnlyList<string> remarks) =>
        new(a.GroupCode, a.ReasonCode, remarks.Count > 0 ? remarks[0] : null, a.Amount, a.Quantity);

    /// <summary>BPR04.</summary>
    private static PaymentMethod Method(string code) => code switch
    {
        "ACH" => PaymentMethod.Ach,
        "CHK" => PaymentMethod.Check,
        "FWT" => PaymentMethod.Eft,
        "NON" => PaymentMethod.NonPayment,
        _ => PaymentMethod.Other,
    };
}
