using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a thing put down to its cause (<c>LABELING.md</c> rules 9 and 36): a <see cref="LexiconKinds.CauseAttribution"/> verb
/// ("put", "puts") followed by a particle phrase ("down to"), right after it or after an object of at most
/// <see cref="MaxObjectTokens"/> tokens with no punctuation between: "The agency puts the rise down to inflation", "The fall has been
/// put down to higher mortgage rates". A <c>not-object</c> noun between the two makes the phrase mean something else ("she put her
/// name down to speak"), and so does a particle with no word after it or with a figure after it, in digits or words ("bring
/// fares down to two crowns", a level reached). The words are the built-in lexicon's; a phrase matches its
/// words in a row. It does not check what is put down to what: a toll put down to a disaster is still a count, which the policy
/// leaves to the model.
/// </summary>
internal static class CauseAttribution
{
    private const string Verb = "verb";

    private const string Particle = "particle";

    private const string NotObject = "not-object";

    /// <summary>The most tokens between the verb and the particle: the thing put down to a cause ("the steady fall in burglaries
    /// across the county").</summary>
    private const int MaxObjectTokens = 8;

    private const int LongestPhrase = 2;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.CauseAttribution), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text puts a thing down to its cause.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a verb of the kind is followed, within a short object and no punctuation, by a particle
    /// phrase and a word after it that is not a figure.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && words.GetValueOrDefault(Word(text, tokens[i])) == Verb && ParticleFollows(text, tokens, i + 1, words))
            {
                return true;
            }
        }

        return false;
    }

    // A particle phrase and a word after it, from the token or after an object with no punctuation (words, figures, currency signs,
    // possessive endings), none of its words a not-object noun.
    private static bool ParticleFollows(string text, ImmutableArray<Token> tokens, int next, FrozenDictionary<string, string> words)
    {
        for (var skipped = 0; skipped <= MaxObjectTokens && next < tokens.Length && tokens[next].Kind != TokenKind.Punctuation; skipped++, next++)
        {
            var (phrase, length) = LongestMatch(text, tokens, next, LongestPhrase, p => words.GetValueOrDefault(p) == Particle);
            if (phrase is not null)
            {
                // "bring fares down to two crowns": a figure after the particle is the level reached, not a cause.
                var after = next + length;
                return after < tokens.Length && tokens[after].Kind == TokenKind.Word && !PolicyCues.NumberWords.Contains(Word(text, tokens[after]))
                    && !char.IsDigit(text[tokens[after].Span.Start]);
            }

            if (words.GetValueOrDefault(Word(text, tokens[next])) == NotObject)
            {
                return false;
            }
        }

        return false;
    }
}
