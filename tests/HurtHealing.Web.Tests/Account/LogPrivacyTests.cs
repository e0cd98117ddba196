using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace HurtHealing.Web.Tests.Account;

/// <summary>
/// The app with one more Serilog sink, added through configuration the way an operator would add one,
/// so the test reads exactly what the app's own logging pipeline emits: every property, as JSON.
/// </summary>
public sealed class LogCaptureAppFactory : AppFactory
{
    public string LogFile => Path.Combine(WorkFolder, "log", "app.json");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Not UseSetting: settings passed that way arrive as command-line arguments, whose parent keys read as ""
        // and which Serilog's configuration reader then takes for a sink with no name.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:Using:0"] = "Serilog.Sinks.File",
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = LogFile,
            ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        }));
    }

    public string ReadLog()
    {
        Assert.True(File.Exists(LogFile), "The app wrote no log file: the capture sink is not in place.");
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public partial class LogPrivacyTests(LogCaptureAppFactory factory) : IClassFixture<LogCaptureAppFactory>
{
    [Fact]
    public async Task Sign_up_sign_in_and_password_reset_never_log_an_email_address_or_a_password()
    {
        var local = $"private-{Guid.NewGuid():N}";
        var email = $"{local}@example.test";
        var unknownLocal = $"stranger-{Guid.NewGuid():N}";
        var unknown = $"{unknownLocal}@example.test";
        var password = $"first secret {Guid.NewGuid():N}";
        var wrongPassword = $"wrong secret {Guid.NewGuid():N}";
        var newPassword = $"second secret {Guid.NewGuid():N}";

        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync(email, password);
        await client.SignOutAsync();
        using (var wrong = await client.SignInAsync(email, wrongPassword))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        using (var stranger = await client.SignInAsync(unknown, wrongPassword))
        {
            Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        }
        using (var broken = await client.SignInAsync(email + "\0", password))
        {
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        }
        using (var right = await client.SignInAsync(email, password))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }
        await client.SignOutAsync();
        foreach (var address in new[] { email, unknown })
        {
            using var asked = await client.SubmitFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = address });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }
        var link = await factory.Mailbox.LatestLinkToAsync(email);
        var code = Uri.UnescapeDataString(link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..]);
        using (var wrongEmail = await client.SubmitFormAsync(link,
                   new Dictionary<string, string> { ["Input.Email"] = unknown, ["Input.Password"] = newPassword }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongEmail.StatusCode);
        }
        using (var reset = await client.SubmitFormAsync(link,
                   new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = newPassword }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }
        using (var again = await client.SignInAsync(email, newPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        var log = factory.ReadLog();

        // The capture works and holds the events we expect, with ids in place of people.
        var user = await factory.UserAsync(email);
        var eventIds = EventIds().Matches(log).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();
        int[] expected = [1000, 1001, 1002, 1020, 1021, 1030, 1031];
        Assert.True(expected.All(eventIds.Contains), $"expected events {string.Join(",", expected)}; the log has {string.Join(",", eventIds.Order())}");
        Assert.Contains(user.Id, log, StringComparison.Ordinal);
        Assert.Contains("Serilog.AspNetCore.RequestLoggingMiddleware", log, StringComparison.Ordinal);
        foreach (var secret in new[] { local, unknownLocal, password, wrongPassword, newPassword, code, "example.test" })
        {
            Assert.DoesNotContain(secret, log, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex("\"EventId\":\\{\"Id\":(\\d+)")]
    private static partial Regex EventIds();
}
