using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Cross-site request forgery protection from the browser's own headers instead of an antiforgery token, for the
/// two forms every page carries (quick exit and sign out): without a token to mint, a page with no other form
/// renders none. A post is refused (400) when the browser says it came from another origin: <c>Sec-Fetch-Site</c>
/// other than <c>same-origin</c> or <c>none</c>; or, from a browser too old to send that header, an <c>Origin</c>
/// whose host is not this request's host. This is the check the OWASP cheat sheet describes ("verifying origin
/// with standard headers", "Fetch Metadata") and the one Go's <c>http.CrossOriginProtection</c> makes.
/// </summary>
/// <remarks>
/// A post with neither header, or with <c>Origin: null</c> and no <c>Sec-Fetch-Site</c>, is let through: that is a
/// non-browser client (which carries no victim's cookies) or a browser from before 2023 — whose same-origin posts
/// say <c>Origin: null</c> because every page sends <c>Referrer-Policy: no-referrer</c>, and a quick exit must not
/// fail there. Such a browser still withholds the session cookie (SameSite=Lax) from another site's post, so a
/// forged post reaches these endpoints signed out and changes nothing. Every other form keeps its token.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SameOriginPostAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    // Before the page runs, as the antiforgery filter would.
    public int Order => 1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsCrossOrigin(context.HttpContext.Request))
        {
            return;
        }
        context.Result = new BadRequestResult();
    }

    /// <summary>True when an unsafe request's headers say it was sent by a page of another origin.</summary>
    public static bool IsCrossOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return false;
        }
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || origin == "null")
        {
            return false;
        }
        return !Uri.TryCreate(origin, UriKind.Absolute, out var from)
               || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
