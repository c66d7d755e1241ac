using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Auditing;
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
        mutation.Mutation<UpdateTenantSettingsInput>("updateTenantSettings", "tenant", typeof(TenantType), [typeof(ValidationErrorType)], UpdateSettingsAsync)
            .Description("Changes your tenant's name, billing NPI, tax id, time zone or statement terms.").AuthorizeWithRoles(Roles.TenantAdmin);
        mutation.Mutation<CreateTenantInput>("createTenant", "tenant", typeof(TenantType), [typeof(ValidationErrorType), typeof(ConflictErrorType)], CreateAsync)
            .Description("Creates a tenant with its first admin (platform operators only).").AuthorizeWithRoles(Roles.PlatformOperator);
    }

    private static async Task<Payload> UpdateSettingsAsync(IResolveFieldContext context, UpdateTenantSettingsInput input)
    {
        var db = context.Db();
        var tenant = await db.Tenants.FirstAsync(t => t.Id == context.Tenant().RequireTenant(), context.CancellationToken);
        if (input.Name is { } name && string.IsNullOrWhiteSpace(name)) return Payload.Fail(new ValidationError("The name cannot be empty.", "name"));
        if (input.BillingNpi is { } npi && !Providers.Npi.IsValid(npi)) return Payload.Fail(new ValidationError("Not a valid NPI.", "billingNpi"));
        if (input.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            return Payload.Fail(new ValidationError("Unknown time zone.", "timeZone"));
        if (input.StatementDueDays is < 1 or > 120) return Payload.Fail(new ValidationError("Between 1 and 120 days.", "statementDueDays"));

        var changed = new List<string>();
        if (input.Name is not null) { tenant.Name = input.Name.Trim(); changed.Add("name"); }
        if (input.BillingNpi is not null) { tenant.BillingNpi = input.BillingNpi; changed.Add("billingNpi"); }
        if (input.TaxId is not null) { tenant.TaxId = input.TaxId; changed.Add("taxId"); }
        if (input.TimeZone is not null) { tenant.TimeZone = input.TimeZone; changed.Add("timeZone"); }
        if (input.StatementDueDays is { } days) { tenant.StatementDueDays = days; changed.Add("statementDueDays"); }
        tenant.Version++;
        db.Record(context.Tenant(), context.RequestServices!.GetRequiredService<TimeProvider>(), "TenantSettingsUpdated", "Tenant", tenant.Id, string.Join(",", changed));
        await db.SaveChangesAsync(context.CancellationToken);
        return new Payload(tenant);
    }

    // The operator has no tenant of their own; the new tenant's scope is entered to write its first audit event.
    private static async Task<Payload> CreateAsync(IResolveFieldContext context, CreateTenantInput input)
    {
        var services = context.RequestServices!;
        var db = context.Db();
        var users = services.GetRequiredService<UserManager<User>>();
        var slug = input.Slug.Trim();
        if (string.IsNullOrWhiteSpace(input.Name)) return Payload.Fail(new ValidationError("Name the tenant.", "name"));
        if (!SlugPattern().IsMatch(slug)) return Payload.Fail(new ValidationError("Lower-case letters, digits and dashes, 2 to 40.", "slug"));
        if (input.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            return Payload.Fail(new ValidationError("Unknown time zone.", "timeZone"));
        if (await db.Tenants.AnyAsync(t => t.Slug == slug, context.CancellationToken)) return Payload.Fail(new ConflictError("A tenant with this slug exists."));
        if (await users.FindByEmailAsync(input.AdminEmail) is not null) return Payload.Fail(new ConflictError("A user with this e-mail address exists."));

        var clock = services.GetRequiredService<TimeProvider>();
        var tenant = new Tenant { Name = input.Name.Trim(), Slug = slug, TimeZone = input.TimeZone ?? "America/New_York", CreatedAt = clock.GetUtcNow().UtcDateTime, Version = 1 };
        var admin = new User { UserName = input.AdminEmail, Email = input.AdminEmail, EmailConfirmed = true, TenantId = tenant.Id, CreatedAt = tenant.CreatedAt };
        // Check the password before anything is written, so a weak one leaves no half-created tenant.
        foreach (var validator in users.PasswordValidators)
            if (await validator.ValidateAsync(users, admin, input.AdminPassword) is { Succeeded: false } weak)
                return Payload.Fail([.. weak.Errors.Select(e => new ValidationError(e.Description, "adminPassword"))]);

        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(context.CancellationToken);
        var created = await users.CreateAsync(admin, input.AdminPassword);
        if (!created.Succeeded) return Payload.Fail([.. created.Errors.Select(e => new ValidationError(e.Description, "adminEmail"))]);
        await UserAdminMutations.EnsureRolesAsync(services, [Roles.TenantAdmin]);
        await users.AddToRoleAsync(admin, Roles.TenantAdmin);

        var scope = context.Tenant();
        scope.Enter(tenant.Id, context.User?.Identity?.Name ?? "platform operator");
        db.Record(scope, clock, "TenantCreated", "Tenant", tenant.Id, $"{tenant.Slug}; first admin {admin.Email}");
        await db.SaveChangesAsync(context.CancellationToken);
        return new Payload(tenant);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex SlugPattern();
}

public static class TenantAdminQueries
{
    public static void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserType>>>>("users")
            .Description("Your tenant's users with their roles and last sign-in, by e-mail address (tenant admins).")
            .ResolveAsync(async c => await UserAdminMutations.ListAsync(c))
            .AuthorizeWithRoles(Roles.TenantAdmin);
        query.Connection<ApiClientsConnectionType, ApiClient>("apiClients", c => c.Db().ApiClients,
                SortKey.Of<ApiClient, DateTime>(a => a.CreatedAt))
            .Description("Your tenant's integrations, revoked ones included (tenant admins).")
            .AuthorizeWithRoles(Roles.TenantAdmin);
    }
}
