using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// Removes one of the person's passkeys after the password is asked again. The id is the passkey's credential
/// id (base64url); one that isn't this person's answers exactly as one that doesn't exist: 404. Removing a
/// passkey ends every other session too, since the device it was on may be the reason for removing it.
/// </summary>
public partial class RemovePasskeyModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AppDbContext db,
    ILogger<RemovePasskeyModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public PasswordRecheckInput Input { get; set; } = new();

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id) =>
        await FindAsync(id) is { } found ? Show(found.Passkey) : NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await FindAsync(id) is not { } found)
        {
            return NotFound();
        }
        var (user, passkey) = found;
        if (!ModelState.IsValid)
        {
            Name = passkey.Name ?? "";
            return this.InvalidInput();
        }
        if (!await signInManager.ConfirmPasswordAsync(user, Input.Password, ModelState))
        {
            LogWrongPassword(logger, user.Id);
            Name = passkey.Name ?? "";
            return this.InvalidInput();
        }
        var removed = await userManager.RemovePasskeyAsync(user, passkey.CredentialId);
        if (!removed.Succeeded)
        {
            return NotFound();
        }
        var ended = await SessionRevoker.RenewAfterSecurityChangeAsync(HttpContext, db, signInManager, user);
        LogRemoved(logger, user.Id, ended);
        StatusMessage = "Done. That passkey can't sign in any more, and you're signed out everywhere else.";
        return RedirectToPage("./Passkeys");
    }

    private PageResult Show(UserPasskeyInfo passkey)
    {
        Name = passkey.Name ?? "";
        return Page();
    }

    /// <summary>The signed-in person's passkey with this id, or null (malformed, someone else's, or gone).</summary>
    private async Task<(AppUser User, UserPasskeyInfo Passkey)?> FindAsync(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 1400 || await userManager.GetUserAsync(User) is not { } user)
        {
            return null;
        }
        byte[] credentialId;
        try
        {
            credentialId = WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return null;
        }
        return await userManager.GetPasskeyAsync(user, credentialId) is { } passkey ? (user, passkey) : null;
    }

    public sealed class Validator : AbstractValidator<PasswordRecheckInput>
    {
        public Validator() => Include(new PasswordRecheckInput.Validator());
    }

    [LoggerMessage(EventId = LogEvents.PasskeyRemoved, Level = LogLevel.Information, Message = "User {UserId} removed a passkey; {SessionCount} other sessions ended")]
    private static partial void LogRemoved(ILogger logger, string userId, int sessionCount);

    [LoggerMessage(EventId = LogEvents.PasskeyRemoveWrongPassword, Level = LogLevel.Information, Message = "User {UserId} gave a wrong password before removing a passkey")]
    private static partial void LogWrongPassword(ILogger logger, string userId);
}
