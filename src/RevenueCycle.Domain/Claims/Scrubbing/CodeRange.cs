namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// A span of codes written the way code books and edit tables write them. Both ends have the same length and a
/// code belongs when its first that-many characters sort between them, so O00–O9A holds O80 and O9A211 (ordinal
/// order puts digits before letters: O99 &lt; O9A) and Z681–Z684 holds Z6841 but not Z6851.
/// </summary>
public sealed record CodeRange
{
    /// <exception cref="ArgumentException">The ends are blank, of different lengths, or out of order.</exception>
    public CodeRange(string first, string last)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(last);
        if (first.Length != last.Length)
            throw new ArgumentException($"Both ends of a code range have the same length ({first}, {last}).", nameof(last));
        if (string.Compare(first, last, StringComparison.OrdinalIgnoreCase) > 0)
            throw new ArgumentException($"{first} sorts after {last}.", nameof(last));
        First = first;
        Last = last;
    }

    public string First { get; }

    public string Last { get; }

    /// <summary>A single category or code, e.g. Z3A or 99381.</summary>
    public static CodeRange Of(string code) => new(code, code);

    public bool Contains(string? code)
    {
        if (code is null || code.Length < First.Length) return false;
        var prefix = code.AsSpan(0, First.Length);
        return prefix.CompareTo(First, StringComparison.OrdinalIgnoreCase) >= 0
            && prefix.CompareTo(Last, StringComparison.OrdinalIgnoreCase) <= 0;
    }

    public override string ToString() => First == Last ? First : $"{First}–{Last}";
}
