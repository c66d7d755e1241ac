namespace RevenueCycle.Claims.Scrubbing;

/// <summary>Age in completed years, as age edits count it.</summary>
internal static class PatientAge
{
    /// <summary>Null when the birth date is unknown or after <paramref name="date"/> (other rules report those).</summary>
    public static int? On(DateOnly? dateOfBirth, DateOnly date)
    {
        if (dateOfBirth is not { } born || born > date) return null;
        var years = date.Year - born.Year;
        // Not yet had this year's birthday. AddYears maps 29 February to 28 February in common years.
        if (born.AddYears(years) > date) years--;
        return years;
    }
}
