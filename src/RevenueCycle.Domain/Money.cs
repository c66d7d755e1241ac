namespace RevenueCycle;

/// <summary>Money rules shared by the ledger, fee schedules and remittance posting: dollars and cents, nothing finer.</summary>
public static class Money
{
    /// <summary>True when <paramref name="value"/> has no non-zero digit past the cents (1.50m and 1.500m both pass).</summary>
    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;

    /// <summary>A positive amount in whole cents: what every ledger entry carries (its direction comes from its kind).</summary>
    public static bool IsValidAmount(decimal value) => value > 0m && HasAtMostTwoDecimals(value);
}
