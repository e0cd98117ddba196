using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HurtHealing.Web.Infrastructure.Email;

public interface IEmailSender
{
    Task SendAsync(string toAddress, string subject, string textBody, CancellationToken ct = default);
}

/// <summary>Sends through SMTP when configured; otherwise drops an .eml file a developer can open.</summary>
public sealed partial class EmailSender(
    IOptions<EmailOptions> options,
    IHostEnvironment environment,
    ILogger<EmailSender> logger) : IEmailSender
{
    public async Task SendAsync(string toAddress, string subject, string textBody, CancellationToken ct = default)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = textBody };

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, ct);
            LogWroteToPickup(logger, message.MessageId);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls, ct);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await smtp.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", ct);
        }
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(quit: true, ct);
        LogSent(logger, message.MessageId);
    }

    [LoggerMessage(EventId = LogEvents.EmailWrittenToPickup, Level = LogLevel.Information, Message = "Email {MessageId} written to the pickup folder")]
    private static partial void LogWroteToPickup(ILogger logger, string? messageId);

    [LoggerMessage(EventId = LogEvents.EmailSent, Level = LogLevel.Information, Message = "Email {MessageId} sent by SMTP")]
    private static partial void LogSent(ILogger logger, string? messageId);
}
