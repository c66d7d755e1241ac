using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using RevenueCycle.Data;

namespace RevenueCycle.Coding;

/// <summary>
/// The embedded default imports the code sets it lacks right after start, in the background, so the first start
/// is not held up by ICD-10-CM's 97,584 rows (see docs/codesets.md for the time). Until it is done
/// <c>/health/ready</c> answers Degraded (still 200: everything but code look-up works) with the progress.
/// </summary>
public sealed class CodeSetStartupImport(IServiceProvider services, ILogger<CodeSetStartupImport> logger) : IHealthCheck, IProgress<CodeSetImportProgress>
{
    private volatile string? _status;
    private volatile string? _failure;

    public Task? Running { get; private set; }

    public void Start(CancellationToken stopping) => Running = Task.Run(() => RunAsync(stopping), stopping);

    private async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            _status = "starting";
            var folder = CodeSetFolder.Find(services);
            foreach (var system in CodeSetCommand.Systems)
            {
                if (await AlreadyLoadedAsync(system, stopping)) continue;
                foreach (var import in CodeSetSources.FromFolder(folder, system))
                {
                    await using var scope = services.CreateAsyncScope();
                    var result = await scope.ServiceProvider.GetRequiredService<CodeSetImporter>().ImportAsync(import, this, stopping);
                    logger.LogInformation("Code sets: {Result}", result.ToString());
                }
            }
            _status = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _failure = e.Message;
            logger.LogError(e, "Importing the code sets at start failed; run import-codes (docs/codesets.md)");
        }
    }

    private async Task<bool> AlreadyLoadedAsync(string system, CancellationToken cancellationToken)
    {
        var first = CodeSetSources.SystemsOf(system)[0];
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RevenueCycleDb>().CodeSetReleases.AnyAsync(r => r.System == first, cancellationToken);
    }

    public void Report(CodeSetImportProgress value) => _status = value.ToString();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            _failure is { } failure ? HealthCheckResult.Degraded("Code-set import at start failed: " + failure)
            : _status is { } status ? HealthCheckResult.Degraded("Importing code sets: " + status)
            : HealthCheckResult.Healthy(Running is null ? "No code-set import at start." : "Code sets imported."));
}
