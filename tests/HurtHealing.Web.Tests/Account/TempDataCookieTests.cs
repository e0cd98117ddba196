using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

/// <summary>The TempData cookie travels only when there is a message to carry, or one to clear.</summary>
public class TempDataCookieTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    [Fact]
    public async Task A_page_with_a_TempData_property_and_nothing_to_keep_sends_no_TempData_cookie()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Nothing to carry here.");
        using (var first = await client.GetAsync($"/Incidents/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        foreach (var path in new[] { "/Incidents", $"/Incidents/{id}", "/Journal" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(AccountTestKit.SetCookieHeaders(response), c => c.StartsWith(TempDataCookie, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_message_is_carried_once_and_its_cookie_cleared_when_shown()
    {
        var client = await factory.SignedInClientAsync();
        using var logged = await client.SubmitFormAsync("/Journal/Write", new Dictionary<string, string> { ["Input.Text"] = "A quiet note." });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Contains(AccountTestKit.SetCookieHeaders(logged), c => c.StartsWith(TempDataCookie + "=", StringComparison.Ordinal)
                                                                     && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

        using var shown = await client.GetAsync(logged.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(AccountTestKit.SetCookieHeaders(shown), c => c.StartsWith(TempDataCookie + "=;", StringComparison.Ordinal)
                                                                    && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        using var again = await client.GetAsync(logged.Headers.Location!.OriginalString);
        Assert.DoesNotContain(AccountTestKit.SetCookieHeaders(again), c => c.StartsWith(TempDataCookie, StringComparison.Ordinal));
    }
}
