using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Configurations;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// "Sign in with this phone's lock": passkeys made with ASP.NET Core Identity's own WebAuthn support. Adding one
/// asks for the password first (the options, with their one-time challenge, are only handed out after it);
/// <c>passkeys.js</c> asks the phone to make the passkey and posts it back with the name the person chose.
/// </summary>
public partial class PasskeysModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AppDbContext db,
    ILogger<PasskeysModel> logger) : PageModel
{
    public const int MaxNameLength = 60;
    public const string NameField = "Input.Name";
    public const string CredentialField = "Input.CredentialJson";
    public const string NotMade = "This browser didn't make a passkey, so nothing has changed. You can try again, or keep signing in with your password.";
    public const string NotAccepted = "That passkey couldn't be added, so nothing has changed. Please try again.";

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        await LoadAsync(user);
        return Page();
    }

    /// <summary>
    /// Asked by passkeys.js before the phone makes a passkey: checks the name and the password, then answers
    /// Identity's creation options (JSON). A refusal answers 400 with the message for each field.
    /// </summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid && !await signInManager.ConfirmPasswordAsync(user, Input.Password, ModelState))
        {
            LogWrongPassword(logger, user.Id);
        }
        if (!ModelState.IsValid)
        {
            return BadRequest(new
            {
                errors = ModelState.Where(e => e.Value!.Errors.Count > 0)
                    .ToDictionary(e => e.Key, e => e.Value!.Errors[0].ErrorMessage),
            });
        }
        var options = await signInManager.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id,
            Name = user.Email!,
            DisplayName = user.Email!,
        });
        return Content(options, "application/json");
    }

    /// <summary>The passkey the phone made, with its name. Only a challenge handed out after the password check is accepted.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid && string.IsNullOrEmpty(Input.CredentialJson))
        {
            ModelState.AddModelError(CredentialField, NotMade);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return this.InvalidInput();
        }

        var attestation = await TryAttestAsync(Input.CredentialJson!);
        if (attestation is not { Succeeded: true } || attestation.UserEntity.Id != user.Id)
        {
            LogAddRefused(logger, user.Id);
            ModelState.AddModelError(CredentialField, NotAccepted);
            await LoadAsync(user);
            return this.InvalidInput();
        }
        attestation.Passkey.Name = Input.Name!.Trim();
        var saved = await userManager.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
        if (!saved.Succeeded)
        {
            LogAddRefused(logger, user.Id);
            ModelState.AddModelError(CredentialField, NotAccepted);
            await LoadAsync(user);
            return this.InvalidInput();
        }
        LogAdded(logger, user.Id);
        StatusMessage = "Done. You can now sign in with this phone's lock.";
        return RedirectToPage();
    }

    /// <summary>No challenge underway (never asked, already answered, or expired) is a refusal, not an error.</summary>
    private async Task<PasskeyAttestationResult?> TryAttestAsync(string credentialJson)
    {
        try
        {
            return await signInManager.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private async Task LoadAsync(AppUser user)
    {
        var passkeys = await userManager.GetPasskeysAsync(user);
        var lastUsed = await db.Set<IdentityUserPasskey<string>>()
            .Where(p => p.UserId == user.Id)
            .Select(p => new { p.CredentialId, LastUsedAt = EF.Property<DateTimeOffset?>(p, UserPasskeyConfiguration.LastUsedAt) })
            .ToListAsync(HttpContext.RequestAborted);
        var zone = user.TimeZoneId ?? "Etc/UTC";
        Passkeys = passkeys
            .OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyRow(
                WebEncoders.Base64UrlEncode(p.CredentialId),
                p.Name ?? "Passkey",
                Display.Moment(p.CreatedAt, zone),
                lastUsed.FirstOrDefault(u => u.CredentialId.AsSpan().SequenceEqual(p.CredentialId))?.LastUsedAt is { } used
                    ? Display.Moment(used, zone)
                    : null))
            .ToList();
    }

    public sealed record PasskeyRow(string Id, string Name, string Added, string? LastUsed);

    public sealed class InputModel : PasswordRecheckInput
    {
        public string? Name { get; set; }

        /// <summary>What the phone made (navigator.credentials.create), as JSON; filled in by passkeys.js.</summary>
        public string? CredentialJson { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            Include(new PasswordRecheckInput.Validator());
            RuleFor(x => x.Name).RequiredText(MaxNameLength, "Please give it a name you'll recognise, such as the phone it's on.");
            RuleFor(x => x.CredentialJson).MaximumLength(64 * 1024).WithMessage(NotAccepted);
        }
    }

    [LoggerMessage(EventId = LogEvents.PasskeyAdded, Level = LogLevel.Information, Message = "User {UserId} added a passkey")]
    private static partial void LogAdded(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.PasskeyAddRefused, Level = LogLevel.Information, Message = "A passkey for user {UserId} was not accepted")]
    private static partial void LogAddRefused(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.PasskeyAddWrongPassword, Level = LogLevel.Information, Message = "User {UserId} gave a wrong password before adding a passkey")]
    private static partial void LogWrongPassword(ILogger logger, string userId);
}
