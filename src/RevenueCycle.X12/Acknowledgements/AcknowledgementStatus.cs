namespace RevenueCycle.X12;

/// <summary>One STC composite (STC01, or the additional STC10/STC11).</summary>
/// <param name="CategoryCode">A1/A2 received or accepted; A3, A4, A6, A7, A8 rejected.</param>
/// <param name="StatusCode">Claim status code (code list 508), e.g. 20 "accepted for processing", 562 "entity's NPI".</param>
/// <param name="EntityCode">Entity identifier the status is about, e.g. 85 billing provider.</param>
/// <param name="Date">STC02.</param>
/// <param name="ActionCode">STC03: WQ accepted, U rejected.</param>
/// <param name="Amount">STC04: total claim charge.</param>
public sealed record AcknowledgementStatus(
    string CategoryCode, string StatusCode, string? EntityCode, DateOnly? Date, string? ActionCode, decimal? Amount)
{
    private static readonly HashSet<string> RejectedCategories = ["A3", "A4", "A6", "A7", "A8"];

    public bool IsRejection => RejectedCategories.Contains(CategoryCode);
}
