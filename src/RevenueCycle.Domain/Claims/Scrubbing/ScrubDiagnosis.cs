namespace RevenueCycle.Claims.Scrubbing;

/// <summary>One diagnosis of the claim.</summary>
/// <param name="Sequence">1 to 12, what the lines' pointers refer to (A to L on the CMS-1500).</param>
/// <param name="Code">ICD-10-CM without the dot (E119), as the 837 carries it.</param>
public sealed record ScrubDiagnosis(int Sequence, string Code);
