using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RevenueCycle.Events;

internal sealed class OutboxMessageMapping : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.Type).HasMaxLength(64);
        // Events carry ids and a few words, never documents; 4000 stays an indexed-size column on SQL Server.
        b.Property(m => m.Payload).HasMaxLength(4000);
        // The re-publisher's scan: unpublished rows, oldest first, across tenants.
        b.HasIndex(m => new { m.PublishedAt, m.OccurredAt });
    }
}
