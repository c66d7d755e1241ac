namespace RevenueCycle.Infrastructure;

/// <summary>
/// One PostgreSQL API (one database, migrated and seeded once) for the read-only authorization and isolation
/// suites, so running them on PostgreSQL as well costs one seed rather than one per class. Its classes run one
/// after another; none of them writes rows the others count.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgresApi : ICollectionFixture<PostgresApi>
{
    public const string Name = "Authorization and isolation on PostgreSQL";
}
