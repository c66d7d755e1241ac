namespace RevenueCycle.Identity;

/// <summary>The roles of DESIGN §5. Each field and mutation names the roles that may use it.</summary>
public static class Roles
{
    public const string TenantAdmin = "TENANT_ADMIN";
    public const string Coder = "CODER";
    public const string Biller = "BILLER";
    public const string FrontDesk = "FRONT_DESK";
    public const string Provider = "PROVIDER";
    public const string Auditor = "AUDITOR";
    public const string PlatformOperator = "PLATFORM_OPERATOR";

    public static readonly string[] All = [TenantAdmin, Coder, Biller, FrontDesk, Provider, Auditor];

    /// <summary>Roles that see patient PHI (names, dates of birth, contact details).</summary>
    public static readonly string[] Phi = [TenantAdmin, Coder, Biller, FrontDesk, Provider, Auditor];

    /// <summary>Roles that see money (claims, remittances, ledgers).</summary>
    public static readonly string[] Billing = [TenantAdmin, Biller, Coder, Auditor];
}
