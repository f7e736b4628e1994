using ClaimCheck.Attribution.Rules;
using ClaimCheck.Text;
using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution;

/// <summary>Finds the subject of a verb by reading left from it: past the words that may stand between a subject and its verb
/// ("the ministry <b>has also</b> said", "Moscow <b>on Wednesday</b> declined"), then back to where the noun phrase starts.</summary>
/// <remarks>Shared by the rules whose source is a verb's subject ("X said", "X put the toll at …", "X was quoted as saying").</remarks>
internal static class SubjectPhrase
{
    /// <summary>The longest subject read, in tokens ("the National Disaster Risk Reduction and Management Council").</summary>
    private const int MaxTokens = 14;

    /// <summary>The index just after the subject of the verb at <paramref name="verb"/>: the verb's index less the skippable words,
    /// skip phrases, time expressions and adverbs before it.</summary>
    public static int EndBefore(AttributionContext c, int verb)
    {
        var end = verb;
        while (end > 0)
        {
            var j = end - 1;
            if (c.Is(j, Skip | InTimeExpression) || IsAdverb(c, j))
            {
                end = j;
            }
            else if (c.Is(j, SkipPhraseEnd) && SkipPhraseStart(c, j) is var start and >= 0)
            {
                end = start;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>The first token from <paramref name="start"/> on that is not a skippable word, time expression or adverb ("reports
    /// <b>now</b> say").</summary>
    public static int EndAfter(AttributionContext c, int start)
    {
        var next = start;
        while (next < c.Count)
        {
            if (c.Is(next, Skip | InTimeExpression) || IsAdverb(c, next))
            {
                next++;
            }
            else if (c.IsChar(next, ',') && NextComma(c, next) is var close and > 0 && SkipPhraseStart(c, close - 1) == next + 1)
            {
                next = close + 1; // ", however,"
            }
            else
            {
                break;
            }
        }

        return next;
    }

    private static int NextComma(AttributionContext c, int comma)
    {
        for (var k = comma + 1; k < Math.Min(c.Count, comma + 6); k++)
        {
            if (c.IsChar(k, ','))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The subject that ends just before <paramref name="end"/> as a source, and its first token; null when none.</summary>
    public static Attribution? Before(AttributionContext c, int end, string cue, out int first)
    {
        first = end;
        var j = end - 1;
        if (j < 0 || c.IsQuote(j))
        {
            return null;
        }

        if (c.IsChar(j, ','))
        {
            return AppositiveRule.SubjectBefore(c, j, cue, out first);
        }

        // A parenthetical acronym: "the South Korean National Intelligence Service (NIS) estimated".
        if (c.IsChar(j, ')'))
        {
            var open = j;
            while (open >= 0 && !c.IsChar(open, '('))
            {
                open--;
            }

            if (open <= 0)
            {
                return null;
            }

            j = open - 1;
        }

        var phraseStart = NounPhraseStart(c, j + 1);
        var (start, phraseEnd) = RelativeAntecedent(c, phraseStart) is var who and > 0 ? (NounPhraseStart(c, who), who) : HeadOf(c, phraseStart, j + 1);
        first = start;
        return start < phraseEnd ? c.Sources.Parse(start, phraseEnd, cue) : null;
    }

    /// <summary>Where the noun phrase that ends just before <paramref name="end"/> starts, reading left.</summary>
    public static int NounPhraseStart(AttributionContext c, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxTokens)
        {
            var t = start - 1;
            var token = c.Token(t);
            if (token.Kind is TokenKind.Possessive or TokenKind.Number || (c.IsChar(t, '-') && token.IsJoined) || IsPluralPossessive(c, t))
            {
                start = t;
                continue;
            }

            if (!c.IsWord(t) || c.Is(t, InTimeExpression))
            {
                break;
            }

            if (c.Is(t, Pronoun))
            {
                // "the things he said": a pronoun is a whole subject.
                return start == end ? t : start;
            }

            if (c.Is(t, Determiner))
            {
                // A noun phrase starts at its determiner, unless "of"/"for" joins it to a head before ("the head of the agency").
                start = t;
                if (!IsOfOrFor(c, t - 1))
                {
                    break;
                }

                continue;
            }

            if (!IsInPhrase(c, t, start, end))
            {
                break;
            }

            start = t;
        }

        return start;
    }

    /// <summary>Whether token <paramref name="t"/>, just left of a phrase [<paramref name="start"/>, <paramref name="end"/>), belongs to it.</summary>
    private static bool IsInPhrase(AttributionContext c, int t, int start, int end)
    {
        if (IsNameJoiner(c, t, start, end))
        {
            return true;
        }

        if ((c.Is(t, Stop) || (c.Is(t, ReportingVerb) && c.IsLowerCase(t))) && !c.IsAllCapitals(t) && !c.InEntity(t) && !(c.Is(t, Document) && start == end))
        {
            return false;
        }

        // A lower-case word is the phrase's head when it comes last ("the hospital said"), or a modifier when a determiner,
        // possessive, "of" or capitalised word soon precedes it ("the central bank said", "the union of dock workers said");
        // otherwise it ends the phrase.
        if (c.IsLowerCase(t) && !c.Is(t, Title | TitleModifier | Body | Document | Group | Partitive))
        {
            var word = c.Word(t);
            return start == end ? !word.EndsWith("ed", StringComparison.Ordinal) : ModifierIntroducedWithin(c, t, 3);
        }

        return true;
    }

    // "the countries' responses": an apostrophe after a plural is a possessive.
    private static bool IsPluralPossessive(AttributionContext c, int t) =>
        (c.IsChar(t, '\'') || c.IsChar(t, '’')) && c.Token(t).IsJoined && c.IsWord(t - 1) && c.Word(t - 1)[^1] == 's';

    /// <summary>"of" or "for", which join a noun phrase to the head before it ("spokesperson for the council").</summary>
    private static bool IsOfOrFor(AttributionContext c, int t) => c.Is(t, Joiner) && c.Is(t, Affiliation) && c.IsLowerCase(t);

    // "Office for the Coordination of Humanitarian Affairs", "Reduction and Management Council": small words inside a capitalised
    // name; "and" only inside a body's name, so that "Russia and China said" is not read as one name, or between two lower-case
    // modifiers of one ("the health and education ministry").
    private static bool IsNameJoiner(AttributionContext c, int t, int start, int end)
    {
        if (!c.Is(t, Joiner) || c.IsCapitalised(t))
        {
            return false;
        }

        if (IsOfOrFor(c, t))
        {
            return true;
        }

        return (c.IsCapitalised(t - 1) && c.IsCapitalised(t + 1) && (!c.Is(t, Conjunction) || c.Is(end - 1, Body)))
            || (IsModifierConjunction(c, t) && start < end - 1 && c.IsLowerCase(start) && ModifierIntroducedWithin(c, t - 1, 3))
            || IsObjectConjunction(c, t, start, end);
    }

    // "commissioner for trade and tourism", "minister of water and sanitation": "and" between two lower-case objects
    // of "of" or "for" that end the phrase. Not when the second names a body or a person ("the ministry of health and police"),
    // which is a second source; two-word objects after "and" ("for health and social care") are not joined.
    private static bool IsObjectConjunction(AttributionContext c, int t, int start, int end) =>
        start == t + 1 && start == end - 1 && c.Is(t, Conjunction) && c.IsLowerCase(t) && IsOfOrFor(c, t - 2)
        && c.IsWord(t - 1) && c.IsLowerCase(t - 1) && !c.Is(t - 1, Determiner | Stop | Body | Title | Group)
        && c.IsLowerCase(start) && !c.Is(start, Determiner | Stop | Body | Title | Document | Group | Partitive);

    private static bool ModifierIntroducedWithin(AttributionContext c, int index, int distance)
    {
        for (var k = index - 1; k >= Math.Max(0, index - distance); k--)
        {
            if (c.IsPossessive(k) || c.Is(k, Determiner) || IsOfOrFor(c, k) || (c.IsCapitalised(k) && !c.Is(k, Stop)))
            {
                return true;
            }

            if (IsModifierConjunction(c, k))
            {
                distance += 2; // "the ports and fisheries board": the modifiers joined by "and" count as one
                continue;
            }

            if (!c.IsWord(k) || c.Is(k, Stop))
            {
                return false;
            }
        }

        return false;
    }

    // "and" between two lower-case modifiers ("health and education"), not after a body or a title ("the army and police").
    private static bool IsModifierConjunction(AttributionContext c, int k) =>
        k >= 1 && c.Is(k, Conjunction) && c.IsLowerCase(k) && c.IsWord(k - 1) && c.IsLowerCase(k - 1)
        && !c.Is(k - 1, Determiner | Stop | Body | Title | Document | Group);

    // "A doctor who asked not to be named told AFP", "two diplomats who are coordinating their countries' responses told AFP": a
    // subject inside a relative clause belongs to the clause; the verb's subject is the phrase "who" refers to. Returns the index
    // of "who", or -1.
    private static int RelativeAntecedent(AttributionContext c, int start)
    {
        for (var k = start - 1; k >= Math.Max(1, start - 10); k--)
        {
            if ((c.IsPunctuation(k) && !IsPluralPossessive(c, k)) || c.IsQuote(k))
            {
                return -1;
            }

            if (c.IsWord(k, "who") && c.IsWord(k - 1) && NounPhraseStart(c, k) < k)
            {
                return k;
            }
        }

        return -1;
    }

    // A noun phrase right after a preposition is the preposition's object, not the subject ("the crash in the city has claimed"):
    // the subject is the phrase before the preposition with its object ("authorities in the province", "a researcher at Oxford"),
    // and there is none when that phrase names no one.
    private static (int Start, int End) HeadOf(AttributionContext c, int start, int end)
    {
        var preposition = start - 1;
        if (start >= end || preposition <= 0 || !c.Is(preposition, Preposition) || c.Is(preposition, Joiner) || c.Token(start).Kind == TokenKind.Number)
        {
            return (start, end); // "about 10 countries": "about" qualifies the number
        }

        var head = NounPhraseStart(c, preposition);
        return head < preposition && SourceParser.CanHeadSource(c, preposition - 1) ? (head, end) : (end, end);
    }

    // "Trump wrongly claimed", "were widely reported": a lower-case -ly word not after a determiner ("the family said").
    private static bool IsAdverb(AttributionContext c, int j)
    {
        var word = c.Word(j);
        return c.IsLowerCase(j) && word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)
            && !c.Is(j, Title | Body | Group) && !c.Is(j - 1, Determiner) && !c.IsPossessive(j - 1);
    }

    /// <summary>The first token of the skip word or phrase ("however", "so far", "for its part") that ends at <paramref name="last"/>,
    /// or -1.</summary>
    public static int SkipPhraseStart(AttributionContext c, int last)
    {
        if (c.Is(last, Skip))
        {
            return last;
        }

        foreach (var phrase in c.Lexicon.SkipPhrases)
        {
            var first = last - phrase.Length + 1;
            if (first < 0)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Length && matches; k++)
            {
                matches = c.IsWord(first + k, phrase[k]);
            }

            if (matches)
            {
                return first;
            }
        }

        return -1;
    }
}
