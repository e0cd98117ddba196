using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using HurtHealing.Web.Data;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Tests.Account;

/// <summary>What the account tests need beyond the shared helpers: the database behind the pages, and raw cookies.</summary>
internal static partial class AccountTestKit
{
    public const string SessionCookie = "hh.session";
    public const string AntiforgeryCookie = "hh.af";

    public static async Task<T> QueryAsync<T>(this AppFactory factory, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<AppUser> UserAsync(this AppFactory factory, string email)
    {
        var normalized = email.ToUpperInvariant();
        return factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == normalized));
    }

    public static Task<bool> UserExistsAsync(this AppFactory factory, string email)
    {
        var normalized = email.ToUpperInvariant();
        return factory.QueryAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == normalized));
    }

    /// <summary>The server-side session key a sign-in cookie names, read the way the cookie handler reads it.</summary>
    public static string SessionKeyOf(this AppFactory factory, string cookiePair)
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var ticket = options.TicketDataFormat.Unprotect(cookiePair[(cookiePair.IndexOf('=', StringComparison.Ordinal) + 1)..])
                     ?? throw new Xunit.Sdk.XunitException("The cookie could not be read.");
        return ticket.Principal.FindFirst("Microsoft.AspNetCore.Authentication.Cookies-SessionId")?.Value
               ?? throw new Xunit.Sdk.XunitException("The cookie names no server-side session.");
    }

    public static Task<int> SessionCountAsync(this AppFactory factory, string userId) =>
        factory.QueryAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId));

    /// <summary>A client that keeps no cookies of its own: whatever it sends, the test put there.</summary>
    public static HttpClient CreateCookielessClient(this AppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static IReadOnlyList<string> SetCookieHeaders(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    /// <summary>The Set-Cookie header for <paramref name="name"/>; fails the test when the response sets no such cookie.</summary>
    public static string SetCookie(HttpResponseMessage response, string name) =>
        SetCookieHeaders(response).SingleOrDefault(h => h.StartsWith(name + "=", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"The response sets no {name} cookie.");

    /// <summary>"name=value", as a browser would send the cookie back.</summary>
    public static string CookiePair(HttpResponseMessage response, string name) => SetCookie(response, name).Split(';')[0];

    public static async Task<HttpResponseMessage> GetWithCookieAsync(this HttpClient client, string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    public static string? ErrorSummary(this IHtmlDocument document) =>
        document.QuerySelector(".error-summary")?.TextContent.Trim();

    /// <summary>The text a person sees on the page, with whitespace evened out.</summary>
    public static string VisibleText(this IHtmlDocument document) =>
        Whitespace().Replace(document.Body?.TextContent ?? "", " ").Trim();

    /// <summary>
    /// The page's markup with the per-request antiforgery tokens and the given strings (what the person typed)
    /// blanked out, so two answers can be compared byte for byte.
    /// </summary>
    public static string Comparable(string html, params string[] typed)
    {
        var result = AntiforgeryValue().Replace(html, "$1TOKEN");
        foreach (var text in typed)
        {
            result = result.Replace(WebUtility.HtmlEncode(text), "TYPED", StringComparison.Ordinal)
                .Replace(text, "TYPED", StringComparison.Ordinal);
        }
        return result;
    }

    /// <summary>Path and query of a Location header, whether the server wrote it absolute or relative.</summary>
    public static string RelativeTarget(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("(name=\"__RequestVerificationToken\"[^>]*?value=\")[^\"]*")]
    private static partial Regex AntiforgeryValue();
}
