using System.Text;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure.Email;

/// <summary>The few emails an account needs. Links start with Email:PublicBaseUrl (see <see cref="PublicAddress"/>), never with the request's host.</summary>
public sealed class AccountEmails(
    UserManager<AppUser> userManager,
    IEmailSender sender,
    LinkGenerator links,
    IOptions<EmailOptions> options)
{
    public async Task SendConfirmationAsync(AppUser user)
    {
        var code = Encode(await userManager.GenerateEmailConfirmationTokenAsync(user));
        var link = Link("/Account/ConfirmEmail", new { userId = user.Id, code });
        await sender.SendAsync(user.Email!, "Confirm your email for HurtHealing",
            $"""
            Hello,

            Please confirm that this is your email address by opening this link:

            {link}

            If you didn't create an account, you can ignore this message.
            """);
    }

    public async Task SendPasswordResetAsync(AppUser user)
    {
        var code = Encode(await userManager.GeneratePasswordResetTokenAsync(user));
        var link = Link("/Account/ResetPassword", new { code });
        await sender.SendAsync(user.Email!, "Reset your HurtHealing password",
            $"""
            Hello,

            Someone (we hope you) asked to reset the password for this account. Open this link to choose a new one:

            {link}

            The link works once and for a limited time. If you didn't ask for this, you can ignore this message; your password stays as it is.
            """);
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
