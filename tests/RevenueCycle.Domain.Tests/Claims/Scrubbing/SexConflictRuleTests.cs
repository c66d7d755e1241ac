using RevenueCycle.Coding;
using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class SexConflictRuleTests
{
    private static readonly SexConflictRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim; // a female patient

    private static ScrubClaim Male => Baseline.WithPatient(p => p with { Sex = 'M' });

    private static ScrubClaim WithDiagnosis(ScrubClaim claim, string code) =>
        claim with { Diagnoses = [.. claim.Diagnoses, new(4, code)] };

    [Fact]
    public void Baseline_passes()
    {
        Passes(Rule, Baseline);
        Passes(Rule, Male);
    }

    [Theory]
    [InlineData("N400", "N40.0", "male")]   // benign prostatic hyperplasia
    [InlineData("C61", "C61", "male")]      // prostate cancer
    [InlineData("N529", "N52.9", "male")]   // erectile dysfunction
    public void A_male_only_diagnosis_on_a_female_patient_is_an_error(string code, string display, string sex)
    {
        var finding = SingleError(Rule, WithDiagnosis(Baseline, code));
        Assert.Contains($"diagnosis D ({display}) is for {sex} patients only", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("O80")]    // full-term uncomplicated delivery
    [InlineData("O9A211")] // the end of the O00–O9A range
    [InlineData("Z3A20")]  // 20 weeks of gestation
    [InlineData("N926")]   // irregular menstruation
    public void A_female_only_diagnosis_on_a_male_patient_is_an_error(string code) =>
        Assert.Contains("for female patients only", SingleError(Rule, WithDiagnosis(Male, code)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_sex_specific_procedure_is_reported_on_its_line()
    {
        var finding = SingleError(Rule, Baseline.WithLine(3, l => l with { ProcedureCode = "55700" }), line: 3); // prostate biopsy
        Assert.Contains("CPT 55700 is for male patients only", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_sex_conflicts_with_nothing() =>
        Passes(Rule, WithDiagnosis(Baseline.WithPatient(p => p with { Sex = 'U' }), "N400"));

    [Fact]
    public void Modifier_kx_clears_the_line_and_the_diagnoses_only_it_supports()
    {
        var claim = WithDiagnosis(Baseline, "C61")
            .WithLine(3, l => l with { ProcedureCode = "55700", Modifiers = ["KX"], DiagnosisPointers = [4] });
        Passes(Rule, claim);
        // A line without KX pointing at the diagnosis brings the diagnosis finding back.
        Assert.Contains("C61", SingleError(Rule, claim.WithLine(4, l => l with { DiagnosisPointers = [4] })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tenant_may_extend_the_table()
    {
        var context = ScrubBaseline.Context with
        {
            SexEdits = [.. ScrubEditTables.SexEdits, new SexEdit(CodeSystem.Cpt, CodeRange.Of("83036"), 'M', "a test edit", ScrubSeverity.Warning)],
        };
        Single(Rule, Baseline, ScrubSeverity.Warning, 3, context);
    }
}
