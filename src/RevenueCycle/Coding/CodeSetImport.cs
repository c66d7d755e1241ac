namespace RevenueCycle.Coding;

/// <summary>
/// One release of one code system, ready to import: what it is, the hash of the files it came from (so the same
/// files imported again are recognised) and how to read its codes. Built from files by <see cref="CodeSetSources"/>.
/// </summary>
/// <param name="Release">Name shown beside each version it brings (FY2025, 2025-10); at most 32 characters.</param>
/// <param name="EffectiveFrom">First day the release is in force.</param>
/// <param name="Source">The file(s) it came from, for messages.</param>
public sealed record CodeSetImport(CodeSystem System, string Release, DateOnly EffectiveFrom, string ContentHash, string Source)
{
    /// <summary>
    /// The complete code list at each date the release covers, oldest first, given the versions already stored
    /// (a delta file such as the ICD-10-CM addenda is applied to them). Most files are one list at
    /// <see cref="EffectiveFrom"/>; a CPT file carries its own history and gives one list per date in it.
    /// Parsing happens here, before anything is written, so a malformed file changes nothing.
    /// </summary>
    public required Func<IReadOnlyList<CodeVersion>, IEnumerable<ReleaseSnapshot>> Snapshots { get; init; }

    /// <summary>Last valid day of codes the release retires, where its files say (the HCPCS terminated list).</summary>
    public IReadOnlyDictionary<string, DateOnly> RetirementDates { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>
    /// Versions already closed before this release that its files still carry (HCPCS codes terminated in earlier
    /// years, legacy CARCs still seen on old remittances). Each code never stored before is kept as history with
    /// these dates; <see cref="DateOnly.MinValue"/> as start means unknown.
    /// </summary>
    public IReadOnlyList<CodeVersion> History { get; init; } = [];
}

/// <summary>The complete list of a code system's codes in force on <paramref name="Date"/>.</summary>
public sealed record ReleaseSnapshot(DateOnly Date, IReadOnlyList<ReleaseCode> Codes);
