using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RevenueCycle.Data;

namespace RevenueCycle.Identity;

/// <summary>
/// A stand-in sign-in for Development and tests only, beside real tokens (see <see cref="IdentityServices"/>):
/// <c>X-Dev-User: alice; tenant=demo; roles=BILLER,CODER</c>. Not even registered unless
/// <c>Authentication:Development:Enabled</c> is true, and never enabled by the production configuration.
/// </summary>
public sealed class DevelopmentAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RevenueCycleDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";
    public const string Header = "X-Dev-User";
    public const string ClientId = "dev-header";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)) return AuthenticateResult.NoResult();
        var parts = values.ToString().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return AuthenticateResult.Fail("Empty development identity.");
        var settings = parts.Skip(1).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);

        var slug = settings.GetValueOrDefault("tenant") ?? "demo";
        var tenantId = await db.Tenants.Where(t => t.Slug == slug).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(Context.RequestAborted);
        if (tenantId is null) return AuthenticateResult.Fail($"Unknown tenant '{slug}'.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, parts[0]),
            new(RevenueCycleClaims.TenantId, tenantId.Value.ToString()),
            // Audit rows name the client a request came through; this one is the development header.
            new(RevenueCycleClaims.ClientId, ClientId),
        };
        var roles = settings.GetValueOrDefault("roles")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r.ToUpperInvariant())));
        // expires=<unix seconds> plays a token's exp claim, so tests can prove that expired credentials end subscriptions.
        if (settings.GetValueOrDefault("expires") is { } expires) claims.Add(new Claim("exp", expires));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
