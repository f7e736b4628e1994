using System.Collections.Frozen;
using ClaimCheck.Attribution;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Where a claim applies: the place after a locative ("to Russia", "in the Saudi city of Jeddah") and, when the text says, the country it lies in.</summary>
internal static class Places
{
    // "in several Brenmoor towns", "in many Tarvo districts": past a quantifier to a place inside a country whose name qualifies the
    // places counted, which lie in it; "in several Vorland towns" is not the whole of Vorland, so a country's name is not read so.
    private static int PastQuantifierOfPlace(SentenceView s, int k) =>
        s.Word(k) is not "the" && s.Words.QuantifierWords.Contains(s.Word(k))
        && s.MentionAt(k + 1) is { Form: EntityMentionForm.Name } named && named.FirstToken == k + 1 && named.Entity.Kind == EntityKind.Place
        && named.EndToken < s.Tokens.Count && s.Tokens[named.EndToken].Kind == TokenKind.Word && char.IsLower(s.Word(named.EndToken)[0])
            ? k + 1 : k;

    // "regions such as Velmar", "provinces like Tarvo", "cities including Brenmoor": the token after an example cue that follows a
    // plural place noun (a place-noun entry, or the plural of one: "cities", "states", "beaches"), or -1 when there is none.
    private static int AfterExamplesOf(SentenceView s, int k)
    {
        var noun = s.Word(k);
        if (noun.Length < 4 || noun[^1] != 's' || !char.IsLower(noun[0]))
        {
            return -1;
        }

        var isPlaceNoun = s.Words.PlaceKindNouns.Contains(noun) || s.Words.PlaceKindNouns.Contains(s.Words.Quantities.Singular(noun.ToString()));
        return isPlaceNoun ? PhraseEnd(s, k + 1, s.Tokens.Count, s.Words.ExampleCues, s.Words.ExampleCueLongest) : -1;
    }

    // "the streets of Lindenport", "the centre of Lindenport": past an area noun and "of" (and "the") to the place itself.
    private static int AfterAreaOf(SentenceView s, int k)
    {
        if (!s.Words.AreaNouns.Contains(s.Word(k)) || s.Word(k + 1) is not "of")
        {
            return k;
        }

        return s.Word(k + 2) is "the" ? k + 3 : k + 2;
    }

    /// <summary>The part a figure for a country's people or voters abroad is compared under ("turnout · abroad").</summary>
    internal const string Abroad = "abroad";

    /// <summary>How many words after a figure an <c>abroad-word</c> or <c>elsewhere-word</c> may stand in the figure's clause ("19.6% at
    /// polling stations abroad").</summary>
    private const int PartPlaceWordWindow = 5;

    /// <summary>Whether the figure is given for people or polling stations abroad: an <c>abroad-word</c> ("abroad", "overseas") in
    /// the few words after it, before a comma, a clause break, another figure or a preposition of origin or cause ("from", "on"). The claims stage
    /// reads it for counts, turnout and held shares only, never for a change ("profits rose 12% on sales overseas"). The word may
    /// also stand in the few words that lead up to a figure stated after its measure ("turnout abroad was 38.4%", "turnout among
    /// expatriates abroad at 38.4%").</summary>
    internal static bool IsAbroad(SentenceView s, QuantityMatch match) =>
        WordAfter(s, match, s.Words.AbroadWords) >= 0 || (!match.HasNounPhrase && IsAbroadWordBefore(s, match));

    /// <summary>How many words before a figure stated after its measure an <c>abroad-word</c> may stand ("turnout among voters
    /// abroad stood at 40%").</summary>
    private const int LeadInWordWindow = 4;

