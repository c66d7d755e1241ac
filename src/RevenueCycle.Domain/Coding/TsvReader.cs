namespace RevenueCycle.Coding;

/// <summary>Tab-separated files with one header line, as the derived code-set files in shared/data are written.</summary>
internal static class TsvReader
{
    /// <summary>Yields each data row's fields with its line number, after checking the header matches exactly.</summary>
    public static IEnumerable<(int LineNumber, string[] Fields)> Read(TextReader reader, string? source, params string[] header)
    {
        var first = reader.ReadLine()?.TrimStart('\uFEFF');
        var expected = string.Join('\t', header);
        if (first != expected)
            throw new CodeSetFormatException(source, 1, $"header must be '{expected.Replace('\t', ',')}', was '{first?.Replace('\t', ',')}'");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length != header.Length)
                throw new CodeSetFormatException(source, lineNumber, $"expected {header.Length} tab-separated fields, found {fields.Length}");
            if (fields[0].Trim().Length == 0)
                throw new CodeSetFormatException(source, lineNumber, $"the {header[0]} is empty");
            yield return (lineNumber, fields);
        }
    }

    public static IEnumerable<T> ReadFile<T>(string path, Func<TextReader, string, IEnumerable<T>> read)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        foreach (var item in read(reader, Path.GetFileName(path))) yield return item;
    }
}
