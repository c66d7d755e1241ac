namespace RevenueCycle.Coding;

/// <summary>One row of the ICD-10-CM order file: a billable code or a category header.</summary>
/// <param name="Code">Without the dot, as claims carry it (E119).</param>
public sealed record Icd10CmCode(int OrderNumber, string Code, bool Billable, string ShortDescription, string LongDescription)
{
    /// <summary>As people read it (E11.9).</summary>
    public string DisplayCode => ToDisplay(Code);

    public ReleaseCode ToReleaseCode() => new(Code, LongDescription, ShortDescription, Billable);

    /// <summary>Puts the dot after the third character; a three-character category has none.</summary>
    public static string ToDisplay(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length > 3 ? string.Concat(code.AsSpan(0, 3), ".", code.AsSpan(3)) : code;
    }
}
