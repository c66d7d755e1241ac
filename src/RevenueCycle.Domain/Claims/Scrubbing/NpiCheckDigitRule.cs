using RevenueCycle.Providers;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// NPI_CHECK_DIGIT: the billing and rendering NPIs are ten digits with a valid Luhn check digit (<see cref="Npi"/>),
/// which catches most typing errors before the payer does. A missing NPI is <see cref="RequiredDataRule"/>'s finding.
/// </summary>
public sealed class NpiCheckDigitRule : IScrubRule
{
    public string Id => "NPI_CHECK_DIGIT";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        if (Invalid(claim.BillingProvider.Npi))
            yield return ScrubFinding.Error(Id, null,
                $"The billing provider's NPI '{claim.BillingProvider.Npi}' is not a valid NPI (ten digits with a check digit). Check it against NPPES and correct it in the practice settings.");
        if (Invalid(claim.RenderingProvider?.Npi))
            yield return ScrubFinding.Error(Id, null,
                $"The rendering provider's NPI '{claim.RenderingProvider!.Npi}' is not a valid NPI (ten digits with a check digit). Check it against NPPES and correct it on the provider record.");
    }

    private static bool Invalid(string? npi) => !ScrubFormats.IsBlank(npi) && !Npi.IsValid(npi!.Trim());
}
