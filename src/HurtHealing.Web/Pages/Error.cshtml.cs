using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public int StatusCodeShown { get; private set; }

    // The feature covers a re-executed POST whose form could not be read (then "code" cannot be bound either).
    public void OnGet(int? code) => StatusCodeShown = code
        ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
        ?? StatusCodes.Status500InternalServerError;

    // A re-executed post can carry a body that cannot be read (often why it failed, e.g. a %00 in a form
    // value), so the code comes from the query alone: binding would try the form first and lose it.
    public void OnPost() => OnGet(int.TryParse(Request.Query["code"].ToString(), System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null);
}
