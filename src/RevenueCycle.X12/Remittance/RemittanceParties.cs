namespace RevenueCycle.X12;

/// <summary>BPR: how and when the money moved.</summary>
/// <param name="HandlingCode">BPR01: I (remittance with payment), H (notification only), C (payment and advice), …</param>
/// <param name="CreditDebit">BPR03: C or D.</param>
/// <param name="Method">BPR04: ACH, CHK, FWT, BOP, NON.</param>
/// <param name="Format">BPR05: CCP or CTX for ACH.</param>
/// <param name="Date">BPR16: effective payment date.</param>
public sealed record RemittancePayment(
    string HandlingCode, decimal Amount, string CreditDebit, string Method, string? Format, DateOnly? Date);

/// <summary>N1*PR. <see cref="Id"/> is N104 when present, otherwise the REF*2U additional payer id.</summary>
public sealed record RemittancePayer(string Name, string? Id);

/// <summary>N1*PE with N103 XX (NPI) or FI (tax id); REF*TJ supplies the tax id when N1 carries the NPI.</summary>
public sealed record RemittancePayee(string Name, string? Npi, string? TaxId);
