namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// MODIFIER_FORMAT: a line carries at most four modifiers (SV101-3 to SV101-6), each two letters or digits (25,
/// 59, LT, XU, GT), in upper case as the 837 carries them, and none twice. One finding per line.
/// </summary>
public sealed class ModifierFormatRule : IScrubRule
{
    private const int MaxModifiers = 4;

    public string Id => "MODIFIER_FORMAT";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        foreach (var line in claim.Lines)
        {
            var problems = new List<string>();
            if (line.Modifiers.Count > MaxModifiers)
                problems.Add($"has {line.Modifiers.Count} modifiers, more than the {MaxModifiers} a line can carry");
            var malformed = line.Modifiers.Where(m => !IsWellFormed(m)).Select(m => $"'{m}'").ToList();
            if (malformed.Count > 0)
                problems.Add($"has modifier {ScrubText.List(malformed)}, not two upper-case letters or digits");
            var repeated = line.Modifiers.Where(IsWellFormed).GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            if (repeated.Count > 0)
                problems.Add($"repeats modifier {ScrubText.List(repeated)}");
            if (problems.Count > 0)
                yield return ScrubFinding.Error(Id, line.LineNumber,
                    $"Line {line.LineNumber} {ScrubText.List(problems)}. Correct the line's modifiers.");
        }
    }

    private static bool IsWellFormed(string modifier) =>
        modifier is { Length: 2 } && modifier.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
