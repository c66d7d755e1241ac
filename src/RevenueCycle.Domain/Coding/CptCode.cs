namespace RevenueCycle.Coding;

/// <summary>One CPT code version from a customer-supplied CPT file.</summary>
/// <param name="EffectiveTo">Last valid day, or null while current.</param>
public sealed record CptCode(string Code, string ShortDescription, string LongDescription, DateOnly EffectiveFrom, DateOnly? EffectiveTo)
{
    public CodeVersion ToCodeVersion() => new(Code, LongDescription, ShortDescription, EffectiveFrom, EffectiveTo, Billable: true);

    public ReleaseCode ToReleaseCode() => new(Code, LongDescription, ShortDescription, Billable: true);
}
