using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a text that tells what a rule is for (<c>LABELING.md</c> rules 26 and 55): a noun naming a law or rule ("law", "ban",
/// "regulations") among the first <see cref="MaxSubjectWords"/> words, followed right away by a verb phrase of purpose ("aims to",
/// "seeks to") or by a form of "be" and a participle phrase ("is meant to", "are designed to"), with at most one <c>between</c>
/// word ("also") after the noun or after "be": "The ban is meant to save water", "This bill aims to give tenants more protection",
/// "The levy is also designed to …", but not "A ban meant to curb noise came into force" (no "be") nor "Vorland passed a law
/// last year, which aims to cut waste" (a clause after the noun). The words are the built-in lexicon's (kind
/// <see cref="LexiconKinds.RulePurpose"/>); a phrase matches its words in a row. It does not check that the noun is the subject,
/// only that it stands near the start.
/// </summary>
internal static class RulePurpose
{
    private const string Noun = "noun";

    private const string Purpose = "purpose";

    private const string Participle = "participle";

    private const string Be = "be";

    private const string Between = "between";

    /// <summary>The words from the start of a text within which the rule's noun stands: the subject and its modifiers ("The
    /// proposed Tax Cuts and Jobs Act").</summary>
    private const int MaxSubjectWords = 8;

    private const int LongestPhrase = 2;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.RulePurpose), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text tells what a rule is for.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a rule's noun near the start is followed by a phrase of purpose.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        var seen = 0;
        for (var i = 0; i < tokens.Length && seen < MaxSubjectWords; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            seen++;
            if (ValueAt(text, tokens, i, words) == Noun && PurposeFollows(text, tokens, i + 1, words))
            {
                return true;
            }
        }

        return false;
    }

    // A verb phrase of purpose at the token, or a form of "be" and a participle phrase; one between word may come first or after "be".
    private static bool PurposeFollows(string text, ImmutableArray<Token> tokens, int next, FrozenDictionary<string, string> words)
    {
        var be = ValueAt(text, tokens, next, words) == Be;
        next += be ? 1 : 0;
        next += ValueAt(text, tokens, next, words) == Between ? 1 : 0;
        var (phrase, _) = LongestMatch(text, tokens, next, LongestPhrase, p => words.GetValueOrDefault(p) is Purpose or Participle);
        return phrase is not null && (words[phrase] == Purpose || be);
    }

    private static string? ValueAt(string text, ImmutableArray<Token> tokens, int index, FrozenDictionary<string, string> words) =>
        index < tokens.Length && tokens[index].Kind == TokenKind.Word ? words.GetValueOrDefault(Word(text, tokens[index])) : null;
}
