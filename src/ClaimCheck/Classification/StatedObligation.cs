using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds a requirement stated in the narrator's own voice (<c>LABELING.md</c> rule 4: what a rule requires is a rule): a phrase of
/// obligation (kind <see cref="LexiconKinds.StatedObligation"/>, value <c>modal</c>: "must", "has to", "need not", "is required
/// to") in a text that gives no one a voice: no quotation mark, no reporting verb (kind <see cref="LexiconKinds.ReportingVerb"/>:
/// "said", "warned", "argues"), no word of belief or evaluation (kind <see cref="LexiconKinds.DecisionReason"/>, value
/// <c>frame</c>: "think", "unfair", "wrong"), no first-person word (the cue lexicon's <c>first-person</c> class: "we", "our") nor
/// second-person word (value <c>second-person</c>: "you", "your"), and no counterfactual or speculative perfect ("must have
/// felt", <see cref="CounterfactualPerfect"/>). "Landlords must register every let with the council", "The regulator has to
/// approve any rise in fares" have one; "We must do better for our children", "The union said ministers must act now" and "She
/// must have known" have none: there the obligation is someone's demand or guess (rules 6 and 7). The words are the built-in
/// lexicon's; a phrase matches its words in a row. It does not tell a requirement from a narrator's own demand ("the city must
/// act"), which is why the policy asks it only of a text the model calls an opinion without being sure of it.
/// </summary>
internal static class StatedObligation
{
    private const string Modal = "modal";

    private const string Voice = "voice";

    /// <summary>The longest phrase of the words looked up ("is required to", "according to").</summary>
    private const int LongestPhrase = 3;

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Each word and what it shows: an obligation (modal), or a voice that makes the obligation someone's demand (the reporting verbs,
    // the belief and evaluation frames, the first- and second-person words). A word of both is a voice.
    private static FrozenDictionary<string, string> Load()
    {
        var modals = PolicyCues.Lexicon.EntriesOf(LexiconKinds.StatedObligation).Where(e => e.Value == Modal).Select(e => (e.Term, Value: Modal));
        var voices = PolicyCues.Lexicon.EntriesOf(LexiconKinds.StatedObligation).Where(e => e.Value != Modal)
            .Concat(PolicyCues.Lexicon.EntriesOf(LexiconKinds.ReportingVerb))
            .Concat(PolicyCues.Lexicon.EntriesOf(LexiconKinds.DecisionReason).Where(e => e.Value == "frame"))
            .Concat(PolicyCues.Lexicon.EntriesOf(LexiconKinds.ClaimTypeCue).Where(e => e.Value.Split(' ').Contains("first-person")))
            .Select(e => (e.Term, Value: Voice));
        return modals.Concat(voices)
            .GroupBy(e => e.Term.ToLowerInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Any(e => e.Value == Voice) ? Voice : Modal, StringComparer.Ordinal);
    }

    /// <summary>Whether the text states a requirement in no one's voice but the narrator's.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has a phrase of obligation and no quotation mark, reporting verb, word of belief
    /// or evaluation, first- or second-person word, nor counterfactual perfect.</returns>
    public static bool In(string text)
    {
        if (text.AsSpan().IndexOfAny(QuotationMarks.Double) >= 0)
        {
            return false;
        }

        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        var obligation = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var (phrase, _) = LongestMatch(text, tokens, i, LongestPhrase, words.ContainsKey);
            switch (phrase is null ? null : words[phrase])
            {
                case Voice:
                    return false;
                case Modal:
                    obligation = true;
                    break;
            }
        }

        return obligation && !CounterfactualPerfect.In(text);
    }
}
