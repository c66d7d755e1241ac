namespace RevenueCycle.Payments;

/// <summary>
/// A remittance as <see cref="RemittancePosting"/> takes it, whatever it came from: a manually keyed paper EOB
/// (postRemittance) or one ST…SE of an 835 file. Both sources become this model, so they post identically.
/// </summary>
/// <param name="PayerId">Our payer, when known (always for manual entry; for an 835 when its payer id or name matches one of ours).</param>
/// <param name="SourceHash">SHA-256 of the source (the 835 file, or the manual entry's content): the same source never posts twice.</param>
public sealed record RemittanceToPost(
    Guid? PayerId, string PayerName, string? PayerIdentifier, PaymentMethod Method, string TraceNumber,
    decimal Amount, DateOnly PaymentDate, IReadOnlyList<ClaimToPost> Claims, string? SourceHash);

/// <summary>One CLP: the payer's decision on one claim.</summary>
/// <param name="ClaimId">Set when the caller already knows the claim (manual entry); otherwise matched by <paramref name="ClaimNumber"/>.</param>
/// <param name="StatusCode">CLP02: 1/2/3 processed, 4 denied, 22 reversal of a previous payment.</param>
public sealed record ClaimToPost(
    Guid? ClaimId, string ClaimNumber, string StatusCode, decimal Charge, decimal Paid, decimal PatientResponsibility,
    string? PayerClaimControlNumber, IReadOnlyList<AdjustmentToPost> Adjustments, IReadOnlyList<LineToPost> Lines);

/// <summary>One CAS reason: group (CO, PR, OA, PI, CR), CARC, optional RARC, amount (negative undoes), quantity.</summary>
public sealed record AdjustmentToPost(string GroupCode, string ReasonCode, string? RemarkCode, decimal Amount, decimal? Quantity);

/// <summary>One SVC: a service line's adjudication with its own adjustments.</summary>
public sealed record LineToPost(
    string ProcedureCode, IReadOnlyList<string> Modifiers, decimal Charge, decimal Paid, decimal Units, IReadOnlyList<AdjustmentToPost> Adjustments);
