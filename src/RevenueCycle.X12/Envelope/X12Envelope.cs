namespace RevenueCycle.X12;

/// <summary>What a writer puts in ISA/GS: who sends to whom, control numbers, time and separators.</summary>
public sealed record X12Envelope
{
    /// <summary>ISA06, at most 15 characters (padded on output).</summary>
    public required string SenderId { get; init; }

    /// <summary>ISA08, at most 15 characters.</summary>
    public required string ReceiverId { get; init; }

    /// <summary>ISA13, 1–999999999. The caller owns the sequence so that resubmissions never reuse a number.</summary>
    public required int InterchangeControlNumber { get; init; }

    public string SenderQualifier { get; init; } = "ZZ";
    public string ReceiverQualifier { get; init; } = "ZZ";

    /// <summary>GS02 / GS03; default to the ISA ids.</summary>
    public string? ApplicationSenderCode { get; init; }
    public string? ApplicationReceiverCode { get; init; }

    /// <summary>GS06; defaults to the interchange control number.</summary>
    public int? GroupControlNumber { get; init; }

    /// <summary>ISA09/10 and GS04/05; defaults to the current UTC time.</summary>
    public DateTime? CreatedAt { get; init; }

    /// <summary>ISA15: true writes P (production), false writes T (test).</summary>
    public bool Production { get; init; } = true;

    /// <summary>ISA14: ask the receiver for a TA1.</summary>
    public bool RequestInterchangeAcknowledgement { get; init; }

    public X12Delimiters Delimiters { get; init; } = X12Delimiters.Default;

    /// <summary>Written after every segment terminator for readability; "" writes one long line.</summary>
    public string LineBreak { get; init; } = "\n";
}
