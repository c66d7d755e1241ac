namespace RevenueCycle.Coding;

/// <summary>One procedure code or modifier of a CMS HCPCS Level II annual file, continuation lines joined.</summary>
/// <param name="Code">Procedure code (J3490) or modifier without its padding (A1).</param>
/// <param name="TerminationDate">Last day the code is valid, when CMS has retired it.</param>
/// <param name="ActionCode">CMS action code of the release (A added, C changed, D discontinued, N no change, …).</param>
public sealed record HcpcsRecord(
    int LineNumber, HcpcsRecordKind Kind, string Code, string LongDescription, string ShortDescription,
    DateOnly? AddDate, DateOnly? ActionEffectiveDate, DateOnly? TerminationDate, char? ActionCode)
{
    public bool IsActiveOn(DateOnly date) => TerminationDate is null || date <= TerminationDate;

    public ReleaseCode ToReleaseCode() => new(Code, LongDescription, ShortDescription, Billable: true);
}
