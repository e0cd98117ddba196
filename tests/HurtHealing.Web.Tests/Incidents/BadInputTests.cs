using HurtHealing.Web.Infrastructure;
using System.Globalization;
using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Incidents;

/// <summary>
/// Every validation rule of every incident and journal form, through the real pages: each bad post answers
/// 400 with its message beside the field, and nothing the person owns changes.
/// </summary>
public class BadInputTests(BadInputTests.Fixture fixture) : IClassFixture<BadInputTests.Fixture>
{
    private static readonly string FarFuture = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static readonly string Nul = "before\0after";

    public static TheoryData<string, string> Cases() => new()
    {
        { "log", "empty text" }, { "log", "text over the limit" }, { "log", "text with NUL" },
        { "log", "title over the limit" }, { "log", "title with NUL" },
        { "log", "unknown category" }, { "log", "category as a number" },
        { "log", "hurt 11" }, { "log", "hurt -1" }, { "log", "hurt missing" }, { "log", "hurt left out of the post" }, { "log", "hurt not a number" },
        { "log", "unknown when" }, { "log", "date beyond tomorrow" }, { "log", "date before 1900" },
        { "log", "date missing for another day" }, { "log", "date malformed" }, { "log", "time malformed" },
        { "log", "unknown time zone" }, { "log", "unknown feeling word" }, { "log", "500 feelings" },
        { "log", "feeling intensity 11" }, { "log", "typed word unknown" }, { "log", "typed word too long" },
        { "log", "typed word with NUL" }, { "log", "typed intensity 11" }, { "log", "empty idempotency key" },
        { "log", "malformed idempotency key" },
        { "edit", "empty text" }, { "edit", "text over the limit" }, { "edit", "text with NUL" },
        { "edit", "title over the limit" }, { "edit", "date beyond tomorrow" }, { "edit", "date before 1900" },
        { "edit", "date missing" }, { "edit", "time malformed" }, { "edit", "unknown time zone" },
        { "edit", "unknown category" }, { "edit", "unknown status" }, { "edit", "status as a number" },
        { "edit", "hurt 11" }, { "edit", "hurt -1" }, { "edit", "hurt left out of the post" },
        { "feelings", "unknown feeling word" }, { "feelings", "500 feelings" }, { "feelings", "none chosen" },
        { "feelings", "feeling intensity 11" }, { "feelings", "typed word unknown" },
        { "needs", "unknown kind" }, { "needs", "kind missing" }, { "needs", "resolution over the limit" },
        { "needs", "resolution with NUL" },
        { "journal", "empty text" }, { "journal", "text over the limit" }, { "journal", "text with NUL" },
        { "journal", "window of 7 minutes" },
        { "timezone", "unknown time zone" }, { "timezone", "time zone missing" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_400_a_message_beside_its_field_and_changes_nothing(string page, string name)
    {
        var state = await fixture.StateAsync();
        var (url, field, message, values) = Case(page, name, state.IncidentId);
        var before = await fixture.SnapshotAsync(state.OwnerId);
        var zoneBefore = await fixture.TimeZoneAsync(state.OwnerId);

        var hasNul = values.Any(v => v.Value.Contains('\0', StringComparison.Ordinal));
        using var response = await state.Client.PostFormAsync(url, values, multipart: hasNul);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await HtmlForms.ParseAsync(response);
        var shown = document.MessageBeside(field);
        Assert.False(string.IsNullOrEmpty(shown), $"No message beside {field}.");
        Assert.Contains(message, shown, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync(state.OwnerId));
        Assert.Equal(zoneBefore, await fixture.TimeZoneAsync(state.OwnerId));
    }

    [Fact]
    public async Task A_NUL_in_an_url_encoded_post_gets_its_message_beside_the_field_and_nothing_written()
    {
        var state = await fixture.StateAsync();
        var before = await fixture.SnapshotAsync(state.OwnerId);

        using var response = await state.Client.PostFormAsync("/Incidents/Log", [F("Input.WhatHappened", Nul)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TextRules.UnstorableCharacterMessage, (await HtmlForms.ParseAsync(response)).MessageBeside("Input.WhatHappened"));
        Assert.Equal(before, await fixture.SnapshotAsync(state.OwnerId));
    }

    private static (string Url, string Field, string Message, KeyValuePair<string, string>[] Values) Case(string page, string name, Guid id)
    {
        var ok = F("Input.WhatHappened", "Something happened.");
        return (page, name) switch
        {
            ("log", "empty text") => Log("Input.WhatHappened", "Please write a few words", F("Input.WhatHappened", "  \r\n ")),
            ("log", "text over the limit") => Log("Input.WhatHappened", "4,000 characters", F("Input.WhatHappened", new string('a', 4001))),
            ("log", "text with NUL") => Log("Input.WhatHappened", "invisible character", F("Input.WhatHappened", Nul)),
            ("log", "title over the limit") => Log("Input.Title", "120 characters", ok, F("Input.Title", new string('t', 121))),
            ("log", "title with NUL") => Log("Input.Title", "invisible character", ok, F("Input.Title", Nul)),
            ("log", "unknown category") => Log("Input.Category", "kinds in the list", ok, F("Input.Category", "Sulking")),
            ("log", "category as a number") => Log("Input.Category", "kinds in the list", ok, F("Input.Category", "3")),
            ("log", "hurt 11") => Log("Input.Hurt", "0 to 10", ok, F("Input.Hurt", "11")),
            ("log", "hurt -1") => Log("Input.Hurt", "0 to 10", ok, F("Input.Hurt", "-1")),
            ("log", "hurt missing") => Log("Input.Hurt", "how much it hurt", ok, F("Input.Hurt", "")),
            ("log", "hurt left out of the post") => Log("Input.Hurt", "how much it hurt", ok, F("Input.Hurt", HtmlForms.Omit)),
            ("log", "hurt not a number") => Log("Input.Hurt", "not valid", ok, F("Input.Hurt", "lots")),
            ("log", "unknown when") => Log("Input.When", "when it happened", ok, F("Input.When", "lastweek")),
            ("log", "date beyond tomorrow") => Log("Input.Date", "up to today", ok, F("Input.TimeZone", "Etc/UTC"), F("Input.When", "date"), F("Input.Date", FarFuture)),
            ("log", "date before 1900") => Log("Input.Date", "from 1900", ok, F("Input.When", "date"), F("Input.Date", "1899-12-31")),
            ("log", "date missing for another day") => Log("Input.Date", "the day it happened", ok, F("Input.When", "date"), F("Input.Date", "")),
            ("log", "date malformed") => Log("Input.Date", "like 2025-03-14", ok, F("Input.When", "date"), F("Input.Date", "31/12/2020")),
            ("log", "time malformed") => Log("Input.Time", "like 21:30", ok, F("Input.Time", "25:00")),
            ("log", "unknown time zone") => Log("Input.TimeZone", "time zone", ok, F("Input.TimeZone", "Mars/Olympus_Mons")),
            ("log", "unknown feeling word") => Log("Input.Feelings.Chosen", "don't know one of those words", ok, F("Input.Feelings.Chosen", "hurt"), F("Input.Feelings.Chosen", "grumpish")),
            ("log", "500 feelings") => Log("Input.Feelings.Chosen", "up to 30", [ok, .. Enumerable.Range(0, 500).Select(_ => F("Input.Feelings.Chosen", "hurt"))]),
            ("log", "feeling intensity 11") => Log("Input.Feelings.Chosen", "from 0 to 10", ok, F("Input.Feelings.Chosen", "sad"), F("Input.Feelings.Intensity[sad]", "11")),
            ("log", "typed word unknown") => Log("Input.Feelings.Other", "don't know that word", ok, F("Input.Feelings.Other", "blorp")),
            ("log", "typed word too long") => Log("Input.Feelings.Other", "a single word", ok, F("Input.Feelings.Other", new string('w', 41))),
            ("log", "typed word with NUL") => Log("Input.Feelings.Other", "invisible character", ok, F("Input.Feelings.Other", "hu\0rt")),
            ("log", "typed intensity 11") => Log("Input.Feelings.OtherIntensity", "0 to 10", ok, F("Input.Feelings.Other", "hurt"), F("Input.Feelings.OtherIntensity", "11")),
            ("log", "empty idempotency key") => Log("Input.IdempotencyKey", "reload the page", ok, F("Input.IdempotencyKey", Guid.Empty.ToString())),
            ("log", "malformed idempotency key") => Log("Input.IdempotencyKey", "not valid", ok, F("Input.IdempotencyKey", "not-a-guid")),

            ("edit", "empty text") => Edit("Input.WhatHappened", "Please write a few words", F("Input.WhatHappened", " ")),
            ("edit", "text over the limit") => Edit("Input.WhatHappened", "4,000 characters", F("Input.WhatHappened", new string('a', 4001))),
            ("edit", "text with NUL") => Edit("Input.WhatHappened", "invisible character", F("Input.WhatHappened", Nul)),
            ("edit", "title over the limit") => Edit("Input.Title", "120 characters", F("Input.Title", new string('t', 121))),
            ("edit", "date beyond tomorrow") => Edit("Input.Date", "up to today", F("Input.TimeZone", "Etc/UTC"), F("Input.Date", FarFuture)),
            ("edit", "date before 1900") => Edit("Input.Date", "from 1900", F("Input.Date", "1899-12-31")),
            ("edit", "date missing") => Edit("Input.Date", "the day it happened", F("Input.Date", "")),
            ("edit", "time malformed") => Edit("Input.Time", "like 21:30", F("Input.Time", "9pm")),
            ("edit", "unknown time zone") => Edit("Input.TimeZone", "time zone", F("Input.TimeZone", "Nowhere/Special")),
            ("edit", "unknown category") => Edit("Input.Category", "kinds in the list", F("Input.Category", "Sulking")),
            ("edit", "unknown status") => Edit("Input.Status", "where this stands", F("Input.Status", "Happy")),
            ("edit", "status as a number") => Edit("Input.Status", "where this stands", F("Input.Status", "2")),
            ("edit", "hurt 11") => Edit("Input.Hurt", "0 to 10", F("Input.Hurt", "11")),
            ("edit", "hurt -1") => Edit("Input.Hurt", "0 to 10", F("Input.Hurt", "-1")),
            ("edit", "hurt left out of the post") => Edit("Input.Hurt", "how much it hurt", F("Input.Hurt", HtmlForms.Omit)),

            ("feelings", "unknown feeling word") => Feelings("Input.Feelings.Chosen", "don't know one of those words", F("Input.Feelings.Chosen", "grumpish")),
            ("feelings", "500 feelings") => Feelings("Input.Feelings.Chosen", "up to 30", [.. Enumerable.Range(0, 500).Select(_ => F("Input.Feelings.Chosen", "sad"))]),
            ("feelings", "none chosen") => Feelings("Input.Feelings.Chosen", "at least one"),
            ("feelings", "feeling intensity 11") => Feelings("Input.Feelings.Chosen", "from 0 to 10", F("Input.Feelings.Chosen", "sad"), F("Input.Feelings.Intensity[sad]", "11")),
            ("feelings", "typed word unknown") => Feelings("Input.Feelings.Other", "don't know that word", F("Input.Feelings.Other", "blorp")),

            ("needs", "unknown kind") => Needs("Input.Kind", "the need that fits best", F("Input.Kind", "Money")),
            ("needs", "kind missing") => Needs("Input.Kind", "the need that fits best"),
            ("needs", "resolution over the limit") => Needs("Input.ResolutionLooksLike", "2,000 characters", F("Input.Kind", "Apology"), F("Input.ResolutionLooksLike", new string('r', 2001))),
            ("needs", "resolution with NUL") => Needs("Input.ResolutionLooksLike", "invisible character", F("Input.Kind", "Apology"), F("Input.ResolutionLooksLike", Nul)),

            ("journal", "empty text") => Journal("Input.Text", "write something first", F("Input.Text", "\n")),
            ("journal", "text over the limit") => Journal("Input.Text", "8,000 characters", F("Input.Text", new string('j', 8001))),
            ("journal", "text with NUL") => Journal("Input.Text", "invisible character", F("Input.Text", Nul)),
            ("journal", "window of 7 minutes") => Journal("Input.FeelingWindowMinutes", "5, 10, 15 or 20", F("Input.Text", "Words."), F("Input.FeelingWindowMinutes", "7")),

            ("timezone", "unknown time zone") => ("/Account/Manage/TimeZone", "Input.TimeZone", "from the list", [F("Input.TimeZone", "Mars/Olympus_Mons")]),
            ("timezone", "time zone missing") => ("/Account/Manage/TimeZone", "Input.TimeZone", "from the list", [F("Input.TimeZone", "")]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), $"{page}: {name}"),
        };

        static (string, string, string, KeyValuePair<string, string>[]) Log(string field, string message, params KeyValuePair<string, string>[] values) =>
            ("/Incidents/Log", field, message, values);
        (string, string, string, KeyValuePair<string, string>[]) Edit(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/Edit/{id}", field, message, values);
        (string, string, string, KeyValuePair<string, string>[]) Feelings(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/Feelings/{id}", field, message, [F("Input.Feelings.Chosen", HtmlForms.Omit), .. values]);
        (string, string, string, KeyValuePair<string, string>[]) Needs(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/Needs/{id}", field, message, values);
        (string, string, string, KeyValuePair<string, string>[]) Journal(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Journal/Write?incident={id}", field, message, values);
    }

    public sealed class Fixture : IncidentsFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private State? _state;

        public async Task<State> StateAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (_state is null)
                {
                    var (client, email) = await this.SignedInWithEmailAsync();
                    var id = await client.LogIncidentAsync("The first one.", F("Input.TimeZone", "Europe/Paris"),
                        F("Input.Feelings.Chosen", "hurt"), F("Input.Feelings.Intensity[hurt]", "6"));
                    _state = new State(client, await UserIdAsync(email), id);
                }
                return _state;
            }
            finally
            {
                _gate.Release();
            }
        }

        public async Task<string?> TimeZoneAsync(string ownerId)
        {
            await using var scope = Scope(out var db);
            return db.Users.Where(u => u.Id == ownerId).Select(u => u.TimeZoneId).Single();
        }
    }

    public sealed record State(HttpClient Client, string OwnerId, Guid IncidentId);
}
