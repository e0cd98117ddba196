using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure.Limits;

/// <summary>Marks a page whose posts can be used to guess passwords or codes, or to ask for email: its posts are rate limited.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AccountFormLimitsAttribute : Attribute;

/// <summary>
/// ASP.NET Core's rate limiter on the posts of every <see cref="AccountFormLimitsAttribute"/> page: a token
/// bucket per IP address chained with one per email posted (the owner's known devices get their own, so a
/// stranger can't use it up). Refused posts get 429, a Retry-After and a calm page written here, which needs
/// neither the database nor a session.
/// </summary>
public static partial class AccountFormLimits
{
    public static IServiceCollection AddAccountFormLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<LimitsOptions>, KnownDevice, IOptions<PrivacyOptions>>((options, limits, device, privacy) =>
            {
                var perIp = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsLimitedPost(context)
                        ? RateLimitPartition.GetTokenBucketLimiter("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                            _ => Bucket(limits.Value.PerIp))
                        : RateLimitPartition.GetNoLimiter(""));
                var perAccount = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsLimitedPost(context) && PostedEmail(context) is { } email
                        ? RateLimitPartition.GetTokenBucketLimiter(
                            (device.IsKnownFor(context, email) ? "known:" : "any:") + email.Trim().ToUpperInvariant(),
                            _ => Bucket(limits.Value.PerAccount))
                        : RateLimitPartition.GetNoLimiter(""));
                options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perIp, perAccount);
                options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                options.OnRejected = async (rejected, ct) =>
                {
                    var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                    var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                    var response = rejected.HttpContext.Response;
                    response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                    response.Headers.CacheControl = "no-store";
                    response.ContentType = "text/html; charset=utf-8";
                    LogRejected(rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountFormLimits)),
                        rejected.HttpContext.Request.Path, seconds);
                    await response.WriteAsync(TooManyRequestsPage(TimeSpan.FromSeconds(seconds), privacy.Value.QuickExitUrl), ct);
                };
            });
        return services;
    }

    /// <summary>Reads the form of a limited post first, so the per-account partition can see the email posted.</summary>
    public static IApplicationBuilder UseAccountFormLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsLimitedPost(context) && context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A form that can't be read has no email to count; the page answers it as it does today.
                }
            }
            await next(context);
        });
        return app.UseRateLimiter();
    }

    public static string TooManyRequestsPage(TimeSpan wait, string quickExitUrl) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="referrer" content="no-referrer" />
            <meta name="robots" content="noindex, nofollow" />
            <meta name="color-scheme" content="light dark" />
            <title>Let's pause for a moment · HurtHealing</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
            <link rel="stylesheet" href="/css/app.css" />
        </head>
        <body>
            <header class="top">
                <a class="brand" href="/"><img src="/favicon.svg" alt="" width="24" height="24" /><span>HurtHealing</span></a>
                <a class="quick-exit-button" href="{WebUtility.HtmlEncode(quickExitUrl)}" rel="noreferrer">Quick exit</a>
            </header>
            <main id="main">
                <h1>Let's pause for a moment</h1>
                <div class="card">
                    <p class="lead">There have been a lot of tries here in a short time, so we've slowed things down to keep accounts safe.</p>
                    <p>Please try again in {AttemptWording.Describe(wait)}. Nothing you had saved has been lost.</p>
                </div>
                <p><a class="button secondary" href="/">Go to the start</a></p>
            </main>
        </body>
        </html>
        """;

    private static bool IsLimitedPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<AccountFormLimitsAttribute>() is not null;

    private static string? PostedEmail(HttpContext context)
    {
        var email = context.Features.Get<IFormFeature>()?.Form?["Input.Email"].ToString();
        return string.IsNullOrWhiteSpace(email) ? null : email;
    }

    private static TokenBucketRateLimiterOptions Bucket(RequestBucket bucket) => new()
    {
        TokenLimit = Math.Max(1, bucket.Burst),
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / Math.Max(1, bucket.PerMinute)),
        AutoReplenishment = true,
        QueueLimit = 0,
    };

    [LoggerMessage(EventId = LogEvents.AccountFormLimited, Level = LogLevel.Warning, Message = "Too many posts to {Path}; refused for {Seconds} s")]
    private static partial void LogRejected(ILogger logger, PathString path, int seconds);
}
