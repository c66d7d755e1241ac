using System.Collections;
using System.Reflection;

namespace RevenueCycle.X12;

/// <summary>
/// Deep equality for the parsed models: records compare their lists by reference, so round-trip tests walk
/// properties and lists instead and name the first path that differs.
/// </summary>
internal static class Structural
{
    public static void AssertEqual<T>(T expected, T actual)
    {
        var difference = FindDifference(expected, actual, typeof(T).Name);
        Assert.True(difference is null, difference);
    }

    private static string? FindDifference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)} but was {Show(actual)}";

        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or DateOnly or DateTime)
            return Equals(expected, actual) ? null : $"{path}: expected {Show(expected)} but was {Show(actual)}";

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            var e = expectedItems.Cast<object?>().ToList();
            var a = actualItems.Cast<object?>().ToList();
            if (e.Count != a.Count) return $"{path}: expected {e.Count} items but was {a.Count}";
            for (var i = 0; i < e.Count; i++)
            {
                if (FindDifference(e[i], a[i], $"{path}[{i}]") is { } d) return d;
            }
            return null;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var difference = FindDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
            if (difference is not null) return difference;
        }
        return null;
    }

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
