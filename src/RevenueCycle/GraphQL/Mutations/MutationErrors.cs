namespace RevenueCycle.GraphQL.Mutations;

/// <summary>
/// A domain failure a mutation reports in its payload's <c>errors</c> (DESIGN §4), as opposed to a request
/// error. Each record becomes a GraphQL object type implementing <c>Error</c>; the mutation changes nothing.
/// </summary>
public abstract record MutationError(string Message);

/// <summary>An input value is missing, malformed or contradicts the data; <see cref="Field"/> names it (camelCase path).</summary>
public sealed record ValidationError(string Message, string? Field) : MutationError(Message);

/// <summary>The ID does not name a record of the caller's tenant (another tenant's IDs behave the same).</summary>
public sealed record NotFoundError(string Message, string Id) : MutationError(Message);

/// <summary>The workflow of DESIGN §3 does not allow this move from the record's current status.</summary>
public sealed record InvalidTransitionError(string Message, string EntityKind, string From, string To) : MutationError(Message);

/// <summary>The caller acted on an older version of the record than the stored one: reload and retry.</summary>
public sealed record ConcurrencyConflictError(string Message, long? ExpectedVersion, long? ActualVersion) : MutationError(Message);

/// <summary>The idempotency key was already used for another mutation or another input.</summary>
public sealed record IdempotencyKeyReusedError(string Message, string Key) : MutationError(Message);

/// <summary>Money that cannot be posted: it would overpay, over-adjust, or reverse what cannot be reversed.</summary>
public sealed record PostingError(string Message, string Reason) : MutationError(Message);

/// <summary>Thrown inside a mutation to stop it; the runner rolls the transaction back and reports the error.</summary>
public sealed class MutationException(IReadOnlyList<MutationError> errors) : Exception(errors[0].Message)
{
    public MutationException(MutationError error) : this([error])
    {
    }

    public MutationError Error => Errors[0];

    /// <summary>All the errors to report, when one check finds several (the password rules).</summary>
    public IReadOnlyList<MutationError> Errors { get; } = errors;

    public static MutationException Invalid(string field, string message) => new(new ValidationError(message, field));

    public static MutationException NotFound(string id, string what) => new(new NotFoundError($"No {what} with ID '{id}'.", id));
}
