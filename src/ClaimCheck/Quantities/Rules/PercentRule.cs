namespace ClaimCheck.Quantities.Rules;

/// <summary>Percentages and percentage points in every spelling the lexicon lists: "5%", "5 percent", "5 per cent", "5 pct",
/// "3 percentage points".</summary>
internal sealed class PercentRule : UnitRule
{
    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) =>
        words.UnitNames.FirstTokensWhere(IsPercentage).Concat(words.UnitSymbols.FirstTokensWhere(IsPercentage));

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        if ((s.TryPhrase(draft.End, s.Words.UnitNames, out var unit, out var end) && IsPercentage(unit))
            || (s.TryPhrase(draft.End, s.Words.UnitSymbols, out unit, out end) && IsPercentage(unit)))
        {
            draft.Unit = unit;
            draft.End = end;
            return true;
        }

        return false;
    }

    private static bool IsPercentage(Unit unit) => unit.Kind == UnitKind.Percentage;
}
