using RevenueCycle.Coding;
using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class AgeConflictRuleTests
{
    private static readonly AgeConflictRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim; // a patient of 54

    private static ScrubClaim WithDiagnosis(ScrubClaim claim, string code) =>
        claim with { Diagnoses = [.. claim.Diagnoses, new(4, code)] };

    private static ScrubClaim BornOn(DateOnly date) => Baseline.WithPatient(p => p with { DateOfBirth = date });

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void A_newborn_examination_of_an_adult_is_an_error() =>
        Assert.Contains("Z00.11) is for age 0 (under one year) (newborn health examination), but the patient is 54 on 2025-03-10",
            SingleError(Rule, WithDiagnosis(Baseline, "Z0011")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_perinatal_condition_of_an_adult_is_only_a_warning() =>
        Single(Rule, WithDiagnosis(Baseline, "P073"), ScrubSeverity.Warning, null); // preterm newborn

    [Fact]
    public void A_pregnancy_at_sixty_is_an_error() =>
        Assert.Contains("ages 12 to 55", SingleError(Rule, WithDiagnosis(BornOn(new(1965, 1, 1)), "O80")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_preventive_visit_of_the_wrong_age_band_is_reported_on_its_line()
    {
        Passes(Rule, Baseline.WithLine(1, l => l with { ProcedureCode = "99396" })); // 40–64
        var finding = SingleError(Rule, Baseline.WithLine(1, l => l with { ProcedureCode = "99395" }), line: 1); // 18–39
        Assert.Contains("CPT 99395 is for ages 18 to 39", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Age_counts_completed_years_on_the_date_of_service()
    {
        var visit = Baseline.WithLine(1, l => l with { ProcedureCode = "99395" }); // 18–39
        var fortiethBirthday = ScrubBaseline.ServiceDate.AddYears(-40);
        Passes(Rule, visit.WithPatient(p => p with { DateOfBirth = fortiethBirthday.AddDays(1) }));
        SingleError(Rule, visit.WithPatient(p => p with { DateOfBirth = fortiethBirthday }), line: 1);
    }

    [Fact]
    public void No_birth_date_means_no_check() =>
        Passes(Rule, WithDiagnosis(Baseline.WithPatient(p => p with { DateOfBirth = null }), "Z0011"));

    [Fact]
    public void An_empty_table_turns_the_edit_off() =>
        Passes(Rule, WithDiagnosis(Baseline, "Z0011"), ScrubBaseline.Context with { AgeEdits = [] });

    [Fact]
    public void A_newborn_may_have_a_newborn_examination() =>
        Passes(Rule, WithDiagnosis(BornOn(ScrubBaseline.ServiceDate.AddDays(-3)), "Z0011")
            .WithLine(1, l => l with { ProcedureCode = "99460", CodeSystem = CodeSystem.Cpt }));
}
