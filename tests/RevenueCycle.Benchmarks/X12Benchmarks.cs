using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using RevenueCycle.X12;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// Reading a payer's 835 of 10,000 claims (written by our own 835 writer) and writing an 837P batch of 10,000 claims.
/// The Throughput column turns the mean into MB/s of X12 text (and claims/s) from the files' sizes, which are the
/// same in every run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class X12Benchmarks
{
    public const int Claims = 10_000;

    private static readonly X12Envelope Envelope = new()
    {
        SenderId = "SENDER", ReceiverId = "RECEIVER", InterchangeControlNumber = 1001,
        CreatedAt = new DateTime(2024, 1, 5, 9, 30, 0, DateTimeKind.Utc),
    };

    /// <summary>The inputs, built once per process (also read by the column).</summary>
    public static readonly Lazy<string> RemittanceFile = new(() => Remittance835Writer.Write([Remittance()], Envelope));
    public static readonly Lazy<List<Claim837>> ClaimDrafts = new(() => [.. Enumerable.Range(0, Claims).Select(Claim)]);
    public static readonly Lazy<string> ClaimFile = new(() => Claim837Writer.Write(ClaimDrafts.Value, Envelope));

    private string _remittance = "";
    private List<Claim837> _claims = [];

    [GlobalSetup]
    public void Setup()
    {
        _remittance = RemittanceFile.Value;
        _claims = ClaimDrafts.Value;
    }

    [Benchmark]
    public int Parse_835_with_10000_claims() => Remittance835.Parse(_remittance)[0].Claims.Count;

    [Benchmark]
    public int Write_837P_with_10000_claims() => Claim837Writer.Write(_claims, Envelope).Length;

    private static RemittanceAdvice Remittance()
    {
        var claims = Enumerable.Range(0, Claims).Select(i => new RemittanceClaim
        {
            PatientControlNumber = $"CLM{i:D6}", StatusCode = "1", TotalCharge = 150.00m, Paid = 100.00m, PatientResponsibility = 20.00m,
            ClaimFilingIndicator = "CI", PayerClaimControlNumber = $"PCN{i:D8}", PatientName = new PartyName($"PATIENT{i}", "ALEX"),
            PatientIdQualifier = "MI", PatientId = $"M{i:D9}",
            Lines =
            [
                new RemittanceServiceLine
                {
                    ProcedureCode = "99214", Modifiers = i % 4 == 0 ? ["25"] : [], Charge = 150.00m, Paid = 100.00m, Units = 1,
                    ServiceDate = new DateOnly(2023, 12, 1).AddDays(i % 30), AllowedAmount = 120.00m, LineControlNumber = $"L{i}-1",
                    Adjustments = [new ClaimAdjustment("CO", "45", 30.00m), new ClaimAdjustment("PR", "2", 20.00m)], RemarkCodes = [],
                },
            ],
        }).ToList();
        return new RemittanceAdvice
        {
            ControlNumber = "0001",
            Payment = new RemittancePayment("I", claims.Sum(c => c.Paid), "C", "ACH", "CCP", new DateOnly(2024, 1, 5)),
            TraceNumber = "EFT00000001", TraceOriginatorId = "1999999999", ProductionDate = new DateOnly(2024, 1, 4),
            Payer = new RemittancePayer("ACME HEALTH PLAN", "60054"),
            Payee = new RemittancePayee("RIVERSIDE CLINIC", "1234567893", "123456789"),
            Claims = claims,
            ProviderAdjustments = [],
        };
    }

    private static Claim837 Claim(int i) => new()
    {
        Kind = ClaimKind.Professional,
        Submitter = new Submitter837("RIVERSIDE BILLING", "RB12345", "ANA LOPEZ", "5551234567"),
        Receiver = new Receiver837("ACME CLEARINGHOUSE", "ACMECH"),
        BillingProvider = new BillingProvider837(new PartyName("RIVERSIDE CLINIC"), "1234567893", "123456789",
            new PostalAddress("100 MAIN ST", null, "SPRINGFIELD", "IL", "627010001")),
        Subscriber = new Subscriber837(new PartyName($"DOE{i}", "JANE"), $"MBR{i:D7}")
        {
            BirthDate = new DateOnly(1980, 2, 28), Sex = "F", Address = new PostalAddress("12 ELM ST", null, "SPRINGFIELD", "IL", "62704"),
        },
        Payer = new Payer837("ACME HEALTH PLAN", "60054"),
        ClaimNumber = $"CLM{i:D6}",
        TotalCharge = 245.00m,
        PlaceOfService = "11",
        Diagnoses = ["E119", "I10"],
        Lines =
        [
            new ServiceLine837 { ProcedureCode = "99214", Charge = 150.00m, Units = 1, DiagnosisPointers = [1, 2], ServiceDate = new DateOnly(2024, 1, 3) },
            new ServiceLine837 { ProcedureCode = "93000", Charge = 95.00m, Units = 1, DiagnosisPointers = [2], ServiceDate = new DateOnly(2024, 1, 3) },
        ],
        RenderingProvider = new Provider837(new PartyName("SMITH", "ALEX"), "1497758544"),
    };
}

/// <summary>Adds <see cref="ThroughputColumn"/> to the default columns.</summary>
public sealed class ThroughputConfig : BenchmarkDotNet.Configs.ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}

/// <summary>Mean → "N MB/s, M claims/s" for the X12 benchmarks (bytes of the file read or written; 1 MB = 10^6 bytes).</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "Throughput";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "X12 text per second (MB = 10^6 bytes) and claims per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is null) return "-";
        var seconds = mean.Value / 1e9;
        var bytes = benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Parse", StringComparison.Ordinal)
            ? X12Benchmarks.RemittanceFile.Value.Length
            : X12Benchmarks.ClaimFile.Value.Length;
        return $"{bytes / 1e6 / seconds:0.0} MB/s ({bytes / 1e6:0.0} MB), {X12Benchmarks.Claims / seconds:0} claims/s";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
