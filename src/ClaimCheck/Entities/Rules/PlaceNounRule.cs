namespace ClaimCheck.Entities.Rules;

/// <summary>A place named with a place noun: "Tarvo Province", "the Ardasht province", "Dorran County", "Gaza City", "Mirel Island",
/// "Mount Kestrel", "Ostrov Stadium". A noun of the <c>place-noun</c> kind is not part of the name ("Tarvo"); a capitalised noun of
/// the <c>place-name-noun</c> kind is ("Dorran County"). A possessor or demonym before it says what it lies in ("Papua New Guinea's Tarvo
/// province", "Russian Kursk region").</summary>
internal sealed class PlaceNounRule : EntityRule
{
    public override string Name => "place-noun";

    public override EntityCue Inside => EntityCue.PlaceNoun | EntityCue.PlaceNameNoun;

    public override EntityCue After => EntityCue.PlaceNoun;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;
        var first = run.First;
        string? within = null;
        if (TryGetDemonym(scan, first, out var demonym))
        {
            within = demonym.Entity.Name;
            first = demonym.EndToken;
        }

        var stop = BeforeTitle(scan, first, run.End);
        for (var noun = first; noun < stop; noun++)
        {
            var cue = scan.Cue(noun);
            if ((cue & (EntityCue.PlaceNoun | EntityCue.PlaceNameNoun)) == 0 || scan.IsLexicon(noun))
            {
                continue;
            }

            // "Mount Kestrel", "Lake Kivu": the noun opens the name.
            if (noun == first && (cue & EntityCue.PlaceNameNoun) != 0)
            {
                if (stop - noun >= 2 && !scan.AnyLexicon(noun, stop) && CanNamePlace(scan, noun + 1, stop))
                {
                    scan.Add(noun, stop, noun, stop, EntityKind.Place, Name, within ?? PossessorBefore(scan, noun));
                    end = stop;
                    return true;
                }

                return false;
            }

            return TryName(scan, first, noun, noun + 1, keepNoun: (cue & EntityCue.PlaceNameNoun) != 0, within, out end);
        }

        // "Tarvo province", "the Amhara region": a lower-case place noun after the run.
        if (stop == run.End && scan.Has(run.End, EntityCue.PlaceNoun) && char.IsLower(scan.Word(run.End)[0]) && stop > first)
        {
            return TryName(scan, first, stop, stop + 1, keepNoun: false, within, out end);
        }

        return false;
    }

    // "Sardar Vallabhbhai Patel International Airport", "National Stadium": a facility may be named after a body.
    private static bool CanNameFacility(SentenceScan scan, int first, int end) =>
        end > first && end - first <= 6 && scan.FirstWith(first, end, EntityCue.Title) < 0 && !scan.IsCommonOpening(first, end);

    private bool TryName(SentenceScan scan, int first, int nameEnd, int end, bool keepNoun, string? within, out int matchedEnd)
    {
        matchedEnd = first;
        if (nameEnd <= first)
        {
            return false;
        }

        // A name the lexicon knows: "Nairobi County" is a place of its own, "Kyiv region" is left to the lexicon.
        if (scan.AnyLexicon(first, nameEnd))
        {
            if (!keepNoun || !scan.TryGetLexicon(first, out var known) || known.FirstToken != first || known.EndToken != nameEnd
                || known.Form != EntityMentionForm.Name || known.Entity.Kind == EntityKind.Organization)
            {
                return false;
            }

            within ??= known.Entity.Name;
        }
        else if (keepNoun ? !CanNameFacility(scan, first, nameEnd) : !CanNamePlace(scan, first, nameEnd))
        {
            return false;
        }

        scan.Add(first, end, first, keepNoun ? end : nameEnd, EntityKind.Place, Name, within ?? PossessorBefore(scan, first));
        matchedEnd = end;
        return true;
    }
}
