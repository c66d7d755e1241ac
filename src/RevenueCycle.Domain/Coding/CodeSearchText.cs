using System.Text;

namespace RevenueCycle.Coding;

/// <summary>
/// The search form of a code and of what a coder types, built by one tokenizer so both sides agree:
/// letters and digits upper-cased; dots and apostrophes dropped inside a word (so E11.9 is E119 and
/// Alzheimer's is ALZHEIMERS); every other character separates words.
/// <para>A stored search text is the code followed by the distinct words of its descriptions, each word
/// preceded by a space (" E119 TYPE 2 DIABETES MELLITUS …"), so that <c>LIKE '% WORD%'</c> in SQL finds
/// the rows where some word starts with WORD, without an index per word.</para>
/// </summary>
public static class CodeSearchText
{
    /// <summary>At most this many words of a query are matched (each is one LIKE in SQL).</summary>
    public const int MaxQueryWords = 8;

    public static string Build(string code, string description, string? shortDescription)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(description);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var word in Words(code).Concat(Words(description)).Concat(Words(shortDescription ?? "")))
        {
            if (seen.Add(word)) text.Append(' ').Append(word);
        }
        return text.ToString();
    }

    /// <summary>A code as stored (without the dot, upper case): " e11.9 " is E119.</summary>
    public static string NormalizeCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Concat(Words(code));
    }

    /// <summary>The distinct words of a query, in order, at most <see cref="MaxQueryWords"/>.</summary>
    public static IReadOnlyList<string> QueryWords(string? query) =>
        Words(query ?? "").Distinct(StringComparer.Ordinal).Take(MaxQueryWords).ToList();

    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToUpperInvariant(c));
            else if (c is '.' or '\'' or '\u2019') continue;
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }
}
