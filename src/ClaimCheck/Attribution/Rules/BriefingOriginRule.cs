using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>Briefing origins: "Following a briefing from South Korea's National Intelligence Service, lawmaker Park Sun-won
/// reported …", "Following a National Intelligence Service briefing, …", "lawmakers briefed by the agency said …": the briefing's
/// author is where the speaker's information comes from (an origin, which the nearest reporting verb takes).</summary>
internal sealed class BriefingOriginRule : ICueRule
{
    private const int MaxAuthorTokens = 8;

    /// <inheritdoc/>
    public AttributionWordClass StartClasses => Briefing;

    /// <inheritdoc/>
    public string StartCharacters => string.Empty;

    /// <inheritdoc/>
    public bool TryMatch(AttributionContext context, int token)
    {
        var c = context;
        int start;
        int end;
        if (c.Is(token + 1, Author) && c.IsLowerCase(token + 1))
        {
            start = token + 2;
            end = FollowingPhrase.End(c, start, MaxAuthorTokens);
        }
        else
        {
            // "a National Intelligence Service briefing": the capitalised words (and possessives) before it.
            end = token;
            start = token;
            while (start > 0 && (c.IsCapitalised(start - 1) || c.IsPossessive(start - 1)))
            {
                start--;
            }
        }

        (start, end) = SourceParser.Trim(c, start, end);
        if (start >= end)
        {
            return false;
        }

        var author = new Attribution(null, c.Slice(start, end), null, SourceParser.AffiliationIn(c, start, end), c.CueOf(token), c.Span(start, end))
        {
            IsIndependent = SourceParser.IsIndependent(c, start, end),
        };
        c.Cues.Add(new ReportingCue(token, ReportingStance.Asserts, author) { FirstToken = Math.Min(start, token), EndToken = Math.Max(end, token + 1), Origin = CueOrigin.Briefing });
        return true;
    }
}
