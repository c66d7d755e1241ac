namespace RevenueCycle.Identity;

/// <summary>Claim types our tokens carry.</summary>
public static class RevenueCycleClaims
{
    public const string TenantId = "tenant_id";
    public const string ClientId = "client_id";
}
