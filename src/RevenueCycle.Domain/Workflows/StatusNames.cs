using System.Text;

namespace RevenueCycle.Workflows;

/// <summary>Spells enum members the way DESIGN and the GraphQL schema do (PartiallyPaid → PARTIALLY_PAID).</summary>
public static class StatusNames
{
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.ToString();
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) result.Append('_');
            result.Append(char.ToUpperInvariant(name[i]));
        }
        return result.ToString();
    }
}
