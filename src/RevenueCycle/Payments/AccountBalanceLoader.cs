using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;

namespace RevenueCycle.Payments;

public static class AccountBalanceLoader
{
    // An account without ledger entries owes nothing; the loader gives this for it (records are immutable, so one will do).
    private static readonly AccountBalance NoEntries = new(0, 0, 0);

    /// <summary>Balances of many accounts in one grouped SUM over the ledger.</summary>
    public static IDataLoaderResult<AccountBalance> LoadAccountBalance(this IResolveFieldContext context, Guid patientId)
    {
        return context.Loaders().One("AccountBalance", patientId, context.Db(), static async (db, ids, ct) =>
        {
            var keys = ids.ToArray();
            var sums = await db.LedgerEntries.Where(e => keys.Contains(e.PatientId))
                .GroupBy(e => e.PatientId)
                .Select(g => new { g.Key, Insurance = g.Sum(e => e.InsuranceEffect), Patient = g.Sum(e => e.PatientEffect) })
                .ToListAsync(ct);
            return (IReadOnlyDictionary<Guid, AccountBalance>)sums.ToDictionary(s => s.Key, s => new AccountBalance(s.Insurance + s.Patient, s.Insurance, s.Patient));
        }, missing: NoEntries)!;
    }
}
