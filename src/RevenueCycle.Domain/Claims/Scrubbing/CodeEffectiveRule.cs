using RevenueCycle.Coding;
using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// CODE_EFFECTIVE: every diagnosis and procedure code exists in its code set and is effective on the date of
/// service it is billed for. Whether an ICD-10-CM code is billable is <see cref="DiagnosisBillableRule"/>'s concern,
/// and blank codes are <see cref="RequiredDataRule"/>'s.
/// </summary>
public sealed class CodeEffectiveRule : IScrubRule
{
    public string Id => "CODE_EFFECTIVE";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        foreach (var diagnosis in claim.Diagnoses.Where(d => !ScrubFormats.IsBlank(d.Code)))
        {
            // One finding per diagnosis even when it is checked on several dates: the fix is the same.
            foreach (var date in DiagnosisDates.Of(claim, diagnosis))
            {
                var status = CodeValidity.Check(CodeSystem.Icd10Cm, context.LookupCode(CodeSystem.Icd10Cm, diagnosis.Code), date);
                if (Problem(status, CodeSystem.Icd10Cm, diagnosis.Code, date) is { } problem)
                {
                    yield return ScrubFinding.Error(Id, null, $"{Capitalized(Diagnosis(diagnosis))} {problem} Recode it with a code valid on that date.");
                    break;
                }
            }
        }

        foreach (var line in claim.Lines.Where(l => !ScrubFormats.IsBlank(l.ProcedureCode)))
        {
            var status = CodeValidity.Check(line.CodeSystem, context.LookupCode(line.CodeSystem, line.ProcedureCode), line.ServiceDate);
            if (Problem(status, line.CodeSystem, line.ProcedureCode, line.ServiceDate) is { } problem)
                yield return ScrubFinding.Error(Id, line.LineNumber,
                    $"Line {line.LineNumber}: {SystemName(line.CodeSystem)} {line.ProcedureCode} {problem} Replace it with the code in effect on that date.");
        }
    }

    private static string? Problem(CodeValidityStatus status, CodeSystem system, string code, DateOnly date) => status switch
    {
        CodeValidityStatus.UnknownCode => $"is not a known {SystemName(system)} code ({Code(system, code)}).",
        CodeValidityStatus.NotYetEffective => $"is not yet effective on the date of service {Date(date)}.",
        CodeValidityStatus.Expired => $"is no longer effective on the date of service {Date(date)} (deleted from the code set).",
        _ => null, // Valid, or NotBillable which DiagnosisBillableRule reports.
    };

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
