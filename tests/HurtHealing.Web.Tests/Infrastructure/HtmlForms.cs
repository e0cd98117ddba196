using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>Loads pages and submits their forms the way a browser would, antiforgery token included.</summary>
public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Fills <paramref name="values"/> into the form matched by <paramref name="formSelector"/> on
    /// <paramref name="url"/> (other fields keep their values, hidden fields included) and posts it;
    /// <paramref name="submitName"/> adds that button's value as a browser does.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url,
        IReadOnlyDictionary<string, string> values, string formSelector = "main form[method=post]", string? submitName = null)
    {
        var document = await client.GetDocumentAsync(url);
        return await client.SubmitFormAsync(document, url, values, formSelector, submitName);
    }

    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IHtmlDocument document, string pageUrl,
        IReadOnlyDictionary<string, string> values, string formSelector = "main form[method=post]", string? submitName = null)
    {
        List<KeyValuePair<string, string>> fields = [.. values];
        if (submitName is not null)
        {
            var button = document.QuerySelector(formSelector)?.QuerySelector<IHtmlButtonElement>($"button[name='{submitName}']");
            fields.Add(new(submitName, button?.Value ?? ""));
        }
        return client.PostFormAsync(document, pageUrl, fields, formSelector);
    }

    /// <summary>
    /// Posts a page's form like a browser, where one name may carry several values (checked chips).
    /// Fields named in <c>values</c> replace the form's own values for that name; other fields keep theirs.
    /// </summary>
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

    /// <summary>The message shown beside a field, found by its id ("{field id}-error"), or "" when there is none.</summary>
    public static string MessageBeside(this IHtmlDocument document, string fieldName) =>
        document.GetElementById(Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(fieldName, "_") + "-error")?.TextContent.Trim() ?? "";
}
