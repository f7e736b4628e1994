using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>"according to X", and any reporting phrase of several words in the lexicon: the source follows the phrase. At the start
/// of a clause it reports what follows ("According to police, 35 people were arrested"); elsewhere what precedes ("90,000
/// according to the ministry, 250,000 according to the union").</summary>
internal sealed class AccordingToRule : ICueRule
{
    private const int MaxSourceTokens = 12;

    /// <inheritdoc/>
    public AttributionWordClass StartClasses => ReportingPhraseStart;

    /// <inheritdoc/>
    public string StartCharacters => string.Empty;

    /// <inheritdoc/>
    public bool TryMatch(AttributionContext context, int token)
    {
        var c = context;
        foreach (var (words, stance, cue) in c.Lexicon.ReportingPhrases)
        {
            if (!Matches(c, token, words.AsSpan()))
            {
                continue;
            }

            var start = token + words.Length;
            var end = FollowingPhrase.End(c, start, MaxSourceTokens);
            if (end <= start)
            {
                return false;
            }

            var side = FollowingPhrase.SideOf(c, token, end);
            c.Cues.Add(new ReportingCue(token, stance, c.Sources.Parse(start, end, cue))
            {
                FirstToken = token, EndToken = end, Side = side, OpensContrast = side == ReportedSide.After && c.Is(token - 1, Conjunction),
            });
            return true;
        }

        return false;
    }

    private static bool Matches(AttributionContext c, int token, ReadOnlySpan<string> words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!c.IsWord(token + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
