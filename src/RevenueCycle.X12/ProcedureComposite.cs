namespace RevenueCycle.X12;

/// <summary>A C003 procedure composite: qualifier:code:modifier1…modifier4(:description).</summary>
internal sealed record ProcedureComposite(string Qualifier, string Code, IReadOnlyList<string> Modifiers)
{
    public static ProcedureComposite Parse(X12Segment segment, int index)
    {
        IReadOnlyList<string> parts = segment.Components(index);
        // cob-contractural-adjustment.835 writes SVC01 as "HC>55669" while its ISA16 declares ':'. Qualifiers are
        // always two characters, so a lone component whose third character is punctuation is split on that character.
        if (parts.Count == 1 && parts[0].Length > 3 && !char.IsLetterOrDigit(parts[0][2]) && parts[0][2] != ' ')
            parts = parts[0].Split(parts[0][2]);

        var qualifier = parts.Count > 0 ? parts[0] : "";
        var code = parts.Count > 1 ? parts[1] : "";
        if (qualifier.Length == 0 || code.Length == 0)
            throw new X12Exception($"{X12Values.Name(segment, index)} needs a qualifier and a procedure code.", segment);
        var modifiers = parts.Skip(2).Take(4).Where(m => m.Length > 0).ToArray();
        return new ProcedureComposite(qualifier, code, modifiers);
    }
}
