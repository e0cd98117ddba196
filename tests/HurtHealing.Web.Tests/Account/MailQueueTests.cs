using System.Net;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace HurtHealing.Web.Tests.Account;

/// <summary>The app without its mail delivery service, as if it stopped before sending: emails stay in the queue.</summary>
public class NoDeliveryFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // MailDelivery is the one hosted service registered through a factory (the web host's own is registered by type).
            var delivery = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null);
            services.Remove(delivery);
        });
    }
}

public class MailThrottleTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Thirty_forgot_password_posts_for_one_address_send_three_emails()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();

        for (var i = 0; i < 30; i++)
        {
            using var asked = await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/ForgotPassword",
                new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        var resets = (await factory.Mailbox.MessagesToAsync(email)).Where(m => m.Subject == AccountEmails.PasswordResetSubject).ToList();
        Assert.Equal(3, resets.Count);
    }

    [Fact]
    public async Task A_reset_email_goes_through_the_queue_and_leaves_no_link_behind_once_sent()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();

        using var asked = await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains(await factory.Mailbox.MessagesToAsync(email), m => m.Subject == AccountEmails.PasswordResetSubject);
        var row = await factory.QueryAsync(db => db.QueuedEmails.AsNoTracking()
            .Where(e => e.Kind == EmailKind.PasswordReset).OrderByDescending(e => e.Id).FirstAsync());
        var sent = await factory.QueryAsync(db => db.QueuedEmails.AsNoTracking().SingleAsync(e => e.Id == row.Id));
        Assert.NotNull(sent.SentAt);
        Assert.Null(sent.Body);
        Assert.Null(sent.NextAttemptAt);
    }
}

public class MailQueueRestartTests(NoDeliveryFactory factory) : IClassFixture<NoDeliveryFactory>
{
    [Fact]
    public async Task A_reset_request_is_encrypted_while_it_waits_and_is_sent_by_the_next_instance_to_start()
    {
        var email = Accounts.NewEmail();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser { UserName = email, Email = email, EmailConfirmed = true }, Accounts.Password);
            Assert.True(created.Succeeded);
        }

        using (var asked = await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/ForgotPassword",
                   new Dictionary<string, string> { ["Input.Email"] = email }))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        var waiting = new List<string>();
        await using (var connection = new NpgsqlConnection(factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT q::text FROM queued_emails q WHERE \"NextAttemptAt\" IS NOT NULL UNION ALL SELECT r::text FROM password_reset_requests r", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                waiting.Add(reader.GetString(0));
            }
        }
        var row = Assert.Single(waiting);
        Assert.DoesNotContain(email, row, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ResetPassword", row, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Reset your", row, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await new Mailbox(Path.Combine(factory.WorkFolder, "mail"), _ => Task.CompletedTask).MessagesToAsync(email));

        await using var next = new NextInstance(factory);
        var mailbox = new Mailbox(Path.Combine(factory.WorkFolder, "mail"), ct => next.Services.GetRequiredService<MailDelivery>().WaitUntilDeliveredAsync(ct));
        var link = await mailbox.LatestLinkToAsync(email);
        Assert.StartsWith("/Account/ResetPassword?code=", link, StringComparison.Ordinal);

        // The link works on the instance that sent it.
        var client = next.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var reset = await client.SubmitFormAsync(link,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "a new river after the restart" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
    }

    private sealed class NextInstance(AppFactory first) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", first.Database.ConnectionString);
            builder.UseSetting("DataProtection:CertificatePath", Path.Combine(first.WorkFolder, "keys", "dp.crt"));
            builder.UseSetting("DataProtection:KeyPath", Path.Combine(first.WorkFolder, "keys", "dp.key"));
            builder.UseSetting("DataProtection:CreateCertificateIfMissing", "false");
            builder.UseSetting("Email:PickupDirectory", Path.Combine(first.WorkFolder, "mail"));
            builder.UseSetting("Email:SmtpHost", "");
            builder.UseSetting("Email:PublicBaseUrl", AppFactory.PublicBaseUrl);
            builder.UseSetting("AllowedHosts", "localhost;hurthealing.test");
            builder.UseSetting("Https:Required", "false");
        }
    }
}
