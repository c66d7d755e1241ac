namespace RevenueCycle.Denials;

/// <summary>The named steps that move a denial between statuses (see <see cref="DenialWorkflow"/>).</summary>
public enum DenialAction { Review, Appeal, Overturn, Uphold, WriteOff, Resolve }
