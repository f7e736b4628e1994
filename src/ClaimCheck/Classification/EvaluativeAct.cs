using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using static ClaimCheck.Classification.PolicyCues;

namespace ClaimCheck.Classification;

/// <summary>
/// Finds an act of thanks, praise, tribute, condemnation, apology or regret, or a reported appeal, told in a text (<c>LABELING.md</c>
/// rules 20, 40 and 54): a <see cref="LexiconKinds.EvaluativeAct"/> <c>verb</c> ("thanked", "praised", "paid tribute", "condemned",
/// "apologised", "said sorry", "regretted", or a word that tells such an act, "apology") or
/// <c>appeal</c> ("urged", "called on", "appealed to", or advice: "advised") with a subject before it: "The mayor of Lindenport thanked the
/// volunteers", "Lindenport police urged drivers to stay off the coast road". Never a word opening the text ("Condemned flats
/// in Brenmoor will go", "Urged on by the crowd, …"), nor one used as an adjective, right after a <c>determiner</c> or after one
/// and a <c>modifier</c> ("the much praised Vorland choir"). A one-word <c>verb</c> does not count with a <c>sentence</c> word
/// among the three words after it, the verb, an object of up to two words, then the word ("The Brenmoor court condemned him to
/// ten years in prison"). An <c>appeal</c> counts only when "to" and a verb follow within six words, what the actor urges
/// ("called on the council to act", but not "appealed to younger voters" nor "called on his veteran striker"), and not after a
/// form of "be" (<c>be</c>), with any <c>modifier</c> between: "Drivers are again urged to stay off the road" is addressed to
/// the reader (rule 41), nor right before the <c>agent</c> of a passive ("the airline, advised by two banks, agreed to sell"); a
/// <c>plea</c> ("appeals for", "appealed for", "appealing for") names what it asks for and needs no "to", also after "be"
/// ("Lindenport food bank appeals for volunteers", "Brenmoor police are appealing for witnesses"). The rule cannot tell the verb
/// "appeals for" from the plural noun after another noun or a verb ("rejected appeals for a retrial"). A word of feeling (<c>emotion</c>: "delighted", "disappointed") tells a reaction, an opinion too (rule 6),
/// after a form of "be" or "feel", with any <c>modifier</c> between ("the Ostrava coach said he was very pleased"), or right before
/// an <c>emotion-object</c> or <c>agent</c> word ("Brenmoor Water delighted by the new reservoir"), but not in a text that states a figure, where
/// the feeling is about a fact the figure reports ("Vorland was pleased that crime fell 4%"). A form of "hope" or "wish" (<c>hope</c>)
/// tells a hope or wish, an opinion too (rule 20), when the clause it hopes for follows it: "that", a <c>subject</c> or <c>determiner</c> word, or a
/// capitalised name ("The Brenmoor council hopes the ferry will return"), and no <c>hope-noun</c> word comes before it ("rallied on
/// hopes that", "gave them hope that"); "hopes to open" (a plan), "hopes of" and "hope for" do not count. The words are the built-in lexicon's;
/// a phrase matches its words in a row. The rule cannot tell a feeling from another sense of its word ("was disappointed" of a
/// hope, not a person, still counts).
/// </summary>
internal static class EvaluativeAct
{
    private const int LongestPhrase = 2;

    /// <summary>How many words after a one-word verb a <c>sentence</c> word may stand: the verb's object ("him", "the two men")
    /// comes between.</summary>
    private const int SentenceReach = 3;

    /// <summary>How many words after an appeal its "to" may stand: whom the actor urges ("the council of Vorland") comes between.</summary>
    private const int AppealReach = 6;

    private const string Infinitive = "to";

