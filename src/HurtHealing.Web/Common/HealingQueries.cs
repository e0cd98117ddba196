using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Insights;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HurtHealing.Web.Common;

/// <summary>
/// The SQL aggregates home and "How it's going" share: curves grouped by day and week in the person's own time
/// zone, and counts, so neither page reads the whole history. Each method is one SQL command; every one filters
/// by owner itself (raw SQL passes the owner filter by, so the first lock is written here).
/// </summary>
internal static class HealingQueries
{
    /// <summary>
    /// One point per day in the zone (<c>@zone</c>), at the start of that day, from <c>@since</c> to <c>@now</c>: the
    /// mean of that day's ratings across incidents (check-ins, and the hurt given when an incident was logged), with
    /// whether anything re-triggered it that day. Shared by "How it's going" and home, which reads it beside its counts.
    /// </summary>
    private const string DailySql = """
        SELECT date_trunc('day', p.at AT TIME ZONE @zone) AS "Day",
               avg(p.intensity)::float8 AS "Intensity",
               avg(p.resentment)::float8 AS "Resentment",
               bool_or(p.retriggered) AS "Retriggered"
        FROM (
            SELECT c."CheckedInAt" AS at, c."Intensity"::float8 AS intensity, c."ResentmentGrip"::float8 AS resentment, c."Retriggered" AS retriggered
            FROM check_ins c
            WHERE c."OwnerId" = @owner AND c."CheckedInAt" > @since AND c."CheckedInAt" <= @now
            UNION ALL
            SELECT i."CreatedAt", i."Hurt"::float8, NULL::float8, false
            FROM incidents i
            WHERE i."OwnerId" = @owner AND i."CreatedAt" > @since AND i."CreatedAt" <= @now
        ) p
        GROUP BY 1
        """;

    /// <summary>The overall healing curve from <paramref name="since"/> to <paramref name="now"/>, a point a day in <paramref name="zone"/> (<see cref="DailySql"/>).</summary>
    public static async Task<IReadOnlyList<HealingPoint>> DailyPointsAsync(AppDbContext db, string ownerId, TimeZoneInfo zone, DateTimeOffset since, DateTimeOffset now)
    {
        var rows = await db.Database.SqlQueryRaw<DayRow>(DailySql + " ORDER BY 1", DailyParameters(ownerId, zone, since, now)).ToListAsync();
        return [.. rows.Select(r => new HealingPoint(StartOfDay(r.Day, zone), r.Intensity, r.Resentment, r.Retriggered))];
    }

    /// <summary>
    /// Home's one command for healing: what is due (<see cref="DueRules"/>: promises past their date, and fresh incidents
    /// that could use a check-in) beside the daily curve since <paramref name="since"/>. The counts come on every row, and
    /// on one row of empty days when there is no point yet.
    /// </summary>
    public static async Task<(DueCounts Due, IReadOnlyList<HealingPoint> Points)> HomeAsync(
        AppDbContext db, string ownerId, TimeZoneInfo zone, DateOnly today, DateTimeOffset now, string atPeaceIndex, DateTimeOffset since)
    {
        var rows = await db.Database.SqlQueryRaw<HomeRow>($"""
            SELECT due."PromisesDue", due."CheckInsDue", d."Day", d."Intensity", d."Resentment", d."Retriggered"
            FROM (
              SELECT
                (SELECT count(*) FROM promises p
                 WHERE p."OwnerId" = @owner AND p."Status" = @pending AND p."ByDate" < @today)::int AS "PromisesDue",
                (SELECT count(*) FROM incidents i
                 WHERE i."OwnerId" = @owner AND i."CreatedAt" > @freshSince AND i."StatusIndex" <> @atPeace
                   AND NOT EXISTS (SELECT 1 FROM check_in_invitation_dismissals x WHERE x."OwnerId" = @owner AND x."IncidentId" = i."Id")
                   AND COALESCE((SELECT max(c."CheckedInAt") FROM check_ins c WHERE c."OwnerId" = @owner AND c."IncidentId" = i."Id"), i."CreatedAt") <= @lookedBefore
                )::int AS "CheckInsDue"
            ) due
            LEFT JOIN ({DailySql}) d ON true
            ORDER BY d."Day"
            """,
            [.. DailyParameters(ownerId, zone, since, now),
             new NpgsqlParameter("pending", (int)PromiseFollowThrough.Pending),
             new NpgsqlParameter("today", today),
             new NpgsqlParameter("freshSince", now.AddDays(-DueRules.FreshDays)),
             new NpgsqlParameter("lookedBefore", now.AddDays(-DueRules.CheckInAfterDays)),
             new NpgsqlParameter("atPeace", atPeaceIndex)]).ToListAsync();
        var due = new DueCounts { PromisesDue = rows[0].PromisesDue, CheckInsDue = rows[0].CheckInsDue };
        return (due, [.. rows.Where(r => r.Day is not null)
            .Select(r => new HealingPoint(StartOfDay(r.Day!.Value, zone), r.Intensity!.Value, r.Resentment, r.Retriggered!.Value))]);
    }

