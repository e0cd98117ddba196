using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class FeelStatementConfiguration : IEntityTypeConfiguration<FeelStatement>
{
    public void Configure(EntityTypeBuilder<FeelStatement> builder)
    {
        builder.ToTable("feel_statements");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        // Owned through a shadow property: the statement carries its plan's owner without exposing it.
        builder.Property<string>(Ownership.OwnerIdProperty);
        builder.Property<Guid>("TalkPlanId");
        // xmin here too: removing or changing a statement that changed elsewhere fails instead of overwriting.
        builder.Property<uint>(EditVersions.PropertyName).IsRowVersion();
        builder.HasIndex("TalkPlanId", Ownership.OwnerIdProperty, nameof(FeelStatement.Position));
        builder.Property(s => s.When).IsEncrypted();
        builder.Property(s => s.Felt).IsEncrypted();
        builder.Property(s => s.BecauseINeed).IsEncrypted();
        builder.Property(s => s.WouldYou).IsEncrypted();
    }
}
