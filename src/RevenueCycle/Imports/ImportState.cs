namespace RevenueCycle.Imports;

/// <summary>Where a long-running import (code set release, 835 batch) stands.</summary>
public enum ImportState { Queued, Running, Succeeded, Failed, Cancelled }
