namespace RevenueCycle.Denials;

public enum DenialStatus { Open, InReview, Appealed, Overturned, Upheld, WrittenOff, Resolved }
