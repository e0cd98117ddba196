using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Sources;

/// <summary>Where the guidance comes from, named lightly: the methods behind the words, and their limits.</summary>
[AllowAnonymous]
public class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
