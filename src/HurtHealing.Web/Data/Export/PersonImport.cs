using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HurtHealing.Web.Data.Export;

/// <summary>Why a file can't be imported, in words for the person who chose it.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);

/// <summary>A file that passed every check, ready to be written: its rows by table, and how many of each.</summary>
public sealed class ImportFile
{
    internal ImportFile(JsonDocument document, IReadOnlyList<(ExportTable Table, JsonElement Rows)> tables, string? timeZone)
    {
        Document = document;
        Tables = tables;
        TimeZone = timeZone;
    }

    internal JsonDocument Document { get; }
    internal IReadOnlyList<(ExportTable Table, JsonElement Rows)> Tables { get; }
    internal string? TimeZone { get; }

    public IReadOnlyDictionary<string, int> Counts => Tables.ToDictionary(t => t.Table.Name, t => t.Rows.GetArrayLength());
}

/// <summary>
/// The way back in for a JSON export (<see cref="PersonExport"/>): into an account that holds nothing yet, on this
/// installation or another. The file is checked against the same schema the export publishes (made from the EF
/// model), every link inside it must point at a row inside it, and then every row is written in one transaction
/// with new ids, through EF, so free text is encrypted with this installation's keys and blind indexes are made as
/// for any other write. The account is locked and checked empty inside that transaction, so a second import of the
/// same file (or two at once) adds nothing.
/// </summary>
public static class PersonImport
{
    private const int RowsPerSave = 500;

