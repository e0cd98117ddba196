namespace HurtHealing.Domain.Incidents;

/// <summary>One hurtful event, with the feelings and needs recorded about it over time.</summary>
public sealed class Incident
{
    private readonly List<FeelingRecord> _feelings = [];
    private readonly List<NeedRecord> _needs = [];

    private Incident()
    {
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";

    /// <summary>Set once from the form, so a repeated post of the same form never makes a second incident.</summary>
    public Guid IdempotencyKey { get; private set; }

    public DateOnly OccurredOn { get; private set; }
    public TimeOnly? OccurredAt { get; private set; }

    /// <summary>IANA id of the zone <see cref="OccurredOn"/> and <see cref="OccurredAt"/> are expressed in.</summary>
    public string TimeZoneId { get; private set; } = "";

    public string? Title { get; private set; }
    public string WhatHappened { get; private set; } = "";
    public IncidentCategory Category { get; private set; }
    public int Hurt { get; private set; }
    public IncidentStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Changes whenever the stored row changes (the store sets it). A form carries the version it was
    /// loaded with, so a save from an older page cannot silently replace a newer one.
    /// </summary>
    public uint Version { get; private set; }

    public IReadOnlyList<FeelingRecord> Feelings => _feelings.AsReadOnly();
    public IReadOnlyList<NeedRecord> Needs => _needs.AsReadOnly();

    /// <summary>The latest open need, else the latest need; null when none is named.</summary>
    public NeedRecord? MainNeed =>
        _needs.Where(n => !n.IsMet).OrderByDescending(n => n.RecordedAt).FirstOrDefault()
        ?? _needs.OrderByDescending(n => n.RecordedAt).FirstOrDefault();

    /// <summary>When it happened as an instant, if its time of day is known and exists in its zone.</summary>
    public DateTimeOffset? Moment
    {
        get
        {
            if (OccurredAt is not { } at || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone))
                return null;
            var local = OccurredOn.ToDateTime(at);
            return zone.IsInvalidTime(local) ? null : new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }
    }

    public string DisplayTitle => Title ?? ShortTitle(WhatHappened);

    /// <summary>What stands for a title when none was given: the start of what happened, on one line.</summary>
    public static string ShortTitle(string whatHappened) => Shorten(whatHappened, IncidentRules.DisplayTitleLength);

    /// <summary>The most recent rating of each feeling, in the order the feelings were first named.</summary>
    public IReadOnlyList<FeelingRecord> LatestFeelings
    {
        get
        {
            var firstNamed = new List<string>();
            var latest = new Dictionary<string, FeelingRecord>(StringComparer.Ordinal);
            foreach (var record in _feelings.OrderBy(f => f.RecordedAt))
            {
                if (!latest.ContainsKey(record.Word))
                    firstNamed.Add(record.Word);
                latest[record.Word] = record;
            }
            return [.. firstNamed.Select(word => latest[word])];
        }
    }

    public static Incident Create(
        string ownerId,
        Guid idempotencyKey,
        TimeZoneInfo timeZone,
        DateOnly occurredOn,
        TimeOnly? occurredAt,
        string? title,
        string whatHappened,
        IncidentCategory category,
        int hurt,
        DateTimeOffset now)
    {
        var owner = Guard.OwnerId(ownerId);
        var key = Guard.Id(idempotencyKey, nameof(idempotencyKey));
        var createdAt = Guard.Instant(now, nameof(now));

        var incident = new Incident
        {
            Id = Guid.CreateVersion7(createdAt),
            OwnerId = owner,
            IdempotencyKey = key,
            Status = IncidentStatus.Fresh,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        incident.Edit(timeZone, occurredOn, occurredAt, title, whatHappened, category, hurt, createdAt);
        return incident;
    }

    public void Edit(
        TimeZoneInfo timeZone,
        DateOnly occurredOn,
        TimeOnly? occurredAt,
        string? title,
        string whatHappened,
        IncidentCategory category,
        int hurt,
        DateTimeOffset now)
    {
        // Everything is checked before anything is assigned: a rejected edit leaves the incident as it was.
        var at = Guard.Instant(now, nameof(now));
        var zoneId = Guard.TimeZoneId(timeZone, nameof(timeZone));
        if (!IncidentRules.IsOccurredOnAllowed(occurredOn, IncidentRules.TodayIn(timeZone, at)))
            throw new ArgumentOutOfRangeException(nameof(occurredOn), occurredOn,
                $"The date must be from {IncidentRules.EarliestOccurredOn:yyyy-MM-dd} to tomorrow in the person's time zone.");
        var cleanTitle = Guard.OptionalText(title, IncidentRules.MaxTitle, nameof(title));
        var cleanWhatHappened = Guard.RequiredText(whatHappened, IncidentRules.MaxWhatHappened, nameof(whatHappened));
        Guard.Defined(category, nameof(category));
        Guard.InRange(hurt, IncidentRules.HurtMin, IncidentRules.HurtMax, nameof(hurt));

        TimeZoneId = zoneId;
        OccurredOn = occurredOn;
        OccurredAt = occurredAt;
        Title = cleanTitle;
        WhatHappened = cleanWhatHappened;
        Category = category;
        Hurt = hurt;
        Touch(at);
    }

    public void ChangeStatus(IncidentStatus status, DateTimeOffset at)
    {
        var when = Guard.Instant(at, nameof(at));
        Status = Guard.Defined(status, nameof(status));
        Touch(when);
    }

    /// <summary>Adds a rating; earlier ratings of the same word stay, since together they show the healing.</summary>
    public FeelingRecord RecordFeeling(string word, int intensity, DateTimeOffset at)
    {
        var record = NewFeeling(word, intensity, Guard.Instant(at, nameof(at)));
        _feelings.Add(record);
        Touch(record.RecordedAt);
        return record;
    }

    /// <summary>Adds all ratings from one post, or none of them if any is invalid.</summary>
    public IReadOnlyList<FeelingRecord> RecordFeelings(IReadOnlyCollection<FeelingRating> ratings, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count > IncidentRules.MaxFeelingsPerPost)
            throw new ArgumentException($"At most {IncidentRules.MaxFeelingsPerPost} feelings can be recorded at once.", nameof(ratings));
        var when = Guard.Instant(at, nameof(at));

        List<FeelingRecord> records = [.. ratings.Select(rating => NewFeeling(rating.Word, rating.Intensity, when))];
        if (records.DistinctBy(record => record.Word).Count() != records.Count)
            throw new ArgumentException("The same feeling appears twice in one post.", nameof(ratings));
        if (records.Count == 0)
            return [];

        _feelings.AddRange(records);
        Touch(when);
        return records.AsReadOnly();
    }

