using GraphQL;
using GraphQL.Types;
using RevenueCycle.Analytics;
using RevenueCycle.Auditing;
using RevenueCycle.Claims;
using RevenueCycle.Coding;
using RevenueCycle.Denials;
using RevenueCycle.Encounters;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Payments;
using RevenueCycle.Practice;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL;

/// <summary>The root query. Each feature adds its own fields from its folder (XQueries.Register).</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID; null when it does not exist or is not yours.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => NodeResolver.Resolve(c, c.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches many objects by global ID, in the order asked; null for each that is not found.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > PageRequest.MaxPageSize)
                    throw new ExecutionError($"Ask for at most {PageRequest.MaxPageSize} nodes at once.") { Code = "PAGE_SIZE_EXCEEDED" };
                return ids.Select(id => NodeResolver.Resolve(c, id)).All();
            });

        Field<NonNullGraphType<MeType>>("me")
            .Description("The signed-in caller: user or integration, tenant and roles.")
            .Resolve(c => c.Me());

        PracticeQueries.Register(this);
        PayerQueries.Register(this);
        PatientQueries.Register(this);
        ClaimQueries.Register(this);
        SubmissionQueries.Register(this);
        EncounterQueries.Register(this);
        DenialQueries.Register(this);
        PaymentQueries.Register(this);
        Imports.ImportJobQueries.Register(this);
        FeeScheduleQueries.Register(this);
        AuditQueries.Register(this);
        AnalyticsQueries.Register(this);
        CodeQueries.Register(this);
        TenantAdminQueries.Register(this);
    }
}
