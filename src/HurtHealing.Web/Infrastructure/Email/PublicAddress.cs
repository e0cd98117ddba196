namespace HurtHealing.Web.Infrastructure.Email;

/// <summary>
/// The address people use to reach the app. Links in emails are built from it and never from the request,
/// so a forged Host header cannot turn a reset or confirmation link into someone else's.
/// </summary>
public static class PublicAddress
{
    public const string Setting = $"{EmailOptions.Section}:PublicBaseUrl";

    /// <summary>Refuses to start without a usable public address, and (outside Development) without a host allow-list that names it.</summary>
    public static void EnsureConfigured(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[Setting];
        if (!IsUsable(value, out var address))
        {
            throw new InvalidOperationException(
                $"{Setting} must be the absolute http(s) address people use to reach the app (for example https://hurthealing.example). " +
                "Links in emails are built from it, never from the request's Host header.");
        }
        if (environment.IsDevelopment())
        {
            return;
        }
        var allowed = (configuration["AllowedHosts"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (allowed.Length == 0 || allowed.Contains("*"))
        {
            throw new InvalidOperationException(
                "AllowedHosts must list the host names the app answers to (for example hurthealing.example); '*' lets any Host header through.");
        }
        if (!allowed.Any(host => string.Equals(host, address.Host, StringComparison.OrdinalIgnoreCase)
                                 || (host.StartsWith("*.", StringComparison.Ordinal) && address.Host.EndsWith(host[1..], StringComparison.OrdinalIgnoreCase))))
        {
            throw new InvalidOperationException($"AllowedHosts must include the host of {Setting} ({address.Host}).");
        }
    }

    private static bool IsUsable(string? value, out Uri address)
    {
        address = null!;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var parsed))
        {
            return false;
        }
        address = parsed;
        return (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
               && parsed.Query.Length == 0 && parsed.Fragment.Length == 0 && parsed.UserInfo.Length == 0;
    }
}
