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
        if (TryReadPercentUnit(s, draft.End, out var unit, out var end))
        {
            draft.Unit = unit;
            draft.End = end;
            return true;
        }

        return false;
    }

    /// <summary>Reads a percentage unit (a name such as "per cent" or a symbol such as "%") that starts at token
    /// <paramref name="at"/>; <paramref name="end"/> is the token after it.</summary>
    internal static bool TryReadPercentUnit(in QuantityScan s, int at, out Unit unit, out int end) =>
        (s.TryPhrase(at, s.Words.UnitNames, out unit, out end) && IsPercentage(unit))
        || (s.TryPhrase(at, s.Words.UnitSymbols, out unit, out end) && IsPercentage(unit));

    private static bool IsPercentage(Unit unit) => unit.Kind == UnitKind.Percentage;
}
