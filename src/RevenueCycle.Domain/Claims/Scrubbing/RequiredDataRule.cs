using static RevenueCycle.Claims.Scrubbing.ScrubFormats;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// REQUIRED_DATA: what a clearinghouse refuses an 837 without, and the shape of the identifiers it checks first:
/// claim number, place of service (professional), billing provider NPI, tax id, name and street address with
/// ZIP+4, rendering provider NPI and name when there is one, patient name, birth date, sex and address, member
/// id, relationship, the payer's number of the replaced claim (frequency 7 and 8), payer name and id, claim filing indicator, at least one diagnosis and one line, and no more
/// lines than the transaction allows. Incomplete addresses are one finding each, naming every missing part.
/// </summary>
public sealed class RequiredDataRule : IScrubRule
{
    /// <summary>Loop 2400 repeats at most 50 times in an 837P and 999 times in an 837I.</summary>
    private const int ProfessionalMaxLines = 50;
    private const int InstitutionalMaxLines = 999;

    public string Id => "REQUIRED_DATA";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        var claimLevel = new List<string>();
        CheckClaim(claim, claimLevel);
        CheckBillingProvider(claim.BillingProvider, claimLevel);
        if (claim.RenderingProvider is { } rendering) CheckRenderingProvider(rendering, claimLevel);
        CheckPatient(claim.Patient, claimLevel);
        CheckCoverageAndPayer(claim.Coverage, claim.Payer, claimLevel);
        CheckDiagnosesAndLines(claim, claimLevel);

