namespace RevenueCycle.Coding;

/// <summary>Where an import is: a stage (reading, comparing, writing) and, while writing, rows done of total.</summary>
public sealed record CodeSetImportProgress(CodeSystem System, string Release, string Stage, int Done = 0, int Total = 0)
{
    public override string ToString() =>
        Total > 0 ? $"{System} {Release}: {Stage} {Done:N0}/{Total:N0}" : $"{System} {Release}: {Stage}";
}
