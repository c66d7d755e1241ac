namespace RevenueCycle.X12;

/// <summary>One 835 transaction set: a single payment (or notification) from one payer to one payee.</summary>
public sealed record RemittanceAdvice
{
    /// <summary>ST02.</summary>
    public required string ControlNumber { get; init; }
    public required RemittancePayment Payment { get; init; }

    /// <summary>TRN02: check or EFT trace number, the key that ties the ERA to the money.</summary>
    public required string TraceNumber { get; init; }

    /// <summary>TRN03: payer identifier (usually "1" + the payer's EIN).</summary>
    public string? TraceOriginatorId { get; init; }

    /// <summary>DTM*405.</summary>
    public DateOnly? ProductionDate { get; init; }
    public required RemittancePayer Payer { get; init; }
    public required RemittancePayee Payee { get; init; }
    public IReadOnlyList<RemittanceClaim> Claims { get; init; } = [];

    /// <summary>PLB: amounts are positive when they reduce the payment.</summary>
    public IReadOnlyList<ProviderAdjustment> ProviderAdjustments { get; init; } = [];

    /// <summary>What BPR02 should be: the claims' paid amounts less the provider-level adjustments.</summary>
    public decimal ExpectedPaymentAmount =>
        Claims.Sum(c => c.Paid) - ProviderAdjustments.Sum(a => a.Amount);

    /// <summary>True when BPR02 equals <see cref="ExpectedPaymentAmount"/>; a remittance that does not balance
    /// should not be auto-posted.</summary>
    public bool IsBalanced => Payment.Amount == ExpectedPaymentAmount;
}
