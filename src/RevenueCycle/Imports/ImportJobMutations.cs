using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Imports;

public sealed record StartRemittance835ImportInput(
    [property: System.ComponentModel.Description("The 835 file's text, as received.")] string Content, string? IdempotencyKey) : IIdempotentInput;

/// <summary>Imports started now and run in the background by <see cref="ImportJobWorker"/>.</summary>
public static class ImportJobMutations
{
    private static readonly string[] Posting = [Roles.Biller, Roles.TenantAdmin];

    public static void Register(ObjectGraphType root)
    {
        root.Mutation<StartRemittance835ImportInput>("startRemittance835Import",
            "Queues an 835 file for import in the background and returns the job at once (QUEUED). The job posts the file as importRemittance835 " +
            "does — all of it in one transaction, or nothing — and reports progress on the job (importJob) and the importProgress subscription; " +
            "a malformed or already posted file ends FAILED with the error's name and message. The same as POST /x12/835 with Prefer: respond-async.",
            "job", "ImportJob", Posting, m =>
            {
                var job = QueueRemittance835(m.Db, m.Input.Content, m.Actor, m.Services.GetRequiredService<TenantScope>().ClientId, m.Now);
                var worker = m.Services.GetRequiredService<ImportJobWorker>();
                m.AfterCommit.Add(worker.Wake);
                return Task.FromResult<object>(job);
            });
    }

    /// <summary>Adds a QUEUED job for <paramref name="content"/>; the caller commits, then wakes the worker.</summary>
    public static ImportJob QueueRemittance835(RevenueCycleDb db, string? content, string actor, string? clientId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(content)) throw MutationException.Invalid("content", "content is required.");
        var job = new ImportJob
        {
            Kind = ImportJobKind.Remittance835, State = ImportState.Queued, Content = content, CreatedBy = actor, ClientId = clientId, CreatedAt = now.UtcDateTime,
        };
        db.ImportJobs.Add(job);
        return job;
    }
}
