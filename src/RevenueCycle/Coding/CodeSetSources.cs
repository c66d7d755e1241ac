using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace RevenueCycle.Coding;

/// <summary>
/// Turns code-set files in the formats CMS, the customer (CPT) and X12 (remittance codes) publish into
/// <see cref="CodeSetImport"/>s. Release names and dates come from the file names where the publisher puts them
/// there (icd10cm_order_2025.txt is FY2025, effective 2024-10-01); otherwise the operator names them.
/// </summary>
public static partial class CodeSetSources
{
    /// <summary>The release name of the shipped CPT sample; a customer's CPT file replaces it.</summary>
    public const string CptSampleRelease = "CPT-SAMPLE";

    /// <summary>
    /// The remittance lists carry no dates (see shared/data's SOURCES-carc-rarc.md); they are dated by their
    /// snapshot, 2025-02-11, unless the operator gives a date.
    /// </summary>
    public static readonly DateOnly RemittanceListsDate = new(2025, 2, 11);

    /// <summary>The files of one system in a folder laid out as shared/data/codesets (see docs/codesets.md).</summary>
    public static IReadOnlyList<CodeSetImport> FromFolder(string folder, string system)
    {
        string File(params string[] parts) => Path.Combine([folder, .. parts]);
        return system.ToUpperInvariant() switch
        {
            "ICD10CM" => [Icd10CmOrderFile(File("icd10cm", "icd10cm_order_2025.txt"))],
            "HCPCS" => HcpcsAnnualFile(File("hcpcs", "HCPC2020_ANWEB_w_disclaimer.txt")),
            "CPT" => [CptSampleImport()],
            "CARC" => [CarcFile(File("carc.tsv"), File("carc-legacy.tsv")), AdjustmentGroupFile(File("carc-groups.tsv"))],
            "RARC" => [RarcFile(File("rarc.tsv"))],
            _ => throw new ArgumentException($"Unknown code system '{system}'; use ICD10CM, HCPCS, CPT, CARC or RARC.", nameof(system)),
        };
    }

    /// <summary>The stored systems a command-line system name imports (HCPCS brings its modifiers, CARC its group codes).</summary>
    public static IReadOnlyList<CodeSystem> SystemsOf(string system) => system.ToUpperInvariant() switch
    {
        "ICD10CM" => [CodeSystem.Icd10Cm],
        "HCPCS" => [CodeSystem.HcpcsLevel2, CodeSystem.HcpcsModifier],
        "CPT" => [CodeSystem.Cpt],
        "CARC" => [CodeSystem.Carc, CodeSystem.AdjustmentGroup],
        "RARC" => [CodeSystem.Rarc],
        _ => throw new ArgumentException($"Unknown code system '{system}'; use ICD10CM, HCPCS, CPT, CARC or RARC.", nameof(system)),
    };

    /// <summary>One operator-given file of one system (import-codes --system X --file path).</summary>
    public static IReadOnlyList<CodeSetImport> FromFile(string system, string path, string? release, DateOnly? effectiveFrom)
    {
        var name = Path.GetFileName(path);
        return system.ToUpperInvariant() switch
        {
            "ICD10CM" when name.Contains("addenda", StringComparison.OrdinalIgnoreCase) => [Icd10CmAddendaFile(path, release, effectiveFrom)],
            "ICD10CM" => [Icd10CmOrderFile(path, release, effectiveFrom)],
            "HCPCS" => HcpcsAnnualFile(path, release, effectiveFrom),
            "CPT" => [CptFile(path, release ?? Required<string>("--release", "CPT"))],
            "CARC" => [CarcFile(path, null, release, effectiveFrom)],
            "RARC" => [RarcFile(path, release, effectiveFrom)],
            _ => throw new ArgumentException($"Unknown code system '{system}'; use ICD10CM, HCPCS, CPT, CARC or RARC.", nameof(system)),
        };
    }

