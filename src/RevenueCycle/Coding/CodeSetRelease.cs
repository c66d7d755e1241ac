namespace RevenueCycle.Coding;

/// <summary>A code-set file that has been imported, so importing it again is recognised and changes nothing.</summary>
public sealed class CodeSetRelease
{
    public long Id { get; set; }
    public CodeSystem System { get; set; }
    public required string Release { get; set; }
    public required string ContentHash { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateTime ImportedAt { get; set; }
    public int Added { get; set; }
    public int Changed { get; set; }
    public int Retired { get; set; }
}
