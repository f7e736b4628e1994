using System.Collections.Frozen;
using ClaimCheck.Text;

namespace ClaimCheck.Quantities;

/// <summary>Lexicon terms and what they stand for, frozen and queried by span; terms of several tokens are looked up by
/// <see cref="QuantityScan.TryPhrase{T}"/>.</summary>
/// <typeparam name="T">What a term stands for.</typeparam>
/// <remarks>Terms of two to four capital letters (codes and acronyms: "USD", "RM") can be kept apart and matched in capitals
/// only (<see cref="Matching.CapitalsExact"/>); every other term matches ignoring case unless the map is built case-sensitive.
/// Immutable and thread-safe.</remarks>
internal sealed class WordMap<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly IgnoreCaseLookup<T> _anyCase;
    private readonly IgnoreCaseLookup<bool> _firstTokens;
    private readonly IgnoreCaseLookup<bool> _lastTokens;

    private WordMap(Dictionary<string, T> exact, Dictionary<string, T> anyCase, StringComparer anyCaseComparer)
    {
        Exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        AnyCase = anyCase.ToFrozenDictionary(anyCaseComparer);
        _exact = Exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _anyCase = new IgnoreCaseLookup<T>(AnyCase, anyCaseComparer);
        MaxTokens = 1;
        var tokens = new List<Token>();
        var firstTokens = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lastTokens = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in Exact.Keys.Concat(AnyCase.Keys))
        {
            tokens.Clear();
            Tokenizer.Tokenize(term, new TextSpan(0, term.Length), tokens);
            MaxTokens = Math.Max(MaxTokens, tokens.Count);
            if (tokens.Count > 0)
            {
                firstTokens.Add(tokens[0].Span.Slice(term).ToString());
                lastTokens.Add(tokens[^1].Span.Slice(term).ToString());
            }
        }

        FirstTokens = firstTokens.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _firstTokens = new IgnoreCaseLookup<bool>(FirstTokens.Select(t => KeyValuePair.Create(t, true)), StringComparer.OrdinalIgnoreCase);
        LastTokens = lastTokens.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lastTokens = new IgnoreCaseLookup<bool>(LastTokens.Select(t => KeyValuePair.Create(t, true)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How terms are compared.</summary>
    public enum Matching
    {
        /// <summary>Ignoring case.</summary>
        AnyCase,

        /// <summary>In the exact case written.</summary>
        ExactCase,

        /// <summary>Terms of two to four capital letters in capitals only, every other term ignoring case.</summary>
        CapitalsExact,
    }

    /// <summary>The terms matched in their exact case.</summary>
    public FrozenDictionary<string, T> Exact { get; }

    /// <summary>The terms matched ignoring case (or exactly, for an <see cref="Matching.ExactCase"/> map).</summary>
    public FrozenDictionary<string, T> AnyCase { get; }

    /// <summary>The most tokens a term has ("metric tons": 2).</summary>
    public int MaxTokens { get; }

    /// <summary>The first token of every term, as written, compared ignoring case (the words that can start a match).</summary>
    public FrozenSet<string> FirstTokens { get; }

    /// <summary>The last token of every term, as written, compared ignoring case (the words that can end a match).</summary>
    public FrozenSet<string> LastTokens { get; }

    /// <summary>The first token of every term whose value satisfies <paramref name="predicate"/> (for rule triggers; not for hot paths).</summary>
    public IEnumerable<string> FirstTokensWhere(Func<T, bool> predicate)
    {
        var tokens = new List<Token>();
        foreach (var (term, value) in Exact.Concat(AnyCase))
        {
            tokens.Clear();
            Tokenizer.Tokenize(term, new TextSpan(0, term.Length), tokens);
            if (tokens.Count > 0 && predicate(value))
            {
                yield return tokens[0].Span.Slice(term).ToString();
            }
        }
    }

    /// <summary>Builds a map from (term, value) pairs; a later pair wins over an earlier one with the same term.</summary>
    public static WordMap<T> Create(IEnumerable<(string Term, T Value)> entries, Matching matching)
    {
        var anyCaseComparer = matching == Matching.ExactCase ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var exact = new Dictionary<string, T>(StringComparer.Ordinal);
        var anyCase = new Dictionary<string, T>(anyCaseComparer);
        foreach (var (term, value) in entries)
        {
            if (matching == Matching.CapitalsExact && term.Length is >= 2 and <= 4 && term.All(char.IsAsciiLetterUpper))
            {
                exact[term] = value;
            }
            else
            {
                anyCase[term] = value;
            }
        }

        return new WordMap<T>(exact, anyCase, anyCaseComparer);
    }

    /// <summary>What <paramref name="term"/> stands for, if it is in the map.</summary>
    public bool TryGet(ReadOnlySpan<char> term, out T value) =>
        _exact.TryGetValue(term, out value!) || _anyCase.TryGetValue(term, out value!);

    /// <summary>Whether some term starts with the token <paramref name="word"/> (ignoring case).</summary>
    public bool CanStartWith(ReadOnlySpan<char> word) => _firstTokens.ContainsKey(word);

    /// <summary>Whether some term ends with the token <paramref name="word"/> (ignoring case).</summary>
    public bool CanEndWith(ReadOnlySpan<char> word) => _lastTokens.ContainsKey(word);

    /// <summary>Whether every term that starts with the token <paramref name="first"/> ends with a one-character symbol ("C" of "C$",
    /// "C $"), so that a rule may start at the symbol and look back (for rule triggers; not for hot paths).</summary>
    public bool EndsWithSign(string first)
    {
        var tokens = new List<Token>();
        var any = false;
        foreach (var term in Exact.Keys.Concat(AnyCase.Keys))
        {
            tokens.Clear();
            Tokenizer.Tokenize(term, new TextSpan(0, term.Length), tokens);
            if (tokens.Count > 0 && tokens[0].Span.Slice(term).Equals(first, StringComparison.OrdinalIgnoreCase))
            {
                any = true;
                var last = tokens[^1].Span.Slice(term);
                if (tokens.Count == 1 || last.Length != 1 || char.IsLetterOrDigit(last[0]) || char.IsPunctuation(last[0]))
                {
                    return false; // "Rs", "Rs.": the word itself starts the amount
                }
            }
        }

        return any;
    }

    /// <summary>Whether <paramref name="term"/> is in the map.</summary>
    public bool Contains(ReadOnlySpan<char> term) => _exact.ContainsKey(term) || _anyCase.ContainsKey(term);
}

/// <summary>A frozen set of lexicon terms, compared ignoring case and queried by span.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordSet
{
    private readonly IgnoreCaseLookup<bool> _lookup;

    /// <summary>Builds the set.</summary>
    public WordSet(IEnumerable<string> terms)
    {
        Terms = terms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = new IgnoreCaseLookup<bool>(Terms.Select(t => KeyValuePair.Create(t, true)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The terms.</summary>
    public FrozenSet<string> Terms { get; }

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
}
