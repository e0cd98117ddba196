using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using System.Net;
using HurtHealing.Web.Tests.Healing;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

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

    /// <summary>The offline queue key (issue 15) takes no id: whatever is added to the address, each person gets only their own.</summary>
    [Fact]
    public async Task The_offline_queue_key_of_one_person_is_never_given_to_another()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        var (other, otherEmail) = await factory.SignedInWithEmailAsync();
        var otherId = await factory.UserIdAsync(otherEmail);

        var ownerKey = await owner.GetStringAsync("/Offline?handler=Key");
        var otherKey = await other.GetStringAsync("/Offline?handler=Key");
        var probed = await other.GetStringAsync($"/Offline?handler=Key&id={ownerId}&ownerId={ownerId}&userId={ownerId}");

        Assert.NotEqual(ownerKey, otherKey);
        Assert.Equal(otherKey, probed);
        Assert.NotEqual(ownerId, otherId);
    }

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
    [InlineData("/Insights?incident=not-a-guid")]
    [InlineData("/Incidents/not-a-guid/CheckIn")]
    [InlineData("/Incidents/12/Repairs/34")]
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

    // Talk plans: {0} is the plan, {1} a statement of it, {2} its incident.
    private static readonly string[] PlanGetPaths =
    [
        "/Plans/{0}", "/Plans/{0}/Readiness", "/Plans/{0}/Need", "/Plans/{0}/Opening", "/Plans/{0}/Statements",
        "/Plans/{0}/Statements?edit={1}", "/Plans/{0}/Listen", "/Plans/{0}/When", "/Plans/{0}/Before", "/Plans/{0}/After",
        "/Plans/{0}/Calendar", "/Plans/Start/{2}",
    ];

    private static readonly (string Path, KeyValuePair<string, string>[] Fields)[] PlanPosts =
    [
        ("/Plans/Start/{2}", []),
        ("/Plans/{0}?handler=Ready", []),
        ("/Plans/{0}?handler=Draft", []),
        ("/Plans/{0}/Readiness", [F("Input.BodyCalm", "No")]),
        ("/Plans/{0}/Need", [F("Input.NeedToState", "Injected")]),
        ("/Plans/{0}/Opening", [F("Input.OpeningLine", "Injected")]),
        ("/Plans/{0}/Opening?handler=Pick", [F("line", "1")]),
        ("/Plans/{0}/Statements", [F("Input.Felt", "Injected")]),
        ("/Plans/{0}/Statements", [F("Input.StatementId", "{1}"), F("Input.Felt", "Injected")]),
        ("/Plans/{0}/Statements?handler=Check", [F("Input.Felt", "abandoned")]),
        ("/Plans/{0}/Statements?handler=UseRewrite", [F("statementId", "{1}")]),
        ("/Plans/{0}/Statements?handler=UndoRewrite", [F("statementId", "{1}")]),
        ("/Plans/{0}/Statements?handler=Remove", [F("statementId", "{1}")]),
        ("/Plans/{0}/Listen", [F("Input.ListenFor", "Injected")]),
        ("/Plans/{0}/When", [F("Input.ProposedTime", "2030-01-01T10:00")]),
        ("/Plans/{0}/After", [F("Input.HowItWent", "Injected"), F("Input.HeardScore", "1")]),
    ];

    [Fact]
    public async Task Every_plan_page_and_handler_answers_another_persons_id_like_a_random_one()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        var incident = await owner.LogIncidentAsync("Only mine.", F("Input.Feelings.Chosen", "hurt"));
        var plan = await StartPlanAsync(owner, incident);
        (await owner.PostFormAsync($"/Plans/{plan}/Statements", [F("Input.When", "you always leave"), F("Input.Felt", "abandoned")], "#statement-form")).Dispose();
        (await owner.PostFormAsync($"/Plans/{plan}/When", [F("Input.ProposedTime", "2030-06-01T19:00")])).Dispose();
        var statement = await ScalarGuidAsync($"SELECT \"Id\" FROM feel_statements WHERE \"OwnerId\" = '{ownerId}' LIMIT 1");
        var before = await factory.SnapshotAsync(ownerId);

        var other = await factory.SignedInClientAsync();
        var token = (await other.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var (randomPlan, randomStatement, randomIncident) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var probes = 0;
        foreach (var template in PlanGetPaths)
        {
            using var theirs = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, plan, statement, incident));
            using var random = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, randomPlan, randomStatement, randomIncident));
            Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
            Assert.Equal(random.StatusCode, theirs.StatusCode);
            Assert.Equal(await Body(random), await Body(theirs));
            probes++;
        }
        foreach (var (template, fields) in PlanPosts)
        {
            using var theirs = await Post(other, string.Format(CultureInfo.InvariantCulture, template, plan, statement, incident), fields, statement, token);
            using var random = await Post(other, string.Format(CultureInfo.InvariantCulture, template, randomPlan, randomStatement, randomIncident), fields, randomStatement, token);
            Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
            Assert.Equal(random.StatusCode, theirs.StatusCode);
            Assert.Equal(await Body(random), await Body(theirs));
            probes++;
        }

        Assert.Equal(before, await factory.SnapshotAsync(ownerId));
        Assert.Equal(PlanGetPaths.Length + PlanPosts.Length, probes);
        using var stillThere = await owner.GetAsync($"/Plans/{plan}/Before");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task A_statement_of_another_person_cannot_be_reached_through_ones_own_plan()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        var plan = await StartPlanAsync(owner, await owner.LogIncidentAsync("Mine."));
        (await owner.PostFormAsync($"/Plans/{plan}/Statements", [F("Input.When", "you never call"), F("Input.Felt", "ignored")], "#statement-form")).Dispose();
        var statement = await ScalarGuidAsync($"SELECT \"Id\" FROM feel_statements WHERE \"OwnerId\" = '{ownerId}' LIMIT 1");
        var before = await factory.SnapshotAsync(ownerId);

        var other = await factory.SignedInClientAsync();
        var ownPlan = await StartPlanAsync(other, await other.LogIncidentAsync("Theirs."));
        var token = (await other.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        foreach (var (path, fields) in new (string, KeyValuePair<string, string>[])[]
                 {
                     ($"/Plans/{ownPlan}/Statements?handler=Remove", [F("statementId", "{1}")]),
                     ($"/Plans/{ownPlan}/Statements?handler=UseRewrite", [F("statementId", "{1}"), F("finding", "0")]),
                     ($"/Plans/{ownPlan}/Statements", [F("Input.StatementId", "{1}"), F("Input.Felt", "Injected")]),
                 })
        {
            using var response = await Post(other, path, fields, statement, token);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        using var edit = await other.GetAsync($"/Plans/{ownPlan}/Statements?edit={statement}");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(before, await factory.SnapshotAsync(ownerId));
    }

    // Healing over weeks: {0} is the incident, {1} a repair attempt of it (with a promise), {2} a boundary of it, {3} a check-in of it.
    private static readonly string[] HealingGetPaths =
    [
        "/Incidents/{0}/Repair", "/Incidents/{0}/Repairs/{1}", "/Incidents/{0}/CheckIn", "/Incidents/{0}/Boundaries", "/Insights?incident={0}",
        "/Insights/Index?incident={0}", "/Incidents/{0}/Repairs/{1}/Edit", "/Incidents/{0}/Repairs/{1}/Edit?delete=true",
        "/Incidents/{0}/CheckIns/{3}/Edit", "/Incidents/{0}/CheckIns/{3}/Edit?delete=true", "/Incidents/{0}/Boundaries/{2}/Edit",
    ];

    private static readonly (string Path, KeyValuePair<string, string>[] Fields)[] HealingPosts =
    [
        ("/Incidents/{0}/Repair", [F("Input.IdempotencyKey", "{K}"), F("Input.By", "Partner"), F("Input.Kind", "Apology"), F("Input.Date", "2024-01-01"), F("Input.Promise", "Injected")]),
        ("/Incidents/{0}/Repairs/{1}?handler=FollowThrough", [F("status", "Broken")]),
        ("/Incidents/{0}/Repairs/{1}?handler=Acknowledge", [F("HowAcknowledged", "Injected")]),
        ("/Incidents/{0}/CheckIn", [F("Input.IdempotencyKey", "{K}"), F("Input.Intensity", "9"), F("Input.Resentment", "9")]),
        ("/Incidents/{0}/CheckIn?handler=Dismiss", []),
        ("/Incidents/{0}/Boundaries", [F("Input.IdempotencyKey", "{K}"), F("Input.WhatIWillNotAccept", "Injected")]),
        ("/Incidents/{0}/Boundaries?handler=Crossed", [F("boundaryId", "{2}")]),
        ("/Insights?handler=Pattern", [F("incidentId", "{0}")]),
        ("/Insights/Index?handler=Pattern", [F("incidentId", "{0}")]),
        ("/Incidents/{0}/Repairs/{1}/Edit", [F("Input.IdempotencyKey", "{K}"), F("Input.By", "Me"), F("Input.Kind", "Other"), F("Input.Date", "2024-01-01"), F("Input.Promise", "Injected")]),
        ("/Incidents/{0}/Repairs/{1}/Edit?handler=Delete", []),
        ("/Incidents/{0}/CheckIns/{3}/Edit", [F("Input.IdempotencyKey", "{K}"), F("Input.Intensity", "9"), F("Input.Resentment", "9"), F("Input.Note", "Injected")]),
        ("/Incidents/{0}/CheckIns/{3}/Edit?handler=Delete", []),
        ("/Incidents/{0}/Boundaries/{2}/Edit", [F("Input.IdempotencyKey", "{K}"), F("Input.WhatIWillNotAccept", "Injected")]),
    ];

    [Fact]
    public async Task Every_healing_page_and_handler_answers_another_persons_id_like_a_random_one()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        var incident = await owner.LogIncidentAsync("Only mine.");
        var attempt = await owner.RecordRepairAsync(incident, promise: "Mine");
        var boundary = await owner.SetBoundaryAsync(incident, "Mine");
        await owner.CheckInAsync(incident, 5, 5);
        var checkIn = await ScalarGuidAsync($"SELECT \"Id\" FROM check_ins WHERE \"OwnerId\" = '{ownerId}' LIMIT 1");
        var before = await factory.SnapshotAsync(ownerId);

        var other = await factory.SignedInClientAsync();
        var token = (await other.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var (randomIncident, randomAttempt, randomBoundary, randomCheckIn) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var probes = 0;
        foreach (var template in HealingGetPaths)
        {
            using var theirs = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, incident, attempt, boundary, checkIn));
            using var random = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, randomIncident, randomAttempt, randomBoundary, randomCheckIn));
            Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
            Assert.Equal(random.StatusCode, theirs.StatusCode);
            Assert.Equal(await Body(random), await Body(theirs));
            probes++;
        }
        foreach (var (template, fields) in HealingPosts)
        {
            KeyValuePair<string, string>[] Filled(Guid i, Guid a, Guid b) => [.. fields.Select(f => F(f.Key, f.Value
                .Replace("{0}", i.ToString(), StringComparison.Ordinal).Replace("{1}", a.ToString(), StringComparison.Ordinal)
                .Replace("{2}", b.ToString(), StringComparison.Ordinal).Replace("{K}", Guid.NewGuid().ToString(), StringComparison.Ordinal)))];
            using var theirs = await Post(other, string.Format(CultureInfo.InvariantCulture, template, incident, attempt, boundary, checkIn), Filled(incident, attempt, boundary), Guid.Empty, token);
            using var random = await Post(other, string.Format(CultureInfo.InvariantCulture, template, randomIncident, randomAttempt, randomBoundary, randomCheckIn), Filled(randomIncident, randomAttempt, randomBoundary), Guid.Empty, token);
            Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
            Assert.Equal(random.StatusCode, theirs.StatusCode);
            Assert.Equal(await Body(random), await Body(theirs));
            probes++;
        }

        Assert.Equal(before, await factory.SnapshotAsync(ownerId));
        Assert.Equal(HealingGetPaths.Length + HealingPosts.Length, probes);
        using var stillThere = await owner.GetAsync($"/Incidents/{incident}/Repairs/{attempt}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task A_repair_attempt_check_in_or_boundary_of_another_person_cannot_be_reached_through_ones_own_incident()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        var incident = await owner.LogIncidentAsync("Mine.");
        var attempt = await owner.RecordRepairAsync(incident, promise: "Mine");
        var boundary = await owner.SetBoundaryAsync(incident, "Mine");
        await owner.CheckInAsync(incident, 5, 5);
        var checkIn = await ScalarGuidAsync($"SELECT \"Id\" FROM check_ins WHERE \"OwnerId\" = '{ownerId}' LIMIT 1");
        var before = await factory.SnapshotAsync(ownerId);

        var other = await factory.SignedInClientAsync();
        var own = await other.LogIncidentAsync("Theirs.");
        var token = (await other.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        foreach (var path in new[] { $"/Incidents/{own}/Repairs/{attempt}", $"/Incidents/{own}/Repairs/{attempt}/Edit", $"/Incidents/{own}/CheckIns/{checkIn}/Edit", $"/Incidents/{own}/Boundaries/{boundary}/Edit" })
        {
            using var get = await other.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }
        foreach (var (path, fields) in new (string, KeyValuePair<string, string>[])[]
                 {
                     ($"/Incidents/{own}/Repairs/{attempt}?handler=FollowThrough", [F("status", "Broken")]),
                     ($"/Incidents/{own}/Repairs/{attempt}?handler=Acknowledge", []),
                     ($"/Incidents/{own}/Boundaries?handler=Crossed", [F("boundaryId", boundary.ToString())]),
                     ($"/Incidents/{own}/Repairs/{attempt}/Edit", [F("Input.IdempotencyKey", Guid.NewGuid().ToString()), F("Input.By", "Me"), F("Input.Kind", "Other"), F("Input.Date", "2024-01-01")]),
                     ($"/Incidents/{own}/Repairs/{attempt}/Edit?handler=Delete", []),
                     ($"/Incidents/{own}/CheckIns/{checkIn}/Edit", [F("Input.IdempotencyKey", Guid.NewGuid().ToString()), F("Input.Intensity", "9"), F("Input.Resentment", "9")]),
                     ($"/Incidents/{own}/CheckIns/{checkIn}/Edit?handler=Delete", []),
                     ($"/Incidents/{own}/Boundaries/{boundary}/Edit", [F("Input.IdempotencyKey", Guid.NewGuid().ToString()), F("Input.WhatIWillNotAccept", "Injected")]),
                 })
        {
            using var response = await Post(other, path, fields, Guid.Empty, token);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Equal(before, await factory.SnapshotAsync(ownerId));
    }

    // Changing and deleting: {0} is the incident, {1} a need of it, {2} a journal entry about it.
    private static readonly string[] EditGetPaths =
    [
        "/Journal/Edit/{2}", "/Journal/Delete/{2}", "/Incidents/{0}/Needs/{1}", "/Incidents/{0}/Needs/{1}/Delete",
    ];

    private static readonly (string Path, KeyValuePair<string, string>[] Fields)[] EditPosts =
    [
        ("/Journal/Edit/{2}", [F("Input.Text", "Overwritten")]),
        ("/Journal/Delete/{2}", []),
        ("/Incidents/{0}/Needs/{1}", [F("Input.ResolutionLooksLike", "Overwritten")]),
        ("/Incidents/{0}/Needs/{1}/Delete", []),
    ];

    [Fact]
    public async Task Every_edit_and_delete_page_answers_another_persons_id_like_a_random_one()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        var incident = await owner.LogIncidentAsync("Only mine.");
        (await owner.PostFormAsync($"/Incidents/Needs/{incident}", [F("Input.Kind", "Apology"), F("Input.ResolutionLooksLike", "Mine")])).Dispose();
        (await owner.PostFormAsync($"/Journal/Write?incident={incident}", [F("Input.Text", "Mine too")])).Dispose();
        var need = await NeedIdAsync(ownerId);
        var entry = await ScalarGuidAsync($"SELECT \"Id\" FROM journal_entries WHERE \"OwnerId\" = '{ownerId}' LIMIT 1");
        var before = await factory.SnapshotAsync(ownerId);

        var other = await factory.SignedInClientAsync();
        var ownIncident = await other.LogIncidentAsync("Theirs.");
        var token = (await other.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var probes = 0;
        // Their incident with their need; a random incident and need; the other person's own incident with the first person's need.
        foreach (var (i, n, j) in new[] { (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), (ownIncident, need, Guid.NewGuid()) })
        {
            foreach (var template in EditGetPaths)
            {
                using var theirs = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, incident, need, entry));
                using var random = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, i, n, j));
                Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
                Assert.Equal(random.StatusCode, theirs.StatusCode);
                Assert.Equal(await Body(random), await Body(theirs));
                probes++;
            }
            foreach (var (template, fields) in EditPosts)
            {
                using var theirs = await Post(other, string.Format(CultureInfo.InvariantCulture, template, incident, need, entry), fields, Guid.Empty, token);
                using var random = await Post(other, string.Format(CultureInfo.InvariantCulture, template, i, n, j), fields, Guid.Empty, token);
                Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
                Assert.Equal(random.StatusCode, theirs.StatusCode);
                Assert.Equal(await Body(random), await Body(theirs));
                probes++;
            }
        }

        Assert.Equal(before, await factory.SnapshotAsync(ownerId));
        Assert.Equal(2 * (EditGetPaths.Length + EditPosts.Length), probes);
        using var stillThere = await owner.GetAsync($"/Journal/Edit/{entry}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    // Passkeys: {0} is a passkey's id (its credential id, base64url).
    private static readonly string[] PasskeyGetPaths = ["/Account/Manage/RemovePasskey/{0}"];

    private static readonly (string Path, KeyValuePair<string, string>[] Fields)[] PasskeyPosts =
    [
        ("/Account/Manage/RemovePasskey/{0}", [F("Input.Password", Accounts.Password)]),
    ];

    [Fact]
    public async Task Every_passkey_page_answers_another_persons_passkey_id_like_a_random_one()
    {
        var (owner, ownerEmail) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(ownerEmail);
        using var passkey = await owner.AddPasskeyAsync();

        var other = await factory.SignedInClientAsync();
        using var othersOwn = await other.AddPasskeyAsync();
        var token = (await other.GetDocumentAsync("/Account/Manage/Passkeys")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var randomId = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var probes = 0;
        foreach (var template in PasskeyGetPaths)
        {
            using var theirs = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, passkey.Id));
            using var random = await other.GetAsync(string.Format(CultureInfo.InvariantCulture, template, randomId));
            Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
            Assert.Equal(random.StatusCode, theirs.StatusCode);
            Assert.Equal(await Body(random), await Body(theirs));
            probes++;
        }
        foreach (var (template, fields) in PasskeyPosts)
        {
            using var theirs = await Post(other, string.Format(CultureInfo.InvariantCulture, template, passkey.Id), fields, Guid.Empty, token);
            using var random = await Post(other, string.Format(CultureInfo.InvariantCulture, template, randomId), fields, Guid.Empty, token);
            Assert.Equal(HttpStatusCode.NotFound, random.StatusCode);
            Assert.Equal(random.StatusCode, theirs.StatusCode);
            Assert.Equal(await Body(random), await Body(theirs));
            probes++;
        }

        Assert.Equal(PasskeyGetPaths.Length + PasskeyPosts.Length, probes);
        using var stillThere = await owner.GetAsync(string.Format(CultureInfo.InvariantCulture, PasskeyGetPaths[0], passkey.Id));
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        await owner.SignOutAsync();
        using var stillSignsIn = await owner.SignInWithPasskeyAsync(passkey);
        Assert.Equal(HttpStatusCode.Redirect, stillSignsIn.StatusCode);
        Assert.NotNull(ownerId);
    }

    /// <summary>
    /// A new page cannot forget the probe: every page whose route takes an id, or whose handlers take one,
    /// is read from the app's own endpoints, and each of its GET and POST handlers must be in the catalogues above.
    /// </summary>
    [Fact]
    public void Every_page_that_takes_an_id_is_in_the_probe_catalogue()
    {
        var gets = GetPaths.Concat(PlanGetPaths).Concat(HealingGetPaths).Concat(EditGetPaths).Concat(PasskeyGetPaths).Select(Sample).ToList();
        var posts = Posts.Concat(PlanPosts).Concat(HealingPosts).Concat(EditPosts).Concat(PasskeyPosts).Select(p => Sample(p.Path)).ToList();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var pages = endpoints.Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>())).Where(p => p.Page is not null).ToList();
        Assert.NotEmpty(pages);

        var missing = new List<string>();
        var checkedPages = 0;
        foreach (var (endpoint, page) in pages)
        {
            var model = typeof(Program).Assembly.GetType("HurtHealing.Web.Pages" + page!.ViewEnginePath.Replace('/', '.') + "Model");
            var handlers = model?.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal) || m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .ToList() ?? [];
            var routeTakesId = endpoint.RoutePattern.Parameters.Any(p => p.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase));
            var handlerTakesId = handlers.Any(m => m.GetParameters().Any(p => p.ParameterType == typeof(Guid) || p.ParameterType == typeof(Guid?)));
            if (!routeTakesId && !handlerTakesId)
            {
                continue;
            }
            checkedPages++;
            if (model is null)
            {
                missing.Add($"{page.ViewEnginePath}: no page model found to read its handlers from");
                continue;
            }
            var route = RouteRegex(endpoint.RoutePattern);
            foreach (var handler in handlers)
            {
                var isPost = handler.Name.StartsWith("OnPost", StringComparison.Ordinal);
                var name = handler.Name[(isPost ? "OnPost" : "OnGet").Length..];
                name = name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name;
                var catalogue = isPost ? posts : gets;
                if (!catalogue.Any(c => route.IsMatch(c.Path) && string.Equals(c.Handler, name, StringComparison.OrdinalIgnoreCase)))
                {
                    missing.Add($"{(isPost ? "POST" : "GET")} /{endpoint.RoutePattern.RawText}{(name.Length > 0 ? $"?handler={name}" : "")}");
                }
            }
        }

        Assert.True(checkedPages >= 16, $"Only {checkedPages} id-taking pages found; the endpoint reading is broken.");
        Assert.True(missing.Count == 0, "Not probed with another person's id:\n" + string.Join("\n", missing));
    }

    // A catalogue template with sample ids, split into its path and its handler.
    private static (string Path, string Handler) Sample(string template)
    {
        var url = string.Format(CultureInfo.InvariantCulture, template, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty);
        var parts = url.Split('?', 2);
        var handler = parts.Length < 2 ? "" : parts[1].Split('&').Select(q => q.Split('=', 2)).FirstOrDefault(q => q[0] == "handler")?[1] ?? "";
        return (parts[0], handler);
    }

    private static Regex RouteRegex(RoutePattern pattern) =>
        new("^/" + string.Join("/", pattern.PathSegments.Select(segment =>
            segment.Parts is [RoutePatternLiteralPart literal] ? Regex.Escape(literal.Content) : "[^/]+")) + "$");

    private static async Task<Guid> StartPlanAsync(HttpClient client, Guid incident)
    {
        using var response = await client.PostFormAsync($"/Plans/Start/{incident}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    private async Task<Guid> ScalarGuidAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
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
