using GraphQL.Types;
using RevenueCycle.GraphQL.Mutations;

namespace RevenueCycle.Payments;

/// <summary>
/// The remittance (same source hash, or same trace number from the same payer) was already posted. Chosen over a
/// payload flag so that a client cannot mistake a second post for a success: nothing was posted again.
/// </summary>
public sealed record DuplicateRemittanceError(string Message, string RemittanceId, string TraceNumber) : MutationError(Message);

/// <summary>The file is not a well-formed 835 (truncated, wrong counts, garbage); nothing was posted.</summary>
public sealed record X12SyntaxError(string Message, int SegmentPosition, string SegmentId) : MutationError(Message);

public sealed class DuplicateRemittanceErrorType : ErrorGraphType<DuplicateRemittanceError>
{
    public DuplicateRemittanceErrorType() : base("This remittance was already posted; nothing was posted again.")
    {
        Field<NonNullGraphType<IdGraphType>>("remittanceId").Description("The remittance already posted.").Resolve(c => c.Source.RemittanceId);
        Field(e => e.TraceNumber);
    }
}

public sealed class X12SyntaxErrorType : ErrorGraphType<X12SyntaxError>
{
    public X12SyntaxErrorType() : base("The X12 content is malformed; nothing was imported.")
    {
        Field(e => e.SegmentPosition).Description("1-based position of the offending segment (the ISA is 1); 0 when unknown.");
        Field(e => e.SegmentId).Description("The offending (or missing) segment's id.");
    }
}
