namespace RevenueCycle.X12;

/// <summary>
/// Reads 837P and 837I transaction sets into <see cref="Claim837"/>s: what <see cref="Claim837Writer"/> writes
/// reads back equal, and real senders' files yield their claims. Loops the model does not carry (other payers
/// in 2320/2330, referring and facility providers, line adjudication, drug detail) are skipped.
/// </summary>
public static class Claim837Reader
{
    public static IReadOnlyList<Claim837> Parse(string text, X12ReaderOptions? options = null) =>
        Parse(X12Reader.ReadAll(text, options), options);

    public static IReadOnlyList<Claim837> Parse(Stream stream, X12ReaderOptions? options = null) =>
        Parse(X12Reader.ReadAll(stream, options), options);

    public static IReadOnlyList<Claim837> Parse(Interchange interchange, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        return Parse([interchange], options);
    }

    private static List<Claim837> Parse(IEnumerable<Interchange> interchanges, X12ReaderOptions? options)
    {
        var tolerate = (options ?? X12ReaderOptions.Strict).TolerateInvalidDates;
        var claims = new List<Claim837>();
        foreach (var transaction in interchanges.SelectMany(i => i.Transactions))
        {
            if (transaction.Id != "837")
                throw new X12Exception($"Expected an 837 transaction set but found {transaction.Id}.", transaction.Header);
            claims.AddRange(new Claim837Parser(transaction, KindOf(transaction), tolerate).Parse());
        }
        return claims;
    }

    /// <summary>ST03 wins over GS08: Spec_3.1.2_TwoClaimsForTheSameProvider.txt is institutional (ST03 X223)
    /// inside a group labelled X222.</summary>
    private static ClaimKind KindOf(TransactionSet transaction)
    {
        var version = transaction.ImplementationVersion;
        if (version.Contains("X223", StringComparison.Ordinal)) return ClaimKind.Institutional;
        if (version.Contains("X222", StringComparison.Ordinal)) return ClaimKind.Professional;
        throw new X12Exception($"'{version}' is neither 837P (X222) nor 837I (X223).", transaction.Header);
    }
}
