using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an actor's stated intention or plan in a text: an <see cref="LexiconKinds.IntentionCue"/> word ("intends",
/// "planning", "aims"; "set" only after a form of "be"; "is" and "are" of an arrangement) followed by "to" and a word ("the
/// ministry intends to open", "the fleet is set to sail", "the ferry firm is to cut two sailings"). The words around it are <see cref="LexiconKinds.IntentionContext"/> entries: a cue at the start, after a
/// possessive or after a noun marker is a noun ("the council's plans to …", "in protest at plans to …", "approved plans to …"),
/// a cue after a past marker is a past intention ("had intended to"), and a determiner or a <c>not-verb</c> word after "to" is
/// no verb ("set to the maximum", "is to blame"). A purpose stated with "is to" ("the goal is to widen the ring road") reads as a plan too. The words are the built-in lexicon's, read on first use.
/// </summary>
internal static class StatedIntention
{
    private const string AfterBe = "after-be";

    private sealed record Words(FrozenDictionary<string, bool> Cues, FrozenDictionary<string, string> Context);

    private static readonly Lazy<Words> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Words Load()
    {
        var lexicon = PolicyCues.Lexicon;
        return new Words(
            lexicon.EntriesOf(LexiconKinds.IntentionCue).ToFrozenDictionary(e => e.Term.ToLowerInvariant(), e => e.Value == AfterBe, StringComparer.Ordinal),
            lexicon.EntriesOf(LexiconKinds.IntentionContext).ToFrozenDictionary(e => e.Term.ToLowerInvariant(), e => e.Value, StringComparer.Ordinal));
    }

    /// <summary>Whether the text states an intention or plan of an actor.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when an intention cue word is followed by "to" and a verb.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = PolicyCues.Tokens(text);
        for (var i = 0; i + 2 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !words.Cues.TryGetValue(Word(text, tokens[i]), out var afterBe)
                || Word(text, tokens[i + 1]) != "to" || tokens[i + 2].Kind != TokenKind.Word
                || words.Context.GetValueOrDefault(Word(text, tokens[i + 2])) is "determiner" or "not-verb")
            {
                continue;
            }

            var previous = i > 0 ? words.Context.GetValueOrDefault(Word(text, tokens[i - 1])) : null;
            var isNoun = i == 0 || tokens[i - 1].Kind == TokenKind.Possessive || previous is "determiner" or "noun-marker";
            if (!isNoun && previous != "past-marker" && (!afterBe || previous == "be"))
            {
                return true;
            }
        }

        return false;
    }
}
