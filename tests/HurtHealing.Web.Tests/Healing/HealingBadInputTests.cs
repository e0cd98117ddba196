using System.Globalization;
using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Healing;

/// <summary>
/// Every validation rule of the healing forms (repair attempt, follow-through, acknowledgment, check-in, boundary,
/// crossing), through the real pages: each bad post answers 400 with its message beside the field, never a 500,
/// and nothing the person owns changes.
/// </summary>
public class HealingBadInputTests(HealingBadInputTests.Fixture fixture) : IClassFixture<HealingBadInputTests.Fixture>
{
    private static readonly string Nul = "before\0after";
    private static readonly string FarFuture = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TheoryData<string, string> Cases() => new()
    {
        { "repair", "who missing" }, { "repair", "unknown who" }, { "repair", "who as a number" },
        { "repair", "kind missing" }, { "repair", "unknown kind" }, { "repair", "kind as a number" },
        { "repair", "date missing" }, { "repair", "date malformed" }, { "repair", "date beyond tomorrow" }, { "repair", "date before 1900" },
        { "repair", "what over the limit" }, { "repair", "what with NUL" },
        { "repair", "landed 11" }, { "repair", "landed -1" }, { "repair", "landed not a number" },
        { "repair", "promise over the limit" }, { "repair", "promise with NUL" },
        { "repair", "promise date malformed" }, { "repair", "promise date without a promise" }, { "repair", "promise date too far" },
        { "repair", "empty idempotency key" }, { "repair", "malformed idempotency key" },
        { "follow-through", "unknown status" }, { "follow-through", "status as a number" }, { "follow-through", "status missing" },
        { "acknowledge", "how over the limit" }, { "acknowledge", "how with NUL" },
        { "check-in", "intensity 11" }, { "check-in", "intensity -1" }, { "check-in", "intensity left out" }, { "check-in", "intensity not a number" },
        { "check-in", "resentment 11" }, { "check-in", "resentment left out" },
        { "check-in", "what brought it back without ticking" }, { "check-in", "what brought it back over the limit" },
        { "check-in", "note over the limit" }, { "check-in", "note with NUL" }, { "check-in", "empty idempotency key" },
        { "boundary", "empty" }, { "boundary", "over the limit" }, { "boundary", "with NUL" }, { "boundary", "what I'll do over the limit" },
        { "boundary", "empty idempotency key" },
        { "crossed", "date malformed" }, { "crossed", "date before 1900" }, { "crossed", "date beyond tomorrow" }, { "crossed", "moment malformed" },
        { "edit-repair", "unknown kind" }, { "edit-repair", "date malformed" }, { "edit-repair", "date beyond tomorrow" },
        { "edit-repair", "what over the limit" }, { "edit-repair", "what with NUL" }, { "edit-repair", "landed 11" },
        { "edit-repair", "promise emptied" }, { "edit-repair", "promise over the limit" }, { "edit-repair", "promise date too far" },
        { "add-promise", "promise with NUL" }, { "add-promise", "promise date without a promise" },
        { "edit-check-in", "intensity 11" }, { "edit-check-in", "resentment left out" }, { "edit-check-in", "what brought it back without ticking" },
        { "edit-check-in", "note over the limit" }, { "edit-check-in", "note with NUL" },
        { "edit-boundary", "empty" }, { "edit-boundary", "over the limit" }, { "edit-boundary", "with NUL" }, { "edit-boundary", "what I'll do over the limit" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_400_a_message_beside_its_field_and_changes_nothing(string page, string name)
    {
        var state = await fixture.StateAsync();
        var (url, selector, field, message, values) = Case(page, name, state);
        var before = await fixture.SnapshotAsync(state.OwnerId);

        var hasNul = values.Any(v => v.Value.Contains('\0', StringComparison.Ordinal));
        var document = await state.Client.GetDocumentAsync(url.Split('?')[0] + (url.Contains("?by=", StringComparison.Ordinal) ? "?by=Partner" : ""));
        using var response = await state.Client.PostFormAsync(document, url, values, selector, multipart: hasNul);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var shown = (await HtmlForms.ParseAsync(response)).MessageBeside(field);
        Assert.False(string.IsNullOrEmpty(shown), $"No message beside {field}.");
        Assert.Contains(message, shown, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync(state.OwnerId));
    }

    private static (string Url, string Selector, string Field, string Message, KeyValuePair<string, string>[] Values) Case(string page, string name, State state)
    {
        var id = state.IncidentId;
        KeyValuePair<string, string>[] ok = [F("Input.By", "Partner"), F("Input.Kind", "Apology")];
        return (page, name) switch
        {
            ("repair", "who missing") => Repair("Input.By", "who tried", F("Input.By", HtmlForms.Omit), F("Input.Kind", "Apology")),
            ("repair", "unknown who") => Repair("Input.By", "who tried", F("Input.By", "Neighbour"), F("Input.Kind", "Apology")),
            ("repair", "who as a number") => Repair("Input.By", "who tried", F("Input.By", "1"), F("Input.Kind", "Apology")),
            ("repair", "kind missing") => Repair("Input.Kind", "what they did", F("Input.By", "Partner")),
            ("repair", "unknown kind") => Repair("Input.Kind", "what they did", F("Input.By", "Partner"), F("Input.Kind", "Bribe")),
            ("repair", "kind as a number") => Repair("Input.Kind", "what they did", F("Input.By", "Partner"), F("Input.Kind", "2")),
            ("repair", "date missing") => Repair("Input.Date", "the day it happened", [.. ok, F("Input.Date", "")]),
            ("repair", "date malformed") => Repair("Input.Date", "like 2025-03-14", [.. ok, F("Input.Date", "14/03/2025")]),
            ("repair", "date beyond tomorrow") => Repair("Input.Date", "up to today", [.. ok, F("Input.Date", FarFuture)]),
            ("repair", "date before 1900") => Repair("Input.Date", "from 1900", [.. ok, F("Input.Date", "1899-12-31")]),
            ("repair", "what over the limit") => Repair("Input.WhatWasSaidOrDone", "2,000 characters", [.. ok, F("Input.WhatWasSaidOrDone", new string('w', 2001))]),
            ("repair", "what with NUL") => Repair("Input.WhatWasSaidOrDone", "invisible character", [.. ok, F("Input.WhatWasSaidOrDone", Nul)]),
            ("repair", "landed 11") => Repair("Input.Landed", "0 to 10", [.. ok, F("Input.Landed", "11")]),
            ("repair", "landed -1") => Repair("Input.Landed", "0 to 10", [.. ok, F("Input.Landed", "-1")]),
            ("repair", "landed not a number") => Repair("Input.Landed", "not valid", [.. ok, F("Input.Landed", "lots")]),
            ("repair", "promise over the limit") => Repair("Input.Promise", "500 characters", [.. ok, F("Input.Promise", new string('p', 501))]),
            ("repair", "promise with NUL") => Repair("Input.Promise", "invisible character", [.. ok, F("Input.Promise", Nul)]),
            ("repair", "promise date malformed") => Repair("Input.PromiseBy", "like 2025-03-14", [.. ok, F("Input.Promise", "Call"), F("Input.PromiseBy", "soon")]),
            ("repair", "promise date without a promise") => Repair("Input.PromiseBy", "write what was promised", [.. ok, F("Input.PromiseBy", "2030-01-01")]),
            ("repair", "promise date too far") => Repair("Input.PromiseBy", "years from now", [.. ok, F("Input.Promise", "Call"), F("Input.PromiseBy", "2199-01-01")]),
            ("repair", "empty idempotency key") => Repair("Input.IdempotencyKey", "reload the page", [.. ok, F("Input.IdempotencyKey", Guid.Empty.ToString())]),
            ("repair", "malformed idempotency key") => Repair("Input.IdempotencyKey", "not valid", [.. ok, F("Input.IdempotencyKey", "not-a-guid")]),

            ("follow-through", "unknown status") => Attempt("?handler=FollowThrough", "form.promise-buttons", "status", "how the promise went", F("status", "Forgotten")),
            ("follow-through", "status as a number") => Attempt("?handler=FollowThrough", "form.promise-buttons", "status", "how the promise went", F("status", "2")),
            ("follow-through", "status missing") => Attempt("?handler=FollowThrough", "form.promise-buttons", "status", "how the promise went"),
            ("acknowledge", "how over the limit") => Attempt("?handler=Acknowledge", "form[action*='handler=Acknowledge']", "HowAcknowledged", "500 characters", F("HowAcknowledged", new string('h', 501))),
            ("acknowledge", "how with NUL") => Attempt("?handler=Acknowledge", "form[action*='handler=Acknowledge']", "HowAcknowledged", "invisible character", F("HowAcknowledged", Nul)),

            ("check-in", "intensity 11") => CheckIn("Input.Intensity", "0 to 10", F("Input.Intensity", "11")),
            ("check-in", "intensity -1") => CheckIn("Input.Intensity", "0 to 10", F("Input.Intensity", "-1")),
            ("check-in", "intensity left out") => CheckIn("Input.Intensity", "how heavy it feels", F("Input.Intensity", HtmlForms.Omit)),
            ("check-in", "intensity not a number") => CheckIn("Input.Intensity", "not valid", F("Input.Intensity", "heavy")),
            ("check-in", "resentment 11") => CheckIn("Input.Resentment", "0 to 10", F("Input.Resentment", "11")),
            ("check-in", "resentment left out") => CheckIn("Input.Resentment", "how much grip", F("Input.Resentment", HtmlForms.Omit)),
            ("check-in", "what brought it back without ticking") => CheckIn("Input.WhatRetriggered", "brought it back", F("Input.WhatRetriggered", "A song")),
            ("check-in", "what brought it back over the limit") => CheckIn("Input.WhatRetriggered", "500 characters", F("Input.Retriggered", "true"), F("Input.WhatRetriggered", new string('s', 501))),
            ("check-in", "note over the limit") => CheckIn("Input.Note", "1,000 characters", F("Input.Note", new string('n', 1001))),
            ("check-in", "note with NUL") => CheckIn("Input.Note", "invisible character", F("Input.Note", Nul)),
            ("check-in", "empty idempotency key") => CheckIn("Input.IdempotencyKey", "reload the page", F("Input.IdempotencyKey", Guid.Empty.ToString())),

            ("boundary", "empty") => Boundary("Input.WhatIWillNotAccept", "what you won't accept", F("Input.WhatIWillNotAccept", "  ")),
            ("boundary", "over the limit") => Boundary("Input.WhatIWillNotAccept", "500 characters", F("Input.WhatIWillNotAccept", new string('b', 501))),
            ("boundary", "with NUL") => Boundary("Input.WhatIWillNotAccept", "invisible character", F("Input.WhatIWillNotAccept", Nul)),
            ("boundary", "what I'll do over the limit") => Boundary("Input.WhatIWillDo", "500 characters", F("Input.WhatIWillNotAccept", "Shouting"), F("Input.WhatIWillDo", new string('d', 501))),
            ("boundary", "empty idempotency key") => Boundary("Input.IdempotencyKey", "reload the page", F("Input.WhatIWillNotAccept", "Shouting"), F("Input.IdempotencyKey", Guid.Empty.ToString())),

            ("crossed", "date malformed") => Crossed("Crossed.Date", "like 2025-03-14", F("Crossed.Date", "yesterday")),
            ("crossed", "date before 1900") => Crossed("Crossed.Date", "from 1900", F("Crossed.Date", "1899-12-31")),
            ("crossed", "date beyond tomorrow") => Crossed("Crossed.Date", "up to today", F("Crossed.Date", FarFuture)),
            ("crossed", "moment malformed") => Crossed("Crossed.At", "reload the page", F("Crossed.At", "noon")),

            ("edit-repair", "unknown kind") => EditRepair("Input.Kind", "what they did", F("Input.Kind", "Bribe")),
            ("edit-repair", "date malformed") => EditRepair("Input.Date", "like 2025-03-14", F("Input.Date", "14/03/2025")),
            ("edit-repair", "date beyond tomorrow") => EditRepair("Input.Date", "up to today", F("Input.Date", FarFuture)),
            ("edit-repair", "what over the limit") => EditRepair("Input.WhatWasSaidOrDone", "2,000 characters", F("Input.WhatWasSaidOrDone", new string('w', 2001))),
            ("edit-repair", "what with NUL") => EditRepair("Input.WhatWasSaidOrDone", "invisible character", F("Input.WhatWasSaidOrDone", Nul)),
            ("edit-repair", "landed 11") => EditRepair("Input.Landed", "0 to 10", F("Input.Landed", "11")),
            ("edit-repair", "promise emptied") => EditRepair("Input.Promise", "not left empty", F("Input.Promise", " ")),
            ("edit-repair", "promise over the limit") => EditRepair("Input.Promise", "500 characters", F("Input.Promise", new string('p', 501))),
            ("edit-repair", "promise date too far") => EditRepair("Input.PromiseBy", "years from now", F("Input.PromiseBy", "2199-01-01")),
            ("add-promise", "promise with NUL") => AddPromise("Input.Promise", "invisible character", F("Input.Promise", Nul)),
            ("add-promise", "promise date without a promise") => AddPromise("Input.PromiseBy", "write what was promised", F("Input.PromiseBy", "2030-01-01")),

            ("edit-check-in", "intensity 11") => EditCheckIn("Input.Intensity", "0 to 10", F("Input.Intensity", "11")),
            ("edit-check-in", "resentment left out") => EditCheckIn("Input.Resentment", "how much grip", F("Input.Resentment", HtmlForms.Omit)),
            ("edit-check-in", "what brought it back without ticking") => EditCheckIn("Input.WhatRetriggered", "brought it back", F("Input.WhatRetriggered", "A song")),
            ("edit-check-in", "note over the limit") => EditCheckIn("Input.Note", "1,000 characters", F("Input.Note", new string('n', 1001))),
            ("edit-check-in", "note with NUL") => EditCheckIn("Input.Note", "invisible character", F("Input.Note", Nul)),

            ("edit-boundary", "empty") => EditBoundary("Input.WhatIWillNotAccept", "what you won't accept", F("Input.WhatIWillNotAccept", "  ")),
            ("edit-boundary", "over the limit") => EditBoundary("Input.WhatIWillNotAccept", "500 characters", F("Input.WhatIWillNotAccept", new string('b', 501))),
            ("edit-boundary", "with NUL") => EditBoundary("Input.WhatIWillNotAccept", "invisible character", F("Input.WhatIWillNotAccept", Nul)),
            ("edit-boundary", "what I'll do over the limit") => EditBoundary("Input.WhatIWillDo", "500 characters", F("Input.WhatIWillDo", new string('d', 501))),
            _ => throw new ArgumentOutOfRangeException(nameof(name), $"{page}: {name}"),
        };

        (string, string, string, string, KeyValuePair<string, string>[]) Repair(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/Repair?by=Partner", "main form[method=post]", field, message, values);
        (string, string, string, string, KeyValuePair<string, string>[]) Attempt(string handler, string selector, string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/Repairs/{state.AttemptId}{handler}", selector, field, message, values);
        (string, string, string, string, KeyValuePair<string, string>[]) CheckIn(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/CheckIn", "main form[method=post]", field, message, values);
        (string, string, string, string, KeyValuePair<string, string>[]) Boundary(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/Boundaries", "#boundary-form", field, message, values);
        (string, string, string, string, KeyValuePair<string, string>[]) EditRepair(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/Repairs/{state.AttemptId}/Edit", "form.healing-form", field, message, values);
        (string, string, string, string, KeyValuePair<string, string>[]) AddPromise(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/Repairs/{state.PlainAttemptId}/Edit", "form.healing-form", field, message, values);
        (string, string, string, string, KeyValuePair<string, string>[]) EditCheckIn(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/CheckIns/{state.CheckInId}/Edit", "form.healing-form", field, message, values);
        (string, string, string, string, KeyValuePair<string, string>[]) EditBoundary(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/Boundaries/{state.BoundaryId}/Edit", "form.healing-form", field, message, values);
        (string, string, string, string, KeyValuePair<string, string>[]) Crossed(string field, string message, params KeyValuePair<string, string>[] values) =>
            ($"/Incidents/{id}/Boundaries?handler=Crossed", $"#boundary-{state.BoundaryId} form", field, message, values);
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
                    var id = await client.LogIncidentAsync("The first one.", F("Input.TimeZone", "Europe/Paris"));
                    var attempt = await client.RecordRepairAsync(id, promise: "To call when late.");
                    var boundary = await client.SetBoundaryAsync(id, "Being shouted at.");
                    var plain = await client.RecordRepairAsync(id, kind: "Acknowledgment");
                    await client.CheckInAsync(id, 6, 5);
                    var ownerId = await UserIdAsync(email);
                    _state = new State(client, ownerId, id, attempt, boundary, plain, await this.LatestCheckInIdAsync(ownerId));
                }
                return _state;
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    // PlainAttemptId: a repair attempt without a promise, to add one to.
    public sealed record State(HttpClient Client, string OwnerId, Guid IncidentId, Guid AttemptId, Guid BoundaryId, Guid PlainAttemptId, Guid CheckInId);
}
