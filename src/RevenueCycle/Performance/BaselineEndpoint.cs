using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Performance;

/// <summary>
/// B0 of the load harness (docs/performance.md): the W1 claim page as a plain minimal-API endpoint, same
/// authentication, tenant scope, role check, keyset paging and JSON as <c>claims(first:)</c> over GraphQL, so the
/// difference between the two is what the GraphQL layer costs. Mapped only when
/// <c>Performance:BaselineEndpoint</c> is true; it is a measuring tool, not part of the API contract.
/// </summary>
public static class BaselineEndpoint
{
    public const string Setting = "Performance:BaselineEndpoint";

    public static void MapBaselineEndpoint(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(Setting)) return;
        app.MapGet("/baseline/claims", ClaimsAsync).RequireAuthorization(p => p.RequireRole(Roles.Billing));
    }

    // tenantFilter=explicit replaces the global query filter by the same predicate written by hand, so the harness
    // can price the filter mechanism itself; the SQL stays tenant-scoped either way.
    private static async Task<IResult> ClaimsAsync(RevenueCycleDb db, TenantScope tenant, int? first, string? tenantFilter, CancellationToken cancellationToken)
    {
        var source = db.Claims.AsQueryable();
        if (tenantFilter == "explicit")
        {
            var tenantId = tenant.RequireTenant();
            source = db.Claims.IgnoreQueryFilters().Where(c => c.TenantId == tenantId);
        }
        Connection<Claim> page;
        try
        {
            page = await Paging.PageAsync(source, new PageRequest(first, null, null, null).Validated(), [ClaimQueries.DefaultOrder], cancellationToken);
        }
        catch (ExecutionError e)
        {
            return Results.BadRequest(new { errors = new[] { new { message = e.Message } } });
        }

        var nodes = page.Edges.Select(e => new ClaimRow(
            GlobalId.Encode("Claim", e.Node.Id), e.Node.Number, e.Node.Status.ToString().ToConstantCase(),
            e.Node.ServiceDateFrom, e.Node.TotalCharge, e.Node.Balance)).ToList();
        return Results.Json(new { data = new { claims = new { pageInfo = new { page.PageInfo.HasNextPage, page.PageInfo.EndCursor }, nodes } } });
    }

    private sealed record ClaimRow(string Id, string Number, string Status, DateOnly ServiceDateFrom, decimal TotalCharge, decimal Balance);
}
