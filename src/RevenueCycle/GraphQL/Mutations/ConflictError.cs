using GraphQL.Types;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary>The change collides with existing data (a taken e-mail address or slug).</summary>
public sealed record ConflictError(string Message) : MutationError(Message);

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
