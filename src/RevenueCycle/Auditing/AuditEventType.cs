using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Filtering;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Auditing;

public sealed class AuditEventType : NodeType<AuditEvent>
{
    public AuditEventType() : base("AuditEvent", "Who did what to which record, when, from which client.")
    {
        this.AuthorizeWithRoles(Roles.Auditor, Roles.TenantAdmin);
        Field(a => a.At);
        Field(a => a.Actor);
        Field(a => a.ClientId, nullable: true);
        Field(a => a.Action);
        Field(a => a.EntityType);
        Field<IdGraphType>("entityId").Resolve(c => c.Source.EntityId is { } id ? GlobalId.Encode(c.Source.EntityType, id) : null);
        Field(a => a.IsPhiRead);
        Field(a => a.Details, nullable: true);
    }
}

public static class AuditFilters
{
    public static readonly FilterDefinition<AuditEvent> Where = new FilterDefinition<AuditEvent>("AuditEvent")
        .Field("at", a => a.At)
        .Field("actor", a => a.Actor)
        .Field("clientId", a => a.ClientId)
        .Field("action", a => a.Action)
        .Field("entityType", a => a.EntityType)
        .Field("isPhiRead", a => a.IsPhiRead);

    public static readonly SortDefinition<AuditEvent> Order = new SortDefinition<AuditEvent>("AuditEvent").Field("at", a => a.At);
}

public sealed class AuditEventFilterInputType() : FilterInputType<AuditEvent>(AuditFilters.Where);
public sealed class AuditEventSortInputType() : SortInputType<AuditEvent>(AuditFilters.Order);
public sealed class AuditEventsConnectionType() : ConnectionType<AuditEventType, AuditEvent>("AuditEvents");

public static class AuditQueries
{
    public static void Register(ObjectGraphType query) =>
        query.Connection<AuditEventsConnectionType, AuditEvent, AuditEventFilterInputType, AuditEventSortInputType>("auditEvents",
                c => c.Db().AuditEvents, AuditFilters.Where, AuditFilters.Order, SortKey.Of<AuditEvent, DateTime>(a => a.At, descending: true))
            .Description("The append-only audit trail (auditors and tenant admins).")
            .AuthorizeWithRoles(Roles.Auditor, Roles.TenantAdmin);
}
