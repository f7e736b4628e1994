using System.Collections.Frozen;
using ClaimCheck.Attribution;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Elliptical figures: a bare number that gives another source's count of what the figure before it counts ("9,100
/// cyclists according to the club, 6,400 according to the council"; "1.9 million marchers, against 0.8 for the ministry").</summary>
/// <remarks>Reads the <c>ellipsis-cue</c> words of the lexicon: joiners (a comma, "and", "against", "versus") that may stand right
/// before the bare number, and source leads ("according", "by", "for", a reporting verb) that must follow it; or a two-word
/// <c>earlier-cue</c> right before it ("150 homes, up from 90"), which needs no source lead; or a gapped verb's source and repeated
/// preposition ("put the crowd at 60,000, and the police at 41,000"), the verb perhaps repeated with "it" for the count ("while the
/// organisers estimated it at 100,000"); or a place lead ("in") and a place's name after it, the same count for that place ("33 dead
/// in Georgia, 20 in Florida"); or a list opener (a colon, an opening bracket, "with") before a placed first item of a breakdown
/// ("33 dead: 20 in Georgia, …"; "55 cases (Georgia 20, …").</remarks>
internal static class Ellipses
{
    /// <summary>How many tokens may separate the figure before from the bare number (its noun and its own source).</summary>
    private const int MaxGap = 12;

    /// <summary>How many tokens may separate the figure before from a number its earlier value ("150 homes are believed to have been
    /// buried, the agency's chief said, up from the 90 reported") or another source's figure for it in a clause of its own ("…,
    /// according to police, while the union put the number at 31,000").</summary>
    private const int MaxEarlierValueGap = 20;

    /// <summary>Whether <paramref name="bare"/>, a number with no unit, is an elliptical sibling of <paramref name="earlier"/>: a joiner
    /// right before it and a source lead right after it, or an earlier-value phrase right before it, and no other figure between
    /// them.</summary>
    internal static bool IsSiblingOf(SentenceView s, QuantityMatch earlier, QuantityMatch bare)
    {
        var earlierEnd = earlier.PhraseEndToken;
        var earlierValue = IsEarlierValueCue(s, bare.FirstToken);
        var restated = RestatedSourceOf(s, earlier, bare) is not null;
        var opener = ListOpenerOf(s, bare);
        if (earlierEnd > bare.FirstToken || bare.FirstToken - earlierEnd > (earlierValue || restated || opener > 0 ? MaxEarlierValueGap : MaxGap)
            || bare.FirstToken < 1)
        {
            return false;
        }

        foreach (var other in s.Quantities)
        {
            if (other.FirstToken >= earlierEnd && other.FirstToken < bare.FirstToken && !IsCountOfWhere(s, other))
            {
                return false; // a count of where ("40 cases in 5 provinces (22 in Tallis, …") does not stand between
            }
        }

        for (var i = earlierEnd; i < bare.FirstToken; i++)
        {
            if ((s.Word(i) is "." or ":" && i != opener) || (s.Word(i) is ";" && !restated))
            {
                return false;
            }
        }

        if (opener > 0)
        {
            return true; // "The floods killed 33 people: 20 in Tallis, …", "… 42 cases (Brenmoor 30, …", "…, with 20 in Tallis"
        }

        if (restated)
        {
            return true; // "Lindenport's council counted 6,400 cyclists at the rally; the mayor placed it at 9,100"
        }

        if (earlierValue)
        {
            return true; // "150 homes, up from the 90 previously reported"
        }

        var after = s.Word(bare.EndToken);
        return (IsAfterJoinedPlace(s, bare) && !CountsPlaces(s, earlier))
            || (IsJoinerBefore(s, bare.FirstToken)
            && (s.Words.EllipsisSourceLeads.Contains(after) || s.Reporting.IsVerb(after) || IsPlaceLeadAfter(s, bare)))
            || GappedSourceOf(s, earlier, bare) is not null;
    }

    /// <summary>Whether a joiner of the lexicon ends right before token <paramref name="next"/>: one word ("and", a comma) or several
    /// ("…, as well as 2,500 in Tallis"), which a one-word lookup of the word before would miss ("as" alone joins nothing).</summary>
    private static bool IsJoinerBefore(SentenceView s, int next) =>
        PhraseStartBefore(s, next, s.Words.EllipsisJoiners, s.Words.EllipsisJoinerLongest) >= 0;

