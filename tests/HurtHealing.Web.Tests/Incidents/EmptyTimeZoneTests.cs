using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Incidents;

/// <summary>
/// The app at 05:00 UTC on 2 December, when it is still 1 December in Los Angeles: UTC's date is ahead of the
/// person's. (A fixed start, not <see cref="Account.FakeClockAppFactory"/>'s "now": a fake clock can't go back.)
/// </summary>
public sealed class UtcAheadFactory : IncidentsFactory
{
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 5, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        });
    }
}

/// <summary>
/// A form posted with an empty time zone (no script, or a browser that didn't say) counts "today" in the zone the
/// incident will be saved in, the person's own: the day check and the save agree, so a day too far ahead gets its
/// message instead of a 500.
/// </summary>
public class EmptyTimeZoneTests(UtcAheadFactory factory) : IClassFixture<UtcAheadFactory>
{
    private const string Zone = "America/Los_Angeles";
    private const string UtcTomorrow = "2026-12-03"; // two days ahead in Los Angeles: too far
    private const string ZoneTomorrow = "2026-12-02"; // tomorrow in Los Angeles: allowed, as the domain allows it

    [Fact]
    public async Task Logging_with_an_empty_zone_checks_the_day_in_the_persons_saved_zone()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        await client.LogIncidentAsync("Sets the zone.", F("Input.TimeZone", Zone));
        var before = await factory.SnapshotAsync(ownerId);

        using var refused = await client.PostFormAsync("/Incidents/Log",
            [F("Input.WhatHappened", "Too far ahead."), F("Input.TimeZone", ""), F("Input.When", "date"), F("Input.Date", UtcTomorrow)]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("up to today", (await HtmlForms.ParseAsync(refused)).MessageBeside("Input.Date"), StringComparison.Ordinal);
        Assert.Equal(before, await factory.SnapshotAsync(ownerId));

        var saved = await client.LogIncidentAsync("Tomorrow where I am.", F("Input.TimeZone", ""), F("Input.When", "date"), F("Input.Date", ZoneTomorrow));
        await using var scope = factory.Scope(out var db);
        var incident = db.Incidents.IgnoreQueryFilters().Single(i => i.Id == saved);
        Assert.Equal(Zone, incident.TimeZoneId);
        Assert.Equal(new DateOnly(2026, 12, 2), incident.OccurredOn);
    }

    [Fact]
    public async Task Editing_with_an_empty_zone_checks_the_day_in_the_incidents_zone()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("To be edited.", F("Input.TimeZone", Zone));
        var before = await factory.SnapshotAsync(ownerId);

        using var refused = await client.PostFormAsync($"/Incidents/Edit/{id}", [F("Input.TimeZone", ""), F("Input.Date", UtcTomorrow)]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("up to today", (await HtmlForms.ParseAsync(refused)).MessageBeside("Input.Date"), StringComparison.Ordinal);
        Assert.Equal(before, await factory.SnapshotAsync(ownerId));

        using var saved = await client.PostFormAsync($"/Incidents/Edit/{id}", [F("Input.TimeZone", ""), F("Input.Date", ZoneTomorrow)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
