using BenchmarkDotNet.Attributes;
using RevenueCycle.Claims.Scrubbing;
using RevenueCycle.Coding;

namespace RevenueCycle.Benchmarks;

/// <summary>The pure claim scrubber over 10,000 clean professional claims, as a nightly re-scrub of a tenant would run it.</summary>
[MemoryDiagnoser]
public class ScrubberBenchmarks
{
    private static readonly DateOnly ServiceDate = new(2025, 3, 10);
    private List<ScrubClaim> _claims = [];
    private ScrubContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        CodeVersion[] codes =
        [
            Code("E119"), Code("I10"), Code("E785"), Code("99213"), Code("99214"), Code("83036"), Code("36415"), Code("93000"),
        ];
        var byCode = codes.ToLookup(c => c.Code, StringComparer.Ordinal);
        // Different patients, so the duplicate check compares against a realistic handful of prior lines only.
        var prior = Enumerable.Range(0, 200).Select(p => new PriorClaimLine($"P-{p:D6}", $"MRN{p:D6}", "1000000004", new DateOnly(2025, 2, 10), "99214", [])).ToList();
        _context = new ScrubContext(new DateOnly(2025, 4, 1), (_, code) => byCode[code].ToList(), prior);
        _claims = Enumerable.Range(0, 10_000).Select(Claim).ToList();
    }

    [Benchmark]
    public int Scrub_10000_claims()
    {
        var findings = 0;
        foreach (var claim in _claims) findings += ClaimScrubber.Scrub(claim, _context).Count;
        return findings;
    }

    private static ScrubClaim Claim(int i) => new(
        Number: $"C-{i:D6}",
        Form: ScrubClaimForm.Professional,
        Frequency: ScrubClaimFrequency.Original,
        PayerClaimControlNumber: null,
        ServiceDateFrom: ServiceDate,
        ServiceDateTo: ServiceDate,
        PlaceOfService: "11",
        TotalCharge: 203.55m,
        BillingProvider: new("1234567893", "12-3456789", "Riverside Family Medicine", new("120 Main Street", "Suite 4", "Springfield", "OH", "45501-1234")),
        RenderingProvider: new("1000000004", "Jane Carter", "207Q00000X"),
        Patient: new($"MRN{i % 5000:D6}", "Maria", "Lopez", new DateOnly(1970, 6, 15), 'F', new("45 Oak Avenue", null, "Springfield", "OH", "45502")),
        Coverage: new($"XJH{i:D9}", "18", new DateOnly(2025, 1, 1), null),
        Payer: new("Buckeye Health Plan", "87726", "CI", TimelyFilingDays: 180),
        Diagnoses: [new(1, "E119"), new(2, "I10"), new(3, "E785")],
        Lines:
        [
            Line(1, "99214", CodeSystem.Cpt, 150.00m, 1, 2, 3),
            Line(2, "83036", CodeSystem.Cpt, 41.05m, 1),
            Line(3, "36415", CodeSystem.Cpt, 12.50m, 1),
        ]);

    private static ScrubLine Line(int number, string code, CodeSystem system, decimal charge, params int[] pointers) =>
        new(number, code, system, [], Units: 1m, charge, pointers, ServiceDate);

    private static CodeVersion Code(string code) => new(code, code + " description", null, new DateOnly(2015, 10, 1), null, true);
}
