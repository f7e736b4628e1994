using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>A number in digits or words starts a quantity ("3,000", "twenty-five", "a dozen", "thousands").</summary>
internal sealed class NumberStartRule : LeadRule
{
    /// <inheritdoc/>
    public override IEnumerable<TokenKind> StartKinds => [TokenKind.Number];

    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) => words.NumberStarters.Terms;

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        draft.NumberIndex = draft.Start;

        // "a" and "an" start a number only before a multiplier or a fraction ("a dozen", "a quarter of"): checked here, before parsing.
        return !(s.Is(draft.Start, "a") || s.Is(draft.Start, "an"))
            || s.Words.ScaleWords.Contains(s.Word(draft.Start + 1)) || s.Words.FractionWords.Contains(s.Word(draft.Start + 1));
    }
}

/// <summary>The quantity rules in the order they are tried, with their start tokens compiled over one lexicon's vocabulary.</summary>
/// <remarks>Built once per lexicon (<see cref="For"/>); immutable and thread-safe.</remarks>
internal sealed class QuantityRules
{
    /// <summary>What can start a quantity, most specific first.</summary>
    public static readonly LeadRule[] Leads = [new JoinedCurrencyRule(), new CurrencyBeforeRule(), new HyphenatedNumberRule(), new NumberStartRule()];

    /// <summary>What can follow a number, in priority order: the first that reads a unit wins.</summary>
    public static readonly UnitRule[] Units =
        [new CurrencyAfterRule(), new QuotedRateRule(), new PercentRule(), new AgeRule(), new PhysicalUnitRule(), new DurationRule(), new CountedNounRule()];

    private QuantityRules(Lexicon lexicon)
    {
        Words = QuantityVocabulary.For(lexicon);
        LeadTriggers = new RuleTriggers(Leads, Words);
        UnitTriggers = new RuleTriggers(Units, Words);
    }

    /// <summary>The lexicon's quantity words.</summary>
    public QuantityVocabulary Words { get; }

    /// <summary>The tokens that start each of <see cref="Leads"/>.</summary>
    public RuleTriggers LeadTriggers { get; }

    /// <summary>The tokens that start each of <see cref="Units"/>.</summary>
    public RuleTriggers UnitTriggers { get; }

    /// <summary>The rules compiled over <paramref name="lexicon"/>, once per lexicon.</summary>
    public static QuantityRules For(Lexicon lexicon) => lexicon.Compiled(static l => new QuantityRules(l));
}
