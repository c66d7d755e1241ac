namespace RevenueCycle.Encounters;

/// <summary>The named steps that move an encounter between statuses (see <see cref="EncounterWorkflow"/>).</summary>
public enum EncounterAction { Document, QueryProvider, AnswerQuery, Code, Reopen, Bill }
