using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>Shows freshly made recovery codes once: they come through TempData and are gone after this page.</summary>
public class ShowRecoveryCodesModel : PageModel
{
    public const string TempDataKey = "RecoveryCodes";

    [TempData(Key = TempDataKey)]
    public string[]? RecoveryCodes { get; set; }

    public IActionResult OnGet() =>
        RecoveryCodes is { Length: > 0 } ? Page() : RedirectToPage("./TwoFactor");
}
