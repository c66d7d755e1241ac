namespace RevenueCycle.Coding;

/// <summary>
/// Compares a full release of a code system with what is stored, so an import adds, retires and re-describes
/// codes without losing history. Rules:
/// <list type="bullet">
/// <item>A code's current version is its latest; it is active at the release when it has no end date or ends on
/// or after the release date.</item>
/// <item>Added: listed, and no version is active. The new version runs from the release date.</item>
/// <item>Retired: active but not listed. Its end date becomes the day before the release.</item>
/// <item>Revised: active and listed with other wording or billable flag. The current version ends the day before
/// the release and a new version starts on it (keeping any scheduled end date).</item>
/// <item>Unchanged: active and listed the same. A scheduled end date already stored is kept.</item>
/// <item>Importing the same release again changes nothing. A release dated before (or, with different content,
/// on) the start of a current version is refused: it would rewrite history rather than extend it.</item>
/// </list>
/// </summary>
public static class CodeSetDiff
{
    /// <exception cref="ArgumentException">The release lists a code twice, or conflicts with stored history as described above.</exception>
    public static CodeSetChanges Compute(IEnumerable<CodeVersion> stored, IEnumerable<ReleaseCode> release, DateOnly effectiveDate)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(release);
        var current = CurrentVersions(stored);
        var listed = new Dictionary<string, ReleaseCode>(StringComparer.Ordinal);
        foreach (var code in release)
        {
            if (!listed.TryAdd(code.Code, code))
                throw new ArgumentException($"The release lists {code.Code} more than once.", nameof(release));
        }

        var dayBefore = effectiveDate.AddDays(-1);
        List<CodeVersion> added = [], retired = [], unchanged = [];
        List<CodeRevision> revised = [];

        foreach (var code in listed.Values.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var version = current.GetValueOrDefault(code.Code);
            if (version is null || !IsActiveAt(version, effectiveDate))
            {
                added.Add(new CodeVersion(code.Code, code.Description, code.ShortDescription, effectiveDate, null, code.Billable));
                continue;
            }
            EnsureNotBefore(version, effectiveDate);
            if (version.SameContentAs(code))
            {
                unchanged.Add(version);
                continue;
            }
            if (version.EffectiveFrom == effectiveDate)
                throw new ArgumentException(
                    $"{code.Code} was already imported for {effectiveDate:yyyy-MM-dd} with other content; import a correction under a later date.",
                    nameof(release));
            revised.Add(new CodeRevision(
                version with { EffectiveTo = dayBefore },
                new CodeVersion(code.Code, code.Description, code.ShortDescription, effectiveDate, version.EffectiveTo, code.Billable)));
        }

        foreach (var version in current.Values.OrderBy(v => v.Code, StringComparer.Ordinal))
        {
            if (listed.ContainsKey(version.Code) || !IsActiveAt(version, effectiveDate)) continue;
            if (version.EffectiveFrom >= effectiveDate)
                throw new ArgumentException(
                    $"{version.Code} starts {version.EffectiveFrom:yyyy-MM-dd}, so a release of {effectiveDate:yyyy-MM-dd} cannot retire it.",
                    nameof(release));
            retired.Add(version with { EffectiveTo = dayBefore });
        }

        return new CodeSetChanges(effectiveDate, added, retired, revised, unchanged);
    }

    /// <summary>The stored versions after the changes: closed versions replaced in place, new ones appended.</summary>
    public static IReadOnlyList<CodeVersion> Apply(IEnumerable<CodeVersion> stored, CodeSetChanges changes)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(changes);
        var replaced = new Dictionary<(string, DateOnly), CodeVersion>();
        foreach (var v in changes.Retired) replaced[(v.Code, v.EffectiveFrom)] = v;
        foreach (var r in changes.Revised) replaced[(r.Closed.Code, r.Closed.EffectiveFrom)] = r.Closed;

        var result = stored.Select(v => replaced.GetValueOrDefault((v.Code, v.EffectiveFrom), v)).ToList();
        result.AddRange(changes.Added);
        result.AddRange(changes.Revised.Select(r => r.Opened));
        return result.AsReadOnly();
    }

    private static Dictionary<string, CodeVersion> CurrentVersions(IEnumerable<CodeVersion> stored)
    {
        var current = new Dictionary<string, CodeVersion>(StringComparer.Ordinal);
        foreach (var v in stored)
        {
            if (!current.TryGetValue(v.Code, out var seen) || v.EffectiveFrom > seen.EffectiveFrom) current[v.Code] = v;
        }
        return current;
    }

    private static bool IsActiveAt(CodeVersion version, DateOnly effectiveDate) =>
        version.EffectiveTo is null || version.EffectiveTo >= effectiveDate;

    private static void EnsureNotBefore(CodeVersion version, DateOnly effectiveDate)
    {
        if (version.EffectiveFrom > effectiveDate)
            throw new ArgumentException(
                $"{version.Code} has a version from {version.EffectiveFrom:yyyy-MM-dd}; a release of {effectiveDate:yyyy-MM-dd} is older than what is stored.",
                nameof(effectiveDate));
    }
}
