namespace RevenueCycle.X12;

/// <summary>An NM1 name: a person (last, first, middle, suffix) or an organization (last only).</summary>
public sealed record PartyName(string Last, string? First = null, string? Middle = null, string? Suffix = null)
{
    internal static PartyName FromNm1(X12Segment nm1) => new(
        nm1.Element(3),
        X12Values.Optional(nm1, 4),
        X12Values.Optional(nm1, 5),
        X12Values.Optional(nm1, 7));
}
