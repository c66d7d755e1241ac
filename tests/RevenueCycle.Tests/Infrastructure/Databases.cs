using RevenueCycle.Data;

namespace RevenueCycle.Infrastructure;

/// <summary>An API on a fresh SQLite file (migrated and seeded at start), deleted afterwards.</summary>
public sealed class SqliteApi : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-test-{Guid.NewGuid():N}.db");

    public ApiHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false");
        _ = Host.Server; // start now: migrations and seed run once per fixture
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

/// <summary>An API on its own database in the shared throwaway PostgreSQL server.</summary>
public sealed class PostgresApi : IAsyncLifetime
{
    public ApiHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        Host = new ApiHost(DatabaseProvider.Postgres, await server.CreateDatabaseAsync("api"));
        _ = Host.Server;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>An API on SQLite listening on a real loopback port, for third-party clients.</summary>
public sealed class KestrelApi : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-test-{Guid.NewGuid():N}.db");

    public ApiHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false", kestrel: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (File.Exists(_file)) File.Delete(_file);
    }
}
