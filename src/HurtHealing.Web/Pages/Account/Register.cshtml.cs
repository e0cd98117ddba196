using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

/// <summary>
/// Creates an account that opens once its email is confirmed. An address that already has an account gets
/// exactly the same answer, and its owner gets an email instead, so the form never tells a stranger who
/// has an account here.
/// </summary>
[AllowAnonymous]
[AccountFormLimits]
public partial class RegisterModel(
    UserManager<AppUser> userManager,
    AccountEmails accountEmails,
    DecoyPassword decoy,
    TimeProvider time,
    ILogger<RegisterModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? RedirectToPage("/Index") : Page();

    public void OnGetSent() => Sent = true;

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToPage("/Index");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }

        var ct = HttpContext.RequestAborted;
        var existing = await userManager.FindByEmailAsync(Input.Email);
        if (existing is not null)
        {
            // Creating an account hashes the password; so does this answer, to take the same time.
            decoy.Check(Input.Password);
            await TellOwnerAsync(existing, ct);
            return CheckYourEmail();
        }

        var user = new AppUser { UserName = Input.Email, Email = Input.Email, CreatedAt = time.GetUtcNow() };
        var result = await userManager.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            // Made a moment ago by another request for the same address.
            if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                && await userManager.FindByEmailAsync(Input.Email) is { } raced)
            {
                await TellOwnerAsync(raced, ct);
                return CheckYourEmail();
            }
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email";
                if (!ModelState.ContainsKey(field) || ModelState[field]!.Errors.Count == 0)
                {
                    ModelState.AddModelError(field, error.Description);
                }
            }
            return this.InvalidInput();
        }

        LogRegistered(logger, user.Id);
        await accountEmails.SendConfirmationAsync(user, ct);
        return CheckYourEmail();
    }

    private async Task TellOwnerAsync(AppUser owner, CancellationToken ct)
    {
        LogAlreadyRegistered(logger, owner.Id);
        await accountEmails.SendAccountExistsAsync(owner, ct);
    }

    private RedirectToPageResult CheckYourEmail() => RedirectToPage("./Register", "Sent");

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Email).AccountEmail();
            RuleFor(x => x.Password).NewPassword();
        }
    }

    [LoggerMessage(EventId = LogEvents.AccountCreated, Level = LogLevel.Information, Message = "Account {UserId} created")]
    private static partial void LogRegistered(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.SignUpForExistingAddress, Level = LogLevel.Information, Message = "Sign-up tried for the address of user {UserId}; the owner is told by email")]
    private static partial void LogAlreadyRegistered(ILogger logger, string userId);
}
