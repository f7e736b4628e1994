using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A count listed beside counts of the same thing told apart by the words before their noun ("9 army trucks, six
/// rental trucks and two farm trucks", "18 fishing boats and 27 cargo boats"): each counts one kind, a part of
/// what the list covers, not a rival count of all of it. Counts of different nouns ("four soldiers and 24 residents") are
/// <see cref="PeopleCounts.ListedPartOf"/>'s.</summary>
internal static class ListedKinds
{
    /// <summary>The words before the counted noun that name this count's kind ("army" in "9 army trucks", "deep sea" in
    /// "27 deep sea boats"), when a list joiner ties it to a count of the same thing whose kind is named by other words; null
    /// when the count stands alone, names no kind, or its neighbour names the same kind or none.</summary>
    internal static string? KindOf(SentenceView s, QuantityMatch match)
    {
        if (KindSpan(s, match) is not { } mine)
        {
            return null;
        }

        var thing = ThingCounted(s, match);
        foreach (var other in s.Quantities)
        {
            if (other.FirstToken == match.FirstToken || ThingCounted(s, other) != thing
                || !(PeopleCounts.JoinedBefore(s, match.NounEndToken, other.FirstToken) || PeopleCounts.JoinedBefore(s, other.NounEndToken, match.FirstToken)))
            {
                continue;
            }

            if (KindSpan(s, other) is { } theirs
                && !MemoryExtensions.Equals(mine.Slice(s.Text), theirs.Slice(s.Text), StringComparison.OrdinalIgnoreCase))
            {
                return mine.Slice(s.Text).ToString(); // the kind kept, the one string made; its words are lower-case, as KindSpan demands
            }
        }

        return null;
    }

    // What a count counts: the measure its unit names ("cars" and "vehicles" both count vehicles), or the unit itself.
    private static string ThingCounted(SentenceView s, QuantityMatch match) =>
        s.Words.MeasureSynonyms.TryGetValue(match.Mention.Quantity.Unit.Name, out var measure) ? measure : match.Mention.Quantity.Unit.Name;

    // Where in the sentence's text the words between the number and the head noun of a count written after its number stand ("army"
    // in "9 army trucks"), or null when there are none or they are not all plain lower-case words ("12 trucks", "3 and 4 trucks"): a
    // name ("2.8 million Brenco customers") says whose the count is, which other reports write as "Brenco's 2.8 million", so it is
    // left to the subject.
    private static TextSpan? KindSpan(SentenceView s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Unit.Kind != UnitKind.Count || !match.HasNounPhrase || match.HasNounBefore
            || match.NounEndToken - match.NounFirstToken < 2)
        {
            return null;
        }

        var last = match.NounEndToken - 1;
        var start = match.NounFirstToken;
        while (start < last && s.Words.KindlessModifiers.Contains(s.Word(start)))
        {
            start++; // "four other trucks", "six more rental trucks": "other" and "more" tell no kind apart
        }

        if (start == last)
        {
            return null;
        }

        for (var i = start; i < last; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word || s.Word(i) is "and" or "or" || char.IsUpper(s.Word(i)[0])
                || s.Word(i).ContainsAnyInRange('A', 'Z'))
            {
                return null;
            }
        }

        return TextSpan.FromBounds(s.Tokens[start].Span.Start, s.Tokens[last - 1].Span.End);
    }
}
