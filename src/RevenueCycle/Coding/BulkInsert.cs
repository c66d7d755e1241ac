using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace RevenueCycle.Coding;

/// <summary>
/// Multi-row <c>INSERT … VALUES (…), (…)</c> with parameters, for loading reference data. SaveChanges sends one
/// INSERT per row and reads each generated key back, which made the 97,584 ICD-10-CM codes take a minute on
/// SQLite; rows here are not tracked and keys are not read. Columns, quoting and value conversions (enums as text,
/// dates) come from the EF model and the provider's type mappings, so it works on every provider.
/// </summary>
internal static class BulkInsert
{
    // SQL Server allows 2,100 parameters per command; SQLite (3.32+) 32,766; PostgreSQL 65,535.
    private const int MaxParameters = 2_000;

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / properties.Count)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            var n = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < properties.Count; c++)
                {
                    var name = "p" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (c > 0) text.Append(", ");
                    text.Append(sql.GenerateParameterNamePlaceholder(name));
                    // CreateParameter applies the property's value converter, as SaveChanges would.
                    command.Parameters.Add(mappings[c].CreateParameter(command, sql.GenerateParameterName(name),
                        properties[c].PropertyInfo!.GetValue(chunk[r]), properties[c].IsNullable));
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
