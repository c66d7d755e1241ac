using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RevenueCycle.Auditing;
using RevenueCycle.Data;
using RevenueCycle.Ledger;
using RevenueCycle.Workflows;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary>
/// Runs every mutation the same way: one database transaction around the body, the audit entry and the
/// idempotency record; domain failures become typed payload errors and roll everything back, so a refused
/// mutation changes nothing.
/// </summary>
public static class MutationRunner
{
    private static readonly JsonSerializerOptions InputJson = new(JsonSerializerDefaults.Web);

    public static async Task<MutationResult> RunAsync<TInput>(IResolveFieldContext field, string mutation, TInput input,
        Func<MutationContext<TInput>, Task<object>> body) where TInput : class
    {
        var services = field.RequestServices!;
        var db = services.GetRequiredService<RevenueCycleDb>();
        var scope = field.Tenant();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var cancellation = field.CancellationToken;

        var key = (input as IIdempotentInput)?.IdempotencyKey;
        if (key is not null && (key.Length is 0 or > 200))
            return MutationResult.Failed(new ValidationError("An idempotency key has 1 to 200 characters.", "idempotencyKey"));
        var inputHash = key is null ? null : Hash(mutation, input);
        if (key is not null && await FindKeyAsync(db, key, cancellation) is { } prior)
            return await ReplayAsync(db, prior, mutation, inputHash!, cancellation);

        // A platform operator has no tenant scope (and so no actor in it): they act under their sign-in name.
        var actor = scope.TenantId is null ? field.User?.Identity?.Name ?? scope.Actor : scope.Actor;
        var context = new MutationContext<TInput>(input, db, actor, now, services);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        try
        {
            var result = await body(context);
            var (entityType, entityId, details) = context.AuditSubject
                ?? (result is Entity entity ? (entity.GetType().Name, entity.Id, null)
                    : throw new InvalidOperationException($"{mutation} returns a {result.GetType().Name}, not an entity: name its audit subject (MutationContext.Audit)."));
            // Read after the body: creating a tenant enters the new tenant's scope, which is where its audit row belongs.
            db.AuditEvents.Add(new AuditEvent
            {
                At = now.UtcDateTime,
                Actor = scope.Actor,
                ClientId = scope.ClientId,
                Action = mutation,
                EntityType = entityType,
                EntityId = entityId,
                Details = details,
            });
            if (key is not null)
            {
                // A replay loads the result back by type and id, so only entity results can be idempotent.
                var stored = result as Entity ?? throw new InvalidOperationException($"{mutation} takes an idempotency key but returns no entity.");
                db.Add(new IdempotencyRecord
                {
                    Key = key, Mutation = mutation, InputHash = inputHash!, ResultType = stored.GetType().Name,
                    ResultId = stored.Id, Actor = scope.Actor, At = now.UtcDateTime,
                });
            }
            await db.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
            foreach (var action in context.AfterCommit) action();
            return new MutationResult(result, null, context.Extra.Count > 0 ? context.Extra : null);
        }
        catch (Exception e) when (ToErrors(e) is { } errors)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            // A concurrent retry with the same key may have committed while this one ran into its effects
            // (a duplicate MRN, a claim already submitted): the retry's answer is the first one's.
            if (key is not null && await FindKeyAsync(db, key, cancellation) is { } winner)
                return await ReplayAsync(db, winner, mutation, inputHash!, cancellation);
            return MutationResult.Failed(errors);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // Most likely the same key committed by a concurrent retry: answer as that retry would be answered.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await FindKeyAsync(db, key, cancellation) is { } winner)
                return await ReplayAsync(db, winner, mutation, inputHash!, cancellation);
            throw;
        }
    }

    private static IReadOnlyList<MutationError>? ToErrors(Exception e) => e switch
    {
        MutationException m => m.Errors,
        InvalidTransitionException t => [new InvalidTransitionError(t.Message, t.EntityKind, t.FromName, t.ToName)],
        LedgerException l => [new PostingError(l.Message, StatusNames.Of(l.Error))],
        DbUpdateConcurrencyException => [new ConcurrencyConflictError(
            "The record was changed by someone else while this mutation ran. Reload it and try again.", null, null)],
        DbUpdateException u when IsUniqueViolation(u) => [new ConflictError(
            "A concurrent change took the same unique value (a number, a key) while this mutation ran; nothing was changed. Try again.")],
        _ => null,
    };

    /// <summary>A unique index refused the insert: a race the mutation's own checks could not see, not a server fault.</summary>
    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        Microsoft.Data.SqlClient.SqlException x => x.Number is 2601 or 2627,
        _ => false,
    };

    private static Task<IdempotencyRecord?> FindKeyAsync(RevenueCycleDb db, string key, CancellationToken cancellation) =>
        db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellation);

    private static async Task<MutationResult> ReplayAsync(RevenueCycleDb db, IdempotencyRecord prior, string mutation, string inputHash, CancellationToken cancellation)
    {
        if (prior.Mutation != mutation || prior.InputHash != inputHash)
            return MutationResult.Failed(new IdempotencyKeyReusedError(
                $"Idempotency key '{prior.Key}' was already used for {prior.Mutation} with a different input; use a new key for a new request.", prior.Key));
        var type = db.Model.GetEntityTypes().First(t => t.ClrType.Name == prior.ResultType).ClrType;
        var value = prior.ResultId is { } id ? await db.FindAsync(type, [id], cancellation) : null;
        return new MutationResult(value, null);
    }

    private static string Hash<TInput>(string mutation, TInput input)
    {
        var json = JsonSerializer.SerializeToNode(input, InputJson) as JsonObject ?? [];
        json.Remove("idempotencyKey");
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(mutation + "\n" + json.ToJsonString()));
        return Convert.ToHexStringLower(bytes);
    }
}
