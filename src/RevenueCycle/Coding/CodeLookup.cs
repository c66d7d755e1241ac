using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;

namespace RevenueCycle.Coding;

/// <summary>One code to check: is <paramref name="Code"/> of <paramref name="System"/> billable on <paramref name="DateOfService"/>?</summary>
public sealed record CodeCheck(CodeSystem System, string Code, DateOnly DateOfService);

/// <summary>What a check found: the status and the version that decided it (the one effective that day, else the nearest).</summary>
public sealed record CodeCheckResult(CodeCheck Check, CodeValidityStatus Status, Code? Version);

/// <summary>
/// The one place that answers "may this code be billed on this date of service" (<see cref="CodeValidity"/>):
/// the code's versions are read from the Code table, one query for any number of codes, and judged in memory.
/// The claim scrubber and the <c>code</c> GraphQL field use it.
/// </summary>
public sealed class CodeLookup(RevenueCycleDb db)
{
    public async Task<CodeValidityStatus> CheckAsync(CodeSystem system, string code, DateOnly dateOfService, CancellationToken cancellationToken = default) =>
        (await CheckAsync([new CodeCheck(system, code, dateOfService)], cancellationToken))[0].Status;

    /// <summary>Checks many codes (a claim's diagnoses and lines) in one SQL query; results in the order asked.</summary>
    public async Task<IReadOnlyList<CodeCheckResult>> CheckAsync(IReadOnlyList<CodeCheck> checks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Count == 0) return [];
        var values = checks.Select(c => Normalize(c.System, c.Code)).Distinct().ToList();
        var systems = checks.Select(c => c.System).Distinct().ToList();
        var rows = await db.Codes.AsNoTracking()
            .Where(c => systems.Contains(c.System) && values.Contains(c.Value))
            .ToListAsync(cancellationToken);
        var versions = rows.ToLookup(c => (c.System, c.Value));
        return checks.Select(check =>
        {
            var ofCode = versions[(check.System, Normalize(check.System, check.Code))].OrderBy(v => v.EffectiveFrom).ToList();
            var status = CodeValidity.Check(check.System, ofCode.Select(v => v.ToVersion()), check.DateOfService);
            return new CodeCheckResult(check, status, Nearest(ofCode, check.DateOfService));
        }).ToList();
    }

    /// <summary>The form codes are stored in: upper case, ICD-10-CM without its dot (e11.9 → E119).</summary>
    public static string Normalize(CodeSystem system, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return system == CodeSystem.Icd10Cm ? CodeSearchText.NormalizeCode(code) : code.Trim().ToUpperInvariant();
    }

    // Effective that day; else the last one that ended before it; else the first that starts after it.
    private static Code? Nearest(List<Code> versions, DateOnly date) =>
        versions.Find(v => v.EffectiveFrom <= date && (v.EffectiveTo is null || date <= v.EffectiveTo))
        ?? versions.LastOrDefault(v => v.EffectiveTo < date)
        ?? versions.FirstOrDefault();
}
