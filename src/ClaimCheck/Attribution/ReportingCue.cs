namespace ClaimCheck.Attribution;

/// <summary>What a reporting word says about the speaker's stance.</summary>
internal enum ReportingStance
{
    /// <summary>States it ("said", "told", "revealed", "claimed", "according to").</summary>
    Asserts,

    /// <summary>Estimates or believes it ("estimated", "believes").</summary>
    Estimates,

    /// <summary>Expects or predicts it ("expects", "forecast").</summary>
    Expects,

    /// <summary>Denies it ("denied", "rejected", "dismissed", "refuted").</summary>
    Denies,

    /// <summary>Neither confirms nor denies ("declined to confirm or deny", "cannot confirm").</summary>
    NonCommittal,
}

/// <summary>A reporting construction in a sentence: the cue word, its stance, and the source it names.</summary>
/// <param name="CueToken">The index of the reporting word in the sentence's tokens.</param>
/// <param name="Stance">What the cue says about the speaker's stance.</param>
/// <param name="Source">The resolved source, or null when the cue names none that could be resolved.</param>
/// <param name="IsFirstPerson">Whether the cue's subject is "I" or "we": inside a quotation, the quote's speaker is the source.</param>
internal readonly record struct ReportingCue(int CueToken, ReportingStance Stance, Attribution? Source, bool IsFirstPerson = false);
