using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using HurtHealing.Web.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HurtHealing.Web.Data.Export;

/// <summary>
/// One value of an exported row: a property of the entity, or of one of its complex properties (then
/// <c>Group</c> names that complex property, e.g. "readiness").
/// </summary>
public sealed record ExportColumn(string Name, string? Group, Type ClrType, bool IsNullable, IReadOnlyList<string>? AllowedValues, ValueLimit? Limit)
{
    /// <summary>The column as a spreadsheet heading: "readiness.feelSafe" for a grouped one.</summary>
    public string Heading => Group is null ? Name : $"{Group}.{Name}";
}

/// <summary>An owned table and the columns a person gets back from it.</summary>
public sealed record ExportTable(string Name, IEntityType EntityType, IReadOnlyList<ExportColumn> Columns);

/// <summary>
/// Everything a person owns, read from the EF model rather than from a list kept by hand: every owned entity
/// (<see cref="Ownership.OwnedEntityTypes"/>), every mapped property decrypted by its converter, streamed in
/// key order without tracking. Left out: the owner id (it is the person), row versions and blind indexes
/// (machinery, not what they wrote).
/// </summary>
public static class PersonData
{
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    /// <summary>Owned tables with parents before children, so a reader (or an import) meets a row's parent first.</summary>
    public static IReadOnlyList<ExportTable> Tables(IModel model)
    {
        var owned = Ownership.OwnedEntityTypes(model);
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type))
            {
                return;
            }
            foreach (var parent in type.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(owned.Contains).OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
            {
                Visit(parent);
            }
            ordered.Add(type);
        }
        foreach (var type in owned)
        {
            Visit(type);
        }
        return [.. ordered.Select(t => new ExportTable(t.GetTableName()!, t, Columns(t)))];
    }

    /// <summary>The person's rows of one table, each as values in the order of <see cref="ExportTable.Columns"/>.</summary>
    public static IAsyncEnumerable<object?[]> RowsAsync(AppDbContext db, ExportTable table, string ownerId)
    {
        var type = table.EntityType.ClrType;
        var source = (IQueryable)SetMethod.MakeGenericMethod(type).Invoke(db, null)!;
        var entity = Expression.Parameter(type, "e");

        Expression<Func<string>> owner = () => ownerId;
        var isOwner = Expression.Lambda(Expression.Equal(Property(entity, Ownership.OwnerIdProperty, typeof(string)), owner.Body), entity);
        var key = table.EntityType.FindPrimaryKey()!.Properties[0];
        var byKey = Expression.Lambda(Property(entity, key.Name, key.ClrType), entity);
        var values = Expression.Lambda(Expression.NewArrayInit(typeof(object),
            table.Columns.Select(c => Expression.Convert(Read(entity, table.EntityType, c), typeof(object)))), entity);

        var query = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [type], source.Expression, Expression.Quote(isOwner));
        query = Expression.Call(typeof(Queryable), nameof(Queryable.OrderBy), [type, key.ClrType], query, Expression.Quote(byKey));
        query = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [type, typeof(object?[])], query, Expression.Quote(values));
        return source.Provider.CreateQuery<object?[]>(query).AsNoTracking().AsAsyncEnumerable();
    }

    /// <summary>A value as it goes into JSON or a spreadsheet cell: enums by name, dates in ISO 8601.</summary>
    public static object? Plain(object? value) => value switch
    {
        Enum e => e.ToString(),
        _ => value,
    };

    private static List<ExportColumn> Columns(IEntityType type)
    {
        var columns = type.GetProperties().Where(Exported)
            .Select(p => Column(p, group: null)).ToList();
        foreach (var complex in type.GetComplexProperties())
        {
            var group = JsonNamingPolicy.CamelCase.ConvertName(complex.Name);
            columns.AddRange(complex.ComplexType.GetProperties().Where(Exported).Select(p => Column(p, group)));
        }
        return columns;
    }

    private static bool Exported(IProperty property) =>
        property.Name != Ownership.OwnerIdProperty
        && !property.IsConcurrencyToken
        && property.FindAnnotation(BlindIndex.Annotation) is null;

    private static ExportColumn Column(IProperty property, string? group)
    {
        var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        return new ExportColumn(JsonNamingPolicy.CamelCase.ConvertName(property.Name), group, clr, property.IsNullable,
            clr.IsEnum ? Enum.GetNames(clr) : null, ImportLimits.For(property.DeclaringType.ClrType, property.Name));
    }

    private static Expression Read(ParameterExpression entity, IEntityType type, ExportColumn column)
    {
        if (column.Group is null)
        {
            var property = type.GetProperties().Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == column.Name);
            return Property(entity, property.Name, property.ClrType);
        }
        var complex = type.GetComplexProperties().Single(c => JsonNamingPolicy.CamelCase.ConvertName(c.Name) == column.Group);
        var inner = complex.ComplexType.GetProperties().Single(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == column.Name);
        return Expression.Property(Expression.Property(entity, complex.PropertyInfo!), inner.PropertyInfo!);
    }

    // EF.Property<T>(e, name): works for shadow properties too.
    private static MethodCallExpression Property(ParameterExpression entity, string name, Type clrType) =>
        Expression.Call(typeof(EF), nameof(EF.Property), [clrType], entity, Expression.Constant(name));
}
