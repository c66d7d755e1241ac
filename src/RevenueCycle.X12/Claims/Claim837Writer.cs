namespace RevenueCycle.X12;

/// <summary>
/// Writes claims as 837P (005010X222A1) and 837I (005010X223A2): one functional group per kind, one transaction
/// set per submitter/receiver pair, HL loops per billing provider, subscriber and dependent patient. Claims are
/// validated first; an invalid claim throws <see cref="ArgumentException"/> before anything is written.
/// </summary>
public static class Claim837Writer
{
    public const string ProfessionalVersion = "005010X222A1";
    public const string InstitutionalVersion = "005010X223A2";

    public static string Write(IReadOnlyList<Claim837> claims, X12Envelope envelope)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(text, claims, envelope);
        return text.ToString();
    }

    public static void Write(TextWriter output, IReadOnlyList<Claim837> claims, X12Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0) throw new ArgumentException("There are no claims to write.", nameof(claims));
        ArgumentNullException.ThrowIfNull(output);
        foreach (var claim in claims) Claim837Validator.Validate(claim);

        // Buffered so that a value refused half-way (a delimiter inside data) leaves the output untouched.
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var writer = new EnvelopeWriter(buffer, envelope);
        writer.BeginInterchange();
        foreach (var kind in claims.GroupBy(c => c.Kind))
        {
            var version = kind.Key == ClaimKind.Professional ? ProfessionalVersion : InstitutionalVersion;
            writer.BeginGroup("HC", version);
            foreach (var batch in kind.GroupBy(c => (c.Submitter, c.Receiver)))
            {
                var control = writer.BeginTransaction("837", version);
                new Claim837BodyWriter(writer.Segments, kind.Key).Write(control, writer.Now, batch.Key.Submitter, batch.Key.Receiver, [.. batch]);
                writer.EndTransaction();
            }
            writer.EndGroup();
        }
        writer.EndInterchange();
        output.Write(buffer.ToString());
    }
}