    private const string Complementiser = "that";

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIn = new(() => PolicyCues.ValuedWords(LexiconKinds.EvaluativeAct), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the text tells an act of thanks, praise, tribute or condemnation, a reported appeal or a feeling.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has such a verb after its subject, not used as an adjective; with no
    /// <c>sentence</c> word among the three words after a one-word verb of thanks, praise, tribute or condemnation; and with "to"
    /// within six words after a verb of appeal, which no form of "be" comes before and no agent word
    /// follows, or a plea ("appeals for") with no agent word after it; or a word of feeling
    /// after a form of "be" or before an emotion-object or agent word, in a text without a figure; or a form of "hope" or "wish"
    /// before the clause it hopes for, with no hope-noun word before it.</returns>
    public static bool In(string text)
    {
        var words = BuiltIn.Value;
        var tokens = Tokens(text);
        for (var i = 1; i < tokens.Length; i++)
        {
            if (IsAdjective(text, tokens, i, words))
            {
                continue;
            }

            var verb = LongestMatch(text, tokens, i, LongestPhrase, phrase => words.TryGetValue(phrase, out var value) && value == "verb").Length;
            if (verb > 1 || (verb == 1 && !WithinAfter(text, tokens, i + 1, SentenceReach, w => ValueOf(w, words) == "sentence")))
            {
                return true;
            }

            var (appealPhrase, appeal) = LongestMatch(text, tokens, i, LongestPhrase, phrase => ValueOf(phrase, words) is "appeal" or "plea");
            if (appeal > 0 && IsAppeal(ValueOf(appealPhrase!, words), text, tokens, i, appeal, words))
            {
                return true;
            }

            var value = ValueAt(text, tokens, i, words);
            if (value == "emotion"
                && (AfterBe(text, tokens, i, words) || ValueAt(text, tokens, i + 1, words) is "emotion-object" or "agent")
                && !HasFigure(tokens))
            {
                return true;
            }

            // A capitalised "Hope" inside a sentence is a name ("Bob Hope said", "the Hope Diamond"), and after a determiner or a
            // hope-noun word "hope" is a noun ("the hope that", "amid hopes that").
            if (value == "hope" && char.IsLower(text[tokens[i].Span.Start])
                && ValueAt(text, tokens, i - 1, words) is not ("hope-noun" or "determiner")
                && StartsClause(text, tokens, i + 1, words))
            {
                return true;
            }
        }

        return false;
    }

    // Whether an appeal verb of `length` words at token `at` tells an appeal: not before the agent of a passive; a plea names
    // what it asks for with its own "for" and after "be" is the active progressive ("are appealing for"), while any other appeal
    // needs "to" within reach and after "be" is the passive ("are urged to").
    private static bool IsAppeal(string? value, string text, ImmutableArray<Token> tokens, int at, int length, FrozenDictionary<string, string> words)
    {
        if (ValueAt(text, tokens, at + length, words) == "agent" || (value == "appeal" && AfterBe(text, tokens, at, words)))
        {
            return false;
        }

        return value == "plea" || WithinAfter(text, tokens, at + length, AppealReach, w => w == Infinitive);
    }

    // Whether token `at` opens a clause a verb of hoping or wishing takes: "that", a subject or determiner word, or a capitalised name.
    private static bool StartsClause(string text, ImmutableArray<Token> tokens, int at, FrozenDictionary<string, string> words)
    {
        if (at >= tokens.Length || tokens[at].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = Word(text, tokens[at]);
        return word == Complementiser || ValueOf(word, words) is "subject" or "determiner" || char.IsUpper(text[tokens[at].Span.Start]);
    }

    // Whether a number or an amount of money stands anywhere in the text: a feeling about a figure reports the figure.
    private static bool HasFigure(ImmutableArray<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Number or TokenKind.Currency)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the word before token `at` is a determiner, or a modifier after one.
    private static bool IsAdjective(string text, ImmutableArray<Token> tokens, int at, FrozenDictionary<string, string> words) =>
        ValueAt(text, tokens, at - 1, words) == "determiner"
        || (ValueAt(text, tokens, at - 1, words) == "modifier" && ValueAt(text, tokens, at - 2, words) == "determiner");

    // Whether a form of "be" (or "feel") stands before token `at`, with modifiers ("again", "strongly") between.
    private static bool AfterBe(string text, ImmutableArray<Token> tokens, int at, FrozenDictionary<string, string> words)
    {
        var before = at - 1;
        while (ValueAt(text, tokens, before, words) == "modifier")
        {
            before--;
        }

        return ValueAt(text, tokens, before, words) == "be";
    }

    private static bool WithinAfter(string text, ImmutableArray<Token> tokens, int start, int reach, Func<string, bool> accepts)
    {
        for (var i = start; i < tokens.Length && i < start + reach; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && accepts(Word(text, tokens[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static string? ValueAt(string text, ImmutableArray<Token> tokens, int at, FrozenDictionary<string, string> words) =>
        at >= 0 && at < tokens.Length && tokens[at].Kind == TokenKind.Word ? ValueOf(Word(text, tokens[at]), words) : null;

    private static string? ValueOf(string word, FrozenDictionary<string, string> words) =>
        words.TryGetValue(word, out var value) ? value : null;
}
