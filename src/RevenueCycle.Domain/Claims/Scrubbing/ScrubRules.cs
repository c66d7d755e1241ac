namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// The rules a scrub runs. An explicit list rather than reflection over the assembly: what runs is visible in one
/// place, nothing is picked up by accident (a rule written for a test, one half done), and it survives trimming.
/// Adding a rule is its own file plus one line here; a test fails when an <see cref="IScrubRule"/> of this assembly
/// is missing from the list.
/// </summary>
public static class ScrubRules
{
    public static IReadOnlyList<IScrubRule> All { get; } =
    [
        new RequiredDataRule(),
        new ServiceDatesRule(),
        new CodeEffectiveRule(),
        new DiagnosisBillableRule(),
        new DiagnosisPointersRule(),
        new NpiCheckDigitRule(),
        new CoverageActiveRule(),
        new TimelyFilingRule(),
        new DuplicateClaimRule(),
        new UnitsAndChargesRule(),
        new ModifierFormatRule(),
        new SexConflictRule(),
        new AgeConflictRule(),
    ];
}
