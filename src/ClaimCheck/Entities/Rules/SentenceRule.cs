namespace ClaimCheck.Entities.Rules;

/// <summary>A rule that reads a whole sentence once the run rules are done (containment, acronyms) or before them (datelines).</summary>
/// <remarks>Like <see cref="EntityRule"/>, it declares the cue that starts it: the recogniser calls it only for the tokens that carry
/// the cue (<see cref="Cue"/>) or, with <see cref="EntityCue.None"/>, once per sentence.</remarks>
internal abstract class SentenceRule
{
    /// <summary>The rule's name, as <see cref="EntityMention.Rule"/> reports it.</summary>
    public abstract string Name { get; }

    /// <summary>The cue a token must carry for the rule to start there, or <see cref="EntityCue.None"/> for a rule that looks at the
    /// sentence as a whole.</summary>
    public abstract EntityCue Cue { get; }

    /// <summary>Applies the rule at token <paramref name="index"/> (the cue's token, or 0).</summary>
    public abstract void Apply(SentenceScan scan, int index);
}
