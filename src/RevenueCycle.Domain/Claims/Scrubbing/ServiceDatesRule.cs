using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// SERVICE_DATES: the dates hang together. The span runs forwards, every line falls inside it, nothing is billed
/// before it happened (a date after today) and the patient was born by the first date of service. Not in the
/// original rule list; added because coverage and timely filing reason from these dates, and payers reject a
/// claim whose dates contradict each other before looking at anything else.
/// </summary>
public sealed class ServiceDatesRule : IScrubRule
{
    public string Id => "SERVICE_DATES";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        if (claim.ServiceDateFrom > claim.ServiceDateTo)
            yield return ScrubFinding.Error(Id, null,
                $"The dates of service run backwards ({Date(claim.ServiceDateFrom)} to {Date(claim.ServiceDateTo)}). Correct the from and to dates of the claim.");
        if (claim.ServiceDateTo > context.Today)
            yield return ScrubFinding.Error(Id, null,
                $"The claim bills services through {Date(claim.ServiceDateTo)}, which is after today ({Date(context.Today)}). Bill services only once they have been performed; correct the date or hold the claim.");
        if (claim.Patient.DateOfBirth is { } born && born > claim.ServiceDateFrom)
            yield return ScrubFinding.Error(Id, null,
                $"The patient's date of birth ({Date(born)}) is after the first date of service ({Date(claim.ServiceDateFrom)}). Correct the birth date in the patient's demographics.");

        foreach (var line in claim.Lines)
        {
            if (line.ServiceDate < claim.ServiceDateFrom || line.ServiceDate > claim.ServiceDateTo)
                yield return ScrubFinding.Error(Id, line.LineNumber,
                    $"Line {line.LineNumber} is dated {Date(line.ServiceDate)}, outside the claim's dates of service ({Date(claim.ServiceDateFrom)} to {Date(claim.ServiceDateTo)}). Correct the line's date or the claim's dates.");
        }
    }
}
