using Serilog;
using Serilog.Formatting.Compact;

namespace HurtHealing.Web.Infrastructure;

public static class AppLogging
{
    /// <summary>Path only: query strings can hold tokens and emails (confirmation and reset links).</summary>
    public const string RequestTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    public static void ConfigureConsole(LoggerConfiguration sink, IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            sink.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
        else
        {
            sink.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
