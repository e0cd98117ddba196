namespace HurtHealing.Domain.Talks;

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
}
