using System.Globalization;
using System.Text;

namespace RevenueCycle.Coding;

/// <summary>
/// Small ICD-10-CM and HCPCS files cut from the real ones, so that database tests do not import 97,584 codes each
/// time: the diabetes, hypertension, upper respiratory and asthma categories plus every code the FY2025 addenda
/// touch. FY2024 is rebuilt from FY2025 by undoing the addenda (drop the added codes, put back the deleted ones and
/// the old wording), so importing FY2024 and then the real addenda file must give exactly the FY2025 cut.
/// </summary>
public sealed class CodeSetTestFiles : IDisposable
{
    public static readonly string[] Prefixes = ["E08", "E09", "E10", "E11", "E13", "I10", "J06", "J45"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "revenuecycle-codes-" + Guid.NewGuid().ToString("N"));

    public CodeSetTestFiles()
    {
        Directory.CreateDirectory(_folder);
        Addenda = Icd10CmAddendaReader.ReadFile(AddendaFile).ToList();
        var touched = Addenda.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

        var fy2025 = File.ReadLines(OrderFile)
            .Where(line => line.Length > 13 && (touched.Contains(line[6..13].Trim()) || Prefixes.Any(p => line[6..13].StartsWith(p, StringComparison.Ordinal))))
            .ToList();
        Fy2025Order = Write("icd10cm_order_2025_cut.txt", fy2025, Encoding.ASCII);
        Fy2025Codes = Icd10CmOrderReader.ReadFile(Fy2025Order).ToList();

        var added = Addenda.Where(a => a.Action == Icd10CmChangeAction.Add).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var revisedFrom = Addenda.Where(a => a.Action == Icd10CmChangeAction.ReviseFrom).ToDictionary(a => a.Code);
        var fy2024 = Fy2025Codes.Where(c => !added.Contains(c.Code))
            .Select(c => revisedFrom.TryGetValue(c.Code, out var from) ? OrderLine(c.Code, from.Billable, from.ShortDescription, from.LongDescription) : OrderLine(c.Code, c.Billable, c.ShortDescription, c.LongDescription))
            .Concat(Addenda.Where(a => a.Action == Icd10CmChangeAction.Delete).Select(a => OrderLine(a.Code, a.Billable, a.ShortDescription, a.LongDescription)))
            .ToList();
        Fy2024Order = Write("icd10cm_order_2024_rebuilt.txt", fy2024, Encoding.ASCII);

        // The real 2020 HCPCS file, plus one record whose wording has Windows-1252 bytes (0x92 ’, 0xE9 é): CMS's files
        // use them in places, the 2020 one happens not to.
        var hcpcs = File.ReadAllBytes(HcpcsFile).Concat(Encoding.Latin1.GetBytes("Z9999001003Patient\x92s caf\xE9 supply\r\n")).ToArray();
        HcpcsWith1252 = Path.Combine(_folder, "HCPC2020_ANWEB_plus_1252.txt");
        File.WriteAllBytes(HcpcsWith1252, hcpcs);
    }

    public static string OrderFile => SharedData.File("codesets", "icd10cm", "icd10cm_order_2025.txt");
    public static string AddendaFile => SharedData.File("codesets", "icd10cm", "icd10cm_order_addenda_2025.txt");
    public static string HcpcsFile => SharedData.File("codesets", "hcpcs", "HCPC2020_ANWEB_w_disclaimer.txt");
    public static string Folder => SharedData.File("codesets");

    public IReadOnlyList<Icd10CmAddendum> Addenda { get; }
    public string Fy2025Order { get; }
    public IReadOnlyList<Icd10CmCode> Fy2025Codes { get; }
    public string Fy2024Order { get; }
    public string HcpcsWith1252 { get; }

    private static string OrderLine(string code, bool billable, string shortDescription, string longDescription) =>
        string.Create(CultureInfo.InvariantCulture, $"00000 {code,-7} {(billable ? '1' : '0')} {shortDescription,-60} {longDescription}");

    private string Write(string name, IEnumerable<string> lines, Encoding encoding)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
