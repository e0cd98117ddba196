using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages;

/// <summary>
/// Has no handlers on purpose: a failed request is re-executed here with its own method (GET, POST, PUT...),
/// and the page answers them all alike (<see cref="Infrastructure.UnmatchedHandlerFilter"/> lets a re-execution through).
/// Nothing is bound either: a re-executed post can carry a body that cannot be read (often why it failed).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public int StatusCodeShown =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
        ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? StatusCodes.Status500InternalServerError : (int?)null)
        ?? (int.TryParse(Request.Query["code"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : (int?)null)
        ?? StatusCodes.Status500InternalServerError;
}
