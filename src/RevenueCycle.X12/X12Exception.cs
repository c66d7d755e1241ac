namespace RevenueCycle.X12;

/// <summary>
/// The only exception the readers throw for bad input. A reader either returns a complete result or throws this,
/// so a caller never posts half a remittance.
/// </summary>
public sealed class X12Exception : Exception
{
    public X12Exception()
        : this("Invalid X12 input.", 0, "")
    {
    }

    public X12Exception(string message)
        : this(message, 0, "")
    {
    }

    public X12Exception(string message, Exception innerException)
        : base(message, innerException)
    {
        SegmentId = "";
    }

    public X12Exception(string message, int segmentPosition, string segmentId)
        : base(Format(message, segmentPosition, segmentId))
    {
        Reason = message;
        SegmentPosition = segmentPosition;
        SegmentId = segmentId;
    }

    internal X12Exception(string message, X12Segment segment)
        : this(message, segment.Position, segment.Id)
    {
    }

    /// <summary>The message without the position suffix.</summary>
    public string? Reason { get; }

    /// <summary>1-based position of the offending segment in the interchange (the ISA is 1); for a missing
    /// segment, the position where it was expected.</summary>
    public int SegmentPosition { get; }

    /// <summary>Id of the offending segment, or of the segment that was expected but missing.</summary>
    public string SegmentId { get; }

    private static string Format(string message, int position, string id) =>
        position > 0 ? $"{message} (segment {id} at position {position})" : message;
}
