using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Payers;

namespace RevenueCycle.Payments;

public sealed record PostRemittanceInput(
    [property: Id] string PayerId, PaymentMethod Method,
    [property: System.ComponentModel.Description("Check or EFT trace number; with the payer it identifies the payment (posted once).")] string TraceNumber,
    decimal Amount, DateOnly PaymentDate, List<RemittanceClaimInput> Claims, string? IdempotencyKey) : IIdempotentInput;

/// <summary>One claim on the EOB: the claim's ID, or its number as printed on the EOB (CLP01).</summary>
public sealed record RemittanceClaimInput(
    [property: Id] string? ClaimId, string? ClaimNumber,
    [property: System.ComponentModel.Description("CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 22 reversal.")] string StatusCode,
    decimal Charge, decimal Paid, decimal? PatientResponsibility, string? PayerClaimControlNumber,
    List<RemittanceAdjustmentInput>? Adjustments, List<RemittanceLineInput>? Lines);

public sealed record RemittanceAdjustmentInput(
    [property: System.ComponentModel.Description("CO, PR, OA, PI or CR.")] string GroupCode,
    [property: System.ComponentModel.Description("CARC.")] string ReasonCode,
    [property: System.ComponentModel.Description("RARC.")] string? RemarkCode,
    decimal Amount, decimal? Quantity);

public sealed record RemittanceLineInput(string ProcedureCode, List<string>? Modifiers, decimal Charge, decimal Paid, decimal? Units,
    List<RemittanceAdjustmentInput>? Adjustments);

public sealed record ImportRemittance835Input(
    [property: System.ComponentModel.Description("The 835 file's text, as received.")] string Content, string? IdempotencyKey) : IIdempotentInput;

public sealed record MatchUnmatchedPaymentInput([property: Id] string ClaimPaymentId, [property: Id] string ClaimId);

/// <summary>Remittance posting: manual EOBs, 835 files, and the unmatched-payment queue. All post through <see cref="RemittancePosting"/>.</summary>
public static class RemittanceMutations
{
    private static readonly string[] Posting = [Roles.Biller, Roles.TenantAdmin];
    private static readonly HashSet<string> Groups = ["CO", "PR", "OA", "PI", "CR"];

    public static void Register(ObjectGraphType root)
    {
        root.Mutation<PostRemittanceInput>("postRemittance",
            "Posts a paper EOB entered by hand, exactly as an 835 would post: payments, adjustments, patient responsibility, denials, claim statuses. " +
            "Claims that cannot be posted wait in the unmatched queue (claimPayments with matched: false).",
            "remittance", "Remittance", Posting, async m =>
            {
                var i = m.Input;
                var payer = await m.FindAsync<Payer>(i.PayerId, "Payer");
                var claims = await ToClaims(m, i.Claims);
                var model = new RemittanceToPost(payer.Id, payer.Name, payer.EdiPayerId, i.Method, Required(i.TraceNumber, "traceNumber"),
                    i.Amount, i.PaymentDate, claims, null);
                var posted = await new RemittancePosting(m.Db, m.Actor, m.Now).PostAsync([model]);
                return posted[0];
            }, typeof(DuplicateRemittanceErrorType), typeof(PostingErrorType));

        root.Mutation<ImportRemittance835Input>("importRemittance835",
            "Imports an 835 file: every remittance in it posts, in one transaction, or nothing does (malformed or already posted files). " +
            "The same as POST /x12/835.",
            "import", "RemittanceImport", Posting, async m =>
            {
                if (string.IsNullOrWhiteSpace(m.Input.Content)) throw MutationException.Invalid("content", "content is required.");
                var result = await Remittance835Import.ImportAsync(m.Db, m.Input.Content, m.Actor, m.Now);
                return result.Import;
            }, typeof(DuplicateRemittanceErrorType), typeof(X12SyntaxErrorType), typeof(PostingErrorType));

        root.Mutation<MatchUnmatchedPaymentInput>("matchUnmatchedPayment",
            "Works the unmatched queue: posts a claim payment that matched no claim to the claim a biller identified.",
            "claimPayment", "ClaimPayment", Posting, async m =>
            {
                var paymentId = GlobalId.TryDecode(m.Input.ClaimPaymentId, "ClaimPayment") ?? throw MutationException.NotFound(m.Input.ClaimPaymentId, "ClaimPayment");
                var claimId = GlobalId.TryDecode(m.Input.ClaimId, "Claim") ?? throw MutationException.NotFound(m.Input.ClaimId, "Claim");
                return await new RemittancePosting(m.Db, m.Actor, m.Now).PostUnmatchedAsync(paymentId, claimId, m.Input.ClaimPaymentId, m.Input.ClaimId);
            }, typeof(PostingErrorType), typeof(InvalidTransitionErrorType));
    }

