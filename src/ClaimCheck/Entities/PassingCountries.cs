using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>Countries a text names only in passing beside an event: as the nationality of a firm, or as a neighbour across a
/// border. Such a mention says nothing of where the event happened, so it neither decides a document's main country nor gives a
/// toll its country.</summary>
internal static class PassingCountries
{
    /// <summary>Whether <paramref name="mention"/> is set aside as a country named in passing (<see cref="IsNamedInPassing"/>)
    /// beside another place its sentence names (<paramref name="sentence"/>'s places and countries not themselves named in passing,
    /// or <paramref name="otherPlaceFound"/>): "a plant of the Vorlandian company Halvex at Kessel" is Kessel's, while "the
    /// Vorlandian company Halvex said 12 workers died at its plant", which names no other place, still places the plant in Vorland.</summary>
    internal static bool IsSetAside(ReadOnlySpan<Token> tokens, string text, EntityMention mention, EntityCues cues, ReadOnlySpan<EntityMention> sentence,
        bool otherPlaceFound = false)
    {
        if (!IsNamedInPassing(tokens, text, mention, cues))
        {
            return false;
        }

        if (otherPlaceFound)
        {
            return true;
        }

        foreach (var other in sentence)
        {
            if (other.FirstToken != mention.FirstToken && other.Entity.Kind is EntityKind.Place or EntityKind.Country
                && !IsNamedInPassing(tokens, text, other, cues))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="mention"/> names a country only in passing: as the nationality of a firm (a demonym right
    /// before a lower-case <c>company-noun</c>: "a plant of the Vorlandian company Halvex at Kessel"), or as a neighbour across a
    /// border (its name or demonym right before a <c>border-noun</c>, "near the Vorland border", or right after one and "with",
    /// "5 km from the border with Vorland"). "In Vorland" still names where something happened, and so does "the Vorland border
    /// town of Kessel" (a place noun after the border noun). It cannot tell a firm's home from the country whose figures a report
    /// gives for the firm ("the Vorlandian company's sales"): callers read it only where a document's country or a toll's is sought.</summary>
    internal static bool IsNamedInPassing(ReadOnlySpan<Token> tokens, string text, EntityMention mention, EntityCues cues)
    {
        if (mention.Entity.Kind != EntityKind.Country)
        {
            return false;
        }

        var end = mention.EndToken;
        if (end < tokens.Length && tokens[end].Kind == TokenKind.Word)
        {
            var next = tokens[end].Span.Slice(text);
            var cue = cues.Of(next);
            if (mention.Form == EntityMentionForm.Demonym && char.IsLower(next[0]) && (cue & EntityCue.CompanyNoun) != 0)
            {
                return true;
            }

            if ((cue & EntityCue.BorderNoun) != 0 && !(end + 1 < tokens.Length && (cues.Of(tokens[end + 1].Span.Slice(text)) & EntityCue.PlaceNoun) != 0))
            {
                return true;
            }
        }

        var first = mention.FirstToken;
        return first >= 2 && tokens[first - 1].Span.Slice(text) is "with" && (cues.Of(tokens[first - 2].Span.Slice(text)) & EntityCue.BorderNoun) != 0;
    }
}
