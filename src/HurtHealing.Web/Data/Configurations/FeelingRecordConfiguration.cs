using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data.Encryption;
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
        builder.Property(f => f.Word).IsEncryptedChoice().IsRequired();
        builder.HasIndex(f => new { f.IncidentId, f.RecordedAt });
    }
}
