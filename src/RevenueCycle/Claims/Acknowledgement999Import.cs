using System.Text;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;
using RevenueCycle.X12;

namespace RevenueCycle.Claims;

/// <summary>
/// 999 import (importAcknowledgements with a 999 file). A 999 is the receiver's syntax verdict on the 837 we sent,
/// per functional group (AK1-02 = our GS06, stored as <see cref="SubmissionBatch.GroupControlNumber"/>) and per
/// transaction set (AK2-02 = our ST02, read from the batch's stored 837). The rules:
/// <list type="bullet">
/// <item>A rejected transaction set (IK5 M, R, W or X) — or a rejected group (AK9 R) with no AK2 — rejects the claims
/// in it: each gets an acknowledgement with the IK5/AK9 code and the syntax errors as the reason, and a SUBMITTED
/// claim moves to REJECTED (DESIGN §3: SUBMITTED → REJECTED; a claim already further along keeps its status).</item>
/// <item>An accepted transaction set (IK5 A or E) records an accepted acknowledgement on each claim but moves none:
/// a 999 says the file was readable, not that the payer accepted the claim — that is the 277CA's SUBMITTED → ACCEPTED.</item>
/// <item>A group or transaction set that names no batch of ours is listed in the import's unmatched list
/// ("GS 28 ST 0028" and the code), not dropped.</item>
/// </list>
/// </summary>
public static class Acknowledgement999Import
{
    public static async Task<AcknowledgementImport> ImportAsync(RevenueCycleDb db, string content, string hash, string actor, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var acknowledgements = AcknowledgementImporter.Read(() => Acknowledgement999.Parse(content, Payments.Remittance835Import.Options));
        var groups = acknowledgements.Select(a => long.TryParse(a.GroupControlNumber, out var n) ? n : -1).Distinct().ToList();
        var batches = await db.SubmissionBatches.AsNoTracking().Where(b => groups.Contains(b.GroupControlNumber)).ToListAsync(cancellation);
        var batchIds = batches.Select(b => b.Id).ToList();
        var claims = await db.Claims.Where(c => c.SubmissionBatchId != null && batchIds.Contains(c.SubmissionBatchId.Value)).ToListAsync(cancellation);

        var import = new AcknowledgementImport { SourceHash = hash, Source = AcknowledgementSource.X12_999, ReceivedAt = now.UtcDateTime, ReceivedBy = actor };
        var unmatched = new StringBuilder();
        foreach (var ack in acknowledgements)
        {
            var batch = batches.FirstOrDefault(b => long.TryParse(ack.GroupControlNumber, out var n) && b.GroupControlNumber == n);
            if (batch is null)
            {
                unmatched.Append("GS ").Append(ack.GroupControlNumber).Append('\t').Append("AK9 ").Append(ack.GroupAcknowledgementCode).Append('\n');
                continue;
            }
            var sets = TransactionSets(batch);
            var verdicts = ack.Transactions.Count > 0
                ? ack.Transactions.Select(t => (t.ControlNumber, Accepted: t.Outcome == AcknowledgementOutcome.Accepted, Code: "IK5 " + t.AcknowledgementCode, Reason: Reason(t)))
                // A group rejected as a whole (AK9 R without AK2) rejects every transaction set in it.
                : sets.Keys.Select(st => (ControlNumber: st, Accepted: ack.GroupAcknowledgementCode is "A" or "E", Code: "AK9 " + ack.GroupAcknowledgementCode,
                    Reason: $"999 AK9 {ack.GroupAcknowledgementCode}"));
            foreach (var (control, accepted, code, reason) in verdicts)
            {
                if (!sets.TryGetValue(Control(control), out var numbers))
                {
                    unmatched.Append("GS ").Append(ack.GroupControlNumber).Append(" ST ").Append(control).Append('\t').Append(code).Append('\n');
                    continue;
                }
                foreach (var claim in claims.Where(c => c.SubmissionBatchId == batch.Id && numbers.Contains(c.Number)))
                {
                    db.Acknowledgements.Add(new Acknowledgement
                    {
                        ClaimId = claim.Id, Source = AcknowledgementSource.X12_999, Accepted = accepted, StatusCode = code, Message = reason, ReceivedAt = now.UtcDateTime,
                    });
                    if (accepted)
                    {
                        import.AcceptedClaims++;
                        continue;
                    }
                    import.RejectedClaims++;
                    if (claim.Status == ClaimStatus.Submitted) db.Move(claim, ClaimStatus.Rejected, actor, now, reason);
                }
            }
        }
        import.Unmatched = unmatched.ToString();
        db.Add(import);
        return import;
    }

    /// <summary>ST02 → the claim numbers (CLM01) in that transaction set of the batch's 837.</summary>
    private static Dictionary<string, HashSet<string>> TransactionSets(SubmissionBatch batch) =>
        X12Reader.Read(batch.Content).Transactions.ToDictionary(
            t => Control(t.ControlNumber),
            t => t.Body.Where(s => s.Id == "CLM").Select(s => s.Element(1)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

    // ST02 is written as 0001; a receiver may echo it without the zeros.
    private static string Control(string controlNumber) => controlNumber.TrimStart('0');

    /// <summary>"999 IK5 R (5): IK3 NM1 at 17 (8), IK4 …" — what a biller needs to find the fault in the 837.</summary>
    private static string Reason(TransactionAcknowledgement t)
    {
        var text = new StringBuilder("999 IK5 ").Append(t.AcknowledgementCode);
        if (t.ErrorCodes.Count > 0) text.Append(" (").Append(string.Join(", ", t.ErrorCodes)).Append(')');
        foreach (var e in t.SegmentErrors)
        {
            text.Append("; IK3 ").Append(e.SegmentId);
            if (e.Position is { } p) text.Append(" at segment ").Append(p);
            if (e.ErrorCode is { } c) text.Append(" error ").Append(c);
            foreach (var element in e.Elements) text.Append(", IK4 ").Append(element.Position).Append(" error ").Append(element.ErrorCode);
        }
        return text.Length > 2000 ? text.ToString(0, 2000) : text.ToString();
    }
}
