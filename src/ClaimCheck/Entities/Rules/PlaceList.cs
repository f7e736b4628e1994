using System.Collections.Frozen;

namespace ClaimCheck.Entities.Rules;

/// <summary>A place named on its own by a run the context makes a place ("in Lyon", "the villages of Mundakkai"), and the places
/// listed after it ("…, Marseille and Nice"); shared by the rules that find such lists.</summary>
internal static class PlaceList
{
    // Words that may follow a place's name ("in the Sahel, where …", "in the Donbas and …"): grammar, not content.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        "and", "or", "but", "on", "in", "at", "to", "from", "for", "of", "with", "by", "where", "which", "who", "that", "is", "was", "were",
        "are", "has", "have", "had", "as", "after", "before", "since", "during", "near", "when", "while", "amid", "this", "last", "over",
        "earlier", "later", "until", "into", "about", "because", "if", "than", "will", "would", "could", "can", "may", "might", "said")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Records the run as a place when it can name one on its own: not a name the lexicon knows, not a person ("in President
    /// Ruto's …"), not a name with a place noun (the place-noun rule's), not an adjective ("in the Western press", "in the southern Ostravian kingdom of Vorland").</summary>
    public static bool TryItem(SentenceScan scan, NameRun run, string rule, out int end)
    {
        end = run.First;
        if (scan.AnyLexicon(run.First, run.End) || scan.Has(run.First, EntityCue.Title) || scan.IsFound(run.First))
        {
            return false;
        }

        var stop = run.First;
        while (stop < run.End && !(scan.Has(stop, EntityCue.Title) && !scan.IsLexicon(stop)))
        {
            stop++;
        }

        // A name ending in a place noun ("Tarvo Province", "Dorran County") or before one ("Tarvo province") is the place-noun rule's: if
        // that rule declined it, so does this one.
        if (stop == run.First || stop - run.First > 6 || scan.FirstWith(run.First, stop, EntityCue.OrganisationWord) >= 0
            || scan.Has(stop - 1, EntityCue.PlaceNoun | EntityCue.PlaceNameNoun) || (stop == run.End && scan.Has(stop, EntityCue.PlaceNoun))
            || (stop - run.First == 1 && ((scan.IsAllCapitals(run.First) && !scan.IsLexicon(run.First)) || scan.IsNumber(stop)))
            || scan.IsCommonOpening(run.First, stop) || IsPersonAfter(scan, stop))
        {
            return false;
        }

        // "in the Western press", "in the northern Ostravian republic of Kelm": after "the" (and lower-case place modifiers such as
        // "southern" or "remote"), a name that modifies a noun is an adjective ("in the Sahel, …" is a place).
        if (scan.IsWord(PastPlaceModifiers(scan, run.First - 1), "the") && stop == run.End && stop < scan.Count && scan.Tokens[stop].Kind == Text.TokenKind.Word
            && char.IsLower(scan.Word(stop)[0]) && !FunctionWords.Contains(scan.Word(stop)))
        {
            return false;
        }

        scan.Add(run.First, stop, run.First, stop, EntityKind.Place, rule);
        end = stop;
        return true;
    }

    /// <summary>How many lower-case place modifiers ("southern", "remote") may stand between "the" and an adjective name.</summary>
    private const int MaxModifiersAfterThe = 2;

    // The token before the lower-case place modifiers that end at `last` ("the" in "the remote southern"); `last` when there are none.
    private static int PastPlaceModifiers(SentenceScan scan, int last)
    {
        var t = last;
        while (t >= 0 && last - t < MaxModifiersAfterThe && scan.Has(t, EntityCue.PlaceModifier) && char.IsLower(scan.Word(t)[0]))
        {
            t--;
        }

        return t;
    }

    /// <summary>The places listed after a place ending at <paramref name="end"/>: ", Marseille and Nice". A last item after a comma
    /// alone is an apposition, left to the containment rule ("in Lyon, France", "in Dorran County, Texas"). Returns the end of the list.</summary>
    public static int Continue(SentenceScan scan, int end, string rule)
    {
        var next = end;
        var sawAnd = false;
        var commaItems = 0;
        for (var guard = 0; guard < 8; guard++)
        {
            var separator = next;
            var isComma = scan.IsPunctuation(separator, ',');
            var isAnd = scan.IsWord(separator, "and") || scan.IsWord(separator, "or");
            if (!isComma && !isAnd)
            {
                break;
            }

            var item = separator + 1;
            if (isComma && (scan.IsWord(item, "and") || scan.IsWord(item, "or")))
            {
                isAnd = true;
                item++;
            }

            if (scan.TryGetPlaceAt(item, out _, out var knownEnd, out var isCountry))
            {
                if (isComma && !isAnd && isCountry)
                {
                    break; // "in Lyon, France": what it lies in
                }

                sawAnd |= isAnd;
                next = knownEnd;
                if (isAnd)
                {
                    break;
                }

                continue;
            }

            if (!scan.TryGetRunAt(item, out var listed) || scan.IsLexicon(item))
            {
                break;
            }

            var after = listed.End;
            var continues = scan.IsWord(after, "and") || scan.IsWord(after, "or") || scan.IsPunctuation(after, ',');
            if (isComma && !isAnd && !sawAnd && !(continues && (commaItems > 0 || ListGoesOn(scan, after))))
            {
                break; // "in Dorran County, Texas": an apposition; "In Vorland, Arvelo, 71, won": a name set off by commas
            }

            if (!TryItem(scan, listed, rule, out var itemEnd))
            {
                break;
            }

            sawAnd |= isAnd;
            commaItems += isComma && !isAnd ? 1 : 0;
            next = itemEnd;
            if (isAnd)
            {
                break;
            }
        }

        return Math.Max(end, next);
    }

    // After the first item that only a comma joins to the list, the list goes on only with "and"/"or" or another name ("in Lyon,
    // Marseille, Nice and Toulouse"); anything else after its comma ("In Vorland, Arvelo, 71, …", "In Vorland, Arvelo, the
    // incumbent, …") sets off a person or an aside, not the next place. Once two places are listed, the list stands.
    private static bool ListGoesOn(SentenceScan scan, int after)
    {
        if (scan.IsWord(after, "and") || scan.IsWord(after, "or"))
        {
            return true;
        }

        var next = after + 1;
        return scan.IsWord(next, "and") || scan.IsWord(next, "or") || scan.TryGetPlaceAt(next, out _, out _, out _)
            || (scan.TryGetRunAt(next, out _) && !scan.Has(next, EntityCue.Title));
    }

    /// <summary>Whether a comma at <paramref name="end"/> opens an aside that makes the name before it a person: an age or a role
    /// closed by a comma and followed by the person's verb ("Delmont, 64, won", "Harrow, the outgoing mayor, conceded"), not a role
    /// followed by another name ("Marisko, the governor, Ilse Varga, said") or a clause ("Marisko, the governor said").</summary>
    public static bool IsPersonAside(SentenceScan scan, int end)
    {
        if (!scan.IsPunctuation(end, ','))
        {
            return false;
        }

        var close = -1;
        if (scan.IsNumber(end + 1) && scan.IsPunctuation(end + 2, ','))
        {
            close = end + 2;
        }
        else if (IsPersonAfter(scan, end))
        {
            for (var t = end + 1; t < Math.Min(scan.Count, end + 8) && close < 0; t++)
            {
                close = scan.IsPunctuation(t, ',') ? t : -1;
            }
        }

        return close > 0 && scan.Word(close + 1) is [var c, ..] && char.IsLower(c) && scan.Tokens[close + 1].Kind == Text.TokenKind.Word
            && !scan.IsWord(close + 1, "the") && !scan.IsWord(close + 1, "a") && !scan.IsWord(close + 1, "including");
    }

    /// <summary>Whether the name ending before <paramref name="end"/> is a person's, as the apposition after it says: ", the Polisario
    /// Front's secretary general", ", a spokesman for …"; not when the title is the subject of a verb (", the governor said").</summary>
    public static bool IsPersonAfter(SentenceScan scan, int end)
    {
        if (!scan.IsPunctuation(end, ','))
        {
            return false;
        }

        for (var t = end + 1; t < Math.Min(scan.Count, end + 8); t++)
        {
            if (scan.IsPhraseEnd(t) || scan.IsWord(t, "in") || scan.IsWord(t, "of"))
            {
                return false;
            }

            if (scan.Has(t, EntityCue.Title) && !scan.IsNameWord(t))
            {
                // ", the governor said": the title is the subject of a reporting verb, not an apposition of the name.
                return !scan.Has(t + 1, EntityCue.ClauseVerb);
            }
        }

        return false;
    }
}
