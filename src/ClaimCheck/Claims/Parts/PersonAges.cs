using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>The person an age gives in apposition after a name ("Dara Kessel, 41, of Brenmoor", "Kessel, a 41-year-old nurse"):
/// such an age is that person's, compared with the age another report gives the same person, and with no other age. A person is
/// named by first name and surname; a surname alone is the person the document names in full with it ("Dara Kessel … Kessel, 41"),
/// and no one when the document names two people with that surname (a father and a daughter) or none. Ages of people named by no
/// name ("a 41-year-old man") stay with no subject: two such may be two people.</summary>
internal static class PersonAges
{
    /// <summary>The measure of a named person's age.</summary>
    public const string Measure = "age";

    /// <summary>The person whose age <paramref name="match"/> gives in apposition, as "First Surname", or null: the age right after a
    /// name and a comma ("Kessel, 41,"), or after a name, a comma and "a" ("Kessel, a 41-year-old nurse"), the name a run of capitalised
    /// words and initials that no place, country or organisation mention covers.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="match">An age (<see cref="Unit.IsAge"/>).</param>
    /// <param name="fullNameOf">The document's full name of a surname given alone, or null when it names none or several.</param>
    internal static string? PersonOf(SentenceView s, QuantityMatch match, Func<string, string?> fullNameOf)
    {
        var comma = match.FirstToken - 1;
        if (s.Word(comma) is "a" or "an")
        {
            comma--;
        }

        if (comma < 1 || s.Word(comma) is not ",")
        {
            return null;
        }

        var (first, surname) = NameEndingAt(s, comma);
        return surname is null ? null : first is not null ? $"{first} {surname}" : fullNameOf(surname);
    }

    /// <summary>The first name and surname of the name that ends right before token <paramref name="end"/> (<see
    /// cref="Holders.NameEndingAt"/>): its last word, with the particles before it ("van Kessel"), the surname, and the name word right
    /// before them, past initials ("Dara A. Kessel"), the first name; words before that are titles or a headline's capitals ("Storm
    /// Survivor Dara Kessel"). No first name when that word is no person's (a place's), and (null, null) when the name is no person's:
    /// an organisation's, or a surname some entity mention covers.</summary>
    internal static (string? First, string? Surname) NameEndingAt(SentenceView s, int end)
    {
        if (Holders.NameEndingAt(s, end) is not { } start || !IsPersonWord(s, end - 1) || IsOrganisation(s, start, end))
        {
            return (null, null);
        }

        var surnameStart = end - 1;
        while (surnameStart - 2 >= start && Holders.IsParticle(s, surnameStart - 1))
        {
            surnameStart--;
        }

        var before = surnameStart - 1;
        while (before > start && Holders.InitialsEndingAt(s, before) is > 0 and var width)
        {
            before -= width;
        }

        var surname = string.Join(' ', Enumerable.Range(surnameStart, end - surnameStart).Select(i => s.Word(i).ToString()));
        return (before >= start && IsPersonWord(s, before) ? s.Word(before).ToString() : null, surname);
    }

    /// <summary>The first names the document gives each surname with ("Dara Kessel": Kessel → Dara), read from every name of two or
    /// more words it writes.</summary>
    internal static Dictionary<string, HashSet<string>> FirstNamesBySurname(AnnotatedDocument document)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var index = 0; index < document.Sentences.Length; index++)
        {
            var s = new SentenceView(document, index);
            for (var i = 1; i < s.Tokens.Count; i++)
            {
                if (Holders.IsNameWord(s, i) && !Holders.IsNameWord(s, i + 1) && NameEndingAt(s, i + 1) is ({ } first, { } surname))
                {
                    (names.TryGetValue(surname, out var firsts) ? firsts : names[surname] = new HashSet<string>(StringComparer.Ordinal)).Add(first);
                }
            }
        }

        return names;
    }

    // A name word (Holders.IsNameWord) that is no determiner or locative ("The", "In") and that no entity mention covers (a place, a
    // country, an organisation).
    private static bool IsPersonWord(SentenceView s, int i) =>
        Holders.IsNameWord(s, i) && (s.EntityCues.Of(s.Word(i)) & NotPartOfAName) == 0 && s.MentionCovering(i) is null;

    // A name with an organisation word ("Halvex Group") or one the document's entities know as an organisation.
    private static bool IsOrganisation(SentenceView s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((s.EntityCues.Of(s.Word(i)) & EntityCue.OrganisationWord) != 0)
            {
                return true;
            }
        }

        return s.IsOrganization(string.Join(' ', Enumerable.Range(start, end - start).Select(i => s.Word(i).ToString())));
    }

    private const EntityCue NotPartOfAName = EntityCue.Determiner | EntityCue.Locative;
}
