using Npgsql;

namespace RevenueCycle.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: initdb into a temp folder, start on a free loopback port,
/// stop and delete at process exit. initdb/postgres refuse to run as root, so as root they run as the
/// unprivileged 'postgres' user (runuser). Each test fixture gets its own database in it.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync);

    private readonly string _bin;
    private readonly string _dataDirectory;
    private readonly bool _asPostgresUser;

    private PostgresServer(string bin, string dataDirectory, int port, bool asPostgresUser)
    {
        _bin = bin;
        _dataDirectory = dataDirectory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public static Task<PostgresServer> SharedAsync() => Instance.Value;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBin();
        var asPostgresUser = Environment.UserName == "root";
        var data = Path.Combine(Path.GetTempPath(), $"revenuecycle-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        if (asPostgresUser) await ProcessRunner.RunAsync("chown", ["postgres:postgres", data]);

        var server = new PostgresServer(bin, data, FreePort.Next(), asPostgresUser);
        await server.PgAsync("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        await server.PgAsync("pg_ctl", "-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "-o",
            $"-p {server.Port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try
        {
            PgAsync("pg_ctl", "-D", _dataDirectory, "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
        }
        finally
        {
            try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private Task<string> PgAsync(string tool, params string[] args) => _asPostgresUser
        ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args], workingDirectory: "/tmp")
        : ProcessRunner.RunAsync(Path.Combine(_bin, tool), args);

    private static string FindBin()
    {
        var fromEnv = Environment.GetEnvironmentVariable("POSTGRES_BIN");
        if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).ToList()
            : [];
        return versions.FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found: apt-get install postgresql, or set POSTGRES_BIN.");
    }
}
