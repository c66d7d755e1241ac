namespace RevenueCycle.Coding;

/// <summary>A code as a new release of its code system lists it, whatever file format it came from.</summary>
/// <param name="Description">The full (long) description.</param>
/// <param name="Billable">False only for ICD-10-CM category headers.</param>
public sealed record ReleaseCode(string Code, string Description, string? ShortDescription, bool Billable);
