using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's form reader refuses "%00" outright, so a NUL in any field would fail the whole post before
/// a page could say which field is wrong. This swaps each encoded NUL for U+FFFD (the replacement character),
/// which every text rule rejects with a message beside its field (<see cref="TextRules"/>).
/// It runs before sign-in and antiforgery, so it reads at most <see cref="MaxBodyBytes"/> of any body, chunked
/// or not, and answers 413 to a longer one; the same bound is set for whatever reads a body later.
/// </summary>
public sealed class NulInFormMiddleware(RequestDelegate next)
{
    /// <summary>No form here comes near this (the longest, a journal entry, is under 80 KB fully encoded).</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private static readonly byte[] EncodedNul = "%00"u8.ToArray();
    private static readonly byte[] EncodedReplacement = "%EF%BF%BD"u8.ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var cap = CapFor(request);
        if (request.ContentLength > cap)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = cap;
        }

        if (HttpMethods.IsPost(request.Method)
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await ReadAtMostAsync(request.Body, MaxBodyBytes + 1, context.RequestAborted);
            if (body.Length > MaxBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }
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

    /// <summary>
    /// One page takes a larger body: an export file brought back in (multipart only). Nothing here reads it; the page
    /// does, after sign-in and antiforgery, so a stranger's upload is never read.
    /// </summary>
    private static long CapFor(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.Equals(Pages.Account.Manage.ImportModel.Path, StringComparison.OrdinalIgnoreCase)
        && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
            ? Pages.Account.Manage.ImportModel.MaxRequestBytes
            : MaxBodyBytes;

    private static async Task<byte[]> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while (buffer.Length < limit
                   && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellation)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static bool ContainsEncodedNul(ReadOnlySpan<byte> body) => body.IndexOf(EncodedNul) >= 0;
}
