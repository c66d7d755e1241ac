namespace RevenueCycle.Denials;

/// <summary>
/// Which remittance adjustments are denials, and of what kind. The rule: an adjustment is a denial when its group
/// is CO, OA, PI or PR and its CARC is in the map below; everything else (CO-45 contractual reductions, PR-1/2/3
/// deductible, coinsurance and copay, OA-23 prior-payer impact, …) is ordinary adjudication. The map holds the
/// CARCs a billing office works as denials (appeal, correct, rebill), grouped by the work they need; CARCs not in
/// it are not denials. CO/OA/PI denial amounts stay open on insurance until the denial is worked; PR denial amounts
/// are still moved to the patient (the payer says the patient owes), and the denial lets a biller check it.
/// </summary>
public static class DenialReasons
{
    private static readonly Dictionary<string, DenialCategory> Categories = Build(
        (DenialCategory.Eligibility, ["24", "26", "27", "31", "32", "33", "109", "177", "200"]),
        (DenialCategory.Authorization, ["15", "39", "62", "197", "198", "243", "288"]),
        (DenialCategory.Coding, ["4", "5", "6", "7", "8", "9", "10", "11", "181", "182", "189", "199"]),
        (DenialCategory.MedicalNecessity, ["50", "55", "56", "150", "151", "152", "167"]),
        (DenialCategory.Duplicate, ["18"]),
        (DenialCategory.TimelyFiling, ["29"]),
        (DenialCategory.MissingInformation, ["16", "125", "226", "227", "252"]),
        (DenialCategory.Other, ["96", "97", "204", "234", "236", "242", "B7", "B9"]));

    private static readonly HashSet<string> DenyingGroups = ["CO", "OA", "PI", "PR"];

    /// <summary>The denial category of an adjustment, or null when the adjustment is not a denial.</summary>
    public static DenialCategory? CategoryOf(string groupCode, string reasonCode) =>
        DenyingGroups.Contains(groupCode) && Categories.TryGetValue(reasonCode, out var category) ? category : null;

    public static bool IsDenial(string groupCode, string reasonCode) => CategoryOf(groupCode, reasonCode) is not null;

    private static Dictionary<string, DenialCategory> Build(params (DenialCategory Category, string[] Codes)[] groups) =>
        groups.SelectMany(g => g.Codes.Select(code => (code, g.Category))).ToDictionary(x => x.code, x => x.Category, StringComparer.Ordinal);
}