    // The first token of the longest of `phrases` that ends right before `next`, or -1.
    private static int PhraseStartBefore(SentenceView s, int next, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> phrases, (int Words, int Length) longest)
    {
        for (var first = Math.Max(0, next - longest.Words); first < next; first++)
        {
            if (Places.PhraseEnd(s, first, next, phrases, longest) == next)
            {
                return first;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="figure"/> stands right after a place lead ("in") and counts a noun the lexicon names as no
    /// measure and no person ("sickened in 5 provinces", "in 9 districts"): a count of where the things were, never the head of the bare
    /// numbers after it ("…, 22 in Tallis" counts the cases, not provinces). A count of a measure after "in" ("resulted in 45
    /// deaths") is a head.</summary>
    internal static bool IsCountOfWhere(SentenceView s, QuantityMatch figure) =>
        figure.FirstToken >= 1 && s.Words.EllipsisPlaceLeads.Contains(s.Word(figure.FirstToken - 1))
        && figure.Mention.Quantity.Unit is { Kind: UnitKind.Count } unit
        && !s.Words.MeasureSynonyms.ContainsKey(unit.Name) && !s.Words.PersonNouns.Contains(unit.Name);

    /// <summary>Whether a country's or a place's name stands right before <paramref name="bare"/> and a joiner right before the name,
    /// and the number ends its clause ("Brenmoor reported 42 cases, Vorland 17, Lindenport 8 …", "Norway won 11 medals and Chile
    /// four.", "… 61 deaths, followed by Tallis with 19"): the count before, for another place, its noun and verb left out. The
    /// joiner may have several words ("followed by"). A noun or a word after the number makes it a figure of its own ("…, Route 66
    /// …" is no place's name; "and Vorland 3 goals" counts something else).</summary>
    private static bool IsAfterJoinedPlace(SentenceView s, QuantityMatch bare) =>
        LeadOfPlaceBefore(s, bare) is var joiner and >= 1 && IsJoinerBefore(s, joiner + 1);

    /// <summary>Whether <paramref name="figure"/> counts places or countries ("the most of the 12 countries whose pilgrims died", "5 provinces": a
    /// <c>claim-place-noun</c> or a <c>countries-noun</c>): no head of the places' items after it ("…, followed by Ostrava with 19"
    /// counts what the figure before the places counted, not countries).</summary>
    private static bool CountsPlaces(SentenceView s, QuantityMatch figure) =>
        figure.Mention.Quantity.Unit is { Kind: UnitKind.Count } unit
        && (s.Words.PlaceNouns.Contains(unit.Name) || s.Words.CountriesNouns.Contains(unit.Name) || s.Words.CountriesNouns.Contains(s.Words.Plural(unit.Name)));

    /// <summary>The country whose own name leads <paramref name="bare"/> as a gapped item of a list after a joiner ("Vorland listed 58
    /// pilgrims dead, followed by Ostrava with 23": Ostrava), or null: the item is that country's own figure; a place inside a country is
    /// <see cref="ListItemPlaceOf"/>'s.</summary>
    internal static string? ListItemCountryOf(SentenceView s, QuantityMatch bare)
    {
        if (!IsAfterJoinedPlace(s, bare))
        {
            return null;
        }

        var placeEnd = ItemPlaceEnd(s, bare);
        foreach (var mention in s.Entities)
        {
            if (mention.EndToken == placeEnd && mention.Entity.Kind == EntityKind.Country && Places.InsideACountry(s, mention) is null)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>The token right after the name of the place that leads <paramref name="bare"/> as a gapped item: the number itself
    /// ("…, Orvik 9"), a holder between them ("…, Brenmoor had 30, …", "…, Tallis with 19", "…, Kessel accounting for 33": an
    /// <c>ellipsis-cue</c> of value <c>holder</c>), or the opening bracket of a number standing alone in brackets after the name
    /// ("…, Kessel (2,100)").</summary>
    private static int ItemPlaceEnd(SentenceView s, QuantityMatch bare)
    {
        var first = bare.FirstToken;
        if (PhraseStartBefore(s, first, s.Words.EllipsisHolders, s.Words.EllipsisHolderLongest) is var holder and >= 1)
        {
            return holder;
        }

        return first >= 2 && IsBracketedAlone(s, bare) ? first - 1 : first;
    }

    // "(2,100)": an opening bracket right before the number and a closing one right after it.
    private static bool IsBracketedAlone(SentenceView s, QuantityMatch bare) =>
        s.Word(bare.FirstToken - 1) is "(" && bare.EndToken < s.Tokens.Count && s.Word(bare.EndToken) is ")";

    /// <summary>The place inside a country whose name leads <paramref name="bare"/> as a gapped item of a list after a joiner ("Brenmoor
    /// reported 12 deaths, Orvik 9": Orvik), or null: the item is counted there, whatever place the list's first figure has (its own
    /// subject, or the place that reports it). A country by its own name, or a number that does not end its clause ("and Route 66
    /// …"), gives none.</summary>
    internal static (string Place, string? Within, PlacePart Part)? ListItemPlaceOf(SentenceView s, QuantityMatch bare)
    {
        if (!IsAfterJoinedPlace(s, bare))
        {
            return null;
        }

        return NamedItemPlace(s, ItemPlaceEnd(s, bare));
    }

    /// <summary>The place inside a country whose name leads <paramref name="bare"/> as the first item of a list right after a colon
    /// ("Confirmed cases by region: Brenmoor 191, …": Brenmoor), or null; as <see cref="ListItemPlaceOf"/> reads the items after it.</summary>
    internal static (string Place, string? Within, PlacePart Part)? FirstItemPlaceOf(SentenceView s, QuantityMatch bare)
    {
        var lead = LeadOfPlaceBefore(s, bare);
        if (lead < 1 || s.Word(lead) is not ":")
        {
            return null;
        }

        return NamedItemPlace(s, ItemPlaceEnd(s, bare));
    }

    /// <summary>The place inside a country whose name ends at <paramref name="placeEnd"/>, as a list item names it, or null.</summary>
    private static (string Place, string? Within, PlacePart Part)? NamedItemPlace(SentenceView s, int placeEnd)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.EndToken == placeEnd && Places.InsideACountry(s, mention) is { } found)
            {
                return (found.Place, found.Within, PlacePart.Named);
            }
        }

        return null;
    }

    /// <summary>What a head word with no plural of its own counts ("the injured", "the dead"): people.</summary>
    private const string Person = "person";

    /// <summary>How many tokens before a colon the counted noun of a list's head may stand ("Confirmed measles cases by county so far:").</summary>
    private const int MaxHead = 8;

    /// <summary>The counted noun (singular) and its measure when <paramref name="bare"/> is the first placed item of a list right after a
    /// colon whose head clause names what the list counts and gives no figure of its own: "Confirmed cases by region: Brenmoor 191,
    /// Tallis 62" (case, cases), "The injured so far: 81 in Orvik, 79 in Kestrel" (person, injuries); or null. The head is read
    /// back from the colon to the sentence's start or a semicolon, at most <see cref="MaxHead"/> tokens, and its noun is the
    /// <c>measure-noun</c> nearest the colon. A head with a figure ("33 dead: 20 in Tallis") is <see cref="IsSiblingOf"/>'s; a head
    /// with no counted noun ("Medal table: Vorland 12") or an item with no place ("Cases: 20 in 2019") says nothing of what is
    /// counted.</summary>
    internal static (string Noun, string Measure)? HeadNounBeforeColon(SentenceView s, QuantityMatch bare)
    {
        var colon = ListOpenerOf(s, bare);
        if (colon < 1 || s.Word(colon) is not ":")
        {
            return null;
        }

        var start = colon - 1;
        while (start > 0 && colon - start < MaxHead && s.Word(start - 1) is not (";" or ":" or "."))
        {
            start--;
        }

        if (start > 0 && s.Word(start - 1) is not (";" or ":" or "."))
        {
            return null; // a head longer than the window: a clause whose own subject and verb the list may not be of
        }

        if (s.Quantities.Exists(figure => figure.EndToken > start && figure.FirstToken < colon))
        {
            return null;
        }

        for (var i = colon - 1; i >= start; i--)
        {
            var word = s.Word(i).ToString().ToLowerInvariant();
            var noun = s.Words.Quantities.Singular(word);
            if (s.Words.MeasureSynonyms.TryGetValue(noun, out var measure))
            {
                return (noun == word ? Person : noun, measure); // "the injured" count people, not "injureds"
            }
        }

        return null;
    }

    /// <summary>The token before the country's or place's name (and its "the") that stands right before <paramref name="bare"/>
    /// when the number ends its clause ("Vorland 17,"), or -1.</summary>
    private static int LeadOfPlaceBefore(SentenceView s, QuantityMatch bare)
    {
        var placeEnd = ItemPlaceEnd(s, bare);
        foreach (var mention in s.Entities)
        {
            if (mention.EndToken != placeEnd || mention.Entity.Kind is not (EntityKind.Country or EntityKind.Place))
            {
                continue;
            }

            return EndsClause(s, bare.EndToken) ? (s.Word(mention.FirstToken - 1) is "the" ? mention.FirstToken - 2 : mention.FirstToken - 1) : -1;
        }

        return -1;
    }

    /// <summary>The token of the list opener (an <c>ellipsis-cue</c> of value <c>list</c>: a colon, an opening bracket, "with") that
    /// stands right before <paramref name="bare"/> when a place lead and a place's name follow the number ("…: 20 in Tallis", "…,
    /// with 20 in Tallis"), or right before the place's name that leads it ("…: Tallis 20, …"), or -1: the first item of a
    /// breakdown by place of the count before the opener, its noun left out. An item with no place of its own ("…: 20 in 2019",
    /// "…, with 20 still missing") is not read so: what it counts is not said.</summary>
    private static int ListOpenerOf(SentenceView s, QuantityMatch bare)
    {
        var before = bare.FirstToken - 1;
        if (before >= 1 && s.Words.EllipsisListOpeners.Contains(s.Word(before)) && IsPlaceLeadAfter(s, bare))
        {
            return before;
        }

        var lead = LeadOfPlaceBefore(s, bare);
        return lead >= 1 && s.Words.EllipsisListOpeners.Contains(s.Word(lead)) ? lead : -1;
    }

    // Whether the token after a number closes its clause: the sentence's end, a punctuation mark, a joiner or "each" ("Missouri and
    // Utah eight each").
    private static bool EndsClause(SentenceView s, int next) =>
        next >= s.Tokens.Count || s.Tokens[next].Kind == TokenKind.Punctuation || s.Words.EllipsisJoiners.Contains(s.Word(next))
        || s.Word(next) is "each";

    /// <summary>Whether a place lead ("in") and a country's or a place's name follow <paramref name="bare"/> ("…, 20 in Florida",
    /// "and two in the Philippines"): the count before, for another place.</summary>
    private static bool IsPlaceLeadAfter(SentenceView s, QuantityMatch bare)
    {
        var name = s.Word(bare.EndToken + 1) is "the" ? bare.EndToken + 2 : bare.EndToken + 1;
        return s.Words.EllipsisPlaceLeads.Contains(s.Word(bare.EndToken))
            && s.MentionAt(name) is { Entity.Kind: EntityKind.Country or EntityKind.Place } place && place.FirstToken == name;
    }

    /// <summary>The most words a source may take between the joiner and the repeated preposition of a gapped verb ("and the city
    /// police at 41,000").</summary>
    private const int MaxGappedSource = 4;

    /// <summary>The source of <paramref name="bare"/> when it completes a gapped verb ("the organisers put the crowd at 60,000, and the
    /// police at 41,000": "police"; "…, while the organisers estimated it at 100,000": "organisers"), or null. The verb is left out and its preposition repeated; between the joiner and the
    /// preposition stands a source, not another measure ("and the injured at 120" counts other people, "and its depth at 12" is
    /// another quantity).</summary>
    internal static string? GappedSourceOf(SentenceView s, QuantityMatch earlier, QuantityMatch bare)
    {
        var earlierEnd = earlier.PhraseEndToken;
        var preposition = s.Word(bare.FirstToken - 1);
        if (earlier.FirstToken < 1 || earlierEnd > bare.FirstToken || bare.FirstToken - earlierEnd > MaxGap
            || !preposition.Equals(s.Word(earlier.FirstToken - 1), StringComparison.OrdinalIgnoreCase)
            || s.Words.EllipsisJoiners.Contains(preposition))
        {
            return null;
        }

        var i = earlierEnd;
        while (i < bare.FirstToken - 1 && s.Words.EllipsisJoiners.Contains(s.Word(i)))
        {
            i++;
        }

        var joined = i > earlierEnd;
        if (i < bare.FirstToken - 1 && s.Word(i) is "the" or "The")
        {
            i++; // "and the police at 41,000": the source is "police"
        }

        var first = i;
        var end = bare.FirstToken - 1; // the repeated preposition
        if (end - 2 > first && s.Word(end - 1) is "it" && IsFigureVerb(s, s.Word(end - 2)))
        {
            end -= 2; // "while the organisers estimated it at 100,000": the verb is repeated with "it" for the count
        }

        var sourceWords = end - first;
        if (!joined || sourceWords < 1 || sourceWords > MaxGappedSource)
        {
            return null;
        }

        for (; i < end; i++)
        {
            var word = s.Word(i);
            if (s.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Possessive) || s.Reporting.IsVerb(word)
                || s.Words.MeasureSynonyms.ContainsKey(word) || s.Words.Subgroups.ContainsKey(word) || s.Words.Outcomes.ContainsKey(word)
                || s.Words.TollNouns.ContainsKey(word) || s.Words.PhysicalMeasures.ContainsKey(word))
            {
                return null;
            }
        }

        return SourceText(s, first, end - 1);
    }

    // The words from `first` to `last` as a source when they end in a body or a title ("the police", "the city's organisers") or a
    // name; null otherwise ("the day before", "the police presence").
    private static string? SourceText(SentenceView s, int first, int last) =>
        last >= first && ((s.Reporting.ClassesOf(s.Word(last)) & (AttributionWordClass.Body | AttributionWordClass.Title)) != 0 || s.EntityEndingAt(last + 1) is not null)
            ? s.Text[s.Tokens[first].Span.Start..s.Tokens[last].Span.End].ToString()
            : null;

    /// <summary>The source of <paramref name="bare"/> when a clause of its own gives it as another source's figure for the count
    /// before it, with a figure verb and "it" or a figure noun for that count ("…; the mayor placed it at 9,100", "…, and the Vorland
    /// harbour police set the tally at 2,300") or with a reporting verb whose object is the figure alone ("…, while the police
    /// acknowledged 30,000"), or null. The clause opens with a joiner or a semicolon after the count before; its source
    /// ends in a body or a title or is a name, as in a gapped clause.</summary>
    internal static string? RestatedSourceOf(SentenceView s, QuantityMatch earlier, QuantityMatch bare)
    {
        var at = bare.FirstToken - 1;
        if (at < 3 || earlier.PhraseEndToken > bare.FirstToken || bare.FirstToken - earlier.PhraseEndToken > MaxEarlierValueGap)
        {
            return null;
        }

        // "…, and the union says it was 7,000": a reporting verb whose clause gives "it", the count, a value. "…, while the police
        // acknowledged 30,000.": a reporting verb whose object is the bare figure, which ends the clause ("…, and officials said 12
        // were children" counts others).
        var verb = s.Word(at).Equals("at", StringComparison.OrdinalIgnoreCase)
            ? (s.Word(at - 1) is "it" ? at - 2 : s.Word(at - 2) is "the" && s.Words.StatedFigureCues.Contains(s.Word(at - 1)) ? at - 3 : -1)
            : IsCopula(s, at) && s.Word(at - 1) is "it" && s.Reporting.IsVerb(s.Word(at - 2)) ? at - 2
            : s.Reporting.IsVerb(s.Word(at)) && (bare.EndToken >= s.Tokens.Count || s.Tokens[bare.EndToken].Kind == TokenKind.Punctuation) ? at
            : -1;
        if (verb < 1 || !IsFigureVerb(s, s.Word(verb)))
        {
            return null;
        }

        var first = verb - 1;
        while (first > earlier.PhraseEndToken && verb - first <= MaxGappedSource && s.Word(first - 1) is not ";" && !s.Words.EllipsisJoiners.Contains(s.Word(first - 1)))
        {
            first--;
        }

        var opener = s.Word(first - 1);
        if (first <= earlier.PhraseEndToken || (opener is not ";" && !s.Words.EllipsisJoiners.Contains(opener)))
        {
            return null;
        }

        if (s.Word(first) is "the" or "The")
        {
            first++;
        }

        return SourceText(s, first, verb - 1);
    }

    /// <summary>Whether the token is a form of "be" or "get" (the attribution lexicon's auxiliaries: "was", "is", "been"), which
    /// gives "it" its value ("the organisers say it was …") or makes a verb after it passive.</summary>
    internal static bool IsCopula(SentenceView s, int token) =>
        s.Tokens[token].Kind == TokenKind.Word && (s.Reporting.ClassesOf(s.Word(token)) & AttributionWordClass.Auxiliary) != 0;

    // "estimated", "put", "gave": a verb that states a figure, repeated in a gapped clause with "it" for the count.
    private static bool IsFigureVerb(SentenceView s, ReadOnlySpan<char> word) =>
        s.Reporting.IsVerb(word) || (s.Reporting.ClassesOf(word) & AttributionWordClass.FigureVerb) != 0;

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
