namespace ClaimCheck.Entities.Rules;

/// <summary>An organisation: a run of capitalised words with an organisation word ("Human Rights Watch", "Civil Human Rights Front"),
/// joined with "of", "for", "on" and "and" ("the Kenya National Commission on Human Rights", "Mineworkers Union of Zambia", "the
/// National Disaster Risk Reduction and Management Council"). A country or body named in it, or a possessor before it ("Iran's
/// Interior Ministry"), is what it belongs to; one it opens with stays a mention of its own ("Kenya | National Commission on Human
/// Rights").</summary>
internal sealed class OrganisationRule : EntityRule
{
    public override string Name => "organisation";

    public override EntityCue Inside => EntityCue.OrganisationWord;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;

        // The head: the last organisation word before any title that follows one ("Kenya Defence Forces | Chief General …").
        var head = -1;
        for (var t = run.First; t < run.End; t++)
        {
            if (scan.Has(t, EntityCue.OrganisationWord) && !scan.IsLexicon(t))
            {
                head = t;
            }
            else if (head >= 0 && scan.Has(t, EntityCue.Title))
            {
                break;
            }
        }

        if (head < 0)
        {
            return false;
        }

        // "Sardar Vallabhbhai Patel International Airport": a place named after a body is a place.
        for (var t = head + 1; t < run.End && !scan.Has(t, EntityCue.Title); t++)
        {
            if (scan.Has(t, EntityCue.PlaceNameNoun))
            {
                return false;
            }
        }

        // A title before the name starts a person's role, not the body ("Secretary General | Kenya Red Cross Society"), unless it
        // stands next to the organisation word ("Justice Ministry").
        var first = run.First;
        for (var t = run.First; t < head; t++)
        {
            if (scan.Has(t, EntityCue.Title) && !scan.IsLexicon(t) && t + 1 < head && !scan.Has(t + 1, EntityCue.OrganisationWord))
            {
                first = t + 1;
            }
        }

        var last = Extend(scan, head + 1);

        // "the National Disaster Risk Reduction | and | Management Council": a run without an organisation word of its own before "and".
        if ((scan.IsWord(first - 1, "and") || scan.IsWord(first - 1, "&")) && first == run.First
            && scan.TryGetRunEndingAt(first - 1, out var left) && scan.FirstWith(left.First, left.End, EntityCue.OrganisationWord | EntityCue.Title) < 0
            && !scan.IsLexicon(left.First) && !scan.IsFound(left.First))
        {
            first = left.First;
        }

        // A country, demonym or body the name opens with stays its own mention and is what the organisation belongs to ("US |
        // National Security Council", "Russian | Foreign Ministry", "UN | Office for the Coordination of Humanitarian Affairs"): the
        // sources of a figure still read as that country's, and outlets that leave the prefix out name the same body.
        string? within = null;
        while (first < last && scan.TryGetLexicon(first, out var opening) && opening.FirstToken == first)
        {
            within ??= opening.Entity.Name;
            first = opening.EndToken;
        }

        var words = 0;
        for (var t = first; t < last; t++)
        {
            if (scan.IsCapitalised(t))
            {
                words++;
            }
        }

        // "said Peter Bank, the company's finance director": two capitalised words before a person's role are a person.
        if (words < 2 || (words == 2 && PlaceList.IsPersonAfter(scan, last)))
        {
            return false;
        }

        // What it belongs to: the country or body it opens with, one named in it ("Mineworkers Union of Zambia"), else a possessor
        // before it ("Iran's Interior Ministry").
        for (var t = first; t < last && within is null; t++)
        {
            if (scan.TryGetLexicon(t, out var inner))
            {
                within = inner.Entity.Name;
            }
        }

        within ??= PossessorBefore(scan, first);
        scan.Add(first, last, first, WithoutLegalForm(scan, first, last), EntityKind.Organization, Name, within);
        end = last;
        return true;
    }

    // "Acme Holdings Inc", "Velmar Foods Ltd": the name ends before the company's legal form, so outlets that drop it name the
    // same company; the "&" or "and" joining the form goes with it ("Brightwell & Co" is "Brightwell"); a name that is nothing
    // but the legal form keeps it.
    private static int WithoutLegalForm(SentenceScan scan, int first, int last)
    {
        var end = last;
        while (end - 1 > first && scan.Has(end - 1, EntityCue.CorporateSuffix))
        {
            end--;
        }

        if (end < last && end - 1 > first && (scan.IsWord(end - 1, "&") || scan.IsWord(end - 1, "and")))
        {
            end--;
        }

        return end;
    }

    // "… of Zambia", "… on Human Rights", "… for Migration", "… of the President", "… and Coordination": connectors and the run after.
    private static int Extend(SentenceScan scan, int end)
    {
        for (var guard = 0; guard < 4; guard++)
        {
            var connector = end;
            if (!scan.Has(connector, EntityCue.Connector))
            {
                return end;
            }

            var isAnd = scan.IsWord(connector, "and") || scan.IsWord(connector, "&");
            var next = connector + 1;
            if (scan.IsWord(next, "the"))
            {
                if (isAnd)
                {
                    return end;
                }

                next++;
            }

            if (!scan.TryGetRunAt(next, out var run))
            {
                return end;
            }

            if (isAnd && (scan.FirstWith(run.First, run.End, EntityCue.OrganisationWord | EntityCue.Title) >= 0 || scan.IsLexicon(run.First)))
            {
                return end;
            }

            // "the Security Council | on Ukraine": only "of" joins a country to a body's name ("Mineworkers Union of Zambia").
            if (!scan.Has(connector, EntityCue.Of) && scan.IsLexicon(run.First))
            {
                return end;
            }

            var runEnd = BeforeTitle(scan, run.First, run.End);
            if (runEnd == run.First)
            {
                // "Office of the President": a lone title after the connector is part of the name.
                return run.Count == 1 ? run.End : end;
            }

            end = runEnd;
            if (runEnd < run.End)
            {
                return end;
            }
        }

        return end;
    }
}
