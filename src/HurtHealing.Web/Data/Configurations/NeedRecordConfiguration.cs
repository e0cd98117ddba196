using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class NeedRecordConfiguration : IEntityTypeConfiguration<NeedRecord>
{
    public void Configure(EntityTypeBuilder<NeedRecord> builder)
    {
        builder.ToTable("need_records");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).IsEncryptedChoice();
        builder.Property(n => n.ResolutionLooksLike).IsEncrypted();
        builder.Ignore(n => n.IsMet);
        builder.HasIndex(n => new { n.IncidentId, n.RecordedAt });
    }
}
