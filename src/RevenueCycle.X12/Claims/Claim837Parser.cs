namespace RevenueCycle.X12;

/// <summary>
/// Walks one 837 body. HL level codes (20 billing provider, 22 subscriber, 23 patient) set the context; CLM opens
/// a claim; a claim-level SBR opens other-payer loops (skipped until LX); LX opens a line. N3/N4/DMG/PRV attach
/// to the last NM1 that the model keeps.
/// </summary>
internal sealed class Claim837Parser(TransactionSet transaction, ClaimKind kind, bool tolerateDates)
{
    private enum Scope { Header, Provider, Subscriber, Patient, Claim, OtherPayer, Line }

    private readonly List<Claim837> _claims = [];
    private Scope _scope = Scope.Header;
    private X12Segment? _submitter, _submitterPer, _receiver;
    private PartyDraft? _billing, _payTo, _subscriber, _payer, _patient;
    private X12Segment? _sbr, _pat;
    private ClaimDraft? _claim;
    private LineDraft? _line;
    private PartyDraft? _current;
    private string? _billingTaxonomy;
    private bool _afterSubmitterName;

    public List<Claim837> Parse()
    {
        foreach (var segment in transaction.Body) Accept(segment);
        CloseClaim();
        return _claims;
    }

    private void Accept(X12Segment s)
    {
        switch (s.Id)
        {
            case "HL": Hierarchy(s); break;
            case "NM1": Name(s); break;
            case "N3": _current?.Street(s); break;
            case "N4": _current?.City(s); break;
            case "DMG": _current?.Demographics(s, tolerateDates); break;
            case "PER" when _scope == Scope.Header && _afterSubmitterName: _submitterPer ??= s; break;
            case "PRV": Taxonomy(s); break;
            case "REF": Reference(s); break;
            case "SBR": Subscriber(s); break;
            case "PAT" when _scope == Scope.Patient: _pat = s; break;
            case "CLM": StartClaim(s); break;
            case "DTP": Date(s); break;
            case "CL1" when _scope == Scope.Claim: _claim!.Cl1 = s; break;
            case "HI" when _scope == Scope.Claim: _claim!.Diagnoses(s); break;
            case "LX": StartLine(s); break;
            case "SV1" or "SV2" when _scope == Scope.Line: _line!.Service = s; break;
        }
    }

    private void Hierarchy(X12Segment s)
    {
        CloseClaim();
        _current = null;
        switch (s.Element(3))
        {
            case "20":
                _scope = Scope.Provider;
                _billing = _payTo = _subscriber = _payer = _patient = null;
                _sbr = _pat = null;
                _billingTaxonomy = null;
                break;
            case "22":
                _scope = Scope.Subscriber;
                _subscriber = _payer = _patient = null;
                _sbr = _pat = null;
                break;
            case "23":
                _scope = Scope.Patient;
                _patient = null;
                _pat = null;
                break;
            default:
                throw new X12Exception($"HL03 '{s.Element(3)}' is not an 837 level (20, 22, 23).", s);
        }
    }

    private void Name(X12Segment s)
    {
        _current = null;
        _afterSubmitterName = _scope == Scope.Header && s.Element(1) == "41";
        switch (_scope, s.Element(1))
        {
            case (Scope.Header, "41"): _submitter = s; break;
            case (Scope.Header, "40"): _receiver = s; break;
            case (Scope.Provider, "85"): _current = _billing = new PartyDraft(s); break;
            case (Scope.Provider, "87"): _current = _payTo = new PartyDraft(s); break;
            case (Scope.Subscriber, "IL"): _current = _subscriber = new PartyDraft(s); break;
            case (Scope.Subscriber, "PR"): _current = _payer = new PartyDraft(s); break;
            case (Scope.Patient, "QC"): _current = _patient = new PartyDraft(s); break;
            case (Scope.Claim, "82"): _current = _claim!.Rendering = new PartyDraft(s); break;
            case (Scope.Claim, "71"): _current = _claim!.Attending = new PartyDraft(s); break;
        }
    }

    private void Taxonomy(X12Segment s)
    {
        if (_scope == Scope.Provider && s.Element(1) == "BI") _billingTaxonomy = X12Values.Optional(s, 3);
        else if (_scope == Scope.Claim && _current is not null) _current.Taxonomy = X12Values.Optional(s, 3);
    }

    private void Reference(X12Segment s)
    {
        switch (_scope, s.Element(1))
        {
            // Only while NM1*85 is current: x12_complex.txt has a second REF*EI under the pay-to plan (NM1*PE).
            case (Scope.Provider, "EI") when _current is not null && _current == _billing:
            case (Scope.Provider, "SY") when _current is not null && _current == _billing && _billing.TaxId is null:
                _billing.TaxId = X12Values.Optional(s, 2);
                break;
            case (Scope.Claim, "F8"):
                _claim!.PayerClaimControlNumber = X12Values.Optional(s, 2);
                break;
            case (Scope.Line, "6R"):
                _line!.LineControlNumber = X12Values.Optional(s, 2);
                break;
        }
    }

    private void Subscriber(X12Segment s)
    {
        _current = null;
        if (_scope == Scope.Subscriber) _sbr = s;
        else if (_scope is Scope.Claim or Scope.OtherPayer) _scope = Scope.OtherPayer;
    }

    private void StartClaim(X12Segment s)
    {
        CloseClaim();
        if (_scope is not (Scope.Subscriber or Scope.Patient))
            throw new X12Exception("CLM outside a subscriber or patient HL loop.", s);
        _claim = new ClaimDraft(s, _scope == Scope.Patient);
        _scope = Scope.Claim;
        _current = null;
    }

