using HurtHealing.Domain.Repairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class PromiseChangeConfiguration : IEntityTypeConfiguration<PromiseChange>
{
    public void Configure(EntityTypeBuilder<PromiseChange> builder)
    {
        builder.ToTable("promise_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.OwnerId, c.ChangedAt });
        builder.HasIndex(c => new { c.PromiseId, c.ChangedAt });
    }
}
