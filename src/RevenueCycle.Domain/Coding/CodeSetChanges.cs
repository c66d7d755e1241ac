namespace RevenueCycle.Coding;

/// <summary>What importing a release changes in the stored versions of a code system.</summary>
/// <param name="Added">New versions for codes not current before (new or reactivated).</param>
/// <param name="Retired">Current versions the release no longer lists, with their end date set.</param>
/// <param name="Revised">Current versions whose wording or billable flag changed.</param>
/// <param name="Unchanged">Current versions the release confirms as they are.</param>
public sealed record CodeSetChanges(
    DateOnly EffectiveDate,
    IReadOnlyList<CodeVersion> Added,
    IReadOnlyList<CodeVersion> Retired,
    IReadOnlyList<CodeRevision> Revised,
    IReadOnlyList<CodeVersion> Unchanged)
{
    public bool IsEmpty => Added.Count == 0 && Retired.Count == 0 && Revised.Count == 0;
}
