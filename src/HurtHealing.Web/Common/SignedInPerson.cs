using System.Security.Claims;
using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Common;

/// <summary>The signed-in person: their owner id, and the time zone their dates and times are shown in.</summary>
internal static class SignedInPerson
{
    /// <summary>The signed-in person's id. Every page here requires sign-in (the fallback policy), so it is always there.</summary>
    public static string OwnerId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No signed-in person.");

    /// <summary>The zone saved on the account; null until the browser (or the person) tells us.</summary>
    public static Task<string?> SavedTimeZoneIdAsync(this AppDbContext db, ClaimsPrincipal user)
    {
        var ownerId = user.OwnerId();
        return db.Users.Where(u => u.Id == ownerId).Select(u => u.TimeZoneId).FirstOrDefaultAsync();
    }

    /// <summary>The saved zone, else <paramref name="fallbackId"/> if it is a real zone, else UTC.</summary>
    public static async Task<TimeZoneInfo> TimeZoneAsync(this AppDbContext db, ClaimsPrincipal user, string? fallbackId = null) =>
        TimeZones.Resolve(await db.SavedTimeZoneIdAsync(user), fallbackId);

    public static Task SaveTimeZoneAsync(this AppDbContext db, ClaimsPrincipal user, TimeZoneInfo zone)
    {
        var ownerId = user.OwnerId();
        return db.Users.Where(u => u.Id == ownerId).ExecuteUpdateAsync(set => set.SetProperty(u => u.TimeZoneId, zone.Id));
    }
}
