namespace ClaimCheck.Entities.Rules;

/// <summary>A rule that recognises a place or an organisation from a run of capitalised words and the words around it.</summary>
/// <remarks>A rule declares the cue words that can start it and where they stand (<see cref="Before"/> the run, <see cref="Inside"/>
/// it, or <see cref="After"/> it), as Markdig's parsers declare their opening characters: the recogniser runs a rule only on runs
/// whose context holds one of its cues. Rules are stateless and shared; what they find goes to the <see cref="SentenceScan"/>.</remarks>
internal abstract class EntityRule
{
    /// <summary>The rule's name, as <see cref="EntityMention.Rule"/> reports it.</summary>
    public abstract string Name { get; }

    /// <summary>Cues that start the rule when they stand just before the run (after "the" and place modifiers).</summary>
    public virtual EntityCue Before => EntityCue.None;

    /// <summary>Cues that start the rule when one of the run's words has them.</summary>
    public virtual EntityCue Inside => EntityCue.None;

    /// <summary>Cues that start the rule when they stand just after the run.</summary>
    public virtual EntityCue After => EntityCue.None;

    /// <summary>Tries the rule on <paramref name="run"/>; on success, returns the token after what it recognised.</summary>
    public abstract bool TryMatch(SentenceScan scan, NameRun run, out int end);

    /// <summary>The end of the name words of a run before its first title ("Dorran County | Sheriff Larry Leitha").</summary>
    protected static int BeforeTitle(SentenceScan scan, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (scan.Has(t, EntityCue.Title) && !scan.IsLexicon(t))
            {
                return t;
            }
        }

        return end;
    }

    /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="end"/>) can name a place on their own: no organisation word,
    /// no title, not only an acronym nobody defined, not a common word opening the sentence.</summary>
    protected static bool CanNamePlace(SentenceScan scan, int first, int end)
    {
        if (end <= first || end - first > 6)
        {
            return false;
        }

        if (scan.FirstWith(first, end, EntityCue.OrganisationWord | EntityCue.Title) >= 0)
        {
            return false;
        }

        if (end - first == 1 && ((scan.IsAllCapitals(first) && !scan.IsLexicon(first)) || scan.IsNumber(end)))
        {
            return false; // an acronym nobody defined; "in Oct 2023"
        }

        return !scan.IsCommonOpening(first, end) && !PlaceList.IsPersonAfter(scan, end);
    }

    /// <summary>The place a possessive before token <paramref name="first"/> names ("Papua New Guinea's | Tarvo province").</summary>
    protected static string? PossessorBefore(SentenceScan scan, int first)
    {
        var possessive = first - 1;
        if (possessive >= 1 && scan.Tokens[possessive].Kind == Text.TokenKind.Possessive
            && scan.TryGetEntityEndingAt(possessive, out var name, out _, out _))
        {
            return name;
        }

        return null;
    }

    /// <summary>The country a demonym of the lexicon at token <paramref name="index"/> stands for.</summary>
    protected static bool TryGetDemonym(SentenceScan scan, int index, out EntityMention mention) =>
        scan.TryGetLexicon(index, out mention) && mention.Form == EntityMentionForm.Demonym && mention.FirstToken == index;
}
