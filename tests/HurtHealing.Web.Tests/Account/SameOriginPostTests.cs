using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

/// <summary>
/// Quick exit and sign-out, the two forms on every page, carry no antiforgery token: the browser's Sec-Fetch-Site
/// and Origin headers say whether a post came from this site. A post from another site is refused and changes
/// nothing; the app's own pages (with or without script, in old browsers too) sign out at once.
/// </summary>
public class SameOriginPostTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_page_without_a_form_of_its_own_mints_no_antiforgery_token_and_still_offers_both_forms()
    {
        var client = await factory.SignedInClientAsync();

        using var response = await client.GetAsync("/Journal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith(AccountTestKit.AntiforgeryCookie + "=", StringComparison.Ordinal));
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("form#quick-exit[method=post][action='/QuickExit']"));
        Assert.NotNull(page.QuerySelector("form#sign-out[method=post][action='/Account/Logout']"));
    }

    public static TheoryData<string, string, string> CrossOrigin => new()
    {
        { "/Account/Logout", "Sec-Fetch-Site", "cross-site" },
        { "/Account/Logout", "Sec-Fetch-Site", "same-site" },
        { "/Account/Logout", "Origin", "https://attacker.example" },
        { "/Account/Logout", "Origin", "http://evil.localhost" },
        { "/QuickExit", "Sec-Fetch-Site", "cross-site" },
        { "/QuickExit", "Origin", "https://attacker.example" },
    };

    [Theory]
    [MemberData(nameof(CrossOrigin))]
    public async Task A_post_from_another_site_is_refused_and_the_person_stays_signed_in(string endpoint, string header, string value)
    {
        var client = await factory.SignedInClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent([]) };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await client.IsSignedInAsync());
    }

    public static TheoryData<string, string?, string?> SameOrigin => new()
    {
        // A current browser: Fetch Metadata says same-origin (and Origin is "null" under Referrer-Policy: no-referrer).
        { "/Account/Logout", "same-origin", "null" },
        { "/QuickExit", "same-origin", "null" },
        { "/QuickExit", "same-origin", "http://localhost" },
        // A browser from before Fetch Metadata: Origin only, ours or "null".
        { "/Account/Logout", null, "http://localhost" },
        { "/QuickExit", null, "null" },
        // No header at all: a very old browser, or a form posted without script by one.
        { "/Account/Logout", null, null },
        { "/QuickExit", null, null },
    };

    [Theory]
    [MemberData(nameof(SameOrigin))]
    public async Task A_post_from_this_site_signs_out_at_once_without_a_token(string endpoint, string? fetchSite, string? origin)
    {
        var client = await factory.SignedInClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent([]) };
        if (fetchSite is not null)
        {
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", fetchSite);
        }
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(endpoint == "/QuickExit" ? TestApp.NeutralSite : "/Account/SignedOut", response.Headers.Location!.OriginalString);
        Assert.Contains("\"storage\"", string.Join(",", response.Headers.GetValues("Clear-Site-Data")), StringComparison.Ordinal);
        Assert.False(await client.IsSignedInAsync());
    }

    [Theory]
    [InlineData("/Account/Logout")]
    [InlineData("/QuickExit")]
    public async Task A_post_that_ends_no_session_clears_nothing_on_the_device(string endpoint)
    {
        // What a forged post from an old browser looks like once SameSite=Lax has kept the session cookie back.
        var client = factory.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent([]) };
        request.Headers.TryAddWithoutValidation("Origin", "null");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Clear-Site-Data"));
    }
}
