using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A count of none written without a figure ("no one was killed", "no deaths were recorded", "denied that anyone died"): read
/// as a denial of any count of its outcome, so that it meets the figures it denies ("at least 12 were killed").</summary>
/// <param name="Match">Where it is written, as a quantity of more than none of what it counts.</param>
/// <param name="OnlyUnderDenial">Whether the words count any, not none, and make a denial only where the sentence denies them
/// ("anyone", "any deaths").</param>
internal readonly record struct ZeroCount(QuantityMatch Match, bool OnlyUnderDenial)
{
    /// <summary>The counts of none of a sentence that no figure of it covers: a zero-count determiner before a noun of an outcome
    /// ("no deaths", "any injuries"), a noun of people ("no protesters") or "one" ("no one"), or a zero-count pronoun ("nobody",
    /// "anyone").</summary>
    public static List<ZeroCount> In(SentenceView s)
    {
        var found = new List<ZeroCount>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.Words.ZeroCountWords.TryGetValue(s.Word(i), out var stands) || s.IsInAmount(i))
            {
                continue;
            }

            var onlyUnderDenial = stands.StartsWith("any-", StringComparison.Ordinal);
            if (stands.EndsWith("pronoun", StringComparison.Ordinal) || s.Word(i + 1) is "one")
            {
                var end = stands.EndsWith("pronoun", StringComparison.Ordinal) ? i + 1 : i + 2;
                found.Add(new ZeroCount(MatchOf(s, i, end, Unit.CountNamed("person"), noun: false), onlyUnderDenial));
                continue;
            }

            // "no deaths" names its outcome; "no protesters" counts people its clause says what befell ("no protesters were killed").
            var unit = i + 1 < s.Tokens.Count && char.IsLetter(s.Word(i + 1)[0]) ? Unit.Count(s.Word(i + 1).ToString()) : Unit.None;
            if (unit.Kind == UnitKind.Count && ((s.Words.MeasureSynonyms.TryGetValue(unit.Name, out var measure) && s.Words.ZeroCountMeasures.Contains(measure))
                || s.Words.PersonNouns.Contains(unit.Name) || s.Words.PersonNouns.Contains(s.Word(i + 1))))
            {
                found.Add(new ZeroCount(MatchOf(s, i, i + 2, unit, noun: true), onlyUnderDenial));
            }
        }

        return found;
    }

    private static QuantityMatch MatchOf(SentenceView s, int first, int end, Unit unit, bool noun)
    {
        var span = TextSpan.FromBounds(s.Tokens[first].Span.Start, s.Tokens[end - 1].Span.End);
        var mention = new QuantityMention(span, Quantity.Create(0, Qualifier.MoreThan, unit));
        return noun ? new QuantityMatch(mention, first, first + 1, first + 1, end, IsTotal: false, IsVague: false)
            : new QuantityMatch(mention, first, end, -1, -1, IsTotal: false, IsVague: false);
    }
}
