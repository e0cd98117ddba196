using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// TLS is terminated by a reverse proxy in front of the app. The proxy's X-Forwarded-For/-Proto are
/// believed only from the proxies and networks configured here; outside Development plain HTTP is
/// redirected, HSTS is sent and every cookie is Secure and host-only (<c>__Host-</c> prefix).
/// </summary>
public static class TransportSecurity
{
    public const string HttpsSection = "Https";
    public const string ProxySection = "ReverseProxy";
    private const string HostPrefix = "__Host-";

    /// <summary>Whether the app is reachable only over HTTPS: never in Development, always in Production, by default elsewhere.</summary>
    public static bool HttpsRequired(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsDevelopment()
        && (environment.IsProduction() || configuration.GetValue($"{HttpsSection}:Required", true));

    public static void AddTransportSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var proxy = configuration.GetSection(ProxySection);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Host is not taken from the proxy: links come from Email:PublicBaseUrl and AllowedHosts guards Host.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = proxy.GetValue("ForwardLimit", 1);
            var proxies = proxy.GetSection("KnownProxies").Get<string[]>() ?? [];
            var networks = proxy.GetSection("KnownNetworks").Get<string[]>() ?? [];
            if (proxies.Length + networks.Length > 0)
            {
                // Configured proxies replace the loopback default, so nothing else may claim to be one.
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var address in proxies)
                {
                    options.KnownProxies.Add(IPAddress.Parse(address));
                }
                foreach (var network in networks)
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
        });

        var https = configuration.GetSection(HttpsSection);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(https.GetValue("HstsMaxAgeDays", 365));
            options.IncludeSubDomains = https.GetValue("HstsIncludeSubDomains", true);
            options.Preload = https.GetValue("HstsPreload", false);
        });
        services.AddHttpsRedirection(options =>
        {
            options.HttpsPort = https.GetValue("Port", 443);
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });

        if (HttpsRequired(configuration, environment))
        {
            services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, HostOnlyCookies>();
            services.AddSingleton<IPostConfigureOptions<AntiforgeryOptions>, HostOnlyCookies>();
            services.AddSingleton<IPostConfigureOptions<CookieTempDataProviderOptions>, HostOnlyCookies>();
        }
    }

    /// <summary>First in the pipeline: everything after it sees the client's scheme and address.</summary>
    public static void UseTransportSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            return;
        }
        app.UseHsts();
        if (HttpsRequired(app.Configuration, app.Environment))
        {
            // Health probes come from inside the deployment over plain HTTP.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }
    }

    private sealed class HostOnlyCookies :
        IPostConfigureOptions<CookieAuthenticationOptions>,
        IPostConfigureOptions<AntiforgeryOptions>,
        IPostConfigureOptions<CookieTempDataProviderOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options) => HostOnly(options.Cookie);

        public void PostConfigure(string? name, AntiforgeryOptions options) => HostOnly(options.Cookie);

        public void PostConfigure(string? name, CookieTempDataProviderOptions options) => HostOnly(options.Cookie);

        // __Host- makes the browser refuse the cookie unless it is Secure, host-only and for the whole site.
        private static void HostOnly(CookieBuilder cookie)
        {
            cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Domain = null;
            cookie.Path = "/";
            if (cookie.Name is { } name && !name.StartsWith(HostPrefix, StringComparison.Ordinal))
            {
                cookie.Name = HostPrefix + name;
            }
        }
    }
}
