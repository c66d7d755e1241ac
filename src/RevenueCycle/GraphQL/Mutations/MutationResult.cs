namespace RevenueCycle.GraphQL.Mutations;

/// <summary>What a mutation resolver returns to its payload type: the changed record, or the errors that stopped it.</summary>
public sealed record MutationResult(object? Value, IReadOnlyList<MutationError>? Errors, IReadOnlyDictionary<string, object?>? Extra = null)
{
    public static MutationResult Failed(params IReadOnlyList<MutationError> errors) => new(null, errors);
}

/// <summary>Inputs of mutations that partners retry carry an optional idempotency key (see <see cref="MutationRunner"/>).</summary>
public interface IIdempotentInput
{
    string? IdempotencyKey { get; }
}
