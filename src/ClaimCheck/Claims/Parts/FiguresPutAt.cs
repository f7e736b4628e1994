using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What a bare figure after "at" counts when a figure-at verb (lexicon kind <c>figure-at-verb</c>) gives it to a noun phrase:
/// the phrase between the verb and "at" ("the agency put the missing at 101"), the phrase right after the figure when the verb stands
/// right before "at" ("put at 1,300 the number of people killed"), or the subject before the verb ("deaths from the riots now stand
/// at 31", "the toll was put at 64"). The figure alone names nothing, so without this it makes no claim outside a report of a
/// gathering.</summary>
internal static class FiguresPutAt
{
    /// <summary>The most tokens the noun phrase may take, between the verb and "at" or before the verb.</summary>
    private const int PhraseWindow = 10;

    /// <summary>The value of a <c>figure-at-verb</c> entry whose phrase is its object.</summary>
    private const string ObjectSide = "object";

    /// <summary>The noun the figure counts (singular, lower case; "person" for a toll or an outcome) and its measure, or null when
    /// no figure-at verb gives the figure or its phrase names nothing counted: a figure noun alone ("put the figure at 18,000"),
    /// a singular noun no lexicon entry names ("put his lead at 10.5").</summary>
    internal static (string Noun, string Measure)? Of(SentenceView s, QuantityMatch match)
    {
        var at = match.FirstToken - 1;
        if (at < 1 || s.Word(at) is not "at")
        {
            return null;
        }

        if (s.Words.FigureAtVerbs.TryGetValue(s.Word(at - 1), out var side))
        {
            return side == ObjectSide && match.EndToken < s.Tokens.Count && Subjects.IsTheOrPossessive(s.Word(match.EndToken))
                ? CountedIn(s, match, match.EndToken, Math.Min(s.Tokens.Count, match.EndToken + PhraseWindow))
                : SubjectBefore(s, match, at - 1);
        }

        for (var i = at - 1; i >= 1 && i >= at - PhraseWindow; i--)
        {
            if (EndsPhrase(s, i))
            {
                return null;
            }

            if (s.Words.FigureAtVerbs.TryGetValue(s.Word(i), out side))
            {
                return side == ObjectSide ? CountedIn(s, match, i + 1, at) : null;
            }
        }

        return null;
    }

    // The subject of the verb at `verb`, over a form of "be" or "have", an adverb or a time word before it ("the toll was put at",
    // "deaths now stand at", "the count has stood at").
    private static (string Noun, string Measure)? SubjectBefore(SentenceView s, QuantityMatch match, int verb)
    {
        var end = verb;
        while (end > 0 && (Ellipses.IsCopula(s, end - 1) || s.IsInTimeExpression(end - 1) || s.Word(end - 1).EndsWith("ly", StringComparison.Ordinal)))
        {
            end--;
        }

        var start = end;
        while (start > 0 && !EndsPhrase(s, start - 1))
        {
            if (end - start == SubjectWindow)
            {
                return null; // the subject's head opens it: a phrase cut short would read a modifier's noun ("protests" in "deaths from the protests")
            }

            start--;
        }

        return start < end ? CountedIn(s, match, start, end) : null;
    }

    /// <summary>The most tokens a subject before the verb may take ("deaths from Monday's protests in the capital now stand at").</summary>
    private const int SubjectWindow = 16;

    // Whether the token closes a noun phrase read backwards: a clause break, punctuation, a reporting verb, a figure outside a date.
    private static bool EndsPhrase(SentenceView s, int i) =>
        s.Tokens[i].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(s.Word(i)) || s.Reporting.IsVerb(s.Word(i))
        || (s.Tokens[i].Kind == TokenKind.Number && !s.IsInTimeExpression(i));

    /// <summary>The most words an owner before a possessive ending may take ("Kestrel Valley's").</summary>
    private const int MaxOwnerWords = 3;

    // The token after an owner and its possessive ending that open the phrase at `from`, or `from`: a preposition first ends the
    // owner ("deaths from Monday's riots" is owned by no one; the head is "deaths").
    private static int AfterOwner(SentenceView s, int from, int to)
    {
        for (var k = from; k + 1 < to && k < from + MaxOwnerWords && s.Tokens[k].Kind == TokenKind.Word && !Subjects.IsPreposition(s.Word(k)); k++)
        {
            if (s.Tokens[k + 1].Kind == TokenKind.Possessive)
            {
                return k + 2;
            }
        }

        return from;
    }

    // What the noun phrase in [from, to) counts: its first noun group's head, after a determiner or a possessive, and before a
    // preposition; an outcome word after the head names what befell those counted ("the number trapped", "the number of people
    // killed"); a figure noun names it through its "of" ("the number of detainees").
    private static (string Noun, string Measure)? CountedIn(SentenceView s, QuantityMatch match, int from, int to)
    {
        var i = from;
        while (i < to && (Subjects.IsTheOrPossessive(s.Word(i)) || Subjects.IsPossessivePronoun(s.Word(i))))
        {
            i++;
        }

        i = AfterOwner(s, i, to); // "the state's count", "Kestrel Valley's dead"
        var head = -1;
        for (var k = i; k < to && s.Tokens[k].Kind == TokenKind.Word && !Subjects.IsPreposition(s.Word(k)); k++)
        {
            if (k > i && s.Words.Outcomes.TryGetValue(s.Word(k), out var befell))
            {
                return ("person", befell);
            }

            head = k;
        }

        if (head < 0)
        {
            return null;
        }

        var word = s.Word(head).ToString().ToLowerInvariant();
        if (s.Words.TollNouns.TryGetValue(word, out var toll))
        {
            return ("person", toll);
        }

        var noun = Unit.Count(word).Name;
        if (s.Words.StatedFigureCues.Contains(word) || s.Words.StatedFigureCues.Contains(noun))
        {
            return head + 1 < to && s.Word(head + 1) is "of" ? CountedIn(s, match, head + 2, to) : null;
        }

        var named = s.Words.MeasureSynonyms.TryGetValue(noun, out _) || s.Words.PersonNouns.Contains(noun);
        return named || noun.Length < word.Length ? (noun, Measures.CountMeasureOf(s, match, noun)) : null;
    }
}
