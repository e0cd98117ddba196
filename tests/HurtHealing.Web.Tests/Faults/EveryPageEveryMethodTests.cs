using System.Net;
using HurtHealing.Web.Tests.Healing;
using HurtHealing.Web.Tests.Infrastructure;
using HurtHealing.Web.Tests.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Faults;

/// <summary>
/// Every page the app maps (read from its endpoint data source, so a new page is walked without being listed),
/// with every HTTP method and with a handler name no page has, signed in and signed out: never a 5xx.
/// A request no handler fits answers 404 (unknown handler name) or 405 (method), never the page unloaded.
/// </summary>
public class EveryPageEveryMethodTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private static readonly HttpMethod[] Methods =
    [
        HttpMethod.Get, HttpMethod.Head, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch,
        HttpMethod.Options, HttpMethod.Trace, new("PROPFIND"),
    ];

    private const string UnknownHandler = "NoSuchHandler";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task No_page_answers_5xx_to_any_method_or_an_unknown_handler(bool signedIn)
    {
        var (owner, email) = await factory.SignedInWithEmailAsync();
        var incident = await owner.LogIncidentWithNeedAsync();
        var plan = await owner.BuildWholePlanAsync(incident);
        var attempt = await owner.RecordRepairAsync(incident, promise: "Ask before deciding for both of us.");
        var need = (await owner.GetDocumentAsync($"/Incidents/Needs/{incident}")).QuerySelector($"a[href^='/Incidents/{incident}/Needs/']")!
            .GetAttribute("href")!.Split('/')[^1];
        var boundary = await owner.SetBoundaryAsync(incident, "Deciding for both of us.");
        await owner.CheckInAsync(incident, 5, 4);
        var checkIn = await factory.LatestCheckInIdAsync(await factory.UserIdAsync(email));
        using var passkey = await owner.AddPasskeyAsync();
        var client = signedIn ? owner : factory.CreateBrowserLikeClient();
        var token = await TokenAsync(client, signedIn ? "/Incidents/Log" : "/Account/Login");

        var pages = Pages();
        Assert.Contains(pages, p => p.Route == "Plans/{id:guid}/Before");
        var failures = new List<string>();
        var sent = 0;
        foreach (var (route, page) in pages)
        {
            var path = "/" + route.Replace("{id:guid}", (route.StartsWith("Plans/", StringComparison.Ordinal) ? plan : incident).ToString(), StringComparison.Ordinal)
                .Replace("{incidentId:guid}", incident.ToString(), StringComparison.Ordinal)
                .Replace("{attemptId:guid}", attempt.ToString(), StringComparison.Ordinal)
                .Replace("{needId:guid}", need, StringComparison.Ordinal)
                .Replace("{boundaryId:guid}", boundary.ToString(), StringComparison.Ordinal)
                .Replace("{checkInId:guid}", checkIn.ToString(), StringComparison.Ordinal)
                .Replace("{id}", passkey.Id, StringComparison.Ordinal);
            Assert.DoesNotContain('{', path);
            foreach (var method in Methods)
            {
                foreach (var handler in new string?[] { null, UnknownHandler })
                {
                    if (handler is null && !IsSafe(method) && page.HandlerMethods.Any(h => h.Name is null && h.HttpMethod.Equals(method.Method, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue; // a real handler with an empty form: the bad-input catalogues cover those, field by field
                    }
                    using var request = new HttpRequestMessage(method, handler is null ? path : $"{path}?handler={handler}");
                    if (!IsSafe(method))
                    {
                        request.Content = new FormUrlEncodedContent([F("__RequestVerificationToken", token)]);
                    }
                    using var response = await client.SendAsync(request);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method} {request.RequestUri}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(sent > 500, $"Only {sent} requests were sent.");
        if (signedIn)
        {
            Assert.True(await client.IsSignedInAsync(), "The walk signed the person out, so most pages were not reached.");
        }
    }

    [Theory]
    [InlineData("POST", "/Incidents/{0}", "GET, HEAD")]
    [InlineData("POST", "/Plans/{1}", "GET, HEAD")]
    [InlineData("POST", "/Plans/{1}/Before", "GET, HEAD")]
    [InlineData("POST", "/Account/Manage/ShowRecoveryCodes", "GET, HEAD")]
    [InlineData("PUT", "/Incidents/Log", "GET, HEAD, POST")]
    [InlineData("DELETE", "/Incidents/Edit/{0}", "GET, HEAD, POST")]
    public async Task A_method_a_page_does_not_handle_answers_405_with_what_it_allows(string method, string template, string allowed)
    {
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentWithNeedAsync();
        var plan = await client.StartPlanAsync(incident);
        var token = await TokenAsync(client, "/Incidents/Log");
        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, template, incident, plan))
        {
            Content = new FormUrlEncodedContent([F("__RequestVerificationToken", token)]),
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
        Assert.Contains("That request didn't work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/Incidents/{0}?handler=Nope")]
    [InlineData("GET", "/Incidents?handler=Nope")]
    [InlineData("POST", "/Plans/{1}/Opening?handler=Nope")]
    [InlineData("POST", "/Incidents/Log?handler=Nope")]
    public async Task A_handler_name_a_page_does_not_have_answers_404(string method, string template)
    {
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentWithNeedAsync();
        var plan = await client.StartPlanAsync(incident);
        var token = await TokenAsync(client, "/Incidents/Log");
        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, template, incident, plan));
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([F("__RequestVerificationToken", token)]);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We can't find that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The passkey handlers are named handlers the walk above leaves to their own tests; here each gets an empty
    /// post and a broken one, signed in and out: a refusal or a redirect, never a 5xx, and nobody signed in.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Passkey_handlers_answer_empty_and_broken_posts_without_5xx(bool signedIn)
    {
        var (owner, _) = await factory.SignedInWithEmailAsync();
        using var passkey = await owner.AddPasskeyAsync();
        var client = signedIn ? owner : factory.CreateBrowserLikeClient();
        var token = await TokenAsync(client, signedIn ? "/Incidents/Log" : "/Account/Login");
        string[] urls =
        [
            "/Account/Login?handler=PasskeyOptions", "/Account/Login?handler=Passkey",
            "/Account/Manage/Passkeys?handler=Options", "/Account/Manage/Passkeys", $"/Account/Manage/RemovePasskey/{passkey.Id}",
            "/Account/Manage/RemovePasskey/%20", "/Account/Manage/RemovePasskey/not*base64", $"/Account/Manage/RemovePasskey/{new string('A', 5000)}",
        ];
        KeyValuePair<string, string>[][] bodies =
        [
            [],
            [F("credentialJson", "{"), F("Input.CredentialJson", "{"), F("Input.Name", "x"), F("Input.Password", "y")],
            [F("credentialJson", "{\"response\":{\"clientDataJSON\":\"@@\"}}"), F("Input.CredentialJson", "[1,2]"), F("Input.Name", new string('n', 500))],
        ];
        var failures = new List<string>();
        foreach (var url in urls)
        {
            foreach (var body in bodies)
            {
                using var content = new FormUrlEncodedContent([.. body, F("__RequestVerificationToken", token)]);
                using var response = await client.PostAsync(url, content);
                if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.OK && url.Contains("handler=Passkey", StringComparison.Ordinal) && !url.Contains("Options", StringComparison.Ordinal))
                {
                    failures.Add($"POST {url} ({body.Length} fields): {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(signedIn, await client.IsSignedInAsync());
    }

    /// <summary>The offline app's named GET handlers (the queue key, the log form's empty template), every method, signed in and out.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Offline_handlers_answer_every_method_without_5xx(bool signedIn)
    {
        var owner = await factory.SignedInClientAsync();
        var client = signedIn ? owner : factory.CreateBrowserLikeClient();
        var token = await TokenAsync(client, signedIn ? "/Incidents/Log" : "/Account/Login");
        var failures = new List<string>();
        foreach (var url in new[] { "/Offline?handler=Key", "/Incidents/Log?handler=Template", "/Offline" })
        {
            foreach (var method in Methods)
            {
                using var request = new HttpRequestMessage(method, url);
                if (!IsSafe(method))
                {
                    request.Content = new FormUrlEncodedContent([F("__RequestVerificationToken", token)]);
                }
                using var response = await client.SendAsync(request);
                var expected = method == HttpMethod.Get || method == HttpMethod.Head
                    ? signedIn ? HttpStatusCode.OK : HttpStatusCode.Redirect
                    : (HttpStatusCode?)null;
                if ((int)response.StatusCode >= 500 || expected is { } status && response.StatusCode != status)
                {
                    failures.Add($"{method} {url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private List<(string Route, CompiledPageActionDescriptor Page)> Pages() =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Route: e.RoutePattern.RawText ?? "", Page: e.Metadata.GetMetadata<CompiledPageActionDescriptor>()))
            .Where(e => e.Page is not null)
            .Select(e => (e.Route, e.Page!))
            .OrderBy(e => e.Route, StringComparer.Ordinal),
    ];

    private static bool IsSafe(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace;

    private static async Task<string> TokenAsync(HttpClient client, string page) =>
        (await client.GetDocumentAsync(page)).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
}
