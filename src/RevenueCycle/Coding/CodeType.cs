using GraphQL.Types;
using RevenueCycle.GraphQL.Scalars;

namespace RevenueCycle.Coding;

/// <summary>One effective-dated version of a code. Codes are global reference data (not PHI, not tenant-scoped).</summary>
public sealed class CodeType : ObjectGraphType<Code>
{
    public CodeType()
    {
        Name = "Code";
        Description = "One version of a code: its wording, billable flag and the dates it is in force.";
        Field<NonNullGraphType<CodeSystemType>>("system").Resolve(c => c.Source.System);
        Field(c => c.Value).Description("As in files and X12: ICD-10-CM without the dot (E119).");
        Field(c => c.Display).Description("As people read it (E11.9).");
        Field(c => c.Description);
        Field(c => c.ShortDescription).Description("CMS's abbreviated wording; empty for CARC and RARC.");
        Field(c => c.Billable).Description("False for ICD-10-CM category headers, which cannot go on a claim.");
        Field(c => c.EffectiveFrom).Description("First day in force (0001-01-01: not known).");
        Field(c => c.EffectiveTo, nullable: true).Description("Last day in force; null while current.");
        Field(c => c.Release).Description("The release that brought this version (FY2025, 2020, CPT-SAMPLE, …).");
    }
}

/// <summary>The code systems by the names coders use.</summary>
public sealed class CodeSystemType : EnumerationGraphType
{
    public CodeSystemType()
    {
        Name = "CodeSystem";
        Add("ICD10CM", CodeSystem.Icd10Cm, "ICD-10-CM diagnoses.");
        Add("CPT", CodeSystem.Cpt, "CPT procedures (the customer's licensed file, or the shipped sample).");
        Add("HCPCS", CodeSystem.HcpcsLevel2, "HCPCS Level II procedures, supplies and drugs.");
        Add("HCPCS_MODIFIER", CodeSystem.HcpcsModifier, "HCPCS / CPT modifiers.");
        Add("CARC", CodeSystem.Carc, "Claim adjustment reason codes (X12 835 CAS).");
        Add("RARC", CodeSystem.Rarc, "Remittance advice remark codes (X12 835 LQ/MIA/MOA).");
        Add("ADJUSTMENT_GROUP", CodeSystem.AdjustmentGroup, "CAS group codes: CO, CR, OA, PI, PR.");
    }
}

public sealed class CodeValidityStatusType : EnumerationGraphType<CodeValidityStatus>
{
    public CodeValidityStatusType()
    {
        Name = "CodeValidityStatus";
        Description = "Whether a code may be billed on a date of service.";
    }
}

public sealed class CodeCheckResultType : ObjectGraphType<CodeCheckResult>
{
    public CodeCheckResultType()
    {
        Name = "CodeCheck";
        Description = "A code judged for a date of service.";
        Field<NonNullGraphType<CodeValidityStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("valid").Resolve(c => c.Source.Status == CodeValidityStatus.Valid);
        Field<NonNullGraphType<LocalDateGraphType>>("on").Resolve(c => c.Source.Check.DateOfService);
        Field<CodeType>("code").Description("The version in force that day; else the nearest one; null for an unknown code.")
            .Resolve(c => c.Source.Version);
    }
}
