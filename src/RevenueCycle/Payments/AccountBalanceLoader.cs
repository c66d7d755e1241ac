using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;

namespace RevenueCycle.Payments;

public static class AccountBalanceLoader
{
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
        }).Then(b => b ?? new AccountBalance(0, 0, 0));
    }
}
