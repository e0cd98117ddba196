using System.Linq.Expressions;
using HurtHealing.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HurtHealing.Web.Data;

/// <summary>
/// What makes a row a person's own, declared once: an entity with an <c>OwnerId</c> property (a CLR
/// property or a shadow one) is owned. <see cref="Apply"/> gives every owned entity the same owner key,
/// cascade on account delete, index and query filter; the lists of owned tables (tests, export, delete)
/// come from <see cref="OwnedEntityTypes"/>, never from a list typed by hand.
/// </summary>
public static class Ownership
{
    public const string OwnerIdProperty = "OwnerId";

    /// <summary>The key of the owner query filter, so a feature can add filters of its own beside it.</summary>
    public const string FilterKey = "Owner";

    public static bool IsOwned(IReadOnlyEntityType entityType) =>
        entityType.FindProperty(OwnerIdProperty) is not null;

    public static IReadOnlyList<IEntityType> OwnedEntityTypes(IModel model) =>
        [.. model.GetEntityTypes().Where(IsOwned).OrderBy(t => t.GetTableName(), StringComparer.Ordinal)];

    /// <summary>The owner's tables, ordered by name.</summary>
    public static IReadOnlyList<string> OwnedTables(IModel model) =>
        [.. OwnedEntityTypes(model).Select(t => t.GetTableName() ?? throw new InvalidOperationException($"{t.DisplayName()} has no table."))];

    /// <summary>
    /// Runs after every configuration: for each owned entity, the owner id's length, the cascade from the
    /// account, an index that starts with the owner (unless the configuration already made one) and the
    /// filter that hides other people's rows. <paramref name="currentOwnerId"/> is read on every query.
    /// </summary>
    internal static void Apply(ModelBuilder builder, Expression<Func<string?>> currentOwnerId)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(IsOwned).ToList())
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.Property<string>(OwnerIdProperty).HasMaxLength(OwnerRules.MaxOwnerId).IsRequired();
            entity.HasOne(typeof(AppUser)).WithMany().HasForeignKey(OwnerIdProperty).OnDelete(DeleteBehavior.Cascade);
            if (!entityType.GetIndexes().Any(index => index.Properties[0].Name == OwnerIdProperty))
            {
                entity.HasIndex(OwnerIdProperty);
            }
            entity.HasQueryFilter(FilterKey, OwnerFilter(entityType.ClrType, currentOwnerId));
        }
    }

    // e => EF.Property<string>(e, "OwnerId") == <current owner>
    private static LambdaExpression OwnerFilter(Type clrType, Expression<Func<string?>> currentOwnerId)
    {
        var entity = Expression.Parameter(clrType, "e");
        var ownerId = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], entity, Expression.Constant(OwnerIdProperty));
        return Expression.Lambda(Expression.Equal(ownerId, currentOwnerId.Body), entity);
    }
}
