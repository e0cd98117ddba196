using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Export;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// "Download my data": after the password again (and the authenticator code when two-step sign-in is on),
/// everything the person owns as one JSON file, a zip of CSV files or a readable record (HTML that prints to PDF),
/// streamed straight from the database.
/// </summary>
public partial class ExportModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AppDbContext db,
    TimeProvider time,
    ILogger<ExportModel> logger) : PageModel
{
    [BindProperty]
    public PasswordRecheckInput Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }

    public Task<IActionResult> OnPostJsonAsync() => ExportAsync("json", async (user, body, now, ct) =>
    {
        Response.ContentType = "application/json; charset=utf-8";
        await PersonExport.WriteJsonAsync(body, db, user, now, ct);
    });

    public Task<IActionResult> OnPostCsvAsync() => ExportAsync("zip", async (user, body, _, ct) =>
    {
        Response.ContentType = "application/zip";
        // The zip's entry streams finish each file with a synchronous write even when disposed asynchronously.
        HttpContext.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        await PersonExport.WriteCsvZipAsync(body, db, user, ct);
    });

    public Task<IActionResult> OnPostRecordAsync() => ExportAsync("html", async (user, body, now, ct) =>
    {
        Response.ContentType = "text/html; charset=utf-8";
        await ReadableRecord.WriteAsync(body, db, user, DiscreetMode.IsOn(User), now, ct);
    }, baseName: "record");

    private async Task<IActionResult> ExportAsync(string extension, Func<AppUser, Stream, DateTimeOffset, CancellationToken, Task> write, string baseName = "export")
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        TwoFactorEnabled = user.TwoFactorEnabled;
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }
        if (!await signInManager.ConfirmPasswordAsync(user, Input.Password, ModelState)
            || (TwoFactorEnabled && !await signInManager.ConfirmAuthenticatorCodeAsync(user, Input.Code, ModelState)))
        {
            LogRefused(logger, user.Id);
            return this.InvalidInput();
        }

        var now = time.GetUtcNow();
        // A neutral file name: a downloads folder is often seen by others.
        Response.Headers.ContentDisposition = $"attachment; filename=\"{baseName}-{now:yyyy-MM-dd}.{extension}\"";
        await write(user, Response.Body, now, HttpContext.RequestAborted);
        LogExported(logger, user.Id, extension);
        return new EmptyResult();
    }

    [LoggerMessage(EventId = LogEvents.DataExported, Level = LogLevel.Information, Message = "User {UserId} downloaded their data as {Format}")]
    private static partial void LogExported(ILogger logger, string userId, string format);

    [LoggerMessage(EventId = LogEvents.DataExportRefused, Level = LogLevel.Warning, Message = "User {UserId} was refused a download of their data (password or code)")]
    private static partial void LogRefused(ILogger logger, string userId);
}
