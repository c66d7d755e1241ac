using GraphQL;
using GraphQL.Types;
using RevenueCycle.Claims;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Filtering;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Denials;

public static class DenialFilters
{
    public static readonly FilterDefinition<Denial> Where = new FilterDefinition<Denial>("Denial")
        .Id("Denial", d => d.Id)
        .Field("status", d => d.Status)
        .Field("category", d => d.Category)
        .Field("groupCode", d => d.GroupCode)
        .Field("reasonCode", d => d.ReasonCode)
        .Field("remarkCode", d => d.RemarkCode)
        .Field("amount", d => d.Amount)
        .Field("dueDate", d => d.DueDate)
        .Field("ownerUserId", d => d.OwnerUserId)
        .Field("createdAt", d => d.CreatedAt);

    public static readonly SortDefinition<Denial> Order = new SortDefinition<Denial>("Denial")
        .Field("dueDate", d => d.DueDate)
        .Field("amount", d => d.Amount)
        .Field("createdAt", d => d.CreatedAt);
}

public sealed class DenialFilterInputType() : FilterInputType<Denial>(DenialFilters.Where);

public sealed class DenialSortInputType() : SortInputType<Denial>(DenialFilters.Order);

public sealed class DenialsConnectionType() : ConnectionType<DenialType, Denial>("Denials");

public static class DenialQueries
{
    public static void Register(ObjectGraphType query) =>
        query.Connection<DenialsConnectionType, Denial, DenialFilterInputType, DenialSortInputType>("denials",
                c => c.Db().Denials, DenialFilters.Where, DenialFilters.Order, SortKey.Of<Denial, DateOnly>(d => d.DueDate))
            .Description("Denials; the work queue is status OPEN/IN_REVIEW ordered by dueDate (the default order).")
            .AuthorizeWithRoles(Roles.Billing);
}
