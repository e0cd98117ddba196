using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>Discreet mode on or off. The session is refreshed so the very next page already shows it.</summary>
public partial class DiscreetModel(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, ILogger<DiscreetModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public bool TurnOn { get; set; }

    public bool IsOn { get; private set; }

    public void OnGet() => IsOn = DiscreetMode.IsOn(User);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "Please tick the box or leave it empty.");
            IsOn = DiscreetMode.IsOn(User);
            return this.InvalidInput();
        }
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        user.Discreet = TurnOn;
        var result = await userManager.UpdateAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "That didn't save. Please try again.");
            IsOn = DiscreetMode.IsOn(User);
            return this.InvalidInput();
        }
        await signInManager.RefreshSignInAsync(user);
        LogChanged(logger, TurnOn);
        StatusMessage = TurnOn ? $"Discreet mode is on: tabs and the icon now say “{DiscreetMode.NeutralName}”." : "Discreet mode is off.";
        return RedirectToPage("./Discreet");
    }

    [LoggerMessage(EventId = LogEvents.DiscreetModeChanged, Level = LogLevel.Information, Message = "Discreet mode turned {On}")]
    private static partial void LogChanged(ILogger logger, bool on);
}
