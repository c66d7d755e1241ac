using System.Globalization;

namespace RevenueCycle.Coding;

/// <summary>
/// Reads the HCPCS Level II release as TSV (UTF-8, one header line), the form of shared/data's
/// <c>hcpcs/2025-10</c>: active codes (<c>code, short_description, long_description</c>), terminated codes
/// (the same plus <c>termination_date</c> yyyy-MM-dd) and modifiers (<c>modifier, short_description, long_description</c>).
/// </summary>
public static class HcpcsTsvReader
{
    public static IEnumerable<HcpcsCode> ReadActiveFile(string path) => TsvReader.ReadFile(path, ReadActive);

    public static IEnumerable<HcpcsCode> ReadTerminatedFile(string path) => TsvReader.ReadFile(path, ReadTerminated);

    public static IEnumerable<HcpcsCode> ReadModifiersFile(string path) => TsvReader.ReadFile(path, ReadModifiers);

    public static IEnumerable<HcpcsCode> ReadActive(TextReader reader, string? source = null) =>
        TsvReader.Read(reader, source, "code", "short_description", "long_description")
            .Select(row => Code(row.Fields, null));

    public static IEnumerable<HcpcsCode> ReadModifiers(TextReader reader, string? source = null) =>
        TsvReader.Read(reader, source, "modifier", "short_description", "long_description")
            .Select(row => Code(row.Fields, null));

    public static IEnumerable<HcpcsCode> ReadTerminated(TextReader reader, string? source = null) =>
        TsvReader.Read(reader, source, "code", "short_description", "long_description", "termination_date")
            .Select(row => Code(row.Fields, DateOnly.TryParseExact(row.Fields[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new CodeSetFormatException(source, row.LineNumber, $"termination_date '{row.Fields[3]}' is not yyyy-MM-dd")));

    private static HcpcsCode Code(string[] fields, DateOnly? terminationDate) =>
        new(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), terminationDate);
}
