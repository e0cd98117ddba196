using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Headers every response carries, error pages included. Pages are never cached (they may show a
/// person's own words); static files replace that with their own long cache below.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _contentSecurityPolicy;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<PrivacyOptions> privacy)
    {
        _next = next;
        // form-action must allow the quick-exit site: the no-script quick exit is a form post redirected there.
        var exitOrigin = new Uri(privacy.Value.QuickExitUrl).GetLeftPart(UriPartial.Authority);
        _contentSecurityPolicy = string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            // The service worker (/sw.js) is the app's own script; nothing else may start a worker.
            "worker-src 'self'",
            $"form-action 'self' {exitOrigin}",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'");
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            if (!headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return _next(context);
    }
}
