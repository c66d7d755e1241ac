namespace RevenueCycle.X12;

/// <summary>A CLP loop being read; built once its last segment has been seen.</summary>
internal sealed class RemittanceClaimDraft(X12Segment clp)
{
    public PartyName? PatientName { get; set; }
    public string? PatientIdQualifier { get; set; }
    public string? PatientId { get; set; }
    public DateOnly? StatementFrom { get; set; }
    public DateOnly? StatementTo { get; set; }
    public DateOnly? ReceivedDate { get; set; }
    public List<ClaimAdjustment> Adjustments { get; } = [];
    public List<string> RemarkCodes { get; } = [];
    public List<RemittanceServiceLine> Lines { get; } = [];

    public RemittanceClaim Build() => new()
    {
        PatientControlNumber = X12Values.Required(clp, 1),
        StatusCode = X12Values.Required(clp, 2),
        TotalCharge = X12Values.Decimal(clp, 3),
        Paid = X12Values.Decimal(clp, 4),
        PatientResponsibility = X12Values.OptionalDecimal(clp, 5),
        ClaimFilingIndicator = X12Values.Optional(clp, 6),
        PayerClaimControlNumber = X12Values.Optional(clp, 7),
        FacilityTypeCode = X12Values.Optional(clp, 8),
        FrequencyCode = X12Values.Optional(clp, 9),
        PatientName = PatientName,
        PatientIdQualifier = PatientIdQualifier,
        PatientId = PatientId,
        StatementFrom = StatementFrom,
        StatementTo = StatementTo,
        ReceivedDate = ReceivedDate,
        Adjustments = Adjustments,
        RemarkCodes = RemarkCodes,
        Lines = Lines,
    };
}

/// <summary>An SVC loop being read.</summary>
internal sealed class RemittanceLineDraft(X12Segment svc)
{
    public DateOnly? ServiceDate { get; set; }
    public DateOnly? ServiceStart { get; set; }
    public DateOnly? ServiceEnd { get; set; }
    public List<ClaimAdjustment> Adjustments { get; } = [];
    public List<string> RemarkCodes { get; } = [];
    public string? LineControlNumber { get; set; }
    public decimal? AllowedAmount { get; set; }

    public RemittanceServiceLine Build()
    {
        var procedure = ProcedureComposite.Parse(svc, 1);
        return new RemittanceServiceLine
        {
            ProcedureQualifier = procedure.Qualifier,
            ProcedureCode = procedure.Code,
            Modifiers = procedure.Modifiers,
            Charge = X12Values.Decimal(svc, 2),
            Paid = X12Values.Decimal(svc, 3),
            RevenueCode = X12Values.Optional(svc, 4),
            Units = X12Values.OptionalDecimal(svc, 5),
            ServiceDate = ServiceDate,
            ServiceStart = ServiceStart,
            ServiceEnd = ServiceEnd,
            Adjustments = Adjustments,
            RemarkCodes = RemarkCodes,
            LineControlNumber = LineControlNumber,
            AllowedAmount = AllowedAmount,
        };
    }
}
