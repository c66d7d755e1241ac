using System.Text;

namespace RevenueCycle.Coding;

/// <summary>
/// RFC 4180 records: comma-separated fields, a field in double quotes may hold commas, line breaks and doubled
/// quotes (<c>""</c>). Accepts CRLF or LF line ends and skips empty lines. Stricter than spreadsheet exports
/// sometimes are (a quote inside an unquoted field is an error) so that a mangled file is reported, not guessed at.
/// </summary>
internal static class CsvRecordReader
{
    /// <summary>Yields each record with the line number it starts on.</summary>
    public static IEnumerable<(int LineNumber, List<string> Fields)> Read(TextReader reader, string? source)
    {
        var line = 1;
        var field = new StringBuilder();
        var fields = new List<string>();
        var recordLine = 1;
        var quoted = false;       // inside a quoted field
        var afterQuote = false;   // a quoted field just closed; only a separator or line end may follow
        var atFieldStart = true;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else { quoted = false; afterQuote = true; }
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    atFieldStart = true;
                    continue;
                case '\r' or '\n':
                    if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                    if (fields.Count > 0 || field.Length > 0 || afterQuote)
                    {
                        fields.Add(field.ToString());
                        yield return (recordLine, fields);
                        fields = [];
                    }
                    field.Clear();
                    afterQuote = false;
                    atFieldStart = true;
                    line++;
                    recordLine = line;
                    continue;
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    continue;
                case '"':
                    throw new CodeSetFormatException(source, line, "a double quote inside an unquoted field; quote the whole field and double the quote");
                default:
                    if (afterQuote)
                        throw new CodeSetFormatException(source, line, $"'{ch}' after a closing quote; expected a comma or the end of the line");
                    field.Append(ch);
                    atFieldStart = false;
                    continue;
            }
        }
        if (quoted)
            throw new CodeSetFormatException(source, recordLine, "a quoted field is not closed before the end of the file");
        if (fields.Count > 0 || field.Length > 0 || afterQuote)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
