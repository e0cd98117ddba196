"""Turns the page benchmark's runs (one JSON record a line, from bench/pages/run) into the Markdown it prints."""
import argparse
import json
import statistics
import sys
from datetime import datetime, timezone

PAGES = [
    ("home", "signed-in home"),
    ("list", "incident list"),
    ("details", "incident details"),
    ("before", "before the talk"),
    ("log", "log form (GET)"),
    ("signin", "sign-in page (signed out)"),
    ("post", "create an incident (POST)"),
]

parser = argparse.ArgumentParser()
parser.add_argument("records")
for name in ["app-src", "commit", "duration", "connections", "pairs", "ready", "ready-cpu", "rss-start", "rss-load",
             "rss-post", "incidents-small", "incidents-large", "seeded"]:
    parser.add_argument("--" + name, required=True)
args = parser.parse_args()
runs = [json.loads(line) for line in open(args.records, encoding="utf-8") if line.strip()]
label = {"small": f"{int(args.incidents_small):,}", "large": f"{int(args.incidents_large):,}", "none": "–"}


def rate(r):
    return r["requests"] / r["seconds"]


def per_request(r, key):
    return r[key] / r["requests"]


def med(values):
    return statistics.median(values) if values else float("nan")


def f(value, digits=2):
    return f"{value:,.{digits}f}"


def pairs_of(page, account):
    app = [r for r in runs if r["page"] == page and r["account"] == account and r["side"] == "app"]
    floor = [r for r in runs if r["page"] == page and r["account"] == account and r["side"] == "floor"]
    return list(zip(app, floor))


def summary_of(page, account):
    pairs = pairs_of(page, account)
    if not pairs:
        return None
    apps, floors = [a for a, _ in pairs], [b for _, b in pairs]
    return {
        "ratio": med([rate(a) / rate(b) for a, b in pairs]),
        "app_rate": med([rate(a) for a in apps]), "floor_rate": med([rate(b) for b in floors]),
        "app_cpu": med([per_request(a, "cpuMs") for a in apps]), "floor_cpu": med([per_request(b, "cpuMs") for b in floors]),
        "app_pg": med([per_request(a, "pgCpuMs") for a in apps]), "floor_pg": med([per_request(b, "pgCpuMs") for b in floors]),
        "app_stmts": med([per_request(a, "statements") for a in apps]), "floor_stmts": med([per_request(b, "statements") for b in floors]),
        "app_queries": med([per_request(a, "queries") for a in apps]), "floor_queries": med([per_request(b, "queries") for b in floors]),
        "app_p50": med([a["p50"] for a in apps]), "app_p99": med([a["p99"] for a in apps]),
        "floor_p50": med([b["p50"] for b in floors]), "floor_p99": med([b["p99"] for b in floors]),
    }


