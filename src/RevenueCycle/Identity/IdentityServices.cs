using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;
using RevenueCycle.Data;

namespace RevenueCycle.Identity;

/// <summary>
/// Sign-in and tokens: ASP.NET Core Identity for users and passwords, OpenIddict for the OpenID Connect server
/// (this process issues the tokens) and for validating the bearer tokens the API receives.
/// </summary>
public static class IdentityServices
{
    /// <summary>The default scheme: the Development header when present (and enabled), otherwise a bearer token.</summary>
    public const string CallerScheme = "Caller";

    public static IServiceCollection AddRevenueCycleIdentity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var section = configuration.GetSection(TokenServerOptions.Section);
        var options = section.Get<TokenServerOptions>() ?? new TokenServerOptions();
        services.AddOptions<TokenServerOptions>().Bind(section);
        // Generated keys are a convenience for a developer's machine and the tests, never for production.
        options.Keys.Generate |= environment.IsDevelopment() || environment.IsEnvironment("Testing");
        var developmentHeader = configuration.GetValue<bool>("Authentication:Development:Enabled");

        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<RevenueCycleDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        var authentication = services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "Development header or bearer token", o => o.ForwardDefaultSelector = http =>
                developmentHeader && http.Request.Headers.ContainsKey(DevelopmentAuthentication.Header)
                    ? DevelopmentAuthentication.SchemeName
                    : OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            // The sign-in page's cookie: it only lets /connect/authorize know who signed in; the API never reads it.
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = SignInPage.Path;
                o.Cookie.Name = "rc.signin";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        if (developmentHeader)
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentAuthentication>(DevelopmentAuthentication.SchemeName, null);
        services.AddAntiforgery();

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<RevenueCycleDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetEndSessionEndpointUris("connect/logout");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                o.RegisterScopes([.. ApiScopes.All]);
                if (options.Issuer is not null) o.SetIssuer(options.Issuer);
                o.SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime);

                o.AddSigningKey(ServerKeys.Signing(options.Keys, environment.ContentRootPath))
                    .AddEncryptionKey(ServerKeys.Encryption(options.Keys, environment.ContentRootPath));
                // Access tokens are signed JWTs partners can read; codes and refresh tokens stay encrypted.
                o.DisableAccessTokenEncryption();

                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!options.RequireHttps) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.AddAudiences(ApiScopes.Audience);
                // Look every access token up in the token table, so a revoked token (or one of a revoked client
                // or deactivated user) stops working at once instead of at its expiry. One indexed read per request.
                o.EnableTokenEntryValidation();
                o.UseAspNetCore();
            });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // A global limiter rather than an endpoint policy: OpenIddict answers bad token requests (a wrong
            // secret, a guessed code) before routing, and those are the ones worth slowing down.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsRateLimited(http)
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Request.Path + "|" + http.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.TokenRateLimit,
                        Window = options.TokenRateLimitWindow,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    private static bool IsRateLimited(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method)
        && (http.Request.Path.Equals("/connect/token", StringComparison.OrdinalIgnoreCase)
            || http.Request.Path.Equals(SignInPage.Path, StringComparison.OrdinalIgnoreCase));
}
