using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

[AllowAnonymous]
public partial class LoginModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IPasswordHasher<AppUser> passwordHasher,
    ILogger<LoginModel> logger) : PageModel
{
    /// <summary>
    /// One answer for every failure (unknown email, wrong password, locked out), so the page never
    /// tells a stranger whether an address has an account here.
    /// </summary>
    public string FailureMessage => LockoutWording.WrongSignIn(signInManager.Options.Lockout);

    // Hashing a password for an unknown email too keeps both answers equally slow.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(this.SafeReturnUrl(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // Signing in over a live session would reuse its server-side key; sign out first instead.
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }

        var user = await userManager.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            passwordHasher.VerifyHashedPassword(new AppUser(), DecoyHash.Value, Input.Password);
            LogFailed(logger);
            return Failed();
        }

        var result = await signInManager.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LogSignedIn(logger, user.Id);
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = this.SafeReturnUrl(ReturnUrl), Input.RememberMe });
        }
        if (result.IsLockedOut)
        {
            LogLockedOut(logger, user.Id);
        }
        else
        {
            LogFailed(logger);
        }
        return Failed();
    }

    private PageResult Failed()
    {
        ModelState.AddModelError(string.Empty, FailureMessage);
        return this.InvalidInput();
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public bool RememberMe { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Email).AccountEmail();
            RuleFor(x => x.Password).ExistingPassword("Please enter your password.");
        }
    }

    [LoggerMessage(EventId = LogEvents.SignedIn, Level = LogLevel.Information, Message = "User {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.SignInFailed, Level = LogLevel.Information, Message = "Sign-in failed")]
    private static partial void LogFailed(ILogger logger);

    [LoggerMessage(EventId = LogEvents.SignInLockedOut, Level = LogLevel.Warning, Message = "User {UserId} is locked out")]
    private static partial void LogLockedOut(ILogger logger, string userId);
}
