using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using RevenueCycle.Auditing;
using RevenueCycle.Data;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Identity;

/// <summary>
/// The server-rendered sign-in form that /connect/authorize sends a browser to: e-mail and password, nothing
/// else, no script. A success sets the sign-in cookie and returns to the authorization request.
/// </summary>
public static class SignInPage
{
    public const string Path = "/account/signin";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, returnUrl, email: null, error: null)).ExcludeFromDescription();
        endpoints.MapPost(Path, PostAsync).ExcludeFromDescription().DisableAntiforgery(); // validated below, by hand
    }

    private static async Task<IResult> PostAsync(HttpContext http, IAntiforgery antiforgery, UserManager<User> users,
        SignInManager<User> signIn, RevenueCycleDb db, TenantScope scope, TimeProvider clock, ILoggerFactory loggers)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = form["email"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = form["returnUrl"].ToString();

        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            // No tenant to audit in; the name is not logged (it may be a mistyped password).
            loggers.CreateLogger(typeof(SignInPage)).LogInformation("Sign-in refused: unknown user");
            return Page(http, antiforgery, returnUrl, email, "Wrong e-mail address or password.");
        }
        if (user.TenantId is { } tenantId) scope.Enter(tenantId, user.UserName ?? user.Id);

        if (!user.IsActive)
        {
            await AuditAsync(db, user, "SignInRefused", "deactivated", clock);
            return Page(http, antiforgery, returnUrl, email, "Wrong e-mail address or password.");
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            await AuditAsync(db, user, "SignIn", null, clock);
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            await AuditAsync(db, user, "SignInLockedOut", null, clock);
            return Page(http, antiforgery, returnUrl, email, "Too many failed sign-ins: this account is locked for a while.");
        }
        await AuditAsync(db, user, "SignInFailed", "wrong password", clock);
        return Page(http, antiforgery, returnUrl, email, "Wrong e-mail address or password.");
    }

    // Platform operators have no tenant, and the audit trail is per tenant: their sign-ins are not audited there.
    private static async Task AuditAsync(RevenueCycleDb db, User user, string action, string? details, TimeProvider clock)
    {
        if (user.TenantId is null) return;
        db.AuditEvents.Add(new AuditEvent
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = user.UserName ?? user.Id,
            Action = action,
            EntityType = "User",
            EntityId = Guid.TryParse(user.Id, out var id) ? id : null,
            Details = details,
        });
        await db.SaveChangesAsync();
    }

    // Only back into this server, never to another site (an open redirect would make this form a phishing aid).
    private static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? email, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · RevenueCycle</title>
            <style>
              body { font-family: system-ui, sans-serif; max-width: 22rem; margin: 4rem auto; padding: 0 1rem; }
              label { display: block; margin-top: 1rem; }
              input { width: 100%; padding: .5rem; box-sizing: border-box; }
              button { margin-top: 1.5rem; padding: .5rem 1.5rem; }
              .error { color: #b00020; }
            </style>
            </head>
            <body>
            <h1>Sign in</h1>
            {{(error is null ? "" : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}}
            <form method="post" action="{{Path}}">
              <input type="hidden" name="{{E(tokens.FormFieldName)}}" value="{{E(tokens.RequestToken)}}">
              <input type="hidden" name="returnUrl" value="{{E(returnUrl)}}">
              <label for="email">E-mail</label>
              <input id="email" name="email" type="email" autocomplete="username" required value="{{E(email)}}">
              <label for="password">Password</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
