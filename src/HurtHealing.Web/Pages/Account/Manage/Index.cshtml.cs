using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Pages.Account.Manage;

public partial class IndexModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AppDbContext db,
    IOptions<PrivacyOptions> privacy,
    TimeProvider time,
    ILogger<IndexModel> logger) : PageModel
{
    public string Email { get; private set; } = "";
    public bool EmailConfirmed { get; private set; }
    public bool TwoFactorEnabled { get; private set; }
    public int PasskeyCount { get; private set; }

    /// <summary>Live sessions of this account on other devices or browsers.</summary>
    public int OtherSessions { get; private set; }

    public int IdleTimeoutMinutes => privacy.Value.IdleTimeoutMinutes;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        Email = user.Email ?? "";
        EmailConfirmed = user.EmailConfirmed;
        TwoFactorEnabled = user.TwoFactorEnabled;
        OtherSessions = await CountOtherLiveSessionsAsync(user.Id);
        PasskeyCount = await db.Set<IdentityUserPasskey<string>>().CountAsync(p => p.UserId == user.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutOthersAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        var ended = await SessionRevoker.RenewAfterSecurityChangeAsync(HttpContext, db, signInManager, user);
        LogSignedOutOthers(logger, user.Id, ended);
        StatusMessage = "Done. You're signed out everywhere else; this device stays signed in.";
        return RedirectToPage();
    }

    // Rows of idle sessions stay until someone presents them, so only count the ones that would still open.
    private Task<int> CountOtherLiveSessionsAsync(string userId)
    {
        var now = time.GetUtcNow();
        var idleSince = now - privacy.Value.IdleTimeout;
        var rememberedIdleSince = now - privacy.Value.RememberedIdleTimeout;
        var current = SessionRevoker.CurrentSessionKey(HttpContext) ?? "";
        return db.UserSessions.CountAsync(s =>
            s.UserId == userId && s.Id != current && s.ExpiresAt > now &&
            (s.IsPersistent ? s.LastSeenAt > rememberedIdleSince : s.LastSeenAt > idleSince));
    }

    [LoggerMessage(EventId = LogEvents.OtherSessionsEnded, Level = LogLevel.Information, Message = "User {UserId} signed out other devices; {SessionCount} sessions ended")]
    private static partial void LogSignedOutOthers(ILogger logger, string userId, int sessionCount);
}