    private static NpgsqlParameter[] DailyParameters(string ownerId, TimeZoneInfo zone, DateTimeOffset since, DateTimeOffset now) =>
        [new("owner", ownerId), new("zone", zone.Id), new("since", since), new("now", now)];

    /// <summary>
    /// A few incidents that include the <paramref name="count"/> most recently looked at (ordered by their last check-in,
    /// or when they were logged if never checked in on), found without reading the whole history: the incidents of the
    /// newest check-ins, walked newest first through the (owner, checked-in-at) index until <paramref name="count"/>
    /// different ones are found, and the newest incidents never checked in on that are not older than the last of those.
    /// The caller orders these few and takes <paramref name="count"/>; together they contain the top ones. ("Never checked
    /// in on" is a scalar subquery, not NOT EXISTS, so PostgreSQL probes the index for the few newest incidents instead
    /// of hashing every check-in for an anti-join.)
    /// </summary>
    public static IQueryable<Incident> RecentlyLookedAtCandidates(AppDbContext db, string ownerId, int count) =>
        db.Incidents.FromSql($"""
            SELECT i.xmin, i.* FROM incidents i
            WHERE i."OwnerId" = {ownerId} AND i."Id" IN (
                SELECT looked.id FROM (
                    WITH RECURSIVE walk(n, ids, at) AS (
                        (SELECT 1, ARRAY[c."IncidentId"], c."CheckedInAt" FROM check_ins c
                         WHERE c."OwnerId" = {ownerId} ORDER BY c."CheckedInAt" DESC LIMIT 1)
                        UNION ALL
                        SELECT w.n + 1, w.ids || next."IncidentId", next."CheckedInAt"
                        FROM walk w CROSS JOIN LATERAL (
                            SELECT c."IncidentId", c."CheckedInAt" FROM check_ins c
                            WHERE c."OwnerId" = {ownerId} AND c."CheckedInAt" <= w.at AND c."IncidentId" <> ALL (w.ids)
                            ORDER BY c."CheckedInAt" DESC LIMIT 1) next
                        WHERE w.n < {count}
                    ),
                    checked AS (SELECT w.ids[w.n] AS id, w.at FROM walk w)
                    SELECT checked.id FROM checked
                    UNION ALL
                    (SELECT u."Id" FROM incidents u
                     WHERE u."OwnerId" = {ownerId}
                       AND u."CreatedAt" >= COALESCE((SELECT min(checked.at) FROM checked HAVING count(*) >= {count}), '-infinity'::timestamptz)
                       AND (SELECT 1 FROM check_ins c WHERE c."OwnerId" = {ownerId} AND c."IncidentId" = u."Id" LIMIT 1) IS NULL
                     ORDER BY u."CreatedAt" DESC LIMIT {count})
                ) looked)
            """);

