using ClaimCheck.Claims;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Comparison;

/// <summary>What a count's source and sentence tell about whether a later, larger count from another report can be the same count
/// grown: whether the source speaks for a state, and whether the count is over a span the sentence states.</summary>
internal static class CountSources
{
    /// <summary>Whether <paramref name="claim"/>'s source is an organ of a state: its speaker, role or organisation holds a word of the
    /// attribution class <c>state</c> ("the interior minister", "the Ministry of Health", "the government"), and it is no independent
    /// body's. A police force, an agency or a governor without such a word is not read as one (the class does not name them).</summary>
    internal static bool SpeaksForState(Claim claim, ClaimWords words) =>
        claim.Attribution is { IsIndependent: false } source
        && (HasStateWord(source.Role, words) || HasStateWord(source.Organization, words) || HasStateWord(source.Speaker, words));

    /// <summary>Whether the sources of <paramref name="earlier"/> and <paramref name="later"/> are one body, or organs of one state.
    /// One body: every claim a source is given for on each side shares an origin, or a word of its source's name, with one on the
    /// other ("the harbour safety board" and "the Kestrel Bay Harbour Safety Board"; <see cref="Origins.SharesNamedOrigin"/>).
    /// Organs of one state: every such claim speaks for a state (<see cref="SpeaksForState"/>) and they name at most one affiliation
    /// between them ("Vorland's interior minister" and "Vorland's justice minister"). A claim in the outlet's own voice passes. Any
    /// other source gives its own count: a relief network after a governor, "police said" or "officials said" after a ministry, or a
    /// mayor after officials (a body the <c>state</c> words do not name is not known to be the same state's).</summary>
    internal static bool OneBodyOrOneState(List<Claim> earlier, List<Claim> later, ClaimWords words)
    {
        var sourcedEarlier = earlier.FindAll(c => c.Attribution is not null);
        var sourcedLater = later.FindAll(c => c.Attribution is not null);
        if (sourcedEarlier.Count > 0 && sourcedLater.Count > 0
            && sourcedEarlier.TrueForAll(c => Origins.SharesNamedOrigin(c, sourcedLater)) && sourcedLater.TrueForAll(c => Origins.SharesNamedOrigin(c, sourcedEarlier)))
        {
            return true;
        }

        var sourced = sourcedEarlier.Concat(sourcedLater).ToList();
        return sourced.TrueForAll(c => SpeaksForState(c, words))
            && sourced.Select(c => c.Attribution!.Affiliation).OfType<string>().Distinct(StringComparer.Ordinal).Count() <= 1;
    }

    /// <summary>Whether the claim's text states a span of time its count is over: "in", "within", "over" or "during", then a number
    /// or "a"/"one" ("a single"), or "the past", "the last" or "the previous" with or without one, then a period ("in 24 hours",
    /// "within a day", "over the past two days"), or "over the weekend", "during the night", with no semicolon between it and the
    /// figure. Two counts over spans are counts of their spans, not one count grown. A span named for another figure of the same
    /// clause counts too ("in 24 hours, 2,000 arrived and 40 boats landed" marks the 40).</summary>
    internal static bool IsOverStatedSpan(Claim claim)
    {
        var text = claim.Text;
        var figure = claim.QuantitySpan is { } quantity ? Math.Clamp(quantity.Start - claim.Span.Start, 0, text.Length) : 0;
        var list = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), list);
        var tokens = new ArraySegment<Token>([.. list]);
        for (var i = 0; i < tokens.Count - 2; i++)
        {
            if (Word(text, tokens, i) is "in" or "within" or "over" or "during" && PeriodFollows(text, tokens, i + 1)
                && InOneClause(text, figure, tokens[i].Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    // Whether no semicolon stands between two offsets of a text.
    private static bool InOneClause(string text, int a, int b) =>
        !text.AsSpan(Math.Min(a, b), Math.Abs(a - b)).Contains(';');

    private static bool PeriodFollows(string text, ArraySegment<Token> tokens, int at)
    {
        if (Word(text, tokens, at) is "the")
        {
            at++;
            if (Word(text, tokens, at) is "weekend" or "night")
            {
                return true;
            }

            if (Word(text, tokens, at) is not ("past" or "last" or "previous"))
            {
                return false;
            }

            at++;
        }

        if (Word(text, tokens, at) is "a" or "one")
        {
            at += Word(text, tokens, at + 1) is "single" ? 2 : 1;
        }
        else if (NumberParser.TryParseAt(text, tokens, at, out var number) && !number.IsVague)
        {
            at += number.TokenCount;
        }

        var period = Word(text, tokens, at);
        return Measures.PeriodDays(period) is not null || period is "night" or "nights" or "weekend";
    }

    private static string Word(string text, ArraySegment<Token> tokens, int index) =>
        index < tokens.Count ? tokens[index].Span.Slice(text).ToString().ToLowerInvariant() : string.Empty;

    private static bool HasStateWord(string? name, ClaimWords words)
    {
        if (name is null)
        {
            return false;
        }

        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range].Trim("\"“”,.");
            if (word.EndsWith("'s") || word.EndsWith("’s"))
            {
                word = word[..^2];
            }

            if (words.StateWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
