using System.Buffers.Text;
using System.Text;

namespace RevenueCycle.GraphQL.Relay;

/// <summary>
/// Opaque Relay IDs in HotChocolate's format: base64 of "TypeName:key". Clients must not parse them;
/// we do, to route <c>node(id:)</c> and to check that an ID passed to a field is of the expected type.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString("N")));

    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > 200 || !Base64.IsValid(value)) return false;
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        var colon = text.IndexOf(':');
        if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id)) return false;
        typeName = text[..colon];
        return true;
    }

    /// <summary>Decodes an ID that must name <paramref name="expectedType"/>; anything else is "not found".</summary>
    public static Guid? TryDecode(string? value, string expectedType) =>
        TryDecode(value, out var type, out var id) && type == expectedType ? id : null;
}