    private void StartLine(X12Segment s)
    {
        if (_claim is null) throw new X12Exception("LX outside a claim.", s);
        CloseLine();
        _line = new LineDraft(s);
        _scope = Scope.Line;
        _current = null;
    }

    private void Date(X12Segment s)
    {
        if (_scope == Scope.Claim && s.Element(1) == "434")
        {
            if (X12Values.DatePeriod(s, 2, 3, tolerateDates) is not { } period) return;
            _claim!.StatementFrom = period.From;
            _claim.StatementThrough = period.To ?? period.From;
        }
        else if (_scope == Scope.Line && s.Element(1) == "472" && _line!.ServiceDate is null)
        {
            if (X12Values.DatePeriod(s, 2, 3, tolerateDates) is not { } period) return;
            _line.ServiceDate = period.From;
            _line.ServiceDateEnd = period.To;
        }
    }

    private void CloseLine()
    {
        if (_line is null) return;
        _claim!.Lines.Add(_line.Build(kind));
        _line = null;
    }

    private void CloseClaim()
    {
        CloseLine();
        if (_claim is null) return;
        var draft = _claim;
        _claim = null;
        _claims.Add(Build(draft));
        _scope = draft.UnderPatient ? Scope.Patient : Scope.Subscriber;
    }

    private Claim837 Build(ClaimDraft d)
    {
        var clm = d.Clm;
        X12Segment Need(X12Segment? segment, string what) =>
            segment ?? throw new X12Exception($"Claim {clm.Element(1)} has no {what}.", clm);
        PartyDraft NeedParty(PartyDraft? party, string what) =>
            party ?? throw new X12Exception($"Claim {clm.Element(1)} has no {what}.", clm);

        var submitter = Need(_submitter, "submitter (NM1*41)");
        var receiver = Need(_receiver, "receiver (NM1*40)");
        var billing = NeedParty(_billing, "billing provider (NM1*85)");
        var subscriber = NeedParty(_subscriber, "subscriber (NM1*IL)");
        var payer = NeedParty(_payer, "payer (NM1*PR)");
        var sbr = Need(_sbr, "subscriber SBR");
        if (d.UnderPatient) Need(_pat, "patient relationship (PAT)");

        return new Claim837
        {
            Kind = kind,
            Submitter = new Submitter837(
                submitter.Element(3), X12Values.Required(submitter, 9),
                _submitterPer is null ? null : X12Values.Optional(_submitterPer, 2), Phone(_submitterPer)),
            Receiver = new Receiver837(receiver.Element(3), X12Values.Required(receiver, 9)),
            BillingProvider = new BillingProvider837(
                billing.Name, X12Values.Required(billing.Nm1, 9),
                billing.TaxId ?? throw new X12Exception("Billing provider has no tax id (REF*EI).", billing.Nm1),
                billing.Address ?? throw new X12Exception("Billing provider has no address (N3/N4).", billing.Nm1))
            {
                TaxonomyCode = _billingTaxonomy,
            },
            PayToAddress = _payTo?.Address,
            Subscriber = new Subscriber837(subscriber.Name, X12Values.Required(subscriber.Nm1, 9))
            {
                PayerResponsibility = X12Values.Required(sbr, 1),
                GroupNumber = X12Values.Optional(sbr, 3),
                ClaimFilingIndicator = X12Values.Optional(sbr, 9),
                BirthDate = subscriber.BirthDate,
                Sex = subscriber.Sex,
                Address = subscriber.Address,
            },
            Payer = new Payer837(payer.Nm1.Element(3), X12Values.Required(payer.Nm1, 9)) { Address = payer.Address },
            Patient = d.UnderPatient ? Patient() : null,
            ClaimNumber = X12Values.Required(clm, 1),
            TotalCharge = X12Values.Decimal(clm, 2),
            PlaceOfService = clm.Component(5, 1),
            FrequencyCode = clm.Component(5, 3),
            PayerClaimControlNumber = d.PayerClaimControlNumber,
            Diagnoses = [.. d.Principal, .. d.Others],
            Lines = d.Lines,
            RenderingProvider = d.Rendering?.AsProvider(),
            AttendingProvider = d.Attending?.AsProvider(),
            StatementFrom = d.StatementFrom,
            StatementThrough = d.StatementThrough,
            AdmissionTypeCode = d.Cl1 is null ? null : X12Values.Optional(d.Cl1, 1),
            AdmissionSourceCode = d.Cl1 is null ? null : X12Values.Optional(d.Cl1, 2),
            PatientStatusCode = d.Cl1 is null ? null : X12Values.Optional(d.Cl1, 3),
        };
    }

    private Patient837? Patient()
    {
        if (_patient is null) throw new X12Exception("Patient loop has no NM1*QC.", _pat!);
        return new Patient837(_patient.Name, X12Values.Required(_pat!, 1))
        {
            BirthDate = _patient.BirthDate,
            Sex = _patient.Sex,
            Address = _patient.Address,
        };
    }

    /// <summary>PER carries up to three qualifier/number pairs; TE is the telephone.</summary>
    private static string? Phone(X12Segment? per)
    {
        if (per is null) return null;
        for (var i = 3; i <= 7; i += 2)
        {
            if (per.Element(i) == "TE") return X12Values.Optional(per, i + 1);
        }
        return null;
    }
}
