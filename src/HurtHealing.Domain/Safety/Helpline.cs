namespace HurtHealing.Domain.Safety;

/// <summary>The regions the safety page lists lines for; everywhere else uses the international directory.</summary>
public enum HelplineRegion
{
    UnitedStates = 1,
    UnitedKingdom = 2,
    Ireland = 3,
    Canada = 4,
    Australia = 5,
    NewZealand = 6,
    India = 7,
    International = 8,
}

/// <summary>What a line is for, in the order the safety page shows them.</summary>
public enum HelplineKind
{
    /// <summary>Police, ambulance, fire: for danger right now.</summary>
    Emergency = 1,

    /// <summary>Specialist support for anyone hurt or frightened by a partner.</summary>
    PartnerAbuse = 2,

    /// <summary>A general line for anyone in emotional crisis.</summary>
    Crisis = 3,

    /// <summary>A line for men.</summary>
    Men = 4,

    /// <summary>A line for LGBTQ+ people.</summary>
    LgbtqPlus = 5,

    /// <summary>A directory that finds the right line for a country.</summary>
    Directory = 6,
}

/// <summary>How sure the sources are, as recorded in <c>reference/helplines.md</c>.</summary>
public enum SourceConfidence
{
    /// <summary>One authoritative source, or agreement on the number but not on every detail.</summary>
    Medium = 2,

    /// <summary>Two or more independent publishers agree on the number and the key details.</summary>
    High = 3,
}

/// <summary>One way to reach a line: a <c>tel:</c> or <c>sms:</c> link, or the service's own web address.</summary>
/// <param name="Label">What the person sees: "Call 1-800-799-7233", "Text START to 88788".</param>
/// <param name="Href">The link: <c>tel:18007997233</c>, <c>sms:88788?body=START</c>, <c>https://…</c>.</param>
public sealed record HelplineContact(string Label, string Href);

/// <summary>
/// A support line, shipped with where its facts came from and when they were last checked, so the
/// page can show both. <see cref="HowChecked"/> says honestly what the check was.
/// </summary>
public sealed record Helpline(
    HelplineRegion Region,
    HelplineKind Kind,
    string Name,
    string ForWhat,
    string Hours,
    IReadOnlyList<HelplineContact> Contacts,
    IReadOnlyList<Uri> Sources,
    DateOnly Checked,
    string HowChecked,
    SourceConfidence Confidence);
