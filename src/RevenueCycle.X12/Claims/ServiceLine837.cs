namespace RevenueCycle.X12;

/// <summary>One LX loop: SV1 on 837P, SV2 on 837I.</summary>
public sealed record ServiceLine837
{
    /// <summary>CPT/HCPCS code; may be absent on an 837I line billed by revenue code alone.</summary>
    public string? ProcedureCode { get; init; }
    public IReadOnlyList<string> Modifiers { get; init; } = [];
    public required decimal Charge { get; init; }
    public decimal Units { get; init; } = 1;

    /// <summary>SV103 / SV204: UN units, MJ minutes (anesthesia), DA days (837I).</summary>
    public string UnitOfMeasure { get; init; } = "UN";

    /// <summary>1-based indexes into <see cref="Claim837.Diagnoses"/>, at most four (837P only).</summary>
    public IReadOnlyList<int> DiagnosisPointers { get; init; } = [];

    /// <summary>DTP*472; <see cref="ServiceDateEnd"/> turns it into an RD8 period.</summary>
    public DateOnly? ServiceDate { get; init; }
    public DateOnly? ServiceDateEnd { get; init; }

    /// <summary>SV105: only when it differs from the claim's place of service (837P).</summary>
    public string? PlaceOfService { get; init; }

    /// <summary>SV201 NUBC revenue code (837I).</summary>
    public string? RevenueCode { get; init; }

    /// <summary>REF*6R: comes back on the 835 SVC loop so payments post to the right line.</summary>
    public string? LineControlNumber { get; init; }
}