loads = [r["load"] for r in runs]
out = []
w = out.append
w(f"# Page benchmark, {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
w("")
w(f"- App: `{args.app_src}`, src/ at {args.commit}, published Release + ReadyToRun, Production; floor: bench/pages/Floor.")
w(f"- Accounts seeded through the app's forms ({args.seeded}): {label['small']} and {label['large']} incidents, "
  "with feelings, needs, journal entries and a talk plan.")
w(f"- wrk -t2 -c{args.connections} -d{args.duration}, app and floor alternately, {args.pairs} pairs per page and account; "
  f"load average (1 min) at the start of the runs {min(loads):.1f}–{max(loads):.1f} on {__import__('os').cpu_count()} cores.")
w(f"- Start to ready (`/health/ready` = 200): {args.ready} s wall, {args.ready_cpu} s CPU. "
  f"App RSS: {args.rss_start} MB after start, {args.rss_load} MB after the GET load, {args.rss_post} MB after the POSTs.")
w("- Every run had only the expected answers (200; for the POST a 302 to the new incident, each of them stored), "
  "or this report would not exist.")
w("")
w("## Summary (medians)")
w("")
w("| page | incidents | app ÷ floor (req/s) | app CPU ms/req (floor) | PostgreSQL CPU ms/req, app (floor) "
  "| SQL statements per view, app (floor) | p99 ms app (floor) | app p99 at 5,000 ÷ at 10 |")
w("|---|---|---|---|---|---|---|---|")
for page, name in PAGES:
    small, large = summary_of(page, "small"), summary_of(page, "large")
    growth = f(large["app_p99"] / small["app_p99"]) if small and large else "–"
    for account, s in [("small", small), ("large", large), ("none", summary_of(page, "none"))]:
        if s is None:
            continue
        w(f"| {name} | {label[account]} | **{f(s['ratio'])}** | {f(s['app_cpu'])} ({f(s['floor_cpu'])}) "
          f"| {f(s['app_pg'])} ({f(s['floor_pg'])}) | {f(s['app_stmts'], 1)} ({f(s['floor_stmts'], 1)}) "
          f"| {f(s['app_p99'], 1)} ({f(s['floor_p99'], 1)}) | {growth if account == 'large' else ''} |")
w("")
w("## Every run")
w("")
w("SQL statements per view count everything PostgreSQL executed for the app database during the run "
  "(pg_stat_statements, utility statements such as `DISCARD ALL`, `BEGIN` and `COMMIT` included), divided by the "
  "requests; \"queries\" are the SELECT/INSERT/UPDATE/DELETE among them. CPU per request is utime+stime from /proc "
  "(of the app or floor process; of every PostgreSQL process of the cluster) over the run, divided by the requests.")
for page, name in PAGES:
    w("")
    w(f"### {name}")
    w("")
    w("| incidents | pair | app req/s | floor req/s | app ÷ floor | p50 / p99 ms app | p50 / p99 ms floor "
      "| CPU ms/req app / floor | PostgreSQL CPU ms/req app / floor | statements (queries) per view app / floor | load |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    for account in ["small", "large", "none"]:
        pairs = pairs_of(page, account)
        for i, (a, b) in enumerate(pairs, 1):
            w(f"| {label[account]} | {i} | {f(rate(a), 0)} | {f(rate(b), 0)} | {f(rate(a) / rate(b))} "
              f"| {f(a['p50'], 1)} / {f(a['p99'], 1)} | {f(b['p50'], 1)} / {f(b['p99'], 1)} "
              f"| {f(per_request(a, 'cpuMs'))} / {f(per_request(b, 'cpuMs'))} "
              f"| {f(per_request(a, 'pgCpuMs'))} / {f(per_request(b, 'pgCpuMs'))} "
              f"| {f(per_request(a, 'statements'), 1)} ({f(per_request(a, 'queries'), 1)}) / "
              f"{f(per_request(b, 'statements'), 1)} ({f(per_request(b, 'queries'), 1)}) | {a['load']:.1f} |")
        s = summary_of(page, account)
        if s:
            w(f"| {label[account]} | **median** | {f(s['app_rate'], 0)} | {f(s['floor_rate'], 0)} | **{f(s['ratio'])}** "
              f"| {f(s['app_p50'], 1)} / {f(s['app_p99'], 1)} | {f(s['floor_p50'], 1)} / {f(s['floor_p99'], 1)} "
              f"| {f(s['app_cpu'])} / {f(s['floor_cpu'])} | {f(s['app_pg'])} / {f(s['floor_pg'])} "
              f"| {f(s['app_stmts'], 1)} ({f(s['app_queries'], 1)}) / {f(s['floor_stmts'], 1)} ({f(s['floor_queries'], 1)}) | |")
    small, large = summary_of(page, "small"), summary_of(page, "large")
    if small and large:
        w("")
        w(f"p99 at {label['large']} ÷ p99 at {label['small']} incidents: app {f(large['app_p99'] / small['app_p99'])}, "
          f"floor {f(large['floor_p99'] / small['floor_p99'])}.")
    if page == "post":
        w("")
        w("Success for the POST is the app's own answer to a saved incident, a 302 to `/Incidents/<id>?saved=<key>`; "
          "each request carried its own antiforgery cookie/token pair and idempotency key. After each run SQL found "
          "the key of every success stored once for the account; the account grew by the successes plus the posts "
          "still in flight when wrk stopped (at most one per connection: the server completes them, wrk no longer "
          "reads the answer). The POST runs come last, so the 10-incident account holds more than 10 incidents "
          "while they run.")
        w("")
        w("| side | incidents | successes | successes found stored | incidents grown |")
        w("|---|---|---|---|---|")
        for r in [r for r in runs if r["page"] == "post"]:
            w(f"| {r['side']} | {label[r['account']]} | {r['ok']:,} | {r['successesStored']:,} | {r['incidentsGrown']:,} |")
print("\n".join(out))
sys.exit(0)
