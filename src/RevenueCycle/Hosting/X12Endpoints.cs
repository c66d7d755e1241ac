using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Auditing;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Imports;
using RevenueCycle.Payments;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Hosting;

/// <summary>
/// Plain-HTTP X12 endpoints for partners that send or fetch files rather than GraphQL. Signed in like /graphql
/// (the caller's tenant), they run the same code as the mutations in one transaction, audited the same way.
/// <list type="bullet">
/// <item><c>POST /x12/835</c>: the raw 835 as the body (text/plain, application/edi-x12 or application/octet-stream).
/// 200 with the import's ids and counts; 400 with a typed error (and segment position) for a malformed file;
/// 409 for a file or remittance already posted; 401/403 as /graphql; 415 for other bodies.
/// With <c>Prefer: respond-async</c> the file is queued as an <see cref="ImportJob"/> instead (startRemittance835Import):
/// 202 Accepted, <c>Location: /x12/jobs/{jobId}</c> and the job as the body; the job reports a malformed or duplicate file.</item>
/// <item><c>GET /x12/jobs/{jobId}</c> (the ImportJob global ID): the job's state, progress and outcome; 404 when it is not
/// the caller's tenant's.</item>
/// <item><c>GET /x12/837/{batchId}</c> (the SubmissionBatch global ID): the 837 file as application/edi-x12; 404 when
/// the batch is not the caller's tenant's.</item>
/// </list>
/// </summary>
public static class X12Endpoints
{
    private static readonly string[] Posting = [Roles.Biller, Roles.TenantAdmin];
    private static readonly string[] FileTypes = ["text/plain", "application/edi-x12", "application/octet-stream"];

    public static IEndpointRouteBuilder MapX12Endpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/x12/835", Import835).ExcludeFromDescription();
        app.MapGet("/x12/837/{batchId}", Download837).ExcludeFromDescription();
        app.MapGet("/x12/jobs/{jobId}", GetJob).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Import835(HttpContext http, RevenueCycleDb db, TenantScope scope, TimeProvider clock, ImportJobWorker worker)
    {
        if (Refuse(http, scope, Posting) is { } refused) return refused;
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is null || !FileTypes.Contains(mediaType))
            return Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Send the 835 as text/plain or application/edi-x12.");

