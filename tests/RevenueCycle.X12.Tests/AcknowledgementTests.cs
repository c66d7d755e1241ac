namespace RevenueCycle.X12;

public class AcknowledgementTests
{
    [Fact]
    public void An_accepted_277ca_claim()
    {
        var ack = Assert.Single(Acknowledgement277.Parse(TestData.Sample("x12_277CA_accepted.txt")));

        Assert.Equal("5781", ack.PatientControlNumber);
        Assert.Equal("1107000000014420", ack.PayerClaimControlNumber);
        Assert.Equal(AcknowledgementOutcome.Accepted, ack.Outcome);
        Assert.Equal([new AcknowledgementStatus("A2", "20", null, new DateOnly(2011, 3, 11), "WQ", 125m)], ack.Statuses);
        Assert.Equal(125m, ack.ChargeAmount);
        Assert.Equal(("1234567890", "LL99999X"), (ack.BillingProviderId, ack.PatientMemberId));
        Assert.Equal(new PartyName("TPATIENT", "THEBE", "S"), ack.PatientName);
        // The sample's DTP*472 really is 10010101.
        Assert.Equal(new DateOnly(1001, 1, 1), ack.ServiceFrom);
    }

    [Fact]
    public void A_rejected_277ca_claim_with_a_pipe_component_separator()
    {
        var ack = Assert.Single(Acknowledgement277.Parse(TestData.Sample("x12_277CA_rejected.txt")));

        Assert.Equal(("3920394930203", "1107000000001120"), (ack.PatientControlNumber, ack.PayerClaimControlNumber));
        Assert.Equal(AcknowledgementOutcome.Rejected, ack.Outcome);
        var status = Assert.Single(ack.Statuses);
        Assert.Equal(("A7", "562", "85", 199.14m), (status.CategoryCode, status.StatusCode, status.EntityCode, status.Amount!.Value));
        Assert.True(status.IsRejection);
        Assert.Equal("731", ack.BillType);
        Assert.Equal((new DateOnly(2009, 3, 11), new DateOnly(2009, 3, 11)), (ack.ServiceFrom!.Value, ack.ServiceTo!.Value));
    }

