namespace ClaimCheck.Attribution;

/// <summary>The sources named in one sentence, and the source it inherits when it names none.</summary>
/// <remarks>Immutable. Cues are in token order.</remarks>
internal sealed class SentenceAttribution
{
    public SentenceAttribution(IReadOnlyList<ReportingCue> cues, Attribution? inherited)
    {
        Cues = cues;
        Inherited = inherited;
    }

    /// <summary>A sentence that names no source and inherits none.</summary>
    public static SentenceAttribution None { get; } = new([], null);

    public IReadOnlyList<ReportingCue> Cues { get; }

    public Attribution? Inherited { get; }

    /// <summary>The source of a claim at <paramref name="tokenIndex"/>: the nearest cue whose reported side holds the token (a cue
    /// before it that reports what follows, or one after it that reports what precedes, as in "90,000 according to the ministry,
    /// 250,000 according to the union"); without one, the nearest cue before it, else the first after it that does not open a clause
    /// of its own after a conjunction, else the inherited source.</summary>
    /// <remarks>When the chosen cue names only an organisation or a first-person pronoun and another cue in the sentence names a
    /// person ("Kirby said the U.S. believed …"), the person is the speaker and the inner cue's organisation is kept.</remarks>
    public (Attribution? Source, ReportingCue? Cue) For(int tokenIndex)
    {
        if (Nearest(tokenIndex) is not { } chosen)
        {
            return (Inherited, null);
        }

        var source = chosen.Source;
        if (source is null || source.Speaker is null)
        {
            foreach (var other in Cues)
            {
                // An outer "Kirby said the U.S. believed …" comes before; a quote's speaker after "“We estimate …,” Kirby said".
                if (other.Source is { Speaker: not null } person && (other.CueToken < chosen.CueToken || chosen.IsFirstPerson))
                {
                    source = person with
                    {
                        Organization = person.Organization ?? source?.Organization,
                        Affiliation = person.Affiliation ?? source?.Affiliation,
                        IsIndependent = person.Organization is null ? source?.IsIndependent ?? false : person.IsIndependent,
                    };
                    break;
                }
            }
        }

        return (source ?? Inherited, chosen);
    }

    private ReportingCue? Nearest(int tokenIndex)
    {
        ReportingCue? best = null;
        var bestDistance = int.MaxValue;
        ReportingCue? before = null;
        ReportingCue? after = null;
        foreach (var cue in Cues)
        {
            var distance = cue.Side == ReportedSide.After
                ? (cue.CueToken < tokenIndex ? tokenIndex - cue.CueToken : int.MaxValue)
                : (cue.FirstToken > tokenIndex && tokenIndex >= cue.ReportedFrom ? cue.FirstToken - tokenIndex : int.MaxValue);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (cue, distance);
            }

            if (cue.CueToken <= tokenIndex)
            {
                before = cue;
            }
            else if (tokenIndex >= cue.ReportedFrom)
            {
                after ??= cue;
            }
        }

        // A cue after the token that opens a clause of its own after a conjunction ("40,000, but according to police, 9,000")
        // reports only what follows it, and one on a later figure alone ("…, below the 9,000 that police counted") reports only that.
        return best ?? before ?? (after is { } next && !next.OpensContrast ? next : null);
    }
}
