namespace RevenueCycle.X12;

public class Claim837SampleTests
{
    private static IReadOnlyList<Claim837> Parse(string name) =>
        Claim837Reader.Parse(TestData.Sample(name), Samples.OptionsFor(name));

    [Theory]
    [InlineData("x12_complex.txt", ClaimKind.Professional, 6, 10)]
    [InlineData("demo.cob.example3.B.837", ClaimKind.Professional, 1, 3)]
    [InlineData("demo.ambulance.example5.837", ClaimKind.Professional, 1, 4)]
    [InlineData("demo.drug.example10.2.837", ClaimKind.Professional, 1, 6)]
    [InlineData("Example3_COB.txt", ClaimKind.Professional, 1, 3)]
    [InlineData("x223-test.txt", ClaimKind.Institutional, 1, 1)]
    [InlineData("demo.837i", ClaimKind.Institutional, 1, 2)]
    [InlineData("Spec_3.1.2_TwoClaimsForTheSameProvider.txt", ClaimKind.Institutional, 2, 3)]
    public void Every_837_sample_gives_its_claims_and_lines(string name, ClaimKind kind, int claims, int lines)
    {
        var parsed = Parse(name);

        Assert.Equal(claims, parsed.Count);
        Assert.Equal(lines, parsed.Sum(c => c.Lines.Count));
        Assert.All(parsed, c => Assert.Equal(kind, c.Kind));
    }

    [Fact]
    public void Complex_professional_file_keeps_subscribers_patients_and_providers_apart()
    {
        var claims = Parse("x12_complex.txt");

        Assert.Equal(["A37YH556", "A37YH667", "A37YH668"], claims.Take(3).Select(c => c.ClaimNumber));
        var first = claims[0];
        Assert.Null(first.Patient);
        Assert.Equal(new PartyName("DOE", "JOHN", "T", "JR"), first.Subscriber.Name);
        // HI*BK*8901*BF*87200*BF:5559: qualifier and code as separate elements, read as pairs.
        Assert.Equal(["8901", "87200", "5559"], first.Diagnoses);
        // The pay-to plan loop (NM1*PE) has its own REF*EI; the billing provider's is 123456789.
        Assert.Equal(("1234567890", "123456789", "207Q"), (first.BillingProvider.Npi, first.BillingProvider.TaxId, first.BillingProvider.TaxonomyCode));
        Assert.Equal(new PostalAddress("227 LASTNER LANE", null, "GREENBELT", "MD", "20770"), first.PayToAddress);
        Assert.Equal("2310B1", first.RenderingProvider!.Name.Last);
        Assert.Equal(new Submitter837("ANGELASZEK MEDICAL", "999999999", "DAVID ANGELASZEK", "3016809770"), first.Submitter);
        Assert.Equal([12.25m, 13.26m], first.Lines.Select(l => l.Charge));
        Assert.Equal(["25"], first.Lines[0].Modifiers);
        Assert.Equal("11", first.Lines[0].PlaceOfService);

        var dependent = claims[1];
        Assert.Equal(new PartyName("DOE", "DAVID", "J", "JR"), dependent.Subscriber.Name);
        Assert.Equal(new PartyName("JONES", "STEVEN", "J"), dependent.Patient!.Name);
        Assert.Equal(("01", new DateOnly(1989, 9, 16), "M"), (dependent.Patient.RelationshipCode, dependent.Patient.BirthDate!.Value, dependent.Patient.Sex));
        // Its only NM1*82 sit in the other-payer (2330D) and line (2420A) loops, which are not the claim's.
        Assert.Null(dependent.RenderingProvider);
        Assert.Equal([1, 2, 3], dependent.Lines[0].DiagnosisPointers);
        Assert.Equal("2310B2", claims[2].RenderingProvider!.Name.Last);
        Assert.Equal("1989", claims[5].Diagnoses[0]);
    }

    [Fact]
    public void Other_payer_loops_do_not_overwrite_the_subscriber()
    {
        var claim = Assert.Single(Parse("Example3_COB.txt"));

        Assert.Equal(new PartyName("SMITH", "JANE"), claim.Subscriber.Name);
        Assert.Equal("111223333", claim.Subscriber.MemberId);
        Assert.Equal(new Payer837("KEY INSURANCE COMPANY", "999996666") { Address = new PostalAddress("3333OCEAN ST", null, "SOUTH MIAMI", "FL", "33000") }, claim.Payer);
        // SBR*P*******CI puts CI in SBR08, one element early; SBR09 is empty.
        Assert.Null(claim.Subscriber.ClaimFilingIndicator);
        Assert.Equal(("19", "TED"), (claim.Patient!.RelationshipCode, claim.Patient.Name.First));
        Assert.Equal(["4779", "2724", "2780", "53081"], claim.Diagnoses);
        Assert.Equal(new Provider837(new PartyName("KILDARE", "BEN"), "1999996666") { TaxonomyCode = "204C00000X" }, claim.RenderingProvider);
        Assert.Equal(79.04m, claim.TotalCharge);
        Assert.Equal(claim.TotalCharge, claim.Lines.Sum(l => l.Charge));
    }

