namespace RevenueCycle.Coding;

/// <summary>The labels of the ICD-10-CM addenda file; a revision comes as a ReviseFrom row followed by its ReviseTo row.</summary>
public enum Icd10CmChangeAction { Add, Delete, ReviseFrom, ReviseTo }
