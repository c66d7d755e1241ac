namespace RevenueCycle.Encounters;

/// <summary>
/// What the caller knows about an encounter when it asks for a guarded move. A fact left null is unknown,
/// and a guard that needs an unknown fact refuses.
/// </summary>
public sealed record EncounterFacts(bool? NotesSigned = null, int? DiagnosisCount = null, int? ServiceLineCount = null);
