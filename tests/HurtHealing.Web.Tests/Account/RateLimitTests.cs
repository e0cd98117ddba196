using System.Net;
using HurtHealing.Web.Infrastructure.Limits;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Web.Tests.Account;

/// <summary>The app with small request limits per IP address (every test request comes from the same one).</summary>
public sealed class PerIpLimitFactory : AppFactory
{
    public const int Burst = 6;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Limits:PerIp:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Limits:PerIp:PerMinute", "1"),
    ];
}

/// <summary>The app with small request limits per email posted, and roomy ones per IP.</summary>
public sealed class PerAccountLimitFactory : AppFactory
{
    public const int Burst = 3;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Limits:PerAccount:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Limits:PerAccount:PerMinute", "1"),
    ];
}

public class PerIpRateLimitTests(PerIpLimitFactory factory) : IClassFixture<PerIpLimitFactory>
{
    [Fact]
    public async Task A_burst_of_sign_in_posts_from_one_address_gets_429_a_retry_after_and_a_calm_page_that_says_when()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync("/Account/Login");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < PerIpLimitFactory.Burst + 2 && refused is null; i++)
        {
            // A different email each time: only the per-IP limit can stop these.
            var response = await client.SubmitFormAsync(page, "/Account/Login",
                new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = "a guess that is wrong" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, PerIpLimitFactory.Burst), statuses.Take(PerIpLimitFactory.Burst));
        Assert.NotNull(refused);
        using (refused)
        {
            var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 1, 60);
            Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("default-src", string.Join(";", refused.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            var calm = await HtmlForms.ParseAsync(refused);
            Assert.Equal("Let's pause for a moment", calm.QuerySelector("h1")?.TextContent);
            Assert.Contains($"Please try again in {AttemptWording.Describe(TimeSpan.FromSeconds(retryAfter))}.", calm.VisibleText(), StringComparison.Ordinal);
            Assert.Null(calm.QuerySelector("[style]"));
            Assert.Null(calm.QuerySelector("script"));
        }

        // Reading a page is never limited, only posting its form.
        using var read = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}

public class PerAccountRateLimitTests(PerAccountLimitFactory factory) : IClassFixture<PerAccountLimitFactory>
{
    [Fact]
    public async Task Posts_naming_one_email_are_limited_whatever_the_form_while_other_emails_go_through()
    {
        var email = Accounts.NewEmail();
        var forms = new[] { "/Account/ForgotPassword", "/Account/ResendEmailConfirmation", "/Account/Login" };
        var statuses = new List<HttpStatusCode>();
        foreach (var form in forms.Concat(forms))
        {
            using var response = await factory.CreateBrowserLikeClient().SubmitFormAsync(form,
                new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "a guess that is wrong" });
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(PerAccountLimitFactory.Burst));
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.TooManyRequests, statuses.Count - PerAccountLimitFactory.Burst), statuses.Skip(PerAccountLimitFactory.Burst));
        using var other = await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail() });
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task The_owners_known_device_has_its_own_allowance_when_a_stranger_has_used_up_the_emails()
    {
        var owner = factory.CreateBrowserLikeClient();
        var email = await owner.RegisterAsync();
        await owner.SignOutAsync();
        for (var i = 0; i <= PerAccountLimitFactory.Burst; i++)
        {
            using var stranger = await factory.CreateBrowserLikeClient().SignInAsync(email, "a guess that is wrong");
        }
        using (var strangerAgain = await factory.CreateBrowserLikeClient().SignInAsync(email, "a guess that is wrong"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, strangerAgain.StatusCode);
        }

        using var ownerSignIn = await owner.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, ownerSignIn.StatusCode);
    }
}

public class RateLimitedPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public void Every_form_that_can_guess_a_secret_or_send_an_email_is_rate_limited()
    {
        var limited = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<AccountFormLimitsAttribute>() is not null)
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            [
                "/Account/ForgotPassword", "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode",
                "/Account/Register", "/Account/ResendEmailConfirmation", "/Account/ResetPassword",
            ],
            limited);
    }
}
