namespace RevenueCycle.Patients;

/// <summary>Administrative sex as X12 carries it (DMG03: F, M, U).</summary>
public enum Sex { Female, Male, Unknown }
