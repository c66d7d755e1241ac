using System.Globalization;

namespace RevenueCycle.X12;

/// <summary>Writes ISA/GS/ST headers and the SE/GE/IEA trailers with correct counts and control numbers.</summary>
internal sealed class EnvelopeWriter
{
    private readonly X12Envelope _envelope;
    private readonly DateTime _now;
    private int _groups;
    private int _transactionsInGroup;
    private int _nextTransaction = 1;
    private string _groupControl = "";
    private string _transactionControl = "";

    public EnvelopeWriter(TextWriter output, X12Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.InterchangeControlNumber is < 1 or > 999_999_999)
            throw new ArgumentException("The interchange control number must be 1–999999999.", nameof(envelope));
        _envelope = envelope;
        _now = envelope.CreatedAt ?? DateTime.UtcNow;
        Segments = new SegmentWriter(output, envelope);
    }

    public SegmentWriter Segments { get; }

    public void BeginInterchange()
    {
        var e = _envelope;
        var d = e.Delimiters;
        string[] isa =
        [
            "ISA", "00", new string(' ', 10), "00", new string(' ', 10),
            Fixed(e.SenderQualifier, 2), Fixed(e.SenderId, 15), Fixed(e.ReceiverQualifier, 2), Fixed(e.ReceiverId, 15),
            _now.ToString("yyMMdd", CultureInfo.InvariantCulture), _now.ToString("HHmm", CultureInfo.InvariantCulture),
            (d.Repetition ?? 'U').ToString(), "00501",
            e.InterchangeControlNumber.ToString("D9", CultureInfo.InvariantCulture),
            e.RequestInterchangeAcknowledgement ? "1" : "0", e.Production ? "P" : "T", d.Component.ToString(),
        ];
        Segments.WriteRaw(string.Join(d.Element, isa));
    }

    public void BeginGroup(string functionalId, string version)
    {
        var e = _envelope;
        _groups++;
        _transactionsInGroup = 0;
        var control = (e.GroupControlNumber ?? e.InterchangeControlNumber) + _groups - 1;
        _groupControl = control.ToString(CultureInfo.InvariantCulture);
        Segments.Begin("GS").Elements(
                functionalId, e.ApplicationSenderCode ?? e.SenderId, e.ApplicationReceiverCode ?? e.ReceiverId,
                _now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), _now.ToString("HHmm", CultureInfo.InvariantCulture),
                _groupControl, "X", version)
            .End();
    }

    /// <summary>Starts a transaction set and returns its control number (0001, 0002, … across the interchange).</summary>
    public string BeginTransaction(string id, string? implementation)
    {
        _transactionsInGroup++;
        _transactionControl = (_nextTransaction++).ToString("D4", CultureInfo.InvariantCulture);
        Segments.ResetCount();
        Segments.Begin("ST").Elements(id, _transactionControl, implementation).End();
        return _transactionControl;
    }

    public void EndTransaction() =>
        Segments.Begin("SE").Elements(
            (Segments.SegmentCount + 1).ToString(CultureInfo.InvariantCulture), _transactionControl).End();

    public void EndGroup() =>
        Segments.Begin("GE").Elements(_transactionsInGroup.ToString(CultureInfo.InvariantCulture), _groupControl).End();

    public void EndInterchange() =>
        Segments.Begin("IEA").Elements(
            _groups.ToString(CultureInfo.InvariantCulture),
            _envelope.InterchangeControlNumber.ToString("D9", CultureInfo.InvariantCulture)).End();

    /// <summary>The envelope time, reused in BHT so the whole interchange carries one timestamp.</summary>
    public DateTime Now => _now;

    private string Fixed(string value, int width)
    {
        if (value.Length > width) throw new ArgumentException($"ISA value '{value}' is longer than {width} characters.");
        if (value.Any(_envelope.Delimiters.IsDelimiter))
            throw new ArgumentException($"ISA value '{value}' contains a delimiter.");
        return value.PadRight(width);
    }
}
