namespace RevenueCycle.X12;

/// <summary>Walks one 835 body. Loops are recognised by their leading segment (N1, CLP, SVC, PLB); everything the
/// model does not carry (TS3, TS2, PER, N3/N4, AMT other than B6, …) is skipped.</summary>
internal sealed class Remittance835Parser(TransactionSet transaction, X12ReaderOptions options)
{
    private enum Loop { Header, Payer, Payee, Claim, Line, Trailer }

    private readonly List<RemittanceClaim> _claims = [];
    private readonly List<ProviderAdjustment> _providerAdjustments = [];
    private Loop _loop = Loop.Header;
    private RemittancePayment? _payment;
    private X12Segment? _trn;
    private DateOnly? _productionDate;
    private string? _payerName, _payerId, _payerRef2U, _payeeName, _payeeNpi, _payeeTaxId;
    private RemittanceClaimDraft? _claim;
    private RemittanceLineDraft? _line;

    public RemittanceAdvice Parse()
    {
        foreach (var segment in transaction.Body) Accept(segment);
        CloseClaim();

        var header = transaction.Header;
        if (_payment is null) throw new X12Exception("835 has no BPR segment.", header);
        if (_trn is null) throw new X12Exception("835 has no TRN segment.", header);
        if (_payerName is null) throw new X12Exception("835 has no N1*PR payer.", header);
        if (_payeeName is null) throw new X12Exception("835 has no N1*PE payee.", header);

        return new RemittanceAdvice
        {
            ControlNumber = transaction.ControlNumber,
            Payment = _payment,
            TraceNumber = X12Values.Required(_trn, 2),
            TraceOriginatorId = X12Values.Optional(_trn, 3),
            ProductionDate = _productionDate,
            Payer = new RemittancePayer(_payerName, _payerId ?? _payerRef2U),
            Payee = new RemittancePayee(_payeeName, _payeeNpi, _payeeTaxId),
            Claims = _claims,
            ProviderAdjustments = _providerAdjustments,
        };
    }

    private void Accept(X12Segment s)
    {
        switch (s.Id)
        {
            case "BPR" when _loop == Loop.Header:
                _payment = new RemittancePayment(
                    X12Values.Required(s, 1), X12Values.Decimal(s, 2), X12Values.Required(s, 3), X12Values.Required(s, 4),
                    X12Values.Optional(s, 5), X12Values.OptionalDate(s, 16, options.TolerateInvalidDates));
                break;
            case "TRN" when _loop == Loop.Header:
                _trn = s;
                break;
            case "DTM" when _loop == Loop.Header && s.Element(1) == "405":
                _productionDate = DateValue(s, 2);
                break;
            case "N1":
                StartParty(s);
                break;
            case "REF":
                Reference(s);
                break;
            case "CLP":
                StartClaim(s);
                break;
            case "SVC":
                StartLine(s);
                break;
            case "CAS" when _loop is Loop.Claim or Loop.Line:
                var target = _loop == Loop.Line ? _line!.Adjustments : _claim!.Adjustments;
                target.AddRange(Adjustments(s));
                break;
            case "NM1" when _loop == Loop.Claim && s.Element(1) == "QC":
                _claim!.PatientName = PartyName.FromNm1(s);
                _claim.PatientIdQualifier = X12Values.Optional(s, 8);
                _claim.PatientId = X12Values.Optional(s, 9);
                break;
            case "MOA" when _loop == Loop.Claim:
                _claim!.RemarkCodes.AddRange(Remarks(s, 3, 4, 5, 6, 7));
                break;
            case "MIA" when _loop == Loop.Claim:
                _claim!.RemarkCodes.AddRange(Remarks(s, 5, 20, 21, 22, 23));
                break;
            case "DTM" when _loop is Loop.Claim or Loop.Line:
                Date(s);
                break;
            case "LQ" when _loop == Loop.Line && s.Element(1) == "HE":
                _line!.RemarkCodes.Add(X12Values.Required(s, 2));
                break;
            case "AMT" when _loop == Loop.Line && s.Element(1) == "B6":
                _line!.AllowedAmount = X12Values.Decimal(s, 2);
                break;
            case "PLB":
                CloseClaim();
                _loop = Loop.Trailer;
                _providerAdjustments.AddRange(ProviderAdjustments(s));
                break;
        }
    }

