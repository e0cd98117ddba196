using System.Text.RegularExpressions;
using MimeKit;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>
/// Reads the .eml files the app writes when no SMTP server is configured. Emails are queued and sent in the
/// background, so every read first waits until the app's queue has nothing due (no fixed sleeps).
/// </summary>
public sealed partial class Mailbox(string folder, Func<CancellationToken, Task> waitForQueue)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(string address)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await waitForQueue(timeout.Token);
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.GetFiles(folder, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The first link in the newest message to <paramref name="address"/>, as a path and query.</summary>
    public async Task<string> LatestLinkToAsync(string address) => (await LatestAbsoluteLinkToAsync(address)).PathAndQuery;

    /// <summary>The first link in the newest message to <paramref name="address"/>, whole.</summary>
    public async Task<Uri> LatestAbsoluteLinkToAsync(string address)
    {
        var messages = await MessagesToAsync(address);
        var message = (messages.Count > 0 ? messages[^1] : null)
                      ?? throw new InvalidOperationException($"No message to {address}.");
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "The message has no link.");
        return new Uri(match.Value);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
