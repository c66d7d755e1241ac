using RevenueCycle.Coding;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// What the rules may consult besides the claim. Everything is passed in, so a scrub is a pure function of its
/// inputs and a test can pin today's date and the code set. The lookups are required: a rule is never passed
/// because its data was forgotten.
/// </summary>
/// <param name="Today">The practice's local date, for timely filing and future dates of service.</param>
/// <param name="LookupCode">
/// Every stored version of a code (empty when unknown): ICD-10-CM without the dot, CPT, HCPCS. Called once per code
/// and date checked by each rule that needs it, so a caller scrubbing many claims may want to cache.
/// </param>
/// <param name="PriorClaimLines">Services on the patient's other live claims; see <see cref="PriorClaimLine"/>.</param>
public sealed record ScrubContext(
    DateOnly Today,
    Func<CodeSystem, string, IReadOnlyList<CodeVersion>> LookupCode,
    IReadOnlyList<PriorClaimLine> PriorClaimLines)
{
    /// <summary>Sex edits; the shipped <see cref="ScrubEditTables.SexEdits"/> unless the tenant extends or replaces them.</summary>
    public IReadOnlyList<SexEdit> SexEdits { get; init; } = ScrubEditTables.SexEdits;

    /// <summary>Age edits; the shipped <see cref="ScrubEditTables.AgeEdits"/> unless the tenant extends or replaces them.</summary>
    public IReadOnlyList<AgeEdit> AgeEdits { get; init; } = ScrubEditTables.AgeEdits;
}
