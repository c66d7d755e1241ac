using System.Security.Cryptography;
using System.Text;

namespace RevenueCycle.Seeding;

/// <summary>Deterministic keys for seed rows, so every fresh database (and every snapshot test) has the same IDs.</summary>
public static class SeedIds
{
    public static Guid For(string kind, object index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"revenuecycle-seed:{kind}:{index}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: application-defined
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
