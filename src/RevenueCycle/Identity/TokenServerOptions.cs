namespace RevenueCycle.Identity;

/// <summary>The <c>Authentication:Server</c> configuration section: the OpenID Connect server's settings.</summary>
public sealed class TokenServerOptions
{
    public const string Section = "Authentication:Server";

    /// <summary>The issuer (<c>iss</c>) URL, e.g. https://api.example.com/. Defaults to the URL the request came in on.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>
    /// Refuse OpenID Connect requests over plain HTTP. When TLS ends at a proxy, let the proxy's headers through
    /// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>) so requests are seen as HTTPS.
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Failed sign-ins in a row before the account is locked, and for how long.</summary>
    public int MaxFailedSignIns { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Token requests allowed per client IP address per <see cref="TokenRateLimitWindow"/>; more get 429.</summary>
    public int TokenRateLimit { get; set; } = 30;
    public TimeSpan TokenRateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    public ServerKeyOptions Keys { get; set; } = new();
}

/// <summary>
/// Where the signing and encryption keys come from: a PKCS#12 certificate file, or PEM text (say from a secret
/// store), per key. With <see cref="Generate"/> (Development and tests only) missing keys are generated once and
/// kept as PEM files in <see cref="Directory"/>, so tokens survive a restart.
/// </summary>
public sealed class ServerKeyOptions
{
    public string? SigningCertificatePath { get; set; }
    public string? SigningCertificatePassword { get; set; }
    public string? SigningKeyPem { get; set; }
    public string? EncryptionCertificatePath { get; set; }
    public string? EncryptionCertificatePassword { get; set; }
    public string? EncryptionKeyPem { get; set; }
    public bool Generate { get; set; }
    /// <summary>Relative paths are under the content root.</summary>
    public string Directory { get; set; } = "App_Data/keys";
}
