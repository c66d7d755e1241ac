namespace RevenueCycle.X12;

/// <summary>The separators of one interchange. Readers take them from the ISA; writers choose them.</summary>
/// <param name="Repetition">Null when the ISA11 holds a letter (the 4010 "U" standards id) instead of a separator.</param>
public sealed record X12Delimiters(char Element, char Component, char? Repetition, char Segment)
{
    public static X12Delimiters Default { get; } = new('*', ':', '^', '~');

    internal bool IsDelimiter(char c) =>
        c == Element || c == Component || c == Segment || (Repetition is { } r && c == r);
}
