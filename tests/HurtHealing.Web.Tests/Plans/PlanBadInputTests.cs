using System.Net;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

/// <summary>
/// Every validation rule of every plan form, through the real pages: each bad post answers 400 with its
/// message beside the field, and nothing the person owns changes.
/// </summary>
public class PlanBadInputTests(PlanBadInputTests.Fixture fixture) : IClassFixture<PlanBadInputTests.Fixture>
{
    private const string Nul = "before\0after";

    public static TheoryData<string, string> Cases() => new()
    {
        { "readiness", "answer outside yes/no/not sure" }, { "readiness", "answer as a number" }, { "readiness", "answer with NUL" },
        { "need", "empty" }, { "need", "over the limit" }, { "need", "NUL" },
        { "opening", "empty" }, { "opening", "over the limit" }, { "opening", "NUL" }, { "opening", "picked line that doesn't exist" }, { "opening", "picked line not a number" }, { "opening", "picked line left out" },
        { "statements", "every part empty" }, { "statements", "when over the limit" }, { "statements", "felt with NUL" },
        { "statements", "need over the limit" }, { "statements", "request with NUL" }, { "statements", "malformed statement id" },
        { "statements", "too many statements" },
        { "listen", "empty" }, { "listen", "over the limit" }, { "listen", "NUL" },
        { "when", "before 1900" }, { "when", "absurdly far ahead" }, { "when", "malformed" }, { "when", "NUL" },
        { "after", "heard 11" }, { "after", "heard -1" }, { "after", "heard not a number" }, { "after", "how it went over the limit" },
        { "after", "agreed with NUL" }, { "after", "still need over the limit" }, { "after", "a need of no incident" },
        { "after", "a malformed need id" },
        { "need", "line breaks over the limit" }, { "opening", "line breaks over the limit" }, { "statements", "line breaks over the limit" },
        { "listen", "line breaks over the limit" }, { "after", "how it went with line breaks over the limit" },
        { "after", "agreed with line breaks over the limit" }, { "after", "still need with line breaks over the limit" },
    };

    // Lines of "a" joined by CRLF, as a browser posts a textarea; the browser and the app count each line break once.
    private static string Lines(int lines) => string.Join("\r\n", Enumerable.Repeat("a", lines));

    public static TheoryData<string, string, int> TextsAtTheirLimit() => new()
    {
        { "Need", "Input.NeedToState", 1_000 }, { "Opening", "Input.OpeningLine", 500 },
        { "Statements", "Input.When", 500 }, { "Statements", "Input.Felt", 500 }, { "Statements", "Input.BecauseINeed", 500 }, { "Statements", "Input.WouldYou", 500 },
        { "Listen", "Input.ListenFor", 2_000 },
        { "After", "Input.HowItWent", 4_000 }, { "After", "Input.WhatWeAgreed", 4_000 }, { "After", "Input.WhatIStillNeed", 2_000 },
    };

