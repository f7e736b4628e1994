using System.Collections.Frozen;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Events a document names by their proper names ("Tropical Cyclone Orlen", "Hurricane Vessa"): the one it reports and the
/// others it recalls as background ("ten days after Cyclone Orlen killed 14"), whose figures are not its event's.</summary>
/// <remarks>Reads the <c>named-event-noun</c> words of the lexicon. A name counts as an event's once the document writes it after
/// such a noun, outside the name of a body ("the National Hurricane Center"); after that the bare name ("Orlen's landfall") names
/// the event too.</remarks>
internal static class NamedEvents
{
    /// <summary>The names the document gives a named-event noun, and the event it reports: the first its headline (first sentence)
    /// names with the noun, else the one it writes most often with or without the noun (ties: the first written). Empty names and
    /// a null topic when it names none.</summary>
    internal static (FrozenSet<string> Names, string? Topic) Of(AnnotatedDocument document)
    {
        var words = ClaimWords.For(document.Lexicon);
        var entities = document.GetLayer<EntityLayer>();
        var names = new List<string>();
        string? headlineName = null;
        for (var sentence = 0; sentence < document.Sentences.Length; sentence++)
        {
            var tokens = document.TokensOf(sentence);
            var bodies = new List<EntityMention>();
            foreach (var mention in entities.In(sentence))
            {
                if (mention.Entity.Kind == EntityKind.Organization)
                {
                    bodies.Add(mention);
                }
            }

            for (var i = 0; i + 1 < tokens.Length; i++)
            {
                var noun = tokens[i].Span.Slice(document.Text);
                var name = tokens[i + 1].Span.Slice(document.Text);
                if (tokens[i].Kind == TokenKind.Word && char.IsUpper(noun[0]) && words.NamedEventNouns.Contains(noun)
                    && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(name[0]) && !words.NamedEventNouns.Contains(name)
                    && !names.Contains(name.ToString()) && !bodies.Exists(m => m.FirstToken <= i + 1 && i <= m.EndToken - 1))
                {
                    names.Add(name.ToString());
                    if (sentence == 0)
                    {
                        headlineName ??= name.ToString();
                    }
                }
            }
        }

        if (names.Count == 0)
        {
            return (FrozenSet<string>.Empty, null);
        }

        var set = names.ToFrozenSet(StringComparer.Ordinal);

        // The event the headline names with its noun is the one reported ("Hurricane Vessa hits Lindenport on Orlen anniversary"),
        // however often the text recalls another.
        if (headlineName is { } headline)
        {
            return (set, headline);
        }

        var index = names.Select((name, n) => (name, n)).ToFrozenDictionary(p => p.name, p => p.n, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new int[names.Count];
        for (var sentence = 0; sentence < document.Sentences.Length; sentence++)
        {
            foreach (var token in document.TokensOf(sentence))
            {
                if (index.TryGetValue(token.Span.Slice(document.Text), out var n))
                {
                    counts[n]++;
                }
            }
        }

        var topic = 0;
        for (var n = 1; n < names.Count; n++)
        {
            topic = counts[n] > counts[topic] ? n : topic;
        }

        return (set, names[topic]);
    }

    /// <summary>The named event other than the document's own that the figure's clause is about: the event named nearest before the
    /// figure in its clause, not across a comma, semicolon or colon ("Vessa is the second cyclone: ten days earlier Cyclone Orlen
    /// killed 14"; not "Like Hurricane Orlen, which hit last year, the storm killed 40"), when it is not the document's topic
    /// event. Null when the nearest is the topic event or none is named.</summary>
    internal static string? OtherEventOf(SentenceView s, QuantityMatch match, FrozenSet<string> names, string? topic)
    {
        if (names.Count < 2)
        {
            return null;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = match.FirstToken - 1; i >= 0; i--)
        {
            var word = s.Word(i);
            if (word is ";" or ":")
            {
                return null;
            }

            // "Cyclone Brenna, which killed 230 people in 1987": a relative clause on a named event is about that event; any other
            // comma ends the clause ("Like Hurricane Orlen, which hit last year, the storm killed 40").
            if (word is ",")
            {
                return i + 1 < match.FirstToken && s.Word(i + 1) is "which" or "that" && i > 0 && lookup.TryGetValue(s.Word(i - 1), out var head)
                    ? (head == topic ? null : head)
                    : null;
            }

            if (lookup.TryGetValue(word, out var name))
            {
                return name == topic ? null : name;
            }
        }

        return null;
    }
}
