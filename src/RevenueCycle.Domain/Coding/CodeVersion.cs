namespace RevenueCycle.Coding;

/// <summary>
/// One effective-dated version of a stored code. A code keeps every version it ever had; at most one is open
/// (<see cref="EffectiveTo"/> null) and versions do not overlap.
/// </summary>
/// <param name="EffectiveTo">Last day the version is valid (inclusive), or null while it is current.</param>
public sealed record CodeVersion(
    string Code, string Description, string? ShortDescription, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Billable)
{
    public bool IsEffectiveOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Same wording and billable flag, whatever the dates.</summary>
    public bool SameContentAs(ReleaseCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Description == code.Description && ShortDescription == code.ShortDescription && Billable == code.Billable;
    }
}
