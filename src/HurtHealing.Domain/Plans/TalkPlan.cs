namespace HurtHealing.Domain.Plans;

/// <summary>
/// Preparation for one conversation about one incident, and afterwards what came of it.
/// An incident can have several plans over time; one of them is current.
/// </summary>
/// <remarks>
/// Every change takes the moment it happens (<c>now</c>) from the caller's clock. Once the talk is
/// recorded (<see cref="TalkPlanStatus.Done"/>), the preparation is kept as it was and only the
/// outcome can be amended; the next talk gets a new plan.
/// </remarks>
public sealed class TalkPlan
{
    private readonly List<FeelStatement> _statements = [];

    private TalkPlan()
    {
        OwnerId = string.Empty;
        Readiness = ReadinessAnswers.None;
    }

    /// <summary>A new plan for one of the owner's incidents; it becomes the incident's current plan.</summary>
    public static TalkPlan Create(string ownerId, Guid incidentId, DateTimeOffset now)
    {
        var owner = Guard.OwnerId(ownerId);
        var incident = Guard.Id(incidentId, nameof(incidentId));
        var createdAt = Guard.Instant(now, nameof(now));

        return new TalkPlan
        {
            Id = Guid.CreateVersion7(createdAt),
            OwnerId = owner,
            IncidentId = incident,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            Readiness = ReadinessAnswers.None,
            Status = TalkPlanStatus.Draft,
            IsCurrent = true,
        };
    }

    public Guid Id { get; private set; }

    public string OwnerId { get; private set; }

    public Guid IncidentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Changes whenever the stored row changes (the store sets it). A form carries the version it was
    /// loaded with, so a save from an older page cannot silently replace a newer one.
    /// </summary>
    public uint Version { get; private set; }

    public ReadinessAnswers Readiness { get; private set; }

    public string? NeedToState { get; private set; }

    public string? OpeningLine { get; private set; }

    /// <summary>The statements in order.</summary>
    public IReadOnlyList<FeelStatement> Statements => [.. _statements.OrderBy(s => s.Position)];

    public string? ListenFor { get; private set; }

    public DateTimeOffset? ProposedTime { get; private set; }

    public bool IsCurrent { get; private set; }

    public TalkPlanStatus Status { get; private set; }

    public string? HowItWent { get; private set; }

    /// <summary>How heard I felt, 0 (not at all) to 10 (completely).</summary>
    public int? HeardScore { get; private set; }

    public string? WhatWeAgreed { get; private set; }

