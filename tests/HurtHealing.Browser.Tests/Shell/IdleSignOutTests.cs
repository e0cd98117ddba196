using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Shell;

[Collection(BrowserGroup.Name)]
public class IdleSignOutTests(BrowserFixture browser)
{
    [Fact]
    public async Task After_the_idle_time_the_page_signs_out_with_a_POST_and_ends_on_the_neutral_site()
    {
        await using var session = await browser.NewSessionAsync();
        // The page's clock, moved by the test; the server's clock is real, so its own idle rule has not fired.
        await session.Context.Clock.InstallAsync();
        await session.SignUpAsync();
        await session.GoAsync("/Incidents/Log");
        var cookie = (await session.Context.CookiesAsync()).Single(c => c.Name == "hh.session");
        var posts = new List<string>();
        session.Page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                posts.Add(new Uri(request.Url).AbsolutePath);
            }
        };

        await session.Page.Clock.FastForwardAsync("30:01");
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);

        Assert.Equal(["/Account/Logout"], posts);

        // The session ended on the server: a copy of the cookie from before opens nothing.
        await using var copy = await browser.NewSessionAsync();
        await copy.Context.AddCookiesAsync([new Cookie { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path }]);
        var replayed = await copy.Context.APIRequest.GetAsync(browser.App.BaseUrl + "/Account/Manage", new() { MaxRedirects = 0 });
        Assert.Equal(302, replayed.Status);
        Assert.Empty(session.BlockedRequests);
    }
}
