using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>A long campaign a count's own clause names as what did the counting ("the war has killed 24,000", "18,000 displaced by
/// the war", "died in the war"): a report of one raid, collapse or flood gives such a figure as background, the whole campaign's
/// toll, never a count of its own event.</summary>
/// <remarks>Reads the <c>campaign-noun</c> and <c>campaign-clause-word</c> words of the lexicon; the noun must follow "the" or a possessive ("the war",
/// "the country's war", "the civil war") within the figure's clause (no comma, semicolon or colon between).</remarks>
internal static class Campaigns
{
    // How many tokens before the number the clause's subject may start ("the war has now killed more than"), and after the
    // figure's phrase the campaign may be named ("were displaced by the two-year civil war").
    private const int SubjectReach = 6;
    private const int SettingReach = 7;

    /// <summary>The campaign the figure's clause names as its setting or cause ("the war"), or null when it names none.</summary>
    internal static string? CampaignOf(SentenceView s, QuantityMatch match)
    {
        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - SubjectReach; i--)
        {
            if (s.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Possessive))
            {
                break;
            }

            if (IsDeterminedCampaign(s, i))
            {
                return s.Text[s.Tokens[i].Span.Start..s.Tokens[i].Span.End];
            }
        }

        for (var i = match.PhraseEndToken; i < s.Tokens.Count && i < match.PhraseEndToken + SettingReach; i++)
        {
            if (s.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Possessive))
            {
                break;
            }

            if (IsDeterminedCampaign(s, i))
            {
                return s.Text[s.Tokens[i].Span.Start..s.Tokens[i].Span.End];
            }
        }

        return null;
    }

    // "the war", "the civil war", "Sudan's war": a campaign noun after "the" or a possessive within two words, not the first word of
    // a compound ("war crimes", "the war zone") nor after a hyphen ("war-torn").
    private static bool IsDeterminedCampaign(SentenceView s, int token)
    {
        if (!s.Words.CampaignNouns.Contains(s.Word(token)) || (token + 1 < s.Tokens.Count && s.Tokens[token + 1].Kind == TokenKind.Word
                && !s.Words.CampaignClauseWords.Contains(s.Word(token + 1))))
        {
            return false;
        }

        for (var d = token - 1; d >= 0 && d >= token - 2; d--)
        {
            var word = s.Word(d);
            if (word is "the" or "The" || s.Tokens[d].Kind == TokenKind.Possessive)
            {
                // "since the war began" dates the clause's own event ("the worst attack since the war began killed 40"); it
                // does not name the war as what did the counting.
                return d == 0 || s.Word(d - 1) is not ("since" or "Since");
            }
        }

        return false;
    }
}
