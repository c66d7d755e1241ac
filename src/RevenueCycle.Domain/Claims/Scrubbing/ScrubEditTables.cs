using RevenueCycle.Coding;
using static RevenueCycle.Coding.CodeSystem;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// The sex and age edits the product ships: a small table of long-standing ICD-10-CM chapter and block
/// conventions (the kind the Medicare Code Editor applies) and the age bands CPT builds into its preventive and
/// newborn visit codes, written for this project. It is a floor, not a payer's full edit set. A tenant extends it
/// through <see cref="ScrubContext.SexEdits"/> and <see cref="ScrubContext.AgeEdits"/>, e.g.
/// <c>context with { AgeEdits = [.. ScrubEditTables.AgeEdits, new AgeEdit(CodeSystem.Icd10Cm, CodeRange.Of("R6250"), 0, 17, "childhood developmental delay")] }</c>,
/// or replaces it (an empty list turns the edit off).
/// </summary>
public static class ScrubEditTables
{
    private const string Maternity = "pregnancy, childbirth and the puerperium";

    /// <summary>
    /// Female-only and male-only codes. The Medicare Code Editor has retired its sex-conflict edits but many payers still apply them,
    /// and a sex-specific service for a patient whose sex on file differs (e.g. a transgender patient) is billed
    /// with modifier KX, which <see cref="SexConflictRule"/> honours.
    /// </summary>
    public static IReadOnlyList<SexEdit> SexEdits { get; } =
    [
        Female(Icd10Cm, "C51", "C58", "malignant neoplasms of female genital organs"),
        Male(Icd10Cm, "C60", "C63", "malignant neoplasms of male genital organs"),
        Female(Icd10Cm, "D25", "D28", "benign neoplasms of female genital organs"),
        Male(Icd10Cm, "D29", "D29", "benign neoplasms of male genital organs"),
        Male(Icd10Cm, "N40", "N53", "diseases of male genital organs"),
        Female(Icd10Cm, "N70", "N98", "diseases of female pelvic organs and genital tract"),
        Female(Icd10Cm, "O00", "O9A", Maternity),
        Female(Icd10Cm, "Z33", "Z34", "pregnant state and supervision of normal pregnancy"),
        Female(Icd10Cm, "Z36", "Z37", "antenatal screening and outcome of delivery"),
        Female(Icd10Cm, "Z39", "Z39", "maternal postpartum care"),
        Female(Icd10Cm, "Z3A", "Z3A", "weeks of gestation"),
        Male(Cpt, "54000", "55899", "procedures on the male genital system"),
        Female(Cpt, "56405", "58999", "procedures on the female genital system"),
        Female(Cpt, "59000", "59899", "maternity care and delivery"),
    ];

    /// <summary>
    /// Age spans. Perinatal conditions (P00–P96) are only a warning: the ICD-10-CM guidelines let a condition that
    /// began in the perinatal period keep its P code for life.
    /// </summary>
    public static IReadOnlyList<AgeEdit> AgeEdits { get; } =
    [
        new(Icd10Cm, new("O00", "O9A"), 12, 55, Maternity),
        new(Icd10Cm, new("Z33", "Z34"), 12, 55, "pregnant state and supervision of normal pregnancy"),
        new(Icd10Cm, new("Z36", "Z37"), 12, 55, "antenatal screening and outcome of delivery"),
        new(Icd10Cm, CodeRange.Of("Z39"), 12, 55, "maternal postpartum care"),
        new(Icd10Cm, CodeRange.Of("Z3A"), 12, 55, "weeks of gestation"),
        new(Icd10Cm, new("P00", "P96"), 0, 0, "conditions originating in the perinatal period", ScrubSeverity.Warning),
        new(Icd10Cm, CodeRange.Of("Z38"), 0, 0, "liveborn infant (the birth record only)"),
        new(Icd10Cm, CodeRange.Of("Z0011"), 0, 0, "newborn health examination"),
        new(Icd10Cm, CodeRange.Of("Z0012"), 0, 17, "routine child health examination"),
        new(Icd10Cm, new("Z681", "Z684"), 20, AgeEdit.NoUpperLimit, "adult body mass index"),
        new(Icd10Cm, CodeRange.Of("Z685"), 2, 19, "pediatric body mass index percentile"),
        new(Cpt, new("99460", "99463"), 0, 0, "newborn care"),
        .. PreventiveVisit("99381", "99391", 0, 0),
        .. PreventiveVisit("99382", "99392", 1, 4),
        .. PreventiveVisit("99383", "99393", 5, 11),
        .. PreventiveVisit("99384", "99394", 12, 17),
        .. PreventiveVisit("99385", "99395", 18, 39),
        .. PreventiveVisit("99386", "99396", 40, 64),
        .. PreventiveVisit("99387", "99397", 65, AgeEdit.NoUpperLimit),
    ];

    private static SexEdit Female(CodeSystem system, string first, string last, string description) =>
        new(system, new CodeRange(first, last), 'F', description);

    private static SexEdit Male(CodeSystem system, string first, string last, string description) =>
        new(system, new CodeRange(first, last), 'M', description);

    /// <summary>CPT's preventive medicine visits come in age bands, one code for a new and one for an established patient.</summary>
    private static AgeEdit[] PreventiveVisit(string newPatient, string establishedPatient, int minimumAge, int maximumAge) =>
    [
        new(Cpt, CodeRange.Of(newPatient), minimumAge, maximumAge, "preventive visit of a new patient in that age band"),
        new(Cpt, CodeRange.Of(establishedPatient), minimumAge, maximumAge, "preventive visit of an established patient in that age band"),
    ];
}
