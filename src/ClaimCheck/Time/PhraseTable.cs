using System.Collections.Frozen;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>Multi-word lexicon terms ("New Year's Day", "the near future") matched against tokens, longest first.</summary>
/// <remarks>Each term is cut into tokens by the same <see cref="Tokenizer"/> as the text, so "Year's" lines up with "Year" and a
/// possessive token, and a straight apostrophe matches a curly one. Words compare without regard to case. Immutable.</remarks>
/// <typeparam name="T">What a term stands for.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    /// <summary>Compiles <paramref name="terms"/>; a later term replaces an earlier one written the same way.</summary>
    public PhraseTable(IEnumerable<(string Term, T Value)> terms)
    {
        var byTerm = new Dictionary<string, Phrase>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var (term, value) in terms)
        {
            tokens.Clear();
            Tokenizer.Tokenize(term, new TextSpan(0, term.Length), tokens);
            if (tokens.Count > 0)
            {
                byTerm[term] = new Phrase([.. tokens.Select(t => PossessiveOr(t, t.Span.Slice(term).ToString()))], value);
            }
        }

        var table = byTerm.Values.GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        FirstWords = [.. table.Keys];
        _byFirstWord = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first word of every term (the words that can start a match).</summary>
    public IReadOnlyList<string> FirstWords { get; }

    /// <summary>Matches the longest term that starts at token <paramref name="index"/>.</summary>
    /// <returns>The index of the token after the term, or -1 when none matches.</returns>
    public int Match(string text, ArraySegment<Token> tokens, int index, out T value)
    {
        value = default!;
        if (index >= tokens.Count || !_byFirstWord.TryGetValue(tokens[index].Span.Slice(text), out var phrases))
        {
            return -1;
        }

        foreach (var phrase in phrases)
        {
            if (Matches(text, tokens, index, phrase.Words))
            {
                value = phrase.Value;
                return index + phrase.Words.Length;
            }
        }

        return -1;
    }

    private static bool Matches(string text, ArraySegment<Token> tokens, int index, string[] words)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            var token = tokens[index + k];
            var matches = token.Kind == TokenKind.Possessive
                ? words[k] == PossessiveOr(token, string.Empty)
                : token.Span.Slice(text).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    // A possessive compares by its form only: "'s" or "’s", or a bare apostrophe after a plural ("Presidents' Day").
    private static string PossessiveOr(Token token, string word) =>
        token.Kind != TokenKind.Possessive ? word : token.Span.Length > 1 ? "'s" : "'";

    private readonly record struct Phrase(string[] Words, T Value);
}
