using System.Globalization;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// The locale the person's browser asks for. The pages are English, so the document says "en-GB" for a British
/// browser rather than a bare "en" (which Chromium reads as American for date fields); date and time fields carry
/// the person's first locale whatever its language, so a day is shown the way they write it.
/// </summary>
public static class PersonLocale
{
    public const string Default = "en";

    /// <summary>The first English variant the browser accepts ("en-GB"), else "en".</summary>
    public static string Document(HttpRequest request) =>
        Preferred(request).FirstOrDefault(tag => tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) ?? Default;

    /// <summary>The browser's first accepted locale, for date and time fields; "en" when it sends none.</summary>
    public static string Dates(HttpRequest request) => Preferred(request).FirstOrDefault() ?? Default;

    private static IEnumerable<string> Preferred(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accepted = request.GetTypedHeaders().AcceptLanguage;
        return accepted
            .Where(value => value.Quality is null or > 0d)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value)
            .OfType<string>()
            .Where(IsKnownCulture)
            .Select(tag => CultureInfo.GetCultureInfo(tag).Name);
    }

    private static bool IsKnownCulture(string tag)
    {
        if (tag.Length is < 2 or > 16 || tag == "*")
        {
            return false;
        }
        try
        {
            return !string.IsNullOrEmpty(CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Name);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
