using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>Citing and quoting: "citing the Red Cross (as saying)", "quoting officials", "the broadcaster quoted Jane Doe, who
/// heads the agency, as saying …" name where the information comes from (an origin, which the nearest reporting verb takes as its
/// source); "Nahar was quoted as saying" names the speaker.</summary>
/// <remarks>The cited source's span is the cue's <see cref="Attribution.Span"/>, so a later stage can tell it from the subject of
/// what is reported ("citing the Red Cross as saying that the storm left 812 people dead": the storm, not the Red Cross).</remarks>
internal sealed class CitingRule : ICueRule
{
    private const int MaxSourceTokens = 12;
    private const int MaxAppositiveTokens = 14;

    /// <inheritdoc/>
    public AttributionWordClass StartClasses => Cite;

    /// <inheritdoc/>
    public string StartCharacters => string.Empty;

    /// <inheritdoc/>
    public bool TryMatch(AttributionContext context, int token)
    {
        var c = context;
        if ((token > 0 && !c.IsLowerCase(token)) || c.Is(token - 1, Determiner) || c.IsWord(token + 1, "by"))
        {
            return false;
        }

        var cue = c.CueOf(token);
        if (c.Is(token - 1, Auxiliary) && c.IsWord(token + 1, "as"))
        {
            // "Nahar was quoted as saying": the subject is the speaker.
            var source = SubjectPhrase.Before(c, SubjectPhrase.EndBefore(c, token), cue, out var first);
            if (source is null)
            {
                return false;
            }

            c.Cues.Add(new ReportingCue(token, ReportingStance.Asserts, source) { FirstToken = first, EndToken = token + 1 });
            return true;
        }

        var start = token + 1;
        var end = FollowingPhrase.End(c, start, MaxSourceTokens);
        var cited = end > start ? c.Sources.Parse(start, end, cue) : null;
        if (cited is null)
        {
            return false;
        }

        var asSaying = AsSaying(c, end, cue, ref cited);
        var side = asSaying >= 0 ? ReportedSide.After : FollowingPhrase.SideOf(c, token, end);
        c.Cues.Add(new ReportingCue(token, ReportingStance.Asserts, cited)
        {
            FirstToken = token, EndToken = asSaying >= 0 ? asSaying : end, Side = side, Origin = CueOrigin.Citation,
        });
        return true;
    }

    // "… as saying", "…, who heads the agency, as saying": returns the index after "as saying" (or -1), and adds the appositive's
    // body to the cited person.
    private static int AsSaying(AttributionContext c, int end, string cue, ref Attribution cited)
    {
        var @as = end;
        if (c.IsChar(end, ','))
        {
            var close = end + 1;
            while (close < c.Count && close - end < MaxAppositiveTokens && !c.IsChar(close, ','))
            {
                close++;
            }

            if (!c.IsWord(close + 1, "as"))
            {
                return -1;
            }

            if (AppositiveRule.Role(c, end + 1, close, cue) is { } role)
            {
                cited = cited with { Organization = cited.Organization ?? role.Organization, Role = cited.Role ?? role.Role ?? role.Speaker };
            }

            @as = close + 1;
        }

        return c.IsWord(@as, "as") && c.IsLowerCase(@as + 1) && c.Word(@as + 1).EndsWith("ing", StringComparison.Ordinal) ? @as + 2 : -1;
    }
}
