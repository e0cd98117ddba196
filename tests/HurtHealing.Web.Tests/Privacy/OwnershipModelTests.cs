using HurtHealing.Domain;
using HurtHealing.Domain.Common;
using HurtHealing.Web.Data;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HurtHealing.Web.Tests.Privacy;

/// <summary>
/// Ownership is enforced by the model, not by memory: every entity a person owns has the owner key,
/// the cascade from the account, an index that starts with the owner and the owner filter. An entity of
/// the domain that has no owner at all fails here too, so a new feature cannot forget it.
/// </summary>
public class OwnershipModelTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private IModel Model()
    {
        using var scope = factory.Scope(out var db);
        return db.GetService<IDesignTimeModel>().Model;
    }

    // Every entity of the domain is a person's own, and so is anything that says it has an owner.
    private static bool MustBeOwned(IEntityType entityType) =>
        entityType.ClrType.Assembly == typeof(DomainAssembly).Assembly || Ownership.IsOwned(entityType);

    public static TheoryData<string> Entities()
    {
        var data = new TheoryData<string>();
        // The design-time model without an app: the same configurations, so the same entity list.
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=unused").Options;
        using var db = new AppDbContext(options);
        foreach (var entityType in db.GetService<IDesignTimeModel>().Model.GetEntityTypes().Where(MustBeOwned))
        {
            data.Add(entityType.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public void Every_owned_entity_has_the_owner_key_cascade_index_and_filter(string entityName)
    {
        var entityType = Model().FindEntityType(entityName)!;

        var owner = entityType.FindProperty(Ownership.OwnerIdProperty);
        Assert.True(owner is not null, $"{entityName} has no {Ownership.OwnerIdProperty}: every row a person writes must carry its owner.");
        Assert.Equal(typeof(string), owner.ClrType);
        Assert.False(owner.IsNullable);
        Assert.Equal(OwnerRules.MaxOwnerId, owner.GetMaxLength());

        var toAccount = entityType.GetForeignKeys().SingleOrDefault(fk =>
            fk.PrincipalEntityType.ClrType == typeof(AppUser) && fk.Properties is [var p] && p == owner);
        Assert.True(toAccount is not null, $"{entityName}: {Ownership.OwnerIdProperty} is not a key to the account.");
        Assert.Equal(DeleteBehavior.Cascade, toAccount.DeleteBehavior);

        Assert.Contains(entityType.GetIndexes(), index => index.Properties[0] == owner);

        var filter = entityType.GetDeclaredQueryFilters().SingleOrDefault(f => f.Key == Ownership.FilterKey);
        Assert.True(filter?.Expression is not null, $"{entityName} has no owner query filter.");
        var body = filter!.Expression!.Body.ToString();
        Assert.Contains(Ownership.OwnerIdProperty, body, StringComparison.Ordinal);
        Assert.Contains("CurrentOwnerId", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_owned_tables_come_from_the_model()
    {
        var tables = Ownership.OwnedTables(Model());

        Assert.Equal(Entities().Count, tables.Count);
        Assert.Contains("incidents", tables);
        Assert.Equal(tables.Count, tables.Distinct(StringComparer.Ordinal).Count());
    }
}
