using System.Globalization;
using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Healing;

/// <summary>
/// Healing over weeks on a 390x844 phone, on a clock the test moves (nothing stored is moved): log a hurt, note their
/// apology and promise, check in three times over five weeks, mark the promise kept, see the direction change from
/// "too early to tell" to lighter, a setback marked, and the numbers behind the chart; then put a check-in right,
/// reword the promise and a boundary, and delete a repair attempt. Every page checked by axe and shot in light and dark.
/// </summary>
[Collection(BrowserGroup.Name)]
public class HealingJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_follows_one_hurt_over_weeks_on_a_phone()
    {
        try
        {
            await JourneyAsync();
        }
        finally
        {
            browser.App.Clock.Reset();
        }
    }

    private async Task JourneyAsync()
    {
        await using var session = await browser.NewSessionAsync();
        var email = await session.SignUpAsync();
        var page = session.Page;
        var axe = new List<string>();

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

        // Weeks pass on the app's clock; each time the person comes back and signs in again, as after any idle time.
        foreach (var (daysLater, heaviness, resentment) in new[] { (7, 8, 7), (5, 7, 6), (27, 3, 2) })
        {
            browser.App.Clock.Advance(TimeSpan.FromDays(daysLater));
            await session.SignInAsync(email);
            await page.GotoAsync(details);
            if (heaviness == 3)
            {
                // Before the third look: two weeks of ratings are not yet a direction, and the page says so.
                await Assertions.Expect(page.Locator("#healing .direction")).ToContainTextAsync("Too early to tell");
            }
            await page.Locator("#healing nav").GetByRole(AriaRole.Link, new() { Name = "Check in" }).TapAsync();
            await page.WaitForURLAsync("**/CheckIn");
            await page.GetByLabel("How heavy does it feel today?").FillAsync(heaviness.ToString(CultureInfo.InvariantCulture));
            await page.GetByLabel("How much grip does resentment have on you?").FillAsync(resentment.ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(page.Locator("output[for='Input_Intensity']")).ToHaveTextAsync(heaviness.ToString(CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
            await page.WaitForURLAsync(details + "#healing");
        }

        // The promise was kept: one tap on the timeline; five weeks on, the direction has changed.
        await page.Locator("form.promise-buttons").GetByRole(AriaRole.Button, new() { Name = "Kept", Exact = true }).TapAsync();
        await page.WaitForURLAsync(details + "#repair-*");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Marked as kept");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("The promise: kept");
        await Assertions.Expect(page.Locator("#healing .direction")).ToContainTextAsync("Lighter than a month ago");
        await session.ShotAsync("journey-incident-lighter");

        // A heavier day after the fall, the next day: marked as a setback, with words that say setbacks are normal.
        browser.App.Clock.Advance(TimeSpan.FromDays(1));
        await session.SignInAsync(email);
        await page.GotoAsync(details);
        await page.Locator("#healing nav").GetByRole(AriaRole.Link, new() { Name = "Check in" }).TapAsync();
        await page.GetByLabel("How heavy does it feel today?").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(details + "#healing");
        await Assertions.Expect(page.Locator(".timeline .tag.setback")).ToHaveTextAsync("Felt heavier again");
        await Assertions.Expect(page.Locator("#healing")).ToContainTextAsync("Setbacks are a normal part of healing.");

        // The incident's own chart, with its numbers beside it: the hurt when logged, then every look.
        var own = page.Locator("#healing figure.chart");
        await own.GetByText("The numbers behind this chart").TapAsync();
        await Assertions.Expect(own.Locator("tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(own.Locator("tbody tr").Nth(4)).ToContainTextAsync("Felt heavier again");
        await session.ShotLightAndDarkAsync("journey-incident-chart");
        axe.AddRange(await session.AxeViolationsAsync());

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

        // The last check-in was a slip of the thumb: put right in place.
        await page.GotoAsync(details);
        await page.Locator(".timeline").GetByRole(AriaRole.Link, new() { Name = "Change or delete this check-in" }).Last.TapAsync();
        await page.WaitForURLAsync("**/CheckIns/*/Edit");
        await Assertions.Expect(page.GetByLabel("How heavy did it feel then?")).ToHaveValueAsync("6");
        await Assertions.Expect(page.GetByLabel("How much grip did resentment have on you then?")).ToBeVisibleAsync();
        await session.ShotLightAndDarkAsync("edit-check-in");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByLabel("How heavy did it feel then?").FillAsync("4");
        await page.GetByLabel("A note").FillAsync("Tired, not heavier.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).TapAsync();
        await page.WaitForURLAsync(details + "#healing");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("heaviness 4/10");
        await Assertions.Expect(page.Locator(".timeline .tag.setback")).ToHaveCountAsync(0);

        // The promise reworded: its follow-through stays.
        await page.Locator(".timeline").GetByRole(AriaRole.Link, new() { Name = "Change or delete", Exact = true }).First.TapAsync();
        await page.WaitForURLAsync("**/Repairs/*/Edit");
        await page.GetByLabel("What was promised").FillAsync("No jokes about my work, in front of anyone.");
        await session.ShotLightAndDarkAsync("edit-repair");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).TapAsync();
        await page.WaitForURLAsync(details + "#repair-*");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("No jokes about my work, in front of anyone.");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("The promise: kept");

        // A boundary, set and then reworded.
        await page.Locator("#healing nav").GetByRole(AriaRole.Link, new() { Name = "Boundaries" }).TapAsync();
        await page.GetByLabel("What I won't accept").FillAsync("Jokes about my work.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this boundary" }).TapAsync();
        await page.WaitForURLAsync(details + "#boundary-*");
        await page.Locator(".timeline").GetByRole(AriaRole.Link, new() { Name = "Reword" }).TapAsync();
        await page.WaitForURLAsync("**/Boundaries/*/Edit");
        await page.GetByLabel("What I won't accept").FillAsync("Jokes about my work in front of others.");
        await session.ShotLightAndDarkAsync("edit-boundary");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).TapAsync();
        await page.WaitForURLAsync(details + "#boundary-*");
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("Jokes about my work in front of others.");

        // A repair attempt noted by mistake: deleted after one question.
        await page.GetByRole(AriaRole.Link, new() { Name = "I tried to make it right" }).TapAsync();
        await page.Locator("label.need-choice", new() { HasText = "Affection or humour" }).TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(details + "#repair-*");
        await page.Locator(".timeline").GetByRole(AriaRole.Link, new() { Name = "Change or delete", Exact = true }).Last.TapAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete this repair attempt" }).TapAsync();
        await Assertions.Expect(page.Locator("#delete")).ToContainTextAsync("Delete this repair attempt?");
        await session.ShotLightAndDarkAsync("delete-repair");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete it" }).TapAsync();
        await page.WaitForURLAsync(details + "#healing");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("The repair attempt is deleted.");
        await Assertions.Expect(page.Locator(".timeline")).Not.ToContainTextAsync("You tried to make it right");

        Assert.True(axe.Count == 0, string.Join("\n", axe));
        Assert.Empty(session.BlockedRequests);
    }
}
