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

    /// <summary>The first name and surname of the name that ends right before token <paramref name="end"/>: the run of capitalised
    /// words and initials ("Dara A. Kessel") before it, its last word the surname and its first word, when it is not an initial and not
    /// the surname, the first name; (null, null) when the word before is no name's.</summary>
    internal static (string? First, string? Surname) NameEndingAt(SentenceView s, int end)
    {
        string? surname = null;
        string? first = null;
        for (var i = end - 1; i >= 0; i--)
        {
            if (IsInitialAt(s, i))
            {
                i--; // "A." of "Dara A. Kessel"
                continue;
            }

            if (!IsNameWord(s, i))
            {
                break;
            }

            if (surname is null)
            {
                surname = s.Word(i).ToString();
            }
            else
            {
                first = s.Word(i).ToString();
            }
        }

        return (first, surname);
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
                if (IsNameWord(s, i) && !(i + 1 < s.Tokens.Count && IsNameWord(s, i + 1)) && NameEndingAt(s, i + 1) is ({ } first, { } surname))
                {
                    (names.TryGetValue(surname, out var firsts) ? firsts : names[surname] = new HashSet<string>(StringComparer.Ordinal)).Add(first);
                }
            }
        }

        return names;
    }

    // "A." of "Paige A. Thompson": a capital letter and a full stop, after a name word.
    private static bool IsInitialAt(SentenceView s, int i) =>
        s.Word(i) is "." && i > 1 && s.Word(i - 1) is [var letter] && char.IsUpper(letter) && IsNameWord(s, i - 2);

    // A capitalised word of letters (inner hyphens and apostrophes kept) that is no cue word (a title, a sentence opener) and that no
    // entity mention covers (a place, a country, an organisation).
    private static bool IsNameWord(SentenceView s, int i)
    {
        var word = s.Word(i);
        if (i < 0 || s.Tokens[i].Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]) || (s.EntityCues.Of(word) & NotPartOfAName) != 0)
        {
            return false;
        }

        foreach (var mention in s.Entities)
        {
            if (i >= mention.FirstToken && i < mention.EndToken)
            {
                return false;
            }
        }

        return true;
    }

    private const EntityCue NotPartOfAName = EntityCue.Title | EntityCue.NotName | EntityCue.Determiner | EntityCue.Locative;
}
