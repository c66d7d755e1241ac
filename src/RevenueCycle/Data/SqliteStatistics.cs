using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RevenueCycle.Data;

/// <summary>
/// Keeps SQLite's planner statistics current. Without them SQLite guesses that "TenantId = ?" narrows more than
/// "Id IN (…)", and a batched look-up by key reads the whole tenant (docs/performance.md, "Profile and fixes").
/// PostgreSQL and SQL Server gather statistics themselves; SQLite only when asked, so this asks with
/// <c>PRAGMA optimize</c> (which analyses only tables whose statistics are missing or stale, with a bounded
/// sample per index so it stays cheap on large files) after start-up (<see cref="DatabaseInitializer"/>) and then
/// every <see cref="Interval"/>, as SQLite's documentation recommends for long-lived applications.
/// </summary>
public sealed class SqliteStatistics(IServiceScopeFactory scopes, ILogger<SqliteStatistics> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>0x10002: consider every table (not only those this connection used) and analyse with a row limit.</summary>
    public static Task RefreshAsync(RevenueCycleDb db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
                if (!db.Database.IsSqlite()) return;
                await RefreshAsync(db, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Not migrated yet, or busy: the statistics are an optimisation, the next round tries again.
                logger.LogWarning(e, "Refreshing SQLite statistics failed; retrying in {Interval}", Interval);
            }
        }
    }
}
