using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

/// <summary>Steps of the plan builder, posted the way a browser would.</summary>
public static class PlanForms
{
    public const string StatementForm = "#statement-form";

    /// <summary>Logs an incident with a feeling and an open need, and answers its id.</summary>
    public static async Task<Guid> LogIncidentWithNeedAsync(this HttpClient client, string whatHappened = "They laughed at my cooking in front of friends.")
    {
        var id = await client.LogIncidentAsync(whatHappened, F("Input.Feelings.Chosen", "humiliated"),
            F("Input.Feelings.Intensity[humiliated]", "8"), F("Input.Feelings.Chosen", "hurt"), F("Input.Feelings.Intensity[hurt]", "6"));
        using var need = await client.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "Apology"), F("Input.ResolutionLooksLike", "A real sorry.")]);
        Assert.Equal(HttpStatusCode.Redirect, need.StatusCode);
        return id;
    }

    /// <summary>Starts (or reopens) the plan for an incident and answers the plan's id.</summary>
    public static async Task<Guid> StartPlanAsync(this HttpClient client, Guid incidentId)
    {
        // Posted directly: when a plan is in progress, the start page offers a link to it rather than this form.
        var token = (await client.GetDocumentAsync("/Incidents/Log")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([F("__RequestVerificationToken", token)]);
        using var response = await client.PostAsync($"/Plans/Start/{incidentId}", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return PlanIdFrom(response);
    }

    public static Guid PlanIdFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No redirect.");
        Assert.StartsWith("/Plans/", location, StringComparison.Ordinal);
        return Guid.Parse(location.Split('?', '#')[0]["/Plans/".Length..].Split('/')[0]);
    }

    public static async Task<HttpResponseMessage> PostStatementAsync(this HttpClient client, Guid planId,
        string? when, string? felt, string? need, string? request) =>
        await client.PostFormAsync($"/Plans/{planId}/Statements",
            [F("Input.When", when ?? ""), F("Input.Felt", felt ?? ""), F("Input.BecauseINeed", need ?? ""), F("Input.WouldYou", request ?? "")],
            StatementForm);

    /// <summary>Fills every step of a plan; answers the plan id.</summary>
    public static async Task<Guid> BuildWholePlanAsync(this HttpClient client, Guid incidentId, string words = "")
    {
        var plan = await client.StartPlanAsync(incidentId);
        await Expect(client.PostFormAsync($"/Plans/{plan}/Readiness", [.. Questions.Select(q => F($"Input.{q}", "Yes"))]));
        await Expect(client.PostFormAsync($"/Plans/{plan}/Need", [F("Input.NeedToState", $"I need to be heard {words}")]));
        await Expect(client.PostFormAsync($"/Plans/{plan}/Opening", [F("Input.OpeningLine", $"I'd like you to hear me {words}")]));
        await Expect(client.PostStatementAsync(plan, $"dinner ended early {words}", $"lonely {words}", $"closeness {words}", $"sit with me {words}"));
        await Expect(client.PostFormAsync($"/Plans/{plan}/Listen", [F("Input.ListenFor", $"What their day was like {words}")]));
        await Expect(client.PostFormAsync($"/Plans/{plan}/When", [F("Input.ProposedTime", DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd'T'19:30", System.Globalization.CultureInfo.InvariantCulture))]));
        return plan;
    }

    public static readonly string[] Questions =
        ["FeelSafe", "BodyCalm", "FedAndRested", "NeitherRushed", "Privacy", "EnoughTimePassed", "KnowWhatINeed", "PartnerLikelyCalm"];

    public static async Task Expect(Task<HttpResponseMessage> post)
    {
        using var response = await post;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
