using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>A multiplier letter joined to a figure that <see cref="PhysicalUnitRule.ReadJoinedSymbol"/> read as a unit symbol ("2.3m"
/// as 2.3 metres, having no plural noun after it) is the multiplier when another figure of the sentence, not a sum of money, writes the
/// same letter as that multiplier: "leaked 212.4m litres a day against a goal of 205.1m", "the list grew to 2.3m, covering 1.9m
/// patients", "4m new customers against fewer than 1m". Read once the sentence's quantities are found.</summary>
/// <remarks>Money is left out of the evidence: a sentence may price a thing in millions and measure it in metres ("the £45m footbridge
/// spans 310m"). A range of metres keeps its unit ("14m to 38m"), and so does a side of a size ("a 40m by 40m plaza", whose second
/// side may be misread as millions before a noun).</remarks>
internal static class JoinedMillionsRule
{
    /// <summary>Applies the rule to the quantities found in the sentence (<see cref="QuantityScan.Earlier"/>).</summary>
    public static void Apply(in QuantityScan s)
    {
        var matches = s.Earlier;
        if (matches.Count < 2 || !AnyWritesLetterAsScale(s))
        {
            return;
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var quantity = matches[i].Mention.Quantity;
            if (quantity.Qualifier != Qualifier.Range && !IsSide(s, matches[i]) && TryLetterAsUnit(s, matches[i], out var scale))
            {
                var scaled = Quantity.Create(quantity.Value * scale, quantity.Qualifier, Unit.None, quantity.IsIncrement);
                matches[i] = matches[i] with { Mention = matches[i].Mention with { Quantity = scaled, Per = Unit.None } };
            }
        }
    }

    private static bool AnyWritesLetterAsScale(in QuantityScan s)
    {
        foreach (var match in s.Earlier)
        {
            if (WritesLetterAsScale(s, match))
            {
                return true;
            }
        }

        return false;
    }

    // "a 40m by 40m plaza", "300m x 45m": a side of a size, joined to the next by "by", "x" or "×", is a length.
    private static bool IsSide(in QuantityScan s, QuantityMatch match) => CoordinationRule.IsDimensionJoiner(s, match.EndToken);

    // "212.4m litres", "1.9m patients": a joined letter after the digits that scaled them, in an amount that is not money.
    private static bool WritesLetterAsScale(in QuantityScan s, QuantityMatch match) =>
        match.Mention.Quantity.Unit.Kind != UnitKind.Currency && JoinedLetter(s, match) is var letter and >= 0
        && s.Words.ScaleLetters.TryGet(s.Word(letter), out var scale) && match.Mention.Quantity.Value >= scale;

    // "2.3m": the mention ends in a joined letter that names both a multiplier and the physical unit it was read as.
    private static bool TryLetterAsUnit(in QuantityScan s, QuantityMatch match, out double scale)
    {
        scale = 0;
        var letter = JoinedLetter(s, match);
        return letter == match.EndToken - 1 && match.Mention.Quantity.Unit.Kind == UnitKind.Physical
            && s.Words.ScaleLetters.TryGet(s.Word(letter), out scale)
            && s.Words.UnitSymbols.TryGet(s.Word(letter), out var unit) && unit == match.Mention.Quantity.Unit;
    }

    // The token of a multiplier letter joined right after the mention's digits, or -1.
    private static int JoinedLetter(in QuantityScan s, QuantityMatch match)
    {
        for (var i = match.FirstToken + 1; i < match.EndToken; i++)
        {
            if (s.IsJoined(i) && s.IsKind(i - 1, TokenKind.Number) && s.Words.ScaleLetters.TryGet(s.Word(i), out _))
            {
                return i;
            }
        }

        return -1;
    }
}
