namespace RevenueCycle.Encounters;

public enum EncounterStatus { Open, Documented, OnHold, Coded, Billed }
