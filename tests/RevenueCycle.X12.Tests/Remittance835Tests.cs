namespace RevenueCycle.X12;

public class Remittance835Tests
{
    private static RemittanceAdvice Single(string name) =>
        Assert.Single(Remittance835.Parse(TestData.Sample(name), Samples.OptionsFor(name)));

    /// <summary>All five 835 samples balance: BPR02 = ΣCLP04 − ΣPLB. None needed an exception.</summary>
    [Theory]
    [MemberData(nameof(Remittances))]
    public void Every_835_sample_reconciles(string name)
    {
        foreach (var remittance in Remittance835.Parse(TestData.Sample(name), Samples.OptionsFor(name)))
        {
            Assert.Equal(remittance.Payment.Amount, remittance.ExpectedPaymentAmount);
            Assert.True(remittance.IsBalanced);
        }
    }

    [Fact]
    public void Medicare_part_a_balances_only_with_its_negative_plb()
    {
        var r = Single("medicare-part-a.835");

        Assert.Equal(150000.00m, r.Payment.Amount);
        Assert.Equal(149998.73m, r.Claims.Sum(c => c.Paid));
        var plb = Assert.Single(r.ProviderAdjustments);
        Assert.Equal(new ProviderAdjustment("6543210903", new DateOnly(2002, 12, 31), "CV", "CP", -1.27m), plb);
    }

    [Fact]
    public void Medicare_part_a_institutional_claims()
    {
        var r = Single("medicare-part-a.835");

        Assert.Equal(new RemittancePayment("C", 150000.00m, "C", "ACH", "CTX", new DateOnly(2002, 9, 13)), r.Payment);
        Assert.Equal(("12345", "1512345678"), (r.TraceNumber, r.TraceOriginatorId));
        Assert.Equal(new RemittancePayer("INSURANCE COMPANY OF TIMBUCKTU", "999"), r.Payer);
        Assert.Equal(new RemittancePayee("REGIONAL HOPE HOSPITAL", "6543210903", null), r.Payee);
        Assert.Equal(["666123", "777777"], r.Claims.Select(c => c.PatientControlNumber));
        var first = r.Claims[0];
        Assert.Equal(("MA", "11", "1", 211366.97m), (first.ClaimFilingIndicator, first.FacilityTypeCode, first.FrequencyCode, first.TotalCharge));
        Assert.Equal([new ClaimAdjustment("CO", "45", 73348.57m)], first.Adjustments);
        Assert.Equal((new DateOnly(2002, 8, 16), new DateOnly(2002, 8, 24)), (first.StatementFrom!.Value, first.StatementTo!.Value));
        Assert.Empty(first.Lines);
        Assert.Equal(["MA02"], r.Claims[1].RemarkCodes);
        Assert.Equal(new PartyName("BORDER", "LIZ", "E"), r.Claims[1].PatientName);
        Assert.Equal(("HN", "996669999B"), (r.Claims[1].PatientIdQualifier, r.Claims[1].PatientId));
    }

    [Fact]
    public void Managed_care_claim_and_line_adjustments()
    {
        var r = Single("managed-care.835");

        Assert.Equal(new RemittancePayee("ACME MEDICAL CENTER", "5544667733", "777667755"), r.Payee);
        Assert.Equal(("I", 945.00m, "ACH", "CCP"), (r.Payment.HandlingCode, r.Payment.Amount, r.Payment.Method, r.Payment.Format));
        // BPR16 is 20002316 (month 23): read as no date in lenient mode, refused in strict mode.
        Assert.Null(r.Payment.Date);
        Assert.Equal(new DateOnly(2002, 3, 14), r.ProductionDate);

        var second = r.Claims[1];
        Assert.Equal(("8765432112", "1", 1200.00m, 495.00m, 600.00m, "94077799230000"),
            (second.PatientControlNumber, second.StatusCode, second.TotalCharge, second.Paid, second.PatientResponsibility!.Value, second.PayerClaimControlNumber));
        Assert.Equal([new ClaimAdjustment("CO", "A2", 55.00m)], second.Adjustments);
        var line = Assert.Single(second.Lines);
        Assert.Equal(("HC", "93555", 1200.00m, 550.00m), (line.ProcedureQualifier, line.ProcedureCode, line.Charge, line.Paid));
        Assert.Equal([new ClaimAdjustment("PR", "1", 600.00m), new ClaimAdjustment("CO", "45", 50.00m)], line.Adjustments);
        Assert.Equal((new DateOnly(2002, 3, 10), new DateOnly(2002, 3, 12)), (line.ServiceStart!.Value, line.ServiceEnd!.Value));
    }

