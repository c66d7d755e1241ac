using GraphQL;
using GraphQL.DataLoader;
using RevenueCycle.Auditing;
using RevenueCycle.Claims;
using RevenueCycle.Denials;
using RevenueCycle.Encounters;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Payments;
using RevenueCycle.Practice;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL.Relay;

/// <summary>
/// Routes a global ID to its entity. Reads go through the tenant-filtered context, so another tenant's ID
/// resolves to null exactly like an ID that never existed. Every type implementing Node needs its loader here;
/// Tenancy/NodeIsolationTests fails for one that is missing.
/// </summary>
public static class NodeResolver
{
    private static readonly Dictionary<string, Func<IResolveFieldContext, Guid, IDataLoaderResult<object?>>> Loaders = new()
    {
        ["Provider"] = (c, id) => c.LoadById<Provider>(id).Then(o => (object?)o),
        ["Facility"] = (c, id) => c.LoadById<Facility>(id).Then(o => (object?)o),
        ["Payer"] = (c, id) => c.LoadById<Payer>(id).Then(o => (object?)o),
        ["Patient"] = (c, id) => c.LoadById<Patient>(id).Then(o => (object?)o),
        ["Coverage"] = (c, id) => c.LoadById<Coverage>(id).Then(o => (object?)o),
        ["Encounter"] = (c, id) => c.LoadById<Encounter>(id).Then(o => (object?)o),
        ["Claim"] = (c, id) => c.LoadById<Claim>(id).Then(o => (object?)o),
        ["FeeSchedule"] = (c, id) => c.LoadById<FeeSchedule>(id).Then(o => (object?)o),
        ["Denial"] = (c, id) => c.LoadById<Denial>(id).Then(o => (object?)o),
        ["Remittance"] = (c, id) => c.LoadById<Remittance>(id).Then(o => (object?)o),
        ["ClaimPayment"] = (c, id) => c.LoadById<ClaimPayment>(id).Then(o => (object?)o),
        ["PatientPayment"] = (c, id) => c.LoadById<PatientPayment>(id).Then(o => (object?)o),
        ["LedgerEntry"] = (c, id) => c.LoadById<LedgerEntry>(id).Then(o => (object?)o),
        ["Statement"] = (c, id) => c.LoadById<Statement>(id).Then(o => (object?)o),
        ["SubmissionBatch"] = (c, id) => c.LoadById<SubmissionBatch>(id).Then(o => (object?)o),
        ["RemittanceImport"] = (c, id) => c.LoadById<RemittanceImport>(id).Then(o => (object?)o),
        ["ImportJob"] = (c, id) => c.LoadById<Imports.ImportJob>(id).Then(o => (object?)o),
        ["AcknowledgementImport"] = (c, id) => c.LoadById<AcknowledgementImport>(id).Then(o => (object?)o),
        ["ApiClient"] = (c, id) => c.LoadById<Identity.ApiClient>(id).Then(o => (object?)o),
        ["AuditEvent"] = (c, id) => c.LoadById<AuditEvent>(id).Then(o => (object?)o),
        ["Tenant"] = (c, id) => c.LoadById<Tenant>(id == c.Tenant().TenantId ? id : Guid.Empty).Then(o => (object?)o),
    };

    public static IDataLoaderResult<object?>? Resolve(IResolveFieldContext context, string? globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id) || !Loaders.TryGetValue(typeName, out var load))
            return null;
        // node(id:) returns the Node interface, so the validation rule could not see the concrete type's roles.
        var graphType = context.Schema.AllTypes[typeName];
        var roles = graphType?.GetRoles();
        if (roles is { Count: > 0 } && !roles.Any(r => context.User?.IsInRole(r) == true))
            throw new ExecutionError($"Your role may not read {typeName} objects.") { Code = AuthorizationRule.NotAuthorized };
        return load(context, id);
    }
}
