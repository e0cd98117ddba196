using System.Text;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's form reader refuses "%00" outright, so a NUL in any field would fail the whole post before
/// a page could say which field is wrong. This swaps each encoded NUL for U+FFFD (the replacement character),
/// which every text rule rejects with a message beside its field (<see cref="TextRules"/>).
/// </summary>
public sealed class NulInFormMiddleware(RequestDelegate next)
{
    private const int MaxInspectedBytes = 1024 * 1024;
    private static readonly byte[] EncodedNul = "%00"u8.ToArray();
    private static readonly byte[] EncodedReplacement = "%EF%BF%BD"u8.ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            && request.ContentLength is null or <= MaxInspectedBytes)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.ToArray();
            if (ContainsEncodedNul(body))
            {
                body = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(body)
                    .Replace("%00", Encoding.ASCII.GetString(EncodedReplacement), StringComparison.OrdinalIgnoreCase));
            }
            request.Body = new MemoryStream(body, writable: false);
            request.ContentLength = body.Length;
        }
        await next(context);
    }

    private static bool ContainsEncodedNul(ReadOnlySpan<byte> body) => body.IndexOf(EncodedNul) >= 0;
}
