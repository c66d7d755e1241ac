using RevenueCycle.Coding;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// A clean professional claim that every rule passes, and the context it is scrubbed in. Tests change one thing
/// and expect exactly the finding that change deserves. Built fresh on each access so no test can spoil another.
/// </summary>
internal static class ScrubBaseline
{
    public static readonly DateOnly ServiceDate = new(2025, 3, 10);
    public static readonly DateOnly Today = new(2025, 4, 1);

    public const string BillingNpi = "1234567893";
    public const string RenderingNpi = "1000000004";
    public const string PatientId = "MRN-0001";

    public static ScrubClaim Claim => new(
        Number: "C-000123",
        Form: ScrubClaimForm.Professional,
        Frequency: ScrubClaimFrequency.Original,
        PayerClaimControlNumber: null,
        ServiceDateFrom: ServiceDate,
        ServiceDateTo: ServiceDate,
        PlaceOfService: "11",
        TotalCharge: 203.55m,
        BillingProvider: new(BillingNpi, "12-3456789", "Riverside Family Medicine",
            new("120 Main Street", "Suite 4", "Springfield", "OH", "45501-1234")),
        RenderingProvider: new(RenderingNpi, "Jane Carter", "207Q00000X"),
        Patient: new(PatientId, "Maria", "Lopez", new DateOnly(1970, 6, 15), 'F', new("45 Oak Avenue", null, "Springfield", "OH", "45502")),
        Coverage: new("XJH123456789", "18", new DateOnly(2025, 1, 1), null),
        Payer: new("Buckeye Health Plan", "87726", "CI", TimelyFilingDays: 180),
        Diagnoses:
        [
            new(1, "E119"), // type 2 diabetes without complications
            new(2, "I10"),  // essential hypertension
            new(3, "E785"), // hyperlipidemia, unspecified
        ],
        Lines:
        [
            Line(1, "99214", CodeSystem.Cpt, 150.00m, 1, 2, 3),
            Line(2, "G2211", CodeSystem.HcpcsLevel2, 16.05m, 1, 2),
            Line(3, "83036", CodeSystem.Cpt, 25.00m, 1),
            Line(4, "36415", CodeSystem.Cpt, 12.50m, 1),
        ]);

    /// <summary>Hand-made versions of the baseline's codes (and a few neighbours tests use), so most tests read no files.</summary>
    public static readonly IReadOnlyList<CodeVersion> Codes =
    [
        Version("E11", new(2015, 10, 1), billable: false),
        Version("E119", new(2015, 10, 1)),
        Version("I10", new(2015, 10, 1)),
        Version("E785", new(2015, 10, 1)),
        Version("E784", new(2015, 10, 1), to: new(2018, 9, 30)),  // billable until split into E7841/E7849…
        Version("E784", new(2018, 10, 1), billable: false),      // …and a header since
        Version("U071", new(2020, 4, 1)),                        // COVID-19, an April update
        Version("99201", new(2000, 1, 1), to: new(2020, 12, 31)), // deleted from CPT in 2021
        Version("99214", new(2000, 1, 1)),
        Version("83036", new(2000, 1, 1)),
        Version("36415", new(2000, 1, 1)),
        Version("G2211", new(2024, 1, 1)),
    ];

    public static ScrubContext Context => new(Today, Lookup(Codes), PriorClaimLines: [PriorVisit]);

    /// <summary>An earlier, unrelated visit of the same patient: present so the duplicate check has something to compare.</summary>
    public static PriorClaimLine PriorVisit => new("C-000101", PatientId, RenderingNpi, new DateOnly(2025, 2, 10), "99214", []);

    public static ScrubLine Line(int number, string code, CodeSystem system, decimal charge, params int[] pointers) =>
        new(number, code, system, [], Units: 1m, charge, pointers, ServiceDate);

    public static Func<CodeSystem, string, IReadOnlyList<CodeVersion>> Lookup(IEnumerable<CodeVersion> codes)
    {
        var byCode = codes.ToLookup(v => v.Code, StringComparer.Ordinal);
        return (_, code) => byCode[code].ToList();
    }

    private static CodeVersion Version(string code, DateOnly from, DateOnly? to = null, bool billable = true) =>
        new(code, code + " description", null, from, to, billable);
}