    /// <summary>Promises marked broken and boundaries crossed since <paramref name="since"/>, with their incident: the setbacks that aren't ratings.</summary>
    public static async Task<IReadOnlyList<SetbackEvent>> SetbackEventsAsync(AppDbContext db, string ownerId, DateTimeOffset since)
    {
        var broken = (int)PromiseFollowThrough.Broken;
        var rows = await db.Database.SqlQuery<SetbackEventRow>($"""
            SELECT p."IncidentId" AS "IncidentId", p."StatusChangedAt" AS "At", {(int)SetbackKind.PromiseBroken} AS "Kind"
            FROM promises p
            WHERE p."OwnerId" = {ownerId} AND p."Status" = {broken} AND p."StatusChangedAt" > {since}
            UNION ALL
            SELECT b."IncidentId", x."CrossedAt", {(int)SetbackKind.BoundaryCrossed}
            FROM boundary_crossings x JOIN boundaries b ON b."Id" = x."BoundaryId" AND b."OwnerId" = {ownerId}
            WHERE x."OwnerId" = {ownerId} AND x."CrossedAt" > {since}
            """).ToListAsync();
        return [.. rows.Select(r => new SetbackEvent(r.IncidentId, r.At, (SetbackKind)r.Kind))];
    }

    /// <summary>The trust curve's weeks since <paramref name="since"/>: promises by the week their follow-through was set, my partner's repair attempts by the week they were made.</summary>
    public static async Task<IReadOnlyList<TrustWeek>> TrustWeeksAsync(AppDbContext db, string ownerId, TimeZoneInfo zone, DateTimeOffset since)
    {
        var rows = await db.Database.SqlQuery<TrustWeekRow>($"""
            SELECT w.week AS "Week", sum(w.kept)::int AS "Kept", sum(w.partly)::int AS "PartlyKept", sum(w.broken)::int AS "Broken",
                   sum(w.partner)::int AS "PartnerAttempts", sum(w.acknowledged)::int AS "Acknowledged"
            FROM (
                SELECT date_trunc('week', p."StatusChangedAt" AT TIME ZONE {zone.Id}) AS week,
                       (p."Status" = {(int)PromiseFollowThrough.Kept})::int AS kept,
                       (p."Status" = {(int)PromiseFollowThrough.PartlyKept})::int AS partly,
                       (p."Status" = {(int)PromiseFollowThrough.Broken})::int AS broken,
                       0 AS partner, 0 AS acknowledged
                FROM promises p
                WHERE p."OwnerId" = {ownerId} AND p."StatusChangedAt" > {since} AND p."Status" <> {(int)PromiseFollowThrough.Pending}
                UNION ALL
                SELECT date_trunc('week', r."MadeAt" AT TIME ZONE {zone.Id}), 0, 0, 0, 1, (r."AcknowledgedAt" IS NOT NULL)::int
                FROM repair_attempts r
                WHERE r."OwnerId" = {ownerId} AND r."By" = {(int)RepairBy.Partner} AND r."MadeAt" > {since}
            ) w
            GROUP BY 1
            """).ToListAsync();
        return [.. rows.Select(r => new TrustWeek(DateOnly.FromDateTime(r.Week), r.Kept, r.PartlyKept, r.Broken, r.PartnerAttempts, r.Acknowledged))];
    }

    /// <summary>Follow-throughs set since <paramref name="since"/> (<see cref="PatternRules.PromiseWindowDays"/> days for the pattern).</summary>
    public static async Task<PromiseTally> PromiseTallyAsync(AppDbContext db, string ownerId, DateTimeOffset since)
    {
        var row = await db.Database.SqlQuery<PromiseTallyRow>($"""
            SELECT count(*) FILTER (WHERE p."Status" = {(int)PromiseFollowThrough.Kept})::int AS "Kept",
                   count(*) FILTER (WHERE p."Status" = {(int)PromiseFollowThrough.PartlyKept})::int AS "PartlyKept",
                   count(*) FILTER (WHERE p."Status" = {(int)PromiseFollowThrough.Broken})::int AS "Broken"
            FROM promises p
            WHERE p."OwnerId" = {ownerId} AND p."StatusChangedAt" > {since}
            """).SingleAsync();
        return new PromiseTally(row.Kept, row.PartlyKept, row.Broken);
    }

