using System.Text;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure.Email;

/// <summary>
/// The few emails an account needs, queued (<see cref="MailOutbox"/>) so no page waits on a mail server.
/// Links start with Email:PublicBaseUrl (see <see cref="PublicAddress"/>), never with the request's host.
/// Subjects and bodies never name the app or what it is for: an inbox glanced at by someone else shows
/// an ordinary account email.
/// </summary>
public sealed class AccountEmails(
    UserManager<AppUser> userManager,
    MailOutbox outbox,
    LinkGenerator links,
    IOptions<EmailOptions> options)
{
    public const string ConfirmationSubject = "Confirm your email address";
    public const string AccountExistsSubject = "About your account";
    public const string PasswordResetSubject = "Your password reset link";

    public async Task SendConfirmationAsync(AppUser user, CancellationToken ct = default)
    {
        var code = Encode(await userManager.GenerateEmailConfirmationTokenAsync(user));
        var link = Link("/Account/ConfirmEmail", new { userId = user.Id, code });
        await outbox.EnqueueAsync(user, EmailKind.Confirmation, ConfirmationSubject,
            $"""
            Hello,

            Please confirm that this is your email address by opening this link:

            {link}

            If you didn't create an account, you can ignore this message.
            """, ct);
    }

    /// <summary>Someone tried to create an account with an address that has one: tell its owner, not the form.</summary>
    public async Task SendAccountExistsAsync(AppUser user, CancellationToken ct = default)
    {
        var signIn = Link("/Account/Login", new { });
        var reset = Link("/Account/ForgotPassword", new { });
        await outbox.EnqueueAsync(user, EmailKind.AccountExists, AccountExistsSubject,
            $"""
            Hello,

            Someone (we hope you) tried to create an account with this email address, which already has one.

            To sign in: {signIn}
            If you've forgotten your password: {reset}

            If it wasn't you, you can ignore this message; nothing about your account has changed.
            """, ct);
    }

    /// <returns>False when the throttle held it back.</returns>
    public async Task<bool> SendPasswordResetAsync(AppUser user, CancellationToken ct = default)
    {
        var code = Encode(await userManager.GeneratePasswordResetTokenAsync(user));
        var link = Link("/Account/ResetPassword", new { code });
        return await outbox.EnqueueAsync(user, EmailKind.PasswordReset, PasswordResetSubject,
            $"""
            Hello,

            Someone (we hope you) asked to reset the password for this account. Open this link to choose a new one:

            {link}

            The link works once and for a limited time. If you didn't ask for this, you can ignore this message; your password stays as it is.
            """, ct);
    }

    public static string Decode(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string Link(string page, object values)
    {
        var baseUrl = options.Value.PublicBaseUrl
                      ?? throw new InvalidOperationException($"{PublicAddress.Setting} is not set.");
        return baseUrl.TrimEnd('/') + links.GetPathByPage(page, values: values);
    }
}
