using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;

namespace RevenueCycle.Coding;

/// <summary>
/// Brings a release of a code system into the Code table without losing history: the files are parsed and
/// compared with what is stored (<see cref="CodeSetDiff"/>) before anything is written, then new versions are
/// inserted and closed ones get their end date, in one transaction per release. The same files imported again
/// (same content hash) change nothing.
/// </summary>
public sealed class CodeSetImporter(RevenueCycleDb db, TimeProvider clock)
{
    // Rows between progress reports (each batch is sent as multi-row INSERTs of 200 rows).
    private const int BatchSize = 5_000;

    public async Task<CodeSetImportResult> ImportAsync(CodeSetImport import, IProgress<CodeSetImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (import.Release.Length is 0 or > Code.MaxReleaseLength)
            throw new ArgumentException($"A release name has 1 to {Code.MaxReleaseLength} characters; '{import.Release}' does not.", nameof(import));
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        void Report(string stage, int done = 0, int total = 0) =>
            progress?.Report(new CodeSetImportProgress(import.System, import.Release, stage, done, total));

        var previous = await db.CodeSetReleases.AsNoTracking()
            .FirstOrDefaultAsync(r => r.System == import.System && r.ContentHash == import.ContentHash, cancellationToken);
        if (previous is not null)
            return new CodeSetImportResult(import.System, import.Release, import.EffectiveFrom, 0, 0, 0, 0, 0, 0,
                Stopwatch.GetElapsedTime(started), previous);

        Report("reading stored versions");
        var stored = await db.Codes.AsNoTracking().Where(c => c.System == import.System).ToListAsync(cancellationToken);
        var replacedSample = ReplacesCptSample(import, stored) ? stored.Count : 0;
        if (replacedSample > 0) stored.Clear();

        Report("reading " + import.Source);
        var snapshots = import.Snapshots(stored.ConvertAll(c => c.ToVersion())).ToList();

        Report("comparing with stored versions");
        var plan = Plan(import, stored, snapshots);

        Report("writing", 0, plan.Inserts.Count);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        // SQLite spills dirty pages to the file once its 2 MB page cache is full, and each spill waits for the journal
        // to reach the disk: the ICD-10-CM set took 40 s, mostly waiting. A cache that holds the whole release writes
        // once, at commit.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (replacedSample > 0)
                await db.Codes.Where(c => c.System == CodeSystem.Cpt && c.Release == CodeSetSources.CptSampleRelease).ExecuteDeleteAsync(cancellationToken);
            foreach (var (id, effectiveTo) in plan.Closes)
                await db.Codes.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.EffectiveTo, effectiveTo), cancellationToken);

            var written = 0;
            foreach (var batch in plan.Inserts.Chunk(BatchSize))
            {
                await BulkInsert.InsertAsync(db, batch.Select(v => Code.From(import.System, v, import.Release)).ToList(), cancellationToken);
                written += batch.Length;
                Report("writing", written, plan.Inserts.Count);
            }

            if (db.Database.IsSqlite() && (plan.Inserts.Count > 0 || replacedSample > 0))
            {
                Report("indexing words");
                await db.Database.ExecuteSqlRawAsync(CodeSearch.RebuildSqliteIndex, cancellationToken);
            }

            db.CodeSetReleases.Add(new CodeSetRelease
            {
                System = import.System,
                Release = import.Release,
                ContentHash = import.ContentHash,
                EffectiveFrom = import.EffectiveFrom,
                ImportedAt = clock.GetUtcNow().UtcDateTime,
                Added = plan.Added + plan.History,
                Changed = plan.Changed,
                Retired = plan.Retired,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // Fresh statistics after a bulk load: without them SQLite drives a word search through the System index
            // (97,584 probes, ~90 ms) instead of the few rows its FTS index returns (< 1 ms).
            if (plan.Inserts.Count > 0)
            {
                if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
                else if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("ANALYZE \"Codes\"", cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            // The connection may go back to a pool: give it the default cache again.
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }

        return new CodeSetImportResult(import.System, import.Release, import.EffectiveFrom, plan.Added, plan.Changed, plan.Retired,
            plan.Unchanged, plan.History, replacedSample, Stopwatch.GetElapsedTime(started),
            ProcessCpu: Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    /// <summary>
    /// The shipped CPT sample is a placeholder with descriptions of our own, not history: a customer's CPT file
    /// replaces it instead of being compared with it (their wording differs for the same dates).
    /// </summary>
    private static bool ReplacesCptSample(CodeSetImport import, List<Code> stored) =>
        import.System == CodeSystem.Cpt && import.Release != CodeSetSources.CptSampleRelease
        && stored.Count > 0 && stored.TrueForAll(c => c.Release == CodeSetSources.CptSampleRelease);

    private static WritePlan Plan(CodeSetImport import, List<Code> stored, List<ReleaseSnapshot> snapshots)
    {
        IReadOnlyList<CodeVersion> versions = stored.ConvertAll(c => c.ToVersion());
        int added = 0, changed = 0, retired = 0, unchanged = 0;
        foreach (var snapshot in snapshots)
        {
            var changes = CodeSetDiff.Compute(versions, snapshot.Codes, snapshot.Date);
            changes = changes with { Retired = changes.Retired.Select(v => DatedRetirement(v, import.RetirementDates, snapshot.Date)).ToList() };
            (added, changed, retired, unchanged) = (added + changes.Added.Count, changed + changes.Revised.Count,
                retired + changes.Retired.Count, changes.Unchanged.Count);
            versions = CodeSetDiff.Apply(versions, changes);
        }

        var known = versions.Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        var history = import.History.Where(v => known.Add(v.Code)).ToList();

        var before = stored.ToDictionary(c => (c.Value, c.EffectiveFrom));
        var inserts = new List<CodeVersion>();
        var closes = new List<(long, DateOnly?)>();
        foreach (var version in versions.Concat(history))
        {
            if (!before.TryGetValue((version.Code, version.EffectiveFrom), out var row)) inserts.Add(version);
            else if (row.EffectiveTo != version.EffectiveTo) closes.Add((row.Id, version.EffectiveTo));
        }
        return new WritePlan(inserts, closes, added, changed, retired, unchanged, history.Count);
    }

    /// <summary>A retired code ends on its published termination date when that falls inside its version; else the day before the release.</summary>
    private static CodeVersion DatedRetirement(CodeVersion closed, IReadOnlyDictionary<string, DateOnly> dates, DateOnly releaseDate) =>
        dates.TryGetValue(closed.Code, out var last) && last >= closed.EffectiveFrom && last < releaseDate
            ? closed with { EffectiveTo = last }
            : closed;

    private sealed record WritePlan(
        List<CodeVersion> Inserts, List<(long Id, DateOnly? EffectiveTo)> Closes,
        int Added, int Changed, int Retired, int Unchanged, int History);
}
