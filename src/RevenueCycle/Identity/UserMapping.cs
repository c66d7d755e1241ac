using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Identity;

// ASP.NET Core Identity's tables, named like ours instead of AspNet*.

internal sealed class UserMapping : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("Users");
        b.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => u.TenantId);
        b.Ignore(u => u.IsActive);
    }
}

internal sealed class RoleMapping : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b) => b.ToTable("Roles");
}

internal sealed class UserRoleMapping : IEntityTypeConfiguration<IdentityUserRole<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> b) => b.ToTable("UserRoles");
}

internal sealed class UserClaimMapping : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> b) => b.ToTable("UserClaims");
}

internal sealed class UserLoginMapping : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> b) => b.ToTable("UserLogins");
}

internal sealed class UserTokenMapping : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> b) => b.ToTable("UserTokens");
}

internal sealed class RoleClaimMapping : IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> b) => b.ToTable("RoleClaims");
}

internal sealed class ApiClientMapping : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.HasIndex(c => c.ClientId).IsUnique();
        b.HasIndex(c => c.TenantId);
        b.Property(c => c.Scopes).HasMaxLength(1000);
        b.Ignore(c => c.ScopeList);
    }
}
