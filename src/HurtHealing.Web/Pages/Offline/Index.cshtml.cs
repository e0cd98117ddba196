using System.Buffers.Text;
using System.Security.Cryptography;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Offline;

/// <summary>
/// What the app shows without a connection (kept by the service worker: it holds no one's words), and the
/// key a signed-in session uses to encrypt the log entries it queues on the device while offline.
/// </summary>
public partial class IndexModel(BlindIndex keys, ILogger<IndexModel> logger) : PageModel
{
    public const string QueueKeyPurpose = "HurtHealing.OfflineQueueKey.v1";

    public void OnGet()
    {
    }

    /// <summary>
    /// The person's own AES-256 key for the offline queue (the same each time, so entries queued before a session
    /// ended can be sent after signing in again), and a short id that tells which account a queued entry is for.
    /// Signed-in only (the folder convention) and never cached (every page answer is no-store).
    /// </summary>
    public async Task<IActionResult> OnGetKeyAsync()
    {
        var key = await keys.DeriveOwnerKeyAsync(QueueKeyPurpose, User.OwnerId(), HttpContext.RequestAborted);
        var id = Base64Url.EncodeToString(SHA256.HashData(key).AsSpan(0, 9));
        LogKeyGiven(logger);
        return new JsonResult(new { id, key = Base64Url.EncodeToString(key) });
    }

    [LoggerMessage(EventId = LogEvents.OfflineQueueKeyGiven, Level = LogLevel.Information, Message = "Offline queue key given to a signed-in session")]
    private static partial void LogKeyGiven(ILogger logger);
}
