namespace ClaimCheck.Attribution;

/// <summary>What a reporting word says about the speaker's stance.</summary>
internal enum ReportingStance
{
    /// <summary>States it ("said", "told", "revealed", "claimed", "according to"); lexicon value <c>asserted</c>.</summary>
    Asserts,

    /// <summary>Estimates or believes it ("estimated", "believes"); lexicon value <c>estimated</c>.</summary>
    Estimates,

    /// <summary>Expects or predicts it ("expects", "forecast"); lexicon value <c>expected</c>.</summary>
    Expects,

    /// <summary>Denies it ("denied", "rejected", "dismissed", "refuted"); lexicon value <c>denied</c>.</summary>
    Denies,

    /// <summary>Neither confirms nor denies ("declined to confirm or deny", "cannot confirm"); lexicon value <c>non-committal</c>.</summary>
    NonCommittal,
}

/// <summary>Which side of a reporting construction the reported content lies on.</summary>
internal enum ReportedSide
{
    /// <summary>After it: "the ministry said 40 people died", "According to police, 300 homes burned".</summary>
    After,

    /// <summary>Before it: "40 people died, the ministry said", "300 homes burned according to police", "as reported by Efe".</summary>
    Before,
}

/// <summary>What an origin cue names.</summary>
internal enum CueOrigin
{
    /// <summary>Not an origin: the cue names its own source.</summary>
    None,

    /// <summary>A cited source ("citing the Red Cross", "quoted Jane Doe as saying"): it stays a cue when no reporting verb takes it.</summary>
    Citation,

    /// <summary>A briefing's author ("a briefing from the agency"): it informs the speaker of a later reporting verb, and is no cue of
    /// its own.</summary>
    Briefing,
}

/// <summary>A reporting construction in a sentence: the cue word, its stance, the source it names and where it lies.</summary>
/// <param name="CueToken">The index of the reporting word in the sentence's tokens ("said", "according", "citing").</param>
/// <param name="Stance">What the cue says about the speaker's stance.</param>
/// <param name="Source">The resolved source, or null when the cue names none that could be resolved. Its
/// <see cref="Attribution.Span"/> is where the source is named in this sentence (for a pronoun, the pronoun).</param>
/// <param name="IsFirstPerson">Whether the cue's subject is "I" or "we": inside a quotation, the quote's speaker is the source.</param>
internal readonly record struct ReportingCue(int CueToken, ReportingStance Stance, Attribution? Source, bool IsFirstPerson = false)
{
    /// <summary>The first token of the construction: the source's first token or the cue word, whichever comes first.</summary>
    public int FirstToken { get; init; } = CueToken;

    /// <summary>The token after the construction: after the source or the cue word, whichever ends last.</summary>
    public int EndToken { get; init; } = CueToken + 1;

    /// <summary>Which side of the construction the content it reports lies on.</summary>
    public ReportedSide Side { get; init; }

    /// <summary>The first token a cue that reports what precedes it covers: 0, the sentence's start, but for a relative clause on a
    /// figure the figure's phrase ("…, well below the 9,000 walkers that the Brenmoor police counted"): such a cue reports that figure
    /// alone, and no figure before it.</summary>
    public int ReportedFrom { get; init; }

    /// <summary>Whether the cue names where another source's information comes from ("citing the Red Cross", "a briefing from the
    /// agency") rather than a speaker of its own: the nearest reporting verb takes it as its source.</summary>
    public CueOrigin Origin { get; init; }

    /// <summary>Whether the cue opens a clause after a conjunction ("…, but according to police, 9,000 took part"): it reports what
    /// follows, never a figure before the conjunction.</summary>
    public bool OpensContrast { get; init; }

    /// <summary>Whether the cue is an origin (<see cref="Origin"/> is not <see cref="CueOrigin.None"/>).</summary>
    public bool IsOrigin => Origin != CueOrigin.None;
}
