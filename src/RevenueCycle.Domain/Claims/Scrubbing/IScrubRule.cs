namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// One scrub edit. A rule owns one concern and stays silent about data another rule owns (a missing NPI is
/// <see cref="RequiredDataRule"/>'s to report, not <see cref="NpiCheckDigitRule"/>'s), so a problem is reported once.
/// </summary>
public interface IScrubRule
{
    /// <summary>Stable SCREAMING_SNAKE id, stored with findings and used by front ends: never rename one.</summary>
    string Id { get; }

    IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context);
}
