using System.Net;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Tests.Infrastructure;
using Npgsql;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Faults;

/// <summary>The app reaching its own test database through a relay the test can cut, as if PostgreSQL went away.</summary>
public sealed class RelayedDatabaseFactory : IncidentsFactory
{
    private TcpRelay? _relay;

    public TcpRelay Relay => _relay ?? throw new InvalidOperationException("The app has not started.");

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings
    {
        get
        {
            var direct = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
            _relay ??= new TcpRelay(direct.Host!, direct.Port);
            var relayed = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Port = _relay.Port, Timeout = 3 };
            return [new("ConnectionStrings:Default", relayed.ConnectionString)];
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _relay?.Dispose();
        }
        base.Dispose(disposing);
    }
}

public class DatabaseAwayTests(RelayedDatabaseFactory factory) : IClassFixture<RelayedDatabaseFactory>
{
    [Fact]
    public async Task The_sign_in_form_needs_no_database()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        factory.Relay.Stop();
        try
        {
            using var response = await anonymous.GetAsync("/Account/Login");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlForms.ParseAsync(response);
            Assert.NotNull(page.QuerySelector("main form input[name='Input.Email']"));
        }
        finally
        {
            factory.Relay.Start();
        }
    }

    [Fact]
    public async Task While_the_database_is_away_pages_answer_a_calm_503_with_retry_after_and_come_back_after()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Before the outage.");
        var logPage = await client.GetDocumentAsync("/Incidents/Log");
        var anonymous = factory.CreateBrowserLikeClient();
        var signInPage = await anonymous.GetDocumentAsync("/Account/Login");

        factory.Relay.Stop();
        try
        {
            foreach (var path in new[] { "/", "/Incidents", $"/Incidents/{id}", "/Journal", "/no-such-page" })
            {
                using var response = await client.GetAsync(path);
                await AssertCalm503(response, draftKept: false);
            }

            using (var log = await client.PostFormAsync(logPage, "/Incidents/Log", [F("Input.WhatHappened", "Written during the outage.")]))
            {
                await AssertCalm503(log, draftKept: true);
            }
            using (var signIn = await anonymous.PostFormAsync(signInPage, "/Account/Login",
                       [F("Input.Email", Accounts.NewEmail()), F("Input.Password", Accounts.Password)]))
            {
                await AssertCalm503(signIn, draftKept: false);
            }
            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        finally
        {
            factory.Relay.Start();
        }

        // Back: the same session still works (it lives in the database, which kept it), and nothing was written meanwhile.
        using var back = await client.GetAsync($"/Incidents/{id}");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(1, await factory.CountAsync("incidents"));
    }

    private static async Task AssertCalm503(HttpResponseMessage response, bool draftKept)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailableMiddleware.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Contains("We can't reach your entries right now", body, StringComparison.Ordinal);
        Assert.Contains("Nothing you had saved has been lost", body, StringComparison.Ordinal);
        Assert.Contains("Quick exit", body, StringComparison.Ordinal);
        Assert.Equal(draftKept, body.Contains("kept on this device", StringComparison.Ordinal));
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }
}
