using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Repairs;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Data.Export;

/// <summary>
/// The readable record: one self-contained HTML page for a human reader (a counsellor, an advisor), incident by
/// incident in the order they happened, each with everything written about it, every entry dated. It prints
/// well ("Save as PDF" from any browser). Written in batches of incidents straight to the response, so memory
/// stays flat however long the record is. The page holds no script and loads nothing: its one stylesheet is
/// embedded and allowed by hash in the page's own Content-Security-Policy.
/// </summary>
public static class ReadableRecord
{
    private const int IncidentsPerBatch = 200;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public const string Stylesheet = """
        :root{color-scheme:light;font-family:Georgia,"Times New Roman",serif;line-height:1.5;color:#1b1b1b;background:#fff}
        body{max-width:44rem;margin:0 auto;padding:1rem}
        h1{font-size:1.6rem;margin:0 0 .25rem}
        h2{font-size:1.25rem;margin:0 0 .25rem}
        h3{font-size:1rem;margin:1rem 0 .25rem;text-transform:uppercase;letter-spacing:.04em;color:#444}
        header{border-bottom:2px solid #1b1b1b;margin-bottom:1.5rem;padding-bottom:.75rem}
        .meta,.when{color:#444;font-size:.9rem}
        .incident{border-top:1px solid #999;padding-top:1rem;margin-top:1.5rem}
        .incident:first-of-type{border-top:0;margin-top:0}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}
        dt{font-weight:bold}
        dd{margin:0}
        ul{padding-left:1.25rem;margin:.25rem 0}
        li{margin:.35rem 0}
        .text{white-space:pre-wrap;margin:.25rem 0}
        .entry{margin:.5rem 0}
        .empty{color:#444;font-style:italic}
        @media screen and (prefers-color-scheme:dark){
          :root{color-scheme:dark;color:#e6e3de;background:#141414}
          h3,.meta,.when,.empty{color:#bdb8b0}
          header{border-bottom-color:#e6e3de}
          .incident{border-top-color:#555}
        }
        @media print{
          :root{font-size:11pt}
          body{max-width:none;padding:0}
          .incident{break-before:auto;break-inside:auto}
          h2,h3{break-after:avoid}
          li,.entry,dl{break-inside:avoid}
          @page{margin:18mm 16mm}
        }
        """;

    /// <summary>The Content-Security-Policy the page carries in itself: nothing may load, only this stylesheet applies.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Stylesheet)))}'; base-uri 'none'; form-action 'none'";

    /// <summary>The page's title: plain words, and no app name in discreet mode.</summary>
    public static string Title(bool discreet) => discreet ? "Record" : "HurtHealing: my record";

