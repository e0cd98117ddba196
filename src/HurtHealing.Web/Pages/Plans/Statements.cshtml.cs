using System.Text.Json;
using FluentValidation;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>
/// Step 4: "I feel" statements in four parts. The accusation check runs here on the server, both when a
/// statement is saved (its findings stay beside it) and, through <see cref="OnPostCheckAsync"/>, as the
/// person types: the page script posts the parts and shows the same partial, so there is one engine.
/// </summary>
public partial class StatementsModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings, ILogger<StatementsModel> logger) : PlanPage(db, time, safetyReadings)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RewriteContext Context { get; private set; } = RewriteContext.Empty;

    public bool Editing => Input.StatementId is not null;

    /// <summary>The statement just rewritten, while it still reads as the rewrite left it: it shows an Undo button.</summary>
    public Guid? UndoFor { get; private set; }

    // The words before the last "use this rewrite", kept for one Undo in TempData (a Data Protection-encrypted cookie).
    private const string UndoKey = "StatementRewriteUndo";

    private sealed record Undo(Guid StatementId, string?[] Before, string?[] After);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? edit)
    {
        if (await LoadForStatementsAsync(id, tracking: false) is { } refused)
        {
            return refused;
        }
        if (edit is { } statementId)
        {
            var statement = Plan.Statements.FirstOrDefault(s => s.Id == statementId);
            if (statement is null)
            {
                return NotFound();
            }
            Input = new InputModel
            {
                StatementId = statement.Id, When = statement.When, Felt = statement.Felt,
                BecauseINeed = statement.BecauseINeed, WouldYou = statement.WouldYou,
            };
        }
        if (TempData.Peek(UndoKey) is string json && JsonSerializer.Deserialize<Undo>(json) is { } undo
            && Plan.Statements.FirstOrDefault(s => s.Id == undo.StatementId) is { } rewritten
            && Parts(rewritten).SequenceEqual(undo.After))
        {
            UndoFor = undo.StatementId;
            TempData.Keep(UndoKey);
        }
        else if (Plan.Statements.Count == 0 && Input.StatementId is null)
        {
            // A first draft from what the person already logged; they change whatever doesn't fit.
            Input = new InputModel
            {
                Felt = StatementRewriter.JoinList(Context.Feelings),
                BecauseINeed = Context.Need,
                WouldYou = Context.Request,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadForStatementsAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }
        if (Input.StatementId is null && Plan.Statements.Count >= TalkPlanRules.MaxStatements)
        {
            ModelState.AddModelError("Input.When", $"A plan holds up to {TalkPlanRules.MaxStatements} statements. Fewer often land better; you could change or remove one.");
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }

        Guid statementId;
        if (Input.StatementId is { } existing)
        {
            if (!Plan.UpdateStatement(existing, Input.When, Input.Felt, Input.BecauseINeed, Input.WouldYou, Now))
            {
                return NotFound();
            }
            statementId = existing;
        }
        else
        {
            statementId = Plan.AddStatement(Input.When, Input.Felt, Input.BecauseINeed, Input.WouldYou, Now).Id;
            // Adding replaces nothing, so a plan changed elsewhere since the page was loaded is no reason to stop.
            Version = null;
        }
        if (!await TrySaveAsync())
        {
            return await StatementConflictAsync(id);
        }
        LogSaved(logger, Plan.Id, statementId);
        return Redirect(Url.Page("./Statements", new { id }) + $"#s-{statementId}");
    }

    /// <summary>The live check: the parts as typed so far, answered with the findings partial. Nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id)
    {
        if (!await LoadPlanAsync(id, tracking: false))
        {
            return NotFound();
        }
        if (new[] { Input.When, Input.Felt, Input.BecauseINeed, Input.WouldYou }.All(p => TextRules.CountedLength(p) == 0))
        {
            return Partial("_Check", new CheckView("", [], null));
        }
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }
        var sentence = StatementRewriter.Compose(Input.When, Input.Felt, Input.BecauseINeed, Input.WouldYou);
        return Partial("_Check", new CheckView(
            sentence, AccusationCheck.Find(sentence), null,
            Rewrite: StatementRewriter.Rewrite(Input.When, Input.Felt, Input.BecauseINeed, Input.WouldYou, Context)));
    }

    /// <summary>
    /// Puts the one rewrite of a saved statement in place: only the parts the rewrite changed are replaced, the
    /// rest stays as the person wrote it. Works without script; the words before are kept for one Undo.
    /// </summary>
    public async Task<IActionResult> OnPostUseRewriteAsync(Guid id, Guid statementId)
    {
        if (await LoadForStatementsAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }
        var statement = Plan.Statements.FirstOrDefault(s => s.Id == statementId);
        if (statement is null)
        {
            return NotFound();
        }
        if (RewriteOf(statement) is not { } rewrite)
        {
            // Nothing left to rewrite (it changed since the page was shown): show it as it is now.
            return RedirectToPage("./Statements", new { id });
        }
        var before = Parts(statement);
        string?[] after = [Part(rewrite.When), Part(rewrite.Felt), Part(rewrite.BecauseINeed), Part(rewrite.WouldYou)];
        Plan.UpdateStatement(statementId, after[0], after[1], after[2], after[3], Now);
        if (!await TrySaveAsync())
        {
            return ChangedElsewhere(id);
        }
        LogRewritten(logger, Plan.Id, statementId);
        TempData[UndoKey] = JsonSerializer.Serialize(new Undo(statementId, before, Parts(statement)));
        StatusMessage = "Rewrite in place. Only the flagged words changed; change any part so it sounds like you.";
        return Redirect(Url.Page("./Statements", new { id }) + $"#s-{statementId}");
    }

    /// <summary>One tap back to the words before the last rewrite, if the statement still reads as the rewrite left it.</summary>
    public async Task<IActionResult> OnPostUndoRewriteAsync(Guid id, Guid statementId)
    {
        if (await LoadForStatementsAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }
        var statement = Plan.Statements.FirstOrDefault(s => s.Id == statementId);
        if (statement is null)
        {
            return NotFound();
        }
        if (TempData[UndoKey] is not string json || JsonSerializer.Deserialize<Undo>(json) is not { } undo
            || undo.StatementId != statementId || !Parts(statement).SequenceEqual(undo.After))
        {
            StatusMessage = "There is nothing to undo here: this statement has changed since the rewrite.";
            return Redirect(Url.Page("./Statements", new { id }) + $"#s-{statementId}");
        }
        Plan.UpdateStatement(statementId, undo.Before[0], undo.Before[1], undo.Before[2], undo.Before[3], Now);
        if (!await TrySaveAsync())
        {
            return ChangedElsewhere(id);
        }
        LogRewriteUndone(logger, Plan.Id, statementId);
        StatusMessage = "Back to your own words.";
        return Redirect(Url.Page("./Statements", new { id }) + $"#s-{statementId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid statementId)
    {
        if (await LoadForStatementsAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }
        if (!Plan.RemoveStatement(statementId, Now))
        {
            return NotFound();
        }
        if (!await TrySaveAsync())
        {
            return ChangedElsewhere(id);
        }
        LogRemoved(logger, Plan.Id, statementId);
        StatusMessage = "Statement removed.";
        return RedirectToPage("./Statements", new { id });
    }

    /// <summary>A saved statement changed on another tab or device: show the newer one beside the parts as posted.</summary>
    private Task<IActionResult> StatementConflictAsync(Guid id)
    {
        var editing = Input.StatementId;
        return ConflictAsync(id, incidentChildren: true, () =>
        {
            var theirs = Plan.Statements.FirstOrDefault(s => s.Id == editing);
            return
            [
                new ConflictPart("When…", theirs?.When, Input.When),
                new ConflictPart("I felt…", theirs?.Felt, Input.Felt),
                new ConflictPart("because I need…", theirs?.BecauseINeed, Input.BecauseINeed),
                new ConflictPart("Would you…?", theirs?.WouldYou, Input.WouldYou),
            ];
        }, Url.Page("./Statements", new { id, edit = editing }) + "#statement-form");
    }

    // One tap with nothing typed (a rewrite, a removal) on a plan changed elsewhere: nothing to lose, so show the plan as it is now.
    private RedirectResult ChangedElsewhere(Guid id)
    {
        StatusMessage = "This plan was changed in another tab or on another device, so nothing was changed here. This is how it is now.";
        return Redirect(Url.Page("./Statements", new { id }) + "#statement-form");
    }

    public IReadOnlyList<AccusationFinding> FindingsOf(FeelStatement statement) => AccusationCheck.Find(statement.ToSentence());

    /// <summary>The one rewrite offered for a saved statement, or null when there is nothing to rewrite.</summary>
    public StatementRewrite? RewriteOf(FeelStatement statement) =>
        StatementRewriter.Rewrite(statement.When, statement.Felt, statement.BecauseINeed, statement.WouldYou, Context);

    private static string?[] Parts(FeelStatement statement) => [statement.When, statement.Felt, statement.BecauseINeed, statement.WouldYou];

    private async Task<bool> LoadPlanAsync(Guid id, bool tracking)
    {
        if (!await LoadAsync(id, tracking, incidentChildren: true))
        {
            return false;
        }
        Context = RewriteContext.For(Incident);
        return true;
    }

    private async Task<IActionResult?> LoadForStatementsAsync(Guid id, bool tracking)
    {
        var refused = await LoadForChangeAsync(id, tracking, incidentChildren: true);
        if (refused is null)
        {
            Context = RewriteContext.For(Incident);
        }
        return refused;
    }

    // Each part is bounded like a typed one; a rewrite that grew past the limit is shortened rather than refused.
    private static string? Part(string? text) =>
        text is null || text.Length <= TalkPlanRules.StatementPartMaxLength ? text : text[..(TalkPlanRules.StatementPartMaxLength - 1)] + "…";

    public sealed class InputModel
    {
        public Guid? StatementId { get; set; }
        public string? When { get; set; }
        public string? Felt { get; set; }
        public string? BecauseINeed { get; set; }
        public string? WouldYou { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.When).Cascade(CascadeMode.Stop).FreeText(TalkPlanRules.StatementPartMaxLength);
            RuleFor(x => x.Felt).Cascade(CascadeMode.Stop).FreeText(TalkPlanRules.StatementPartMaxLength);
            RuleFor(x => x.BecauseINeed).Cascade(CascadeMode.Stop).FreeText(TalkPlanRules.StatementPartMaxLength);
            RuleFor(x => x.WouldYou).Cascade(CascadeMode.Stop).FreeText(TalkPlanRules.StatementPartMaxLength);
            RuleFor(x => x.Felt)
                .Must((input, _) => new[] { input.When, input.Felt, input.BecauseINeed, input.WouldYou }.Any(p => TextRules.CountedLength(p) > 0))
                .WithMessage("Please write at least one part. \"I felt…\" is a good place to start.");
        }
    }

    [LoggerMessage(EventId = LogEvents.PlanStatementSaved, Level = LogLevel.Information, Message = "Talk plan {PlanId}: statement {StatementId} saved")]
    private static partial void LogSaved(ILogger logger, Guid planId, Guid statementId);

    [LoggerMessage(EventId = LogEvents.PlanStatementRewritten, Level = LogLevel.Information, Message = "Talk plan {PlanId}: statement {StatementId} rewritten")]
    private static partial void LogRewritten(ILogger logger, Guid planId, Guid statementId);

    [LoggerMessage(EventId = LogEvents.PlanStatementRewriteUndone, Level = LogLevel.Information, Message = "Talk plan {PlanId}: statement {StatementId} rewrite undone")]
    private static partial void LogRewriteUndone(ILogger logger, Guid planId, Guid statementId);

    [LoggerMessage(EventId = LogEvents.PlanStatementRemoved, Level = LogLevel.Information, Message = "Talk plan {PlanId}: statement {StatementId} removed")]
    private static partial void LogRemoved(ILogger logger, Guid planId, Guid statementId);
}

/// <summary>
/// A sentence and what the accusation check found in it; <see cref="StatementId"/> is set for a saved statement,
/// and <see cref="Version"/> (the plan's) is carried by the forms that change it.
/// </summary>
public sealed record CheckView(string Sentence, IReadOnlyList<AccusationFinding> Findings, Guid? StatementId, uint? Version = null, StatementRewrite? Rewrite = null, bool OffersUndo = false);
