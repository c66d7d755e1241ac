using System.Globalization;
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

    public static decimal Canonical(decimal value) =>
        decimal.Parse(value.ToString("0.00##########################", CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture);
}
