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
    /// </summary>
    public static string From(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        return configured.Length == 0 ? configured : new NpgsqlConnectionStringBuilder(configured) { NoResetOnClose = true }.ConnectionString;
    }
}
