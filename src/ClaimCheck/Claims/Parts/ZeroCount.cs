using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A count of none written without a figure ("no one was killed", "no deaths were recorded", "denied that anyone died"): read
/// as a denial of any count of its outcome, so that it meets the figures it denies ("at least 12 were killed").</summary>
/// <param name="Match">Where it is written, as a quantity of more than none of what it counts.</param>
/// <param name="OnlyUnderDenial">Whether the words count any, not none, and make a denial only where the sentence denies them
/// ("anyone", "any deaths").</param>
/// <param name="NeedsOutcome">Whether it counts none of people the text has named, and says nothing unless its clause says what
/// befell them ("none of the passengers was hurt"; "none of the victims was named" counts no victims).</param>
internal readonly record struct ZeroCount(QuantityMatch Match, bool OnlyUnderDenial, bool NeedsOutcome)
{
    /// <summary>The most words a zero-count entry may have ("not one of the").</summary>
    private const int MaxPhraseWords = 4;

    /// <summary>The counts of none of a sentence that no figure of it covers: a zero-count determiner before a noun of an outcome
    /// ("no deaths", "not a single death", "any injuries"), a noun of people ("no protesters", "none of the passengers") or "one"
    /// ("no one"), or a zero-count pronoun ("nobody", "anyone").</summary>
    public static List<ZeroCount> In(SentenceView s)
    {
        var found = new List<ZeroCount>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!MayStartEntry(s, i) || s.IsInAmount(i) || EntryAt(s, i) is not { } entry)
            {
                continue;
            }

            var (after, stands) = entry;
            var onlyUnderDenial = stands.StartsWith("any-", StringComparison.Ordinal);
            var partitive = stands is "partitive";
            if (stands.EndsWith("pronoun", StringComparison.Ordinal) || (!partitive && s.Word(after) is "one"))
            {
                var end = stands.EndsWith("pronoun", StringComparison.Ordinal) ? after : after + 1;
                found.Add(new ZeroCount(MatchOf(s, i, end, -1, Unit.CountNamed("person")), onlyUnderDenial, NeedsOutcome: false));
                i = end - 1;
                continue;
            }

            // "no deaths" names its outcome; "no protesters" counts people its clause says what befell ("no protesters were killed"),
            // and so do "none of the passengers", but not of whose families or names the clause speaks ("none of the victims' families").
            var unit = after < s.Tokens.Count && char.IsLetter(s.Word(after)[0]) ? Unit.Count(s.Word(after).ToString()) : Unit.None;
            if (unit.Kind == UnitKind.Count && !partitive && ModifiesOtherPlural(s, after))
            {
                continue;
            }

            if (unit.Kind == UnitKind.Count
                && (partitive ? CountsPeople(s, after) && !IsPossessive(s, after + 1) : CountsPeopleOrOutcome(s, after)))
            {
                found.Add(new ZeroCount(MatchOf(s, i, after, after + 1, unit), onlyUnderDenial, NeedsOutcome: partitive));
                i = after;
            }
        }

        return found;
    }

    // Whether the singular noun at `noun` only modifies a plural right after it that counts neither an outcome nor people: "no"
    // then counts that plural ("sold no lift passes", "filed no injury claims", "no death certificates were issued"), not the
    // outcome; "no civilian deaths" and "no police officers" still count theirs.
    private static bool ModifiesOtherPlural(SentenceView s, int noun)
    {
        var head = noun + 1;
        if (head >= s.Tokens.Count || s.Word(head) is not [var initial, ..] || !char.IsLower(initial)
            || s.Words.Quantities.LooksPluralAnyCase(s.Word(noun)) || !s.Words.Quantities.LooksPluralAnyCase(s.Word(head))
            || s.Word(head).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !CountsPeopleOrOutcome(s, head);
    }

    /// <summary>The most words (lexicon kind severity-link) between the people a count of none is of and the count ("have also
    /// suffered").</summary>
    private const int MaxLinkWords = 3;

    /// <summary>The subgroup (lexicon kind subgroup) of the people who bore none of an outcome, named right before the words that
    /// link them to the count ("its troops suffered no casualties", "our soldiers had no injuries"): the count of none is of that
    /// group's own losses, not of the other side's dead. Null when the words before the count are no such link ("the army said
    /// there were no casualties" speaks for everyone; "officers said no one was hurt" names its source, not the hurt).</summary>
    public static string? BearerGroupOf(SentenceView s, QuantityMatch match)
    {
        var before = match.FirstToken - 1;
        while (before >= 0 && match.FirstToken - before <= MaxLinkWords && s.Words.SeverityLinks.Contains(s.Word(before)))
        {
            before--;
        }

        return before >= 0 && before < match.FirstToken - 1 && s.Words.Subgroups.TryGetValue(s.Word(before), out var group) ? group : null;
    }

    // Whether the word at `index` counts people, as itself or as its singular ("passengers", "police"), or names a subgroup of them
    // ("soldiers", "firefighters").
    private static bool CountsPeople(SentenceView s, int index) =>
        s.Words.PersonNouns.Contains(Unit.Count(s.Word(index).ToString()).Name) || s.Words.PersonNouns.Contains(s.Word(index))
        || s.Words.Subgroups.ContainsKey(s.Word(index));

    // Whether the word at `index` counts people or names an outcome a count of none may deny ("deaths", "injuries").
    private static bool CountsPeopleOrOutcome(SentenceView s, int index) =>
        CountsPeople(s, index)
        || (s.Words.MeasureSynonyms.TryGetValue(Unit.Count(s.Word(index).ToString()).Name, out var measure) && s.Words.ZeroCountMeasures.Contains(measure));

    /// <summary>Whether a figure of the sentence is written inside this count of none ("one casualty" in "not one casualty"): the count
    /// of none says what it says, not the figure.</summary>
    public bool Covers(QuantityMatch figure) => figure.FirstToken >= Match.FirstToken && figure.FirstToken < Match.PhraseEndToken;

    // A possessive "'s" (the tokenizer's Possessive token) or a plural's bare apostrophe right after a noun makes it a possessor ("the
    // crew's families", "the victims' families").
    private static bool IsPossessive(SentenceView s, int index) =>
        index < s.Tokens.Count && (s.Tokens[index].Kind == TokenKind.Possessive || s.Word(index) is "'" or "’");

    // Whether an entry may start at token `index`: its first character, upper-cased, starts one (an empty token is not passed over,
    // as the phrase from it is the next token's).
    private static bool MayStartEntry(SentenceView s, int index) =>
        s.Word(index) is not [var initial, ..] || s.Words.ZeroCountInitials.Contains(char.ToUpperInvariant(initial));

    // The longest zero-count entry that starts at `first` ("not a single", "none of the", "no"): the token after it and how it stands.
    private static (int After, string Stands)? EntryAt(SentenceView s, int first)
    {
        for (var length = Math.Min(MaxPhraseWords, s.Tokens.Count - first); length >= 1; length--)
        {
            var start = s.Tokens[first].Span.Start;
            if (s.Words.ZeroCountWords.TryGetValue(s.Text.AsSpan(start, s.Tokens[first + length - 1].Span.End - start), out var stands))
            {
                return (first + length, stands);
            }
        }

        return null;
    }

    // The count of none from `first` to `figureEnd` (its words), and the noun it counts up to `nounEnd` (-1 when it has none).
    private static QuantityMatch MatchOf(SentenceView s, int first, int figureEnd, int nounEnd, Unit unit)
    {
        var span = TextSpan.FromBounds(s.Tokens[first].Span.Start, s.Tokens[Math.Max(figureEnd, nounEnd) - 1].Span.End);
        var mention = new QuantityMention(span, Quantity.Create(0, Qualifier.MoreThan, unit));
        return nounEnd >= 0 ? new QuantityMatch(mention, first, figureEnd, figureEnd, nounEnd, IsTotal: false, IsVague: false)
            : new QuantityMatch(mention, first, figureEnd, -1, -1, IsTotal: false, IsVague: false);
    }
}
