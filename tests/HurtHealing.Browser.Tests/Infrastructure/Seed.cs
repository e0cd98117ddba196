using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HurtHealing.Browser.Tests.Infrastructure;

/// <summary>What a person has after a first week, written straight through the real model (so pages can be visited with something on them).</summary>
public sealed record FirstWeek(Guid IncidentId, Guid PlanId, Guid PastIncidentId, Guid PastPlanId)
{
    public static async Task<FirstWeek> SeedAsync(KestrelAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var zone = TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var incident = Incident.Create(ownerId, Guid.NewGuid(), zone, today.AddDays(-2), new TimeOnly(19, 30),
            "Anniversary dinner", "They checked their phone all through our anniversary dinner and said it was nothing.",
            IncidentCategory.Forgotten, 8, now);
        incident.RecordFeelings([new FeelingRating("hurt", 8), new FeelingRating("lonely", 5), new FeelingRating("disappointed", 2)], now);
        incident.RecordNeed(NeedKind.ToBeHeard, "They put the phone away and ask how I am.", now);
        var plan = TalkPlan.Create(ownerId, incident.Id, now);
        foreach (var question in ReadinessCheck.Questions)
        {
            plan.AnswerReadiness(question, ReadinessAnswer.Yes, now);
        }
        plan.SetNeedToState("What I need most is to be heard.", now);
        plan.SetOpeningLine("I'm not trying to win anything. I'd like us to understand each other. Is now a good time?", now);
        plan.AddStatement("they checked their phone during our dinner", "hurt and lonely", "to feel that I matter to you", "put the phone away when we eat together", now);
        plan.AddStatement("the dinner ended in silence", "sad", null, null, now);
        plan.SetListenFor("What their week has been like. Say back what I heard before I answer.", now);
        plan.ProposeTime(now.AddDays(2), now);
        plan.MarkReady(now);

        var past = Incident.Create(ownerId, Guid.NewGuid(), zone, today.AddDays(-6), null,
            null, "A remark about my cooking in front of friends.", IncidentCategory.Criticism, 4, now);
        past.RecordFeelings([new FeelingRating("embarrassed", 6)], now);
        var pastPlan = TalkPlan.Create(ownerId, past.Id, now);
        pastPlan.SetNeedToState("An acknowledgment that it stung.", now);
        pastPlan.MarkReady(now);
        pastPlan.RecordOutcome("Calmer than I feared.", 7, "No jokes about each other in front of friends.", null, now);

        var entry = JournalEntry.Create(ownerId, "Slept badly. Walked by the river, which helped a little.", now, incident.Id, 10, now);
        db.AddRange(incident, plan, past, pastPlan, entry);
        await db.SaveChangesAsync();
        return new FirstWeek(incident.Id, plan.Id, past.Id, pastPlan.Id);
    }
}
