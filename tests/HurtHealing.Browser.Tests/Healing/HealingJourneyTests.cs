using HurtHealing.Browser.Tests.Infrastructure;
using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Healing;

/// <summary>
/// Healing over weeks on a 390x844 phone: log a hurt, note their apology and promise, check in three times over
/// weeks (the stored dates are moved back, as weeks would), mark the promise kept, and see the direction change,
/// a setback marked, and the numbers behind the chart.
/// </summary>
[Collection(BrowserGroup.Name)]
public class HealingJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_follows_one_hurt_over_weeks_on_a_phone()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        var page = session.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Log what happened" }).TapAsync();
        await page.WaitForURLAsync("**/Incidents/Log");
        await page.GetByLabel("What happened?").FillAsync("They made fun of my new job in front of their friends.");
        await page.GetByLabel("How much did it hurt?").FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Incidents/[0-9a-f-]{36}"));
        var incident = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[2]);
        var details = session.BaseUrl + $"/Incidents/{incident}";

        // "They tried to make it right": an apology with a promise, in a few taps.
        await page.GetByRole(AriaRole.Link, new() { Name = "They tried to make it right" }).TapAsync();
        await page.WaitForURLAsync("**/Repair?by=Partner");
        await page.Locator("label.need-choice", new() { HasText = "An apology" }).TapAsync();
        await page.GetByText("Was something promised?").TapAsync();
        await page.GetByLabel("What was promised").FillAsync("No jokes about my work in front of others.");
        await session.ShotAsync("journey-repair-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(details + "#repair-*");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("No jokes about my work in front of others.");

        // Weeks pass: the incident was logged six weeks ago; three check-ins, each moved back to its week.
        await MoveAsync($"UPDATE incidents SET \"CreatedAt\" = now() - interval '42 days' WHERE \"Id\" = '{incident}'");
        foreach (var (heaviness, resentment, daysAgo) in new[] { (8, 7, 35), (7, 6, 30), (3, 2, 3) })
        {
            await page.Locator("#healing nav").GetByRole(AriaRole.Link, new() { Name = "Check in" }).TapAsync();
            await page.WaitForURLAsync("**/CheckIn");
            await page.GetByLabel("How heavy does it feel today?").FillAsync(heaviness.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("How much grip does resentment have on you?").FillAsync(resentment.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Assertions.Expect(page.Locator("output[for='Input_Intensity']")).ToHaveTextAsync(heaviness.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
            await page.WaitForURLAsync(details + "#healing");
            await MoveAsync($"UPDATE check_ins SET \"CheckedInAt\" = now() - interval '{daysAgo} days' WHERE \"IncidentId\" = '{incident}' AND \"Intensity\" = {heaviness}");
        }

        // The promise was kept: one tap on the timeline.
        await page.GotoAsync(details);
        await page.Locator("form.promise-buttons").GetByRole(AriaRole.Button, new() { Name = "Kept", Exact = true }).TapAsync();
        await page.WaitForURLAsync(details + "#repair-*");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Marked as kept");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("The promise: kept");
        await Assertions.Expect(page.Locator("#healing .direction")).ToContainTextAsync("Lighter than a month ago");
        await session.ShotAsync("journey-incident-lighter");

        // A heavier day after the fall: marked as a setback, with words that say setbacks are normal.
        await page.Locator("#healing nav").GetByRole(AriaRole.Link, new() { Name = "Check in" }).TapAsync();
        await page.GetByLabel("How heavy does it feel today?").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(details + "#healing");
        await Assertions.Expect(page.Locator(".timeline .tag.setback")).ToHaveTextAsync("Felt heavier again");
        await Assertions.Expect(page.Locator("#healing")).ToContainTextAsync("Setbacks are a normal part of healing.");
        await session.ShotAsync("journey-incident-setback");

        // How it's going: one tap from the navigation; the chart's numbers are there to read.
        await page.Locator("nav.nav a[href='/Insights']").TapAsync();
        await page.WaitForURLAsync("**/Insights");
        var chart = page.Locator(".insight-incident figure").First;
        await chart.Locator("circle.point.chart-intensity").Last.TapAsync();
        await Assertions.Expect(chart.Locator("[data-chart-readout]")).ToContainTextAsync("heaviness 6 out of 10; setback: Felt heavier again");
        await chart.GetByText("The numbers behind this chart").TapAsync();
        var rows = chart.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        await Assertions.Expect(rows.Nth(4)).ToContainTextAsync("Felt heavier again");
        await Assertions.Expect(rows.Nth(0).Locator("td").First).ToHaveTextAsync("8");
        await Assertions.Expect(page.Locator("#trust-heading ~ .direction")).ToContainTextAsync("Most promises in the last month were kept.");
        await session.ShotAsync("journey-insights");
        Assert.Empty(session.BlockedRequests);
    }

    private async Task MoveAsync(string sql)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
