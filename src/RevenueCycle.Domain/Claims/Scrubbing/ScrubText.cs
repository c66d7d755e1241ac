using System.Globalization;
using RevenueCycle.Coding;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>How findings write dates, money and codes, so every message reads the same way.</summary>
internal static class ScrubText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>At least cents, and any extra digits shown, so a finding about sub-cent amounts can be read.</summary>
    public static string Money(decimal amount) => amount.ToString("0.00##########", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>Billers know diagnoses by their CMS-1500 letter (box 21 A–L), not by sequence number.</summary>
    public static string Letter(int sequence) =>
        sequence is >= 1 and <= 12 ? ((char)('A' + sequence - 1)).ToString() : "#" + sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>"diagnosis B (E11.9)": the letter and the code as people read it, with its dot.</summary>
    public static string Diagnosis(ScrubDiagnosis diagnosis) =>
        $"diagnosis {Letter(diagnosis.Sequence)} ({Icd10CmCode.ToDisplay(diagnosis.Code)})";

    public static string Code(CodeSystem system, string code) => system == CodeSystem.Icd10Cm ? Icd10CmCode.ToDisplay(code) : code;

    public static string SystemName(CodeSystem system) => system switch
    {
        CodeSystem.Icd10Cm => "ICD-10-CM",
        CodeSystem.Cpt => "CPT",
        CodeSystem.HcpcsLevel2 => "HCPCS",
        _ => system.ToString(),
    };

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