    public static async Task WriteAsync(Stream output, AppDbContext db, AppUser person, bool discreet, DateTimeOffset now, CancellationToken ct)
    {
        var zone = TimeZones.Resolve(person.TimeZoneId);
        var ownerId = person.Id;
        // One snapshot for the whole record, so a change made while it is written can't tear it.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var html = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);

        var incidentCount = await db.Set<Incident>().AsNoTracking().CountAsync(i => i.OwnerId == ownerId, ct);
        await html.WriteAsync($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy}">
            <meta name="referrer" content="no-referrer">
            <meta name="robots" content="noindex">
            <title>{Html.Encode(Title(discreet))}</title>
            <style>{Stylesheet}</style>
            </head>
            <body>
            <header>
            <h1>{(discreet ? "Record" : "My record")}</h1>
            <p class="meta">Written by me{(discreet ? "" : " in HurtHealing")}. Prepared {Html.Encode(Moment(now, zone))} ({Html.Encode(zone.Id)} time).
            {Count(incidentCount, "event")}, oldest first; under each, everything I wrote about it, with its date.</p>
            </header>
            <main>

            """);

        for (var skip = 0; ; skip += IncidentsPerBatch)
        {
            var incidents = await db.Set<Incident>().AsNoTracking().Where(i => i.OwnerId == ownerId)
                .OrderBy(i => i.OccurredOn).ThenBy(i => i.OccurredAt).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)
                .Skip(skip).Take(IncidentsPerBatch).ToListAsync(ct);
            if (incidents.Count == 0)
            {
                break;
            }
            var batch = await Batch.LoadAsync(db, ownerId, [.. incidents.Select(i => i.Id)], ct);
            foreach (var incident in incidents)
            {
                await WriteIncidentAsync(html, incident, batch, zone);
            }
            await html.FlushAsync(ct);
        }
        if (incidentCount == 0)
        {
            await html.WriteAsync("<p class=\"empty\">No events written down yet.</p>\n");
        }

        var any = false;
        await foreach (var entry in db.Set<JournalEntry>().AsNoTracking().Where(j => j.OwnerId == ownerId && j.IncidentId == null)
            .OrderBy(j => j.WrittenAt).ThenBy(j => j.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!any)
            {
                await html.WriteAsync("<section class=\"incident\" aria-labelledby=\"journal-alone\">\n<h2 id=\"journal-alone\">Journal entries on their own</h2>\n");
            }
            any = true;
            await html.WriteAsync($"<div class=\"entry\"><p class=\"when\">{Html.Encode(Moment(entry.WrittenAt, zone))}{Window(entry.FeelingWindowMinutes)}</p>{Text(entry.Text)}</div>\n");
        }
        await html.WriteAsync(any ? "</section>\n</main>\n</body>\n</html>\n" : "</main>\n</body>\n</html>\n");
        await html.FlushAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task WriteIncidentAsync(StreamWriter html, Incident incident, Batch batch, TimeZoneInfo zone)
    {
        var id = incident.Id;
        var heading = incident.Title is { Length: > 0 } title ? title : IncidentCategories.Label(incident.Category);
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"<article class=\"incident\" aria-labelledby=\"i-{id:N}\">\n");
        s.Append(CultureInfo.InvariantCulture, $"<h2 id=\"i-{id:N}\"><span class=\"when\">{Html.Encode(Display.When(incident.OccurredOn, incident.OccurredAt))}</span><br>{Html.Encode(heading)}</h2>\n");
        s.Append("<dl>");
        Pair(s, "Kind of hurt", IncidentCategories.Label(incident.Category));
        Pair(s, "How much it hurt", $"{incident.Hurt} out of 10");
        Pair(s, "Where it stands", IncidentStatuses.Label(incident.Status));
        Pair(s, "Written down", Moment(incident.CreatedAt, zone));
        s.Append("</dl>\n<h3>What happened</h3>\n").Append(Text(incident.WhatHappened));

        Section(s, "Feelings", batch.Feelings[id], f =>
            $"<li><span class=\"when\">{Html.Encode(Moment(f.RecordedAt, zone))}</span>: {Html.Encode(f.Word)}, {f.Intensity} out of 10</li>");
        Section(s, "What I need", batch.Needs[id], n =>
            $"<li><span class=\"when\">{Html.Encode(Moment(n.RecordedAt, zone))}</span>: {Html.Encode(NeedKinds.Label(n.Kind))}"
            + (n.ResolutionLooksLike is { Length: > 0 } looks ? $"{Text(looks)}" : "")
            + (n.MetAt is { } met ? $"<p>Met on {Html.Encode(Moment(met, zone))}.</p>" : "") + "</li>");
        Section(s, "Journal", batch.Journal[id], j =>
            $"<li><span class=\"when\">{Html.Encode(Moment(j.WrittenAt, zone))}{Window(j.FeelingWindowMinutes)}</span>{Text(j.Text)}</li>");
        Section(s, "Preparing to talk", batch.Plans[id], p => Plan(p, batch.Statements[p.Id], zone));
        Section(s, "Attempts to make it right", batch.Repairs[id], r => Repair(r, batch.Promises[r.Id], batch.PromiseChanges, zone));
        Section(s, "Check-ins", batch.CheckIns[id], c =>
            $"<li><span class=\"when\">{Html.Encode(Moment(c.CheckedInAt, zone))}</span>: still {c.Intensity} out of 10; resentment's grip {c.ResentmentGrip} out of 10"
            + (c.Retriggered ? "; something brought it back" + (c.WhatRetriggered is { Length: > 0 } what ? $"{Text(what)}" : ".") : ".")
            + (c.Note is { Length: > 0 } note ? Text(note) : "") + "</li>");
        Section(s, "Boundaries", batch.Boundaries[id], b =>
            $"<li><span class=\"when\">Set {Html.Encode(Moment(b.SetAt, zone))}</span><p>What I won't accept:</p>{Text(b.WhatIWillNotAccept)}"
            + (b.WhatIWillDo is { Length: > 0 } will ? $"<p>What I will do:</p>{Text(will)}" : "")
            + string.Concat(batch.Crossings[b.Id].Select(c => $"<p>Crossed on {Html.Encode(Moment(c.CrossedAt, zone))}.</p>")) + "</li>");
        s.Append("</article>\n");
        await html.WriteAsync(s);
    }

    private static string Plan(TalkPlan plan, IEnumerable<FeelStatement> statements, TimeZoneInfo zone)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"<li><span class=\"when\">Started {Html.Encode(Moment(plan.CreatedAt, zone))}</span>");
        s.Append("<dl>");
        Pair(s, "Stage", plan.Status switch { TalkPlanStatus.Draft => "Being prepared", TalkPlanStatus.Ready => "Ready", _ => "Talk held" });
        if (plan.ProposedTime is { } at)
        {
            Pair(s, "Proposed time", Moment(at, zone));
        }
        s.Append("</dl>");
        Labelled(s, "What I need to say first", plan.NeedToState);
        Labelled(s, "How I meant to open", plan.OpeningLine);
        foreach (var statement in statements)
        {
            var parts = new[] { ("When", statement.When), ("I felt", statement.Felt), ("because I need", statement.BecauseINeed), ("Would you", statement.WouldYou) }
                .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1} {p.Item2}");
            Labelled(s, "What I meant to say", string.Join(" … ", parts));
        }
        Labelled(s, "What I wanted to listen for", plan.ListenFor);
        if (plan.CompletedAt is { } done)
        {
            s.Append(CultureInfo.InvariantCulture, $"<p>After the talk ({Html.Encode(Moment(done, zone))}):</p>");
            Labelled(s, "How it went", plan.HowItWent);
            if (plan.HeardScore is { } heard)
            {
                s.Append(CultureInfo.InvariantCulture, $"<p>How heard I felt: {heard} out of 10.</p>");
            }
            if (plan.FeltSafe is { } safe)
            {
                s.Append(CultureInfo.InvariantCulture, $"<p>Did I feel safe: {safe switch { ReadinessAnswer.Yes => "yes", ReadinessAnswer.No => "no", _ => "not sure" }}.</p>");
            }
            Labelled(s, "What we agreed", plan.WhatWeAgreed);
            Labelled(s, "What I still need", plan.WhatIStillNeed);
        }
        return s.Append("</li>").ToString();
    }

    private static string Repair(RepairAttempt repair, IEnumerable<Promise> promises, ILookup<Guid, PromiseChange> changes, TimeZoneInfo zone)
    {
        var s = new StringBuilder();
        var who = repair.By == RepairBy.Me ? "By me" : "By my partner";
        s.Append(CultureInfo.InvariantCulture, $"<li><span class=\"when\">{Html.Encode(Moment(repair.MadeAt, zone))}</span>: {who}, {Html.Encode(RepairKinds.Label(repair.Kind).ToLower(English))}");
        if (repair.WhatWasSaidOrDone is { Length: > 0 } what)
        {
            s.Append(Text(what));
        }
        if (repair.AcknowledgedAt is { } acknowledged)
        {
            s.Append(CultureInfo.InvariantCulture, $"<p>Acknowledged on {Html.Encode(Moment(acknowledged, zone))}.</p>");
            if (repair.HowAcknowledged is { Length: > 0 } how)
            {
                s.Append(Text(how));
            }
        }
        if (repair.Landed is { } landed)
        {
            s.Append(CultureInfo.InvariantCulture, $"<p>How it landed: {landed} out of 10.</p>");
        }
        foreach (var promise in promises)
        {
            s.Append("<p>The promise:</p>").Append(Text(promise.WhatWasPromised));
            if (promise.ByDate is { } by)
            {
                s.Append(CultureInfo.InvariantCulture, $"<p>By {Html.Encode(Display.Day(by))}.</p>");
            }
            s.Append(CultureInfo.InvariantCulture, $"<p>Now: {Html.Encode(PromiseFollowThroughs.Label(promise.Status))}.</p>");
            var history = changes[promise.Id].OrderBy(c => c.ChangedAt).ToList();
            if (history.Count > 0)
            {
                s.Append("<ul>");
                foreach (var change in history)
                {
                    s.Append(CultureInfo.InvariantCulture, $"<li>{Html.Encode(Moment(change.ChangedAt, zone))}: {Html.Encode(PromiseFollowThroughs.Label(change.Status))}</li>");
                }
                s.Append("</ul>");
            }
        }
        return s.Append("</li>").ToString();
    }

    private static void Section<T>(StringBuilder s, string heading, IEnumerable<T> items, Func<T, string> item)
    {
        // An empty kind is left out: a reader sees what was written, not a list of blanks.
        var any = false;
        foreach (var one in items)
        {
            s.Append(any ? "" : $"<h3>{heading}</h3>\n<ul>\n").Append(item(one)).Append('\n');
            any = true;
        }
        s.Append(any ? "</ul>\n" : "");
    }

    private static void Pair(StringBuilder s, string term, string value) =>
        s.Append(CultureInfo.InvariantCulture, $"<dt>{Html.Encode(term)}</dt><dd>{Html.Encode(value)}</dd>");

    private static void Labelled(StringBuilder s, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            s.Append(CultureInfo.InvariantCulture, $"<p>{Html.Encode(label)}:</p>").Append(Text(text));
        }
    }

    private static string Text(string text) => $"<p class=\"text\">{Html.Encode(text)}</p>";

    private static string Window(int? minutes) => minutes is { } m ? $", in a {m}-minute feeling window" : "";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString("N0", English)} {noun}s";

    private static string Moment(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM yyyy, HH:mm", English);

    /// <summary>Everything written about one batch of incidents, read with one query per kind of record.</summary>
    private sealed record Batch(
        ILookup<Guid, FeelingRecord> Feelings,
        ILookup<Guid, NeedRecord> Needs,
        ILookup<Guid, JournalEntry> Journal,
        ILookup<Guid, TalkPlan> Plans,
        ILookup<Guid, FeelStatement> Statements,
        ILookup<Guid, RepairAttempt> Repairs,
        ILookup<Guid, Promise> Promises,
        ILookup<Guid, PromiseChange> PromiseChanges,
        ILookup<Guid, CheckIn> CheckIns,
        ILookup<Guid, Boundary> Boundaries,
        ILookup<Guid, BoundaryCrossing> Crossings)
    {
        public static async Task<Batch> LoadAsync(AppDbContext db, string ownerId, List<Guid> ids, CancellationToken ct)
        {
            var feelings = await db.Set<FeelingRecord>().AsNoTracking().Where(f => f.OwnerId == ownerId && ids.Contains(f.IncidentId))
                .OrderBy(f => f.RecordedAt).ThenBy(f => f.Id).ToListAsync(ct);
            var needs = await db.Set<NeedRecord>().AsNoTracking().Where(n => n.OwnerId == ownerId && ids.Contains(n.IncidentId))
                .OrderBy(n => n.RecordedAt).ThenBy(n => n.Id).ToListAsync(ct);
            var journal = await db.Set<JournalEntry>().AsNoTracking().Where(j => j.OwnerId == ownerId && j.IncidentId != null && ids.Contains(j.IncidentId.Value))
                .OrderBy(j => j.WrittenAt).ThenBy(j => j.Id).ToListAsync(ct);
            var plans = await db.Set<TalkPlan>().AsNoTracking().Where(p => p.OwnerId == ownerId && ids.Contains(p.IncidentId))
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(ct);
            var planIds = plans.Select(p => p.Id).ToList();
            var statements = await db.Set<FeelStatement>().AsNoTracking()
                .Where(f => EF.Property<string>(f, Ownership.OwnerIdProperty) == ownerId && planIds.Contains(EF.Property<Guid>(f, "TalkPlanId")))
                .OrderBy(f => f.Position).Select(f => new { PlanId = EF.Property<Guid>(f, "TalkPlanId"), Statement = f }).ToListAsync(ct);
            var repairs = await db.Set<RepairAttempt>().AsNoTracking().Where(r => r.OwnerId == ownerId && ids.Contains(r.IncidentId))
                .OrderBy(r => r.MadeAt).ThenBy(r => r.Id).ToListAsync(ct);
            var promises = await db.Set<Promise>().AsNoTracking().Where(p => p.OwnerId == ownerId && ids.Contains(p.IncidentId)).ToListAsync(ct);
            var promiseIds = promises.Select(p => p.Id).ToList();
            var changes = await db.Set<PromiseChange>().AsNoTracking().Where(c => c.OwnerId == ownerId && promiseIds.Contains(c.PromiseId)).ToListAsync(ct);
            var checkIns = await db.Set<CheckIn>().AsNoTracking().Where(c => c.OwnerId == ownerId && ids.Contains(c.IncidentId))
                .OrderBy(c => c.CheckedInAt).ThenBy(c => c.Id).ToListAsync(ct);
            var boundaries = await db.Set<Boundary>().AsNoTracking().Where(b => b.OwnerId == ownerId && ids.Contains(b.IncidentId))
                .OrderBy(b => b.SetAt).ThenBy(b => b.Id).ToListAsync(ct);
            var boundaryIds = boundaries.Select(b => b.Id).ToList();
            var crossings = await db.Set<BoundaryCrossing>().AsNoTracking().Where(c => c.OwnerId == ownerId && boundaryIds.Contains(c.BoundaryId))
                .OrderBy(c => c.CrossedAt).ToListAsync(ct);
            return new Batch(
                feelings.ToLookup(f => f.IncidentId), needs.ToLookup(n => n.IncidentId), journal.ToLookup(j => j.IncidentId!.Value),
                plans.ToLookup(p => p.IncidentId), statements.ToLookup(s => s.PlanId, s => s.Statement),
                repairs.ToLookup(r => r.IncidentId), promises.ToLookup(p => p.RepairAttemptId), changes.ToLookup(c => c.PromiseId),
                checkIns.ToLookup(c => c.IncidentId), boundaries.ToLookup(b => b.IncidentId), crossings.ToLookup(c => c.BoundaryId));
        }
    }
}
