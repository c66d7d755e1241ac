using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// DUPLICATE_CLAIM: a line bills a service already on another live claim: same patient, same performing provider,
/// same date, same code and the same modifiers (in any order). Payers deny such lines as duplicates (CARC 18).
/// Replacement and void claims repeat their original's services by design and are not checked.
/// </summary>
public sealed class DuplicateClaimRule : IScrubRule
{
    public string Id => "DUPLICATE_CLAIM";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        if (claim.Frequency != ScrubClaimFrequency.Original) yield break;
        var npi = claim.PerformingNpi;
        foreach (var line in claim.Lines)
        {
            var prior = context.PriorClaimLines.FirstOrDefault(p =>
                p.ClaimNumber != claim.Number // a re-scrub must not find the claim itself
                && p.PatientId == claim.Patient.Id
                && p.ProviderNpi == npi
                && p.ServiceDate == line.ServiceDate
                && string.Equals(p.ProcedureCode, line.ProcedureCode, StringComparison.OrdinalIgnoreCase)
                && SameModifiers(p.Modifiers, line.Modifiers));
            if (prior is not null)
                yield return ScrubFinding.Error(Id, line.LineNumber,
                    $"Line {line.LineNumber} ({line.ProcedureCode} on {Date(line.ServiceDate)}) is already billed on claim {prior.ClaimNumber} for this patient and provider. Remove the line, add the modifier that tells the services apart (76, 59, XU…), or send a replacement of {prior.ClaimNumber}.");
        }
    }

    private static bool SameModifiers(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Select(m => m.ToUpperInvariant()).Order(StringComparer.Ordinal)
            .SequenceEqual(b.Select(m => m.ToUpperInvariant()).Order(StringComparer.Ordinal));
}