    public string? WhatIStillNeed { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>After the talk: did I feel safe? Asked first; anything but yes points to specialist help.</summary>
    public ReadinessAnswer? FeltSafe { get; private set; }

    // ---- before the talk -----------------------------------------------------------------------

    public void AnswerReadiness(ReadinessQuestion question, ReadinessAnswer? answer, DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        Readiness = Readiness.With(question, answer);
        Touch(at);
    }

    public void AnswerReadiness(ReadinessAnswers answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var at = EnsurePreparing(now);
        foreach (var question in ReadinessCheck.Questions)
        {
            // Goes through With so an undefined enum value is refused here too.
            _ = ReadinessAnswers.None.With(question, answers.Get(question));
        }

        Readiness = answers;
        Touch(at);
    }

    /// <summary>Evaluates the stored answers; see <see cref="ReadinessCheck.Evaluate"/>.</summary>
    public ReadinessResult EvaluateReadiness(DateTimeOffset? incidentAt, DateTimeOffset now) =>
        ReadinessCheck.Evaluate(Readiness.ToDictionary(), incidentAt, now);

    public void SetNeedToState(string? need, DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        NeedToState = Guard.OptionalText(need, TalkPlanRules.NeedToStateMaxLength, nameof(need));
        Touch(at);
    }

    public void SetOpeningLine(string? openingLine, DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        OpeningLine = Guard.OptionalText(openingLine, TalkPlanRules.OpeningLineMaxLength, nameof(openingLine));
        Touch(at);
    }

    /// <exception cref="InvalidOperationException">The plan already has <see cref="TalkPlanRules.MaxStatements"/> statements.</exception>
    public FeelStatement AddStatement(string? when, string? felt, string? becauseINeed, string? wouldYou, DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        if (_statements.Count >= TalkPlanRules.MaxStatements)
        {
            throw new InvalidOperationException($"A plan holds at most {TalkPlanRules.MaxStatements} statements.");
        }

        var statement = new FeelStatement(_statements.Count, when, felt, becauseINeed, wouldYou, at);
        _statements.Add(statement);
        Touch(at);
        return statement;
    }

    /// <returns><c>false</c> when the plan has no statement with that id.</returns>
    public bool UpdateStatement(Guid statementId, string? when, string? felt, string? becauseINeed, string? wouldYou, DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        var statement = _statements.Find(s => s.Id == statementId);
        if (statement is null)
        {
            return false;
        }

        statement.Set(when, felt, becauseINeed, wouldYou);
        Touch(at);
        return true;
    }

    /// <returns><c>false</c> when the plan has no statement with that id.</returns>
    public bool RemoveStatement(Guid statementId, DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        var statement = _statements.Find(s => s.Id == statementId);
        if (statement is null)
        {
            return false;
        }

        _statements.Remove(statement);
        var position = 0;
        foreach (var remaining in _statements.OrderBy(s => s.Position))
        {
            remaining.Position = position++;
        }

        Touch(at);
        return true;
    }

    public void SetListenFor(string? listenFor, DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        ListenFor = Guard.OptionalText(listenFor, TalkPlanRules.ListenForMaxLength, nameof(listenFor));
        Touch(at);
    }

    /// <summary>Proposes a time for the talk, or clears it with <c>null</c>.</summary>
    public void ProposeTime(DateTimeOffset? time, DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        ProposedTime = Guard.OptionalInstant(time, nameof(time));
        Touch(at);
    }

    /// <summary>The person says the plan is ready. The readiness check advises; it does not stop this.</summary>
    public void MarkReady(DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        Status = TalkPlanStatus.Ready;
        Touch(at);
    }

    public void ReturnToDraft(DateTimeOffset now)
    {
        var at = EnsurePreparing(now);
        Status = TalkPlanStatus.Draft;
        Touch(at);
    }

    // ---- after the talk ------------------------------------------------------------------------

    /// <summary>
    /// Records how the talk went and marks the plan done. Recording again amends the outcome and
    /// keeps the original <see cref="CompletedAt"/>.
    /// </summary>
    public void RecordOutcome(string? howItWent, int? heardScore, string? whatWeAgreed, string? whatIStillNeed, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        if (heardScore is < TalkPlanRules.HeardScoreMin or > TalkPlanRules.HeardScoreMax)
        {
            throw new ArgumentOutOfRangeException(nameof(heardScore), heardScore, "How heard you felt is a number from 0 to 10.");
        }

        var how = Guard.OptionalText(howItWent, TalkPlanRules.HowItWentMaxLength, nameof(howItWent));
        var agreed = Guard.OptionalText(whatWeAgreed, TalkPlanRules.WhatWeAgreedMaxLength, nameof(whatWeAgreed));
        var stillNeed = Guard.OptionalText(whatIStillNeed, TalkPlanRules.WhatIStillNeedMaxLength, nameof(whatIStillNeed));

        (HowItWent, HeardScore, WhatWeAgreed, WhatIStillNeed) = (how, heardScore, agreed, stillNeed);
        CompletedAt ??= at;
        Status = TalkPlanStatus.Done;
        Touch(at);
    }

    /// <summary>Records whether the person felt safe during the talk (or clears it with <c>null</c>).</summary>
    public void AnswerFeltSafe(ReadinessAnswer? feltSafe, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        if (feltSafe is { } given && !Enum.IsDefined(given))
        {
            throw new ArgumentOutOfRangeException(nameof(feltSafe), feltSafe, "Unknown answer.");
        }

        FeltSafe = feltSafe;
        Touch(at);
    }

    // ---- which plan is current -----------------------------------------------------------------

    private void MakeCurrent(DateTimeOffset at)
    {
        IsCurrent = true;
        Touch(at);
    }

    private void SetAside(DateTimeOffset at)
    {
        IsCurrent = false;
        Touch(at);
    }

    /// <summary>
    /// Makes <paramref name="chosen"/> the one current plan among <paramref name="plansOfIncident"/>
    /// (all plans of one owner's incident) and sets every other one aside.
    /// </summary>
    public static void ChooseCurrent(IEnumerable<TalkPlan> plansOfIncident, TalkPlan chosen, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plansOfIncident);
        ArgumentNullException.ThrowIfNull(chosen);
        var at = Guard.Instant(now, nameof(now));

        var plans = plansOfIncident.ToList();
        if (!plans.Contains(chosen))
        {
            throw new ArgumentException("The chosen plan must be one of the incident's plans.", nameof(chosen));
        }

        if (plans.Any(p => p.IncidentId != chosen.IncidentId || !string.Equals(p.OwnerId, chosen.OwnerId, StringComparison.Ordinal)))
        {
            throw new ArgumentException("All plans must belong to the same owner and incident.", nameof(plansOfIncident));
        }

        foreach (var plan in plans)
        {
            if (ReferenceEquals(plan, chosen))
            {
                if (!plan.IsCurrent)
                {
                    plan.MakeCurrent(at);
                }
            }
            else if (plan.IsCurrent)
            {
                plan.SetAside(at);
            }
        }
    }

    private DateTimeOffset EnsurePreparing(DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        if (Status == TalkPlanStatus.Done)
        {
            throw new InvalidOperationException("This talk has happened; its plan is kept as it was. Start a new plan for the next talk.");
        }
        return at;
    }

    // Called last in every change, after all input is validated, so a refused change writes nothing.
    private void Touch(DateTimeOffset at) => UpdatedAt = at;
}
