using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Payments;
using RevenueCycle.X12;

namespace RevenueCycle.Claims;

public sealed record SubmitClaimsInput([property: Id] List<string> ClaimIds, string? IdempotencyKey) : IIdempotentInput;

public sealed record ImportAcknowledgementsInput(
    [property: System.ComponentModel.Description("A 277CA or 999 file's text, as received.")] string Content, string? IdempotencyKey) : IIdempotentInput;

/// <summary>Claim submission (837 out) and claim acknowledgements (277CA and 999 in).</summary>
public static class SubmissionMutations
{
    private static readonly string[] Billing = [Roles.Biller, Roles.TenantAdmin];

    public static void Register(ObjectGraphType root)
    {
        root.Mutation<SubmitClaimsInput>("submitClaims",
            "Submits READY claims as one 837 interchange (a submission batch, downloadable); they move to SUBMITTED. " +
            "A claim that is not READY refuses the whole batch.",
            "submissionBatch", "SubmissionBatch", Billing, async m =>
            {
                var ids = (m.Input.ClaimIds ?? []).Select(id => GlobalId.TryDecode(id, "Claim") ?? throw MutationException.NotFound(id, "Claim")).Distinct().ToList();
                return await ClaimSubmission.SubmitAsync(m.Db, ids, m.Actor, m.Now);
            }, typeof(InvalidTransitionErrorType));

        root.Mutation<ImportAcknowledgementsInput>("importAcknowledgements",
            "Imports a 277CA: each claim acknowledgement is recorded on its claim, which moves SUBMITTED → ACCEPTED or → REJECTED " +
            "(with the status category and code as the reason). Acknowledgements for claims we do not know are listed, not dropped. " +
            "Or a 999: a rejected transaction set (IK5 R) or group (AK9 R) of one of our 837 batches (matched by GS06/ST02) rejects its " +
            "SUBMITTED claims with the syntax errors as the reason; an accepted one is recorded on the claims without moving them.",
            "import", "AcknowledgementImport", Billing, async m =>
            {
                if (string.IsNullOrWhiteSpace(m.Input.Content)) throw MutationException.Invalid("content", "content is required.");
                return await AcknowledgementImporter.ImportAsync(m.Db, m.Input.Content, m.Actor, m.Now);
            }, typeof(X12SyntaxErrorType));
    }
}

/// <summary>
/// 277CA import. Matching: TRN02 of the patient loop is our claim number (CLM01). A rejection (any STC category
/// A3, A4, A6, A7, A8) moves a SUBMITTED or ACCEPTED claim to REJECTED; an acceptance moves a SUBMITTED claim to
/// ACCEPTED; a claim already further along keeps its status and only gets the acknowledgement recorded.
/// The same file (hash) is imported once.
/// </summary>
public static class AcknowledgementImporter
{
    public static async Task<AcknowledgementImport> ImportAsync(Data.RevenueCycleDb db, string content, string actor, DateTimeOffset now, CancellationToken cancellation = default)
    {
        var kind = Read(() => X12Reader.ReadAll(content, Remittance835Import.Options)).SelectMany(i => i.Transactions).FirstOrDefault()?.Id;
        if (kind is not ("277" or "999"))
            throw MutationException.Invalid("content", $"Expected a 277CA or a 999 file, not {(kind is null ? "an empty interchange" : "an " + kind)}.");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        if (await db.Set<AcknowledgementImport>().AnyAsync(i => i.SourceHash == hash, cancellation))
            throw MutationException.Invalid("content", "This acknowledgement file was already imported; nothing was recorded again.");
        if (kind == "999") return await Acknowledgement999Import.ImportAsync(db, content, hash, actor, now, cancellation);

        var acknowledgements = Read(() => Acknowledgement277.Parse(content, Remittance835Import.Options));

        var numbers = acknowledgements.Select(a => a.PatientControlNumber).Distinct().ToList();
        var claims = await db.Claims.Where(c => numbers.Contains(c.Number)).ToDictionaryAsync(c => c.Number, cancellation);
        var import = new AcknowledgementImport { SourceHash = hash, Source = AcknowledgementSource.X12_277CA, ReceivedAt = now.UtcDateTime, ReceivedBy = actor };
        var unmatched = new StringBuilder();
        foreach (var ack in acknowledgements)
        {
            var status = ack.Statuses.FirstOrDefault(s => s.IsRejection) ?? ack.Statuses[0];
            var code = $"{status.CategoryCode}:{status.StatusCode}";
            if (!claims.TryGetValue(ack.PatientControlNumber, out var claim))
            {
                unmatched.Append(ack.PatientControlNumber).Append('\t').Append(code).Append('\n');
                continue;
            }
            var accepted = ack.Outcome == AcknowledgementOutcome.Accepted;
            db.Acknowledgements.Add(new Acknowledgement
            {
                ClaimId = claim.Id, Source = AcknowledgementSource.X12_277CA, Accepted = accepted, StatusCategory = status.CategoryCode,
                StatusCode = status.StatusCode, Message = string.Join(", ", ack.Statuses.Select(s => $"{s.CategoryCode}:{s.StatusCode}{(s.EntityCode is null ? "" : ":" + s.EntityCode)}")),
                ReceivedAt = now.UtcDateTime,
            });
            if (accepted)
            {
                import.AcceptedClaims++;
                if (ack.PayerClaimControlNumber is { } pcn) claim.PayerClaimControlNumber ??= pcn;
                if (claim.Status == ClaimStatus.Submitted) db.Move(claim, ClaimStatus.Accepted, actor, now, $"277CA {code}");
            }
            else
            {
                import.RejectedClaims++;
                if (claim.Status is ClaimStatus.Submitted or ClaimStatus.Accepted) db.Move(claim, ClaimStatus.Rejected, actor, now, $"277CA {code}");
            }
        }
        import.Unmatched = unmatched.ToString();
        db.Add(import);
        return import;
    }

    /// <summary>Runs an X12 reader; a malformed file becomes the typed <see cref="X12SyntaxError"/>.</summary>
    internal static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (X12Exception e)
        {
            throw new MutationException(new X12SyntaxError(e.Message, e.SegmentPosition, e.SegmentId));
        }
    }
}
