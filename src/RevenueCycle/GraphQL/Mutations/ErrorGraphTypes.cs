using GraphQL.Types;

namespace RevenueCycle.GraphQL.Mutations;

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
