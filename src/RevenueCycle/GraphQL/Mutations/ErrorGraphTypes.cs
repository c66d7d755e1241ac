using GraphQL.Types;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary><c>interface Error { message: String! }</c>: every mutation error type implements it (HotChocolate's convention).</summary>
public sealed class ErrorInterface : InterfaceGraphType
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A domain failure of a mutation. Nothing was changed.";
        Field<NonNullGraphType<StringGraphType>>("message");
    }
}

public abstract class ErrorGraphType<T> : ObjectGraphType<T> where T : MutationError
{
    protected ErrorGraphType(string description)
    {
        Name = typeof(T).Name;
        Description = description;
        Interface<ErrorInterface>();
        Field(e => e.Message);
    }
}

public sealed class ValidationErrorType : ErrorGraphType<ValidationError>
{
    public ValidationErrorType() : base("An input value is missing, malformed or contradicts the data.") =>
        Field(e => e.Field, nullable: true).Description("The input field at fault, as a camelCase path (lines[1].charge).");
}

public sealed class NotFoundErrorType : ErrorGraphType<NotFoundError>
{
    public NotFoundErrorType() : base("No record with this ID in your tenant.") =>
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
}

public sealed class InvalidTransitionErrorType : ErrorGraphType<InvalidTransitionError>
{
    public InvalidTransitionErrorType() : base("The workflow does not allow this move from the record's current status.")
    {
        Field(e => e.EntityKind);
        Field(e => e.From).Description("The record's current status.");
        Field(e => e.To).Description("The status the mutation would have moved it to.");
    }
}

public sealed class ConcurrencyConflictErrorType : ErrorGraphType<ConcurrencyConflictError>
{
    public ConcurrencyConflictErrorType() : base("Someone changed the record since you read it: reload it and try again.")
    {
        Field(e => e.ExpectedVersion, nullable: true).Description("The version you sent.");
        Field(e => e.ActualVersion, nullable: true).Description("The stored version, when known.");
    }
}

public sealed class IdempotencyKeyReusedErrorType : ErrorGraphType<IdempotencyKeyReusedError>
{
    public IdempotencyKeyReusedErrorType() : base("The idempotency key was already used with another mutation or input.") =>
        Field(e => e.Key);
}

public sealed class PostingErrorType : ErrorGraphType<PostingError>
{
    public PostingErrorType() : base("Money that cannot be posted as asked (it would overpay, over-adjust or reverse twice).") =>
        Field(e => e.Reason).Description("A stable code: OVERPAYMENT, EXCEEDS_OPEN_BALANCE, REFUND_EXCEEDS_CREDIT, ….");
}
