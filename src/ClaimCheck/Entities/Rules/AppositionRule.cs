namespace ClaimCheck.Entities.Rules;

/// <summary>A place named before what it lies in or what kind of place it is: "Jeddah, Saudi Arabia, …", "Velmar, North Macedonia —",
/// "Ustrevo, in northern Brenmoor", "Lindenport, a city of 900,000". A country must be named by its own name (not a capital) and close
/// the phrase; the name must not open the sentence as a common word.</summary>
internal sealed class AppositionRule : EntityRule
{
    public override string Name => "apposition";

    public override EntityCue After => EntityCue.Comma;

    public override bool TryMatch(SentenceScan scan, NameRun run, out int end)
    {
        end = run.First;
        var comma = run.End;
        if (scan.AnyLexicon(run.First, run.End) || scan.IsFound(run.First) || scan.Has(run.First - 1, EntityCue.Title)
            || !CanNamePlace(scan, run.First, run.End) || run.Count > 4)
        {
            return false;
        }

        // "Ustrevo, in northern Brenmoor, …": what it lies in follows (the containment rule reads it once the sentence is done).
        if (scan.IsWord(comma + 1, "in") && !IsSpeechBefore(scan, run.First))
        {
            var t = comma + 2;
            while (t < scan.Count && t < comma + 5 && (scan.IsWord(t, "the") || (scan.Has(t, EntityCue.PlaceModifier) && !scan.IsNameWord(t))))
            {
                t++;
            }

            if (scan.TryGetPlaceAt(t, out _, out _, out _) || (scan.TryGetRunAt(t, out var container) && !scan.IsLexicon(container.First)))
            {
                scan.Add(run.First, run.End, run.First, run.End, EntityKind.Place, Name);
                end = run.End;
                return true;
            }

            return false;
        }

        // "Lindenport, a city of 900,000, …", "Velmar, the main town in the valley": a place noun says what the name is.
        if (IsPlaceNounPhraseAt(scan, comma + 1) && !IsSpeechBefore(scan, run.First))
        {
            scan.Add(run.First, run.End, run.First, run.End, EntityKind.Place, Name);
            end = run.End;
            return true;
        }

        if (!scan.TryGetLexicon(comma + 1, out var country) || country.FirstToken != comma + 1 || country.Form != EntityMentionForm.Name
            || country.Entity.Kind != EntityKind.Country || country.Place is not null)
        {
            return false;
        }

        var after = country.EndToken;
        if (!(scan.IsPhraseEnd(after) || scan.IsWord(after, "on") || scan.IsWord(after, "in") || scan.IsWord(after, "at")))
        {
            return false; // "Ruto, Kenya's president"
        }

        scan.Add(run.First, run.End, run.First, run.End, EntityKind.Place, Name, country.Entity.Name);
        end = run.End;
        return true;
    }

    /// <summary>How many lower-case words may stand between the article and the place noun ("a small coastal town").</summary>
    private const int MaxModifiers = 3;

    // "a city of …", "the second-largest city," "a mining town in …": an article, up to three lower-case words, then a place noun that
    // ends its phrase or is followed by "of", "in", "on", "near" or "with" ("a town councillor" is a person).
    private static bool IsPlaceNounPhraseAt(SentenceScan scan, int start)
    {
        if (!(scan.IsWord(start, "a") || scan.IsWord(start, "an") || scan.IsWord(start, "the")))
        {
            return false;
        }

        var modifiers = 0;
        for (var t = start + 1; modifiers <= MaxModifiers && t < scan.Count; t++)
        {
            var word = scan.Word(t);
            if (word is "-")
            {
                continue; // "the second-largest city"
            }

            modifiers++;
            if (word.IsEmpty || !char.IsLower(word[0]))
            {
                return false;
            }

            if (scan.Has(t, EntityCue.PlaceNoun))
            {
                return scan.IsPhraseEnd(t + 1) || scan.IsWord(t + 1, "of") || scan.IsWord(t + 1, "in") || scan.IsWord(t + 1, "on")
                    || scan.IsWord(t + 1, "near") || scan.IsWord(t + 1, "with");
            }
        }

        return false;
    }

    // "said Ruto, in Nairobi, …": a person speaking somewhere.
    private static bool IsSpeechBefore(SentenceScan scan, int first) =>
        scan.Word(first - 1) is "said" or "says" or "told" or "added" or "according" or "by" or "from" or "with";
}
