using System.Net;
using AngleSharp.Html.Dom;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Incidents;

/// <summary>
/// Posts a page's form like a browser, where one name may carry several values (checked chips).
/// Fields named in <c>values</c> replace the form's own values for that name; other fields keep theirs.
/// </summary>
public static class IncidentForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url,
        IEnumerable<KeyValuePair<string, string>> values, string formSelector = "main form[method=post]", bool multipart = false)
    {
        var document = await client.GetDocumentAsync(url);
        return await client.PostFormAsync(document, url, values, formSelector, multipart);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlDocument document, string url,
        IEnumerable<KeyValuePair<string, string>> values, string formSelector = "main form[method=post]", bool multipart = false)
    {
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {url}.");
        var overrides = values.ToList();
        var named = overrides.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !named.Contains(input.Name):
                    if (input.Type is "submit" or "button" or "image" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
                    {
                        break;
                    }
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !named.Contains(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !named.Contains(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }
        fields.AddRange(overrides.Where(v => v.Value != Omit));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        using HttpContent content = multipart ? Multipart(fields) : new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, content);
    }

    // ASP.NET Core's url-encoded form reader refuses %00 before any page code runs; multipart carries it to the validators.
    private static MultipartFormDataContent Multipart(List<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        return content;
    }

    /// <summary>A value that stops the form's own values for that name from being sent, and is not sent itself.</summary>
    public const string Omit = "\u0001omit";

    public static KeyValuePair<string, string> F(string name, string value) => new(name, value);

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