    /// <summary>A text with line breaks that the page counts as within its limit is saved, never a 500 from the domain.</summary>
    [Theory]
    [MemberData(nameof(TextsAtTheirLimit))]
    public async Task A_text_with_line_breaks_at_its_limit_is_saved(string step, string field, int limit)
    {
        var state = await fixture.StateAsync();
        var plan = await state.Client.StartPlanAsync(await state.Client.LogIncidentWithNeedAsync("A fresh evening."));
        var lines = (limit + 1) / 2;

        using var response = await state.Client.PostFormAsync($"/Plans/{plan}/{step}", [F(field, Lines(lines))],
            step == "Statements" ? PlanForms.StatementForm : "main form[method=post]");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected the text to be saved, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_400_a_message_beside_its_field_and_changes_nothing(string page, string name)
    {
        var state = await fixture.StateAsync();
        var (url, field, message, values, selector) = Case(page, name, state);
        var before = await fixture.SnapshotAsync(state.OwnerId);

        var hasNul = values.Any(v => v.Value.Contains('\0', StringComparison.Ordinal));
        using var response = await state.Client.PostFormAsync(url, values, selector, multipart: hasNul);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await HtmlForms.ParseAsync(response);
        var shown = document.MessageBeside(field);
        Assert.False(string.IsNullOrEmpty(shown), $"No message beside {field}.");
        Assert.Contains(message, shown, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync(state.OwnerId));
    }

    [Fact]
    public async Task A_NUL_in_an_url_encoded_statement_gets_its_message_beside_the_field()
    {
        var state = await fixture.StateAsync();
        var before = await fixture.SnapshotAsync(state.OwnerId);
        using var response = await state.Client.PostStatementAsync(state.PlanId, Nul, "hurt", null, null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TextRules.UnstorableCharacterMessage, (await HtmlForms.ParseAsync(response)).MessageBeside("Input.When"));
        Assert.Equal(before, await fixture.SnapshotAsync(state.OwnerId));
    }

    [Theory]
    [InlineData("/Plans/not-a-guid")]
    [InlineData("/Plans/123/Readiness")]
    [InlineData("/Plans/00000000-0000-0000-0000-00000000000g/Before")]
    [InlineData("/Plans/x/Calendar")]
    [InlineData("/Plans/Start/nope")]
    public async Task A_malformed_id_is_not_found_never_an_error(string path)
    {
        var state = await fixture.StateAsync();
        using var response = await state.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static (string Url, string Field, string Message, KeyValuePair<string, string>[] Values, string Selector) Case(string page, string name, State state)
    {
        var plan = state.PlanId;
        return (page, name) switch
        {
            ("readiness", "answer outside yes/no/not sure") => Step("Readiness", "Input.BodyCalm", "yes, no or not sure", F("Input.BodyCalm", "Maybe")),
            ("readiness", "answer as a number") => Step("Readiness", "Input.Privacy", "yes, no or not sure", F("Input.Privacy", "1")),
            ("readiness", "answer with NUL") => Step("Readiness", "Input.FedAndRested", "yes, no or not sure", F("Input.FedAndRested", Nul)),

            ("need", "empty") => Step("Need", "Input.NeedToState", "a few words", F("Input.NeedToState", " \n ")),
            ("need", "over the limit") => Step("Need", "Input.NeedToState", "1,000 characters", F("Input.NeedToState", new string('n', 1001))),
            ("need", "NUL") => Step("Need", "Input.NeedToState", "invisible character", F("Input.NeedToState", Nul)),

            ("opening", "empty") => Step("Opening", "Input.OpeningLine", "opening words", F("Input.OpeningLine", "")),
            ("opening", "over the limit") => Step("Opening", "Input.OpeningLine", "500 characters", F("Input.OpeningLine", new string('o', 501))),
            ("opening", "NUL") => Step("Opening", "Input.OpeningLine", "invisible character", F("Input.OpeningLine", Nul)),
            ("opening", "picked line that doesn't exist") => ($"/Plans/{plan}/Opening", "Input.OpeningLine", "one of the lines", [F("line", "99")], "form[action*='handler=Pick']"),
            ("opening", "picked line not a number") => ($"/Plans/{plan}/Opening", "Input.OpeningLine", "one of the lines", [F("line", "abc")], "form[action*='handler=Pick']"),
            ("opening", "picked line left out") => ($"/Plans/{plan}/Opening", "Input.OpeningLine", "one of the lines", [F("line", HtmlForms.Omit)], "form[action*='handler=Pick']"),

            ("statements", "every part empty") => Statement("Input.Felt", "at least one part", F("Input.When", " "), F("Input.Felt", ""), F("Input.BecauseINeed", ""), F("Input.WouldYou", "")),
            ("statements", "when over the limit") => Statement("Input.When", "500 characters", F("Input.When", new string('w', 501))),
            ("statements", "felt with NUL") => Statement("Input.Felt", "invisible character", F("Input.Felt", Nul)),
            ("statements", "need over the limit") => Statement("Input.BecauseINeed", "500 characters", F("Input.BecauseINeed", new string('b', 501))),
            ("statements", "request with NUL") => Statement("Input.WouldYou", "invisible character", F("Input.WouldYou", Nul)),
            ("statements", "malformed statement id") => Statement("Input.StatementId", "not valid", F("Input.StatementId", "not-a-guid"), F("Input.Felt", "hurt")),
            ("statements", "too many statements") => ($"/Plans/{state.FullPlanId}/Statements", "Input.When", "up to 10", [F("Input.Felt", "one more")], PlanForms.StatementForm),

            ("listen", "empty") => Step("Listen", "Input.ListenFor", "a few words", F("Input.ListenFor", "")),
            ("listen", "over the limit") => Step("Listen", "Input.ListenFor", "2,000 characters", F("Input.ListenFor", new string('l', 2001))),
            ("listen", "NUL") => Step("Listen", "Input.ListenFor", "invisible character", F("Input.ListenFor", Nul)),

            ("when", "before 1900") => Step("When", "Input.ProposedTime", "from 1900", F("Input.ProposedTime", "1899-12-31T20:00")),
            ("when", "absurdly far ahead") => Step("When", "Input.ProposedTime", "next two years", F("Input.ProposedTime", "9999-12-31T20:00")),
            ("when", "malformed") => Step("When", "Input.ProposedTime", "like 2025-03-14T19:30", F("Input.ProposedTime", "next Tuesday")),
            ("when", "NUL") => Step("When", "Input.ProposedTime", "invisible character", F("Input.ProposedTime", "2030-01-01T20:00\0")),

            ("after", "heard 11") => Step("After", "Input.HeardScore", "0 to 10", F("Input.HeardScore", "11")),
            ("after", "heard -1") => Step("After", "Input.HeardScore", "0 to 10", F("Input.HeardScore", "-1")),
            ("after", "heard not a number") => Step("After", "Input.HeardScore", "0 to 10", F("Input.HeardScore", "lots")),
            ("after", "how it went over the limit") => Step("After", "Input.HowItWent", "4,000 characters", F("Input.HowItWent", new string('h', 4001))),
            ("after", "agreed with NUL") => Step("After", "Input.WhatWeAgreed", "invisible character", F("Input.WhatWeAgreed", Nul)),
            ("after", "still need over the limit") => Step("After", "Input.WhatIStillNeed", "2,000 characters", F("Input.WhatIStillNeed", new string('s', 2001))),
            ("after", "a need of no incident") => Step("After", "Input.MetNeeds", "isn't part of this incident", F("Input.MetNeeds", Guid.NewGuid().ToString())),
            ("after", "a malformed need id") => Step("After", "Input.MetNeeds", "isn't part of this incident", F("Input.MetNeeds", "not-a-guid")),

            ("need", "line breaks over the limit") => Step("Need", "Input.NeedToState", "1,000 characters", F("Input.NeedToState", Lines(501))),
            ("opening", "line breaks over the limit") => Step("Opening", "Input.OpeningLine", "500 characters", F("Input.OpeningLine", Lines(251))),
            ("statements", "line breaks over the limit") => Statement("Input.When", "500 characters", F("Input.When", Lines(251))),
            ("listen", "line breaks over the limit") => Step("Listen", "Input.ListenFor", "2,000 characters", F("Input.ListenFor", Lines(1001))),
            ("after", "how it went with line breaks over the limit") => Step("After", "Input.HowItWent", "4,000 characters", F("Input.HowItWent", Lines(2001))),
            ("after", "agreed with line breaks over the limit") => Step("After", "Input.WhatWeAgreed", "4,000 characters", F("Input.WhatWeAgreed", Lines(2001))),
            ("after", "still need with line breaks over the limit") => Step("After", "Input.WhatIStillNeed", "2,000 characters", F("Input.WhatIStillNeed", Lines(1001))),
            _ => throw new ArgumentOutOfRangeException(nameof(name), $"{page}: {name}"),
        };

        (string, string, string, KeyValuePair<string, string>[], string) Step(string step, string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Plans/{plan}/{step}", field, message, values, "main form[method=post]");
        (string, string, string, KeyValuePair<string, string>[], string) Statement(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Plans/{plan}/Statements", field, message, values, PlanForms.StatementForm);
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
                    var incident = await client.LogIncidentWithNeedAsync();
                    var plan = await client.BuildWholePlanAsync(incident);
                    // A statement the accusation check flags, so its "use this rewrite" form is on the page.
                    await PlanForms.Expect(client.PostStatementAsync(plan, "you always leave", "abandoned", null, null));
                    var other = await client.LogIncidentWithNeedAsync("Another evening.");
                    var full = await client.StartPlanAsync(other);
                    for (var i = 0; i < 10; i++)
                    {
                        await PlanForms.Expect(client.PostStatementAsync(full, $"moment {i}", "hurt", null, null));
                    }
                    _state = new State(client, await UserIdAsync(email), incident, plan, full);
                }
                return _state;
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    public sealed record State(HttpClient Client, string OwnerId, Guid IncidentId, Guid PlanId, Guid FullPlanId);
}
