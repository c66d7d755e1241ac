namespace RevenueCycle.X12;

/// <summary>
/// Shapes that crash index-based parsers (bare segment ids, empty composites, half periods, runaway numbers).
/// The fuzz campaign (and a one-off 20,000-cases-per-sample run) found no failure other than X12Exception;
/// these pin the edge cases the parsers were written to survive.
/// </summary>
public class HostileInputTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { "835", "CLP~" },
        { "835", "CLP*~" },
        { "835", "CLP*1*1*1*1~SVC~" },
        { "835", "CLP*1*1*1*1~SVC*:~" },
        { "835", "CLP*1*1*1*1~SVC*HC:~" },
        { "835", "CLP*1*1*1*1~CAS~" },
        { "835", "CLP*1*1*1*1~CAS*CO*45~" },
        { "835", "CLP*1*1*1*1~DTM~" },
        { "835", "CLP*1*1*1*1~PLB~" },
        { "835", "CLP*1*1*1*1~PLB*1*20241231*:*5~" },
        { "835", "CLP*1*1*1*79228162514264337593543950336~" },
        { "835", "CLP*1*1*1*-~" },
        { "835", "CLP*1*1*1*.~" },
        { "837", "HL~" },
        { "837", "HL*1**99*1~" },
        { "837", "CLM*1*1~" },
        { "837", "LX*1~" },
        { "837", "NM1*41*2*S*****46*1~NM1*40*2*R*****46*2~HL*1**20*1~NM1*85*2*B*****XX*1~N3*A~N4*B*C*D~REF*EI*1~HL*2*1*22*0~SBR*P********CI~NM1*IL*1*L~NM1*PR*2*P*****PI*1~CLM*1*10***11:B:1~HI*ABK~LX*1~SV1~" },
        { "837", "NM1*41*2*S*****46*1~NM1*40*2*R*****46*2~HL*1**20*1~NM1*85*2*B*****XX*1~N3*A~N4*B*C*D~REF*EI*1~HL*2*1*22*0~SBR*P********CI~NM1*IL*1*L****MI*1~NM1*PR*2*P*****PI*1~CLM*1*10***11:B:1~LX*1~SV1*HC:1*1*UN*1***:x~" },
        { "837", "NM1*41*2*S*****46*1~NM1*40*2*R*****46*2~HL*1**20*1~NM1*85*2*B*****XX*1~N3*A~N4*B*C*D~REF*EI*1~HL*2*1*22*0~SBR*P********CI~NM1*IL*1*L****MI*1~NM1*PR*2*P*****PI*1~CLM*1*10***11:B:1~LX*1~SV1*HC:1*1*UN*1~DTP*472*RD8*20240101-~" },
        { "837", "NM1*41*2*S*****46*1~NM1*40*2*R*****46*2~HL*1**20*1~NM1*85*2*B*****XX*1~HL*2*1*22*0~HL*3*2*23*0~CLM*1*10***11:B:1~" },
        { "277", "HL*1**PT~TRN*2*X~STC~" },
        { "277", "HL*1**PT~TRN*2*X~STC*:~" },
        { "277", "HL*1**PT~TRN*2*X~STC*A1*2024~" },
        { "277", "HL*1**PT~TRN*2*X~STC*A1~DTP*472*RD8*x~" },
        { "999", "AK1~AK9~" },
        { "999", "AK1*HC*1~IK4*1*1*1~AK9*A~" },
        { "999", "AK1*HC*1~AK2*837*1~IK3*CLM*99999999999~IK5*R~AK9*R~" },
        { "999", "AK1*HC*1~IK5*A~AK9*A~" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Hostile_bodies_throw_x12_exception_with_a_position(string transaction, string body)
    {
        var (group, version) = transaction switch
        {
            "835" => ("HP", "005010X221A1"),
            "837" => ("HC", "005010X222A1"),
            "277" => ("HN", "005010X214"),
            _ => ("FA", "005010X231A1"),
        };
        var text = transaction == "835" ? Envelope.Wrap835(body) : Envelope.Wrap(group, transaction, version, body);
        var kind = transaction switch
        {
            "835" => SampleKind.Remittance835,
            "837" => SampleKind.Claim837,
            "277" => SampleKind.Acknowledgement277,
            _ => SampleKind.Acknowledgement999,
        };

        var error = Assert.Throws<X12Exception>(() => Samples.ParseTyped(kind, text, X12ReaderOptions.Strict));

        Assert.True(error.SegmentPosition >= 3, error.Message);
        Assert.NotEqual("", error.SegmentId);
    }
}
