using RevenueCycle.Coding;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>Codes that apply to one sex only, for <see cref="SexConflictRule"/>.</summary>
/// <param name="Sex">The sex the codes apply to: 'F' or 'M'.</param>
/// <param name="Description">What the codes are about, as the finding names it: "diseases of male genital organs".</param>
public sealed record SexEdit(CodeSystem System, CodeRange Codes, char Sex, string Description, ScrubSeverity Severity = ScrubSeverity.Error)
{
    public bool Applies(CodeSystem system, string code) => system == System && Codes.Contains(code);
}
