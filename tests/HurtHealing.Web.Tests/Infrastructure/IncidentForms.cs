using System.Net;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>Incidents logged through the real pages, and signed-in clients to log them with.</summary>
public static class IncidentForms
{
    public static KeyValuePair<string, string> F(string name, string value) => HtmlForms.F(name, value);

    /// <summary>Logs an incident through the log page and answers its id.</summary>
    public static async Task<Guid> LogIncidentAsync(this HttpClient client, string whatHappened, params KeyValuePair<string, string>[] more)
    {
        using var response = await client.PostFormAsync("/Incidents/Log", [F("Input.WhatHappened", whatHappened), .. more]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    public static Guid IdFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No redirect.");
        Assert.StartsWith("/Incidents/", location, StringComparison.Ordinal);
        var path = location.Split('?')[0];
        return Guid.Parse(path["/Incidents/".Length..]);
    }

    public static async Task<HttpClient> SignedInClientAsync(this AppFactory factory)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();
        return client;
    }

    public static async Task<(HttpClient Client, string Email)> SignedInWithEmailAsync(this AppFactory factory)
    {
        var client = factory.CreateBrowserLikeClient();
        var email = await client.RegisterAsync();
        return (client, email);
    }
}
