using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// DIAGNOSIS_POINTERS: every service line points at one to four of the claim's diagnoses (SV107 holds four), each
/// at most once, so the payer can see which diagnosis justifies the service. One finding per line, naming every
/// problem of that line.
/// </summary>
public sealed class DiagnosisPointersRule : IScrubRule
{
    private const int MaxPointers = 4;

    public string Id => "DIAGNOSIS_POINTERS";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        var sequences = claim.Diagnoses.Select(d => d.Sequence).ToHashSet();
        foreach (var line in claim.Lines)
        {
            var pointers = line.DiagnosisPointers;
            var problems = new List<string>();
            if (pointers.Count == 0)
                problems.Add("points at no diagnosis");
            if (pointers.Count > MaxPointers)
                problems.Add($"points at {pointers.Count} diagnoses, more than the {MaxPointers} a line can carry");
            var missing = pointers.Where(p => !sequences.Contains(p)).Distinct().Select(Letter).ToList();
            if (missing.Count > 0)
                problems.Add($"points at diagnosis {List(missing)}, which the claim does not have");
            var repeated = pointers.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => Letter(g.Key)).ToList();
            if (repeated.Count > 0)
                problems.Add($"points at diagnosis {List(repeated)} more than once");
            if (problems.Count > 0)
                yield return ScrubFinding.Error(Id, line.LineNumber,
                    $"Line {line.LineNumber} {List(problems)}. Point it at the one to four diagnoses (A–L) that justify the service, most important first.");
        }
    }
}
