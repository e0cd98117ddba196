using System.Net;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HurtHealing.Web.Tests.Account;

/// <summary>
/// Each instance keeps the sessions it has read in memory; a session ended anywhere (on another instance, or
/// in the database itself) is refused by every instance on its next request.
/// </summary>
public class SessionCacheTests(AppFactory factory) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private static readonly Uri Site = new("http://localhost/");
    private SecondInstance? _second;
    private SecondInstance B => _second!;

    public async Task InitializeAsync()
    {
        // The first instance creates the key ring's certificate the second one reads.
        _ = factory.Server;
        _second = new SecondInstance(factory);
        _ = B.Server;
        await SessionCacheWait.UntilListeningAsync(factory.Services);
        await SessionCacheWait.UntilListeningAsync(B.Services);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
    }

    public static TheoryData<string> Endings => ["sign-out", "quick exit", "password change", "account deletion"];

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task A_session_ended_on_one_instance_is_refused_by_the_other_on_its_next_request(string ending)
    {
        var (a, cookie, key) = await SignedInOnAAsync();
        var b = B.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using (var before = await b.GetWithCookieAsync("/Account/Manage", cookie))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }
        // B now answers for this session from memory: what follows shows it is told, not that it asked.
        Assert.True(CacheOf(B).TryGet(key, out _));

        using (var ended = await EndAsync(a, ending))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        using var after = await b.GetWithCookieAsync("/Account/Manage", cookie);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location?.RelativeTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_deleted_in_the_database_is_refused_by_both_instances()
    {
        var (a, cookie, key) = await SignedInOnAAsync();
        var b = B.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using (var before = await b.GetWithCookieAsync("/Account/Manage", cookie))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }
        Assert.True(await a.IsSignedInAsync());
        Assert.True(CacheOf(factory.Services).TryGet(key, out _));
        Assert.True(CacheOf(B).TryGet(key, out _));

        // The way the app revokes every session of a person, but written by hand: no app code runs.
        var userId = await factory.QueryAsync(db => Task.FromResult(db.UserSessions.Single(s => s.Id == key).UserId));
        var sessions = await factory.SessionCountAsync(userId);
        await using (var connection = new NpgsqlConnection(factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand("""DELETE FROM user_sessions WHERE "UserId" = @user""", connection);
            delete.Parameters.AddWithValue("user", userId);
            Assert.Equal(sessions, await delete.ExecuteNonQueryAsync());
        }
        // Each instance has heard everything committed before this point (what a revoking request waits for).
        await SessionCacheWait.UntilDeliveredAsync(factory.Services);
        await SessionCacheWait.UntilDeliveredAsync(B.Services);

        Assert.False(await a.IsSignedInAsync());
        using var onB = await b.GetWithCookieAsync("/Account/Manage", cookie);
        Assert.Equal(HttpStatusCode.Redirect, onB.StatusCode);
    }

    [Fact]
    public async Task A_session_in_use_is_served_from_memory_and_its_ticket_is_not_shared_between_requests()
    {
        var (a, _, key) = await SignedInOnAAsync();
        Assert.True(await a.IsSignedInAsync());
        Assert.True(CacheOf(factory.Services).TryGet(key, out var cached));

        Assert.True(await a.IsSignedInAsync());
        Assert.True(CacheOf(factory.Services).TryGet(key, out var again));

        Assert.Same(cached, again);
        Assert.NotSame(cached.Copy().Principal, cached.Copy().Principal);
    }

    [Fact]
    public async Task A_time_zone_saved_on_one_instance_is_the_one_the_other_shows_on_its_next_request()
    {
        var (a, cookie, key) = await SignedInOnAAsync();
        var b = B.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        const string Tokyo = "<option value=\"Asia/Tokyo\" selected=\"selected\">";
        using (var before = await b.GetWithCookieAsync("/Account/Manage/TimeZone", cookie))
        {
            Assert.DoesNotContain(Tokyo, await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // B answers for this session, and the zone that came with it, from memory.
        Assert.True(CacheOf(B).TryGet(key, out _));

        using (var saved = await a.SubmitFormAsync("/Account/Manage/TimeZone", new Dictionary<string, string> { ["Input.TimeZone"] = "Asia/Tokyo" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        await SessionCacheWait.UntilDeliveredAsync(B.Services);
        Assert.False(CacheOf(B).TryGet(key, out _));

        using var after = await b.GetWithCookieAsync("/Account/Manage/TimeZone", cookie);
        Assert.Contains(Tokyo, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var onA = await a.GetAsync("/Account/Manage/TimeZone");
        Assert.Contains(Tokyo, await onA.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(HttpClient A, string Cookie, string Key)> SignedInOnAAsync()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var (a, jar) = factory.CreateClientWithCookieJar();
        using (var signIn = await a.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var session = jar.GetCookies(Site)[AccountTestKit.SessionCookie]!;
        var cookie = $"{session.Name}={session.Value}";
        return (a, cookie, factory.SessionKeyOf(cookie));
    }

    private static Task<HttpResponseMessage> EndAsync(HttpClient a, string ending) => ending switch
    {
        "sign-out" => a.PostFormAsync("/", [], "form#sign-out"),
        "quick exit" => a.PostFormAsync("/", [], "form#quick-exit"),
        "password change" => a.SubmitFormAsync("/Account/Manage/ChangePassword",
            new Dictionary<string, string> { ["Input.Password"] = Accounts.Password, ["Input.NewPassword"] = "a different river entirely" }),
        "account deletion" => a.SubmitFormAsync("/Account/Manage/DeleteAccount",
            new Dictionary<string, string> { ["Input.Password"] = Accounts.Password, ["Input.Confirmation"] = "delete" }),
        _ => throw new ArgumentOutOfRangeException(nameof(ending)),
    };

    private static SessionChanges CacheOf(WebApplicationFactory<Program> instance) => CacheOf(instance.Services);

    private static SessionChanges CacheOf(IServiceProvider services) => services.GetRequiredService<SessionChanges>();
}

/// <summary>While its LISTEN connection is gone, an instance reads every session from the database.</summary>
public class SessionListenerLossTests(SessionListenerLossTests.SlowToReconnectFactory factory)
    : IClassFixture<SessionListenerLossTests.SlowToReconnectFactory>
{
    public sealed class SlowToReconnectFactory : AppFactory
    {
        // Stays deaf for the whole test once its connection is cut.
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("Sessions:ListenRetrySeconds", "3600")];
    }

    [Fact]
    public async Task Without_its_listen_connection_an_instance_reads_sessions_from_the_database()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        string cookie;
        using (var signIn = await client.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            cookie = AccountTestKit.CookiePair(signIn, AccountTestKit.SessionCookie);
        }
        var key = factory.SessionKeyOf(cookie);
        var changes = factory.Services.GetRequiredService<SessionChanges>();
        await SessionCacheWait.UntilListeningAsync(factory.Services);
        Assert.True(await client.IsSignedInAsync());
        Assert.True(changes.TryGet(key, out _));

        await using (var connection = new NpgsqlConnection(factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var cut = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()",
                connection);
            cut.Parameters.AddWithValue("name", SessionChangeListener.ApplicationName);
            Assert.Equal(1L, await cut.ExecuteScalarAsync());
        }
        await SessionCacheWait.UntilAsync(() => !changes.IsListening, "the instance noticing its LISTEN connection is gone");
        Assert.False(changes.TryGet(key, out _));

        // Announced to no one: only a read of the database can find out.
        await using (var connection = new NpgsqlConnection(factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand("""DELETE FROM user_sessions WHERE "Id" = @key""", connection);
            delete.Parameters.AddWithValue("key", key);
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        Assert.False(await client.IsSignedInAsync());
        // Sessions still work, each read from the database, and none is kept in memory.
        var again = factory.CreateBrowserLikeClient();
        using (var signIn = await again.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        Assert.True(await again.IsSignedInAsync());
        Assert.True(await again.IsSignedInAsync());
        Assert.Equal(0, changes.Count);
    }
}

internal static class SessionCacheWait
{
    // A bound on waiting for something the app does in the background, not a measure of its speed.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static Task UntilListeningAsync(IServiceProvider services)
    {
        var changes = services.GetRequiredService<SessionChanges>();
        return UntilAsync(() => changes.IsListening, "the instance's LISTEN connection");
    }

    public static async Task UntilDeliveredAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await services.GetRequiredService<SessionChanges>().AwaitDeliveryAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!condition())
        {
            try
            {
                await Task.Delay(20, patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"Gave up waiting for {what}.");
            }
        }
    }
}
