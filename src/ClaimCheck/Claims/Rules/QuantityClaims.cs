using ClaimCheck.Attribution;
using ClaimCheck.Quantities;

namespace ClaimCheck.Claims;

/// <summary>Quantity claims: every counted or monetary amount in a sentence, with what it counts, whose it is, where and when it holds,
/// how it is put forward and who says it. Started by each quantity mention of the sentence.</summary>
internal static class QuantityClaims
{
    public static void Extract(DocumentMemory state, SentenceView s, SentenceAttribution attribution)
    {
        foreach (var match in s.Quantities)
        {
            var quantity = match.Mention.Quantity;
            if (quantity.Unit.Kind == UnitKind.None)
            {
                continue;
            }

            var measure = (Measures.OutcomeOf(s, match) ?? Measures.PercentageOf(s, match) ?? Measures.MeasureOf(s, match)) + Measures.FlowPeriod(s, match);
            var place = Places.PlaceAfter(s, match.EndToken);
            var target = match.FirstToken;
            var (source, cue) = attribution.For(target);
            var subject = Subjects.QuantitySubject(s, match, source?.Span)
                ?? (measure == "troops" ? state.ForceOrigin : null)
                ?? (s.Words.OutcomeMeasures.Contains(measure) ? place ?? Subjects.CountryIn(s) ?? state.MetadataPlace ?? state.TopicCountry : null)
                ?? state.Document.Topic;
            var (modality, polarity) = Stances.Stance(s, target, cue, isProposition: false);
            if (modality is not (Modality.Planned or Modality.Forecast) && Stances.HasDeadlineAfter(s, match.EndToken))
            {
                modality = Modality.Planned;
            }

            state.Add(new Claim
            {
                Id = string.Empty,
                DocumentId = state.Document.Id,
                Span = s.Sentence.Span,
                Text = s.SentenceText,
                Type = modality is Modality.Planned or Modality.Forecast ? ClaimType.Prediction : ClaimType.Quantity,
                Subject = subject,
                Measure = measure,
                Place = place ?? state.MetadataPlace,
                Quantity = quantity,
                QuantitySpan = match.Mention.Span,
                Polarity = polarity,
                Modality = modality,
                Time = TimeAnchors.TimeFor(s, match.FirstToken, match.EndToken, state.Document),
                Attribution = source,
            });
        }
    }
}
