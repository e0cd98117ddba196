using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Infrastructure;

public static class PageModelExtensions
{
    /// <summary>Shows the page again with its field messages, answering 400 so nothing mistakes it for success.</summary>
    public static PageResult InvalidInput(this PageModel page)
    {
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }

    /// <summary>Only local addresses: a sign-in link must never send a person to another site.</summary>
    public static string SafeReturnUrl(this PageModel page, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && page.Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
