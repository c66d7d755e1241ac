namespace RevenueCycle.X12;

/// <summary>Claims for writer tests, as the billing system would build them.</summary>
internal static class ClaimFactory
{
    public static Claim837 Professional() => new()
    {
        Kind = ClaimKind.Professional,
        Submitter = new Submitter837("RIVERSIDE BILLING", "RB12345", "ANA LOPEZ", "5551234567"),
        Receiver = new Receiver837("ACME CLEARINGHOUSE", "ACMECH"),
        BillingProvider = new BillingProvider837(
            new PartyName("RIVERSIDE CLINIC"), "1234567893", "123456789",
            new PostalAddress("100 MAIN ST", "SUITE 2", "SPRINGFIELD", "IL", "627010001"))
        {
            TaxonomyCode = "207Q00000X",
        },
        PayToAddress = new PostalAddress("PO BOX 55", null, "SPRINGFIELD", "IL", "627050055"),
        Subscriber = new Subscriber837(new PartyName("DOE", "JANE", "Q"), "MBR0001")
        {
            GroupNumber = "GRP9",
            BirthDate = new DateOnly(1980, 2, 29),
            Sex = "F",
            Address = new PostalAddress("12 ELM ST", null, "SPRINGFIELD", "IL", "62704"),
        },
        Payer = new Payer837("ACME HEALTH PLAN", "60054") { Address = new PostalAddress("PO BOX 1", null, "HARTFORD", "CT", "06101") },
        Patient = new Patient837(new PartyName("DOE", "SAM", Suffix: "JR"), "19")
        {
            BirthDate = new DateOnly(2015, 6, 1),
            Sex = "M",
            Address = new PostalAddress("12 ELM ST", null, "SPRINGFIELD", "IL", "62704"),
        },
        ClaimNumber = "CLM000123",
        TotalCharge = 245.00m,
        PlaceOfService = "11",
        FrequencyCode = "7",
        PayerClaimControlNumber = "PCN0000777",
        Diagnoses = ["E119", "J069", "I10"],
        Lines =
        [
            new ServiceLine837
            {
                ProcedureCode = "99214", Modifiers = ["25"], Charge = 150.00m, Units = 1, DiagnosisPointers = [1, 2],
                ServiceDate = new DateOnly(2024, 1, 3), LineControlNumber = "CLM000123-1",
            },
            new ServiceLine837
            {
                ProcedureCode = "93000", Charge = 95.00m, Units = 1.5m, DiagnosisPointers = [3],
                ServiceDate = new DateOnly(2024, 1, 3), ServiceDateEnd = new DateOnly(2024, 1, 4), PlaceOfService = "22",
                LineControlNumber = "CLM000123-2",
            },
        ],
        RenderingProvider = new Provider837(new PartyName("SMITH", "ALEX", "B"), "1497758544") { TaxonomyCode = "207R00000X" },
    };

    public static Claim837 Institutional() => new()
    {
        Kind = ClaimKind.Institutional,
        Submitter = new Submitter837("GENERAL HOSPITAL", "GH001", "BILLING OFFICE", "5559876543"),
        Receiver = new Receiver837("MEDICARE A", "00120"),
        BillingProvider = new BillingProvider837(
            new PartyName("GENERAL HOSPITAL"), "1457382645", "987654321",
            new PostalAddress("1 HOSPITAL DR", null, "CAPITAL CITY", "PA", "171110000")),
        Subscriber = new Subscriber837(new PartyName("ROE", "RICHARD"), "1EG4TE5MK72")
        {
            ClaimFilingIndicator = "MA",
            BirthDate = new DateOnly(1948, 11, 30),
            Sex = "M",
            Address = new PostalAddress("5 OAK AVE", null, "CAPITAL CITY", "PA", "17111"),
        },
        Payer = new Payer837("MEDICARE PART A", "00120"),
        ClaimNumber = "INST0042",
        TotalCharge = 1_234.56m,
        PlaceOfService = "13",
        Diagnoses = ["R07.9", "I10", "E78.5", "Z79.4", "Z87.891", "E11.9", "J45.909", "K21.9", "M54.5", "N39.0", "R51.9", "F41.9", "G47.33", "R53.83"],
        Lines =
        [
            new ServiceLine837 { RevenueCode = "0450", ProcedureCode = "99284", Modifiers = ["25"], Charge = 900.00m, Units = 1, ServiceDate = new DateOnly(2024, 2, 10) },
            new ServiceLine837 { RevenueCode = "0300", ProcedureCode = "80053", Charge = 234.56m, Units = 1, ServiceDate = new DateOnly(2024, 2, 10) },
            new ServiceLine837 { RevenueCode = "0250", Charge = 100.00m, Units = 3, ServiceDate = new DateOnly(2024, 2, 10), LineControlNumber = "RX1" },
        ],
        AttendingProvider = new Provider837(new PartyName("WELBY", "MARCUS"), "1093857261") { TaxonomyCode = "207P00000X" },
        RenderingProvider = new Provider837(new PartyName("KILDARE", "JAMES"), "1326048473"),
        StatementFrom = new DateOnly(2024, 2, 10),
        StatementThrough = new DateOnly(2024, 2, 11),
        AdmissionTypeCode = "1",
        AdmissionSourceCode = "7",
        PatientStatusCode = "01",
    };
}
