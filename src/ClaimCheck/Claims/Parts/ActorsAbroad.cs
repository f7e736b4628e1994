using ClaimCheck.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Countries that act abroad: a country named in a sentence that also names another country as where the act happened,
/// right after "in" ("Ostravan jets hit a wedding in Vorland", "Ostrava's defence minister denied that its troops killed civilians in
/// central Vorland"). The acting country is who did or said it, not where the people counted were, so it does not make a report about
/// that place; the country after "in" does. A country that acts at home keeps its weight ("Vorlandian police arrested 40 in
/// Vorland"), and a town after "in" is not read (a capital where a minister speaks is not where a toll was counted).</summary>
internal static class ActorsAbroad
{
    /// <summary>Whether <paramref name="mention"/>, which counts as <paramref name="country"/>, names a country acting abroad: it does not
    /// itself stand after "in", and another mention of the sentence, <paramref name="mentions"/>, is a different country after "in".</summary>
    internal static bool IsActingAbroad(ReadOnlySpan<Token> tokens, string text, EntityMention mention, string country, ReadOnlySpan<EntityMention> mentions)
    {
        if (IsAfterIn(tokens, text, mention))
        {
            return false;
        }

        foreach (var other in mentions)
        {
            if (other.FirstToken != mention.FirstToken && LocatedCountry(other) is { } where && where != country && IsAfterIn(tokens, text, other))
            {
                return true;
            }
        }

        return false;
    }

    // The country a mention names as a country: its own name, or, for "central Vorland" and the like that a rule placed in a country,
    // that country; a town or region the lexicon knows is not read.
    private static string? LocatedCountry(EntityMention mention) =>
        mention.Entity.Kind == EntityKind.Country && mention.Form == EntityMentionForm.Name && mention.Place is null ? mention.Entity.Name : null;

    // "in Vorland", "in central Vorland": the name after "in", one lower-case modifier between.
    private static bool IsAfterIn(ReadOnlySpan<Token> tokens, string text, EntityMention mention)
    {
        var before = mention.FirstToken - 1;
        if (before >= 1 && tokens[before].Span.Slice(text) is { Length: > 0 } modifier && char.IsLower(modifier[0]) && modifier is not "in")
        {
            before--;
        }

        return before >= 0 && tokens[before].Span.Slice(text).Equals("in", StringComparison.OrdinalIgnoreCase);
    }
}