    [Fact]
    public void Several_claims_each_get_their_own_outcome()
    {
        var body =
            "BHT*0085*08*1*20240105*0930*TH~HL*1**20*1~NM1*PR*2*PAYER*****PI*1~TRN*1*1~DTP*050*D8*20240105~DTP*009*D8*20240105~" +
            "HL*2*1*21*1~NM1*41*2*US*****46*X~TRN*2*BATCH~STC*A1:19*20240105*WQ*300~" +
            "HL*3*2*19*1~NM1*85*2*CLINIC*****XX*1234567893~" +
            "HL*4*3*PT~NM1*QC*1*DOE*JANE****MI*M1~TRN*2*CLM1~STC*A2:20*20240105*WQ*100~REF*1K*P1~DTP*472*RD8*20240101-20240102~" +
            "HL*5*3*PT~NM1*QC*1*DOE*SAM****MI*M2~TRN*2*CLM2~STC*A3:21:85*20240105*U*200******A7:562:85*A6:128~" +
            "SVC*HC:99213*200~STC*A3:35*20240105*U*200~REF*FJ*1~DTP*472*D8*20240101~";
        var text = Envelope.Wrap("HN", "277", "005010X214", body);

        var acks = Acknowledgement277.Parse(text);

        Assert.Equal(["CLM1", "CLM2"], acks.Select(a => a.PatientControlNumber));
        Assert.Equal([AcknowledgementOutcome.Accepted, AcknowledgementOutcome.Rejected], acks.Select(a => a.Outcome));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2)), (acks[0].ServiceFrom!.Value, acks[0].ServiceTo!.Value));
        Assert.Equal(["A3", "A7", "A6", "A3"], acks[1].Statuses.Select(s => s.CategoryCode));
        Assert.Equal(["21", "562", "128", "35"], acks[1].Statuses.Select(s => s.StatusCode));
        Assert.Equal(200m, acks[1].ChargeAmount);
        Assert.All(acks, a => Assert.Equal("1234567893", a.BillingProviderId));
    }

    [Fact]
    public void A_277_claim_without_trace_is_refused()
    {
        var text = Envelope.Wrap("HN", "277", "005010X214", "HL*1**20*1~HL*4*3*PT~NM1*QC*1*DOE~STC*A2:20*20240105~");

        var error = Assert.Throws<X12Exception>(() => Acknowledgement277.Parse(text));

        Assert.Equal(("HL", 5), (error.SegmentId, error.SegmentPosition));
    }

    [Fact]
    public void An_accepted_999()
    {
        // The sample's IEA02 (000000001) does not match its ISA13 (000000286): lenient reading only.
        var ack = Assert.Single(Acknowledgement999.Parse(TestData.Sample("x12_999_accepted.txt"), X12ReaderOptions.Lenient));

        Assert.Equal(("HC", "17456", "A"), (ack.FunctionalId, ack.GroupControlNumber, ack.GroupAcknowledgementCode));
        var set = Assert.Single(ack.Transactions);
        Assert.Equal(("837", "0001", "A", AcknowledgementOutcome.Accepted), (set.TransactionSetId, set.ControlNumber, set.AcknowledgementCode, set.Outcome));
        Assert.Empty(set.SegmentErrors);
    }

    [Fact]
    public void A_rejected_999()
    {
        var ack = Assert.Single(Acknowledgement999.Parse(TestData.Sample("x12_999_rejected.txt")));

        Assert.Equal("R", ack.GroupAcknowledgementCode);
        var set = Assert.Single(ack.Transactions);
        Assert.Equal(("0028", AcknowledgementOutcome.Rejected), (set.ControlNumber, set.Outcome));
        Assert.Equal(["5"], set.ErrorCodes);
        Assert.Equal(new SegmentError("NM", 17, null, "1"), Assert.Single(set.SegmentErrors) with { Elements = [] });
    }

    [Fact]
    public void A_partially_accepted_999_with_element_errors()
    {
        var ack = Assert.Single(Acknowledgement999.Parse(TestData.Sample("DHS_Wisconsin_Sample.txt")));

        Assert.Equal("P", ack.GroupAcknowledgementCode);
        Assert.Equal(["0001", "002", "0003"], ack.Transactions.Select(t => t.ControlNumber));
        Assert.Equal(
            [AcknowledgementOutcome.Accepted, AcknowledgementOutcome.Rejected, AcknowledgementOutcome.Rejected],
            ack.Transactions.Select(t => t.Outcome));
        var clm = Assert.Single(ack.Transactions[1].SegmentErrors);
        Assert.Equal(("CLM", 22, "8"), (clm.SegmentId, clm.Position!.Value, clm.ErrorCode));
        Assert.Equal([new ElementError("2", "782", "1")], clm.Elements);
        Assert.Equal(("REF", 57), (ack.Transactions[2].SegmentErrors[0].SegmentId, ack.Transactions[2].SegmentErrors[0].Position!.Value));
    }

    [Fact]
    public void A_999_with_an_ak2_but_no_ik5_is_refused()
    {
        var text = Envelope.Wrap("FA", "999", "005010X231A1", "AK1*HC*1*005010X222A1~AK2*837*0001~AK9*A*1*1*1~");

        var error = Assert.Throws<X12Exception>(() => Acknowledgement999.Parse(text));

        Assert.Equal(("AK2", 5), (error.SegmentId, error.SegmentPosition));
    }

    [Fact]
    public void Acknowledgement_parsers_refuse_other_transaction_types()
    {
        Assert.Throws<X12Exception>(() => Acknowledgement277.Parse(TestData.Sample("x12_999_rejected.txt")));
        Assert.Throws<X12Exception>(() => Acknowledgement999.Parse(TestData.Sample("x12_277CA_accepted.txt")));
    }
}
