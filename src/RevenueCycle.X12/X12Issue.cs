namespace RevenueCycle.X12;

/// <summary>An envelope discrepancy accepted in lenient mode.</summary>
public sealed record X12Issue(string Message, int SegmentPosition, string SegmentId);
