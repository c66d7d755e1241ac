using GraphQL.Types;

namespace RevenueCycle.GraphQL.Mutations;

// Domain refusals of a mutation, returned in its payload's `errors` (HotChocolate's mutation convention), never
// thrown: the request succeeds and says exactly what was wrong with the input.

public abstract record MutationError(string Message);

/// <summary>An input value is not acceptable; <see cref="Field"/> names the input field.</summary>
public sealed record ValidationError(string Message, string Field) : MutationError(Message);

/// <summary>The object with this global ID does not exist (or belongs to another tenant, which looks the same).</summary>
public sealed record NotFoundError(string Message, string Id) : MutationError(Message);

/// <summary>The change collides with existing data (a taken e-mail address or slug).</summary>
public sealed record ConflictError(string Message) : MutationError(Message);

public sealed class ErrorInterface : InterfaceGraphType<MutationError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A domain error of a mutation. Every error type implements it and adds its own fields.";
        Field(e => e.Message);
    }
}

public sealed class ValidationErrorType : ObjectGraphType<ValidationError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Interface<ErrorInterface>();
        IsTypeOf = o => o is ValidationError;
        Field(e => e.Message);
        Field(e => e.Field).Description("The input field at fault, e.g. \"email\".");
    }
}

public sealed class NotFoundErrorType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Interface<ErrorInterface>();
        IsTypeOf = o => o is NotFoundError;
        Field(e => e.Message);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

public sealed class ConflictErrorType : ObjectGraphType<ConflictError>
{
    public ConflictErrorType()
    {
        Name = "ConflictError";
        Interface<ErrorInterface>();
        IsTypeOf = o => o is ConflictError;
        Field(e => e.Message);
    }
}
