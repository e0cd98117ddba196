using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Browser.Tests.Infrastructure;

/// <summary>Weeks of healing on the first week's incident: check-ins with a setback, a repair attempt with a promise, a boundary crossed.</summary>
public sealed record HealingWeeks(Guid AttemptId, Guid BoundaryId)
{
    public static async Task<HealingWeeks> SeedAsync(KestrelAppFactory app, string email, Guid incidentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        await db.Database.ExecuteSqlAsync($"UPDATE incidents SET \"CreatedAt\" = {now.AddDays(-45)} WHERE \"Id\" = {incidentId}");

        foreach (var (daysAgo, intensity, resentment, retriggered) in new[] { (40, 8, 7, false), (33, 7, 6, false), (26, 5, 5, false), (19, 4, 3, false), (12, 6, 5, true), (5, 3, 3, false), (1, 3, 2, false) })
        {
            db.CheckIns.Add(CheckIn.Create(ownerId, incidentId, Guid.NewGuid(), intensity, resentment, retriggered,
                retriggered ? "A song from that evening." : null, null, now.AddDays(-daysAgo)));
        }
        var attempt = RepairAttempt.Create(ownerId, incidentId, Guid.NewGuid(), RepairBy.Partner, RepairKind.Apology, now.AddDays(-30),
            "Said sorry and put the phone in the other room.", now.AddDays(-30));
        attempt.Acknowledge("Thanked them.", now.AddDays(-30));
        attempt.AddPromise("Phones away at dinner.", DateOnly.FromDateTime(now.UtcDateTime).AddDays(-2), now.AddDays(-30));
        var other = RepairAttempt.Create(ownerId, incidentId, Guid.NewGuid(), RepairBy.Partner, RepairKind.Promise, now.AddDays(-20), null, now.AddDays(-20));
        other.AddPromise("Home by seven on Fridays.", null, now.AddDays(-20));
        other.RecordFollowThrough(PromiseFollowThrough.Kept, now.AddDays(-6));
        var mine = RepairAttempt.Create(ownerId, incidentId, Guid.NewGuid(), RepairBy.Me, RepairKind.AffectionOrHumour, now.AddDays(-15), null, now.AddDays(-15));
        var boundary = Boundary.Create(ownerId, incidentId, Guid.NewGuid(), "Being ignored for the phone while I'm talking.", "Say so once, then leave the table.", now.AddDays(-28), now.AddDays(-28));
        boundary.MarkCrossed(now.AddDays(-12), now.AddDays(-12));
        db.AddRange(attempt, other, mine, boundary);
        await db.SaveChangesAsync();
        return new HealingWeeks(attempt.Id, boundary.Id);
    }
}
