namespace RevenueCycle.X12;

/// <summary>
/// Writes <see cref="RemittanceAdvice"/>s as an 835 (005010X221A1), one ST…SE per remittance in one functional
/// group. Used to produce large test and benchmark files; what it writes reads back to equal records.
/// </summary>
public static class Remittance835Writer
{
    public const string Version = "005010X221A1";

    public static string Write(IReadOnlyList<RemittanceAdvice> remittances, X12Envelope envelope)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(text, remittances, envelope);
        return text.ToString();
    }

    public static void Write(TextWriter output, IReadOnlyList<RemittanceAdvice> remittances, X12Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(remittances);
        ArgumentNullException.ThrowIfNull(output);
        // Buffered so that a value refused half-way (a delimiter inside data) leaves the output untouched.
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var writer = new EnvelopeWriter(buffer, envelope);
        writer.BeginInterchange();
        writer.BeginGroup("HP", Version);
        foreach (var remittance in remittances)
        {
            writer.BeginTransaction("835", null);
            WriteBody(writer.Segments, remittance);
            writer.EndTransaction();
        }
        writer.EndGroup();
        writer.EndInterchange();
        output.Write(buffer.ToString());
    }

    private static void WriteBody(SegmentWriter w, RemittanceAdvice r)
    {
        var p = r.Payment;
        w.Begin("BPR").Elements(p.HandlingCode).Element(p.Amount).Elements(p.CreditDebit, p.Method, p.Format)
            .Empty(10).Element(p.Date).End();
        w.Begin("TRN").Elements("1", r.TraceNumber, r.TraceOriginatorId).End();
        if (r.ProductionDate is { } produced) w.Begin("DTM").Element("405").Element(produced).End();

        w.Begin("N1").Elements("PR", r.Payer.Name).End();
        if (r.Payer.Id is { } payerId) w.Begin("REF").Elements("2U", payerId).End();

        if (r.Payee.Npi is { } npi)
        {
            w.Begin("N1").Elements("PE", r.Payee.Name, "XX", npi).End();
            if (r.Payee.TaxId is { } tin) w.Begin("REF").Elements("TJ", tin).End();
        }
        else
        {
            w.Begin("N1").Elements("PE", r.Payee.Name, r.Payee.TaxId is null ? null : "FI", r.Payee.TaxId).End();
        }

        if (r.Claims.Count > 0) w.Begin("LX").Element("1").End();
        foreach (var claim in r.Claims) WriteClaim(w, claim);
        WriteProviderAdjustments(w, r.ProviderAdjustments);
    }

    private static void WriteClaim(SegmentWriter w, RemittanceClaim c)
    {
        w.Begin("CLP").Elements(c.PatientControlNumber, c.StatusCode).Element(c.TotalCharge).Element(c.Paid)
            .Element(c.PatientResponsibility)
            .Elements(c.ClaimFilingIndicator, c.PayerClaimControlNumber, c.FacilityTypeCode, c.FrequencyCode).End();
        WriteAdjustments(w, c.Adjustments);
        if (c.PatientName is { } name)
        {
            w.Begin("NM1").Elements("QC", "1", name.Last, name.First, name.Middle, null, name.Suffix,
                c.PatientIdQualifier, c.PatientId).End();
        }
        if (c.RemarkCodes.Count > 5)
            throw new ArgumentException($"Claim {c.PatientControlNumber} has more than the five remark codes an MOA holds.");
        if (c.RemarkCodes.Count > 0)
            w.Begin("MOA").Empty(2).Elements([.. c.RemarkCodes]).End();
        WriteDate(w, "050", c.ReceivedDate);
        WriteDate(w, "232", c.StatementFrom);
        WriteDate(w, "233", c.StatementTo);
        foreach (var line in c.Lines) WriteLine(w, line);
    }

    private static void WriteLine(SegmentWriter w, RemittanceServiceLine l)
    {
        var modifiers = l.Modifiers.Take(4).ToArray();
        w.Begin("SVC").Composite([l.ProcedureQualifier, l.ProcedureCode, .. modifiers]).Element(l.Charge).Element(l.Paid)
            .Element(l.RevenueCode).Element(l.Units).End();
        WriteDate(w, "472", l.ServiceDate);
        WriteDate(w, "150", l.ServiceStart);
        WriteDate(w, "151", l.ServiceEnd);
        WriteAdjustments(w, l.Adjustments);
        if (l.LineControlNumber is { } control) w.Begin("REF").Elements("6R", control).End();
        if (l.AllowedAmount is { } allowed) w.Begin("AMT").Element("B6").Element(allowed).End();
        foreach (var remark in l.RemarkCodes) w.Begin("LQ").Elements("HE", remark).End();
    }

    /// <summary>Consecutive reasons of one group share a CAS segment, six at most.</summary>
    private static void WriteAdjustments(SegmentWriter w, IReadOnlyList<ClaimAdjustment> adjustments)
    {
        foreach (var run in Runs(adjustments, a => a.GroupCode))
        {
            w.Begin("CAS").Element(run[0].GroupCode);
            foreach (var a in run) w.Element(a.ReasonCode).Element(a.Amount).Element(a.Quantity);
            w.End();
        }
    }

    private static void WriteProviderAdjustments(SegmentWriter w, IReadOnlyList<ProviderAdjustment> adjustments)
    {
        foreach (var run in Runs(adjustments, a => (a.ProviderId, a.FiscalPeriodDate)))
        {
            w.Begin("PLB").Element(run[0].ProviderId).Element(run[0].FiscalPeriodDate);
            foreach (var a in run) w.Composite(a.ReasonCode, a.Reference).Element(a.Amount);
            w.End();
        }
    }

    private static void WriteDate(SegmentWriter w, string qualifier, DateOnly? date)
    {
        if (date is { } d) w.Begin("DTM").Element(qualifier).Element(d).End();
    }

    private static IEnumerable<List<T>> Runs<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
    {
        var run = new List<T>();
        foreach (var item in items)
        {
            if (run.Count == 6 || run.Count > 0 && !EqualityComparer<TKey>.Default.Equals(key(run[0]), key(item)))
            {
                yield return run;
                run = [];
            }
            run.Add(item);
        }
        if (run.Count > 0) yield return run;
    }
}
