namespace RevenueCycle.Coding;

/// <summary>Column slicing for the CMS fixed-width files, with one-based inclusive columns as their layouts state them.</summary>
internal static class FixedWidth
{
    /// <summary>Columns <paramref name="first"/>..<paramref name="last"/> trimmed; short lines yield what is there.</summary>
    public static string Columns(string line, int first, int? last = null)
    {
        var start = first - 1;
        if (start >= line.Length) return "";
        var end = Math.Min(last ?? line.Length, line.Length);
        return line[start..end].Trim();
    }

    public static char Column(string line, int column) => column <= line.Length ? line[column - 1] : ' ';

    /// <summary>Collapses runs of whitespace to one space, the form the derived TSV releases use.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
