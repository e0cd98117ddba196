using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// A post whose antiforgery token no longer matches the cookie (the page was left open while another tab of the same
/// form replaced the cookie) is still refused, but it lands on the same form again with a plain line above it, not on
/// the generic error page. Only for forms that hold nothing of the person's own to lose (signing in).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutdatedFormAsksAgainAttribute : Attribute, IAlwaysRunResultFilter
{
    public const string QueryKey = "form";
    public const string QueryValue = "outdated";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult)
        {
            return;
        }
        var request = context.HttpContext.Request;
        var query = new QueryBuilder(request.Query.Where(q => q.Key != QueryKey).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { QueryKey, QueryValue },
        };
        // A local path only (this request's own), so no open redirect.
        context.Result = new LocalRedirectResult(request.PathBase + request.Path + query.ToQueryString());
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    public static bool WasOutdated(HttpRequest request) => request.Query[QueryKey] == QueryValue;
}
