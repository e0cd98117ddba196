using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Health;

public class HealthEndpointTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Live_answers_healthy_without_touching_the_database()
    {
        using var response = await factory.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_healthy_when_PostgreSQL_answers()
    {
        using var response = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The same app pointed at a PostgreSQL port where nothing listens.</summary>
public class UnreachableDatabaseFactory : AppFactory
{
    protected override bool MigrateDatabase => false;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("ConnectionStrings:Default", "Host=127.0.0.1;Port=1;Database=nothing;Username=nobody;Password=x;Timeout=2"),
    ];
}

public class HealthWithoutDatabaseTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task Ready_answers_503_when_the_database_cannot_be_reached_but_live_stays_healthy()
    {
        var client = factory.CreateClient();
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
