using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class RequiredDataRuleTests
{
    private static readonly RequiredDataRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    public static TheoryData<string, Func<ScrubClaim, ScrubClaim>, string> ClaimLevelGaps() => new()
    {
        { "claim number", c => c with { Number = " " }, "claim number" },
        { "place of service", c => c with { PlaceOfService = null }, "Place of service is missing" },
        { "place of service shape", c => c with { PlaceOfService = "O1" }, "'O1' is not a two-digit" },
        { "billing NPI", c => c with { BillingProvider = c.BillingProvider with { Npi = "" } }, "billing provider has no NPI" },
        { "tax id", c => c with { BillingProvider = c.BillingProvider with { TaxId = null } }, "no tax id" },
        { "tax id shape", c => c with { BillingProvider = c.BillingProvider with { TaxId = "12-345678" } }, "'12-345678' is not 9 digits" },
        { "billing name", c => c with { BillingProvider = c.BillingProvider with { Name = null } }, "billing provider has no name" },
        { "billing address", c => c with { BillingProvider = c.BillingProvider with { Address = null } }, "street, city, state and ZIP code missing" },
        { "billing ZIP+4", c => c with { BillingProvider = c.BillingProvider with { Address = c.BillingProvider.Address! with { PostalCode = "45501" } } }, "full 9-digit ZIP+4" },
        { "billing PO box", c => c with { BillingProvider = c.BillingProvider with { Address = c.BillingProvider.Address! with { Line1 = "P.O. Box 77" } } }, "post-office box" },
        { "rendering NPI", c => c with { RenderingProvider = c.RenderingProvider! with { Npi = null } }, "rendering provider has no NPI" },
        { "rendering name", c => c with { RenderingProvider = c.RenderingProvider! with { Name = "" } }, "rendering provider has no name" },
        { "taxonomy shape", c => c with { RenderingProvider = c.RenderingProvider! with { Taxonomy = "207Q0000X" } }, "not a 10-character NUCC taxonomy" },
        { "patient last name", c => c.WithPatient(p => p with { LastName = null }), "first or last name is missing" },
        { "patient date of birth", c => c.WithPatient(p => p with { DateOfBirth = null }), "date of birth is missing" },
        { "patient sex", c => c.WithPatient(p => p with { Sex = 'X' }), "not F, M or U" },
        { "patient address part", c => c.WithPatient(p => p with { Address = p.Address! with { City = "" } }), "address is incomplete: city missing" },
        { "patient state", c => c.WithPatient(p => p with { Address = p.Address! with { State = "Ohio" } }), "'Ohio' is not a two-letter state" },
        { "patient ZIP", c => c.WithPatient(p => p with { Address = p.Address! with { PostalCode = "4550" } }), "'4550' is not 5 or 9 digits" },
        { "member id", c => c with { Coverage = c.Coverage with { MemberId = null } }, "no member id" },
        { "relationship", c => c with { Coverage = c.Coverage with { Relationship = null } }, "relationship to the subscriber is missing" },
        { "relationship code", c => c with { Coverage = c.Coverage with { Relationship = "self" } }, "'self' is not an X12 patient relationship code" },
        { "payer name", c => c with { Payer = c.Payer with { Name = null } }, "payer has no name" },
        { "payer id", c => c with { Payer = c.Payer with { EdiPayerId = " " } }, "no electronic payer id" },
        { "claim filing indicator", c => c with { Payer = c.Payer with { ClaimFilingIndicator = null } }, "no claim filing indicator" },
        { "claim filing indicator code", c => c with { Payer = c.Payer with { ClaimFilingIndicator = "XX" } }, "'XX' is not an X12 claim filing indicator" },
        { "diagnoses", c => c with { Diagnoses = [] }, "no diagnosis" },
        { "diagnosis code", c => c with { Diagnoses = [c.Diagnoses[0], new(2, "")] }, "Diagnosis B has no code" },
        { "lines", c => c.WithLines(), "no service lines" },
        { "replaced claim number", c => c with { Frequency = ScrubClaimFrequency.Replacement }, "REF*F8" },
    };

    [Theory]
    [MemberData(nameof(ClaimLevelGaps))]
    public void Each_gap_is_one_claim_level_error(string gap, Func<ScrubClaim, ScrubClaim> change, string expected)
    {
        var finding = SingleError(Rule, change(Baseline));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(gap));
    }

    [Fact]
    public void A_line_without_a_procedure_code_is_reported_on_its_line() =>
        Assert.Contains("Line 3 has no procedure code", SingleError(Rule, Baseline.WithLine(3, l => l with { ProcedureCode = " " }), line: 3).Message, StringComparison.Ordinal);

    [Fact]
    public void Every_gap_is_reported_not_just_the_first()
    {
        var claim = Baseline.WithPatient(p => p with { FirstName = null, DateOfBirth = null }) with { Payer = Baseline.Payer with { EdiPayerId = null } };
        Assert.Equal(3, Run(Rule, claim).Count);
    }

    [Fact]
    public void The_rendering_provider_is_optional() => Passes(Rule, Baseline with { RenderingProvider = null });

    [Fact]
    public void The_taxonomy_is_optional() => Passes(Rule, Baseline with { RenderingProvider = Baseline.RenderingProvider! with { Taxonomy = null } });

    [Theory]
    [InlineData("123456789")]
    [InlineData("12-3456789")]
    public void A_tax_id_may_carry_the_ein_hyphen(string taxId) =>
        Passes(Rule, Baseline with { BillingProvider = Baseline.BillingProvider with { TaxId = taxId } });

    [Theory]
    [InlineData("45502")]
    [InlineData("455021234")]
    [InlineData("45502-1234")]
    public void A_patient_zip_is_five_or_nine_digits(string zip) =>
        Passes(Rule, Baseline.WithPatient(p => p with { Address = p.Address! with { PostalCode = zip } }));

    [Theory]
    [InlineData("PO Box 12")]
    [InlineData("P.O. BOX 12")]
    [InlineData("Post Office Box 9")]
    [InlineData("POB 5")]
    public void Post_office_boxes_are_refused_for_the_billing_provider(string line) =>
        Assert.Contains("post-office box", SingleError(Rule, WithBillingStreet(line)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("120 Main Street")]
    [InlineData("1 Pobrook Lane")]
    [InlineData("Boxwood Plaza")]
    public void Street_addresses_are_not_post_office_boxes(string line) => Passes(Rule, WithBillingStreet(line));

    [Fact]
    public void A_patient_may_live_at_a_post_office_box() =>
        Passes(Rule, Baseline.WithPatient(p => p with { Address = p.Address! with { Line1 = "PO Box 12" } }));

    private static ScrubClaim WithBillingStreet(string line) =>
        Baseline with { BillingProvider = Baseline.BillingProvider with { Address = Baseline.BillingProvider.Address! with { Line1 = line } } };

    [Fact]
    public void Institutional_claims_need_no_place_of_service() =>
        Passes(Rule, Baseline with { Form = ScrubClaimForm.Institutional, PlaceOfService = null });

    [Theory]
    [InlineData(ScrubClaimForm.Professional, 50, false)]
    [InlineData(ScrubClaimForm.Professional, 51, true)]
    [InlineData(ScrubClaimForm.Institutional, 51, false)]
    public void Line_count_is_capped_by_the_transaction(ScrubClaimForm form, int lines, bool fires)
    {
        var claim = Baseline.WithLines(Enumerable.Range(1, lines)
            .Select(n => ScrubBaseline.Line(n, "36415", Coding.CodeSystem.Cpt, 12.50m, 1)).ToArray()) with { Form = form };
        var findings = Run(Rule, claim);
        if (fires) Assert.Contains("at most 50", Assert.Single(findings).Message, StringComparison.Ordinal);
        else Assert.Empty(findings);
    }
}
