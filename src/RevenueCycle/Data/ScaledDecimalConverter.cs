using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RevenueCycle.Data;

/// <summary>
/// SQLite has no decimal type: EF stores decimals there as text, which cannot be summed or ordered in SQL.
/// On SQLite we store money and units as integers in ten-thousandths instead — exact, and SUM/ORDER BY
/// stay in the database.
/// </summary>
public sealed class ScaledDecimalConverter() : ValueConverter<decimal, long>(
    value => (long)(value * Scale),
    stored => stored / Scale)
{
    private const decimal Scale = 10_000m;
}
