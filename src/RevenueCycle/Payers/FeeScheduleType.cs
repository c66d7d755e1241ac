using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Payers;

public sealed class FeeScheduleType : NodeType<FeeSchedule>
{
    public FeeScheduleType() : base("FeeSchedule", "The practice's prices per code, optionally for one payer.")
    {
        Field(f => f.Name);
        Field(f => f.EffectiveFrom);
        Field(f => f.EffectiveTo, nullable: true);
        Field(f => f.IsArchived);
        Field(f => f.Version);
        Field<PayerGraphType>("payer").Resolve(c => c.Source.PayerId is { } id ? c.LoadById<Payer>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeeScheduleEntryType>>>>("entries")
            .Resolve(Load.Children<FeeSchedule, FeeScheduleEntry, string>(e => e.FeeScheduleId, e => e.ProcedureCode));
    }
}

public sealed class FeeScheduleEntryType : ObjectGraphType<FeeScheduleEntry>
{
    public FeeScheduleEntryType()
    {
        Name = "FeeScheduleEntry";
        Field(e => e.ProcedureCode);
        Field(e => e.Price);
        Field(e => e.ExpectedAllowed, nullable: true);
    }
}

public sealed class FeeSchedulesConnectionType() : ConnectionType<FeeScheduleType, FeeSchedule>("FeeSchedules");

public static class FeeScheduleQueries
{
    public static void Register(ObjectGraphType query) =>
        query.Connection<FeeSchedulesConnectionType, FeeSchedule>("feeSchedules", c => c.Db().FeeSchedules,
                SortKey.Of<FeeSchedule, DateOnly>(f => f.EffectiveFrom, descending: true))
            .AuthorizeWithRoles(Identity.Roles.TenantAdmin, Identity.Roles.Biller, Identity.Roles.Coder, Identity.Roles.Auditor);
}
