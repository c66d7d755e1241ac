namespace RevenueCycle.Coding;

/// <summary>The real code-set files, each parsed once per test run and shared by the tests that need them.</summary>
internal static class CodeSetFiles
{
    private static readonly Lazy<IReadOnlyList<Icd10CmCode>> IcdOrder = new(() =>
        Icd10CmOrderReader.ReadFile(Path("icd10cm", "icd10cm_order_2025.txt")).ToList());

    private static readonly Lazy<IReadOnlyList<Icd10CmAddendum>> IcdAddenda = new(() =>
        Icd10CmAddendaReader.ReadFile(Path("icd10cm", "icd10cm_order_addenda_2025.txt")).ToList());

    private static readonly Lazy<IReadOnlyList<HcpcsRecord>> Hcpcs2020 = new(() =>
        HcpcsAnnualFileReader.ReadFile(Path("hcpcs", "HCPC2020_ANWEB_w_disclaimer.txt")).ToList());

    private static readonly Lazy<IReadOnlyList<HcpcsCode>> Hcpcs2025 = new(() =>
        HcpcsTsvReader.ReadActiveFile(Path("hcpcs", "2025-10", "hcpcs-level2.tsv")).ToList());

    public static IReadOnlyList<Icd10CmCode> Icd10CmOrder2025 => IcdOrder.Value;

    public static IReadOnlyList<Icd10CmAddendum> Icd10CmAddenda2025 => IcdAddenda.Value;

    public static IReadOnlyList<HcpcsRecord> HcpcsAnnual2020 => Hcpcs2020.Value;

    public static IReadOnlyList<HcpcsCode> HcpcsActive2025Oct => Hcpcs2025.Value;

    public static string Path(params string[] parts) => SharedData.File(["codesets", .. parts]);
}
