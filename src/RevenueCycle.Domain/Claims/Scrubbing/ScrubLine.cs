using RevenueCycle.Coding;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>One service line (loop 2400).</summary>
/// <param name="CodeSystem"><see cref="CodeSystem.Cpt"/> or <see cref="CodeSystem.HcpcsLevel2"/>.</param>
/// <param name="Modifiers">In billing order; an 837 line carries at most four.</param>
/// <param name="DiagnosisPointers">Sequences of the claim's diagnoses (1 = A), most important first.</param>
public sealed record ScrubLine(
    int LineNumber,
    string ProcedureCode,
    CodeSystem CodeSystem,
    IReadOnlyList<string> Modifiers,
    decimal Units,
    decimal Charge,
    IReadOnlyList<int> DiagnosisPointers,
    DateOnly ServiceDate);
