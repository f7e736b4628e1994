using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Proportions: "one in five adults", "2 in 10 people", "one visitor in four" are percentages (20%, 25%). The whole is at most
/// 1,000 and larger than the part; a unit after the whole ("3 in 10 km") makes it something else, and a noun between the part and
/// "in" only stands when no noun follows the whole ("one visitor in four", not "four people in ten cars"). After a word that opens an
/// identifier the part is a rank: "number two in 15 leagues" is second place among 15 leagues, not 13.3%.</summary>
internal static class ProportionRule
{
    /// <summary>The largest whole read as a proportion; a larger one is the odds of a count ("one in 41.6 million").</summary>
    internal const double MaxWhole = 1000;

    /// <summary>Reads a proportion starting at the draft's number; the match covers the counted noun's head.</summary>
    public static bool TryRead(in QuantityScan s, in QuantityDraft draft, out QuantityMatch match)
    {
        match = default;
        var first = draft.First;
        var next = draft.NumberIndex + first.TokenCount;
        var nounBetween = !s.Is(next, "in") && s.IsWord(next) && !s.Words.IsUnitWord(s.Word(next)) && s.Is(next + 1, "in");
        if (nounBetween)
        {
            next++; // "one visitor in four"
        }

        if (draft.Currency is not null || first.IsVague || next + 1 >= s.Count || !s.Is(next, "in") || IsRank(s, draft.NumberIndex)
            || !NumberParser.TryParseAt(s.Text, s.Tokens, next + 1, s.Words, out var whole)
            || whole.IsVague || whole.Value <= first.Value || whole.Value > MaxWhole || first.Value < 1 || first.Value != Math.Floor(first.Value))
        {
            return false;
        }

        var end = next + 1 + whole.TokenCount;
        if (s.IsWord(end) && s.Words.IsUnitWord(s.Word(end)))
        {
            return false;
        }

        if (NounPhrase.Read(s, end, money: false, out var nounFirst, out var nounEnd) && NounPhrase.TryHead(s, nounFirst, nounEnd, out _, out var head))
        {
            if (nounBetween)
            {
                return false; // "four people in ten cars": a count of people in a count of cars
            }

            end = head + 1;
        }

        var proportion = Quantity.Create(Math.Round(100 * first.Value / whole.Value, 4), Qualifier.Exact, Unit.Percent);
        var span = TextSpan.FromBounds(s.Tokens[draft.Start].Span.Start, s.Tokens[end - 1].Span.End);
        match = new QuantityMatch(new QuantityMention(span, proportion), draft.Start, end, -1, -1, IsTotal: false, IsVague: false);
        return true;
    }

    /// <summary>Whether the part stands right after a word that opens an identifier ("number", "No."): a place in a ranking.</summary>
    private static bool IsRank(in QuantityScan s, int number) =>
        number > 0 && s.IsWord(number - 1) && s.Words.IdentifierWords.Contains(s.Word(number - 1).TrimEnd('.'));
}