    /// <summary>
    /// Incidents that may still feel heavy (<see cref="PatternRules"/>, "not coming down"), narrowed in SQL so only
    /// candidates come back: first point old enough, enough points, and a recent mean at the level. The domain rule
    /// decides on what comes back.
    /// </summary>
    public static async Task<IReadOnlyList<IncidentHeaviness>> HeavinessAsync(AppDbContext db, string ownerId, DateTimeOffset now)
    {
        var oldEnough = now.AddDays(-PatternRules.StillHeavyMinAgeDays);
        var recentSince = now.AddDays(-PatternRules.StillHeavyRecentDays);
        // Driven by the check-ins of the last few weeks (the rule needs a recent mean), so it reads recent rows and
        // counts each candidate's points through the (owner, incident, checked-in-at) index, not the whole history.
        var rows = await db.Database.SqlQuery<HeavinessRow>($"""
            SELECT i."Id" AS "IncidentId", i."CreatedAt" AS "FirstAt", i."Hurt"::float8 AS "FirstIntensity",
                   r.recent AS "RecentIntensity", r.points AS "PointCount"
            FROM (
                SELECT c."IncidentId" AS id, avg(c."Intensity")::float8 AS recent
                FROM check_ins c
                WHERE c."OwnerId" = {ownerId} AND c."CheckedInAt" > {recentSince} AND c."CheckedInAt" <= {now}
                GROUP BY c."IncidentId"
                HAVING avg(c."Intensity") >= {PatternRules.StillHeavyLevel}
            ) recent
            JOIN incidents i ON i."Id" = recent.id AND i."OwnerId" = {ownerId} AND i."CreatedAt" <= {oldEnough}
            CROSS JOIN LATERAL (
                SELECT recent.recent,
                       ((SELECT count(*) FROM check_ins c WHERE c."OwnerId" = {ownerId} AND c."IncidentId" = i."Id") + 1)::int AS points
            ) r
            WHERE r.points >= {PatternRules.StillHeavyMinPoints}
            """).ToListAsync();
        return [.. rows.Select(r => new IncidentHeaviness(r.IncidentId, r.FirstAt, r.FirstIntensity, r.RecentIntensity, r.PointCount))];
    }

    private static DateTimeOffset StartOfDay(DateTime localDay, TimeZoneInfo zone)
    {
        var day = DateTime.SpecifyKind(localDay, DateTimeKind.Unspecified);
        return new DateTimeOffset(day, zone.GetUtcOffset(day)).ToUniversalTime();
    }

    public sealed record SetbackEvent(Guid IncidentId, DateTimeOffset At, SetbackKind Kind);

    public sealed class DueCounts
    {
        public int PromisesDue { get; set; }
        public int CheckInsDue { get; set; }
    }

    private sealed class HomeRow
    {
        public int PromisesDue { get; set; }
        public int CheckInsDue { get; set; }
        public DateTime? Day { get; set; }
        public double? Intensity { get; set; }
        public double? Resentment { get; set; }
        public bool? Retriggered { get; set; }
    }

    private sealed class DayRow
    {
        public DateTime Day { get; set; }
        public double Intensity { get; set; }
        public double? Resentment { get; set; }
        public bool Retriggered { get; set; }
    }

    private sealed class SetbackEventRow
    {
        public Guid IncidentId { get; set; }
        public DateTimeOffset At { get; set; }
        public int Kind { get; set; }
    }

    private sealed class TrustWeekRow
    {
        public DateTime Week { get; set; }
        public int Kept { get; set; }
        public int PartlyKept { get; set; }
        public int Broken { get; set; }
        public int PartnerAttempts { get; set; }
        public int Acknowledged { get; set; }
    }

    private sealed class HeavinessRow
    {
        public Guid IncidentId { get; set; }
        public DateTimeOffset FirstAt { get; set; }
        public double FirstIntensity { get; set; }
        public double? RecentIntensity { get; set; }
        public int PointCount { get; set; }
    }

    private sealed class PromiseTallyRow
    {
        public int Kept { get; set; }
        public int PartlyKept { get; set; }
        public int Broken { get; set; }
    }
}