    [Fact]
    public void Denied_claim_with_line_remarks()
    {
        var r = Single("835_mult_loops.txt");

        Assert.Equal(new RemittancePayment("H", 0m, "C", "NON", null, new DateOnly(2004, 10, 28)), r.Payment);
        Assert.Equal(new RemittancePayee("UNKNOWN", null, "444313000"), r.Payee);
        var claim = Assert.Single(r.Claims);
        Assert.Equal(("2005555A", "4", 915.39m, 0m), (claim.PatientControlNumber, claim.StatusCode, claim.TotalCharge, claim.Paid));
        Assert.Equal(new PartyName("BACH", "JOHANN", "S"), claim.PatientName);
        Assert.Equal([68m, 16m, 36m], claim.Lines.Select(l => l.Units!.Value));
        Assert.Equal(["CO-16", "OA-A7", "OA-A7"], claim.Lines.Select(l => $"{l.Adjustments[0].GroupCode}-{l.Adjustments[0].ReasonCode}"));
        Assert.All(claim.Lines, l => Assert.Equal(["N14"], l.RemarkCodes));
        Assert.Equal(claim.TotalCharge, claim.Lines.Sum(l => l.Adjustments.Sum(a => a.Amount)));
    }

    [Fact]
    public void Secondary_claim_with_negative_adjustment_and_a_foreign_component_separator()
    {
        var r = Single("cob-contractural-adjustment.835");

        // The sample puts its payment date in BPR15 (one separator short), so BPR16 is empty.
        Assert.Null(r.Payment.Date);
        var claim = Assert.Single(r.Claims);
        Assert.Equal(("0001000055", "2", 541.00m, 34.00m), (claim.PatientControlNumber, claim.StatusCode, claim.TotalCharge, claim.Paid));
        var line = Assert.Single(claim.Lines);
        // SVC01 is "HC>55669" although ISA16 is ':'.
        Assert.Equal(("HC", "55669", 1.00m), (line.ProcedureQualifier, line.ProcedureCode, line.Units!.Value));
        Assert.Equal([new ClaimAdjustment("OA", "23", 516.00m), new ClaimAdjustment("OA", "94", -9.00m)], line.Adjustments);
        Assert.Equal(550.00m, line.AllowedAmount);
        Assert.Equal(new DateOnly(2005, 2, 2), line.ServiceDate);
    }

    [Fact]
    public void Medicaid_professional_lines_with_modifiers_and_denials()
    {
        var r = Single("profee.edi");

        Assert.Equal(3, r.Claims.Count);
        Assert.Equal(10, r.Claims.Sum(c => c.Lines.Count));
        Assert.Equal(new RemittancePayee("MAJOR MEDICAL PROVIDER", "9999999995", "000000000"), r.Payee);
        var first = r.Claims[0].Lines[0];
        Assert.Equal(("V2020", 6m, 6m), (first.ProcedureCode, first.Charge, first.Paid));
        Assert.Equal(["RB"], first.Modifiers);
        Assert.All(r.Claims[1].Lines, l => Assert.Equal("29", Assert.Single(l.Adjustments).ReasonCode));
        Assert.Equal(["N206"], r.Claims[2].Lines[3].RemarkCodes);
        Assert.Equal(new DateOnly(2013, 9, 17), r.Claims[2].Lines[1].ServiceDate);
    }

    [Fact]
    public void Several_transaction_sets_give_several_remittances()
    {
        var one = Single("835_mult_loops.txt");
        var text = Remittance835Writer.Write([one, one with { TraceNumber = "SECOND" }], Envelope.For(7));

        var all = Remittance835.Parse(text);

        Assert.Equal(["000000000", "SECOND"], all.Select(r => r.TraceNumber));
        Assert.Equal(["0001", "0002"], all.Select(r => r.ControlNumber));
    }

