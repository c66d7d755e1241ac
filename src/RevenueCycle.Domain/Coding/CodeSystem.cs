namespace RevenueCycle.Coding;

/// <summary>The code systems a claim uses: diagnoses (ICD-10-CM) and procedures (CPT, HCPCS Level II).</summary>
public enum CodeSystem
{
    Icd10Cm,
    Cpt,
    HcpcsLevel2,
    // Remittance vocabularies, stored and looked up the same way as procedure and diagnosis codes.
    HcpcsModifier,
    Carc,
    Rarc,
    AdjustmentGroup,
}
