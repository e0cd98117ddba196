using System.Net;
using System.Net.Sockets;
using HurtHealing.Web.Infrastructure.Email;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Tests.Shell;

/// <summary>Mail carries reset links: it is never handed to a server that will not encrypt the connection.</summary>
public class SmtpTlsTests
{
    [Fact]
    public async Task A_server_that_offers_no_STARTTLS_gets_neither_the_password_nor_the_message()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = PlainSmtpServerAsync(listener);
        var sender = new EmailSender(
            Options.Create(new EmailOptions
            {
                SmtpHost = "127.0.0.1",
                SmtpPort = ((IPEndPoint)listener.LocalEndpoint).Port,
                SmtpUser = "hurthealing",
                SmtpPassword = "smtp-secret",
            }),
            new Environment(),
            NullLogger<EmailSender>.Instance);

        await Assert.ThrowsAnyAsync<Exception>(() =>
            sender.SendAsync("person@example.test", "Reset your HurtHealing password", "a link that must stay private"));

        var heard = await server;
        Assert.Contains(heard, line => line.StartsWith("EHLO", StringComparison.Ordinal));
        Assert.DoesNotContain(heard, line => line.StartsWith("AUTH", StringComparison.Ordinal) || line.StartsWith("MAIL", StringComparison.Ordinal));
    }

    /// <summary>An SMTP server that would accept anything in the clear; returns every line the client sent.</summary>
    private static async Task<List<string>> PlainSmtpServerAsync(TcpListener listener)
    {
        var heard = new List<string>();
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream);
        await using var writer = new StreamWriter(stream) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 plain.example ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            heard.Add(line);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-plain.example");
                    await writer.WriteLineAsync("250 AUTH PLAIN LOGIN");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return heard;
                default:
                    await writer.WriteLineAsync("250 ok");
                    break;
            }
        }
        return heard;
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "HurtHealing.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
