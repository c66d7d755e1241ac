using GraphQL;
using RevenueCycle.Auditing;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Payers;

namespace RevenueCycle.Patients;

public sealed class CoverageType : NodeType<Coverage>
{
    public CoverageType() : base("Coverage", "A patient's insurance with one payer for a period.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Phi);
        this.HoldsPhi();
        Field(c => c.MemberId);
        Field(c => c.GroupNumber, nullable: true);
        Field(c => c.Relationship);
        Field(c => c.SubscriberFirstName, nullable: true);
        Field(c => c.SubscriberLastName, nullable: true);
        Field(c => c.SubscriberDateOfBirth, nullable: true);
        Field(c => c.Priority);
        Field(c => c.EffectiveFrom);
        Field(c => c.EffectiveTo, nullable: true);
        Field(c => c.Copay, nullable: true);
        Field(c => c.EligibilityStatus);
        Field(c => c.EligibilityCheckedAt, nullable: true);
        Field(c => c.EligibilityNote, nullable: true);
        Field(c => c.Version);
        Field<PayerGraphType>("payer").Resolve(c => c.LoadById<Payer>(c.Source.PayerId));
        Field<PatientType>("patient").Resolve(c => c.LoadById<Patient>(c.Source.PatientId));
    }
}
