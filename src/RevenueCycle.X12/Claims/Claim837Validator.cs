namespace RevenueCycle.X12;

/// <summary>The checks a payer's front end would reject the claim for, made before a byte is written.</summary>
internal static class Claim837Validator
{
    public static void Validate(Claim837 claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var professional = claim.Kind == ClaimKind.Professional;
        void Fail(string message) => throw new ArgumentException($"Claim {claim.ClaimNumber}: {message}", nameof(claim));

        if (string.IsNullOrEmpty(claim.ClaimNumber)) Fail("the claim number is required.");
        if (claim.FrequencyCode is "7" or "8" && string.IsNullOrEmpty(claim.PayerClaimControlNumber))
            Fail($"frequency {claim.FrequencyCode} needs the payer claim control number being replaced or voided.");
        if (claim.Lines.Count == 0) Fail("a claim needs at least one service line.");
        if (claim.Lines.Count > (professional ? 50 : 999)) Fail("too many service lines for one claim.");
        if (claim.Diagnoses.Count == 0) Fail("a claim needs a principal diagnosis.");
        if (claim.Diagnoses.Count > (professional ? 12 : 25)) Fail("too many diagnoses for one claim.");
        if (claim.Lines.Sum(l => l.Charge) != claim.TotalCharge)
            Fail($"total charge {claim.TotalCharge} is not the sum of the line charges {claim.Lines.Sum(l => l.Charge)}.");

        if (professional)
        {
            if (claim.AttendingProvider is not null) Fail("an attending provider belongs on an 837I.");
            if (claim.StatementFrom is not null || claim.StatementThrough is not null) Fail("statement dates belong on an 837I.");
            if (claim.AdmissionTypeCode is not null || claim.AdmissionSourceCode is not null || claim.PatientStatusCode is not null)
                Fail("CL1 codes belong on an 837I.");
        }
        else
        {
            if (claim.StatementFrom is null || claim.StatementThrough is null) Fail("an 837I needs statement from and through dates.");
            if (claim.RenderingProvider?.TaxonomyCode is not null) Fail("an 837I rendering provider has no PRV taxonomy.");
        }
        if (string.IsNullOrEmpty(claim.Subscriber.ClaimFilingIndicator)) Fail("the subscriber's claim filing indicator (SBR09) is required.");
        CheckDmg(claim.Subscriber.BirthDate, claim.Subscriber.Sex, Fail);
        if (claim.Patient is { } patient) CheckDmg(patient.BirthDate, patient.Sex, Fail);

        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            var where = $"line {i + 1}";
            if (line.Modifiers.Count > 4) Fail($"{where} has more than four modifiers.");
            if (line.Units <= 0) Fail($"{where} needs a positive unit count.");
            if (professional)
            {
                if (string.IsNullOrEmpty(line.ProcedureCode)) Fail($"{where} needs a procedure code.");
                if (line.ServiceDate is null) Fail($"{where} needs a service date.");
                if (line.DiagnosisPointers.Count is < 1 or > 4) Fail($"{where} needs one to four diagnosis pointers.");
                if (line.DiagnosisPointers.Any(p => p < 1 || p > claim.Diagnoses.Count))
                    Fail($"{where} points at a diagnosis the claim does not have.");
                if (line.RevenueCode is not null) Fail($"{where}: revenue codes belong on an 837I.");
            }
            else
            {
                if (string.IsNullOrEmpty(line.RevenueCode)) Fail($"{where} needs a revenue code.");
                if (line.DiagnosisPointers.Count > 0 || line.PlaceOfService is not null)
                    Fail($"{where}: diagnosis pointers and line place of service belong on an 837P.");
                if (line.ProcedureCode is null && line.Modifiers.Count > 0) Fail($"{where} has modifiers without a procedure.");
            }
            if (line.ServiceDate is null && line.ServiceDateEnd is not null) Fail($"{where} has a service end date without a start.");
        }
    }

    private static void CheckDmg(DateOnly? birthDate, string? sex, Action<string> fail)
    {
        if (birthDate is null != sex is null) fail("birth date and sex go together (DMG).");
    }
}
