using Microsoft.Extensions.DependencyInjection;

namespace RevenueCycle.Auditing;

/// <summary>A record re-read by the same actor and client within the window is written once; anything else is written.</summary>
public sealed class PhiRepeatWindowTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 11, 2, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Tenant = Guid.NewGuid(), Patient = Guid.NewGuid(), OtherPatient = Guid.NewGuid();
    private readonly PhiAuditWriter _writer = new(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());

    private static AuditEvent Read(string actor, Guid id, DateTime at, string client = "spa") => new()
    {
        TenantId = Tenant, Actor = actor, ClientId = client, Action = PhiReads.Action, EntityType = "Patient", EntityId = id, At = at, IsPhiRead = true,
    };

    [Fact]
    public void Repeats_within_the_window_are_dropped_and_everything_else_is_kept()
    {
        Assert.Single(_writer.NotRecentlyWritten([Read("ana", Patient, Start)]));
        Assert.Empty(_writer.NotRecentlyWritten([Read("ana", Patient, Start.AddSeconds(30))]));
        Assert.Single(_writer.NotRecentlyWritten([Read("ben", Patient, Start.AddSeconds(30))]));
        Assert.Single(_writer.NotRecentlyWritten([Read("ana", Patient, Start.AddSeconds(30), client: "mobile")]));
        Assert.Single(_writer.NotRecentlyWritten([Read("ana", OtherPatient, Start.AddSeconds(30))]));
        Assert.Single(_writer.NotRecentlyWritten([Read("ana", Patient, Start + PhiAuditWriter.RepeatWindow)]));
    }

    [Fact]
    public void A_read_whose_write_failed_is_written_again_next_time()
    {
        var rows = _writer.NotRecentlyWritten([Read("ana", Patient, Start)]);
        _writer.Forget(rows);
        Assert.Single(_writer.NotRecentlyWritten([Read("ana", Patient, Start.AddSeconds(1))]));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _writer.DisposeAsync();
}
