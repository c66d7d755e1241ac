namespace RevenueCycle.Coding;

/// <summary>
/// A code is valid on a date of service when a version of it is effective that day
/// (effective_from ≤ dos ≤ effective_to, an open end meaning still current) and, for ICD-10-CM, that version is
/// billable (a leaf, not a category header).
/// </summary>
public static class CodeValidity
{
    public static bool IsValid(CodeSystem system, CodeVersion version, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.IsEffectiveOn(dateOfService) && (system != CodeSystem.Icd10Cm || version.Billable);
    }

    public static bool IsValid(CodeSystem system, IEnumerable<CodeVersion> versionsOfCode, DateOnly dateOfService) =>
        Check(system, versionsOfCode, dateOfService) == CodeValidityStatus.Valid;

    /// <param name="versionsOfCode">Every stored version of one code (empty when the code is unknown).</param>
    public static CodeValidityStatus Check(CodeSystem system, IEnumerable<CodeVersion> versionsOfCode, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(versionsOfCode);
        var versions = versionsOfCode as IReadOnlyCollection<CodeVersion> ?? versionsOfCode.ToList();
        if (versions.Count == 0) return CodeValidityStatus.UnknownCode;
        var effective = versions.FirstOrDefault(v => v.IsEffectiveOn(dateOfService));
        if (effective is null)
            return versions.All(v => v.EffectiveFrom > dateOfService) ? CodeValidityStatus.NotYetEffective : CodeValidityStatus.Expired;
        return system == CodeSystem.Icd10Cm && !effective.Billable ? CodeValidityStatus.NotBillable : CodeValidityStatus.Valid;
    }
}
