using System.Security.Cryptography;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Export;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// Bring an export back in: into an account that holds nothing yet. The file is checked and its counts shown
/// first; the person then chooses the same file again to import it (nothing is kept on the server between the
/// two steps, and the file's hash makes sure the file imported is the one that was shown).
/// </summary>
public partial class ImportModel(AppDbContext db, SessionChanges sessionChanges, ILogger<ImportModel> logger) : PageModel
{
    public const string Path = "/Account/Manage/Import";

    /// <summary>The largest file read. An export of 5,000 incidents with everything about them is about 32 MB (bench/export).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The request around that file: the file, the token and the hash.</summary>
    public const long MaxRequestBytes = MaxFileBytes + 64 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? CheckedHash { get; set; }

    public bool AccountIsEmpty { get; private set; }

    /// <summary>Counts of the checked file, by table, for the preview.</summary>
    public IReadOnlyDictionary<string, int>? Counts { get; private set; }

    public async Task OnGetAsync() => AccountIsEmpty = await PersonImport.IsEmptyAsync(db, User.OwnerId(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCheckAsync()
    {
        AccountIsEmpty = await PersonImport.IsEmptyAsync(db, User.OwnerId(), HttpContext.RequestAborted);
        var (file, hash) = await ReadFileAsync();
        if (file is null)
        {
            return this.InvalidInput();
        }
        using (file.Document)
        {
            if (!AccountIsEmpty)
            {
                ModelState.AddModelError(nameof(Upload), NotEmpty);
                return this.InvalidInput();
            }
            Counts = file.Counts;
            CheckedHash = hash;
            ModelState.Remove(nameof(CheckedHash));
            return Page();
        }
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        var ownerId = User.OwnerId();
        AccountIsEmpty = await PersonImport.IsEmptyAsync(db, ownerId, HttpContext.RequestAborted);
        var (file, hash) = await ReadFileAsync();
        if (file is null)
        {
            return this.InvalidInput();
        }
        using (file.Document)
        {
            if (hash != CheckedHash)
            {
                ModelState.AddModelError(nameof(Upload), "This isn't the file that was checked. Choose it and check it first, then import.");
                CheckedHash = null;
                ModelState.Remove(nameof(CheckedHash));
                return this.InvalidInput();
            }
            bool written;
            try
            {
                written = await PersonImport.WriteAsync(db, file, ownerId, HttpContext.RequestAborted);
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError(nameof(Upload), "Something in this file couldn't be saved here, so nothing was imported. It may have been edited by hand.");
                LogRefused(logger, ownerId, "not saved");
                return this.InvalidInput();
            }
            if (!written)
            {
                AccountIsEmpty = false;
                ModelState.AddModelError(nameof(Upload), NotEmpty);
                LogRefused(logger, ownerId, "account not empty");
                return this.InvalidInput();
            }
            // The file's time zone may now be the saved one: answer once the session caches have heard.
            await sessionChanges.AwaitDeliveryAsync(db, HttpContext.RequestAborted);
            var rows = file.Counts.Values.Sum();
            LogImported(logger, ownerId, rows);
            TempData["StatusMessage"] = $"Imported: {Summary(file.Counts)}.";
            return RedirectToPage("./Index");
        }
    }

    private const string NotEmpty = "This account already has things written in it, so nothing was imported. "
        + "An export can only go into a new or empty account (so nothing is ever doubled).";

    private async Task<(ImportFile? File, string? Hash)> ReadFileAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Please choose the .json file you downloaded.");
            return (null, null);
        }
        if (Upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"This file is larger than {MaxFileBytes / (1024 * 1024)} MB, which is more than an export from this app should be.");
            return (null, null);
        }
        var bytes = new byte[Upload.Length];
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, HttpContext.RequestAborted);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            return (PersonImport.Read(db, bytes), hash);
        }
        catch (ImportRefusedException refused)
        {
            ModelState.AddModelError(nameof(Upload), refused.Message);
            LogRefused(logger, User.OwnerId(), "file refused");
            return (null, null);
        }
    }

    public static string Label(string table) => table switch
    {
        "incidents" => "things that happened",
        "feeling_records" => "feelings",
        "need_records" => "needs",
        "journal_entries" => "journal entries",
        "talk_plans" => "talk plans",
        "feel_statements" => "“I feel” statements",
        "repair_attempts" => "attempts to make it right",
        "promises" => "promises",
        "promise_changes" => "changes to promises",
        "check_ins" => "check-ins",
        "check_in_invitation_dismissals" => "check-in reminders set aside",
        "boundaries" => "boundaries",
        "boundary_crossings" => "times a boundary was crossed",
        _ => PersonImport.Readable(table),
    };

    private static string Summary(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Value:N0} {Label(c.Key)}")) is { Length: > 0 } text ? text : "an empty export";

    [LoggerMessage(EventId = LogEvents.DataImported, Level = LogLevel.Information, Message = "User {UserId} imported {Rows} rows")]
    private static partial void LogImported(ILogger logger, string userId, int rows);

    [LoggerMessage(EventId = LogEvents.DataImportRefused, Level = LogLevel.Warning, Message = "User {UserId} was refused an import: {Reason}")]
    private static partial void LogRefused(ILogger logger, string userId, string reason);
}
