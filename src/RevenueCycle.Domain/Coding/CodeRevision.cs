namespace RevenueCycle.Coding;

/// <summary>A code re-described (or its billable flag changed) by a release: the old version closed, a new one opened.</summary>
public sealed record CodeRevision(CodeVersion Closed, CodeVersion Opened);
