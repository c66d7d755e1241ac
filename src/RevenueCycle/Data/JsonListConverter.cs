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

    private static List<T> Read(string json) => JsonSerializer.Deserialize<List<T>>(json) ?? [];
}

/// <summary>Lists are equal when their items are, in order; a snapshot is a copy (change tracking).</summary>
public sealed class ListComparer<T>() : ValueComparer<List<T>>(
    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
    list => list.ToList());
