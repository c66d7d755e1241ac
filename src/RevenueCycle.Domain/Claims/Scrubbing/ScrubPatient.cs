namespace RevenueCycle.Claims.Scrubbing;

/// <summary>The patient as the claim describes them.</summary>
/// <param name="Id">The practice's own key for the patient (e.g. the MRN); only used to match prior claims for duplicates.</param>
/// <param name="Sex">Administrative sex as X12 DMG03 carries it: 'F', 'M' or 'U'.</param>
public sealed record ScrubPatient(
    string Id, string? FirstName, string? LastName, DateOnly? DateOfBirth, char Sex, ScrubAddress? Address);
