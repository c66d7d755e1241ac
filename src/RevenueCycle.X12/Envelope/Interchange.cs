namespace RevenueCycle.X12;

/// <summary>One ISA…IEA envelope, checked and complete.</summary>
public sealed record Interchange
{
    public required X12Delimiters Delimiters { get; init; }
    public required X12Segment Header { get; init; }
    public required X12Segment Trailer { get; init; }
    public required IReadOnlyList<FunctionalGroup> Groups { get; init; }

    /// <summary>Envelope mismatches tolerated in lenient mode; always empty in strict mode.</summary>
    public IReadOnlyList<X12Issue> Warnings { get; init; } = [];

    public string SenderQualifier => Header.Element(5).Trim();
    public string SenderId => Header.Element(6).Trim();
    public string ReceiverQualifier => Header.Element(7).Trim();
    public string ReceiverId => Header.Element(8).Trim();
    public string ControlNumber => Header.Element(13).Trim();
    public string Version => Header.Element(12).Trim();

    /// <summary>ISA15: P for production, T for test.</summary>
    public string UsageIndicator => Header.Element(15).Trim();

    public IEnumerable<TransactionSet> Transactions => Groups.SelectMany(g => g.Transactions);
}

/// <summary>One GS…GE functional group.</summary>
public sealed record FunctionalGroup
{
    public required X12Segment Header { get; init; }
    public required X12Segment Trailer { get; init; }
    public required IReadOnlyList<TransactionSet> Transactions { get; init; }

    /// <summary>GS01: HP (835), HC (837), HN (277), FA (999).</summary>
    public string FunctionalId => Header.Element(1);
    public string ControlNumber => Header.Element(6);

    /// <summary>GS08, e.g. 005010X221A1.</summary>
    public string Version => Header.Element(8);
}

/// <summary>One ST…SE transaction set. <see cref="Body"/> holds the segments between ST and SE.</summary>
public sealed record TransactionSet
{
    public required X12Segment Header { get; init; }
    public required X12Segment Trailer { get; init; }
    public required IReadOnlyList<X12Segment> Body { get; init; }

    /// <summary>The GS of the enclosing group (kept as a segment so the records do not reference each other).</summary>
    public required X12Segment GroupHeader { get; init; }

    /// <summary>ST01: 835, 837, 277, 999.</summary>
    public string Id => Header.Element(1);
    public string ControlNumber => Header.Element(2);

    /// <summary>ST03 when present, else the group's GS08: the implementation guide the sender claims to follow.</summary>
    public string ImplementationVersion => Header.Element(3) is { Length: > 0 } v ? v : GroupHeader.Element(8);
}
