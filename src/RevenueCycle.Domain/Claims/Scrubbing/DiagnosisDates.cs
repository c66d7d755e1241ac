namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// The dates of service a diagnosis must be valid on. On a professional claim each line is dated and a
/// diagnosis supports the lines that point at it, so it must be valid on each of their dates (a claim that
/// straddles October 1 can need last year's code on one line and this year's on another). An institutional claim
/// is coded as of its through (discharge) date. A diagnosis no line points at is checked on the first date of service.
/// </summary>
internal static class DiagnosisDates
{
    public static IReadOnlyList<DateOnly> Of(ScrubClaim claim, ScrubDiagnosis diagnosis)
    {
        if (claim.Form == ScrubClaimForm.Institutional) return [claim.ServiceDateTo];
        var dates = claim.Lines
            .Where(line => line.DiagnosisPointers.Contains(diagnosis.Sequence))
            .Select(line => line.ServiceDate)
            .Distinct()
            .Order()
            .ToList();
        return dates.Count > 0 ? dates : [claim.ServiceDateFrom];
    }
}
