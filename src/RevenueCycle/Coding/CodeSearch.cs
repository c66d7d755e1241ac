using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Coding;

/// <summary>
/// Code look-up for coders, in SQL on every provider. A query matches a code when every query word starts some
/// word of its search text (<see cref="CodeSearchText"/>: the code without its dot, then the description words),
/// one <c>LIKE '% WORD%'</c> per word, which PostgreSQL serves from a pg_trgm index and SQL Server scans; SQLite
/// asks its FTS5 index the same question (<c>"WORD"*</c> per word). Because the code is the
/// first word, "E11.9", "E119" and "E11" match through the same condition. Ranking: the exact code, then codes
/// starting with what was typed, then description matches; within each, billable before headers, shorter codes
/// (more general) before longer, shorter descriptions before longer.
/// </summary>
public static class CodeSearch
{
    public sealed record Criteria(string? Search, CodeSystem? System, bool BillableOnly, DateOnly? EffectiveOn);

    /// <summary>Refills SQLite's FTS5 word index (created by the SQLite CodeSets migration) from Codes.SearchText.</summary>
    public const string RebuildSqliteIndex = "INSERT INTO \"CodeSearchIndex\"(\"CodeSearchIndex\") VALUES('rebuild')";

    public static IQueryable<Code> Apply(RevenueCycleDb db, IQueryable<Code> codes, Criteria criteria)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.System is { } system) codes = codes.Where(c => c.System == system);
        if (criteria.BillableOnly) codes = codes.Where(c => c.Billable);
        if (criteria.EffectiveOn is { } on) codes = codes.Where(c => c.EffectiveFrom <= on && (c.EffectiveTo == null || on <= c.EffectiveTo));
        var words = CodeSearchText.QueryWords(criteria.Search);
        if (words.Count > 0 && db.Database.IsSqlite())
        {
            // The same condition through SQLite's FTS5 index: "WORD"* is a token starting with WORD, and tokens are
            // exactly the search text's words. A full scan with LIKE took about 150 ms over ICD-10-CM.
            var match = string.Join(' ', words.Select(w => "\"" + w + "\"*"));
            var ids = db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM \"CodeSearchIndex\" WHERE \"CodeSearchIndex\" MATCH {match}");
            return codes.Where(c => ids.Contains(c.Id));
        }
        foreach (var word in words)
        {
            // Words hold only letters and digits, so there is nothing to escape in the pattern.
            var pattern = "% " + word + "%";
            codes = codes.Where(c => EF.Functions.Like(c.SearchText, pattern));
        }
        return codes;
    }

    /// <summary>The total order of a result page: rank, billable, lengths, then the code and the row id.</summary>
    public static IReadOnlyList<SortKey> Order(string? search)
    {
        var code = CodeSearchText.NormalizeCode(search ?? "");
        var keys = new List<SortKey>();
        if (code.Length > 0)
        {
            // Plain string methods, not EF.Functions: the cursor of a row is computed from these keys in memory too.
            keys.Add(SortKey.Of<Code, int>(c => c.Value == code ? 0 : c.Value.StartsWith(code) ? 1 : 2));
        }
        keys.Add(SortKey.Of<Code, int>(c => c.Billable ? 0 : 1));
        keys.Add(SortKey.Of<Code, int>(c => c.Value.Length));
        keys.Add(SortKey.Of<Code, int>(c => c.Description.Length));
        keys.Add(SortKey.Of<Code, string>(c => c.Value));
        keys.Add(SortKey.Of<Code, long>(c => c.Id));
        return keys;
    }
}
