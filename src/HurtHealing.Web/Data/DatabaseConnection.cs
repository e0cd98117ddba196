using Npgsql;

namespace HurtHealing.Web.Data;

/// <summary>The app's connection string, as configured plus what every pooled connection of the app may assume.</summary>
public static class DatabaseConnection
{
    /// <summary>
    /// <c>No Reset On Close</c>: a connection returned to Npgsql's pool is not sent <c>DISCARD ALL</c> before its next
    /// use. That is safe only while nothing the app runs leaves state on a session: no <c>SET</c> or
    /// <c>set_config(..., false)</c>, no <c>SET ROLE</c>, no temporary tables, no session advisory locks (the outbox
    /// uses <c>pg_advisory_xact_lock</c>, which ends with its transaction), no <c>LISTEN</c> on a pooled connection,
    /// no explicit <c>Prepare()</c>. Npgsql still rolls back a transaction left open when a connection is returned.
    /// Anything that needs session state opens its own connection from a separate data source (or sets it with
    /// <c>SET LOCAL</c> inside a transaction).
    /// <para>
    /// <c>Max Auto Prepare</c>: a statement a connection has run five times is prepared on it, so PostgreSQL stops
    /// parsing and planning it and Npgsql stops reading its row description; the pages' statements are a few dozen
    /// fixed texts, so they all end up prepared. Each connection keeps them until it closes (nothing resets it). EF
    /// Core names every column it reads, so a later migration that adds a column does not invalidate them;
    /// PostgreSQL re-plans a prepared statement itself when a table it reads changes.
    /// </para>
    /// </summary>
    /// <summary>How many statements each connection keeps prepared; the app runs fewer distinct ones on its hot paths.</summary>
    public const int MaxAutoPrepared = 100;

    public static string From(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        if (configured.Length == 0)
        {
            return configured;
        }
        var builder = new NpgsqlConnectionStringBuilder(configured) { NoResetOnClose = true };
        // A connection string may say otherwise (Max Auto Prepare=0 behind a pooler that cannot keep prepared statements).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepared;
        }
        return builder.ConnectionString;
    }
}
