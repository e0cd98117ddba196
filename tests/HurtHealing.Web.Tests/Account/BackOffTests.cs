using System.Net;
using HurtHealing.Web.Infrastructure.Limits;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Web.Tests.Account;

public class BackOffTests(FakeClockAppFactory factory) : IClassFixture<FakeClockAppFactory>
{
    [Fact]
    public async Task After_the_wait_it_names_the_right_password_works_again()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var client = factory.CreateBrowserLikeClient();
        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await client.SignInAsync(email, $"not my password, try {i}");
        }
        using (var paused = await client.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.BadRequest, paused.StatusCode);
            Assert.EndsWith("Please try again in about 48 seconds.", (await HtmlForms.ParseAsync(paused)).ErrorSummary(), StringComparison.Ordinal);
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(48));
        using var right = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task No_hour_holds_more_than_100_wrong_tries_for_one_account_from_strangers_and_known_devices_together()
    {
        var email = Accounts.NewEmail();
        var granted = new Dictionary<bool, int> { [false] = 0, [true] = 0 };
        await using var scope = factory.Services.CreateAsyncScope();
        var backOff = scope.ServiceProvider.GetRequiredService<SignInBackOff>();

        // One try from each lane every 6 seconds for an hour, none of them right (nothing is given back).
        for (var second = 0; second < 3600; second += 6)
        {
            foreach (var knownDevice in new[] { false, true })
            {
                var ticket = await backOff.TryTakeAsync(GuardedStep.Password, email, knownDevice, CancellationToken.None);
                granted[knownDevice] += ticket.Granted ? 1 : 0;
            }
            factory.Clock.Advance(TimeSpan.FromSeconds(6));
        }

        Assert.InRange(granted[false] + granted[true], 90, LimitsOptions.MaxFailuresPerHour);
        Assert.InRange(granted[false], 75, 80);
        Assert.InRange(granted[true], 15, 20);
    }
}
