using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;

namespace RevenueCycle.Infrastructure;

/// <summary>
/// Snapshots of responses on the deterministic seed. The snapshot file is named by the operation, not by the
/// test class, so the SQLite and the PostgreSQL run of a test compare against one file: both databases must
/// answer byte for byte the same.
/// </summary>
public static class ResponseSnapshot
{
    /// <param name="feature">The test feature folder (Claims, Patients…); the file goes in its __snapshots__.</param>
    /// <param name="name">The snapshot's name, usually the operation's file name.</param>
    public static void Match(JsonNode response, string feature, string name)
    {
        // Snapshooter adds the __snapshots__ folder itself.
        var folder = Path.Combine(RepoPaths.Root, "tests", "RevenueCycle.Tests", feature);
        Snapshot.Match(response.Json(), new SnapshotFullName(name + ".snap", folder));
    }
}