    private void StartParty(X12Segment s)
    {
        if (_loop is not (Loop.Header or Loop.Payer or Loop.Payee)) return;
        switch (s.Element(1))
        {
            case "PR":
                _loop = Loop.Payer;
                _payerName = s.Element(2);
                _payerId = X12Values.Optional(s, 4);
                break;
            case "PE":
                _loop = Loop.Payee;
                _payeeName = s.Element(2);
                if (s.Element(3) == "XX") _payeeNpi = X12Values.Optional(s, 4);
                if (s.Element(3) == "FI") _payeeTaxId = X12Values.Optional(s, 4);
                break;
        }
    }

    private void Reference(X12Segment s)
    {
        switch (_loop, s.Element(1))
        {
            case (Loop.Payer, "2U"):
                _payerRef2U = X12Values.Optional(s, 2);
                break;
            case (Loop.Payee, "TJ"):
                _payeeTaxId ??= X12Values.Optional(s, 2);
                break;
            case (Loop.Line, "6R"):
                _line!.LineControlNumber = X12Values.Optional(s, 2);
                break;
        }
    }

    private void StartClaim(X12Segment s)
    {
        if (_loop == Loop.Trailer) throw new X12Exception("CLP after PLB: provider adjustments close the 835.", s);
        CloseClaim();
        _loop = Loop.Claim;
        _claim = new RemittanceClaimDraft(s);
    }

    private void StartLine(X12Segment s)
    {
        if (_claim is null) throw new X12Exception("SVC outside a CLP claim loop.", s);
        CloseLine();
        _loop = Loop.Line;
        _line = new RemittanceLineDraft(s);
    }

    private void Date(X12Segment s)
    {
        var date = DateValue(s, 2);
        if (_loop == Loop.Line)
        {
            switch (s.Element(1))
            {
                case "472": _line!.ServiceDate = date; break;
                case "150": _line!.ServiceStart = date; break;
                case "151": _line!.ServiceEnd = date; break;
            }
            return;
        }
        switch (s.Element(1))
        {
            case "232": _claim!.StatementFrom = date; break;
            case "233": _claim!.StatementTo = date; break;
            case "050": _claim!.ReceivedDate = date; break;
        }
    }

    private DateOnly? DateValue(X12Segment s, int index) =>
        options.TolerateInvalidDates ? X12Values.OptionalDate(s, index, tolerate: true) : X12Values.Date(s, index);

    private void CloseLine()
    {
        if (_line is null) return;
        _claim!.Lines.Add(_line.Build());
        _line = null;
    }

    private void CloseClaim()
    {
        CloseLine();
        if (_claim is null) return;
        _claims.Add(_claim.Build());
        _claim = null;
    }

    /// <summary>CAS01 is the group; then up to six reason/amount/quantity triplets in CAS02–CAS19.</summary>
    internal static IEnumerable<ClaimAdjustment> Adjustments(X12Segment s)
    {
        var group = X12Values.Required(s, 1);
        var found = false;
        for (var reason = 2; reason <= 17; reason += 3)
        {
            if (s.Element(reason).Length == 0) continue;
            found = true;
            yield return new ClaimAdjustment(
                group, s.Element(reason), X12Values.Decimal(s, reason + 1), X12Values.OptionalDecimal(s, reason + 2));
        }
        if (!found) throw new X12Exception("CAS has no reason code.", s);
    }

    /// <summary>PLB01 provider, PLB02 fiscal period end, then up to six reason:reference / amount pairs.</summary>
    private static IEnumerable<ProviderAdjustment> ProviderAdjustments(X12Segment s)
    {
        var provider = X12Values.Required(s, 1);
        var period = X12Values.Date(s, 2);
        for (var pair = 3; pair <= 13; pair += 2)
        {
            if (s.Element(pair).Length == 0) continue;
            var reason = s.Component(pair, 1);
            if (reason.Length == 0) throw new X12Exception($"{X12Values.Name(s, pair)} has no adjustment reason.", s);
            yield return new ProviderAdjustment(
                provider, period, reason, X12Values.Optional(s.Component(pair, 2)), X12Values.Decimal(s, pair + 1));
        }
    }

    private static IEnumerable<string> Remarks(X12Segment s, params int[] indexes) =>
        indexes.Select(s.Element).Where(code => code.Length > 0);
}
