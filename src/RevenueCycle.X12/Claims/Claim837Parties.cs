namespace RevenueCycle.X12;

/// <summary>NM1*41 and its PER*IC contact.</summary>
public sealed record Submitter837(string Name, string Id, string? ContactName = null, string? ContactPhone = null);

/// <summary>NM1*40.</summary>
public sealed record Receiver837(string Name, string Id);

/// <summary>Loop 2010AA. A person's name (with <see cref="PartyName.First"/>) writes NM102 = 1, otherwise 2.</summary>
public sealed record BillingProvider837(PartyName Name, string Npi, string TaxId, PostalAddress Address)
{
    /// <summary>PRV*BI taxonomy code.</summary>
    public string? TaxonomyCode { get; init; }
}

/// <summary>Loop 2000B/2010BA.</summary>
public sealed record Subscriber837(PartyName Name, string MemberId)
{
    /// <summary>SBR01: P primary, S secondary, T tertiary.</summary>
    public string PayerResponsibility { get; init; } = "P";
    public string? GroupNumber { get; init; }

    /// <summary>SBR09: CI commercial, MB Medicare Part B, MA Part A, MC Medicaid, BL Blue Cross, …
    /// Required for writing; null when a file leaves it out (Example3_COB.txt puts CI one element early, in SBR08).</summary>
    public string? ClaimFilingIndicator { get; init; } = "CI";
    public DateOnly? BirthDate { get; init; }

    /// <summary>DMG03: F, M or U.</summary>
    public string? Sex { get; init; }
    public PostalAddress? Address { get; init; }
}

/// <summary>Loop 2010BB.</summary>
public sealed record Payer837(string Name, string PayerId)
{
    public PostalAddress? Address { get; init; }
}

/// <summary>Loop 2000C/2010CA: a dependent patient.</summary>
/// <param name="RelationshipCode">PAT01: 01 spouse, 19 child, 20 employee, 21 unknown, G8 other.</param>
public sealed record Patient837(PartyName Name, string RelationshipCode)
{
    public DateOnly? BirthDate { get; init; }
    public string? Sex { get; init; }
    public PostalAddress? Address { get; init; }
}

/// <summary>A rendering or attending clinician.</summary>
public sealed record Provider837(PartyName Name, string? Npi)
{
    public string? TaxonomyCode { get; init; }
}
