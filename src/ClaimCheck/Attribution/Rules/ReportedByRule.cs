using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>"as reported by X", "as confirmed by Ukrainian military intelligence", "the toll was confirmed by the sheriff's office",
/// "figures released by the ministry", "the count given by the organisers": the source follows "by".</summary>
internal sealed class ReportedByRule : ICueRule
{
    private const int MaxSourceTokens = 10;

    /// <inheritdoc/>
    public AttributionWordClass StartClasses => ReportingVerb | ByParticiple;

    /// <inheritdoc/>
    public string StartCharacters => string.Empty;

    /// <inheritdoc/>
    public bool TryMatch(AttributionContext context, int token)
    {
        var c = context;
        if (!c.IsLowerCase(token) || !c.IsWord(token + 1, "by") || c.Is(token - 1, Determiner))
        {
            return false;
        }

        var start = token + 2;
        var end = FollowingPhrase.End(c, start, MaxSourceTokens);
        if (end <= start)
        {
            return false;
        }

        var stance = c.Lexicon.TryGetVerb(c.Word(token), out var verbStance) ? verbStance : ReportingStance.Asserts;
        var side = FollowingPhrase.SideOf(c, token - (c.IsWord(token - 1, "as") ? 1 : 0), end);
        var source = c.Sources.Parse(start, end, c.CueOf(token));
        c.Cues.Add(new ReportingCue(token, stance, source) { FirstToken = token, EndToken = end, Side = side });
        return true;
    }
}
