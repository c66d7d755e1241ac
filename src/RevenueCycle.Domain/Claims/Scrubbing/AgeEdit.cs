using RevenueCycle.Coding;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>Codes for an age span only, for <see cref="AgeConflictRule"/>. Ages are completed years on the date of service.</summary>
/// <param name="MaximumAge">Inclusive; 124 is the Medicare Code Editor's "no upper limit".</param>
/// <param name="Description">What the codes are about, as the finding names it: "preventive visit, age 18 to 39".</param>
public sealed record AgeEdit(
    CodeSystem System, CodeRange Codes, int MinimumAge, int MaximumAge, string Description, ScrubSeverity Severity = ScrubSeverity.Error)
{
    public const int NoUpperLimit = 124;

    public bool Applies(CodeSystem system, string code) => system == System && Codes.Contains(code);

    public bool Allows(int age) => MinimumAge <= age && age <= MaximumAge;

    /// <summary>"age 0 (under one year)", "ages 12 to 55", "age 65 and over".</summary>
    public string SpanText() => (MinimumAge, MaximumAge) switch
    {
        (0, 0) => "age 0 (under one year)",
        var (min, max) when min == max => $"age {min}",
        (var min, >= NoUpperLimit) => $"age {min} and over",
        var (min, max) => $"ages {min} to {max}",
    };
}
