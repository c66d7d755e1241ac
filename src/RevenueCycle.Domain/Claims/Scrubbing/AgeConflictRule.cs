using RevenueCycle.Coding;
using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// AGE_CONFLICT: a diagnosis or procedure the code set reserves for an age span (<see cref="ScrubContext.AgeEdits"/>)
/// on a patient outside it, the age being completed years on the date of service (a diagnosis: each date it is
/// billed on). Severity is the edit's: most are errors, perinatal codes only warn. No birth date, no check
/// (<see cref="RequiredDataRule"/> reports it).
/// </summary>
public sealed class AgeConflictRule : IScrubRule
{
    public string Id => "AGE_CONFLICT";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        var born = claim.Patient.DateOfBirth;
        foreach (var diagnosis in claim.Diagnoses.Where(d => !ScrubFormats.IsBlank(d.Code)))
        {
            foreach (var date in DiagnosisDates.Of(claim, diagnosis))
            {
                if (PatientAge.On(born, date) is not { } age || Conflict(context, CodeSystem.Icd10Cm, diagnosis.Code, age) is not { } edit)
                    continue;
                yield return new ScrubFinding(Id, edit.Severity, null,
                    $"The {Diagnosis(diagnosis)} is for {edit.SpanText()} ({edit.Description}), but the patient is {age} on {Date(date)}. Check the code and the patient's date of birth.");
                break; // one finding per diagnosis
            }
        }

        foreach (var line in claim.Lines)
        {
            if (PatientAge.On(born, line.ServiceDate) is not { } age || Conflict(context, line.CodeSystem, line.ProcedureCode, age) is not { } edit)
                continue;
            yield return new ScrubFinding(Id, edit.Severity, line.LineNumber,
                $"Line {line.LineNumber}: {SystemName(line.CodeSystem)} {line.ProcedureCode} is for {edit.SpanText()} ({edit.Description}), but the patient is {age} on {Date(line.ServiceDate)}. Use the code of the patient's age, or check the date of birth.");
        }
    }

    private static AgeEdit? Conflict(ScrubContext context, CodeSystem system, string code, int age) =>
        context.AgeEdits.FirstOrDefault(e => e.Applies(system, code) && !e.Allows(age));
}
