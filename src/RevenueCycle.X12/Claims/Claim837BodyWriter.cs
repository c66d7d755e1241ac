namespace RevenueCycle.X12;

/// <summary>Writes one 837 transaction body: BHT, submitter, receiver and the HL hierarchy.</summary>
internal sealed class Claim837BodyWriter(SegmentWriter w, ClaimKind kind)
{
    private bool Professional => kind == ClaimKind.Professional;
    private int _hl;

    public void Write(string control, DateTime now, Submitter837 submitter, Receiver837 receiver, IReadOnlyList<Claim837> claims)
    {
        w.Begin("BHT").Elements("0019", "00", control).Element(DateOnly.FromDateTime(now))
            .Element(now.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture)).Element("CH").End();
        w.Begin("NM1").Elements("41", "2", submitter.Name, null, null, null, null, "46", submitter.Id).End();
        if (submitter.ContactName is not null || submitter.ContactPhone is not null)
            w.Begin("PER").Elements("IC", submitter.ContactName, submitter.ContactPhone is null ? null : "TE", submitter.ContactPhone).End();
        w.Begin("NM1").Elements("40", "2", receiver.Name, null, null, null, null, "46", receiver.Id).End();

        foreach (var provider in claims.GroupBy(c => (c.BillingProvider, c.PayToAddress)))
        {
            var providerHl = ++_hl;
            w.Begin("HL").Elements(Number(providerHl), null, "20", "1").End();
            WriteBillingProvider(provider.Key.BillingProvider, provider.Key.PayToAddress);
            foreach (var subscriber in provider.GroupBy(c => (c.Subscriber, c.Payer)))
                WriteSubscriber(providerHl, subscriber.Key.Subscriber, subscriber.Key.Payer, [.. subscriber]);
        }
    }

    private void WriteBillingProvider(BillingProvider837 p, PostalAddress? payTo)
    {
        if (p.TaxonomyCode is not null) w.Begin("PRV").Elements("BI", "PXC", p.TaxonomyCode).End();
        Name("85", p.Name.First is null ? "2" : "1", p.Name, "XX", p.Npi);
        Address(p.Address);
        w.Begin("REF").Elements("EI", p.TaxId).End();
        if (payTo is null) return;
        w.Begin("NM1").Elements("87", "2").End();
        Address(payTo);
    }

    private void WriteSubscriber(int parentHl, Subscriber837 s, Payer837 payer, List<Claim837> claims)
    {
        var subscriberHl = ++_hl;
        var self = claims.Where(c => c.Patient is null).ToList();
        var dependents = claims.Where(c => c.Patient is not null).GroupBy(c => c.Patient!).ToList();
        w.Begin("HL").Elements(Number(subscriberHl), Number(parentHl), "22", dependents.Count > 0 ? "1" : "0").End();
        w.Begin("SBR").Elements(s.PayerResponsibility, self.Count > 0 ? "18" : null, s.GroupNumber)
            .Empty(5).Element(s.ClaimFilingIndicator).End();
        Name("IL", "1", s.Name, "MI", s.MemberId);
        if (s.Address is not null) Address(s.Address);
        Demographics(s.BirthDate, s.Sex);
        w.Begin("NM1").Elements("PR", "2", payer.Name, null, null, null, null, "PI", payer.PayerId).End();
        if (payer.Address is not null) Address(payer.Address);

        foreach (var claim in self) WriteClaim(claim);
        foreach (var dependent in dependents)
        {
            var patient = dependent.Key;
            w.Begin("HL").Elements(Number(++_hl), Number(subscriberHl), "23", "0").End();
            w.Begin("PAT").Element(patient.RelationshipCode).End();
            Name("QC", "1", patient.Name, null, null);
            if (patient.Address is not null) Address(patient.Address);
            Demographics(patient.BirthDate, patient.Sex);
            foreach (var claim in dependent) WriteClaim(claim);
        }
    }

    private void WriteClaim(Claim837 c)
    {
        w.Begin("CLM").Element(c.ClaimNumber).Element(c.TotalCharge).Empty(2)
            .Composite(c.PlaceOfService, Professional ? "B" : "A", c.FrequencyCode)
            .Elements(Professional ? "Y" : null, "A", "Y", "Y").End();
        if (!Professional)
        {
            w.Begin("DTP").Elements("434", "RD8", $"{SegmentWriter.Date(c.StatementFrom!.Value)}-{SegmentWriter.Date(c.StatementThrough!.Value)}").End();
            if (c.AdmissionTypeCode is not null || c.AdmissionSourceCode is not null || c.PatientStatusCode is not null)
                w.Begin("CL1").Elements(c.AdmissionTypeCode, c.AdmissionSourceCode, c.PatientStatusCode).End();
        }
        if (c.PayerClaimControlNumber is not null) w.Begin("REF").Elements("F8", c.PayerClaimControlNumber).End();
        WriteDiagnoses(c.Diagnoses);

        if (c.AttendingProvider is { } attending)
        {
            Name("71", "1", attending.Name, attending.Npi is null ? null : "XX", attending.Npi);
            if (attending.TaxonomyCode is not null) w.Begin("PRV").Elements("AT", "PXC", attending.TaxonomyCode).End();
        }
        if (c.RenderingProvider is { } rendering)
        {
            Name("82", "1", rendering.Name, rendering.Npi is null ? null : "XX", rendering.Npi);
            if (rendering.TaxonomyCode is not null) w.Begin("PRV").Elements("PE", "PXC", rendering.TaxonomyCode).End();
        }

        for (var i = 0; i < c.Lines.Count; i++) WriteLine(i + 1, c.Lines[i]);
    }

    /// <summary>837P: one HI with ABK then up to eleven ABF. 837I: the principal alone, then ABF twelve per HI.</summary>
    private void WriteDiagnoses(IReadOnlyList<string> diagnoses)
    {
        var codes = diagnoses.Select(d => d.Replace(".", "", StringComparison.Ordinal).Trim()).ToList();
        w.Begin("HI").Composite("ABK", codes[0]);
        if (Professional)
        {
            foreach (var code in codes.Skip(1)) w.Composite("ABF", code);
            w.End();
            return;
        }
        w.End();
        foreach (var chunk in codes.Skip(1).Chunk(12))
        {
            w.Begin("HI");
            foreach (var code in chunk) w.Composite("ABF", code);
            w.End();
        }
    }

    private void WriteLine(int number, ServiceLine837 line)
    {
        w.Begin("LX").Element(Number(number)).End();
        if (Professional)
        {
            w.Begin("SV1").Composite(["HC", line.ProcedureCode, .. line.Modifiers]).Element(line.Charge)
                .Element(line.UnitOfMeasure).Element(line.Units).Element(line.PlaceOfService).Empty(1)
                .Composite([.. line.DiagnosisPointers.Select(Number)]).End();
        }
        else
        {
            w.Begin("SV2").Element(line.RevenueCode);
            if (line.ProcedureCode is null) w.Empty(1);
            else w.Composite(["HC", line.ProcedureCode, .. line.Modifiers]);
            w.Element(line.Charge).Element(line.UnitOfMeasure).Element(line.Units).End();
        }
        if (line.ServiceDate is { } date)
        {
            var value = line.ServiceDateEnd is { } end ? $"{SegmentWriter.Date(date)}-{SegmentWriter.Date(end)}" : SegmentWriter.Date(date);
            w.Begin("DTP").Elements("472", line.ServiceDateEnd is null ? "D8" : "RD8", value).End();
        }
        if (line.LineControlNumber is not null) w.Begin("REF").Elements("6R", line.LineControlNumber).End();
    }

    private void Name(string entity, string type, PartyName name, string? idQualifier, string? id) =>
        w.Begin("NM1").Elements(entity, type, name.Last, name.First, name.Middle, null, name.Suffix, idQualifier, id).End();

    private void Address(PostalAddress a)
    {
        w.Begin("N3").Elements(a.Line1, a.Line2).End();
        w.Begin("N4").Elements(a.City, a.State, a.PostalCode).End();
    }

    private void Demographics(DateOnly? birthDate, string? sex)
    {
        if (birthDate is { } dob) w.Begin("DMG").Element("D8").Element(dob).Element(sex).End();
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