        foreach (var message in claimLevel) yield return ScrubFinding.Error(Id, null, message);
        foreach (var line in claim.Lines.Where(l => IsBlank(l.ProcedureCode)))
            yield return ScrubFinding.Error(Id, line.LineNumber,
                $"Line {line.LineNumber} has no procedure code. Enter the CPT or HCPCS code of the service, or delete the line.");
    }

    private static void CheckClaim(ScrubClaim claim, List<string> problems)
    {
        if (IsBlank(claim.Number))
            problems.Add("The claim has no claim number (patient control number, CLM01). Save the claim so that it is numbered, then scrub again.");
        if (claim.Frequency != ScrubClaimFrequency.Original && IsBlank(claim.PayerClaimControlNumber))
            problems.Add("A replacement or void claim must carry the payer's claim number of the claim it replaces (REF*F8). Copy it from that claim's remittance.");
        if (claim.Form != ScrubClaimForm.Professional) return;
        if (IsBlank(claim.PlaceOfService))
            problems.Add("Place of service is missing. Enter the two-digit code of where the services were given (11 office, 22 outpatient hospital, 10 telehealth at home…).");
        else if (claim.PlaceOfService is not { Length: 2 } pos || !pos.All(char.IsAsciiDigit))
            problems.Add($"Place of service '{claim.PlaceOfService}' is not a two-digit CMS place-of-service code (11 office, 22 outpatient hospital…). Correct it on the claim.");
    }

    private static void CheckBillingProvider(ScrubBillingProvider provider, List<string> problems)
    {
        if (IsBlank(provider.Npi))
            problems.Add("The billing provider has no NPI. Add the practice's (group) NPI, or the clinician's when billing individually, to the billing provider.");
        if (IsBlank(provider.TaxId))
            problems.Add("The billing provider has no tax id. Add the practice's 9-digit EIN (or the clinician's SSN when billing under it).");
        else if (!HasDigits(provider.TaxId!, 9))
            problems.Add($"The billing provider's tax id '{provider.TaxId}' is not 9 digits. Enter the EIN as 9 digits (a hyphen after the second is fine).");
        if (IsBlank(provider.Name))
            problems.Add("The billing provider has no name. Enter the practice's legal name as the payer knows it.");
        CheckAddress(provider.Address, "billing provider", "the practice settings", zipPlusFourRequired: true, streetRequired: true, problems);
    }

    private static void CheckRenderingProvider(ScrubRenderingProvider provider, List<string> problems)
    {
        if (IsBlank(provider.Npi))
            problems.Add("The rendering provider has no NPI. Add the clinician's individual NPI to their provider record, or remove the rendering provider if the billing provider performed the services.");
        if (IsBlank(provider.Name))
            problems.Add("The rendering provider has no name. Complete the clinician's provider record.");
        if (!IsBlank(provider.Taxonomy) && (provider.Taxonomy!.Length != 10 || !provider.Taxonomy.All(char.IsAsciiLetterOrDigit)))
            problems.Add($"The rendering provider's taxonomy '{provider.Taxonomy}' is not a 10-character NUCC taxonomy code (e.g. 207Q00000X family medicine). Correct it on the provider record.");
    }

    private static void CheckPatient(ScrubPatient patient, List<string> problems)
    {
        if (IsBlank(patient.LastName) || IsBlank(patient.FirstName))
            problems.Add("The patient's first or last name is missing. Enter the name exactly as on the insurance card.");
        if (patient.DateOfBirth is null)
            problems.Add("The patient's date of birth is missing. Enter it in the patient's demographics.");
        if (patient.Sex is not ('F' or 'M' or 'U'))
            problems.Add("The patient's sex is missing or not F, M or U. Set it in the patient's demographics (U when unknown).");
        CheckAddress(patient.Address, "patient", "the patient's demographics", zipPlusFourRequired: false, streetRequired: false, problems);
    }

    private static void CheckCoverageAndPayer(ScrubCoverage coverage, ScrubPayer payer, List<string> problems)
    {
        if (IsBlank(coverage.MemberId))
            problems.Add("The coverage has no member id. Enter the subscriber's member id from the insurance card.");
        if (IsBlank(coverage.Relationship))
            problems.Add("The patient's relationship to the subscriber is missing. Set it on the coverage (self, spouse, child, other).");
        else if (!Relationships.Contains(coverage.Relationship!))
            problems.Add($"'{coverage.Relationship}' is not an X12 patient relationship code (18 self, 01 spouse, 19 child, G8 other…). Correct it on the coverage.");
        if (IsBlank(payer.Name))
            problems.Add("The payer has no name. Complete the payer record.");
        if (IsBlank(payer.EdiPayerId))
            problems.Add("The payer has no electronic payer id. Add the clearinghouse payer id to the payer record, or bill this payer on paper.");
        if (IsBlank(payer.ClaimFilingIndicator))
            problems.Add("The payer has no claim filing indicator. Set it on the payer record (MB Medicare Part B, MC Medicaid, CI commercial, BL Blue Cross…).");
        else if (!ClaimFilingIndicators.Contains(payer.ClaimFilingIndicator!))
            problems.Add($"'{payer.ClaimFilingIndicator}' is not an X12 claim filing indicator (MB Medicare Part B, MC Medicaid, CI commercial, BL Blue Cross…). Correct it on the payer record.");
    }

    private static void CheckDiagnosesAndLines(ScrubClaim claim, List<string> problems)
    {
        if (claim.Diagnoses.Count == 0)
            problems.Add("The claim has no diagnosis. Code at least the primary diagnosis (ICD-10-CM) before billing.");
        foreach (var blank in claim.Diagnoses.Where(d => IsBlank(d.Code)))
            problems.Add($"Diagnosis {ScrubText.Letter(blank.Sequence)} has no code. Enter the ICD-10-CM code or remove the diagnosis.");
        if (claim.Lines.Count == 0)
            problems.Add("The claim has no service lines. Add the services performed (CPT or HCPCS) before billing.");
        var maxLines = claim.Form == ScrubClaimForm.Professional ? ProfessionalMaxLines : InstitutionalMaxLines;
        if (claim.Lines.Count > maxLines)
            problems.Add($"The claim has {claim.Lines.Count} lines; an electronic {(claim.Form == ScrubClaimForm.Professional ? "837P" : "837I")} claim carries at most {maxLines}. Split the services over several claims.");
    }

    private static void CheckAddress(
        ScrubAddress? address, string whose, string where, bool zipPlusFourRequired, bool streetRequired, List<string> problems)
    {
        var missing = new List<string>();
        if (IsBlank(address?.Line1)) missing.Add("street");
        if (IsBlank(address?.City)) missing.Add("city");
        if (IsBlank(address?.State)) missing.Add("state");
        if (IsBlank(address?.PostalCode)) missing.Add("ZIP code");
        if (missing.Count > 0)
        {
            problems.Add($"The {whose}'s address is incomplete: {ScrubText.List(missing)} missing. Complete it in {where}.");
            return;
        }

        if (!IsTwoLetterState(address!.State!))
            problems.Add($"The {whose}'s state '{address.State}' is not a two-letter state code (e.g. OH). Correct it in {where}.");
        var zip = address.PostalCode!;
        if (zipPlusFourRequired && !HasDigits(zip, 9))
            problems.Add($"The {whose}'s ZIP code '{zip}' must be the full 9-digit ZIP+4 on an electronic claim. Look it up (USPS) and enter it in {where}.");
        else if (!HasDigits(zip, 5, 9))
            problems.Add($"The {whose}'s ZIP code '{zip}' is not 5 or 9 digits. Correct it in {where}.");
        if (streetRequired && IsPostOfficeBox(address.Line1!))
            problems.Add($"The {whose}'s address is a post-office box; payers require the street address where services are given. Enter it in {where} (a PO box can go in the pay-to address).");
    }
}
