using System.Text.RegularExpressions;
using MimeKit;

namespace HurtHealing.Web.Tests.Infrastructure;

/// <summary>Reads the .eml files the app writes when no SMTP server is configured.</summary>
public sealed partial class Mailbox(string folder)
{
    public IReadOnlyList<MimeMessage> MessagesTo(string address)
    {
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
    public string LatestLinkTo(string address) => LatestAbsoluteLinkTo(address).PathAndQuery;

    /// <summary>The first link in the newest message to <paramref name="address"/>, whole.</summary>
    public Uri LatestAbsoluteLinkTo(string address)
    {
        var messages = MessagesTo(address);
        var message = (messages.Count > 0 ? messages[^1] : null)
                      ?? throw new InvalidOperationException($"No message to {address}.");
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "The message has no link.");
        return new Uri(match.Value);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
