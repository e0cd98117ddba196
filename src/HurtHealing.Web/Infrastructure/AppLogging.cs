using Npgsql;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace HurtHealing.Web.Infrastructure;

public static class AppLogging
{
    /// <summary>Path only: query strings can hold tokens and emails (confirmation and reset links).</summary>
    public const string RequestTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    public static void ConfigureConsole(LoggerConfiguration sink, IHostEnvironment environment)
    {
        sink.Filter.ByExcluding(IsExpectedMissingMigrationsHistory);
        if (environment.IsProduction())
        {
            sink.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
        else
        {
            sink.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// On an empty database EF Core reads its history table before creating it and logs that read as an error
    /// (npgsql/efcore.pg#3407, dotnet/efcore#37328). It is expected, and a red ERR on a first run looks like a failure.
    /// A real failure to migrate still throws and stops the app with its own message.
    /// </summary>
    public static bool IsExpectedMissingMigrationsHistory(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.Level == LogEventLevel.Error
            && logEvent.Exception is null or PostgresException { SqlState: PostgresErrorCodes.UndefinedTable }
            && logEvent.Properties.TryGetValue("SourceContext", out var source)
            && source is ScalarValue { Value: "Microsoft.EntityFrameworkCore.Database.Command" }
            && logEvent.Properties.TryGetValue("commandText", out var command)
            && command is ScalarValue { Value: string sql }
            && sql.Contains("FROM \"__EFMigrationsHistory\"", StringComparison.Ordinal);
    }
}
