using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// What the rewriter knows about the incident, as plain strings supplied by the web layer:
/// what happened, the feelings named (words such as "hurt", "lonely"), the need
/// ("to be heard", "an apology") and the request ("listen without fixing it").
/// Any piece may be missing; the rewriter fills the gap with a gentle placeholder.
/// </summary>
public sealed record RewriteContext(string? WhatHappened, IReadOnlyList<string> Feelings, string? Need, string? Request)
{
    /// <summary>Nothing known yet: every piece of a rewrite falls back to a placeholder.</summary>
    public static RewriteContext Empty { get; } = new(null, [], null, null);

    /// <summary>What an incident tells the rewriter: its short title, its latest feelings (strongest first) and its main need.</summary>
    public static RewriteContext For(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var need = incident.MainNeed;
        return new RewriteContext(
            incident.DisplayTitle,
            [.. incident.LatestFeelings.OrderByDescending(f => f.Intensity).Take(3).Select(f => f.Word)],
            need is null ? null : NeedWording.Need(need.Kind),
            need is null ? null : NeedWording.Request(need.Kind));
    }
}
