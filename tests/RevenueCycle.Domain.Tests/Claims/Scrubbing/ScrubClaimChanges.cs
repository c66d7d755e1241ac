namespace RevenueCycle.Claims.Scrubbing;

/// <summary>One-line mutations of a claim for tests. Changing lines keeps the total equal to their sum.</summary>
internal static class ScrubClaimChanges
{
    public static ScrubClaim WithLine(this ScrubClaim claim, int lineNumber, Func<ScrubLine, ScrubLine> change) =>
        claim.WithLines(claim.Lines.Select(l => l.LineNumber == lineNumber ? change(l) : l).ToArray());

    public static ScrubClaim WithLines(this ScrubClaim claim, params ScrubLine[] lines) =>
        claim with { Lines = lines, TotalCharge = lines.Sum(l => l.Charge) };

    public static ScrubClaim AddLine(this ScrubClaim claim, ScrubLine line) => claim.WithLines([.. claim.Lines, line]);

    public static ScrubClaim WithPatient(this ScrubClaim claim, Func<ScrubPatient, ScrubPatient> change) =>
        claim with { Patient = change(claim.Patient) };

    /// <summary>Moves every date of service (claim and lines) to <paramref name="date"/>.</summary>
    public static ScrubClaim OnDate(this ScrubClaim claim, DateOnly date) =>
        claim with
        {
            ServiceDateFrom = date,
            ServiceDateTo = date,
            Lines = claim.Lines.Select(l => l with { ServiceDate = date }).ToArray(),
        };
}
