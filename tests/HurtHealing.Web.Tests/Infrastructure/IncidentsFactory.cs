using System.Collections.Concurrent;
using System.Data.Common;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>The real app, plus a counter of every SQL command it sends and plain-SQL helpers for checking what is stored.</summary>
public class IncidentsFactory : AppFactory
{
    public SqlCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Commands)));
    }

    /// <summary>A context from the app's own services (so it encrypts like the app), with no signed-in person.</summary>
    public AsyncServiceScope Scope(out AppDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    public async Task<long> CountAsync(string table, string? ownerId = null)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            ownerId is null ? $"SELECT count(*) FROM {table}" : $"SELECT count(*) FROM {table} WHERE \"OwnerId\" = @owner", connection);
        if (ownerId is not null)
        {
            command.Parameters.AddWithValue("owner", ownerId);
        }
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Rows of <paramref name="table"/> whose <paramref name="column"/> is <paramref name="value"/> (both quoted by the caller).</summary>
    public async Task<long> CountRowsAsync(string table, string column, string value)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE {column} = @value", connection);
        command.Parameters.AddWithValue("value", value);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<string> UserIdAsync(string email)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = upper(@email)", connection);
        command.Parameters.AddWithValue("email", email);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The tables of everything a person owns, read from the app's EF model.</summary>
    public IReadOnlyList<string> OwnedTables()
    {
        using var scope = Scope(out var db);
        return Ownership.OwnedTables(db.GetService<IDesignTimeModel>().Model);
    }

    /// <summary>Everything a person owns, as plain SQL sees it: a fingerprint to compare before and after.</summary>
    public async Task<string> SnapshotAsync(string ownerId)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in OwnedTables())
        {
            await using var command = new NpgsqlCommand(
                $"SELECT coalesce(string_agg(t::text, '|' ORDER BY t.\"Id\"), '') FROM {table} t WHERE t.\"OwnerId\" = @owner", connection);
            command.Parameters.AddWithValue("owner", ownerId);
            parts.Add($"{table}:{await command.ExecuteScalarAsync()}");
        }
        return string.Join("\n", parts);
    }
}

/// <summary>Counts (and keeps the text of) every SQL command the app's DbContexts send.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _texts = new();

    public int Count => _texts.Count;

    /// <summary>The commands since the last <see cref="Reset"/>, in the order they were sent.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset() => _texts.Clear();

    /// <summary>The commands since the last <see cref="Reset"/> that don't name <paramref name="table"/>.</summary>
    public int CountExcept(string table) => _texts.Count(text => !text.Contains(table, StringComparison.Ordinal));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    private T Record<T>(DbCommand command, T result)
    {
        _texts.Enqueue(command.CommandText);
        return result;
    }
}