    /// <summary>The ICD-10-CM order file: the complete list of a fiscal year, billable codes and headers.</summary>
    public static CodeSetImport Icd10CmOrderFile(string path, string? release = null, DateOnly? effectiveFrom = null)
    {
        var year = FiscalYear(path);
        var codes = Icd10CmOrderReader.ReadFile(path).Select(c => c.ToReleaseCode()).ToList();
        var from = effectiveFrom ?? (year is { } y ? new DateOnly(y - 1, 10, 1) : Required<DateOnly>("--effective", "this ICD-10-CM file"));
        return new CodeSetImport(CodeSystem.Icd10Cm, release ?? "FY" + year, from, Hash(path), Path.GetFileName(path))
        {
            Snapshots = _ => [new ReleaseSnapshot(from, codes)],
        };
    }

    /// <summary>
    /// The ICD-10-CM order addenda: the changes from the previous fiscal year, applied to what is stored (Add
    /// lists a code, Delete retires it, Revise to re-describes it). The stored release must be the previous year's.
    /// </summary>
    public static CodeSetImport Icd10CmAddendaFile(string path, string? release = null, DateOnly? effectiveFrom = null)
    {
        var year = FiscalYear(path);
        var changes = Icd10CmAddendaReader.ReadFile(path).ToList();
        var from = effectiveFrom ?? (year is { } y ? new DateOnly(y - 1, 10, 1) : Required<DateOnly>("--effective", "this addenda file"));
        return new CodeSetImport(CodeSystem.Icd10Cm, release ?? "FY" + year, from, Hash(path), Path.GetFileName(path))
        {
            Snapshots = stored =>
            {
                var listed = stored.Where(v => v.EffectiveTo is null || v.EffectiveTo >= from)
                    .GroupBy(v => v.Code).Select(g => g.MaxBy(v => v.EffectiveFrom)!)
                    .ToDictionary(v => v.Code, v => new ReleaseCode(v.Code, v.Description, v.ShortDescription, v.Billable), StringComparer.Ordinal);
                foreach (var change in changes)
                {
                    switch (change.Action)
                    {
                        case Icd10CmChangeAction.Delete: listed.Remove(change.Code); break;
                        case Icd10CmChangeAction.Add or Icd10CmChangeAction.ReviseTo:
                            listed[change.Code] = new ReleaseCode(change.Code, change.LongDescription, change.ShortDescription, change.Billable);
                            break;
                    }
                }
                return [new ReleaseSnapshot(from, listed.Values.ToList())];
            },
        };
    }

    /// <summary>
    /// The CMS HCPCS annual file: procedure codes and modifiers, each its own system. Codes it lists as terminated
    /// before the release are kept as history from their add date to their termination date.
    /// </summary>
    public static IReadOnlyList<CodeSetImport> HcpcsAnnualFile(string path, string? release = null, DateOnly? effectiveFrom = null)
    {
        var year = HcpcsYear().Match(Path.GetFileName(path)) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var from = effectiveFrom ?? (year is { } y ? new DateOnly(y, 1, 1) : Required<DateOnly>("--effective", "this HCPCS file"));
        var name = release ?? year?.ToString(CultureInfo.InvariantCulture) ?? Required<string>("--release", "this HCPCS file");
        var records = HcpcsAnnualFileReader.ReadFile(path).ToList();
        var hash = Hash(path);
        return [Of(HcpcsRecordKind.Procedure, CodeSystem.HcpcsLevel2), Of(HcpcsRecordKind.Modifier, CodeSystem.HcpcsModifier)];

        CodeSetImport Of(HcpcsRecordKind kind, CodeSystem system)
        {
            var ofKind = records.Where(r => r.Kind == kind).ToList();
            var listed = ofKind.Where(r => r.IsActiveOn(from)).Select(r => r.ToReleaseCode()).ToList();
            var history = ofKind.Where(r => !r.IsActiveOn(from))
                .Select(r => new CodeVersion(r.Code, r.LongDescription, r.ShortDescription, Min(r.AddDate ?? DateOnly.MinValue, r.TerminationDate!.Value),
                    r.TerminationDate, Billable: true))
                .ToList();
            return new CodeSetImport(system, name, from, hash, Path.GetFileName(path))
            {
                Snapshots = _ => [new ReleaseSnapshot(from, listed)],
                RetirementDates = ofKind.Where(r => r.TerminationDate is not null).GroupBy(r => r.Code)
                    .ToDictionary(g => g.Key, g => g.First().TerminationDate!.Value, StringComparer.Ordinal),
                History = history,
            };
        }
    }

