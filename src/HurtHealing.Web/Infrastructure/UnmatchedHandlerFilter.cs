using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Razor Pages renders a page even when none of its handlers fits the request (a POST to a page that only reads),
/// and then shows a model nothing has loaded; and it quietly runs the unnamed handler for a name the page doesn't
/// have (<c>?handler=Nope</c> on a post runs <c>OnPost</c>). For every page, this answers 404 for a handler name
/// the page doesn't have and 405 (with <c>Allow</c>) for a method it doesn't handle instead.
/// A page without any handler still renders for GET and HEAD, and a re-executed error page renders for any method.
/// </summary>
public sealed class UnmatchedHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var name = HandlerName(context);
        var selected = context.HandlerMethod;
        var fits = selected is not null && (name is null || string.Equals(selected.Name, name, StringComparison.OrdinalIgnoreCase));
        if (!fits && Refusal(context, name) is { } refusal)
        {
            context.Result = refusal;
            return Task.CompletedTask;
        }
        return next();
    }

    private static StatusCodeResult? Refusal(PageHandlerExecutingContext context, string? name)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return null;
        }

        var handlers = context.ActionDescriptor.HandlerMethods;
        var method = http.Request.Method;
        if (name is null && handlers.Count == 0 && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            return null;
        }

        var named = handlers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (name is not null && named.Count == 0)
        {
            return new StatusCodeResult(StatusCodes.Status404NotFound);
        }

        var allowed = (name is null ? handlers.Where(h => h.Name is null) : named).Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
        if (handlers.Count == 0 || allowed.Contains("GET"))
        {
            allowed.UnionWith(["GET", "HEAD"]);
        }
        http.Response.Headers.Allow = string.Join(", ", allowed.Order(StringComparer.Ordinal));
        return new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    // Razor Pages reads the handler name from the route first, then from the query string, never from the form.
    private static string? HandlerName(PageHandlerExecutingContext context)
    {
        var name = context.RouteData.Values.TryGetValue("handler", out var routed) ? routed?.ToString() : null;
        if (string.IsNullOrEmpty(name) && context.HttpContext.Request.Query.TryGetValue("handler", out var query))
        {
            name = query[0];
        }
        return string.IsNullOrEmpty(name) ? null : name;
    }
}
