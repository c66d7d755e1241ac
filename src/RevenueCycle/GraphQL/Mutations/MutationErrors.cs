namespace RevenueCycle.GraphQL.Mutations;

// Domain refusals of a mutation, returned in its payload's `errors` (HotChocolate's mutation convention), never
// thrown: the request succeeds and says exactly what was wrong with the input.

public abstract record MutationError(string Message);

/// <summary>An input value is not acceptable; <see cref="Field"/> names the input field.</summary>
public sealed record ValidationError(string Message, string Field) : MutationError(Message);

/// <summary>The object with this global ID does not exist (or belongs to another tenant, which looks the same).</summary>
public sealed record NotFoundError(string Message, string Id) : MutationError(Message);
