namespace RevenueCycle.X12;

/// <summary>One SVC loop.</summary>
public sealed record RemittanceServiceLine
{
    /// <summary>SVC01-1: HC (CPT/HCPCS), NU (revenue code), N4 (NDC), …</summary>
    public string ProcedureQualifier { get; init; } = "HC";
    public required string ProcedureCode { get; init; }
    public IReadOnlyList<string> Modifiers { get; init; } = [];
    public required decimal Charge { get; init; }
    public required decimal Paid { get; init; }

    /// <summary>SVC04: NUBC revenue code on institutional lines.</summary>
    public string? RevenueCode { get; init; }

    /// <summary>SVC05; absent means one unit.</summary>
    public decimal? Units { get; init; }

    /// <summary>DTM*472 (single date) or DTM*150 / DTM*151 (period).</summary>
    public DateOnly? ServiceDate { get; init; }
    public DateOnly? ServiceStart { get; init; }
    public DateOnly? ServiceEnd { get; init; }
    public IReadOnlyList<ClaimAdjustment> Adjustments { get; init; } = [];

    /// <summary>LQ*HE remark codes (RARC).</summary>
    public IReadOnlyList<string> RemarkCodes { get; init; } = [];

    /// <summary>REF*6R: the line item control number we sent (837 REF*6R).</summary>
    public string? LineControlNumber { get; init; }

    /// <summary>AMT*B6.</summary>
    public decimal? AllowedAmount { get; init; }
}