    [Fact]
    public void Institutional_claims_under_a_professional_group_label_read_as_institutional()
    {
        // GS08 says 005010X222 but ST03 says 005010X223 and the lines are SV2.
        var claims = Parse("Spec_3.1.2_TwoClaimsForTheSameProvider.txt");

        Assert.Equal(["756048Q", "756049Q"], claims.Select(c => c.ClaimNumber));
        var first = claims[0];
        Assert.Equal(("13", "1"), (first.PlaceOfService, first.FrequencyCode));
        Assert.Equal((new DateOnly(2005, 3, 15), new DateOnly(2005, 3, 15)), (first.StatementFrom!.Value, first.StatementThrough!.Value));
        Assert.Equal("01", first.PatientStatusCode);
        Assert.Equal(["3669", "4019", "79431"], first.Diagnoses);
        Assert.Equal(["0305", "0730"], first.Lines.Select(l => l.RevenueCode));
        Assert.Equal(3m, first.Lines[1].Units);
        Assert.Equal("1122334455", first.AttendingProvider!.Npi);
        Assert.Equal("363LP0200N", claims[1].AttendingProvider!.TaxonomyCode);
        Assert.Equal("SMITH", claims[1].Subscriber.Name.Last);
    }

    [Fact]
    public void Institutional_codes_beyond_diagnoses_are_skipped()
    {
        var claim = Assert.Single(Parse("demo.837i"));

        Assert.Equal(["3669", "4019", "79431"], claim.Diagnoses);
        Assert.Equal(("3", null, "01"), (claim.AdmissionTypeCode, claim.AdmissionSourceCode, claim.PatientStatusCode));
        Assert.Equal(new Provider837(new PartyName("JONES", "JOHN", "J"), null), claim.AttendingProvider);
        Assert.Equal("MB", claim.Subscriber.ClaimFilingIndicator);
    }

    [Fact]
    public void Drug_lines_keep_their_service_period()
    {
        var claim = Assert.Single(Parse("demo.drug.example10.2.837"));

        Assert.All(claim.Lines, l => Assert.Equal((new DateOnly(2004, 2, 1), new DateOnly(2004, 2, 7)), (l.ServiceDate!.Value, l.ServiceDateEnd!.Value)));
        Assert.Equal(2232.93m, claim.Lines.Sum(l => l.Charge));
        Assert.Equal("10-1234567", claim.BillingProvider.TaxId);
        Assert.Equal("GRP01020102", claim.Subscriber.GroupNumber);
    }

    [Fact]
    public void Ambulance_lines_keep_modifiers_pointers_and_line_control_numbers()
    {
        var claim = Assert.Single(Parse("demo.ambulance.example5.837"));

        Assert.Equal(("41", "1"), (claim.PlaceOfService, claim.FrequencyCode));
        Assert.Equal(["1001", "1002", "1003", "1004"], claim.Lines.Select(l => l.LineControlNumber));
        Assert.All(claim.Lines, l => Assert.Equal(["RH"], l.Modifiers));
        Assert.Equal(21m, claim.Lines[1].Units);
        Assert.Equal([1, 2, 3, 4], claim.Lines[0].DiagnosisPointers);
    }

    [Fact]
    public void Tolerates_whitespace_before_segments_in_an_institutional_test_file()
    {
        // x223-test.txt has "SBR*S*01*******CI~ " and "N3*PO BOX 1234~ N4*FRED…": spaces between segments.
        var claim = Assert.Single(Parse("x223-test.txt"));

        Assert.Equal(new PostalAddress("123 MAIN STREET", "APARTMENT 9", "RIVERDALE", "MD", "20737"), claim.Subscriber.Address);
        Assert.Equal(("1", "7", "30"), (claim.AdmissionTypeCode, claim.AdmissionSourceCode, claim.PatientStatusCode));
        Assert.Equal((new DateOnly(2005, 3, 14), new DateOnly(2005, 3, 25)), (claim.Lines[0].ServiceDate!.Value, claim.Lines[0].ServiceDateEnd!.Value));
        Assert.Equal(["1739"], claim.Diagnoses);
    }

    [Theory]
    [InlineData("demo.ambulance.example5.837")]
    [InlineData("demo.cob.example3.B.837")]
    [InlineData("demo.drug.example10.2.837")]
    [InlineData("demo.837i")]
    [InlineData("Spec_3.1.2_TwoClaimsForTheSameProvider.txt")]
    public void Sample_claims_that_pass_validation_survive_write_and_read(string name)
    {
        // The other three fail the writer's checks on purpose: x12_complex.txt and x223-test.txt bill a total that
        // is not the sum of their lines; Example3_COB.txt has no SBR09 claim filing indicator.
        var claims = Parse(name);

        var again = Claim837Reader.Parse(Claim837Writer.Write(claims, Envelope.For(77)));

        Structural.AssertEqual(claims, again);
    }

    [Fact]
    public void Another_transaction_type_is_refused()
    {
        var error = Assert.Throws<X12Exception>(() => Claim837Reader.Parse(TestData.Sample("profee.edi")));

        Assert.Equal("ST", error.SegmentId);
    }
}