    /// <summary>Every rating of one feeling, oldest first: its healing curve.</summary>
    public IReadOnlyList<FeelingRecord> HistoryOf(string word) =>
        FeelingTerms.TryNormalize(word, out var key)
            ? [.. _feelings.Where(f => f.Word == key).OrderBy(f => f.RecordedAt)]
            : [];

    /// <summary>Adds a need; earlier needs stay with their dates, because what helps can change from day to day.</summary>
    public NeedRecord RecordNeed(NeedKind kind, string? resolutionLooksLike, DateTimeOffset at)
    {
        var when = Guard.Instant(at, nameof(at));
        Guard.Defined(kind, nameof(kind));
        var resolution = Guard.OptionalText(resolutionLooksLike, IncidentRules.MaxNeedText, nameof(resolutionLooksLike));

        var need = new NeedRecord(OwnerId, Id, kind, resolution, when);
        _needs.Add(need);
        Touch(when);
        return need;
    }

    public void MarkNeedMet(Guid needId, DateTimeOffset at)
    {
        var when = Guard.Instant(at, nameof(at));
        FindNeed(needId).MarkMet(when);
        Touch(when);
    }

    public void MarkNeedOpen(Guid needId, DateTimeOffset at)
    {
        var when = Guard.Instant(at, nameof(at));
        FindNeed(needId).MarkOpen();
        Touch(when);
    }

    /// <summary>Changes how a need's resolution is worded (a typo, a clearer phrase); its kind and date stay as they were.</summary>
    public void RewordNeed(Guid needId, string? resolutionLooksLike, DateTimeOffset at)
    {
        var when = Guard.Instant(at, nameof(at));
        var resolution = Guard.OptionalText(resolutionLooksLike, IncidentRules.MaxNeedText, nameof(resolutionLooksLike));
        FindNeed(needId).Reword(resolution);
        Touch(when);
    }

    public void RemoveNeed(Guid needId, DateTimeOffset at)
    {
        var when = Guard.Instant(at, nameof(at));
        _needs.Remove(FindNeed(needId));
        Touch(when);
    }

    private FeelingRecord NewFeeling(string word, int intensity, DateTimeOffset at)
    {
        if (!FeelingTerms.TryNormalize(word, out var key))
            throw new ArgumentException($"'{word}' is not a feeling word this app knows.", nameof(word));
        Guard.InRange(intensity, IncidentRules.IntensityMin, IncidentRules.IntensityMax, nameof(intensity));
        return new FeelingRecord(OwnerId, Id, key, intensity, at);
    }

    private NeedRecord FindNeed(Guid needId) =>
        _needs.Find(need => need.Id == needId)
        ?? throw new ArgumentException("No need with this id belongs to this incident.", nameof(needId));

    // Clocks can disagree by a little; the last change time never moves backwards.
    private void Touch(DateTimeOffset at)
    {
        if (at > UpdatedAt)
            UpdatedAt = at;
    }

    private static string Shorten(string text, int maxLength)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxLength)
            return flat;

        var lastSpace = flat.LastIndexOf(' ', maxLength);
        // Without a word boundary in the second half, cutting mid-word reads better than a stub.
        var end = lastSpace > maxLength / 2 ? lastSpace : maxLength;
        if (char.IsHighSurrogate(flat[end - 1]))
            end--;
        var head = flat[..end].TrimEnd(' ', ',', ';', ':', '.', '-');
        return (head.Length > 0 ? head : flat[..end]) + "…";
    }
}
