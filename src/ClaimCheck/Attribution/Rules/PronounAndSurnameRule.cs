using ClaimCheck.Entities;
using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>Pronouns and surnames of people named earlier: "he said" is the last person named, "it said" and "they said" the last
/// source (one named earlier in the same sentence first; with none named before, "it" is an organisation that is the subject of its
/// clause or that the pronoun's relative clause is on), "we"/"I" the previous sentence's source (the quotation's speaker), and "Smith said" the Jane Smith named before.</summary>
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
                : (earlier is { Speaker: null } ? earlier : null) ?? memory.LastSource ?? (context.IsWord(start, "it") ? SubjectBodyBefore(context, start, cue) : null); // "it"/"they" are a body, not a person
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

    // With no source named before, "it" is an organisation named before it as the subject of its clause ("The Brenmoor Watch group
    // called for an inquiry into the violence, which it said cost 37 lives") or that its relative clause is on ("the Vorland Rail
    // board, which it said …"); not one after a preposition or a verb ("rescuers reached the Vorland Mining Company pit, where it
    // said …"), nor "they", which as often means people the sentence speaks of.
    private static Attribution? SubjectBodyBefore(AttributionContext context, int pronoun, string cue)
    {
        var from = 0;
        while (context.TryGetFirstEntity(from, pronoun, out var mention))
        {
            if (mention.Entity.Kind == EntityKind.Organization && (OpensClause(context, mention.FirstToken) || RelativeClauseOn(context, mention.EndToken, pronoun))
                && context.Sources.Parse(mention.FirstToken, mention.EndToken, cue) is { } body)
            {
                return body;
            }

            from = mention.EndToken;
        }

        return null;
    }

    // Whether a name opens its sentence or a clause after a punctuation mark, with at most determiners before it.
    private static bool OpensClause(AttributionContext context, int first)
    {
        var i = first - 1;
        while (i >= 0 && context.Is(i, Determiner))
        {
            i--;
        }

        return i < 0 || context.IsPunctuation(i);
    }

    // Whether the pronoun opens a relative clause right after the name (", which it said").
    private static bool RelativeClauseOn(AttributionContext context, int nameEnd, int pronoun)
    {
        var relative = context.IsChar(nameEnd, ',') ? nameEnd + 1 : nameEnd;
        return context.Is(relative, Relative) && pronoun == relative + 1;
    }
}
