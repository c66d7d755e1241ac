namespace RevenueCycle.Coding;

/// <summary>
/// One version of a code (global, not tenant-scoped). A re-described code gets a new row and the old one is
/// closed (EffectiveTo), so a claim from last year still validates against the text in force then.
/// </summary>
public sealed class Code
{
    public long Id { get; set; }
    public CodeSystem System { get; set; }
    /// <summary>The code as stored in files and X12 (ICD-10-CM without the dot: E119).</summary>
    public required string Value { get; set; }
    /// <summary>The code as people read it (E11.9).</summary>
    public required string Display { get; set; }
    public string ShortDescription { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>Upper-cased description words for look-up; kept beside the text so search stays in SQL.</summary>
    public string SearchText { get; set; } = "";
    public bool Billable { get; set; } = true;
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public required string Release { get; set; }

    public bool IsValidOn(DateOnly date) => Billable && EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}
