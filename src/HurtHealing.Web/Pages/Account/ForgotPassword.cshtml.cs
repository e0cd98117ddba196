using FluentValidation;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

/// <summary>
/// Sends a reset link when the address has an account, and gives exactly the same answer when it
/// doesn't, so the page never tells a stranger who has an account here.
/// </summary>
[AllowAnonymous]
[AccountFormLimits]
public class ForgotPasswordModel(PasswordResetRequests resetRequests) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public void OnGetSent() => Sent = true;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }

        // No lookup here: whether the address has an account is decided off the request path.
        await resetRequests.AddAsync(Input.Email, HttpContext.RequestAborted);
        return RedirectToPage("./ForgotPassword", "Sent");
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator() => RuleFor(x => x.Email).AccountEmail();
    }
}
