using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HurtHealing.Web.Data.Encryption;

/// <summary>
/// The second half of a migration that turns clear columns into encrypted ones: SQL can change a column's
/// type but can't encrypt, so rows written before the migration still hold their value in the clear (as
/// text). This finds them through the model (every encrypted choice, every blind index, the two-factor
/// secrets) and rewrites them. Each update compares the old value first, so running it twice, or on two
/// instances at once, is harmless; when nothing is left it costs one query per column.
/// </summary>
public static class AtRestBackfill
{
    private const int Batch = 500;

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var dataProtection = services.GetRequiredService<IDataProtectionProvider>();
        var blindIndex = services.GetRequiredService<BlindIndex>();
        var choices = dataProtection.CreateProtector(EncryptedText.Purpose);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            foreach (var property in EncryptedText.ChoiceProperties(db.Model))
            {
                var (table, id, column) = Columns(property);
                await RewriteAsync(connection, $"SELECT {id}, {column} FROM {table} WHERE {column} NOT LIKE '{EncryptedText.PayloadPrefix}%'",
                    $"UPDATE {table} SET {column} = @new WHERE {id} = @id AND {column} = @old",
                    row => Task.FromResult(EncryptedText.ProtectChoice(choices, row.GetString(1))), cancellationToken);
            }

            foreach (var index in db.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.FindAnnotation(BlindIndex.Annotation) is not null))
            {
                var source = (string)index.FindAnnotation(BlindIndex.Annotation)!.Value!;
                var entity = (IEntityType)index.DeclaringType;
                var (table, id, column) = Columns(index);
                var (_, _, sourceColumn) = Columns(entity.FindProperty(source)!);
                var owner = Columns(entity.FindProperty("OwnerId")!).Column;
                await RewriteAsync(connection, $"SELECT {id}, {column}, {owner}, {sourceColumn} FROM {table} WHERE {column} = ''",
                    $"UPDATE {table} SET {column} = @new WHERE {id} = @id AND {column} = @old",
                    async row => await blindIndex.ForPlainAsync(entity.ClrType.Name, row.GetString(2), source,
                        EncryptedText.UnprotectChoice(choices, row.GetString(3)), cancellationToken), cancellationToken);
            }

            var authenticatorKeys = dataProtection.CreateProtector(AppUserStore.AuthenticatorKeyPurpose);
            const string Tokens = "\"AspNetUserTokens\"";
            var user = $"\"UserId\" = @id AND \"LoginProvider\" = '{AppUserStore.TokenProvider}'";
            await RewriteAsync(connection,
                $"SELECT \"UserId\", \"Value\" FROM {Tokens} WHERE \"LoginProvider\" = '{AppUserStore.TokenProvider}' AND \"Name\" = '{AppUserStore.AuthenticatorKeyName}' AND \"Value\" NOT LIKE '{EncryptedText.PayloadPrefix}%'",
                $"UPDATE {Tokens} SET \"Value\" = @new WHERE {user} AND \"Name\" = '{AppUserStore.AuthenticatorKeyName}' AND \"Value\" = @old",
                row => Task.FromResult(authenticatorKeys.Protect(row.GetString(1))), cancellationToken);
            await RewriteAsync(connection,
                $"SELECT \"UserId\", \"Value\" FROM {Tokens} WHERE \"LoginProvider\" = '{AppUserStore.TokenProvider}' AND \"Name\" = '{AppUserStore.RecoveryCodesName}' AND \"Value\" NOT LIKE '{RecoveryCodeHashes.Version}:%'",
                $"UPDATE {Tokens} SET \"Value\" = @new WHERE {user} AND \"Name\" = '{AppUserStore.RecoveryCodesName}' AND \"Value\" = @old",
                row => Task.FromResult(RecoveryCodeHashes.Hash(row.GetString(1).Split(';', StringSplitOptions.RemoveEmptyEntries))), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Reads rows (id first, the old value second) in batches and writes each one's new value until none are left.</summary>
    private static async Task RewriteAsync(DbConnection connection, string select, string update, Func<DbDataReader, Task<string>> rewrite, CancellationToken cancellationToken)
    {
        while (true)
        {
            var rows = new List<(object Id, string Old, string New)>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"{select} LIMIT {Batch}";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetValue(0), reader.GetString(1), await rewrite(reader)));
                }
            }
            if (rows.Count == 0)
            {
                return;
            }
            await using var batch = connection.CreateBatch();
            foreach (var (id, old, value) in rows)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = update;
                AddParameter(command, "id", id);
                AddParameter(command, "old", old);
                AddParameter(command, "new", value);
                batch.BatchCommands.Add(command);
            }
            // One round trip per batch; a batch runs as one transaction.
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void AddParameter(DbBatchCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static (string Table, string Id, string Column) Columns(IProperty property)
    {
        var entity = property.DeclaringType.ContainingEntityType;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var id = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!;
        return (Quote(table.Name), Quote(id), Quote(property.GetColumnName(table)!));
    }

    private static string Quote(string name) => $"\"{name}\"";
}
