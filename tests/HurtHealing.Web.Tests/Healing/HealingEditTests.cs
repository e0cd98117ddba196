using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Npgsql;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Healing;

/// <summary>
/// Single healing records put right through the real pages: a repair attempt edited (a promise reworded or added
/// later) or deleted, a check-in edited in place or deleted, a boundary reworded; the words stay encrypted at rest,
/// a delete asks first, and a save from an older page never overwrites a newer one.
/// </summary>
public class HealingEditTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task A_repair_attempt_is_put_right_and_a_promise_added_later_starts_as_waiting()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Late again without a word.");
        var attempt = await client.RecordRepairAsync(id, kind: "Acknowledgment");
        var madeAt = await ScalarAsync($"SELECT \"MadeAt\" FROM repair_attempts WHERE \"Id\" = '{attempt}'");
        var url = $"/Incidents/{id}/Repairs/{attempt}/Edit";

        using var saved = await client.PostFormAsync(url, [F("Input.Kind", "Explanation"), F("Input.WhatWasSaidOrDone", "Explained the deadline, marker-repair-71."),
            F("Input.Landed", "6"), F("Input.Promise", "Text me when it runs late, marker-promise-71."), F("Input.PromiseBy", "2030-01-31")], "form.healing-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Incidents/{id}#repair-{attempt}", saved.Headers.Location!.OriginalString);
        Assert.Equal(1, await factory.CountAsync("repair_attempts", ownerId));
        Assert.Equal(1, await factory.CountAsync("promises", ownerId));
        Assert.Equal(1, await factory.CountAsync("promise_changes", ownerId));
        // The same day keeps the moment it had.
        Assert.Equal(madeAt, await ScalarAsync($"SELECT \"MadeAt\" FROM repair_attempts WHERE \"Id\" = '{attempt}'"));
        var item = (await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector($"#repair-{attempt}")!;
        Assert.Contains("an explanation", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Explained the deadline, marker-repair-71.", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("landed 6/10", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Text me when it runs late, marker-promise-71.", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting to see", (await client.GetDocumentAsync($"/Incidents/{id}/Repairs/{attempt}")).QuerySelector(".promise-buttons legend")!.TextContent, StringComparison.Ordinal);
        // Encrypted at rest, as when first written.
        Assert.DoesNotContain("marker-repair-71", await ScalarAsync($"SELECT \"WhatWasSaidOrDone\" FROM repair_attempts WHERE \"Id\" = '{attempt}'"), StringComparison.Ordinal);
        Assert.DoesNotContain("marker-promise-71", await ScalarAsync($"SELECT \"WhatWasPromised\" FROM promises WHERE \"RepairAttemptId\" = '{attempt}'"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewording_a_promise_keeps_how_it_went()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Phone at dinner.");
        var attempt = await client.RecordRepairAsync(id, promise: "Phones away.");
        (await client.FollowThroughAsync(id, attempt, "Kept")).Dispose();
        var url = $"/Incidents/{id}/Repairs/{attempt}/Edit";
        Assert.Equal("Phones away.", (await client.GetDocumentAsync(url)).QuerySelector("textarea[name='Input.Promise']")!.TextContent.Trim());

        using var saved = await client.PostFormAsync(url, [F("Input.Promise", "Phones in the other room at dinner.")], "form.healing-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, await factory.CountAsync("promise_changes", ownerId));
        var page = await client.GetDocumentAsync($"/Incidents/{id}/Repairs/{attempt}");
        Assert.Contains("Phones in the other room at dinner.", page.QuerySelector("#promise-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("form.promise-buttons button[value=Kept]")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Deleting_a_repair_attempt_asks_first_and_takes_its_promise_and_history_with_it()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Shouted in the car.");
        var attempt = await client.RecordRepairAsync(id, promise: "Pull over and breathe.");
        var kept = await client.RecordRepairAsync(id, by: "Me", kind: "AffectionOrHumour");
        (await client.FollowThroughAsync(id, attempt, "Broken")).Dispose();
        var url = $"/Incidents/{id}/Repairs/{attempt}/Edit";

        var edit = await client.GetDocumentAsync(url);
        Assert.Null(edit.QuerySelector("form[action*='handler=Delete']"));
        var confirm = await client.GetDocumentAsync(edit.QuerySelector("a[href*='delete=true']")!.GetAttribute("href")!);
        Assert.Contains("Delete this repair attempt?", confirm.QuerySelector("#delete")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("with its promise", confirm.QuerySelector("#delete")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync("promises", ownerId));

        using var deleted = await client.PostFormAsync(confirm, url + "?handler=Delete", [], "#delete form");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(1, await factory.CountAsync("repair_attempts", ownerId));
        Assert.Equal(0, await factory.CountAsync("promises", ownerId));
        Assert.Equal(0, await factory.CountAsync("promise_changes", ownerId));
        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        Assert.Null(details.QuerySelector($"#repair-{attempt}"));
        Assert.NotNull(details.QuerySelector($"#repair-{kept}"));
        Assert.Contains("The repair attempt is deleted.", details.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        using var gone = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_check_in_is_put_right_in_its_place_on_the_curve_and_can_be_deleted()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Left me at the party.");
        await client.CheckInAsync(id, 7, 6);
        var checkIn = await factory.LatestCheckInIdAsync(ownerId);
        var at = await ScalarAsync($"SELECT \"CheckedInAt\" FROM check_ins WHERE \"Id\" = '{checkIn}'");
        var url = $"/Incidents/{id}/CheckIns/{checkIn}/Edit";
        var form = await client.GetDocumentAsync(url);
        Assert.Equal("7", form.QuerySelector("input[name='Input.Intensity']")!.GetAttribute("value"));

        using var saved = await client.PostFormAsync(form, url, [F("Input.Intensity", "3"), F("Input.Resentment", "2"), F("Input.Retriggered", "true"),
            F("Input.WhatRetriggered", "Their song, marker-trigger-71."), F("Input.Note", "Slid the sliders wrong, marker-note-71.")], "form.healing-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await factory.CountAsync("check_ins", ownerId));
        Assert.Equal(at, await ScalarAsync($"SELECT \"CheckedInAt\" FROM check_ins WHERE \"Id\" = '{checkIn}'"));
        var timeline = (await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector(".timeline")!.TextContent;
        Assert.Contains("heaviness 3/10, resentment's grip 2/10", timeline, StringComparison.Ordinal);
        Assert.Contains("Their song, marker-trigger-71.", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("marker-note-71", await ScalarAsync($"SELECT \"Note\" FROM check_ins WHERE \"Id\" = '{checkIn}'"), StringComparison.Ordinal);
        Assert.DoesNotContain("marker-trigger-71", await ScalarAsync($"SELECT \"WhatRetriggered\" FROM check_ins WHERE \"Id\" = '{checkIn}'"), StringComparison.Ordinal);

        var confirm = await client.GetDocumentAsync(url + "?delete=true");
        Assert.Contains("Delete this check-in?", confirm.QuerySelector("#delete")!.TextContent, StringComparison.Ordinal);
        using var deleted = await client.PostFormAsync(confirm, url + "?handler=Delete", [], "#delete form");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await factory.CountAsync("check_ins", ownerId));
        Assert.DoesNotContain("You checked in", (await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_boundary_is_reworded_and_when_it_was_set_and_crossed_stay()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Read my messages.");
        var boundary = await client.SetBoundaryAsync(id, "Reading my phone.");
        (await client.MarkCrossedAsync(id, boundary)).Dispose();
        var setAt = await ScalarAsync($"SELECT \"SetAt\" FROM boundaries WHERE \"Id\" = '{boundary}'");

        using var saved = await client.PostFormAsync($"/Incidents/{id}/Boundaries/{boundary}/Edit",
            [F("Input.WhatIWillNotAccept", "Going through my phone, marker-boundary-71."), F("Input.WhatIWillDo", "Put a code on it.")], "form.healing-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await factory.CountAsync("boundary_crossings", ownerId));
        Assert.Equal(setAt, await ScalarAsync($"SELECT \"SetAt\" FROM boundaries WHERE \"Id\" = '{boundary}'"));
        var page = await client.GetDocumentAsync($"/Incidents/{id}/Boundaries");
        Assert.Contains("Going through my phone, marker-boundary-71.", page.QuerySelector($"#boundary-{boundary}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("crossed 1 time", page.QuerySelector($"#boundary-{boundary}")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("marker-boundary-71", await ScalarAsync($"SELECT \"WhatIWillNotAccept\" FROM boundaries WHERE \"Id\" = '{boundary}'"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check-in")]
    [InlineData("repair")]
    [InlineData("boundary")]
    public async Task A_save_from_an_older_page_shows_both_versions_and_keeps_the_newer_until_the_person_chooses(string record)
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var id = await client.LogIncidentAsync("Forgot to pick me up.");
        var (url, field, label, column) = record switch
        {
            "check-in" => await CheckInAsync(),
            "repair" => ($"/Incidents/{id}/Repairs/{await client.RecordRepairAsync(id)}/Edit", "Input.WhatWasSaidOrDone", "What was said or done?", "repair_attempts"),
            _ => ($"/Incidents/{id}/Boundaries/{await client.SetBoundaryAsync(id, "First words.")}/Edit", "Input.WhatIWillNotAccept", "What I won't accept", "boundaries"),
        };
        var phone = await client.GetDocumentAsync(url);
        var laptop = await client.GetDocumentAsync(url);
        using (var first = await client.PostFormAsync(laptop, url, [F(field, "Written on the laptop.")], "form.healing-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var stale = await client.PostFormAsync(phone, url, [F(field, "Written on the phone.")], "form.healing-form");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await HtmlForms.ParseAsync(stale);
        var pair = conflict.QuerySelectorAll(".conflict-pair").Single(p => p.QuerySelector(".conflict-label")!.TextContent == label);
        Assert.Equal("Written on the laptop.", pair.QuerySelector("[data-version=theirs]")!.TextContent);
        Assert.Equal("Written on the phone.", pair.QuerySelector("[data-version=mine]")!.TextContent);
        Assert.Equal("Written on the phone.", conflict.QuerySelector($"textarea[name='{field}']")!.TextContent.Trim());
        Assert.Equal(1, await factory.CountAsync(column, ownerId));

        using var keepMine = await client.PostFormAsync(conflict, url, [], "form.healing-form");
        Assert.Equal(HttpStatusCode.Redirect, keepMine.StatusCode);
        Assert.Contains("Written on the phone.", (await client.GetDocumentAsync(url)).QuerySelector($"textarea[name='{field}']")!.TextContent, StringComparison.Ordinal);

        async Task<(string, string, string, string)> CheckInAsync()
        {
            await client.CheckInAsync(id, 5, 5);
            return ($"/Incidents/{id}/CheckIns/{await factory.LatestCheckInIdAsync(ownerId)}/Edit", "Input.Note", "A note", "check_ins");
        }
    }

    private async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
