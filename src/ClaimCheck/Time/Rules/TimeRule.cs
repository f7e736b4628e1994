namespace ClaimCheck.Time.Rules;

/// <summary>One family's rule for a kind of time expression: the words or tokens that can start it and how it reads from there.</summary>
/// <remarks>Rules are stateless singletons shared by every document and thread; what they find goes to <see cref="TimeScan.Output"/>.
/// <see cref="TimeRuleTable"/> asks only the rules whose start words include the token at hand, in the order of
/// <see cref="TimeRuleTable.Rules"/>; the first that matches wins.</remarks>
internal abstract class TimeRule
{
    /// <summary>What <see cref="Match"/> returns when the rule does not apply.</summary>
    public const int NoMatch = -1;

    /// <summary>Whether a token of digits can start the rule.</summary>
    public virtual bool StartsAtNumber => false;

    /// <summary>Whether a hyphenated word can start the rule ("mid-October", "two-year", "third-quarter").</summary>
    public virtual bool StartsAtHyphenatedWord => false;

    /// <summary>The words that can start the rule (compared without regard to case).</summary>
    public abstract IEnumerable<string> StartWords(TimeWords words);

    /// <summary>Words, beyond the lexicon's time words, that the rule reads right after an article it starts at ("the
    /// <b>following</b> year", "the <b>weekend</b>").</summary>
    /// <remarks>After "the", "a" or "an" the table asks no rule unless the next token is a number, a hyphenated word, a word of a
    /// time term in the lexicon, a start word of some rule, or one of these.</remarks>
    public virtual IEnumerable<string> WordsAfterArticle => [];

    /// <summary>Reads an expression at token <paramref name="i"/> and adds it to the scan's output.</summary>
    /// <returns>The index of the token after the expression (greater than <paramref name="i"/>), or <see cref="NoMatch"/>.</returns>
    public abstract int Match(in TimeScan scan, int i);
}
