using RevenueCycle.Payers;

namespace RevenueCycle.Seeding;

/// <summary>The fixed vocabulary the demo data is drawn from: names, real codes and plausible prices.</summary>
internal static class SeedCatalog
{
    public static readonly string[] FirstNames =
        ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas", "Mia", "Amir",
         "Harper", "Ethan", "Evelyn", "Kenji", "Abigail", "Daniel", "Emily", "Samuel", "Grace", "Omar", "Chloe", "Wei"];

    public static readonly string[] LastNames =
        ["Garcia", "Smith", "Nguyen", "Johnson", "Patel", "Williams", "Brown", "Okafor", "Jones", "Miller", "Davis",
         "Martinez", "Kim", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Chen", "Haddad"];

    public static readonly string[] Streets = ["Oak St", "Maple Ave", "Cedar Ln", "Elm St", "Pine Rd", "Lakeview Dr", "River Rd"];

    /// <summary>ICD-10-CM FY2025 billable codes (without the dot).</summary>
    public static readonly string[] Diagnoses = ["E119", "I10", "J069", "M545", "E785", "K219", "F419", "N390", "R0789", "Z23"];

    /// <summary>CPT/HCPCS codes with the demo practice's standard price.</summary>
    public static readonly (string Code, decimal Price)[] Procedures =
    [
        ("99213", 120.00m), ("99214", 180.00m), ("99203", 160.00m), ("93000", 45.00m), ("36415", 15.00m),
        ("80053", 55.00m), ("85025", 30.00m), ("81002", 12.00m), ("90686", 40.00m), ("90471", 25.00m), ("G0439", 210.00m),
    ];

    public static readonly (string Name, string EdiId, PayerKind Kind, string Filing, int TimelyDays, int AppealDays)[] Payers =
    [
        ("Medicare Part B", "00882", PayerKind.Medicare, "MB", 365, 120),
        ("State Medicaid", "77027", PayerKind.Medicaid, "MC", 180, 90),
        ("Aetna", "60054", PayerKind.Commercial, "CI", 180, 180),
        ("Blue Cross Blue Shield", "00570", PayerKind.Commercial, "BL", 365, 180),
        ("UnitedHealthcare", "87726", PayerKind.Commercial, "CI", 90, 365),
        ("Self Pay", "SELF", PayerKind.SelfPay, "09", 3650, 0),
    ];
}
