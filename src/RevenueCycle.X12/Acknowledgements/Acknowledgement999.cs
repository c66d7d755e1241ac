namespace RevenueCycle.X12;

/// <summary>Reads 999 implementation acknowledgements (005010X231A1): accepted or rejected per transaction set.</summary>
public static class Acknowledgement999
{
    public static IReadOnlyList<ImplementationAcknowledgement> Parse(string text, X12ReaderOptions? options = null) =>
        Parse(X12Reader.ReadAll(text, options));

    public static IReadOnlyList<ImplementationAcknowledgement> Parse(Stream stream, X12ReaderOptions? options = null) =>
        Parse(X12Reader.ReadAll(stream, options));

    /// <summary>Options only matter when reading text; a 999 carries no optional dates.</summary>
    public static IReadOnlyList<ImplementationAcknowledgement> Parse(Interchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        return Parse([interchange]);
    }

    private static List<ImplementationAcknowledgement> Parse(IEnumerable<Interchange> interchanges)
    {
        var result = new List<ImplementationAcknowledgement>();
        foreach (var transaction in interchanges.SelectMany(i => i.Transactions))
        {
            if (transaction.Id != "999")
                throw new X12Exception($"Expected a 999 transaction set but found {transaction.Id}.", transaction.Header);
            result.Add(ParseTransaction(transaction));
        }
        return result;
    }

    private static ImplementationAcknowledgement ParseTransaction(TransactionSet transaction)
    {
        X12Segment? ak1 = null, ak9 = null;
        var transactions = new List<TransactionAcknowledgement>();
        X12Segment? ak2 = null;
        var segmentErrors = new List<SegmentError>();

        foreach (var s in transaction.Body)
        {
            switch (s.Id)
            {
                case "AK1":
                    ak1 = s;
                    break;
                case "AK2":
                    if (ak2 is not null) throw new X12Exception($"AK2 {ak2.Element(2)} has no IK5.", s);
                    ak2 = s;
                    segmentErrors = [];
                    break;
                case "IK3":
                    if (ak2 is null) throw new X12Exception("IK3 outside an AK2 transaction set response.", s);
                    segmentErrors.Add(new SegmentError(
                        X12Values.Required(s, 1),
                        s.Element(2).Length > 0 ? X12Values.ParseInt(s, s.Element(2), "IK302") : null,
                        X12Values.Optional(s, 3),
                        X12Values.Optional(s, 4)));
                    break;
                case "IK4":
                    if (ak2 is null || segmentErrors.Count == 0) throw new X12Exception("IK4 without a preceding IK3.", s);
                    var last = segmentErrors[^1];
                    var element = new ElementError(X12Values.Required(s, 1), X12Values.Optional(s, 2), X12Values.Required(s, 3));
                    segmentErrors[^1] = last with { Elements = [.. last.Elements, element] };
                    break;
                case "IK5":
                    if (ak2 is null) throw new X12Exception("IK5 without a preceding AK2.", s);
                    transactions.Add(Verdict(ak2, s, segmentErrors));
                    ak2 = null;
                    break;
                case "AK9":
                    ak9 = s;
                    break;
            }
        }

        var header = transaction.Header;
        if (ak2 is not null) throw new X12Exception($"AK2 {ak2.Element(2)} has no IK5.", ak2);
        if (ak1 is null) throw new X12Exception("999 has no AK1.", header);
        if (ak9 is null) throw new X12Exception("999 has no AK9.", header);
        return new ImplementationAcknowledgement
        {
            FunctionalId = X12Values.Required(ak1, 1),
            GroupControlNumber = X12Values.Required(ak1, 2),
            GroupAcknowledgementCode = X12Values.Required(ak9, 1),
            Transactions = transactions,
        };
    }

    private static TransactionAcknowledgement Verdict(X12Segment ak2, X12Segment ik5, List<SegmentError> errors)
    {
        var code = X12Values.Required(ik5, 1);
        return new TransactionAcknowledgement
        {
            TransactionSetId = X12Values.Required(ak2, 1),
            ControlNumber = X12Values.Required(ak2, 2),
            AcknowledgementCode = code,
            Outcome = code is "A" or "E" ? AcknowledgementOutcome.Accepted : AcknowledgementOutcome.Rejected,
            ErrorCodes = [.. Enumerable.Range(2, 5).Select(ik5.Element).Where(e => e.Length > 0)],
            SegmentErrors = errors,
        };
    }
}
