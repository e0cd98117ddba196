using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

[AllowAnonymous]
public partial class RegisterModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AccountEmails accountEmails,
    TimeProvider time,
    ILogger<RegisterModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? RedirectToPage("/Index") : Page();

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

        var user = new AppUser { UserName = Input.Email, Email = Input.Email, CreatedAt = time.GetUtcNow() };
        var result = await userManager.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email";
                var message = error.Code is "DuplicateEmail" or "DuplicateUserName"
                    ? "That email can't be used for a new account. If it's yours, sign in or reset your password."
                    : error.Description;
                if (!ModelState.ContainsKey(field) || ModelState[field]!.Errors.Count == 0)
                {
                    ModelState.AddModelError(field, message);
                }
            }
            return this.InvalidInput();
        }

        LogRegistered(logger, user.Id);
        await accountEmails.SendConfirmationAsync(user);
        await signInManager.SignInAsync(user, isPersistent: false);
        StatusMessage = "Your private account is ready. We've sent a link to confirm your email when you have a moment.";
        return RedirectToPage("/Index");
    }

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
}
