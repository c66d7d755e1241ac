namespace RevenueCycle.X12;

/// <summary>Envelopes for hand-written test bodies, with correct counts so only the body is under test.</summary>
internal static class Envelope
{
    public static X12Envelope For(int controlNumber) => new()
    {
        SenderId = "SENDER",
        ReceiverId = "RECEIVER",
        InterchangeControlNumber = controlNumber,
        CreatedAt = new DateTime(2024, 1, 5, 9, 30, 0, DateTimeKind.Utc),
    };

    public static string Wrap835(string claims, string payment = "100")
    {
        var body = $"BPR*I*{payment}*C*CHK************20240105~TRN*1*TRACE1*1999999999~N1*PR*PAYER~N1*PE*CLINIC*XX*1234567893~" + claims;
        return Wrap("HP", "835", "005010X221A1", body);
    }

    public static string Wrap(string functionalId, string transaction, string version, string body)
    {
        var segments = body.Split('~', StringSplitOptions.RemoveEmptyEntries).Length + 2;
        return "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240105*0930*^*00501*000000001*0*P*:~" +
               $"GS*{functionalId}*SENDER*RECEIVER*20240105*0930*1*X*{version}~ST*{transaction}*0001~{body}" +
               $"SE*{segments}*0001~GE*1*1~IEA*1*000000001~";
    }
}
