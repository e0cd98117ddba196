using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Npgsql;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// While PostgreSQL can't be reached, every request that needs it answers 503 with a calm page and Retry-After.
/// The page is rendered here, not by re-executing the pipeline: a re-executed request would authenticate again,
/// and the session store lives in the database too. Nothing on the page touches the database.
/// </summary>
public sealed partial class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const int RetryAfterSeconds = 30;
    public const string ViewPath = "/Pages/Shared/DatabaseAway.cshtml";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsDatabaseUnavailable(e) && !context.Response.HasStarted)
        {
            // The exception's type and state only: its message can name the host, never anything a person wrote.
            LogUnavailable(logger, e.GetType().Name, (e as PostgresException)?.SqlState);
            await AnswerAsync(context);
        }
    }

    /// <summary>
    /// The connection failed or the server is shutting down, starting up or full; not a bad statement or a
    /// conflict, which are bugs or races and stay 500s so they are seen.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                           || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                           || postgres.SqlState == PostgresErrorCodes.TooManyConnections;
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }
        return false;
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Whoever was signed in can't be confirmed without the session store: the page shows no account menu.
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        if (context.GetEndpoint() is null)
        {
            // Links on the page are made by endpoint routing; a request that matched nothing has no endpoint yet.
            context.SetEndpoint(new Endpoint(null, EndpointMetadataCollection.Empty, "Database away"));
        }

        var model = new DatabaseAwayView(
            DraftKept: context.Request.Path.StartsWithSegments("/Incidents/Log", StringComparison.OrdinalIgnoreCase),
            RetryAfterSeconds);
        var viewData = new ViewDataDictionary<DatabaseAwayView>(
            context.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { Model = model };
        var view = new ViewResult { ViewName = ViewPath, ViewData = viewData, StatusCode = StatusCodes.Status503ServiceUnavailable };
        await view.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    [LoggerMessage(EventId = LogEvents.DatabaseUnavailable, Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType} {SqlState}): answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exceptionType, string? sqlState);
}

/// <summary>What the calm 503 page says: whether the device's draft keeps the words, and when to try again.</summary>
public sealed record DatabaseAwayView(bool DraftKept, int RetryAfterSeconds);
