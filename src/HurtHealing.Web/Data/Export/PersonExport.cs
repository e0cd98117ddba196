using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HurtHealing.Web.Data.Export;

/// <summary>
/// A person's data as files they can keep: one JSON document (schema in docs/export/) or a zip of CSV files,
/// one per table. Both stream row by row from the database to the response: nothing holds the whole export.
/// </summary>
public static class PersonExport
{
    public const string Format = "hurthealing-export";
    public const int Version = 1;
    private const int RowsPerFlush = 200;

    private static readonly CsvWriterOptions CsvOptions = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static IReadOnlyList<ExportTable> Tables(AppDbContext db) => PersonData.Tables(db.GetService<IDesignTimeModel>().Model);

    public static async Task WriteJsonAsync(Stream output, AppDbContext db, AppUser person, DateTimeOffset now, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("version", Version);
        json.WriteString("exportedAt", now);
        json.WriteStartObject("account");
        json.WriteString("email", person.Email);
        json.WriteString("createdAt", person.CreatedAt);
        json.WriteString("timeZone", person.TimeZoneId);
        json.WriteBoolean("twoStepSignIn", person.TwoFactorEnabled);
        json.WriteEndObject();
        json.WriteStartObject("tables");
        foreach (var table in Tables(db))
        {
            json.WriteStartArray(table.Name);
            var written = 0;
            await foreach (var row in PersonData.RowsAsync(db, table, person.Id).WithCancellation(ct))
            {
                WriteRow(json, table, row);
                if (++written % RowsPerFlush == 0)
                {
                    await json.FlushAsync(ct);
                }
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    public static async Task WriteCsvZipAsync(Stream output, AppDbContext db, AppUser person, CancellationToken ct)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, ct);
        foreach (var table in Tables(db))
        {
            var entry = zip.CreateEntry($"{table.Name}.csv", CompressionLevel.Fastest);
            await using var stream = await entry.OpenAsync(ct);
            // Escape text that starts like a formula: a spreadsheet must not run what someone typed.
            await using var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true);
            await csv.WriteRecordAsync([.. table.Columns.Select(c => c.Heading)], ct);
            await foreach (var row in PersonData.RowsAsync(db, table, person.Id).WithCancellation(ct))
            {
                await csv.WriteRecordAsync([.. row.Select(Cell)], ct);
            }
            await csv.FlushAsync(ct);
        }
    }

    /// <summary>The JSON Schema the export follows, made from the same model; docs/export/ holds the copy a reader sees.</summary>
    public static JsonObject Schema(AppDbContext db)
    {
        var tables = new JsonObject();
        foreach (var table in Tables(db))
        {
            var properties = new JsonObject();
            foreach (var group in table.Columns.GroupBy(c => c.Group))
            {
                if (group.Key is null)
                {
                    foreach (var column in group)
                    {
                        properties[column.Name] = ColumnSchema(column);
                    }
                }
                else
                {
                    properties[group.Key] = ObjectSchema(new JsonObject(group.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)ColumnSchema(c)))), [.. group.Select(c => c.Name)]);
                }
            }
            var required = table.Columns.Select(c => c.Group ?? c.Name).Distinct().ToArray();
            tables[table.Name] = new JsonObject { ["type"] = "array", ["items"] = ObjectSchema(properties, required) };
        }
        var account = new JsonObject
        {
            ["email"] = new JsonObject { ["type"] = "string" },
            ["createdAt"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            ["timeZone"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["twoStepSignIn"] = new JsonObject { ["type"] = "boolean" },
        };
        var root = ObjectSchema(new JsonObject
        {
            ["format"] = new JsonObject { ["const"] = Format },
            ["version"] = new JsonObject { ["const"] = Version },
            ["exportedAt"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            ["account"] = ObjectSchema(account, ["email", "createdAt", "timeZone", "twoStepSignIn"]),
            ["tables"] = ObjectSchema(tables, [.. tables.Select(t => t.Key)]),
        }, ["format", "version", "exportedAt", "account", "tables"]);
        root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        root.Insert(1, "title", $"HurtHealing export, version {Version}");
        root.Insert(2, "description", "Everything one person keeps in HurtHealing, decrypted. Each table is one kind of record; "
            + "ids link a record to its incident, plan or repair attempt. Times are ISO 8601 with their offset; dates are yyyy-MM-dd.");
        return root;
    }

    private static JsonObject ObjectSchema(JsonObject properties, string[] required) => new()
    {
        ["type"] = "object",
        ["properties"] = properties,
        ["required"] = new JsonArray([.. required.Select(r => (JsonNode?)r)]),
        ["additionalProperties"] = false,
    };

    private static JsonObject ColumnSchema(ExportColumn column)
    {
        var (type, format) = column.ClrType switch
        {
            var t when t == typeof(Guid) => ("string", "uuid"),
            var t when t == typeof(DateTimeOffset) || t == typeof(DateTime) => ("string", "date-time"),
            var t when t == typeof(DateOnly) => ("string", "date"),
            var t when t == typeof(TimeOnly) => ("string", "time"),
            var t when t == typeof(bool) => ("boolean", null),
            var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => ("integer", null),
            var t when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => ("number", null),
            _ => ("string", (string?)null),
        };
        var schema = new JsonObject { ["type"] = column.IsNullable ? new JsonArray(type, "null") : type };
        if (format is not null)
        {
            schema["format"] = format;
        }
        if (column.AllowedValues is { } values)
        {
            schema["enum"] = new JsonArray([.. values.Select(v => (JsonNode?)v), .. column.IsNullable ? new JsonNode?[] { null } : []]);
        }
        switch (column.Limit)
        {
            case NumberRange range:
                schema["minimum"] = range.Min;
                schema["maximum"] = range.Max;
                break;
            case NumberChoice choice:
                schema["enum"] = new JsonArray([.. choice.Allowed.Select(v => (JsonNode?)v), .. column.IsNullable ? new JsonNode?[] { null } : []]);
                break;
            case TextLength text:
                // Stored text is already trimmed with \n line breaks, and a code point is never more than one UTF-16 unit.
                schema["maxLength"] = text.MaxLength;
                break;
        }
        return schema;
    }

    private static void WriteRow(Utf8JsonWriter json, ExportTable table, object?[] row)
    {
        json.WriteStartObject();
        string? openGroup = null;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            if (column.Group != openGroup)
            {
                if (openGroup is not null)
                {
                    json.WriteEndObject();
                }
                if (column.Group is not null)
                {
                    json.WriteStartObject(column.Group);
                }
                openGroup = column.Group;
            }
            json.WritePropertyName(column.Name);
            WriteValue(json, row[i]);
        }
        if (openGroup is not null)
        {
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    // By hand, not JsonSerializer: it flushes the writer synchronously, and the response allows only async writes.
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int n: json.WriteNumberValue(n); break;
            case long n: json.WriteNumberValue(n); break;
            case double n: json.WriteNumberValue(n); break;
            case decimal n: json.WriteNumberValue(n); break;
            case Guid id: json.WriteStringValue(id); break;
            case DateTimeOffset at: json.WriteStringValue(at); break;
            case DateTime at: json.WriteStringValue(at); break;
            default: json.WriteStringValue(Cell(value)); break;
        }
    }

    private static string? Cell(object? value) => PersonData.Plain(value) switch
    {
        null => null,
        DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };
}
