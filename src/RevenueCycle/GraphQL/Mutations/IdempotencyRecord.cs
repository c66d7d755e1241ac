using RevenueCycle.Data;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary>
/// A successful mutation done under an idempotency key: a retry with the same key and input gets the same record
/// back without acting again; the same key with another mutation or input is refused. Written in the same
/// transaction as the change, so a key is consumed exactly when its change committed.
/// </summary>
public sealed class IdempotencyRecord : TenantEntity
{
    public required string Key { get; set; }
    public required string Mutation { get; set; }
    /// <summary>SHA-256 of the input (without the key), hex.</summary>
    public required string InputHash { get; set; }
    public required string ResultType { get; set; }
    public Guid? ResultId { get; set; }
    public required string Actor { get; set; }
    public DateTime At { get; set; }
}