    // "turnout abroad was 38.4%", "turnout among expatriates abroad at 38.4%": the abroad-word in the words right before the figure,
    // with no comma, clause break, other figure or preposition of origin between ("arrivals from abroad rose to 300" says where
    // people came from).
    private static bool IsAbroadWordBefore(SentenceView s, QuantityMatch match)
    {
        for (var j = match.FirstToken - 1; j >= Math.Max(0, match.FirstToken - LeadInWordWindow); j--)
        {
            var word = s.Word(j);
            if (s.Words.AbroadWords.Contains(word))
            {
                return j == 0 || s.Word(j - 1) is not OriginPreposition;
            }

            if (EndsPlaceWordSearch(s, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The part a count for the places outside the one the report is about is compared under ("deaths · elsewhere").</summary>
    internal const string Elsewhere = "elsewhere";

    /// <summary>Whether the count is given for the places outside the one the report is about: an <c>elsewhere-word</c> in the few
    /// words after it, read as <see cref="IsAbroad"/> reads its words ("another 35 were hurt elsewhere along the coast"); not after
    /// "and" or "or", which join the other places to the one named ("in Brenmoor and elsewhere in Vorland" is the whole). The claims
    /// stage reads it for the counts an <c>elsewhere-measure</c> names only ("were moved elsewhere" says where people went).</summary>
    internal static bool IsElsewhere(SentenceView s, QuantityMatch match) =>
        WordAfter(s, match, s.Words.ElsewhereWords) is var j and >= 0 && s.Word(j - 1) is not ("and" or "or");

    /// <summary>The subject a count given for the whole world is compared under, apart from any one country's.</summary>
    internal const string World = "World";

    /// <summary>Whether the count is given for the whole world: a <c>worldwide-word</c> in its noun phrase ("5,100 worldwide
    /// cancellations") or in the few words after it, read as <see cref="IsAbroad"/> reads its words ("5,100 flights were cancelled
    /// worldwide", "8 million devices around the world"); "world" counts only after "the" and not as a possessive ("a world record", "the world's largest fair" are no scope). A count
    /// given "in" or "across" several countries right after it ("90 cases in five countries", <c>countries-noun</c>) is read so
    /// too: not any one country's. Countries named one by one ("in Gambia, Indonesia and Uzbekistan") are not.</summary>
    internal static bool IsWorldwide(SentenceView s, QuantityMatch match)
    {
        if (match.HasNounPhrase)
        {
            for (var i = match.NounFirstToken; i < match.NounEndToken; i++)
            {
                if (IsWorldwideAt(s, i))
                {
                    return true;
                }
            }
        }

        return (WordAfter(s, match, s.Words.WorldwideWords) is var j and >= 0 && IsWorldwideAt(s, j)) || IsInSeveralCountries(s, match);
    }

    // "at least 90 cases in five countries", "deaths across 12 nations": right after the count, "in" or "across", a number above
    // one and a countries-noun.
    private static bool IsInSeveralCountries(SentenceView s, QuantityMatch match)
    {
        var j = match.PhraseEndToken;
        if (j + 2 >= s.Tokens.Count || s.Word(j) is not ("in" or "across") || !s.Words.CountriesNouns.Contains(s.Word(j + 2)))
        {
            return false;
        }

        return s.QuantityAt(j + 1) is { } count && count.Mention.Quantity.Value > 1;
    }

    // "the world's largest festival" frames a superlative: a possessive "world's" is no scope.
    private static bool IsWorldwideAt(SentenceView s, int i) =>
        s.Words.WorldwideWords.Contains(s.Word(i))
        && (s.Word(i) is not "world" || (s.Word(i - 1) is "the" && !(i + 1 < s.Tokens.Count && s.Tokens[i + 1].Kind == TokenKind.Possessive)));

    // The index of one of the words in the few after the figure, before a comma, clause break, figure or preposition; -1 when none.
    private static int WordAfter(SentenceView s, QuantityMatch match, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var from = match.PhraseEndToken;
        for (var j = from; j < Math.Min(s.Tokens.Count, from + PartPlaceWordWindow); j++)
        {
            var word = s.Word(j);
            // After the figure "to", "on" and "by" open a phrase of their own too ("sent to clinics abroad", "rose on higher prices
            // abroad", "offset by gains overseas"): where the people went, or why the figure moved. Before a figure stated after its
            // measure they stand inside the measure's phrase ("the share of ballots cast by voters abroad was 31%").
            if (EndsPlaceWordSearch(s, j) || word is "to" or "on" or "by")
            {
                return -1;
            }

            if (words.Contains(word))
            {
                return j;
            }
        }

        return -1;
    }

    // "from" before a place word says where people came from ("arrivals from abroad"), not where the figure holds.
    private const string OriginPreposition = "from";

    // Whether the token ends the words searched for a place word on either side of a figure: a comma or stop, a clause break,
    // another figure, or the preposition of origin ("flown home from abroad").
    private static bool EndsPlaceWordSearch(SentenceView s, int j) =>
        s.Word(j) is "," or "." or ";" or ":" or OriginPreposition || s.Words.ClauseBreaks.Contains(s.Word(j)) || s.Tokens[j].Kind == TokenKind.Number;

    // "in Jeddah, Saudi Arabia", "in the Saudi city of Jeddah", "off the coast of Tobruk, in eastern Libya", "south of the Greek
    // island of Crete", "in the Bali Strait", "in Saudi Arabia": the place and, when the text says, the country it is in.
    internal static (string Place, string? Within)? EventPlace(SentenceView s, int from)
    {
        for (var j = from; j < Math.Min(s.Tokens.Count, from + 14); j++)
        {
            var word = s.Word(j);
            if (word is ";" or ":" || s.Words.ClauseBreaks.Contains(word))
            {
                return null;
            }

            int k;
            if (word is "in" or "at" or "off" or "near" or "outside")
            {
                k = j + 1;
            }
            else if ((word.EndsWith("south", StringComparison.OrdinalIgnoreCase) || word.EndsWith("north", StringComparison.OrdinalIgnoreCase)
                      || word.EndsWith("east", StringComparison.OrdinalIgnoreCase) || word.EndsWith("west", StringComparison.OrdinalIgnoreCase))
                     && s.Word(j + 1) is "of")
            {
                k = j + 2;
            }
            else
            {
                continue;
            }

            string? within = null;
            while (k < s.Tokens.Count && (s.Word(k) is "the" or "of" || s.Words.PlaceNouns.Contains(s.Word(k)) || IsDirection(s.Word(k))
                   || s.MentionAt(k) is { Form: EntityMentionForm.Demonym }))
            {
                if (s.MentionAt(k) is { Form: EntityMentionForm.Demonym } demonym)
                {
                    within = demonym.Entity.Name;
                    k = demonym.EndToken;
                    continue;
                }

                k++;
            }

            var end = k;
            while (end < s.Tokens.Count && end - k < 4 && s.Tokens[end].Kind == TokenKind.Word && char.IsUpper(s.Word(end)[0])
                   && !s.IsInTimeExpression(end))
            {
                end++;
            }

            if (end == k)
            {
                continue;
            }

            if (s.MentionAt(k) is { } named && named.FirstToken == k && named.EndToken > end)
            {
                end = named.EndToken; // "the Gulf of Mexico": a name the entities know, lower-case words and all
            }

            var name = s.Text[s.Tokens[k].Span.Start..s.Tokens[end - 1].Span.End];
            // A place the lexicon or a sentence places stands for its country; one placed only by the document's main country (which
            // may be the victims' or a government's, not the place's: "pilgrims from Vorland died at Tarvo") keeps no country.
            if (s.MentionAt(k) is { Form: EntityMentionForm.Name } entity && entity.EndToken == end && entity.Entity.Kind == EntityKind.Country)
            {
                if (name == entity.Entity.Name)
                {
                    return (entity.Entity.Name, null);
                }

                if (entity.Place is not { WithinAssumed: true })
                {
                    within ??= entity.Entity.Name;
                }
            }

            // ", Saudi Arabia" / ", in eastern Libya" after the place names the country it is in.
            var after = end;
            if (s.Word(after) is ",")
            {
                after++;
                if (s.Word(after) is "in")
                {
                    after++;
                }

                while (after < s.Tokens.Count && IsDirection(s.Word(after)))
                {
                    after++;
                }

                if (s.MentionAt(after) is { Form: EntityMentionForm.Name } country && country.Entity.Kind == EntityKind.Country)
                {
                    within ??= country.Entity.Name;
                }
            }

            return (name, within == name ? null : within);
        }

        return null;
    }

    /// <summary>Whether a physical figure gives where a named place lies ("Brenmoor, about 12 miles north of Lindenport"): it stands
    /// after the place's name and a comma (one lower-case word such as "just" may come between) and before a compass direction and
    /// "of". The distance between two places does not change, so such a figure holds at no particular time; a moving thing's
    /// position ("the storm was 300 km east of Velmar", "was over Ostrava, 300 km east of Velmar") keeps its day.</summary>
    internal static bool IsBearingOfPlace(SentenceView s, QuantityMatch match)
    {
        var end = match.EndToken;
        if (end + 1 >= s.Tokens.Count || (s.EntityCues.Of(s.Word(end)) & EntityCue.Direction) == 0 || s.Word(end + 1) is not "of")
        {
            return false;
        }

        var comma = match.FirstToken - 1;
        if (comma >= 1 && s.Tokens[comma].Kind == TokenKind.Word && char.IsLower(s.Word(comma)[0]))
        {
            comma--; // "Brenmoor, just 12 miles north of"
        }

        return comma >= 1 && s.Word(comma) is "," && s.Entities.Exists(m => m.EndToken == comma && m.Entity.Kind is EntityKind.Place or EntityKind.Country
            && !(m.FirstToken > 0 && IsPositionOfAMovingThing(s.Word(m.FirstToken - 1))));
    }

    // "the hurricane was over Nassau, 300 km east of Miami": where a moving thing is, which changes by the day.
    private static bool IsPositionOfAMovingThing(ReadOnlySpan<char> word) =>
        word is "over" or "near" or "off" or "past" or "toward" or "towards" or "approaching" or "nearing";

    // A lower-case place-modifier ("neighbouring", "coastal", "remote") before a place's name: "in neighbouring Tarvo" is Tarvo.
    private static bool IsPlaceModifier(SentenceView s, int k) =>
        s.Tokens[k].Kind == TokenKind.Word && char.IsLower(s.Word(k)[0]) && (s.EntityCues.Of(s.Word(k)) & EntityCue.PlaceModifier) != 0;

    internal static bool IsDirection(ReadOnlySpan<char> word) =>
        word is "central" or "far" or "coast" || (word.EndsWith("ern", StringComparison.Ordinal) && word.Length > 5); // eastern, northwestern …

    // "to Russia", "in eastern Russia", "into Russian territory", "in Russia's Far East", "in the Russian region of Kursk"
    internal static string? PlaceAfter(SentenceView s, int index)
    {
        var subordinate = false;
        for (var j = index; j < Math.Min(s.Tokens.Count, index + 8); j++)
        {
            var word = s.Word(j);
            if (s.Words.ClauseBreaks.Contains(word) || ((subordinate || OpensNumberedPart(s, index, j)) && s.Quantities.Any(m => m.FirstToken == j)))
            {
                // a place past another figure's subordinate clause is that figure's ("the count reached 75 when two rescuers were
                // killed at Brenmoor"), whether or not the gazetteer knows it, and so is one past a part's figure ("40 died,
                // including 12 in Brenmoor")
                return null;
            }

            subordinate |= s.Words.SubordinateClauseWords.Contains(word);
            if (OpensUnnumberedPart(s, j))
            {
                return null;
            }

            if (!(word is "to" or "in" or "into" or "inside" or "within" or "through") || (word is "to" && s.Word(j - 1) is "according" or "According"))
            {
                continue;
            }

            var k = j + 1;
            while (k < s.Tokens.Count && k < j + 4 && (s.Word(k) is "the" or "north" or "south" or "east" or "west" || IsDirection(s.Word(k))))
            {
                k++;
            }

            k = PastQuantifierOfPlace(s, AfterAreaOf(s, k));

            if (s.MentionAt(k) is { } mention)
            {
                if (word is "to" && s.Words.CarePlaces.Contains(s.Word(mention.EndToken - 1)))
                {
                    continue; // "reached 30 after a patient flown to Brenmoor General Hospital died": where the hurt were taken, not where they were counted
                }

                // "to Vorland and Estmark": of no one country; "in Marrowdale and Tarnfield": of the country both lie in; "in Marrowdale
                // and across the regions": of the whole country
                return PlaceList(s, mention).Known.TrueForAll(m => m.Entity.Name == mention.Entity.Name) && !JoinsTheRest(s, mention.EndToken)
                    ? mention.Entity.Name : null;
            }
        }

        return null;
    }

    /// <summary>Where a figure given for several places ("in Lindenport and Brenmoor", "in Quellby, Tarnfield and Harlowmere states")
    /// stands, when the place mention is the first of them: a comma, "and" or "or" after each (past place nouns) and another place's
    /// name next, other than the country it lies in ("in Brenmoor, Vorland" is one place). Two known places joined by "and" are a
    /// part of their country together ("Brenmoor, Lindenport" as one place); three or more list where a count happened and stand
    /// for the whole it adds up to, and so do two where one is a name the gazetteer does not know ("in Brenmoor and Quellby": not
    /// Brenmoor's figure alone) or where "or" joins them ("in Brenmoor or Lindenport": one of them, which the text does not say)
    /// (<see cref="ListedPlaces.Whole"/>). <see cref="ListedPlaces.One"/> for a single place.</summary>
    private static (ListedPlaces Kind, string? Joined) PlacesFrom(SentenceView s, EntityMention mention) => PlaceList(s, mention) switch
    {
        { Items: 1 } => (ListedPlaces.One, null),
        { Items: 2, Alternatives: false, Known: { Count: 2 } pair } =>
            (ListedPlaces.Pair, string.Join(", ", pair.Select(m => m.Place?.Name ?? m.Entity.Name))),
        _ => (ListedPlaces.Whole, null),
    };

    /// <summary>Whether a place that <see cref="PartAt"/> joined from two ("Kisumu, Nakuru") starts with the named place, which a
    /// subject read from the first name alone would be.</summary>
    internal static bool ListsFirst(string places, string place) =>
        places.Length > place.Length + 2 && places.StartsWith(place, StringComparison.Ordinal) && places.AsSpan(place.Length).StartsWith(", ");

    private enum ListedPlaces
    {
        One,
        Pair,
        Whole,
    }

    // The places of a list that starts at the mention, with the count of its items and whether "or" joins them: a name the
    // gazetteer does not know counts as an item when it is one capitalised word after a list separator and before another, the
    // sentence's end, a place noun or a preposition ("in Marrowdale, Quellby and Tarnfield", "in Marrowdale and Quellby on Monday"),
    // but is not returned; one before another word is rather a subject opening a clause of its own ("in Brenmoor and Oxfam said").
    private static (List<EntityMention> Known, int Items, bool Alternatives) PlaceList(SentenceView s, EntityMention mention)
    {
        var within = mention.Place?.Within ?? mention.Entity.Within;
        var known = new List<EntityMention> { mention };
        var items = 1;
        var alternatives = false;
        var end = mention.EndToken;
        while (true)
        {
            end = PastPlaceNouns(s, end);
            if (s.Word(end) is not ("," or "and" or "or"))
            {
                break;
            }

            var next = end + (s.Word(end) is "," && s.Word(end + 1) is "and" or "or" ? 2 : 1);
            alternatives |= s.Word(next - 1) is "or";
            if (s.MentionAt(next) is { Form: EntityMentionForm.Name } following)
            {
                var name = following.Place?.Name ?? following.Entity.Name;
                if ((following.Place is null && following.Entity.Kind is not (EntityKind.Place or EntityKind.Country))
                    || name == within || known.Exists(m => (m.Place?.Name ?? m.Entity.Name) == name))
                {
                    break;
                }

                known.Add(following);
                end = following.EndToken;
            }
            else if (IsUnknownName(s, next) && (next + 1 >= s.Tokens.Count || s.Word(next + 1) is "," or "and" or "or" or "."
                || s.Words.PlaceNouns.Contains(s.Word(next + 1)) || IsPreposition(s, next + 1)))
            {
                end = next + 1;
            }
            else
            {
                break;
            }

            items++;
        }

        return (known, items, alternatives);
    }

    // A lower-case preposition of the attribution lexicon ("on", "during", "near").
    private static bool IsPreposition(SentenceView s, int index) =>
        s.Tokens[index].Kind == TokenKind.Word && s.Word(index) is [>= 'a' and <= 'z', ..]
        && (s.Reporting.ClassesOf(s.Word(index)) & AttributionWordClass.Preposition) != 0;

    private static bool IsUnknownName(SentenceView s, int index) =>
        index < s.Tokens.Count && s.MentionAt(index) is null && s.Tokens[index].Kind == TokenKind.Word && s.Word(index) is [>= 'A' and <= 'Z', ..];

    /// <summary>The place word that stands for the subject country's capital ("in the capital").</summary>
    internal const string Capital = "capital";

    // "12,000 of them in Lyon", "in the Velmar region alone", "in the capital": a place inside a country after the figure, as a
    // part of the country's figure; Within is the country (null for "the capital", which is the subject's). Stated when a part cue
    // or "the capital" says it is a part, Named when only the place is named.
    /// <summary>How many tokens after a figure the place it is a part of may stand ("9,000 people went on a march on the parliament
    /// in Lindenport").</summary>
    private const int PartWindow = 12;

    internal static (string Place, string? Within, PlacePart Part)? PartAfter(SentenceView s, int index)
    {
        var subordinate = false;
        var end = Math.Min(s.Tokens.Count, index + PartWindow);
        for (var j = index; j < end; j++)
        {
            var word = s.Word(j);
            if (s.Words.ClauseBreaks.Contains(word)
                || s.Quantities.Any(m => m.FirstToken == j && (subordinate || StartsPartCue(s, m.EndToken) || OpensNumberedPart(s, index, j))))
            {
                // the place of another figure, a part of this one ("400,000, 12,000 of them in Lyon", "40 died, including 12 in
                // Brenmoor"), or the figure of a clause of its own ("the count reached 75 when two rescuers were killed at Brenmoor":
                // Brenmoor is where the two were killed)
                return null;
            }

            if (s.Word(j - 1) is "and" && s.Quantities.Any(m => m.FirstToken == j) && !HasLocativeBetween(s, index, j))
            {
                // "14,000 by the union's count, and 5,000 by the police's, marched in Lindenport": a figure joined to this
                // one by "and" shares its verb, and the place after that verb is the place of both; not when this figure has a
                // phrase of its own first ("5 in a fire and 9 in a mudslide near Brenmoor")
                end = Math.Min(s.Tokens.Count, j + PartWindow);
            }

            subordinate |= s.Words.SubordinateClauseWords.Contains(word);
            if (s.Words.PlaceAnaphors.Contains(word) && !s.Words.ExistentialVerbs.Contains(s.Word(j + 1)))
            {
                return PlaceNamedBefore(s, index); // "a dam burst above Tarvo and 140 homes were flooded there": Tarvo's count
            }

            if (OpensUnnumberedPart(s, j))
            {
                return null; // "930 treated, most of them in Lindenport": the place of a part with no figure of its own
            }

            if (word is "in" or "In" or "across" or "throughout" or "through")
            {
                var cued = false;
                for (var t = index; t < j && !cued; t++)
                {
                    cued = PartCueAt(s, t, j);
                }

                if (PartAt(s, j, cued) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>How many capitalised words a venue's name may have before its <c>venue-noun</c> ("Brenmoor General Hospital").</summary>
    private const int VenueNameWindow = 4;

    /// <summary>The named venue a figure is given at: "at", "on" or "in" after it in its clause (before a comma, a clause break or another
    /// figure), then "the" if any, a known place and its possessive if any ("at Kestrel's Arlow stadium"), one to four capitalised
    /// words and a <c>venue-noun</c> ("hurt at Kestrel Square", "trapped in the Arlow mine", "treated at Brenmoor General Hospital"):
    /// the venue's name as written, or null. A venue noun with no name before it ("at the stadium", "in hospital") names no one site,
    /// nor does a demonym before it ("in Kenyan mine", a headline's), and a name in a time expression ("on Monday") is none. The venue lies
    /// inside the country its report is about, so a toll given there is that country's, counted at the venue
    /// (<see cref="PlacePart.Venue"/>).</summary>
    internal static string? VenueAfter(SentenceView s, QuantityMatch match)
    {
        var end = Math.Min(Math.Min(s.Tokens.Count, match.PhraseEndToken + PartWindow), NextQuantityAt(s, match.PhraseEndToken));
        for (var j = match.PhraseEndToken; j < end; j++)
        {
            var word = s.Word(j);
            if (word is "," || s.Words.ClauseBreaks.Contains(word))
            {
                return null;
            }

            if (word is "at" or "on" or "in" && VenueAt(s, j + 1) is { } venue)
            {
                return venue;
            }
        }

        return null;
    }

    // The first token at or after `from` that opens a figure of the sentence, or the sentence's end.
    private static int NextQuantityAt(SentenceView s, int from)
    {
        var next = s.Tokens.Count;
        foreach (var quantity in s.Quantities)
        {
            if (quantity.FirstToken >= from && quantity.FirstToken < next)
            {
                next = quantity.FirstToken;
            }
        }

        return next;
    }

    // The venue's name that starts at `first` (after "the" and a place's possessive, if any) and ends with a venue-noun, or null.
    private static string? VenueAt(SentenceView s, int first)
    {
        var k = s.Word(first) is "the" ? first + 1 : first;
        if (s.MentionAt(k) is { Form: EntityMentionForm.Name } owner && owner.FirstToken == k && owner.EndToken < s.Tokens.Count
            && s.Tokens[owner.EndToken].Kind == TokenKind.Possessive)
        {
            k = owner.EndToken + 1; // "at Kestrel's Arlow stadium": the venue is the name after the town's
        }

        var start = k;
        if (s.MentionAt(k) is { Form: EntityMentionForm.Demonym })
        {
            return null; // "in Kenyan mine", "at Kenyan hospital" (headlines): a kind of venue, no one site
        }

        while (k < s.Tokens.Count && k - start <= VenueNameWindow && s.Tokens[k].Kind == TokenKind.Word && !s.IsInTimeExpression(k))
        {
            var word = s.Word(k);
            if (k > start && s.Words.VenueNouns.Contains(word))
            {
                return s.Text[s.Tokens[start].Span.Start..s.Tokens[k].Span.End];
            }

            if (!char.IsUpper(word[0]))
            {
                return null;
            }

            k++;
        }

        return null;
    }

    /// <summary>The locative that opens the clause a figure stands in, more than two tokens before it: "In" opening the sentence, or "in"
    /// opening a clause after a semicolon, a colon, or a comma and "and" or a <c>clause-break</c> word ("In Brenmoor, 92 died; in
    /// neighbouring Tarvo, 37 died", "Two districts were hit: in Tarvo, 37 died", "…, and in Kestrel, 8,500 rallied": Tarvo's 37,
    /// Kestrel's 8,500). -1 when there is none, and when the figure's clause after a semicolon opens otherwise (the sentence's opening
    /// place is not its own); a clause opened otherwise after a colon or a comma keeps the sentence's opening place ("In Brenmoor, 61
    /// died, and 40 were hurt"), and a place opening an earlier clause is not the figure's ("…, and in Tarvo, rescuers count more than the
    /// ministry, which puts the toll at 23"). A figure right after a one-word place with no comma ("In Arlow 28 people were arrested") is left to
    /// the readings after the figure.</summary>
    internal static int OpeningLocativeOf(SentenceView s, int figure)
    {
        var ownClause = true; // only the clause opening nearest the figure is the figure's own
        for (var j = figure - 1; j >= 0; j--)
        {
            if (!OpensClause(s, j))
            {
                continue;
            }

            if (s.Word(j) is ";")
            {
                return s.Word(j + 1) is "in" && figure > j + 3 ? j + 1 : -1;
            }

            if (ownClause && s.Word(j + 1) is "in" && figure > j + 3)
            {
                return j + 1;
            }

            ownClause = false;
        }

        return s.Word(0) is "In" && figure > 2 ? 0 : -1;
    }

    // A semicolon or colon, or "and" or a clause-break word after a comma (", and", ", while"): a clause of its own opens after it. A
    // clause-break word with no comma before it ("fewer than 40 died while 12 were hurt") opens none here.
    private static bool OpensClause(SentenceView s, int j) =>
        s.Word(j) is ";" or ":" || (j > 0 && s.Word(j - 1) is "," && (s.Word(j) is "and" || TimeAnchors.HasClauseBreak(s, j, j + 1)));

    /// <summary>The place inside a country that the sentence names last before <paramref name="index"/> (a city, region or site;
    /// past names of bodies and people), for a figure whose clause points back to it ("a dam burst above Tarvo and 140 homes
    /// were flooded there", "fire swept a depot in Kestrel, and two guards were hurt there"): that place's part, as "40 hurt in Brenmoor" is; null when the nearest
    /// place is a country by its own name or the sentence names none.</summary>
    private static (string Place, string? Within, PlacePart Part)? PlaceNamedBefore(SentenceView s, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (s.MentionAt(k) is not { Form: EntityMentionForm.Name } mention || mention.EndToken > index)
            {
                continue;
            }

            if (InsideACountry(s, mention) is { } found)
            {
                return (found.Place, found.Within, PlacePart.Named);
            }

            if (mention.Entity.Kind == EntityKind.Country)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many tokens around a figure a whole cue may stand in its clause.</summary>
    private const int WholeCueWindow = 8;

    // "1.2 million marched nationwide", "the overall turnout reached 1.2 million", "Across the country, the ministry counted 75,000":
    // a whole cue in the figure's clause (after it up to a comma or another figure, or before it back to a comma or "that"), or
    // opening the sentence before a comma, makes the figure the whole country's.
    internal static bool IsWholeCued(SentenceView s, QuantityMatch match)
    {
        if (s.OpeningBeforeComma(WholeCueWindow, match.FirstToken) is { } opening && s.Words.WholeCues.Contains(opening))
        {
            return true;
        }

        var clause = new List<string>();
        for (var j = match.FirstToken - 1; j >= Math.Max(0, match.FirstToken - WholeCueWindow); j--)
        {
            if (EndsWholeCueScan(s, j) || s.Word(j) is "that")
            {
                break;
            }

            clause.Insert(0, s.Word(j).ToString().ToLowerInvariant());
        }

        clause.Add("|");
        for (var j = match.EndToken; j < Math.Min(s.Tokens.Count, match.EndToken + WholeCueWindow); j++)
        {
            if (EndsWholeCueScan(s, j) || s.Quantities.Exists(m => m.FirstToken == j))
            {
                break;
            }

            clause.Add(s.Word(j).ToString().ToLowerInvariant());
        }

        var text = $" {string.Join(' ', clause)} ";
        return s.Words.WholeCues.Any(cue => text.Contains($" {cue} ", StringComparison.Ordinal));
    }

    /// <summary>The place whose own words give a figure (<see cref="ReportingPlaceOf"/>), unless that place lies inside a country and
    /// the figure's own clause carries a whole cue (<see cref="IsWholeCued"/>): in "Brenmoor has recorded 412 cases, and 900 cases
    /// were counted nationwide" the 900 is the whole country's, not the town's, whose verb reaches it only as the sentence's nearest
    /// reporting cue. A place after the figure is not read here: in "200 were arrested in Brenmoor as nationwide protests began" the
    /// cue is the protests', and the town stays the figure's.</summary>
    internal static (string Place, string? Within, PlacePart Part)? ReportingPlaceUnlessWhole(SentenceView s, QuantityMatch match,
        Attribution.Attribution? source) =>
        ReportingPlaceOf(s, source) is var found && found is { Within: not null, Part: not PlacePart.Whole } && IsWholeCued(s, match) ? null : found;

    private static bool EndsWholeCueScan(SentenceView s, int token) =>
        s.Tokens[token].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(s.Word(token));

    /// <summary>How many link words and update verbs may stand between the place in a figure's subject and the figure ("cases in
    /// Brenmoor have now risen to 40").</summary>
    private const int SubjectPlaceWindow = 6;

    /// <summary>How many tokens an appositive after the place in a figure's subject may run ("cases in Kestrel, a port city in
    /// northern Vorland, have risen to 40").</summary>
    private const int AppositiveWindow = 12;

    /// <summary>The place inside the subject noun phrase of a figure's own clause: a counted plural noun (a <c>measure-noun</c>),
    /// "in" and a known place inside a country, then an update verb (<c>update-cue</c> or <c>update-verb</c>) with only auxiliaries
    /// and "to", "at" or "by" before the figure ("cases in Brenmoor have risen to 40", "infections in Kestrel, a port in the south,
    /// jumped to 900"): the figure is that place's, as "40 cases in Brenmoor" is. Null where anything else stands between the place
    /// and the figure (a reporting verb: "officials in Brenmoor said deaths rose to 40"; a comma other than an appositive's that
    /// opens with "a", "an" or "the"; another figure), and where the noun before "in" is no counted noun ("the toll of the flood in
    /// Brenmoor has risen to 40": the whole event's). A place as the subject itself ("Brenmoor has recorded 40") is not read.</summary>
    internal static (string Place, string? Within, PlacePart Part)? SubjectPlaceBefore(SentenceView s, QuantityMatch match)
    {
        var j = match.FirstToken - 1;
        var verb = false;
        while (j > 0 && match.FirstToken - j <= SubjectPlaceWindow
               && (s.Word(j) is "to" or "at" or "by" or "has" or "have" or "had" or "is" or "are" or "was" or "were" or "been" or "now" or "already"
                   || s.Words.UpdateCues.Contains(s.Word(j)) || s.Words.UpdateVerbs.Contains(s.Word(j))))
        {
            verb |= s.Words.UpdateCues.Contains(s.Word(j)) || s.Words.UpdateVerbs.Contains(s.Word(j));
            j--;
        }

        if (!verb)
        {
            return null;
        }

        if (s.Word(j) is ",")
        {
            var open = j - 1;
            while (open > 0 && j - open < AppositiveWindow && s.Word(open) is not "," && s.Tokens[open].Kind != TokenKind.Number
                   && !s.Words.ClauseBreaks.Contains(s.Word(open)))
            {
                open--;
            }

            if (s.Word(open) is not "," || s.Word(open + 1) is not ("a" or "an" or "the"))
            {
                return null;
            }

            j = open - 1;
        }

        foreach (var mention in s.Entities)
        {
            if (mention.Form != EntityMentionForm.Name || (mention.EndToken != j + 1 && PastPlaceNouns(s, mention.EndToken) != j + 1))
            {
                continue;
            }

            var locative = mention.FirstToken - 1;
            while (locative > 0 && mention.FirstToken - locative < 3 && (s.Word(locative) is "the" || IsDirection(s.Word(locative))))
            {
                locative--;
            }

            if (locative < 1 || s.Word(locative) is not "in" || !IsCountedNoun(s, locative - 1))
            {
                return null;
            }

            return PartAt(s, locative, cued: false) is { Part: not PlacePart.Whole } found ? found : null;
        }

        return null;
    }

    // "cases", "deaths", "infections": a plural whose singular is a measure-noun, the thing a figure counts; an event's noun ("the toll of
    // the flood in Brenmoor", "protests in Brenmoor") names where the event was, and its toll is the whole event's.
    private static bool IsCountedNoun(SentenceView s, int token)
    {
        var word = s.Word(token);
        if (s.Tokens[token].Kind != TokenKind.Word || word.Length < 2 || word[^1] is not 's' || !char.IsLower(word[0]))
        {
            return false;
        }

        var singular = Unit.Count(word.ToString()).Name;
        return singular.Length < word.Length && s.Words.MeasureSynonyms.ContainsKey(singular);
    }

    /// <summary>How many lowercase adjectives may stand before a place noun and "of" ("in the busy port city of Kestrel Bay").</summary>
    private const int PlaceNounAdjectives = 2;

    // "city of Lindenport", "coastal city of Brenmoor", "port city of the Kestrel Bay": past up to two lowercase adjectives, a place
    // noun (not "capital") and "of" to the place; the token itself where there is no such phrase.
    private static int AfterPlaceNounOf(SentenceView s, int k)
    {
        for (var noun = k; noun <= k + PlaceNounAdjectives && noun < s.Tokens.Count; noun++)
        {
            if (s.Words.PlaceNouns.Contains(s.Word(noun)) && s.Word(noun) is not Capital && s.Word(noun + 1) is "of")
            {
                return noun + (s.Word(noun + 2) is "the" ? 3 : 2);
            }

            if (s.Word(noun) is not [var first, ..] || !char.IsLower(first))
            {
                return k;
            }
        }

        return k;
    }

    private static bool HasLocativeBetween(SentenceView s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsLocative(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLocative(ReadOnlySpan<char> word) => word is "in" or "In" or "at" or "across" or "throughout" or "through";

    // "930 treated, most of them in Lindenport", "18,000 homes without power, mostly in Brenmoor", "…, almost half of them in
    // Kestrel Bay": an unnumbered-part word set off by a comma (one word such as "almost" or "the" may come between) opens an
    // aside on a part.
    private static bool OpensUnnumberedPart(SentenceView s, int index) =>
        s.Words.UnnumberedPartCues.Contains(s.Word(index)) && (s.Word(index - 1) is "," || (index >= 2 && s.Word(index - 2) is ","));

    private static bool StartsPartCue(SentenceView s, int index) => PartCueAt(s, index, s.Tokens.Count);

    // Whether a `part-cue` entry valued "numbered" ("including", "among them") ends just before the figure at token `figure`, starting
    // at or after token `from` (the earlier figure's end): the later figure is a part of the earlier one.
    private static bool OpensNumberedPart(SentenceView s, int from, int figure)
    {
        for (var first = Math.Max(from, figure - s.Words.NumberedPartCueLongest.Words); first < figure; first++)
        {
            if (PhraseEnd(s, first, figure, s.Words.NumberedPartCues, s.Words.NumberedPartCueLongest) == figure)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a `part-cue` entry valued "before" ("of them", "among them") starts at token `first` and ends before token `end`.
    private static bool PartCueAt(SentenceView s, int first, int end) => PhraseEnd(s, first, end, s.Words.PartCuesBefore, s.Words.PartCueBeforeLongest) >= 0;

    // "in Lindenport and across the regions", "in Lindenport, and elsewhere": the place joined by "and" (and a locative) to a
    // `part-cue` valued "rest" is the whole, not a part of it, when the phrase ends the clause or a preposition follows it ("and
    // elsewhere in the region"); not when it opens a clause of its own ("in Lindenport, and elsewhere rescuers saved 40") or is
    // itself a preposition ("and beyond the ring road").
    private static bool JoinsTheRest(SentenceView s, int end)
    {
        var k = end + (s.Word(end) is "," ? 1 : 0);
        if (s.Word(k) is not "and")
        {
            return false;
        }

        k += IsLocative(s.Word(k + 1)) ? 2 : 1;
        var after = PhraseEnd(s, k, s.Tokens.Count, s.Words.RestCues, s.Words.RestCueLongest);
        return after >= 0 && (after >= s.Tokens.Count || s.Tokens[after].Kind == TokenKind.Punctuation || IsPreposition(s, after));
    }

    // The token after the entry of `phrases` that starts at token `first` and ends before token `end`, or -1 when none does. The
    // words are joined with single spaces, as the lexicon writes them, in a buffer as long as the longest entry.
    internal static int PhraseEnd(SentenceView s, int first, int end, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> phrases, (int Words, int Length) longest)
    {
        var (maxWords, maxLength) = longest;
        Span<char> joined = stackalloc char[maxLength];
        var length = 0;
        for (var t = first; t < end && t - first < maxWords; t++)
        {
            var word = s.Word(t);
            var separator = t > first ? 1 : 0;
            if (length + separator + word.Length > joined.Length)
            {
                return -1;
            }

            if (separator == 1)
            {
                joined[length++] = ' ';
            }

            word.CopyTo(joined[length..]);
            length += word.Length;
            if (phrases.Contains(joined[..length]))
            {
                return t + 1;
            }
        }

        return -1;
    }

    /// <summary>The place inside a country that reports a figure itself with a reporting word, its source being nothing but the
    /// place's name and any place nouns after it ("Brenmoor Province reported 19 injured", "Kestrel reported 41"): the figure is
    /// counted there, read as "19 injured in Brenmoor" is (<see cref="PlacePart.Event"/>: a part where a document of the slot gives
    /// figures for two such places or the whole's toll is larger), or null. A body of the place ("Brenmoor police") is
    /// <see cref="BodyPlaceOf"/>'s to read; a headline's "Lindenport: 73 dead" names no reporter, and a capital speaks for its country's
    /// government, so neither places anything here.</summary>
    internal static (string Place, string? Within, PlacePart Part)? ReportingPlaceOf(SentenceView s, Attribution.Attribution? source)
    {
        if (source is not { Speaker: null, Span: { } span, Cue: [var first, ..] } || !char.IsLetter(first))
        {
            return null;
        }

        var at = TimeAnchors.FirstTokenAt(s, span.Start);
        if (at < 0 || s.MentionAt(at) is not { Form: EntityMentionForm.Name } mention || s.Tokens[mention.FirstToken].Span.Start != span.Start
            || s.Tokens[PastPlaceNouns(s, mention.EndToken) - 1].Span.End != span.End)
        {
            return null;
        }

        // A capital that reports speaks for its country's government ("Kyiv reported 26 civilians killed"), not for the city.
        if (IsCapital(s, mention))
        {
            return null;
        }

        return InsideACountry(s, mention) is { } found ? (found.Place, found.Within, PlacePart.Event) : null;
    }

    /// <summary>How many words ("alone", "now", "already", "also" and the auxiliaries of "has recorded") may stand between a place
    /// that is its clause's subject and its <c>place-record-verb</c>.</summary>
    private const int RecordingPlaceWindow = 3;

    /// <summary>The place inside a country that is the subject of the <c>place-record-verb</c> right before a figure, after "alone" or
    /// auxiliaries ("Brenmoor has recorded 412 cases", "Kestrel Province alone had registered 20 deaths"): the figure is counted there,
    /// read as <see cref="ReportingPlaceOf"/> reads a place that reports it (<see cref="PlacePart.Event"/>). The place's name must not
    /// follow a preposition or a possessive ("officials in Brenmoor recorded 40": the officials'), and a body named after the place
    /// ("Brenmoor police recorded 40") is no place here (<see cref="BodyPlaceOf"/> reads such a body as the source). A capital counts too: the verb records what happened there. A country is found
    /// by no <see cref="InsideACountry"/> and stays the whole. A figure listed after the verb's first object is recorded there too
    /// (<see cref="ListedObjectBefore"/>: "Brenmoor has logged 7 deaths and 91 admissions"). Null otherwise.</summary>
    internal static (string Place, string? Within, PlacePart Part)? RecordingPlaceBefore(SentenceView s, QuantityMatch match)
    {
        var first = match;
        for (var listed = 0; listed < s.Quantities.Count && ListedObjectBefore(s, first) is { } before; listed++)
        {
            first = before;
        }

        var verb = first.FirstToken - 1;
        if (verb < 1 || !s.Words.PlaceRecordVerbs.Contains(s.Word(verb)))
        {
            return null;
        }

        var end = verb;
        while (end > 1 && verb - end < RecordingPlaceWindow && s.Word(end - 1) is "alone" or "has" or "have" or "had" or "now" or "already" or "also")
        {
            end--;
        }

        foreach (var mention in s.Entities)
        {
            if (mention.Form != EntityMentionForm.Name || PastPlaceNouns(s, mention.EndToken) != end)
            {
                continue;
            }

            var before = mention.FirstToken - 1;
            if (before >= 0 && s.Word(before) is "the" or "The")
            {
                before--;
            }

            if (before >= 0 && (s.Tokens[before].Kind == TokenKind.Possessive || IsLocative(s.Word(before))
                                || s.Word(before) is "of" or "from" or "near" or "outside" or "for" or "by" or "to" or "on" or "with"))
            {
                return null;
            }

            return InsideACountry(s, mention) is { } found ? (found.Place, found.Within, PlacePart.Event) : null;
        }

        return null;
    }

    /// <summary>How many words may stand between a listed figure and the list joiner before the next ("7 measles deaths and").</summary>
    private const int ListedObjectWords = 3;

    /// <summary>The figure that a figure follows as the next object of one verb: the sentence's nearest figure before it, then at most
    /// <see cref="ListedObjectWords"/> lower-case words (its noun phrase, "measles deaths", "houses destroyed"), then a list joiner
    /// (<see cref="PeopleCounts.JoinedBefore"/>) right before the figure ("Brenmoor has logged 7 measles deaths and 91 admissions",
    /// "Kestrel had 311 deaths, 2,011 homes destroyed"). A comma and "and" together join a list only after a list of two already
    /// ("7 deaths, 30 admissions, and 91 cases"); after one figure they open a clause of its own ("…412 cases, and 900 were counted
    /// nationwide"), so no figure is listed then. A clause-break word also ends the list; null too when anything else stands between.</summary>
    private static QuantityMatch? ListedObjectBefore(SentenceView s, QuantityMatch match)
    {
        QuantityMatch? nearest = null;
        foreach (var other in s.Quantities)
        {
            if (other.EndToken < match.FirstToken && (nearest is null || other.EndToken > nearest.Value.EndToken))
            {
                nearest = other;
            }
        }

        if (nearest is not { } before)
        {
            return null;
        }

        for (var end = before.EndToken; end < match.FirstToken && end - before.EndToken <= ListedObjectWords; end++)
        {
            if (PeopleCounts.JoinedBefore(s, end, match.FirstToken))
            {
                var serialComma = match.FirstToken - end == 2;
                return !serialComma || ListedObjectBefore(s, before) is not null ? before : null;
            }

            if (s.Tokens[end].Kind != TokenKind.Word || !char.IsLower(s.Word(end)[0]) || TimeAnchors.HasClauseBreak(s, end, end + 1))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The town a crowd count's source is a body of: the source is "the" (or nothing), a known place inside a country, and
    /// a <c>place-body</c> phrase valued <c>crowd</c> after it, nothing else ("The Lindenport police prefecture counted 9,000 marchers", "the Brenmoor
    /// mayor's office said 4,000 took part"). Such a body counts the crowd in its own town, as "9,000 marched in Lindenport" is counted there
    /// (<see cref="PlacePart.Named"/>); a capital's body is its city's too. Null for any other source, a named speaker's too.</summary>
    internal static (string Place, string? Within, PlacePart Part)? LocalBodyPlaceOf(SentenceView s, Attribution.Attribution? source) =>
        source is { Speaker: null } && PlaceOpeningSource(s, source) is var (mention, found, spanEnd)
        && BodyPhraseAt(s, mention.EndToken, spanEnd, static body => body.CountsCrowd) is { } phrase
        && s.Tokens[phrase.LastToken].Span.End == spanEnd
            ? (found.Place, found.Within, PlacePart.Named)
            : null;

    /// <summary>The place whose own body is a figure's source: the source opens with "the" or "a" (or nothing), then a known place
    /// inside a country by name, then a <c>place-body</c> phrase of a class inside the source ("Brenmoor police said", "a Kestrel Province
    /// police spokesperson says", "the Arlow district administration put the dead at"); a speaker or title may follow the phrase
    /// ("Brenmoor police chief Ilse Varga"). A phrase of class <c>government</c> ("officials", "authorities", "governor") is no body of a
    /// capital: a capital's officials speak for the country's government. The figure is counted where the body serves, read as
    /// <see cref="ReportingPlaceOf"/> reads a place that reports it (<see cref="PlacePart.Event"/>): the whole event's toll where the
    /// story happened there, that place's part where the story's figures name a larger whole. Null for any other source.</summary>
    internal static (string Place, string? Within, PlacePart Part)? BodyPlaceOf(SentenceView s, Attribution.Attribution? source)
    {
        if (PlaceOpeningSource(s, source) is not var (mention, found, spanEnd))
        {
            return BodyInPlaceOf(s, source) ?? RememberedBodyPlaceOf(s, source);
        }

        // "Kestrel Province police": the body may follow the place's nouns, or be one of them ("Arlow municipality").
        var pastNouns = PastPlaceNouns(s, mention.EndToken);
        var phrase = BodyPhraseAt(s, pastNouns, spanEnd, static body => body.Class is not null);
        if (phrase is null && pastNouns != mention.EndToken)
        {
            phrase = BodyPhraseAt(s, mention.EndToken, spanEnd, static body => body.Class is not null);
        }

        return phrase switch
        {
            null => null,
            { Body: var body } when SpeaksForTheCountry(body, IsCapital(s, mention)) => null,
            _ => (found.Place, found.Within, PlacePart.Event),
        };
    }

    // The known place inside a country by name that opens a figure's source, after "the", "a" or "an" if any, with the source's end,
    // or null. The article may open the source's span or stand just before it; either way it is passed over. After "a" or "an" the
    // recogniser marks the name a modifier, as it marks a demonym ("a Brenmoor police spokesperson").
    private static (EntityMention Mention, (string Place, string Within) Found, int SpanEnd)? PlaceOpeningSource(SentenceView s, Attribution.Attribution? source)
    {
        if (source is not { Span: { } span })
        {
            return null;
        }

        var at = TimeAnchors.FirstTokenAt(s, span.Start);
        if (at >= 0 && IsArticle(s.Word(at)))
        {
            at++;
        }

        var indefinite = at >= 1 && s.Word(at - 1) is "a" or "A" or "an" or "An";
        return at >= 0 && at < s.Tokens.Count && s.MentionAt(at) is { } mention && mention.FirstToken == at
            && (mention.Form == EntityMentionForm.Name || (indefinite && mention.Form == EntityMentionForm.Demonym))
            && InsideACountry(s, mention) is { } found
                ? (mention, found, span.End)
                : null;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "the" or "The" or "a" or "A" or "an" or "An";

    /// <summary>The place whose body is a source written body first: a <c>place-body</c> phrase of a class opens the source, then "in",
    /// a country's possessive name and a known place inside that country by name with any place nouns, which end the source ("Police in
    /// Vorland's Kessel province said 40 were arrested"). The possessive says the place is a part of the country, so the body is the
    /// place's own, as "Kessel police" is; "police in Brenmoor" without it is left alone. Null for any other source.</summary>
    private static (string Place, string? Within, PlacePart Part)? BodyInPlaceOf(SentenceView s, Attribution.Attribution? source)
    {
        if (source is not { Speaker: null, Span: { } span } || TimeAnchors.FirstTokenAt(s, span.Start) is not (>= 0 and var first)
            || BodyPhraseAt(s, first, span.End, static body => body.Class is not null) is not { } phrase)
        {
            return null;
        }

        var country = phrase.LastToken + 2;
        if (s.Word(phrase.LastToken + 1) is not "in" || s.MentionAt(country) is not { Form: EntityMentionForm.Name, Entity.Kind: EntityKind.Country } owner
            || owner.FirstToken != country || owner.EndToken >= s.Tokens.Count || s.Tokens[owner.EndToken].Kind != TokenKind.Possessive
            || s.MentionAt(owner.EndToken + 1) is not { Form: EntityMentionForm.Name } mention || mention.FirstToken != owner.EndToken + 1
            || s.Tokens[PastPlaceNouns(s, mention.EndToken) - 1].Span.End != span.End
            || InsideACountry(s, mention) is not { } found || found.Within != owner.Entity.Name)
        {
            return null;
        }

        return SpeaksForTheCountry(phrase.Body, IsCapital(s, mention)) ? null : (found.Place, found.Within, PlacePart.Event);
    }

    /// <summary>The place whose body a source named earlier in the document speaks for, when this sentence names it only by a pronoun
    /// or a surname ("Marczak said 52 were hurt" after "Kessel police spokesman Adam Marczak"): the remembered organisation is a known
    /// place inside a country, any place nouns, and a <c>place-body</c> phrase of a class, read as <see cref="BodyPlaceOf"/> reads the
    /// same words in the sentence. Null for a source written out here, or any other organisation.</summary>
    private static (string Place, string? Within, PlacePart Part)? RememberedBodyPlaceOf(SentenceView s, Attribution.Attribution? source)
    {
        if (source is not { Organization: { } organisation, Span: { } span } || organisation.IndexOf(' ') is not (> 0 and var firstSpace)
            || s.Text.AsSpan(span.Start, span.Length).Contains(organisation.AsSpan(0, firstSpace), StringComparison.Ordinal))
        {
            return null;
        }

        // The longest run of opening words the gazetteer knows by name is the place; the words after it, past any place nouns, the body.
        for (var placeEnd = organisation.LastIndexOf(' '); placeEnd > 0; placeEnd = organisation.LastIndexOf(' ', placeEnd - 1))
        {
            if (!s.Gazetteer.TryResolve(organisation.AsSpan(0, placeEnd), out var entity, out var form, out var capital) || form != EntityMentionForm.Name)
            {
                continue;
            }

            var rest = placeEnd + 1;
            while (organisation.IndexOf(' ', rest) is > 0 and var next && s.Words.PlaceNouns.Contains(organisation.AsSpan(rest, next - rest)))
            {
                rest = next + 1;
            }

            return ResolvedInsideACountry(entity, capital) is { } place && s.Words.PlaceBodies.TryGetValue(organisation.AsSpan(rest), out var body) && body.Class is not null
                   && !SpeaksForTheCountry(body, capital is not null)
                ? (place.Place, place.Within, PlacePart.Event)
                : null;
        }

        return null;
    }

    // A government body ("officials", "authorities", "governor") of a capital speaks for the country's government, not the city's.
    private static bool SpeaksForTheCountry(PlaceBody body, bool ofACapital) => body.Class == GovernmentBody && ofACapital;

    // The longest place-body phrase `wanted` accepts of one to PlaceBodyWords tokens from `first` that ends inside the source, or null.
    private static (PlaceBody Body, int LastToken)? BodyPhraseAt(SentenceView s, int first, int spanEnd, Func<PlaceBody, bool> wanted)
    {
        for (var end = Math.Min(s.Tokens.Count, first + PlaceBodyWords); end > first; end--)
        {
            var (start, stop) = (s.Tokens[first].Span.Start, s.Tokens[end - 1].Span.End);
            if (stop <= spanEnd && s.Words.PlaceBodies.TryGetValue(s.Text.AsSpan(start, stop - start), out var body) && wanted(body))
            {
                return (body, end - 1);
            }
        }

        return null;
    }

    /// <summary>The most tokens a <c>place-body</c> phrase spans ("mayor ' s office").</summary>
    private const int PlaceBodyWords = 4;

    /// <summary>The <c>place-body</c> class of a phrase that names a place's government rather than a body of the town itself.</summary>
    private const string GovernmentBody = "government";

    // Whether a named mention is a country's capital ("Kyiv"), which may stand for the country's government.
    private static bool IsCapital(SentenceView s, EntityMention mention) =>
        mention.Place is { } named && s.Gazetteer.TryResolve(named.Name, out _, out _, out var capital) && capital is not null;

    /// <summary>The place a figure right after ", with" is given for: "in" and a known place inside a country just before the comma
    /// ("the largest rallies were in Brenmoor, with 6,200 marchers", "in the city of Kestrel Bay, with about 900"), read as
    /// <see cref="PartAt"/> reads the place after "in"; null when anything else stands there.</summary>
    internal static (string Place, string? Within, PlacePart Part)? PlaceBeforeWith(SentenceView s, QuantityMatch match)
    {
        var comma = match.FirstToken - 2;
        if (comma < 2 || s.Word(comma + 1) is not "with" || s.Word(comma) is not ",")
        {
            return null;
        }

        var end = comma;
        while (end > 1 && s.Words.PlaceNouns.Contains(s.Word(end - 1)))
        {
            end--; // "in Brenmoor Province, with 400"
        }

        var index = s.Entities.FindIndex(m => m.EndToken == end && m.Form == EntityMentionForm.Name);
        if (index < 0 || InsideACountry(s, s.Entities[index]) is not { } named)
        {
            return null;
        }

        var mention = s.Entities[index];

        for (var j = mention.FirstToken - 1; j >= Math.Max(0, mention.FirstToken - PlaceBeforeWithWindow); j--)
        {
            if (s.Word(j) is "in" or "In")
            {
                return PartAt(s, j, cued: false) is { Part: not PlacePart.Whole } found && found.Place == named.Place ? found : null;
            }

            if (s.Tokens[j].Kind != TokenKind.Word || s.Words.ClauseBreaks.Contains(s.Word(j)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many words may stand between "in" and the place before ", with" ("in the northern port city of Kestrel Bay").</summary>
    private const int PlaceBeforeWithWindow = 7;

    /// <summary>The token after any place nouns from <paramref name="end"/> on ("Brenmoor Province", "Vorland city").</summary>
    private static int PastPlaceNouns(SentenceView s, int end)
    {
        while (end < s.Tokens.Count && s.Words.PlaceNouns.Contains(s.Word(end)))
        {
            end++;
        }

        return end;
    }

    // The place a named mention gives inside a country and that country: a capital or a place the text puts in one, or a country's
    // name written otherwise than the lexicon's; null for a country by its own name or anything else.
    internal static (string Place, string Within)? InsideACountry(SentenceView s, EntityMention mention)
    {
        var surface = s.Text[s.Tokens[mention.FirstToken].Span.Start..s.Tokens[mention.EndToken - 1].Span.End];
        return mention.Place is null && mention.Entity.Kind == EntityKind.Country && !mention.IsFromLexicon && surface != mention.Entity.Name
            ? (surface, mention.Entity.Name)
            : ResolvedInsideACountry(mention.Entity, mention.Place);
    }

    // The place an entity the gazetteer resolved gives inside a country and that country: the capital it resolved to (whose country the
    // entity is), or a place the lexicon puts in one; null for anything else.
    private static (string Place, string Within)? ResolvedInsideACountry(Entity entity, Entity? capital) =>
        capital is not null ? (capital.Name, entity.Name)
            : entity is { Kind: EntityKind.Place, Within: { } within } ? (entity.Name, within) : null;

    // The place after the locative at j ("in"), when it lies inside a country.
    internal static (string Place, string? Within, PlacePart Part)? PartAt(SentenceView s, int j, bool cued)
    {
        var k = j + 1;
        // "in southern Vorland", "in coastal Vorland" name a region of the country, not the whole of it; a place-modifier valued
        // whole ("in neighbouring Vorland", "in landlocked Vorland") describes the whole country.
        var directed = false;
        while (k < s.Tokens.Count && k < j + 4 && (s.Word(k) is "the" or "north" or "south" or "east" or "west" || IsDirection(s.Word(k))
               || IsPlaceModifier(s, k)))
        {
            directed |= s.Word(k) is not "the" && !s.Words.WholePlaceModifiers.Contains(s.Word(k));
            k++;
        }

        k = PastQuantifierOfPlace(s, k);

        // "in the German city of Lindenport", "in the Kenyan capital": past a demonym.
        var afterThe = s.Word(k - 1) is "the";
        if (s.MentionAt(k) is { Form: EntityMentionForm.Demonym } demonym)
        {
            k = demonym.EndToken;
        }

        if (s.Word(k) is Capital && s.MentionAt(k) is null && afterThe)
        {
            // "in the capital's main square" names where the figure's event was, not a share of a national figure; "in the capital"
            // with no word making the figure a part ("of them", "in the capital alone") is where the event was, which QuantityClaims reads
            // as the place of a toll (PlacePart.Event) and as a part for any other count ("7,000 marched in the capital").
            return (Capital, null, k + 1 < s.Tokens.Count && s.Tokens[k + 1].Kind == TokenKind.Possessive ? PlacePart.Named
                : cued || s.Words.PartCuesAfter.Contains(s.Word(k + 1).ToString()) ? PlacePart.Stated : PlacePart.Event);
        }

        k = AfterPlaceNounOf(s, k);

        k = AfterAreaOf(s, k);

        // "in regions such as Velmar and Ostra": the places named are examples of several, so the figure is theirs, a part.
        var examples = AfterExamplesOf(s, k);
        if (examples >= 0)
        {
            (k, cued) = (examples, true);
        }

        if (s.MentionAt(k) is not { Form: EntityMentionForm.Name } mention)
        {
            return null;
        }

        if (InsideACountry(s, mention) is not { } found)
        {
            var surface = s.Text[s.Tokens[k].Span.Start..s.Tokens[mention.EndToken - 1].Span.End];
            // "in France": the country by its own name, the whole the parts belong to; not a name that qualifies a noun after it ("in
            // Vorland's first strike", "in a Vorland town").
            var qualifies = mention.EndToken < s.Tokens.Count
                && (s.Tokens[mention.EndToken].Kind == TokenKind.Possessive || s.Words.PlaceNouns.Contains(s.Word(mention.EndToken)));
            return mention.Entity.Kind == EntityKind.Country && surface == mention.Entity.Name && !qualifies && !directed
                ? (mention.Entity.Name, null, PlacePart.Whole)
                : null;
        }

        if (JoinsTheRest(s, mention.EndToken))
        {
            return null; // "1.1 million marched in Lindenport and across the regions": the whole's count, not the city's
        }

        switch (PlacesFrom(s, mention))
        {
            case (ListedPlaces.Pair, var pair):
                // "in Lindenport and Brenmoor": the two places' figure together; a part where they are examples of several
                return (pair!, found.Within, examples >= 0 ? PlacePart.Stated : PlacePart.Named);
            case (ListedPlaces.Whole, _):
                return null; // "in Marrowdale, Tarnfield, Harlowmere and Quellby": where the count happened, not a part of it
        }

        var after = PastPlaceNouns(s, mention.EndToken);
        cued |= s.Words.PartCuesAfter.Contains(s.Word(after).ToString());
        return (found.Place, found.Within, cued ? PlacePart.Stated : PlacePart.Named);
    }
}
