using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.ViewFeatures.Infrastructure;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's cookie TempData provider, except that a page with nothing to keep, answering a request that
/// brought no TempData cookie, sends no Set-Cookie at all (the framework sends an expired cookie every time
/// a page with a [TempData] property is shown). A cookie the request did bring is still cleared once read.
/// </summary>
public sealed class QuietTempDataProvider(
    IDataProtectionProvider dataProtection,
    ILoggerFactory loggerFactory,
    IOptions<CookieTempDataProviderOptions> options,
    TempDataSerializer serializer) : ITempDataProvider
{
    private readonly CookieTempDataProvider _inner = new(dataProtection, loggerFactory, options, serializer);
    private readonly string _cookieName = options.Value.Cookie.Name!;

    public IDictionary<string, object> LoadTempData(HttpContext context) => _inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(_cookieName))
        {
            return;
        }
        _inner.SaveTempData(context, values);
    }
}
