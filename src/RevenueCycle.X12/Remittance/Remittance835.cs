namespace RevenueCycle.X12;

/// <summary>Reads 835 health care claim payment/advice (005010X221A1) into <see cref="RemittanceAdvice"/>s,
/// one per ST…SE.</summary>
public static class Remittance835
{
    public static IReadOnlyList<RemittanceAdvice> Parse(string text, X12ReaderOptions? options = null) =>
        Parse(X12Reader.ReadAll(text, options), options);

    public static IReadOnlyList<RemittanceAdvice> Parse(Stream stream, X12ReaderOptions? options = null) =>
        Parse(X12Reader.ReadAll(stream, options), options);

    public static IReadOnlyList<RemittanceAdvice> Parse(Interchange interchange, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        return Parse([interchange], options);
    }

    private static List<RemittanceAdvice> Parse(IEnumerable<Interchange> interchanges, X12ReaderOptions? options)
    {
        options ??= X12ReaderOptions.Strict;
        var result = new List<RemittanceAdvice>();
        foreach (var transaction in interchanges.SelectMany(i => i.Transactions))
        {
            if (transaction.Id != "835")
                throw new X12Exception($"Expected an 835 transaction set but found {transaction.Id}.", transaction.Header);
            result.Add(new Remittance835Parser(transaction, options).Parse());
        }
        return result;
    }
}
