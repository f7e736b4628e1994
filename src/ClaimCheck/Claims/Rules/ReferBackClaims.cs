using ClaimCheck.Attribution;

namespace ClaimCheck.Claims;

/// <summary>A stance on the proposition of a sentence just before ("Zakharova declined to confirm or deny the reports"). Started by a non-committal or denying reporting cue.</summary>
internal static class ReferBackClaims
{
    // "Zakharova declined to confirm or deny the reports": a stance on the proposition of a sentence just before.
    internal static void ReferBack(DocumentMemory state, SentenceView s, SentenceAttribution attribution)
    {
        if (state.LastProposition is not ({ } earlier, var index) || s.Index - index > 2)
        {
            return;
        }

        foreach (var cue in attribution.Cues)
        {
            if (cue.Stance is not (ReportingStance.NonCommittal or ReportingStance.Denies))
            {
                continue;
            }

            for (var j = cue.CueToken + 1; j < Math.Min(s.Tokens.Count, cue.CueToken + 8); j++)
            {
                if (!s.Words.ReferringNouns.Contains(s.Word(j)))
                {
                    continue;
                }

                var (modality, polarity) = Stances.Stance(s, j, cue, isProposition: true);
                if (cue.Stance == ReportingStance.Denies && modality != Modality.NonCommittal)
                {
                    (modality, polarity) = (Modality.Asserted, Polarity.Negated);
                }

                state.Add(earlier with
                {
                    Id = string.Empty,
                    Span = s.Sentence.Span,
                    Text = s.SentenceText,
                    Type = ClaimType.Event,
                    Modality = modality,
                    Polarity = polarity,
                    Time = TimeAnchors.TimeFor(s, j, j + 1, state.Document),
                    Attribution = cue.Source ?? attribution.Inherited,
                });
                return;
            }
        }
    }
}
