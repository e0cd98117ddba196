using System.Security.Claims;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Common;

/// <summary>The signed-in person: their owner id, and the time zone their dates and times are shown in.</summary>
internal static class SignedInPerson
{
    /// <summary>The signed-in person's id. Every page here requires sign-in (the fallback policy), so it is always there.</summary>
    public static string OwnerId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No signed-in person.");

    /// <summary>
    /// The zone saved on the account; null until the browser (or the person) tells us. It comes with the session
    /// (<see cref="DbTicketStore"/>), so this is a query only when the session was not read through the store.
    /// </summary>
    public static Task<string?> SavedTimeZoneIdAsync(this AppDbContext db, HttpContext context)
    {
        if (DbTicketStore.SavedTimeZoneOf(context) is (true, var saved))
        {
            return Task.FromResult(saved);
        }
        var ownerId = context.User.OwnerId();
        return db.Users.Where(u => u.Id == ownerId).Select(u => u.TimeZoneId).FirstOrDefaultAsync();
    }

    /// <summary>The saved zone, else <paramref name="fallbackId"/> if it is a real zone, else UTC.</summary>
    public static async Task<TimeZoneInfo> TimeZoneAsync(this AppDbContext db, HttpContext context, string? fallbackId = null) =>
        TimeZones.Resolve(await db.SavedTimeZoneIdAsync(context), fallbackId);

    /// <summary>
    /// Saves the zone and answers once every instance has heard of it: the change is announced to the session
    /// caches (migration SessionTimeZoneNotify), so the next page anywhere shows times in the new zone.
    /// </summary>
    public static async Task SaveTimeZoneAsync(this AppDbContext db, HttpContext context, TimeZoneInfo zone)
    {
        var ownerId = context.User.OwnerId();
        await db.Users.Where(u => u.Id == ownerId).ExecuteUpdateAsync(set => set.SetProperty(u => u.TimeZoneId, zone.Id));
        await context.RequestServices.GetRequiredService<SessionChanges>().AwaitDeliveryAsync(db, context.RequestAborted);
    }
}
