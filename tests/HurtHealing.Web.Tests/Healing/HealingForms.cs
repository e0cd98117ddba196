using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Healing;

/// <summary>Repair attempts, promises, check-ins and boundaries recorded through the real pages.</summary>
public static class HealingForms
{
    /// <summary>Records a repair attempt (with a promise when one is given) and answers its id.</summary>
    public static async Task<Guid> RecordRepairAsync(this HttpClient client, Guid incident, string by = "Partner", string kind = "Apology",
        string? promise = null, string? promiseBy = null, params KeyValuePair<string, string>[] more)
    {
        List<KeyValuePair<string, string>> fields = [F("Input.By", by), F("Input.Kind", kind), .. more];
        if (promise is not null)
        {
            fields.Add(F("Input.Promise", promise));
        }
        if (promiseBy is not null)
        {
            fields.Add(F("Input.PromiseBy", promiseBy));
        }
        using var response = await client.PostFormAsync($"/Incidents/{incident}/Repair?by={by}", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return FragmentId(response, "repair-");
    }

    public static async Task<HttpResponseMessage> FollowThroughAsync(this HttpClient client, Guid incident, Guid attempt, string status)
    {
        var page = await client.GetDocumentAsync($"/Incidents/{incident}/Repairs/{attempt}");
        return await client.PostFormAsync(page, $"/Incidents/{incident}/Repairs/{attempt}?handler=FollowThrough", [F("status", status)], "form.promise-buttons");
    }

    public static async Task CheckInAsync(this HttpClient client, Guid incident, int intensity, int resentment, params KeyValuePair<string, string>[] more)
    {
        using var response = await client.PostFormAsync($"/Incidents/{incident}/CheckIn",
            [F("Input.Intensity", intensity.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             F("Input.Resentment", resentment.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. more]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<Guid> SetBoundaryAsync(this HttpClient client, Guid incident, string notAccept, string? willDo = null)
    {
        List<KeyValuePair<string, string>> fields = [F("Input.WhatIWillNotAccept", notAccept)];
        if (willDo is not null)
        {
            fields.Add(F("Input.WhatIWillDo", willDo));
        }
        using var response = await client.PostFormAsync($"/Incidents/{incident}/Boundaries", fields, "#boundary-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return FragmentId(response, "boundary-");
    }

    public static async Task<HttpResponseMessage> MarkCrossedAsync(this HttpClient client, Guid incident, Guid boundary, string? date = null)
    {
        var page = await client.GetDocumentAsync($"/Incidents/{incident}/Boundaries");
        return await client.PostFormAsync(page, $"/Incidents/{incident}/Boundaries?handler=Crossed",
            date is null ? [] : [F("Crossed.Date", date)], $"#boundary-{boundary} form");
    }

    /// <summary>"Don't ask about this one again", posted with a token from the check-in page (the invitation shows only when one is due).</summary>
    public static async Task<HttpResponseMessage> DismissInvitationAsync(this HttpClient client, Guid incident)
    {
        var page = await client.GetDocumentAsync($"/Incidents/{incident}/CheckIn");
        return await client.PostFormAsync(page, $"/Incidents/{incident}/CheckIn?handler=Dismiss", []);
    }

    /// <summary>The id of the person's latest check-in (the check-in form goes back to the incident, not to the check-in).</summary>
    public static async Task<Guid> LatestCheckInIdAsync(this IncidentsFactory factory, string ownerId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT \"Id\" FROM check_ins WHERE \"OwnerId\" = @owner ORDER BY \"CheckedInAt\" DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("owner", ownerId);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    public static Guid FragmentId(HttpResponseMessage response, string prefix)
    {
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No redirect.");
        var fragment = location.Split('#', 2)[1];
        Assert.StartsWith(prefix, fragment, StringComparison.Ordinal);
        return Guid.Parse(fragment[prefix.Length..]);
    }
}
