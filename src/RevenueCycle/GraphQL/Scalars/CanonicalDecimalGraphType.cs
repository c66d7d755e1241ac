using GraphQL.Types;

namespace RevenueCycle.GraphQL.Scalars;

/// <summary>
/// The built-in Decimal scalar, written in one canonical form: at least two decimal places and no trailing zeros
/// beyond them (390.00, 280.80, 0.4523). A decimal carries its scale, which depends on where it came from
/// (PostgreSQL numeric(18,2) gives 390.00, SQLite's scaled integers 390, a SQL literal 0.0), so without this the
/// same amount would read differently per database. Money has two places, so two is the floor.
/// </summary>
public sealed class CanonicalDecimalGraphType : DecimalGraphType
{
    public CanonicalDecimalGraphType() => Name = "Decimal";

    public override object? Serialize(object? value)
    {
        var serialized = base.Serialize(value);
        return serialized is decimal d ? Canonical(d) : serialized;
    }

    /// <summary>The same amount with at least two decimal places and no trailing zeros beyond them.</summary>
    public static decimal Canonical(decimal value)
    {
        // Arithmetic on the decimal's scale, not a round trip through a formatted string: every amount of a claim page
        // passes here, and formatting with a custom pattern then parsing was most of the scalar's cost (docs/performance.md,
        // fix 19).
        if (value.Scale < 2) return value + 0.00m; // a sum takes the larger scale: 390 + 0.00 is 390.00
        for (var scale = value.Scale; scale > 2; scale--)
        {
            var shorter = decimal.Round(value, scale - 1); // rounding away a trailing zero keeps the value, with one place fewer
            if (shorter != value) break;
            value = shorter;
        }
        return value;
    }
}
