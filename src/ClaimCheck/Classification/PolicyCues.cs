using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// What the claim-type policy's text rules (<see cref="StatedIntention"/>, <see cref="CountedMovement"/>,
/// <see cref="DecisionWithReason"/>, <see cref="EnactedRule"/>, <see cref="EvaluativeAct"/>) and the model's cue features (<see cref="ClaimTypeCues"/>) share: the built-in cue lexicon,
/// read once on first use (only the three files the cues read, so a process that classifies one sentence does not load the whole
/// lexicon), and a text's tokens and lower-cased words.
/// </summary>
internal static class PolicyCues
{
    private static readonly Lazy<Lexicon> BuiltIn = new(
        () => Lexicon.LoadBuiltInFiles("claim-type-cues.tsv", "reporting.tsv", "time.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in cue lexicon: <c>claim-type-cues.tsv</c>, with the reporting verbs and time words the cues read.</summary>
    public static Lexicon Lexicon => BuiltIn.Value;

    /// <summary>The tokens of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its tokens, in order.</returns>
    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    /// <summary>A token's text, lower-cased.</summary>
    /// <param name="text">The text the token was read from.</param>
    /// <param name="token">The token.</param>
    /// <returns>The lower-cased word.</returns>
    public static string Word(string text, Token token) => token.Span.Slice(text).ToString().ToLowerInvariant();
}
