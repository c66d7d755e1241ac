using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Tenancy;

public sealed class UpdateTenantSettingsInput
{
    public string? Name { get; set; }
    public string? BillingNpi { get; set; }
    public string? TaxId { get; set; }
    public string? TimeZone { get; set; }
    public int? StatementDueDays { get; set; }
}

public sealed class UpdateTenantSettingsInputType : InputObjectGraphType<UpdateTenantSettingsInput>
{
    public UpdateTenantSettingsInputType()
    {
        Name = "UpdateTenantSettingsInput";
        Description = "Only the fields given change.";
        Field(i => i.Name, nullable: true);
        Field(i => i.BillingNpi, nullable: true);
        Field(i => i.TaxId, nullable: true);
        Field(i => i.TimeZone, nullable: true).Description("An IANA time zone, e.g. America/Chicago.");
        Field(i => i.StatementDueDays, nullable: true);
    }
}

public sealed class CreateTenantInput
{
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? TimeZone { get; set; }
    public string AdminEmail { get; set; } = "";
    public string AdminPassword { get; set; } = "";
}

public sealed class CreateTenantInputType : InputObjectGraphType<CreateTenantInput>
{
    public CreateTenantInputType()
    {
        Name = "CreateTenantInput";
        Field(i => i.Name);
        Field(i => i.Slug).Description("Short unique name: lower-case letters, digits and dashes.");
        Field(i => i.TimeZone, nullable: true);
        Field(i => i.AdminEmail).Description("The tenant's first TENANT_ADMIN.");
        Field(i => i.AdminPassword);
    }
}

public static partial class TenantMutations
{
    public static void Register(ObjectGraphType mutation)
    {
        mutation.Mutation<UpdateTenantSettingsInput>("updateTenantSettings", "Changes your tenant's name, billing NPI, tax id, time zone or statement terms.",
            "tenant", "Tenant", [Roles.TenantAdmin], UpdateSettingsAsync);
        mutation.Mutation<CreateTenantInput>("createTenant", "Creates a tenant with its first admin (platform operators only).",
            "tenant", "Tenant", [Roles.PlatformOperator], CreateAsync, typeof(ConflictErrorType));
    }

    private static async Task<object> UpdateSettingsAsync(MutationContext<UpdateTenantSettingsInput> m)
    {
        var input = m.Input;
        var tenant = await m.Db.Tenants.FirstAsync(t => t.Id == m.Db.CurrentTenantId);
        if (input.Name is { } name && string.IsNullOrWhiteSpace(name)) throw MutationException.Invalid("name", "The name cannot be empty.");
        if (input.BillingNpi is { } npi && !Providers.Npi.IsValid(npi)) throw MutationException.Invalid("billingNpi", "Not a valid NPI.");
        if (input.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) throw MutationException.Invalid("timeZone", "Unknown time zone.");
        if (input.StatementDueDays is < 1 or > 120) throw MutationException.Invalid("statementDueDays", "Between 1 and 120 days.");

        var changed = new List<string>();
        if (input.Name is not null) { tenant.Name = input.Name.Trim(); changed.Add("name"); }
        if (input.BillingNpi is not null) { tenant.BillingNpi = input.BillingNpi; changed.Add("billingNpi"); }
        if (input.TaxId is not null) { tenant.TaxId = input.TaxId; changed.Add("taxId"); }
        if (input.TimeZone is not null) { tenant.TimeZone = input.TimeZone; changed.Add("timeZone"); }
        if (input.StatementDueDays is { } days) { tenant.StatementDueDays = days; changed.Add("statementDueDays"); }
        tenant.Version++;
        m.Audit(tenant, string.Join(",", changed));
        return tenant;
    }

    // The operator has no tenant of their own; the new tenant's scope is entered so that the runner's audit row
    // belongs to it. The tenant, its admin and their role commit together or not at all.
    private static async Task<object> CreateAsync(MutationContext<CreateTenantInput> m)
    {
        var input = m.Input;
        var users = m.Services.GetRequiredService<UserManager<User>>();
        var slug = input.Slug.Trim();
        if (string.IsNullOrWhiteSpace(input.Name)) throw MutationException.Invalid("name", "Name the tenant.");
        if (!SlugPattern().IsMatch(slug)) throw MutationException.Invalid("slug", "Lower-case letters, digits and dashes, 2 to 40.");
        if (input.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) throw MutationException.Invalid("timeZone", "Unknown time zone.");
        if (await m.Db.Tenants.AnyAsync(t => t.Slug == slug)) throw new MutationException(new ConflictError("A tenant with this slug exists."));
        if (await users.FindByEmailAsync(input.AdminEmail) is not null) throw new MutationException(new ConflictError("A user with this e-mail address exists."));

        var tenant = new Tenant { Name = input.Name.Trim(), Slug = slug, TimeZone = input.TimeZone ?? "America/New_York", CreatedAt = m.UtcNow, Version = 1 };
        var admin = new User { UserName = input.AdminEmail, Email = input.AdminEmail, EmailConfirmed = true, TenantId = tenant.Id, CreatedAt = tenant.CreatedAt };
        m.Db.Tenants.Add(tenant);
        await m.Db.SaveChangesAsync();
        var created = await users.CreateAsync(admin, input.AdminPassword);
        if (!created.Succeeded)
            throw new MutationException([.. created.Errors.Select(e => new ValidationError(e.Description, e.Code.Contains("Password", StringComparison.Ordinal) ? "adminPassword" : "adminEmail"))]);
        await UserAdminMutations.EnsureRolesAsync(m.Services, [Roles.TenantAdmin]);
        await users.AddToRoleAsync(admin, Roles.TenantAdmin);

        m.Services.GetRequiredService<TenantScope>().Enter(tenant.Id, m.Actor);
        m.Audit(tenant, $"{tenant.Slug}; first admin {admin.Email}");
        return tenant;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex SlugPattern();
}

public static class TenantAdminQueries
{
    public static void Register(ObjectGraphType query)
    {
        UserQueries.Register(query);
        query.Connection<ApiClientsConnectionType, ApiClient>("apiClients", c => c.Db().ApiClients,
                SortKey.Of<ApiClient, DateTime>(a => a.CreatedAt))
            .Description("Your tenant's integrations, revoked ones included (tenant admins).")
            .AuthorizeWithRoles(Roles.TenantAdmin);
    }
}
