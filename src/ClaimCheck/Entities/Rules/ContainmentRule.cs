namespace ClaimCheck.Entities.Rules;

/// <summary>What a place lies in, from the words after it: "Jeddah, Saudi Arabia", "Dorran County, Mervale", "Tobruk, in eastern Libya",
/// "Chooralmala, a village in Marali district", "Tarvo province of Papua New Guinea", "Ostrov Stadium in Malang", "Port Sarif
/// in the south of Iran". An unknown name after the comma that closes the phrase becomes a place ("Mervale").</summary>
internal sealed class ContainmentRule : SentenceRule
{
    public override string Name => "apposition";

    public override EntityCue Cue => EntityCue.Comma | EntityCue.Locative | EntityCue.Of;

    public override void Apply(SentenceScan scan, int index)
    {
        // The place just before the cue: found by a rule, or a place or capital of the lexicon (a country lies in nothing).
        if (!scan.TryGetEntityEndingAt(index, out var inner, out var innerFirst, out var innerIsCountry) || innerIsCountry
            || !IsPlace(scan, innerFirst))
        {
            return;
        }

        if (scan.IsPunctuation(index, ','))
        {
            AfterComma(scan, index + 1, inner);
        }
        else if (scan.IsWord(index, "in") || scan.IsWord(index, "of"))
        {
            // "Tarvo province of Papua New Guinea" is the province's country; "Human Rights Watch in Nairobi" is not containment.
            if (scan.IsWord(index, "of") && !(scan.TryGetFound(innerFirst, out var found) && found.Rule == "place-noun"))
            {
                return;
            }

            if (PlaceAfter(scan, index + 1) is { } outer)
            {
                scan.Document.Contain(inner, outer);
            }
        }
    }

    private void AfterComma(SentenceScan scan, int next, string inner)
    {
        // ", in eastern Libya"
        if (scan.IsWord(next, "in"))
        {
            if (PlaceAfter(scan, next + 1) is { } outer)
            {
                scan.Document.Contain(inner, outer);
            }

            return;
        }

        // ", a village in Marali district", ", the capital of Tarvo province"
        if (scan.IsWord(next, "a") || scan.IsWord(next, "an") || scan.IsWord(next, "the"))
        {
            for (var t = next + 1; t < Math.Min(scan.Count, next + 5); t++)
            {
                if (scan.IsPhraseEnd(t))
                {
                    return;
                }

                if (scan.Has(t, EntityCue.PlaceNoun) && (scan.IsWord(t + 1, "in") || scan.IsWord(t + 1, "of")))
                {
                    if (PlaceAfter(scan, t + 2) is { } outer)
                    {
                        scan.Document.Contain(inner, outer);
                    }

                    return;
                }
            }

            return;
        }

        // ", Saudi Arabia": a country by its own name.
        if (scan.TryGetPlaceAt(next, out var outerName, out var outerEnd, out var isCountry))
        {
            if (isCountry || (scan.TryGetFound(next, out var found) && found.First == next && ClosesPhrase(scan, outerEnd)))
            {
                scan.Document.Contain(inner, outerName);
            }

            return;
        }

        // ", Mervale": an unknown name that closes the phrase, not the first of a list ("in Lyon, Marseille and Nice").
        if (scan.TryGetRunAt(next, out var run) && !scan.AnyLexicon(run.First, run.End) && !scan.IsFound(run.First) && run.Count <= 3
            && scan.FirstWith(run.First, run.End, EntityCue.OrganisationWord | EntityCue.Title | EntityCue.PlaceNoun) < 0
            && !scan.IsAllCapitals(run.First) && ClosesPhrase(scan, run.End))
        {
            var outer = scan.Add(run.First, run.End, run.First, run.End, EntityKind.Place, Name);
            scan.Document.Contain(inner, outer.Name!);
        }
    }

    // After the container: the end of the phrase or a preposition, not a list going on or a verb ("in Lyon, Macron said").
    private static bool ClosesPhrase(SentenceScan scan, int end)
    {
        if (scan.IsPunctuation(end, ','))
        {
            // ", Mervale, and …" closes; ", Marseille, Toulouse and Nice" is a list; "In Ostravia, Delmont, 64, won" and "In Kestrel Bay,
            // Harrow, the outgoing mayor, conceded" set off a person's age or role.
            return !scan.TryGetRunAt(end + 1, out _) && !PlaceList.IsPersonAside(scan, end);
        }

        if (scan.IsPhraseEnd(end))
        {
            return true;
        }

        var word = scan.Word(end);
        return word is "on" or "in" or "at" or "after" or "before" or "during" or "when" or "where" or "amid" or "as" or "following"
            or "this" or "last" or "late" or "early" or "from" or "to" or "near";
    }

    // "in eastern Libya", "in the south of Iran", "in Papua New Guinea", "in Marali district".
    private static string? PlaceAfter(SentenceScan scan, int index)
    {
        var t = index;
        for (var guard = 0; guard < 4 && t < scan.Count; guard++)
        {
            var word = scan.Word(t);
            if (word is "the" || (scan.Has(t, EntityCue.PlaceModifier) && char.IsLower(word[0])))
            {
                t++;
                continue;
            }

            // "the south of Iran"
            if (word is "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest" or "centre" or "center"
                && scan.IsWord(t + 1, "of"))
            {
                t += 2;
                continue;
            }

            break;
        }

        return scan.TryGetPlaceAt(t, out var name, out _, out _) ? name : null;
    }

    private static bool IsPlace(SentenceScan scan, int first)
    {
        if (scan.TryGetFound(first, out var found) && found.First == first)
        {
            return found.Entity is not null || (scan.Document.TryGetKind(found.Name!, out var kind) && kind == EntityKind.Place);
        }

        return scan.TryGetLexicon(first, out var mention) && mention.Form == EntityMentionForm.Name
            && (mention.Place is not null || mention.Entity.Kind == EntityKind.Place);
    }
}
