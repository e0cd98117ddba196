using System.Net;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace HurtHealing.Web.Tests.Account;

/// <summary>
/// The app with a clock the test moves. Everything that asks DI for a TimeProvider gets it: the session
/// store's idle check, the cookie handler's issue and expiry times, and Identity's security-stamp check.
/// </summary>
public sealed class FakeClockAppFactory : AppFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

public class IdleTimeoutTests(FakeClockAppFactory factory) : IClassFixture<FakeClockAppFactory>
{
    [Fact]
    public async Task A_session_unused_for_longer_than_the_idle_timeout_is_ended_on_the_server()
    {
        var (client, _, key) = await SignedInAsync();
        var session = await factory.QueryAsync(db => db.UserSessions.AsNoTracking().SingleAsync(s => s.Id == key));
        // The cookie itself would last for days: only the idle rule can end this session within the hour.
        Assert.True(session.ExpiresAt > factory.Clock.GetUtcNow().AddDays(1));

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await client.IsSignedInAsync());

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.RelativeTarget(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.UserSessions.AnyAsync(s => s.Id == key)));
    }

    [Fact]
    public async Task A_session_answered_from_memory_still_ends_when_idle()
    {
        var (client, _, key) = await SignedInAsync();
        var changes = factory.Services.GetRequiredService<SessionChanges>();
        await SessionCacheWait.UntilListeningAsync(factory.Services);
        Assert.True(await client.IsSignedInAsync());
        Assert.True(await client.IsSignedInAsync());
        Assert.True(changes.TryGet(key, out _));

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.UserSessions.AnyAsync(s => s.Id == key)));
        Assert.False(changes.TryGet(key, out _));
    }

    [Fact]
    public async Task A_session_in_use_outlives_the_idle_timeout()
    {
        var (client, _, _) = await SignedInAsync();

        for (var i = 0; i < 4; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.True(await client.IsSignedInAsync(), $"signed out after {(i + 1) * 20} busy minutes");
        }
    }

    [Fact]
    public async Task A_remembered_session_survives_an_idle_half_hour()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        using (var signIn = await client.SignInAsync(email, rememberMe: true))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.True(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task After_a_password_change_this_session_passes_the_security_stamp_check()
    {
        var (here, _, _) = await SignedInAsync();
        using (var changed = await here.SubmitFormAsync("/Account/Manage/ChangePassword",
                   new Dictionary<string, string> { ["Input.Password"] = Accounts.Password, ["Input.NewPassword"] = "a different river entirely" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }
        // A control: someone whose stamp changed without their session being refreshed.
        var (other, otherEmail, _) = await SignedInAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(otherEmail))!);
        }

        // Identity re-checks the stamp once a ticket is older than 30 minutes; keep both sessions busy until then.
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await here.IsSignedInAsync());
        Assert.True(await other.IsSignedInAsync());
        factory.Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.True(await here.IsSignedInAsync());
        Assert.False(await other.IsSignedInAsync());
    }

    private async Task<(HttpClient Client, string Email, string SessionKey)> SignedInAsync()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        using var signIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (client, email, factory.SessionKeyOf(AccountTestKit.CookiePair(signIn, AccountTestKit.SessionCookie)));
    }
}
