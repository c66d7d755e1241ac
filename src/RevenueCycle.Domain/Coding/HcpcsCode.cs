namespace RevenueCycle.Coding;

/// <summary>An HCPCS Level II code or modifier from the TSV release files.</summary>
/// <param name="TerminationDate">Last valid day, for the codes of the terminated file; null for active ones.</param>
public sealed record HcpcsCode(string Code, string ShortDescription, string LongDescription, DateOnly? TerminationDate = null)
{
    public ReleaseCode ToReleaseCode() => new(Code, LongDescription, ShortDescription, Billable: true);
}
