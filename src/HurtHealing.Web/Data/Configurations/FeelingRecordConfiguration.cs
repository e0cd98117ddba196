using HurtHealing.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class FeelingRecordConfiguration : IEntityTypeConfiguration<FeelingRecord>
{
    public void Configure(EntityTypeBuilder<FeelingRecord> builder)
    {
        builder.ToTable("feeling_records");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        // A key from the fixed vocabulary, not the person's own text.
        builder.Property(f => f.Word).HasMaxLength(40).IsRequired();
        builder.HasIndex(f => new { f.IncidentId, f.RecordedAt });
    }
}
