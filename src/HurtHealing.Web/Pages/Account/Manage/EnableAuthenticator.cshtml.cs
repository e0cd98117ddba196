using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace HurtHealing.Web.Pages.Account.Manage;

public partial class EnableAuthenticatorModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AppDbContext db,
    ILogger<EnableAuthenticatorModel> logger) : PageModel
{
    public const string Issuer = "HurtHealing";

    public const string WrongCode =
        "That code didn't match. Codes change every 30 seconds, so please type the newest one. If it keeps failing, check that your phone sets its time automatically.";

    /// <summary>The key in groups of four, lower case, for typing into an app by hand.</summary>
    public string SharedKey { get; private set; } = "";

    /// <summary>The otpauth link that authenticator apps read, from the QR code or when tapped on the same phone.</summary>
    public string AuthenticatorUri { get; private set; } = "";

    /// <summary>The QR code as a data: PNG, drawn here so the key never leaves the server for a third party.</summary>
    public string QrCodeDataUri { get; private set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if (user.TwoFactorEnabled)
        {
            return AlreadyOn();
        }
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if (user.TwoFactorEnabled)
        {
            return AlreadyOn();
        }
        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return this.InvalidInput();
        }

        var code = TwoFactorCodes.NormalizeAuthenticatorCode(Input.Code)!;
        if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            LogWrongCode(logger, user.Id);
            ModelState.AddModelError("Input.Code", WrongCode);
            await LoadKeyAsync(user);
            return this.InvalidInput();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorCodes.RecoveryCodeCount);
        // Someone who had this account open elsewhere is exactly who two-step sign-in is meant to keep out.
        await SessionRevoker.RenewAfterSecurityChangeAsync(HttpContext, db, signInManager, user);
        LogEnabled(logger, user.Id);

        TempData[ShowRecoveryCodesModel.TempDataKey] = recoveryCodes?.ToArray() ?? [];
        return RedirectToPage("./ShowRecoveryCodes");
    }

    private RedirectToPageResult AlreadyOn()
    {
        StatusMessage = "Two-step sign-in is already on. To move it to a new phone, reset the authenticator key.";
        return RedirectToPage("./TwoFactor");
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp; refresh so this session is not signed out for it later.
            await signInManager.RefreshSignInAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user)
                  ?? throw new InvalidOperationException("Identity did not store an authenticator key.");
        }

        SharedKey = TwoFactorCodes.FormatKey(key);
        // Every part percent-encoded (an email's "@" too), as the Key URI format asks.
        var issuer = Uri.EscapeDataString(Issuer);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={issuer}&digits=6";
        var png = PngByteQRCodeHelper.GetQRCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M, 5);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(png);
    }

    public sealed class InputModel
    {
        public string? Code { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Code).AuthenticatorCode();
        }
    }

    [LoggerMessage(EventId = LogEvents.TwoStepEnabled, Level = LogLevel.Information, Message = "User {UserId} turned on two-step sign-in")]
    private static partial void LogEnabled(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.WrongSetupCode, Level = LogLevel.Information, Message = "User {UserId} typed a setup code that did not match")]
    private static partial void LogWrongCode(ILogger logger, string userId);
}
