namespace RevenueCycle.X12;

/// <summary>The verdict of a 277CA (per claim) or a 999 (per transaction set).</summary>
public enum AcknowledgementOutcome
{
    Accepted,
    Rejected,
}
