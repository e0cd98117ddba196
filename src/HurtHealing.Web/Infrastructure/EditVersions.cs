using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Optimistic concurrency for what a person edits. Each editable aggregate maps PostgreSQL's <c>xmin</c>
/// (the id of the transaction that last wrote the row) to a <c>Version</c> property; every form carries
/// the version it was loaded with, and a save only goes through if the row still has that version.
/// A stale save is answered with the newer version beside the person's own words (<see cref="EditConflict"/>).
/// </summary>
public static class EditVersions
{
    public const string PropertyName = "Version";

    /// <summary>The name of the hidden form field that carries the version.</summary>
    public const string FormField = "Version";

    /// <summary>
    /// Saves only if <paramref name="entity"/>'s row still has the version the form was loaded with; false
    /// when someone else saved first (nothing of this request is written then). A form without a version
    /// (loaded before versions existed) is checked against the version loaded by this request.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this AppDbContext db, object entity, uint? formVersion, CancellationToken ct)
    {
        if (formVersion is { } version)
        {
            db.Entry(entity).Property(PropertyName).OriginalValue = version;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // What this request changed stays in the form, not in the context: the page reloads what is stored.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

/// <summary>What another tab or device saved after this form was loaded, to show beside the person's own words.</summary>
/// <param name="Theirs">The newer version, part by part, as it is stored now.</param>
/// <param name="KeepTheirsUrl">Where "keep the newer version" goes: the same page, loaded afresh.</param>
public sealed record EditConflict(IReadOnlyList<ConflictPart> Theirs, string KeepTheirsUrl);

/// <param name="Label">The field's label as the form shows it.</param>
/// <param name="Theirs">What is stored now.</param>
/// <param name="Mine">What this person posted.</param>
public sealed record ConflictPart(string Label, string? Theirs, string? Mine);

/// <summary>A page whose form carries a version and may have to show a conflict.</summary>
public interface IVersionedForm
{
    uint? Version { get; }
    EditConflict? Conflict { get; }
}