    [Fact]
    public void A_cas_with_six_triplets_gives_six_adjustments()
    {
        var text = Envelope.Wrap835(
            "CLP*1*1*100*40~CAS*CO*45*10*1*A1*10**B1*10**B2*10**B3*10**B4*10*2.5~");

        var claim = Assert.Single(Assert.Single(Remittance835.Parse(text)).Claims);

        Assert.Equal(["45", "A1", "B1", "B2", "B3", "B4"], claim.Adjustments.Select(a => a.ReasonCode));
        Assert.Equal([1m, null, null, null, null, 2.5m], claim.Adjustments.Select(a => a.Quantity));
    }

    [Fact]
    public void A_plb_with_several_pairs_gives_one_adjustment_per_pair()
    {
        var text = Envelope.Wrap835("CLP*1*1*100*100~PLB*123*20241231*WO:CLAIM9*25.5*L6*-0.5~", payment: "75");

        var r = Assert.Single(Remittance835.Parse(text));

        Assert.Equal(
            [new ProviderAdjustment("123", new DateOnly(2024, 12, 31), "WO", "CLAIM9", 25.5m),
             new ProviderAdjustment("123", new DateOnly(2024, 12, 31), "L6", null, -0.5m)],
            r.ProviderAdjustments);
        Assert.True(r.IsBalanced);
    }

    [Theory]
    [InlineData("CLP*1*1*abc*100~", "CLP03 'abc' is not a number")]
    [InlineData("CLP*1*1*100*1e5~", "CLP04 '1e5' is not a number")]
    [InlineData("CLP*1*1*100*1,000~", "CLP04 '1,000' is not a number")]
    [InlineData("CLP*1*1*100*99999999999999999999999999999999~", "is not a number")]
    [InlineData("CLP*1*1*100~", "CLP04 is required")]
    [InlineData("CLP*1*1*100*100~CAS*CO*45*ten~", "CAS03 'ten' is not a number")]
    [InlineData("CLP*1*1*100*100~CAS*CO~", "CAS has no reason code")]
    [InlineData("CLP*1*1*100*100~SVC*HC*100*100~", "SVC01 needs a qualifier and a procedure code")]
    [InlineData("CLP*1*1*100*100~DTM*232*20241301~", "DTM02 '20241301' is not a CCYYMMDD date")]
    [InlineData("CLP*1*1*100*100~PLB*1*2024*WO*1~", "PLB02 '2024' is not a CCYYMMDD date")]
    [InlineData("SVC*HC:1*1*1~", "SVC outside a CLP claim loop")]
    [InlineData("CLP*1*1*100*100~PLB*1*20241231*WO*1~CLP*2*1*1*1~", "CLP after PLB")]
    public void Bad_835_content_throws_an_x12_exception_naming_the_segment(string body, string message)
    {
        var error = Assert.Throws<X12Exception>(() => Remittance835.Parse(Envelope.Wrap835(body)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.SegmentPosition > 3);
    }

    [Fact]
    public void An_835_without_bpr_or_payer_is_refused()
    {
        var noBpr = Envelope.Wrap835("CLP*1*1*1*1~").Replace("BPR*I*100*C*CHK************20240105~", "", StringComparison.Ordinal);
        var noPayer = Envelope.Wrap835("CLP*1*1*1*1~").Replace("N1*PR*PAYER~", "", StringComparison.Ordinal);

        Assert.Contains("no BPR", Assert.Throws<X12Exception>(() => Remittance835.Parse(noBpr, X12ReaderOptions.Lenient)).Message, StringComparison.Ordinal);
        Assert.Contains("no N1*PR", Assert.Throws<X12Exception>(() => Remittance835.Parse(noPayer, X12ReaderOptions.Lenient)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_transaction_type_is_refused()
    {
        var error = Assert.Throws<X12Exception>(() => Remittance835.Parse(TestData.Sample("demo.837i")));

        Assert.Equal(("ST", 3), (error.SegmentId, error.SegmentPosition));
    }

    public static TheoryData<string> Remittances() => Samples.Names(SampleKind.Remittance835);
}
