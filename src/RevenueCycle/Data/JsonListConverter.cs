using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RevenueCycle.Data;

/// <summary>
/// Short lists (a line's modifiers and diagnosis pointers) kept as a JSON array in a text column, the format EF Core
/// gives primitive collections (<c>["25","59"]</c>, <c>[1,2]</c>), so the stored rows are unchanged. EF Core 10 reads
/// its own primitive collections with a reflection look-up and fresh reader objects per value: about a tenth of a
/// claim page's allocations (docs/performance.md, fix 11). PostgreSQL keeps native arrays and does not use this.
/// </summary>
public sealed class JsonListConverter<T>() : ValueConverter<List<T>, string>(list => Write(list), json => Read(json))
{
    private static string Write(List<T> list) => JsonSerializer.Serialize(list);

    // Written as above, the lists are flat arrays of small ints or of plain codes; those are read by hand (the serializer
    // was a twentieth of a claim page's loads, docs/performance.md, fix 21). Anything else (escapes, spaces, nulls) goes
    // through the serializer, so a value another writer stored still reads right.
    private static List<T> Read(string json) =>
        (typeof(T) == typeof(int) ? (List<T>?)(object?)FlatInts(json) : typeof(T) == typeof(string) ? (List<T>?)(object?)FlatStrings(json) : null)
        ?? JsonSerializer.Deserialize<List<T>>(json) ?? [];

    internal static List<int>? FlatInts(string json)
    {
        if (json.Length < 2 || json[0] != '[' || json[^1] != ']') return null;
        var list = new List<int>();
        if (json.Length == 2) return list;
        var start = 1;
        while (true)
        {
            var end = json.IndexOf(',', start);
            var last = end < 0;
            if (last) end = json.Length - 1;
            var item = json.AsSpan(start, end - start);
            // Digits only (one leading minus): what the serializer writes for an int, nothing it would read differently.
            if (item.IsEmpty || item.Length > 11 || !int.TryParse(item, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
                || item[0] == '+' || (item.Length > 1 && item[item[0] == '-' ? 1 : 0] == '0'))
                return null;
            list.Add(value);
            if (last) return list;
            start = end + 1;
        }
    }

    internal static List<string>? FlatStrings(string json)
    {
        if (json.Length < 2 || json[0] != '[' || json[^1] != ']' || json.Contains('\\')) return null;
        var list = new List<string>();
        if (json.Length == 2) return list;
        var start = 1;
        while (true)
        {
            // "…" then , or the closing ]: without backslashes a quote always ends the string.
            if (json[start] != '"') return null;
            var close = json.IndexOf('"', start + 1);
            if (close < 0) return null;
            list.Add(json.Substring(start + 1, close - start - 1));
            var next = close + 1;
            if (next == json.Length - 1) return list;
            if (json[next] != ',') return null;
            start = next + 1;
            if (start >= json.Length - 1) return null;
        }
    }
}

/// <summary>Lists are equal when their items are, in order; a snapshot is a copy (change tracking).</summary>
public sealed class ListComparer<T>() : ValueComparer<List<T>>(
    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
    list => list.ToList());
