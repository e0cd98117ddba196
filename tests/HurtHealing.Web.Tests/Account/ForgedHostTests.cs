using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HurtHealing.Web.Tests.Account;

/// <summary>A reset or confirmation link must never point where a forged Host header says.</summary>
public class ForgedHostTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_forged_host_is_refused_and_no_mail_is_sent()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var before = factory.Mailbox.MessagesTo(email).Count;

        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        using var response = await attacker.PostAsync("/Account/ForgotPassword",
            new FormUrlEncodedContent([new("Input.Email", email)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, factory.Mailbox.MessagesTo(email).Count);
    }

    [Fact]
    public async Task Reset_links_start_with_the_public_address()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();

        using var asked = await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var link = factory.Mailbox.LatestAbsoluteLinkTo(email);
        Assert.Equal(AppFactory.PublicBaseUrl + "/Account/ResetPassword", link.GetLeftPart(UriPartial.Path));
    }
}

/// <summary>Even where every host is let through (Development), links come from the configured address.</summary>
public class ForgedHostWithEveryHostAllowedTests(ForgedHostWithEveryHostAllowedTests.EveryHostAllowed factory)
    : IClassFixture<ForgedHostWithEveryHostAllowedTests.EveryHostAllowed>
{
    public sealed class EveryHostAllowed : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
            builder.UseSetting("AllowedHosts", "*");
        }
    }

    [Fact]
    public async Task A_forged_host_on_forgot_password_still_mails_a_link_to_the_public_address()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://evil.example"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

        using var asked = await attacker.SubmitFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var link = factory.Mailbox.LatestAbsoluteLinkTo(email);
        Assert.Equal(new Uri(AppFactory.PublicBaseUrl).Host, link.Host);
        Assert.StartsWith(AppFactory.PublicBaseUrl + "/Account/ResetPassword?code=", link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_host_on_sign_up_still_mails_a_confirmation_link_to_the_public_address()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://evil.example"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

        using var asked = await attacker.SubmitFormAsync("/Account/ResendEmailConfirmation",
            new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var link = factory.Mailbox.LatestAbsoluteLinkTo(email);
        Assert.StartsWith(AppFactory.PublicBaseUrl + "/Account/ConfirmEmail?", link.AbsoluteUri, StringComparison.Ordinal);
    }
}

/// <summary>Outside Development the app will not start in a configuration that lets a Host header choose where links go.</summary>
public class PublicAddressStartupTests
{
    [Theory]
    [InlineData("", "localhost", "Email:PublicBaseUrl")]
    [InlineData("not a url", "localhost", "Email:PublicBaseUrl")]
    [InlineData("ftp://files.example", "files.example", "Email:PublicBaseUrl")]
    [InlineData("https://hurthealing.example", "*", "AllowedHosts")]
    [InlineData("https://hurthealing.example", "", "AllowedHosts")]
    [InlineData("https://hurthealing.example", "other.example", "AllowedHosts")]
    public void The_app_refuses_to_start(string publicBaseUrl, string allowedHosts, string named)
    {
        using var app = new UnstartedApp(publicBaseUrl, allowedHosts);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(named, AllMessages(error), StringComparison.Ordinal);
    }

    private static string AllMessages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        return string.Join(" | ", messages);
    }

    private sealed class UnstartedApp(string publicBaseUrl, string allowedHosts) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Default", "Host=127.0.0.1;Port=1;Username=nobody");
            builder.UseSetting("Email:PublicBaseUrl", publicBaseUrl);
            builder.UseSetting("AllowedHosts", allowedHosts);
        }
    }
}
