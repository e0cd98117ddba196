using System.Text.Json;
using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HurtHealing.Browser.Tests.Shell;

/// <summary>
/// Every page at 390x844, light and dark: no sideways scroll, every control a 44 px target (or inside one),
/// no text under 14 px, a visible focus ring. Screenshots land in HH_SCREENSHOTS as layout-{scheme}-{page}-390.png.
/// </summary>
[Collection(BrowserGroup.Name)]
public class PhoneLayoutTests(BrowserFixture browser, ITestOutputHelper output)
{
    private int _shots;

    private static readonly string[] AnonymousPages =
    [
        "/", "/Account/Register", "/Account/Login", "/Account/SignedOut", "/Account/ForgotPassword",
        "/Account/ResetPassword?code=abc", "/Account/ResendEmailConfirmation", "/no-such-page", "/Safety", "/Sources",
    ];

    private static string[] SignedInPages(FirstWeek week) =>
    [
        "/", "/Incidents/Log", "/Incidents", $"/Incidents/{week.IncidentId}", $"/Incidents/Edit/{week.IncidentId}",
        $"/Incidents/Feelings/{week.IncidentId}", $"/Incidents/Needs/{week.IncidentId}", $"/Incidents/Delete/{week.IncidentId}",
        "/Incidents/TimeZone", "/Journal", "/Journal/Write", "/Plans",
        $"/Plans/{week.PlanId}", $"/Plans/{week.PlanId}/Readiness", $"/Plans/{week.PlanId}/Need", $"/Plans/{week.PlanId}/Opening",
        $"/Plans/{week.PlanId}/Statements", $"/Plans/{week.PlanId}/Listen", $"/Plans/{week.PlanId}/When",
        $"/Plans/{week.PlanId}/Before", $"/Plans/{week.PlanId}/After", $"/Plans/{week.PastPlanId}", $"/Plans/Start/{week.PastIncidentId}",
        "/Account/Manage", "/Account/Manage/ChangePassword", "/Account/Manage/TwoFactor", "/Account/Manage/EnableAuthenticator",
        "/Account/Manage/Discreet",
        "/Insights", $"/Insights?incident={week.IncidentId}", $"/Incidents/{week.IncidentId}/CheckIn", $"/Incidents/{week.IncidentId}/Repair?by=Partner",
        $"/Incidents/{week.IncidentId}/Boundaries",
    ];

    // Returns what a person would trip over on the page as it is on screen now.
    private const string AuditScript = """
        () => {
          const shown = el => {
            const r = el.getBoundingClientRect(), s = getComputedStyle(el);
            return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && r.right > 0 && r.bottom > -5000;
          };
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '')
            + ' "' + ((el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 28)) + '"';
          const box = el => {
            let r = el.getBoundingClientRect();
            let w = r.width, h = r.height;
            const grow = other => { const o = other.getBoundingClientRect(); w = Math.max(w, o.width); h = Math.max(h, o.height); };
            if (el.labels) for (const l of el.labels) grow(l);
            const label = el.closest('label'); if (label) grow(label);
            return { w, h };
          };
          const small = [];
          for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
            if (el.closest('.skip-link') || !(shown(el) || (el.labels && [...el.labels].some(shown)))) continue;
            const { w, h } = box(el);
            if (w < 44 - 0.5 || h < 44 - 0.5) small.push(`${name(el)} ${Math.round(w)}x${Math.round(h)}`);
          }
          const tiny = [], under16 = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const seen = new Set();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || seen.has(el) || !shown(el) || el.closest('.skip-link, .visually-hidden, script, style')) continue;
            seen.add(el);
            const size = parseFloat(getComputedStyle(el).fontSize);
            const line = `${name(el)} ${size}px`;
            if (size < 14) tiny.push(line); else if (size < 16) under16.push(line);
          }
          return JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, small, tiny, under16 });
        }
        """;

    private const string FocusScript = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
          // A visually hidden input shows its focus on the label right after it.
          const next = el.nextElementSibling ? getComputedStyle(el.nextElementSibling) : null;
          const labelRing = next && next.outlineStyle !== 'none' && parseFloat(next.outlineWidth) >= 2;
          return ring || labelRing ? '' : el.tagName.toLowerCase() + ' "' + (el.innerText || el.value || '').trim().slice(0, 28) + '"';
        }
        """;

    public sealed record Audit(int ScrollWidth, int Width, string[] Small, string[] Tiny, string[] Under16);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_page_fits_a_phone_with_big_targets_readable_text_and_a_visible_focus(string scheme)
    {
        var options = new BrowserNewContextOptions(BrowserFixture.Phone)
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            Locale = "en-GB",
        };
        var problems = new List<string>();

        await using (var anonymous = await browser.NewSessionAsync(options))
        {
            foreach (var path in AnonymousPages)
            {
                problems.AddRange(await CheckAsync(anonymous, path, "out", scheme));
            }
        }

        await using var session = await browser.NewSessionAsync(options);
        var email = await session.SignUpAsync();
        var week = await FirstWeek.SeedAsync(browser.App, email);
        await HealingWeeks.SeedAsync(browser.App, email, week.IncidentId);
        foreach (var path in SignedInPages(week))
        {
            problems.AddRange(await CheckAsync(session, path, "in", scheme));
        }

        Assert.Empty(session.BlockedRequests);
        Assert.Empty(problems);
    }

    private async Task<List<string>> CheckAsync(Session session, string path, string who, string scheme)
    {
        var response = await session.GoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status is 200 or 404, $"{path} answered {response.Status}");
        var audit = JsonSerializer.Deserialize<Audit>(await session.Page.EvaluateAsync<string>(AuditScript), Json)!;
        var shot = $"layout-{scheme}-{who}-{++_shots:00}-{Slug(path)}";
        await session.ShotAsync(shot);

        var problems = new List<string>();
        if (audit.ScrollWidth > audit.Width)
        {
            problems.Add($"{path}: scrolls sideways ({audit.ScrollWidth} px wide in {audit.Width})");
        }
        problems.AddRange(audit.Small.Select(s => $"{path}: small target {s}"));
        problems.AddRange(audit.Tiny.Select(s => $"{path}: text under 14 px {s}"));

        var unringed = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            var missing = await session.Page.EvaluateAsync<string?>(FocusScript);
            if (!string.IsNullOrEmpty(missing))
            {
                unringed.Add(missing);
            }
        }
        problems.AddRange(unringed.Distinct().Select(s => $"{path}: focus not visible on {s}"));

        output.WriteLine($"{scheme} {who} {path}: {audit.Small.Length} small targets, {audit.Tiny.Length} text <14px, {audit.Under16.Length} text 14-16px, {unringed.Count} without focus ring");
        foreach (var line in audit.Small.Concat(audit.Tiny).Concat(audit.Under16))
        {
            output.WriteLine("    " + line);
        }
        return problems;
    }

    private static string Slug(string path)
    {
        var parts = path.Split('?')[0].Trim('/').Split('/')
            .Select(p => Guid.TryParse(p, out _) ? "id" : p);
        var slug = string.Join('-', parts);
        return slug.Length == 0 ? "home" : slug;
    }
}