    /// <summary>Reads and checks a file. Throws <see cref="ImportRefusedException"/> with a message for the person.</summary>
    public static ImportFile Read(AppDbContext db, ReadOnlyMemory<byte> bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            throw new ImportRefusedException("This file can't be read as an export: it isn't complete JSON. Choose the .json file you downloaded, unchanged.");
        }
        try
        {
            return Check(db, document);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static ImportFile Check(AppDbContext db, JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != PersonExport.Format)
        {
            throw new ImportRefusedException("This isn't an export from this app. Choose the .json file from “Download my data”.");
        }
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var number) || number != PersonExport.Version)
        {
            throw new ImportRefusedException($"This export is a version this installation can't read (it reads version {PersonExport.Version}). "
                + "Download the file again from an up-to-date installation.");
        }

        var schema = JsonSchema.FromText(PersonExport.Schema(db).ToJsonString());
        // A yes or no first: the full list of results for every node of a large file costs far more time and memory.
        if (!schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            var result = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
            var first = (result.Details ?? []).FirstOrDefault(d => d.Errors is { Count: > 0 });
            var where = first is null ? "" : $" The first problem is at {first.InstanceLocation}.";
            throw new ImportRefusedException($"This file doesn't match the export's layout, so nothing was imported. It may have been changed or cut short.{where}");
        }

        var tables = PersonExport.Tables(db).Select(t => (t, root.GetProperty("tables").GetProperty(t.Name))).ToList();
        CheckLinks(tables);
        CheckValues(tables);
        var account = root.GetProperty("account");
        var zone = account.GetProperty("timeZone").ValueKind == JsonValueKind.String ? account.GetProperty("timeZone").GetString() : null;
        return new ImportFile(document, tables, zone);
    }

    /// <summary>Every id a row points at (its incident, plan, repair attempt...) must be a row in the file, and ids are unique.</summary>
    private static void CheckLinks(List<(ExportTable Table, JsonElement Rows)> tables)
    {
        var ids = new Dictionary<IEntityType, HashSet<Guid>>();
        foreach (var (table, rows) in tables)
        {
            var seen = ids[table.EntityType] = [];
            foreach (var row in rows.EnumerateArray())
            {
                if (!seen.Add(row.GetProperty("id").GetGuid()))
                {
                    throw new ImportRefusedException($"This file lists one of its {Readable(table.Name)} twice, so it has been changed. Nothing was imported.");
                }
            }
        }
        foreach (var (table, rows) in tables)
        {
            foreach (var (column, principal) in Links(table))
            {
                foreach (var row in rows.EnumerateArray())
                {
                    var value = row.GetProperty(column);
                    if (value.ValueKind != JsonValueKind.Null && !ids[principal].Contains(value.GetGuid()))
                    {
                        throw new ImportRefusedException($"Some {Readable(table.Name)} in this file point at a record that isn't in it, so it has been changed or cut short. Nothing was imported.");
                    }
                }
            }
        }
    }

    /// <summary>
    /// Every value reads as its column's type and keeps within what the domain allows (<see cref="ImportLimits"/>), so a
    /// hand-edited file is refused here, at the check, with the first value at fault named, and not half-way through writing.
    /// </summary>
    private static void CheckValues(List<(ExportTable Table, JsonElement Rows)> tables)
    {
        foreach (var (table, rows) in tables)
        {
            foreach (var row in rows.EnumerateArray())
            {
                foreach (var column in table.Columns)
                {
                    var json = column.Group is null ? row.GetProperty(column.Name) : row.GetProperty(column.Group).GetProperty(column.Name);
                    if (Value(json, column) is { } value && column.Limit?.Refusal(value) is { } wanted)
                    {
                        throw new ImportRefusedException($"A {column.Heading} in this file's {Readable(table.Name)} isn't {wanted}, so the file has been changed. Nothing was imported.");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The columns of a table that hold the id of another owned row, with the table they point into: every foreign key,
    /// and every id named after an owned entity without one (a promise's <c>IncidentId</c> is kept beside its repair
    /// attempt's), so no link is carried over pointing into the old installation.
    /// </summary>
    private static IEnumerable<(string Column, IEntityType Principal)> Links(ExportTable table)
    {
        var type = table.EntityType;
        var keyed = type.GetForeignKeys()
            .Where(k => Ownership.IsOwned(k.PrincipalEntityType))
            .SelectMany(k => k.Properties.Where(p => p.Name != Ownership.OwnerIdProperty).Select(p => (p.Name, k.PrincipalEntityType)))
            .ToList();
        var owned = Ownership.OwnedEntityTypes(type.Model);
        var named = type.GetProperties()
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(Guid) && !p.IsPrimaryKey() && keyed.All(k => k.Name != p.Name))
            .Select(p => (p.Name, Principal: owned.FirstOrDefault(o => p.Name == o.ClrType.Name + "Id")))
            .Where(p => p.Principal is not null)
            .Select(p => (p.Name, p.Principal!));
        return keyed.Concat(named).Select(l => (JsonNamingPolicy.CamelCase.ConvertName(l.Name), l.Item2));
    }

    /// <summary>True when the person owns no row in any owned table.</summary>
    public static async Task<bool> IsEmptyAsync(AppDbContext db, string ownerId, CancellationToken ct)
    {
        foreach (var table in PersonExport.Tables(db))
        {
            await foreach (var _ in PersonData.RowsAsync(db, table, ownerId).WithCancellation(ct))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Writes every row of the file for <paramref name="ownerId"/>, all or nothing. Answers false (and writes nothing)
    /// when the account already holds records, which is also what a second import of the same file meets.
    /// </summary>
    public static async Task<bool> WriteAsync(AppDbContext db, ImportFile file, string ownerId, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // One import at a time per account: the second waits here, then finds the account no longer empty.
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "AspNetUsers" WHERE "Id" = {ownerId} FOR UPDATE""", ct);
            if (!await IsEmptyAsync(db, ownerId, ct))
            {
                return false;
            }
            if (file.TimeZone is { } zone && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                await db.Users.Where(u => u.Id == ownerId && u.TimeZoneId == null).ExecuteUpdateAsync(set => set.SetProperty(u => u.TimeZoneId, zone), ct);
            }

            var newIds = new Dictionary<Guid, Guid>();
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                foreach (var (table, rows) in file.Tables)
                {
                    var links = Links(table).Select(l => l.Column).ToHashSet(StringComparer.Ordinal);
                    var pending = 0;
                    foreach (var row in rows.EnumerateArray())
                    {
                        AddRow(db, table, row, ownerId, links, newIds);
                        if (++pending % RowsPerSave == 0)
                        {
                            await SaveAndForgetAsync(db, ct);
                        }
                    }
                    await SaveAndForgetAsync(db, ct);
                }
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }
            await transaction.CommitAsync(ct);
            return true;
        });
    }

    private static async Task SaveAndForgetAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>One row as a new entity of this person: a new id, links moved to the new ids, every other value as written.</summary>
    private static void AddRow(AppDbContext db, ExportTable table, JsonElement row, string ownerId, HashSet<string> links, Dictionary<Guid, Guid> newIds)
    {
        var type = table.EntityType;
        var entity = Activator.CreateInstance(type.ClrType, nonPublic: true)!;
        var shadow = new List<(string Name, object? Value)>();
        var complexValues = new Dictionary<string, object>(StringComparer.Ordinal);

        foreach (var column in table.Columns)
        {
            var json = column.Group is null ? row.GetProperty(column.Name) : row.GetProperty(column.Group).GetProperty(column.Name);
            var value = Value(json, column);
            if (column.Name == "id" && column.Group is null)
            {
                var fresh = Guid.CreateVersion7();
                newIds[(Guid)value!] = fresh;
                value = fresh;
            }
            else if (column.Group is null && links.Contains(column.Name) && value is Guid old)
            {
                value = newIds[old];
            }

            if (column.Group is null)
            {
                var property = type.GetProperties().Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == column.Name);
                if (property.IsShadowProperty())
                {
                    shadow.Add((property.Name, value));
                }
                else
                {
                    Set(entity, property, value);
                }
            }
            else
            {
                var complex = type.GetComplexProperties().Single(c => JsonNamingPolicy.CamelCase.ConvertName(c.Name) == column.Group);
                if (!complexValues.TryGetValue(column.Group, out var holder))
                {
                    holder = complexValues[column.Group] = RuntimeHelpers.GetUninitializedObject(complex.ComplexType.ClrType);
                }
                var inner = complex.ComplexType.GetProperties().Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == column.Name);
                Set(holder, inner, value);
            }
        }
        foreach (var complex in type.GetComplexProperties())
        {
            if (complexValues.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(complex.Name), out var holder))
            {
                Set(entity, complex, holder);
            }
        }

        var owner = type.FindProperty(Ownership.OwnerIdProperty)!;
        if (owner.IsShadowProperty())
        {
            shadow.Add((owner.Name, ownerId));
        }
        else
        {
            Set(entity, owner, ownerId);
        }
        var entry = db.Add(entity);
        foreach (var (name, value) in shadow)
        {
            entry.Property(name).CurrentValue = value;
        }
    }

    private static void Set(object target, IPropertyBase property, object? value)
    {
        if (property.PropertyInfo is { CanWrite: true } info)
        {
            info.SetValue(target, value);
        }
        else if (property.FieldInfo is { } field)
        {
            field.SetValue(target, value);
        }
        else
        {
            throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} can't be set.");
        }
    }

    private static object? Value(JsonElement json, ExportColumn column)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var type = column.ClrType;
        try
        {
            return type switch
            {
                _ when type.IsEnum => Enum.Parse(type, json.GetString()!, ignoreCase: false),
                _ when type == typeof(string) => json.GetString(),
                _ when type == typeof(Guid) => json.GetGuid(),
                _ when type == typeof(DateTimeOffset) => json.GetDateTimeOffset(),
                _ when type == typeof(DateTime) => json.GetDateTime(),
                _ when type == typeof(DateOnly) => DateOnly.ParseExact(json.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ when type == typeof(TimeOnly) => TimeOnly.Parse(json.GetString()!, CultureInfo.InvariantCulture),
                _ when type == typeof(bool) => json.GetBoolean(),
                _ when type == typeof(int) => json.GetInt32(),
                _ when type == typeof(long) => json.GetInt64(),
                _ when type == typeof(short) => json.GetInt16(),
                _ when type == typeof(double) => json.GetDouble(),
                _ when type == typeof(decimal) => json.GetDecimal(),
                _ => throw new InvalidOperationException($"No reader for {type.Name}."),
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new ImportRefusedException($"A value in this file can't be read (a {column.Heading} that isn't in the right form). Nothing was imported.");
        }
    }

    /// <summary>A table's name in words: "journal_entries" → "journal entries".</summary>
    public static string Readable(string table) => table.Replace('_', ' ');
}
