namespace RevenueCycle.X12;

public class Claim837WriterTests
{
    private static string[] Segments(string text) => text.Split("~\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_professional_claim_reads_back_equal()
    {
        var claim = ClaimFactory.Professional();

        var text = Claim837Writer.Write([claim], Envelope.For(1001));

        Structural.AssertEqual(claim, Assert.Single(Claim837Reader.Parse(text)));
    }

    [Fact]
    public void An_institutional_claim_reads_back_equal_except_for_the_dots_in_its_codes()
    {
        var claim = ClaimFactory.Institutional();

        var text = Claim837Writer.Write([claim], Envelope.For(1002));

        var expected = claim with { Diagnoses = [.. claim.Diagnoses.Select(d => d.Replace(".", "", StringComparison.Ordinal))] };
        Structural.AssertEqual(expected, Assert.Single(Claim837Reader.Parse(text)));
    }

    [Fact]
    public void Writes_the_professional_segments_the_implementation_guide_expects()
    {
        var text = Claim837Writer.Write([ClaimFactory.Professional()], Envelope.For(1001));

        Assert.Equal(
        [
            "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240105*0930*^*00501*000001001*0*P*:",
            "GS*HC*SENDER*RECEIVER*20240105*0930*1001*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*0001*20240105*0930*CH",
            "NM1*41*2*RIVERSIDE BILLING*****46*RB12345",
            "PER*IC*ANA LOPEZ*TE*5551234567",
            "NM1*40*2*ACME CLEARINGHOUSE*****46*ACMECH",
            "HL*1**20*1",
            "PRV*BI*PXC*207Q00000X",
            "NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893",
            "N3*100 MAIN ST*SUITE 2",
            "N4*SPRINGFIELD*IL*627010001",
            "REF*EI*123456789",
            "NM1*87*2",
            "N3*PO BOX 55",
            "N4*SPRINGFIELD*IL*627050055",
            "HL*2*1*22*1",
            "SBR*P**GRP9******CI",
            "NM1*IL*1*DOE*JANE*Q***MI*MBR0001",
            "N3*12 ELM ST",
            "N4*SPRINGFIELD*IL*62704",
            "DMG*D8*19800229*F",
            "NM1*PR*2*ACME HEALTH PLAN*****PI*60054",
            "N3*PO BOX 1",
            "N4*HARTFORD*CT*06101",
            "HL*3*2*23*0",
            "PAT*19",
            "NM1*QC*1*DOE*SAM***JR",
            "N3*12 ELM ST",
            "N4*SPRINGFIELD*IL*62704",
            "DMG*D8*20150601*M",
            "CLM*CLM000123*245***11:B:7*Y*A*Y*Y",
            "REF*F8*PCN0000777",
            "HI*ABK:E119*ABF:J069*ABF:I10",
            "NM1*82*1*SMITH*ALEX*B***XX*1497758544",
            "PRV*PE*PXC*207R00000X",
            "LX*1",
            "SV1*HC:99214:25*150*UN*1***1:2",
            "DTP*472*D8*20240103",
            "REF*6R*CLM000123-1",
            "LX*2",
            "SV1*HC:93000*95*UN*1.5*22**3",
            "DTP*472*RD8*20240103-20240104",
            "REF*6R*CLM000123-2",
            "SE*43*0001",
            "GE*1*1001",
            "IEA*1*000001001",
        ],
        Segments(text));
    }

    [Fact]
    public void Writes_institutional_claim_segments_and_splits_other_diagnoses_twelve_per_hi()
    {
        var segments = Segments(Claim837Writer.Write([ClaimFactory.Institutional()], Envelope.For(1002)));

        Assert.Contains("ST*837*0001*005010X223A2", segments);
        Assert.Contains("CLM*INST0042*1234.56***13:A:1**A*Y*Y", segments);
        Assert.Contains("DTP*434*RD8*20240210-20240211", segments);
        Assert.Contains("CL1*1*7*01", segments);
        Assert.Equal(
            ["HI*ABK:R079", "HI*ABF:I10*ABF:E785*ABF:Z794*ABF:Z87891*ABF:E119*ABF:J45909*ABF:K219*ABF:M545*ABF:N390*ABF:R519*ABF:F419*ABF:G4733", "HI*ABF:R5383"],
            segments.Where(s => s.StartsWith("HI*", StringComparison.Ordinal)));
        Assert.Contains("NM1*71*1*WELBY*MARCUS****XX*1093857261", segments);
        Assert.Contains("PRV*AT*PXC*207P00000X", segments);
        Assert.Contains("SV2*0450*HC:99284:25*900*UN*1", segments);
        Assert.Contains("SV2*0250**100*UN*3", segments);
    }

    [Fact]
    public void Groups_claims_into_transaction_sets_and_hl_loops()
    {
        var dependent = ClaimFactory.Professional();
        var self = dependent with { ClaimNumber = "SELF1", Patient = null, FrequencyCode = "1", PayerClaimControlNumber = null };
        var otherProvider = self with
        {
            ClaimNumber = "OTHER1",
            BillingProvider = self.BillingProvider with { Npi = "1669400004" },
        };
        var institutional = ClaimFactory.Institutional();

        var text = Claim837Writer.Write([dependent, self, otherProvider, institutional], Envelope.For(5));
        var interchange = X12Reader.Read(text);

        Assert.Equal(["005010X222A1", "005010X223A2"], interchange.Groups.Select(g => g.Version));
        var hl = interchange.Groups[0].Transactions.Single().Body.Where(s => s.Id == "HL").Select(s => s.ToString());
        Assert.Equal(["HL*1**20*1", "HL*2*1*22*1", "HL*3*2*23*0", "HL*4**20*1", "HL*5*4*22*0"], hl);
        Assert.Equal("18", interchange.Groups[0].Transactions.Single().Body.First(s => s.Id == "SBR").Element(2));
        Assert.Equal(["0001", "0002"], interchange.Transactions.Select(t => t.ControlNumber));
        var again = Claim837Reader.Parse(interchange);
        // Within a subscriber loop, the subscriber's own claims come before the dependents' HL 23 loops.
        Assert.Equal(["SELF1", "CLM000123", "OTHER1", "INST0042"], again.Select(c => c.ClaimNumber));
        var undotted = institutional with { Diagnoses = [.. institutional.Diagnoses.Select(d => d.Replace(".", "", StringComparison.Ordinal))] };
        Structural.AssertEqual(new[] { self, dependent, otherProvider, undotted }, again);
    }

    [Fact]
    public void Honours_custom_delimiters()
    {
        var claim = ClaimFactory.Professional();
        var envelope = Envelope.For(9) with { Delimiters = new X12Delimiters('|', '>', '!', '\n'), LineBreak = "" };

        var text = Claim837Writer.Write([claim], envelope);

        Assert.Contains("\nSV1|HC>99214>25|150|UN|1|||1>2\n", text, StringComparison.Ordinal);
        Structural.AssertEqual(claim, Assert.Single(Claim837Reader.Parse(text)));
    }

    public static TheoryData<string> InvalidClaims() =>
    [
        "frequency 7 without REF*F8",
        "pointer beyond the diagnoses",
        "five pointers",
        "total not the sum of lines",
        "no lines",
        "no diagnoses",
        "delimiter in a name",
        "attending on a professional claim",
        "institutional without statement dates",
        "institutional line without revenue code",
        "five modifiers",
        "birth date without sex",
        "no claim filing indicator",
        "thirteen professional diagnoses",
    ];

    [Theory]
    [MemberData(nameof(InvalidClaims))]
    public void Refuses_a_claim_a_payer_would_reject(string problem)
    {
        var p = ClaimFactory.Professional();
        var i = ClaimFactory.Institutional();
        var claim = problem switch
        {
            "frequency 7 without REF*F8" => p with { PayerClaimControlNumber = null },
            "pointer beyond the diagnoses" => p with { Lines = [p.Lines[0] with { DiagnosisPointers = [4] }, p.Lines[1]] },
            "five pointers" => p with { Lines = [p.Lines[0] with { DiagnosisPointers = [1, 2, 3, 1, 2] }, p.Lines[1]] },
            "total not the sum of lines" => p with { TotalCharge = 245.01m },
            "no lines" => p with { Lines = [], TotalCharge = 0 },
            "no diagnoses" => p with { Diagnoses = [] },
            "delimiter in a name" => p with { Patient = p.Patient! with { Name = new PartyName("O~NEIL", "SAM") } },
            "attending on a professional claim" => p with { AttendingProvider = i.AttendingProvider },
            "institutional without statement dates" => i with { StatementThrough = null },
            "institutional line without revenue code" => i with { Lines = [i.Lines[0] with { RevenueCode = null }, i.Lines[1], i.Lines[2]] },
            "five modifiers" => p with { Lines = [p.Lines[0] with { Modifiers = ["25", "59", "76", "77", "91"] }, p.Lines[1]] },
            "birth date without sex" => p with { Subscriber = p.Subscriber with { Sex = null } },
            "no claim filing indicator" => p with { Subscriber = p.Subscriber with { ClaimFilingIndicator = null } },
            "thirteen professional diagnoses" => p with { Diagnoses = [.. Enumerable.Range(0, 13).Select(n => $"Z{n:D2}")] },
            _ => throw new InvalidOperationException(problem),
        };
        using var output = new StringWriter();

        Assert.Throws<ArgumentException>(() => Claim837Writer.Write(output, [claim], Envelope.For(1)));
        Assert.Equal("", output.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000_000)]
    public void Refuses_an_out_of_range_interchange_control_number(int control)
    {
        Assert.Throws<ArgumentException>(() => Claim837Writer.Write([ClaimFactory.Professional()], Envelope.For(control)));
    }

    [Fact]
    public void Refuses_a_sender_id_longer_than_the_isa_allows()
    {
        var envelope = Envelope.For(1) with { SenderId = "SIXTEEN-CHARS-ID" };

        Assert.Throws<ArgumentException>(() => Claim837Writer.Write([ClaimFactory.Professional()], envelope));
    }
}
