using RevenueCycle.Coding;
using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// SEX_CONFLICT: a diagnosis or procedure the code set reserves for one sex (<see cref="ScrubContext.SexEdits"/>)
/// on a patient of the other. A patient of unknown sex ('U') conflicts with nothing. Modifier KX on a line says
/// the service is medically necessary whatever the sex on file (e.g. a transgender patient): it clears that line,
/// and a diagnosis whose every pointing line carries it.
/// </summary>
public sealed class SexConflictRule : IScrubRule
{
    private const string SexOverrideModifier = "KX";

    public string Id => "SEX_CONFLICT";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        var sex = claim.Patient.Sex;
        if (sex is not ('F' or 'M')) yield break;

        foreach (var diagnosis in claim.Diagnoses.Where(d => !ScrubFormats.IsBlank(d.Code)))
        {
            var pointing = claim.Lines.Where(l => l.DiagnosisPointers.Contains(diagnosis.Sequence)).ToList();
            if (pointing.Count > 0 && pointing.All(HasOverride)) continue;
            if (Conflict(context, CodeSystem.Icd10Cm, diagnosis.Code, sex) is { } edit)
                yield return new ScrubFinding(Id, edit.Severity, null,
                    $"The {Diagnosis(diagnosis)} is for {SexName(edit.Sex)} patients only ({edit.Description}), but the patient's sex is {SexName(sex)}. Check the code and the patient's sex; if both are right, add modifier KX to the lines it supports.");
        }

        foreach (var line in claim.Lines.Where(l => !HasOverride(l)))
        {
            if (Conflict(context, line.CodeSystem, line.ProcedureCode, sex) is { } edit)
                yield return new ScrubFinding(Id, edit.Severity, line.LineNumber,
                    $"Line {line.LineNumber}: {SystemName(line.CodeSystem)} {line.ProcedureCode} is for {SexName(edit.Sex)} patients only ({edit.Description}), but the patient's sex is {SexName(sex)}. Check the code and the patient's sex; if both are right, add modifier KX.");
        }
    }

    private static SexEdit? Conflict(ScrubContext context, CodeSystem system, string code, char sex) =>
        context.SexEdits.FirstOrDefault(e => e.Applies(system, code) && e.Sex != sex);

    private static bool HasOverride(ScrubLine line) =>
        line.Modifiers.Contains(SexOverrideModifier, StringComparer.OrdinalIgnoreCase);

    private static string SexName(char sex) => sex == 'F' ? "female" : "male";
}