        var cancellation = http.RequestAborted;
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var content = await reader.ReadToEndAsync(cancellation);
        var now = clock.GetUtcNow();
        if (RespondAsync(http.Request)) return await QueueAsync(http, db, scope, worker, content, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        try
        {
            var result = await Remittance835Import.ImportAsync(db, content, scope.Actor, now, cancellation);
            db.AuditEvents.Add(new AuditEvent
            {
                At = now.UtcDateTime, Actor = scope.Actor, ClientId = scope.ClientId, Action = "POST /x12/835",
                EntityType = nameof(RemittanceImport), EntityId = result.Import.Id,
            });
            await db.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
            return Results.Json(ImportBody(result));
        }
        catch (MutationException e)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return e.Error switch
            {
                DuplicateRemittanceError d => Results.Json(new { error = new { type = nameof(DuplicateRemittanceError), message = d.Message, remittanceId = d.RemittanceId, traceNumber = d.TraceNumber } },
                    statusCode: StatusCodes.Status409Conflict),
                X12SyntaxError x => Results.Json(new { error = new { type = nameof(X12SyntaxError), message = x.Message, segmentPosition = x.SegmentPosition, segmentId = x.SegmentId } },
                    statusCode: StatusCodes.Status400BadRequest),
                var other => Error(StatusCodes.Status400BadRequest, other.GetType().Name, other.Message),
            };
        }
        catch (DbUpdateException)
        {
            // The unique file hash: the same file committed by a concurrent request while this one ran.
            await transaction.RollbackAsync(CancellationToken.None);
            return Error(StatusCodes.Status409Conflict, nameof(DuplicateRemittanceError), "This file was imported by a concurrent request; nothing was posted again.");
        }
    }

    /// <summary>RFC 7240: the client prefers 202 and a status resource to waiting for the import.</summary>
    private static bool RespondAsync(HttpRequest request) =>
        request.Headers["Prefer"].SelectMany(v => (v ?? "").Split(',')).Any(p => p.Split(';')[0].Trim().Equals("respond-async", StringComparison.OrdinalIgnoreCase));

    private static async Task<IResult> QueueAsync(HttpContext http, RevenueCycleDb db, TenantScope scope, ImportJobWorker worker, string content, DateTimeOffset now)
    {
        ImportJob job;
        try
        {
            job = ImportJobMutations.QueueRemittance835(db, content, scope.Actor, scope.ClientId, now);
        }
        catch (MutationException e)
        {
            return Error(StatusCodes.Status400BadRequest, e.Error.GetType().Name, e.Error.Message);
        }
        db.AuditEvents.Add(new AuditEvent
        {
            At = now.UtcDateTime, Actor = scope.Actor, ClientId = scope.ClientId, Action = "POST /x12/835 (respond-async)",
            EntityType = nameof(ImportJob), EntityId = job.Id,
        });
        await db.SaveChangesAsync(http.RequestAborted);
        worker.Wake();
        var id = GlobalId.Encode("ImportJob", job.Id);
        http.Response.Headers["Preference-Applied"] = "respond-async";
        return Results.Accepted($"/x12/jobs/{id}", JobBody(job, job.Processed));
    }

    private static async Task<IResult> GetJob(HttpContext http, string jobId, RevenueCycleDb db, TenantScope scope, ImportJobWorker worker)
    {
        if (Refuse(http, scope, Roles.Billing) is { } refused) return refused;
        var id = GlobalId.TryDecode(jobId, "ImportJob");
        var job = id is null ? null : await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, http.RequestAborted);
        if (job is null) return Error(StatusCodes.Status404NotFound, "NotFoundError", $"No import job with ID '{jobId}'.");
        return Results.Json(JobBody(job, worker.Processed(job)));
    }

    private static object JobBody(ImportJob job, int processed) => new
    {
        id = GlobalId.Encode("ImportJob", job.Id),
        kind = job.Kind.ToString(),
        state = job.State.ToString(),
        processed,
        total = job.Total,
        createdBy = job.CreatedBy,
        createdAt = job.CreatedAt,
        startedAt = job.StartedAt,
        finishedAt = job.FinishedAt,
        summary = job.Summary,
        error = job.ErrorCode is null ? null : new { type = job.ErrorCode, message = job.ErrorMessage },
        remittanceImportId = job.RemittanceImportId is { } r ? GlobalId.Encode("RemittanceImport", r) : null,
    };

    private static async Task<IResult> Download837(HttpContext http, string batchId, RevenueCycleDb db, TenantScope scope)
    {
        if (Refuse(http, scope, Roles.Billing) is { } refused) return refused;
        var id = GlobalId.TryDecode(batchId, "SubmissionBatch");
        var batch = id is null ? null : await db.SubmissionBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, http.RequestAborted);
        if (batch is null) return Error(StatusCodes.Status404NotFound, "NotFoundError", $"No submission batch with ID '{batchId}'.");
        return Results.Text(batch.Content, "application/edi-x12", Encoding.ASCII);
    }

    private static object ImportBody(RemittanceImportResult result) => new
    {
        importId = GlobalId.Encode("RemittanceImport", result.Import.Id),
        sourceHash = result.Import.SourceHash,
        claimCount = result.Import.ClaimCount,
        postedClaims = result.Import.PostedClaims,
        unmatchedClaims = result.Import.UnmatchedClaims,
        denialsCreated = result.Import.DenialsCreated,
        remittances = result.Remittances.Select(r => new
        {
            id = GlobalId.Encode("Remittance", r.Id), traceNumber = r.TraceNumber, payerName = r.PayerName, amount = r.Amount,
            postedClaims = r.PostedClaims, unmatchedClaims = r.UnmatchedClaims, denialsCreated = r.DenialsCreated,
        }),
    };

    /// <summary>The same rule as /graphql: a signed-in caller with a tenant, in one of <paramref name="roles"/>.</summary>
    internal static IResult? Refuse(HttpContext http, TenantScope scope, string[] roles)
    {
        if (http.User.Identity?.IsAuthenticated != true || scope.TenantId is null)
            return Error(StatusCodes.Status401Unauthorized, "AUTH_NOT_AUTHENTICATED", "Sign in to use this endpoint.");
        if (!roles.Any(http.User.IsInRole))
            return Error(StatusCodes.Status403Forbidden, "AUTH_NOT_AUTHORIZED", $"Your role may not use this endpoint (allowed: {string.Join(", ", roles)}).");
        return null;
    }

    internal static IResult Error(int status, string type, string message) =>
        Results.Json(new { error = new { type, message } }, statusCode: status);
}
