using ClaimCheck.Quantities;

namespace ClaimCheck.Claims;

/// <summary>Elliptical figures: a bare number that gives another source's count of what the figure before it counts ("250,000
/// people according to the unions, 80,000 according to the police"; "1.9 million marchers, against 0.8 for the ministry").</summary>
/// <remarks>Reads the <c>ellipsis-cue</c> words of the lexicon: joiners (a comma, "and", "against", "versus") that may stand right
/// before the bare number, and source leads ("according", "by", "for", a reporting verb) that must follow it; or a two-word
/// <c>earlier-cue</c> right before it ("150 homes, up from 90"), which needs no source lead.</remarks>
internal static class Ellipses
{
    /// <summary>How many tokens may separate the figure before from the bare number (its noun and its own source).</summary>
    private const int MaxGap = 12;

    /// <summary>How many tokens may separate the figure before from a number its earlier value ("150 homes are believed to have been
    /// buried, the agency's chief said, up from the 90 reported").</summary>
    private const int MaxEarlierValueGap = 20;

    /// <summary>Whether <paramref name="bare"/>, a number with no unit, is an elliptical sibling of <paramref name="earlier"/>: a joiner
    /// right before it and a source lead right after it, or an earlier-value phrase right before it, and no other figure between
    /// them.</summary>
    internal static bool IsSiblingOf(SentenceView s, QuantityMatch earlier, QuantityMatch bare)
    {
        var earlierEnd = earlier.HasNounPhrase ? Math.Max(earlier.EndToken, earlier.NounEndToken) : earlier.EndToken;
        var earlierValue = IsEarlierValueCue(s, bare.FirstToken);
        if (earlierEnd > bare.FirstToken || bare.FirstToken - earlierEnd > (earlierValue ? MaxEarlierValueGap : MaxGap) || bare.FirstToken < 1)
        {
            return false;
        }

        foreach (var other in s.Quantities)
        {
            if (other.FirstToken >= earlierEnd && other.FirstToken < bare.FirstToken)
            {
                return false;
            }
        }

        for (var i = earlierEnd; i < bare.FirstToken; i++)
        {
            if (s.Word(i) is "." or ";" or ":")
            {
                return false;
            }
        }

        if (earlierValue)
        {
            return true; // "150 homes, up from the 90 previously reported"
        }

        var after = s.Word(bare.EndToken);
        return s.Words.EllipsisJoiners.Contains(s.Word(bare.FirstToken - 1))
            && (s.Words.EllipsisSourceLeads.Contains(after) || s.Reporting.IsVerb(after));
    }

    // "up from 90", "up from the 90", "down from 60": a two-word earlier cue (the same words that make the number an earlier
    // count, Claim.IsEarlier) right before the number, "the" aside.
    private static bool IsEarlierValueCue(SentenceView s, int first)
    {
        var k = first - 1;
        if (s.Word(k) is "the")
        {
            k--;
        }

        return k >= 1 && s.Words.EarlierCues.Contains($"{s.Word(k - 1)} {s.Word(k)}");
    }

    /// <summary>The bare number as the same kind of count as its sibling, with the sibling's scale word carried over when the number
    /// is written without one ("1.9 million …, 0.8 according to the ministry" is 800,000).</summary>
    internal static Quantity AsSibling(Quantity bare, Quantity sibling)
    {
        var scaled = bare;
        if (bare.Value < 1_000 && sibling.Value >= 1_000_000)
        {
            scaled = bare.Times(sibling.Value >= 1_000_000_000 ? 1_000_000_000 : 1_000_000);
        }

        return scaled.WithUnit(sibling.Unit);
    }
}
