namespace RevenueCycle.X12;

/// <summary>An NM1 entity being read, with the N3/N4/DMG/PRV/REF that follow it.</summary>
internal sealed class PartyDraft(X12Segment nm1)
{
    private X12Segment? _n3, _n4;

    public X12Segment Nm1 { get; } = nm1;
    public PartyName Name { get; } = PartyName.FromNm1(nm1);
    public string? TaxId { get; set; }
    public string? Taxonomy { get; set; }
    public DateOnly? BirthDate { get; private set; }
    public string? Sex { get; private set; }

    public PostalAddress? Address => _n3 is null && _n4 is null
        ? null
        : new PostalAddress(
            _n3?.Element(1) ?? "", _n3 is null ? null : X12Values.Optional(_n3, 2),
            _n4?.Element(1) ?? "", _n4?.Element(2) ?? "", _n4?.Element(3) ?? "");

    public void Street(X12Segment n3) => _n3 = n3;

    public void City(X12Segment n4) => _n4 = n4;

    public void Demographics(X12Segment dmg, bool tolerateDates)
    {
        if (dmg.Element(1) != "D8") return;
        BirthDate = tolerateDates ? X12Values.OptionalDate(dmg, 2, tolerate: true) : X12Values.Date(dmg, 2);
        Sex = X12Values.Optional(dmg, 3);
    }

    public Provider837 AsProvider() => new(Name, X12Values.Optional(Nm1, 9)) { TaxonomyCode = Taxonomy };
}

internal sealed class ClaimDraft(X12Segment clm, bool underPatient)
{
    private static readonly HashSet<string> PrincipalQualifiers = ["ABK", "BK"];
    private static readonly HashSet<string> OtherQualifiers = ["ABF", "BF"];

    public X12Segment Clm { get; } = clm;
    public bool UnderPatient { get; } = underPatient;
    public string? PayerClaimControlNumber { get; set; }
    public List<string> Principal { get; } = [];
    public List<string> Others { get; } = [];
    public List<ServiceLine837> Lines { get; } = [];
    public PartyDraft? Rendering { get; set; }
    public PartyDraft? Attending { get; set; }
    public DateOnly? StatementFrom { get; set; }
    public DateOnly? StatementThrough { get; set; }
    public X12Segment? Cl1 { get; set; }

    /// <summary>
    /// Keeps principal (ABK/BK) and other (ABF/BF) diagnoses; occurrence, value and condition codes are skipped.
    /// x12_complex.txt writes "HI*BK*8901*BF*87200" with qualifier and code as separate elements; a bare qualifier
    /// followed by a bare code is read as that pair.
    /// </summary>
    public void Diagnoses(X12Segment hi)
    {
        for (var i = 1; i <= hi.ElementCount; i++)
        {
            var qualifier = hi.Component(i, 1);
            var code = hi.Component(i, 2);
            var isDiagnosis = PrincipalQualifiers.Contains(qualifier) || OtherQualifiers.Contains(qualifier);
            if (isDiagnosis && code.Length == 0 && hi.Components(i).Count == 1 && i < hi.ElementCount
                && hi.Components(i + 1).Count == 1 && hi.Element(i + 1).Length > 0)
            {
                code = hi.Element(++i);
            }
            if (code.Length == 0) continue;
            if (PrincipalQualifiers.Contains(qualifier)) Principal.Add(code);
            else if (OtherQualifiers.Contains(qualifier)) Others.Add(code);
        }
    }
}

internal sealed class LineDraft(X12Segment lx)
{
    public X12Segment? Service { get; set; }
    public DateOnly? ServiceDate { get; set; }
    public DateOnly? ServiceDateEnd { get; set; }
    public string? LineControlNumber { get; set; }

    public ServiceLine837 Build(ClaimKind kind)
    {
        var s = Service ?? throw new X12Exception($"Service line {lx.Element(1)} has no {(kind == ClaimKind.Professional ? "SV1" : "SV2")}.", lx);
        if (s.Id != (kind == ClaimKind.Professional ? "SV1" : "SV2"))
            throw new X12Exception($"{s.Id} does not belong on an {(kind == ClaimKind.Professional ? "837P" : "837I")}.", s);
        return kind == ClaimKind.Professional ? Professional(s) : Institutional(s);
    }

    private ServiceLine837 Professional(X12Segment sv1)
    {
        var procedure = ProcedureComposite.Parse(sv1, 1);
        return new ServiceLine837
        {
            ProcedureCode = procedure.Code,
            Modifiers = procedure.Modifiers,
            Charge = X12Values.Decimal(sv1, 2),
            UnitOfMeasure = X12Values.Required(sv1, 3),
            Units = X12Values.Decimal(sv1, 4),
            PlaceOfService = X12Values.Optional(sv1, 5),
            DiagnosisPointers = [.. sv1.Components(7).Where(p => p.Length > 0).Select(p => X12Values.ParseInt(sv1, p, "SV107"))],
            ServiceDate = ServiceDate,
            ServiceDateEnd = ServiceDateEnd,
            LineControlNumber = LineControlNumber,
        };
    }

    private ServiceLine837 Institutional(X12Segment sv2)
    {
        var procedure = sv2.Element(2).Length > 0 ? ProcedureComposite.Parse(sv2, 2) : null;
        return new ServiceLine837
        {
            RevenueCode = X12Values.Required(sv2, 1),
            ProcedureCode = procedure?.Code,
            Modifiers = procedure?.Modifiers ?? [],
            Charge = X12Values.Decimal(sv2, 3),
            UnitOfMeasure = X12Values.Required(sv2, 4),
            Units = X12Values.Decimal(sv2, 5),
            ServiceDate = ServiceDate,
            ServiceDateEnd = ServiceDateEnd,
            LineControlNumber = LineControlNumber,
        };
    }
}
