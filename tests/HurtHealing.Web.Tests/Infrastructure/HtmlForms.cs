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
    /// <paramref name="url"/> (other fields keep their values, hidden fields included) and posts it.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url,
        IReadOnlyDictionary<string, string> values, string formSelector = "main form[method=post]", string? submitName = null)
    {
        var document = await client.GetDocumentAsync(url);
        return await client.SubmitFormAsync(document, url, values, formSelector, submitName);
    }

    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IHtmlDocument document, string pageUrl,
        IReadOnlyDictionary<string, string> values, string formSelector = "main form[method=post]", string? submitName = null)
    {
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
                   ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {pageUrl}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "submit" or "button" or "image")
                    {
                        break;
                    }
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (values.TryGetValue(input.Name, out var wanted))
                        {
                            if (input.Value == wanted || (input.Type == "checkbox" && wanted == "true" && input.Value is "true" or "on"))
                            {
                                fields.Add(new(input.Name, input.Value));
                            }
                        }
                        else if (input.IsChecked)
                        {
                            fields.Add(new(input.Name, input.Value));
                        }
                        break;
                    }
                    fields.Add(new(input.Name, values.TryGetValue(input.Name, out var v) ? v : input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, values.TryGetValue(area.Name, out var t) ? t : area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, values.TryGetValue(select.Name, out var s) ? s : select.Value ?? ""));
                    break;
            }
        }
        // Values for names the form does not have are sent too: tests use this to post what a browser could not.
        foreach (var (name, value) in values)
        {
            if (!fields.Any(f => f.Key == name))
            {
                fields.Add(new(name, value));
            }
        }
        if (submitName is not null)
        {
            var button = form.QuerySelector<IHtmlButtonElement>($"button[name='{submitName}']");
            fields.Add(new(submitName, button?.Value ?? ""));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, content);
    }

    /// <summary>The message shown beside a field, found by its id ("{field id}-error"), or "" when there is none.</summary>
    public static string MessageBeside(this IHtmlDocument document, string fieldName) =>
        document.GetElementById(Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(fieldName, "_") + "-error")?.TextContent.Trim() ?? "";
}
