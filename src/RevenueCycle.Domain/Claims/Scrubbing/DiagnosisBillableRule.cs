using RevenueCycle.Coding;
using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// DIAGNOSIS_BILLABLE: an ICD-10-CM diagnosis must be a billable leaf on its date of service, not a category
/// header (E11 rather than E11.9). Codes unknown or out of effect are <see cref="CodeEffectiveRule"/>'s to report.
/// </summary>
public sealed class DiagnosisBillableRule : IScrubRule
{
    public string Id => "DIAGNOSIS_BILLABLE";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        foreach (var diagnosis in claim.Diagnoses.Where(d => !ScrubFormats.IsBlank(d.Code)))
        {
            var versions = context.LookupCode(CodeSystem.Icd10Cm, diagnosis.Code);
            var headerOn = DiagnosisDates.Of(claim, diagnosis)
                .Where(date => CodeValidity.Check(CodeSystem.Icd10Cm, versions, date) == CodeValidityStatus.NotBillable)
                .Select(date => (DateOnly?)date)
                .FirstOrDefault();
            if (headerOn is { } date)
                yield return ScrubFinding.Error(Id, null,
                    $"The {Diagnosis(diagnosis)} is a category header, not billable on {Date(date)}. Code it to the highest specificity (a code with all its characters).");
        }
    }
}
