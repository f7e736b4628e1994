using ClaimCheck.Entities;
using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>Pronouns and surnames of people named earlier: "he said" is the last person named, "it said" and "they said" the last
/// source (one named earlier in the same sentence first; with none named before, the sentence's first organisation), "we"/"I" the previous sentence's source (the quotation's speaker), and "Smith said" the Jane Smith named before.</summary>
/// <remarks>The source keeps this sentence's cue and span (the pronoun or surname), so that a later stage knows where it is named.</remarks>
internal sealed class PronounAndSurnameRule : ISourceRule
{
    /// <inheritdoc/>
    public bool TryParse(AttributionContext context, int start, int end, string cue, out Attribution? source)
    {
        source = null;
        if (end - start != 1)
        {
            return false;
        }

        var memory = context.Memory;
        Attribution? known;
        if (context.Is(start, Pronoun))
        {
            // "the agency, however, said it counted 120 more": a third-person pronoun after a source named earlier in its own
            // sentence is that source (for "it" and "they", a body).
            var earlier = context.Cues.FindLast(c => c.Source is not null && c.EndToken <= start).Source;
            known = context.Is(start, PronounPerson) ? (earlier?.Speaker is not null ? earlier : null) ?? memory.LastPerson
                : context.Is(start, PronounFirst) ? memory.PreviousSentenceSource ?? memory.LastSource
                : (earlier is { Speaker: null } ? earlier : null) ?? memory.LastSource ?? BodyNamedBefore(context, start, cue); // "it"/"they" are a body, not a person
        }
        else if (context.IsCapitalised(start) && memory.TryGetPerson(context.Word(start), out var person))
        {
            known = person;
        }
        else
        {
            return false;
        }

        source = known is null ? null : known with { Cue = cue, Span = context.Span(start, end) };
        return true;
    }

    // With no source named before, "it" and "they" are the first organisation the sentence names before them ("The Brenmoor Watch
    // group called for an inquiry into the violence, which it said cost 37 lives").
    private static Attribution? BodyNamedBefore(AttributionContext context, int pronoun, string cue)
    {
        var from = 0;
        while (context.TryGetFirstEntity(from, pronoun, out var mention))
        {
            if (mention.Entity.Kind == EntityKind.Organization)
            {
                return context.Sources.Parse(mention.FirstToken, mention.EndToken, cue);
            }

            from = mention.EndToken;
        }

        return null;
    }
}
