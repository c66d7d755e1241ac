using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RevenueCycle.Auditing;
using RevenueCycle.Data;
using RevenueCycle.Events;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Payments;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Imports;

/// <summary>
/// Runs queued <see cref="ImportJob"/>s, one at a time, oldest first, for every tenant. A job posts its file in one
/// transaction exactly as importRemittance835 does (all or nothing, the same typed errors); every
/// Imports:ProgressEvery claims (500) it saves what it has posted so far (still inside that
/// transaction) and reports progress:
/// <list type="bullet">
/// <item>as an <see cref="ImportProgress"/> notice straight to the event bus — a progress notice is not a fact worth
/// the outbox (a lost one is replaced by the next), and it must be seen while the transaction is still open;</item>
/// <item>on the job row, written through a second context on its own connection, so a reader sees it while the posting
/// transaction is open — on PostgreSQL. SQLite has a single writer: once the posting transaction has saved its first
/// claims it holds the write lock until it commits, and a progress row written from another connection would wait
/// for it (and the worker waits for that write: a deadlock broken only by the busy timeout). On SQLite the count
/// is therefore kept in memory (<see cref="Processed"/>, which importJob and GET /x12/jobs/{id} read) and
/// written with the outcome.</item>
/// </list>
/// A job found Running when the process starts was cut off by a stop or crash (its transaction rolled back): it
/// is marked Failed with the error code Interrupted. This assumes one worker per database — several instances
/// sharing a database would each fail the others' running jobs at start (the job's own outcome still overwrites
/// that when it finishes).
/// </summary>
public sealed class ImportJobWorker(IServiceScopeFactory scopes, IEventBus bus, TimeProvider clock, IConfiguration configuration, ILogger<ImportJobWorker> logger)
    : BackgroundService
{
    /// <summary>Claims between two progress reports (Imports:ProgressEvery; tests make it small).</summary>
    private readonly int _progressEvery = Math.Max(1, configuration.GetValue("Imports:ProgressEvery", 500));

    /// <summary>How often queued jobs are looked for without being woken (a job queued by another instance).</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly ConcurrentDictionary<Guid, int> _live = new();

    /// <summary>Tells the worker a job was queued (call after the commit that stored it).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    /// <summary>Claims handled so far: the live count while the job runs on this instance, else the stored one.</summary>
    public int Processed(ImportJob job) =>
        job.State == ImportState.Running && _live.TryGetValue(job.Id, out var processed) ? processed : job.Processed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var swept = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!swept) await FailInterruptedAsync(stoppingToken);
                swept = true;
                while (await RunNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Import jobs could not be run; retrying in {Interval}", PollInterval);
            }
            try
            {
                await _wake.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Marks the jobs a previous process left Running as Failed (Interrupted); returns how many.</summary>
    public async Task<int> FailInterruptedAsync(CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        // Across tenants: this runs outside any request.
        return await db.ImportJobs.IgnoreQueryFilters().Where(j => j.State == ImportState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportState.Failed).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.ErrorCode, "Interrupted")
                .SetProperty(j => j.ErrorMessage, "The import was interrupted (the server stopped); nothing was posted. Start it again.")
                .SetProperty(j => j.Content, (string?)null), cancellation);
    }

    /// <summary>Claims the oldest queued job of any tenant and runs it; false when none is queued.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellation)
    {
        ImportJob? job;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
            job = await db.ImportJobs.IgnoreQueryFilters().AsNoTracking().Where(j => j.State == ImportState.Queued)
                .OrderBy(j => j.CreatedAt).ThenBy(j => j.Id).FirstOrDefaultAsync(cancellation);
            if (job is null) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            // Only one worker wins the update, should two instances look at the same moment.
            var claimed = await db.ImportJobs.IgnoreQueryFilters().Where(j => j.Id == job.Id && j.State == ImportState.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportState.Running).SetProperty(j => j.StartedAt, now), cancellation);
            if (claimed == 0) return true;
        }
        await RunAsync(job, cancellation);
        return true;
    }

    private async Task RunAsync(ImportJob job, CancellationToken cancellation)
    {
        await using var work = scopes.CreateAsyncScope();
        await using var side = scopes.CreateAsyncScope();
        work.ServiceProvider.GetRequiredService<TenantScope>().Enter(job.TenantId, job.CreatedBy, job.ClientId);
        side.ServiceProvider.GetRequiredService<TenantScope>().Enter(job.TenantId, job.CreatedBy, job.ClientId);
        var db = work.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        var progressDb = side.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        var persistProgress = !db.Database.IsSqlite();
        var now = clock.GetUtcNow();
        var total = 0;
        _live[job.Id] = 0;
        try
        {
            var content = job.Content ?? "";
            var advices = Remittance835Import.Parse(content);
            total = advices.Sum(a => a.Claims.Count);
            await SaveProgressAsync(progressDb, job.Id, 0, total, cancellation);
            await PublishAsync(job, ImportState.Running, 0, total, null);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            var result = await Remittance835Import.ImportAsync(db, advices, content, job.CreatedBy, now, _progressEvery, async processed =>
            {
                await db.SaveChangesAsync(cancellation);
                _live[job.Id] = processed;
                if (persistProgress) await SaveProgressAsync(progressDb, job.Id, processed, total, cancellation);
                await PublishAsync(job, ImportState.Running, processed, total, null);
            }, cancellation);
            db.AuditEvents.Add(new AuditEvent
            {
                At = now.UtcDateTime, Actor = job.CreatedBy, ClientId = job.ClientId, Action = "importJob:" + job.Kind,
                EntityType = nameof(RemittanceImport), EntityId = result.Import.Id,
            });
            var row = await db.ImportJobs.FirstAsync(j => j.Id == job.Id, cancellation);
            var import = result.Import;
            row.State = ImportState.Succeeded;
            row.Processed = total;
            row.Total = total;
            row.FinishedAt = clock.GetUtcNow().UtcDateTime;
            row.RemittanceImportId = import.Id;
            row.Content = null;
            row.Summary = $"{import.RemittanceCount} remittance(s), {import.ClaimCount} claim payment(s): {import.PostedClaims} posted, " +
                $"{import.UnmatchedClaims} unmatched, {import.DenialsCreated} denial(s) opened.";
            // The outcome commits with the posting: a Succeeded job always has its import, and a crash leaves neither.
            await db.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
            await PublishAsync(job, ImportState.Succeeded, total, total, row.Summary);
        }
        catch (Exception e) when (Failure(e, cancellation) is { } failure)
        {
            db.ChangeTracker.Clear();
            var processed = _live.GetValueOrDefault(job.Id);
            var finished = clock.GetUtcNow().UtcDateTime;
            await progressDb.ImportJobs.Where(j => j.Id == job.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportState.Failed).SetProperty(j => j.FinishedAt, finished)
                    .SetProperty(j => j.ErrorCode, failure.Code).SetProperty(j => j.ErrorMessage, failure.Message).SetProperty(j => j.Content, (string?)null)
                    .SetProperty(j => j.Total, total), CancellationToken.None);
            await PublishAsync(job, ImportState.Failed, processed, total, failure.Message);
        }
        finally
        {
            _live.TryRemove(job.Id, out _);
        }
    }

    /// <summary>The error code and message a failed job records; null for a stop (the job stays Running, the next start marks it Interrupted).</summary>
    private (string Code, string Message)? Failure(Exception e, CancellationToken cancellation)
    {
        if (e is OperationCanceledException && cancellation.IsCancellationRequested) return null;
        switch (e)
        {
            case MutationException { Error: X12SyntaxError x }:
                return (nameof(X12SyntaxError), $"{x.Message} (segment {x.SegmentPosition}, {x.SegmentId})");
            case MutationException m:
                return (m.Error.GetType().Name, m.Error.Message);
            case DbUpdateException:
                // The unique file hash: the same file committed by a concurrent import while this one ran.
                return (nameof(DuplicateRemittanceError), "This file was imported by a concurrent request; nothing was posted again.");
            default:
                logger.LogError(e, "Import job failed");
                return ("InternalError", "The import failed on an internal error; nothing was posted.");
        }
    }

    private static Task SaveProgressAsync(RevenueCycleDb db, Guid jobId, int processed, int total, CancellationToken cancellation) =>
        db.ImportJobs.Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Processed, processed).SetProperty(j => j.Total, total), cancellation);

    private async Task PublishAsync(ImportJob job, ImportState state, int processed, int total, string? message)
    {
        var progress = new ImportProgress(job.Id, processed, total, state, clock.GetUtcNow().UtcDateTime, message);
        try
        {
            await bus.PublishAsync(new EventEnvelope(Guid.CreateVersion7(), job.TenantId, progress.TypeName, progress.ToJson(), progress.At), CancellationToken.None);
        }
        catch (Exception e)
        {
            // A notice: the job row has the state, and the next notice replaces this one.
            logger.LogWarning(e, "Could not publish the progress of import job {JobId}", job.Id);
        }
    }
}