    private static async Task<List<ClaimToPost>> ToClaims(MutationContext<PostRemittanceInput> m, List<RemittanceClaimInput> claims)
    {
        if (claims is not { Count: > 0 }) throw MutationException.Invalid("claims", "An EOB needs at least one claim.");
        var ids = claims.Select(c => c.ClaimId).OfType<string>().Distinct()
            .ToDictionary(id => id, id => GlobalId.TryDecode(id, "Claim") ?? throw MutationException.NotFound(id, "Claim"));
        var keys = ids.Values.ToList();
        var numbers = await m.Db.Claims.Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number);
        var result = new List<ClaimToPost>();
        for (var n = 0; n < claims.Count; n++)
        {
            var c = claims[n];
            var at = $"claims[{n}]";
            Guid? claimId = null;
            string number;
            if (c.ClaimId is not null)
            {
                claimId = ids[c.ClaimId];
                number = numbers.GetValueOrDefault(claimId.Value) ?? throw MutationException.NotFound(c.ClaimId, "Claim");
            }
            else
            {
                number = Required(c.ClaimNumber, at + ".claimNumber");
            }
            Cents(c.Charge, at + ".charge");
            Cents(c.Paid, at + ".paid");
            if (c.PatientResponsibility is { } pr) Cents(pr, at + ".patientResponsibility");
            var lines = (c.Lines ?? []).Select((l, k) =>
            {
                Cents(l.Charge, $"{at}.lines[{k}].charge");
                Cents(l.Paid, $"{at}.lines[{k}].paid");
                return new LineToPost(Required(l.ProcedureCode, $"{at}.lines[{k}].procedureCode").ToUpperInvariant(), l.Modifiers ?? [], l.Charge, l.Paid,
                    l.Units ?? 1m, Adjustments(l.Adjustments, $"{at}.lines[{k}].adjustments"));
            }).ToList();
            result.Add(new ClaimToPost(claimId, number, Required(c.StatusCode, at + ".statusCode"), c.Charge, c.Paid, c.PatientResponsibility ?? 0m,
                c.PayerClaimControlNumber?.Trim(), Adjustments(c.Adjustments, at + ".adjustments"), lines));
        }
        return result;
    }

    private static List<AdjustmentToPost> Adjustments(List<RemittanceAdjustmentInput>? adjustments, string at) =>
        (adjustments ?? []).Select((a, k) =>
        {
            var group = Required(a.GroupCode, $"{at}[{k}].groupCode").ToUpperInvariant();
            if (!Groups.Contains(group)) throw MutationException.Invalid($"{at}[{k}].groupCode", $"{group} is not an adjustment group (CO, PR, OA, PI, CR).");
            Cents(a.Amount, $"{at}[{k}].amount");
            return new AdjustmentToPost(group, Required(a.ReasonCode, $"{at}[{k}].reasonCode").ToUpperInvariant(), a.RemarkCode?.Trim(), a.Amount, a.Quantity);
        }).ToList();

    private static void Cents(decimal amount, string field)
    {
        if (!RevenueCycle.Money.HasAtMostTwoDecimals(amount)) throw MutationException.Invalid(field, $"{amount} has more than two decimal places.");
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw MutationException.Invalid(field, $"{field} is required.") : value.Trim();
}
