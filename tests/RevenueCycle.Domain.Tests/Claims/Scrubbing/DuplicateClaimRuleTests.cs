using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class DuplicateClaimRuleTests
{
    private static readonly DuplicateClaimRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    /// <summary>Line 1 of the baseline as another claim billed it.</summary>
    private static PriorClaimLine SameVisit =>
        new("C-000120", ScrubBaseline.PatientId, ScrubBaseline.RenderingNpi, ScrubBaseline.ServiceDate, "99214", []);

    private static ScrubContext With(PriorClaimLine prior) =>
        ScrubBaseline.Context with { PriorClaimLines = [.. ScrubBaseline.Context.PriorClaimLines, prior] };

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void The_same_service_on_another_claim_is_an_error_on_the_line()
    {
        var finding = SingleError(Rule, Baseline, line: 1, context: With(SameVisit));
        Assert.Contains("already billed on claim C-000120", finding.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, PriorClaimLine> DifferentServices() => new()
    {
        { "other patient", SameVisit with { PatientId = "MRN-0002" } },
        { "other provider", SameVisit with { ProviderNpi = ScrubBaseline.BillingNpi } },
        { "other day", SameVisit with { ServiceDate = ScrubBaseline.ServiceDate.AddDays(1) } },
        { "other code", SameVisit with { ProcedureCode = "99213" } },
        { "other modifiers", SameVisit with { Modifiers = ["25"] } },
        { "this very claim", SameVisit with { ClaimNumber = "C-000123" } },
    };

    [Theory]
    [MemberData(nameof(DifferentServices))]
    public void A_different_service_is_not_a_duplicate(string difference, PriorClaimLine prior)
    {
        Assert.NotEmpty(difference);
        Passes(Rule, Baseline, With(prior));
    }

    [Fact]
    public void Modifiers_match_in_any_order() =>
        SingleError(Rule, Baseline.WithLine(1, l => l with { Modifiers = ["25", "GT"] }), line: 1, context: With(SameVisit with { Modifiers = ["GT", "25"] }));

    [Fact]
    public void Without_a_rendering_provider_the_billing_npi_is_matched() =>
        SingleError(Rule, Baseline with { RenderingProvider = null }, line: 1, context: With(SameVisit with { ProviderNpi = ScrubBaseline.BillingNpi }));

    [Theory]
    [InlineData(ScrubClaimFrequency.Replacement)]
    [InlineData(ScrubClaimFrequency.Void)]
    public void Replacements_and_voids_repeat_their_original(ScrubClaimFrequency frequency) =>
        Passes(Rule, Baseline with { Frequency = frequency, PayerClaimControlNumber = "PCN1" }, With(SameVisit));
}
