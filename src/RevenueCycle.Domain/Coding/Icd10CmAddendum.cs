namespace RevenueCycle.Coding;

/// <summary>One change row of the ICD-10-CM order addenda file.</summary>
public sealed record Icd10CmAddendum(
    int LineNumber, Icd10CmChangeAction Action, string Code, bool Billable, string ShortDescription, string LongDescription)
{
    public string DisplayCode => Icd10CmCode.ToDisplay(Code);
}
