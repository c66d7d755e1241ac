namespace RevenueCycle.X12;

internal static class X12Placeholder;