    /// <summary>
    /// A customer's CPT file (format in <see cref="CptCsvReader"/> and docs/codesets.md). It carries its own dates,
    /// so it becomes one complete list per date on which some version starts or ends.
    /// </summary>
    public static CodeSetImport CptFile(string path, string release)
    {
        var codes = CptCsvReader.ReadFile(path).ToList();
        return CptImport(codes, release, Hash(path), Path.GetFileName(path));
    }

    /// <summary>The small sample of common CPT codes the product ships (descriptions written for this project).</summary>
    public static CodeSetImport CptSampleImport()
    {
        using var csv = CptSample.OpenCsv();
        return CptImport(CptSample.Codes, CptSampleRelease, Convert.ToHexString(SHA256.HashData(csv)), "the shipped CPT sample");
    }

    public static CodeSetImport CarcFile(string path, string? legacyPath, string? release = null, DateOnly? effectiveFrom = null)
    {
        var from = effectiveFrom ?? RemittanceListsDate;
        var codes = RemittanceCodeReader.ReadFile(path).Select(Listed).ToList();
        var legacy = legacyPath is null ? [] : RemittanceCodeReader.ReadFile(legacyPath)
            .Select(c => new CodeVersion(c.Code, c.Description, null, DateOnly.MinValue, from.AddDays(-1), Billable: true)).ToList();
        return new CodeSetImport(CodeSystem.Carc, release ?? DateName(from), from, Hash(path, legacyPath), Path.GetFileName(path))
        {
            Snapshots = _ => [new ReleaseSnapshot(from, codes)],
            History = legacy,
        };
    }

    public static CodeSetImport RarcFile(string path, string? release = null, DateOnly? effectiveFrom = null) =>
        RemittanceList(CodeSystem.Rarc, path, release, effectiveFrom);

    public static CodeSetImport AdjustmentGroupFile(string path, string? release = null, DateOnly? effectiveFrom = null) =>
        RemittanceList(CodeSystem.AdjustmentGroup, path, release, effectiveFrom);

    private static CodeSetImport RemittanceList(CodeSystem system, string path, string? release, DateOnly? effectiveFrom)
    {
        var from = effectiveFrom ?? RemittanceListsDate;
        var codes = RemittanceCodeReader.ReadFile(path).Select(Listed).ToList();
        return new CodeSetImport(system, release ?? DateName(from), from, Hash(path), Path.GetFileName(path))
        {
            Snapshots = _ => [new ReleaseSnapshot(from, codes)],
        };
    }

    private static CodeSetImport CptImport(IReadOnlyList<CptCode> codes, string release, string hash, string source)
    {
        var from = codes.Count == 0 ? DateOnly.MinValue : codes.Min(c => c.EffectiveFrom);
        // Every day on which the list changes: a version starts, or the day after one ends.
        var dates = codes.Select(c => c.EffectiveFrom)
            .Concat(codes.Where(c => c.EffectiveTo is not null).Select(c => c.EffectiveTo!.Value.AddDays(1)))
            .Distinct().Order().ToList();
        return new CodeSetImport(CodeSystem.Cpt, release, from, hash, source)
        {
            Snapshots = _ => dates.Select(d => new ReleaseSnapshot(d,
                codes.Where(c => c.EffectiveFrom <= d && (c.EffectiveTo is null || d <= c.EffectiveTo)).Select(c => c.ToReleaseCode()).ToList())),
        };
    }

    private static ReleaseCode Listed(RemittanceCode code) => new(code.Code, code.Description, null, Billable: true);

    private static int? FiscalYear(string path) =>
        Icd10Year().Match(Path.GetFileName(path)) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static string DateName(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Hash(params string?[] paths)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths.OfType<string>()) sha.AppendData(File.ReadAllBytes(path));
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static T Required<T>(string option, string what) =>
        throw new ArgumentException($"Give {option} for {what}: its name does not say.");

    [GeneratedRegex(@"(?:order|addenda)_(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Icd10Year();

    [GeneratedRegex(@"HCPC(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex HcpcsYear();
}
