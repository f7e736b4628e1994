using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a general mechanism told as how a thing comes about (<c>LABELING.md</c> rule 24: a general if-then mechanism is a causal
/// link): a present form of a verb of coming about (kind <see cref="LexiconKinds.GeneralMechanism"/>, value <c>verb</c>: "happens",
/// "arise", "forms") followed by a word that opens its condition (value <c>connective</c>: "when", "whenever"), right after the verb or
/// after one adverb in "-ly": "Mass strandings usually happen when a pod chases fish too close to land", "Sinkholes form when water
/// dissolves the rock beneath". A <c>blocker</c> right before the verb or one word before it makes the phrase something else: a
/// forecast or speculation ("the flood will happen when the dam fails", "it could happen when"), a question or topic ("What happens
/// when a tenant stops paying"), or a noun after a determiner ("fill in the form when you arrive"). A past form tells one happening,
/// an event, so the verbs are only present forms. It cannot tell a general mechanism from a habit told in the present ("the
/// market appears when the ferry docks"), which is why the policy asks it only of a text the model is not sure of.
/// </summary>
internal static class GeneralMechanism
{
    private const string Verb = "verb";

    private const string Connective = "connective";

    private const string Blocker = "blocker";

    /// <summary>The words before the verb in which a blocker is looked for ("will happen", "will usually happen").</summary>
    private const int BlockerReach = 2;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.GeneralMechanism), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text tells how a thing comes about in general.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when a present verb of coming about is followed by the word opening its condition, with at most
    /// one adverb in "-ly" between, and no blocker stands just before the verb.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && words.GetValueOrDefault(Word(text, tokens[i])) == Verb
                && ConnectiveFollows(text, tokens, i + 1, words) && !BlockedBefore(text, tokens, i, words))
            {
                return true;
            }
        }

        return false;
    }

    // The connective right after the verb, or after one adverb in "-ly" ("usually happen when").
    private static bool ConnectiveFollows(string text, ImmutableArray<Token> tokens, int next, FrozenDictionary<string, string> words)
    {
        if (next < tokens.Length && tokens[next].Kind == TokenKind.Word && Word(text, tokens[next]).EndsWith("ly", StringComparison.Ordinal))
        {
            next++;
        }

        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && words.GetValueOrDefault(Word(text, tokens[next])) == Connective;
    }

    // A blocker among the BlockerReach words right before the verb, stopping at anything but a word.
    private static bool BlockedBefore(string text, ImmutableArray<Token> tokens, int verb, FrozenDictionary<string, string> words)
    {
        for (var j = verb - 1; j >= 0 && j >= verb - BlockerReach && tokens[j].Kind == TokenKind.Word; j--)
        {
            if (words.GetValueOrDefault(Word(text, tokens[j])) == Blocker)
            {
                return true;
            }
        }

        return false;
    }
}
