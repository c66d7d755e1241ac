using GraphQL;

namespace RevenueCycle.GraphQL.Relay;

/// <summary>The Relay paging arguments of one connection field, checked against the page-size limit.</summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        var request = new PageRequest(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        request.Validate();
        return request;
    }

    public bool Backward => Last is not null && First is null;
    public int Size => (Backward ? Last : First) ?? DefaultPageSize;

    /// <summary>This request after the checks <see cref="From"/> makes, for callers outside GraphQL.</summary>
    public PageRequest Validated()
    {
        Validate();
        return this;
    }

    private void Validate()
    {
        if (First is not null && Last is not null)
            throw new ExecutionError("Pass either 'first' or 'last', not both.") { Code = "INVALID_PAGING" };
        if (First < 0 || Last < 0)
            throw new ExecutionError("'first' and 'last' cannot be negative.") { Code = "INVALID_PAGING" };
        if (Size > MaxPageSize)
            throw new ExecutionError($"A page holds at most {MaxPageSize} items; ask for {MaxPageSize} or fewer and follow the cursor.")
            { Code = "PAGE_SIZE_EXCEEDED" };
    }
}
