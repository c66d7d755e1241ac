namespace RevenueCycle.X12;

/// <summary>Reads 277CA claim acknowledgements (005010X214) into one <see cref="ClaimAcknowledgement"/> per
/// claim. A claim is rejected when any of its statuses carries a rejecting category (A3, A4, A6, A7, A8).</summary>
public static class Acknowledgement277
{
    public static IReadOnlyList<ClaimAcknowledgement> Parse(string text, X12ReaderOptions? options = null) =>
        Parse(X12Reader.ReadAll(text, options), options);

    public static IReadOnlyList<ClaimAcknowledgement> Parse(Stream stream, X12ReaderOptions? options = null) =>
        Parse(X12Reader.ReadAll(stream, options), options);

    public static IReadOnlyList<ClaimAcknowledgement> Parse(Interchange interchange, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        return Parse([interchange], options);
    }

    private static List<ClaimAcknowledgement> Parse(IEnumerable<Interchange> interchanges, X12ReaderOptions? options)
    {
        var tolerate = (options ?? X12ReaderOptions.Strict).TolerateInvalidDates;
        var result = new List<ClaimAcknowledgement>();
        foreach (var transaction in interchanges.SelectMany(i => i.Transactions))
        {
            if (transaction.Id != "277")
                throw new X12Exception($"Expected a 277 transaction set but found {transaction.Id}.", transaction.Header);
            result.AddRange(ParseTransaction(transaction, tolerate));
        }
        return result;
    }

    private static List<ClaimAcknowledgement> ParseTransaction(TransactionSet transaction, bool tolerate)
    {
        var claims = new List<ClaimAcknowledgement>();
        string? providerId = null;
        var level = "";
        Draft? claim = null;

        foreach (var s in transaction.Body)
        {
            if (s.Id == "HL")
            {
                if (claim is not null) claims.Add(claim.Build());
                claim = null;
                level = s.Element(3);
                if (level == "19") providerId = null;
                if (level == "PT") claim = new Draft(s, providerId, tolerate);
                continue;
            }
            if (level == "19" && s.Id == "NM1" && s.Element(1) == "85") providerId = X12Values.Optional(s, 9);
            if (claim is not null) claim.Accept(s);
        }
        if (claim is not null) claims.Add(claim.Build());
        return claims;
    }

    private sealed class Draft(X12Segment hl, string? providerId, bool tolerate)
    {
        private readonly List<AcknowledgementStatus> _statuses = [];
        private string? _trace, _payerClaim, _billType, _memberId;
        private PartyName? _patient;
        private DateOnly? _from, _to;
        private bool _inLine;

        public void Accept(X12Segment s)
        {
            switch (s.Id)
            {
                case "NM1" when s.Element(1) == "QC":
                    _patient = PartyName.FromNm1(s);
                    _memberId = X12Values.Optional(s, 9);
                    break;
                case "TRN" when !_inLine && s.Element(1) == "2":
                    _trace = X12Values.Required(s, 2);
                    break;
                case "STC":
                    _statuses.AddRange(Statuses(s, tolerate));
                    break;
                case "REF" when !_inLine && s.Element(1) == "1K":
                    _payerClaim = X12Values.Optional(s, 2);
                    break;
                case "REF" when !_inLine && s.Element(1) == "BLT":
                    _billType = X12Values.Optional(s, 2);
                    break;
                case "DTP" when !_inLine && s.Element(1) == "472":
                    if (X12Values.DatePeriod(s, 2, 3, tolerate) is { } period)
                    {
                        _from = period.From;
                        _to = period.To ?? period.From;
                    }
                    break;
                case "SVC":
                    _inLine = true;
                    break;
            }
        }

        public ClaimAcknowledgement Build()
        {
            var trace = _trace ?? throw new X12Exception("277CA patient loop has no TRN*2 claim trace.", hl);
            if (_statuses.Count == 0) throw new X12Exception($"277CA claim {trace} has no STC status.", hl);
            return new ClaimAcknowledgement
            {
                PatientControlNumber = trace,
                PayerClaimControlNumber = _payerClaim,
                Outcome = _statuses.Any(x => x.IsRejection) ? AcknowledgementOutcome.Rejected : AcknowledgementOutcome.Accepted,
                Statuses = _statuses,
                PatientName = _patient,
                PatientMemberId = _memberId,
                BillingProviderId = providerId,
                BillType = _billType,
                ServiceFrom = _from,
                ServiceTo = _to,
                ChargeAmount = _statuses[0].Amount,
            };
        }
    }

    /// <summary>STC01 plus the optional additional composites STC10 and STC11, which share STC02–STC04.</summary>
    private static List<AcknowledgementStatus> Statuses(X12Segment s, bool tolerate)
    {
        var date = X12Values.OptionalDate(s, 2, tolerate);
        var action = X12Values.Optional(s, 3);
        var amount = X12Values.OptionalDecimal(s, 4);
        var statuses = new List<AcknowledgementStatus> { Status(s, 1, date, action, amount) };
        foreach (var index in new[] { 10, 11 })
        {
            if (s.Element(index).Length > 0) statuses.Add(Status(s, index, date, action, null));
        }
        return statuses;
    }

    private static AcknowledgementStatus Status(X12Segment s, int index, DateOnly? date, string? action, decimal? amount)
    {
        var category = s.Component(index, 1);
        if (category.Length == 0) throw new X12Exception($"{X12Values.Name(s, index)} has no status category code.", s);
        return new AcknowledgementStatus(category, s.Component(index, 2), X12Values.Optional(s.Component(index, 3)), date, action, amount);
    }
}
