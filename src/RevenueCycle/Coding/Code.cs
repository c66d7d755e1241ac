namespace RevenueCycle.Coding;

/// <summary>
/// One version of a code (global, not tenant-scoped). A re-described code gets a new row and the old one is
/// closed (EffectiveTo), so a claim from last year still validates against the text in force then.
/// </summary>
public sealed class Code
{
    public const int MaxReleaseLength = 32;

    public long Id { get; set; }
    public CodeSystem System { get; set; }
    /// <summary>The code as stored in files and X12 (ICD-10-CM without the dot: E119).</summary>
    public required string Value { get; set; }
    /// <summary>The code as people read it (E11.9).</summary>
    public required string Display { get; set; }
    /// <summary>CMS's abbreviated wording; empty for code sets that have none (CARC, RARC).</summary>
    public string ShortDescription { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>
    /// The code and its description words, upper-cased, each after a space (<see cref="CodeSearchText"/>); kept
    /// beside the text so that word search is a LIKE in SQL.
    /// </summary>
    public string SearchText { get; set; } = "";
    public bool Billable { get; set; } = true;
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    /// <summary>The release that brought this version (FY2025, 2025-10, …).</summary>
    public required string Release { get; set; }

    public bool IsValidOn(DateOnly date) => Billable && EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    public static Code From(CodeSystem system, CodeVersion version, string release)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new Code
        {
            System = system,
            Value = version.Code,
            Display = system == CodeSystem.Icd10Cm ? Icd10CmCode.ToDisplay(version.Code) : version.Code,
            ShortDescription = version.ShortDescription ?? "",
            Description = version.Description,
            SearchText = CodeSearchText.Build(version.Code, version.Description, version.ShortDescription),
            Billable = version.Billable,
            EffectiveFrom = version.EffectiveFrom,
            EffectiveTo = version.EffectiveTo,
            Release = release,
        };
    }

    /// <summary>Back to the domain form the release diff compares; an empty short description was none.</summary>
    public CodeVersion ToVersion() =>
        new(Value, Description, ShortDescription.Length == 0 ? null : ShortDescription, EffectiveFrom, EffectiveTo, Billable);
}
