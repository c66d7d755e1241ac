namespace RevenueCycle.X12;

/// <summary>One 999: the receiver's syntax verdict on one functional group we sent (AK1…AK9).</summary>
public sealed record ImplementationAcknowledgement
{
    /// <summary>AK1-01: functional id of the acknowledged group (HC for claims).</summary>
    public required string FunctionalId { get; init; }

    /// <summary>AK1-02: GS06 of the acknowledged group.</summary>
    public required string GroupControlNumber { get; init; }

    /// <summary>AK9-01: A accepted, E accepted with errors, P partially accepted, R rejected.</summary>
    public required string GroupAcknowledgementCode { get; init; }
    public required IReadOnlyList<TransactionAcknowledgement> Transactions { get; init; }
}

/// <summary>AK2…IK5: the verdict on one transaction set (one ST…SE we sent).</summary>
public sealed record TransactionAcknowledgement
{
    /// <summary>AK2-01, e.g. 837.</summary>
    public required string TransactionSetId { get; init; }

    /// <summary>AK2-02: ST02 of the acknowledged transaction set.</summary>
    public required string ControlNumber { get; init; }

    /// <summary>IK5-01: A accepted, E accepted with errors, M/R/W/X rejected.</summary>
    public required string AcknowledgementCode { get; init; }
    public required AcknowledgementOutcome Outcome { get; init; }

    /// <summary>IK5-02…IK5-06 syntax error codes.</summary>
    public IReadOnlyList<string> ErrorCodes { get; init; } = [];
    public IReadOnlyList<SegmentError> SegmentErrors { get; init; } = [];
}

/// <summary>IK3 with its IK4 element errors.</summary>
public sealed record SegmentError(string SegmentId, int? Position, string? LoopId, string? ErrorCode)
{
    public IReadOnlyList<ElementError> Elements { get; init; } = [];
}

/// <summary>IK4: IK4-01 position (element or element:component), IK4-02 element reference, IK4-03 error code.</summary>
public sealed record ElementError(string Position, string? ElementReference, string ErrorCode);
