using System.Globalization;
using System.Text.RegularExpressions;
using System.Net;
using HurtHealing.Web.Tests.Incidents;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Incidents.IncidentForms;

namespace HurtHealing.Web.Tests.Privacy;

/// <summary>
/// Signed in as someone else, every page and handler that takes an id answers exactly as a random id does,
/// and the first person's data stays as it was.
/// </summary>
public class SecondAccountProbeTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private static readonly string[] GetPaths =
    [
        "/Incidents/{0}", "/Incidents/Edit/{0}", "/Incidents/Delete/{0}", "/Incidents/Feelings/{0}",
        "/Incidents/Needs/{0}", "/Journal/Write?incident={0}",
    ];

    private static readonly (string Path, KeyValuePair<string, string>[] Fields)[] Posts =
    [
        ("/Incidents/Edit/{0}", [F("Input.WhatHappened", "Overwritten"), F("Input.Date", "2024-01-01"), F("Input.Category", "Other"), F("Input.Hurt", "1"), F("Input.Status", "AtPeace"), F("Input.TimeZone", "Etc/UTC")]),
        ("/Incidents/Delete/{0}", []),
        ("/Incidents/Feelings/{0}", [F("Input.Feelings.Chosen", "calm"), F("Input.Feelings.Intensity[calm]", "1")]),
        ("/Incidents/Needs/{0}", [F("Input.Kind", "Space"), F("Input.ResolutionLooksLike", "Injected")]),
        ("/Incidents/Needs/{0}?handler=Met", [F("needId", "{1}")]),
        ("/Incidents/Needs/{0}?handler=Open", [F("needId", "{1}")]),
        ("/Journal/Write?incident={0}", [F("Input.Text", "Injected")]),
    ];

    [Fact]
    public async Task Every_id_taking_page_and_handler_answers_another_persons_id_like_a_random_one()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        var id = await owner.LogIncidentAsync("Only mine.", F("Input.Feelings.Chosen", "hurt"));
        (await owner.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "Apology"), F("Input.ResolutionLooksLike", "Mine")])).Dispose();
        (await owner.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", "Mine too")])).Dispose();
        var needId = await NeedIdAsync(ownerId);
        var before = await factory.SnapshotAsync(ownerId);

        var other = await factory.SignedInClientAsync();
        var randomId = Guid.NewGuid();
        var randomNeed = Guid.NewGuid();
        var probes = 0;

        foreach (var template in GetPaths)
        {
            using var theirs = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, id));
            using var random = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, randomId));
            Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
            Assert.Equal(random.StatusCode, theirs.StatusCode);
            Assert.Equal(await Body(random), await Body(theirs));
            probes++;
        }

        // Tokens come from a page the second person may use; antiforgery is per person, not per page.
        var tokenPage = await other.GetDocumentAsync("/Incidents/Log");
        var token = tokenPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        foreach (var (template, fields) in Posts)
        {
            using var theirs = await Post(other, string.Format(CultureInfo.InvariantCulture, template, id), fields, needId, token);
            using var random = await Post(other, string.Format(CultureInfo.InvariantCulture, template, randomId), fields, randomNeed, token);
            Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
            Assert.Equal(random.StatusCode, theirs.StatusCode);
            Assert.Equal(await Body(random), await Body(theirs));
            probes++;
        }

        Assert.Equal(before, await factory.SnapshotAsync(ownerId));
        Assert.Equal(GetPaths.Length + Posts.Length, probes);
        using var stillThere = await owner.GetAsync($"/Incidents/{id}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task A_need_of_another_person_cannot_be_reached_through_ones_own_incident()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        var id = await owner.LogIncidentAsync("Mine.");
        (await owner.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "Apology")])).Dispose();
        var needId = await NeedIdAsync(ownerId);
        var before = await factory.SnapshotAsync(ownerId);

        var other = await factory.SignedInClientAsync();
        var ownIncident = await other.LogIncidentAsync("Theirs.");
        var token = (await other.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var response = await Post(other, $"/Incidents/Needs/{ownIncident}?handler=Met", [F("needId", "{1}")], needId, token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.SnapshotAsync(ownerId));
    }

    [Theory]
    [InlineData("/Incidents/not-a-guid")]
    [InlineData("/Incidents/Edit/123")]
    [InlineData("/Incidents/Delete/%20")]
    [InlineData("/Incidents/Feelings/00000000-0000-0000-0000-00000000000g")]
    [InlineData("/Incidents/Needs/x")]
    [InlineData("/Journal/Write?incident=not-a-guid")]
    public async Task A_malformed_id_is_not_found_never_an_error(string path)
    {
        var client = await factory.SignedInClientAsync();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_need_id_is_not_found()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Mine.");
        var token = (await client.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var response = await Post(client, $"/Incidents/Needs/{id}?handler=Met", [F("needId", "not-a-guid")], Guid.Empty, token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, KeyValuePair<string, string>[] fields, Guid needId, string token)
    {
        using var content = new FormUrlEncodedContent([
            .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value.Replace("{1}", needId.ToString(), StringComparison.Ordinal))),
            new("__RequestVerificationToken", token),
        ]);
        return await client.PostAsync(url, content);
    }

    // Antiforgery tokens differ on every page; everything else must be identical.
    private static async Task<string> Body(HttpResponseMessage response) =>
        Regex.Replace(await response.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "token");

    private async Task<Guid> NeedIdAsync(string ownerId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT \"Id\" FROM need_records WHERE \"OwnerId\" = @owner LIMIT 1", connection);
        command.Parameters.AddWithValue("owner", ownerId);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
