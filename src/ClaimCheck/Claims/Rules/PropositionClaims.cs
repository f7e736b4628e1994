using ClaimCheck.Attribution;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Proposition claims: a subject does something to a theme ("North Korea has not sent troops to Russia"), affirmed, denied or left open, so that sources that disagree can be compared. Started by a predicate word.</summary>
internal static class PropositionClaims
{
    internal static void ExtractPropositions(DocumentMemory state, SentenceView s, SentenceAttribution attribution)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = s.Word(i).ToString();
            string? predicate = null;
            var themeIndex = -1;
            if (s.Words.Predicates.TryGetValue(word, out var cls))
            {
                predicate = cls;
                themeIndex = FindTheme(s, i);
                // The only theme measure the class takes, if any: "targeting civilians" is an attack, "targeting weapons" is not.
                var onlyTheme = s.Words.PredicateThemes[word];
                if (onlyTheme.Length > 0 && themeIndex >= 0 && s.Words.Themes.Dictionary[s.Word(themeIndex).ToString()] != onlyTheme)
                {
                    themeIndex = -1;
                }
            }
            else if (word is "are" or "is" or "were" or "was" && i > 0 && s.Words.Themes.ContainsKey(s.Word(i - 1))
                     && NextWordSkipping(s, i + 1) is { } inIndex && s.Word(inIndex).Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                predicate = "deploy"; // "North Korean troops are in Russia"
                themeIndex = i - 1;
            }

            if (predicate is null || themeIndex < 0)
            {
                continue;
            }

            var measure = s.Words.Themes.Dictionary[s.Word(themeIndex).ToString()];
            if (!seen.Add((predicate, measure)))
            {
                continue;
            }

            // The agent stands before an active predicate ("North Korea has not sent troops"); a passive or nominal one
            // ("soldiers being deployed", "troop deployment") takes the origin of its theme or of the forces named earlier.
            var subject = Subjects.ThemeOrigin(s, themeIndex)
                ?? (themeIndex > i ? Subjects.AgentBefore(s, i) : null)
                ?? state.OriginOf(measure);
            var (source, cue) = attribution.For(i);
            var (modality, polarity) = Stances.Stance(s, i, cue, isProposition: true);
            var place = Places.PlaceAfter(s, Math.Max(i, themeIndex) + 1);
            var claim = new Claim
            {
                Id = string.Empty,
                DocumentId = state.Document.Id,
                Span = s.Sentence.Span,
                Text = s.SentenceText,
                Type = ClaimRuleTypes.Of(hasQuantity: false, modality),
                Subject = subject,
                Measure = measure,
                Predicate = predicate,
                Place = place,
                Polarity = polarity,
                Modality = modality,
                Time = TimeAnchors.TimeFor(s, i, i + 1, state.Document),
                Attribution = source,
            };
            state.Add(claim);
            state.LastProposition = (claim, s.Index);
        }

        if (seen.Count == 0)
        {
            ReferBackClaims.ReferBack(state, s, attribution);
        }
    }

    internal static int FindTheme(SentenceView s, int predicate)
    {
        // After the predicate: "sent troops", "deployment of troops", "presence of North Korean troops".
        for (var j = predicate + 1; j < Math.Min(s.Tokens.Count, predicate + 7); j++)
        {
            var word = s.Word(j).ToString();
            if (s.Words.Themes.ContainsKey(word))
            {
                return j;
            }

            if (s.Tokens[j].Kind == TokenKind.Punctuation && word is not ("“" or "”" or "\"" or "-") || s.Words.ClauseBreaks.Contains(word) || word is "that" or "if")
            {
                break;
            }
        }

        // Before it: "troops had been deployed", "soldiers being deployed", "troop deployment".
        for (var j = predicate - 1; j >= Math.Max(0, predicate - 5); j--)
        {
            var word = s.Word(j).ToString();
            if (s.Words.Themes.ContainsKey(word))
            {
                return j;
            }

            if (s.Tokens[j].Kind == TokenKind.Punctuation && word is not ("“" or "”" or "\"") || s.Words.ClauseBreaks.Contains(word) || word is "that")
            {
                break;
            }
        }

        return -1;
    }

    internal static int? NextWordSkipping(SentenceView s, int index)
    {
        while (index < s.Tokens.Count && s.Word(index) is "already" or "currently" or "now" or "still" or "reportedly")
        {
            index++;
        }

        return index < s.Tokens.Count ? index : null;
    }
}
