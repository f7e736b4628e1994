using System.Text;
using ClaimCheck.Attribution.Rules;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Whose a share of the vote, a count of seats or of votes is: the candidate or party the sentence ties it to ("Arvelo won
/// 52.6%", "41.2% for Ines Markova", "the court gave the Coastal Alliance 98 seats", "Arvelo's victory with 52.6%"). Figures of
/// different holders are different quantities, so the holder becomes part of the measure ("share of vote · Arvelo").</summary>
/// <remarks>Reads the <c>held-measure</c> and <c>holder-cue</c> words of the lexicon. A holder is a capitalised name that is not a
/// title, a place or a common sentence word; a person is keyed by the last word of the name (diacritics folded: "Markova" for "Ines
/// Márkova"), a party or another body by its whole name.</remarks>
internal static class Holders
{
    /// <summary>The most words a holder's name may have.</summary>
    private const int MaxNameWords = 5;

    /// <summary>How many tokens a clause set off by commas between a holder and its verb may have ("Arvelo, who ran for the Coastal
    /// Alliance, took 52.6%").</summary>
    private const int MaxAsideTokens = 24;

    /// <summary>How many commas such asides may hold in all ("Arvelo, backed by the Front, the largest party, took 52.6%").</summary>
    private const int MaxAsideCommas = 4;

    /// <summary>How many tokens may stand between a figure and "for" and its holder ("a 51% win for Arvelo").</summary>
    private const int AfterWindow = 5;

    /// <summary>How many tokens may stand between a possessive holder and its figure ("Arvelo's share of the vote was 52.6%").</summary>
    private const int PossessiveWindow = 6;

    /// <summary>How many tokens may separate a held figure from a later one given as the same holder's ("52.6%, lower than the 58.4%
    /// announced before").</summary>
    private const int SameWindow = 8;

    /// <summary>The measure a held figure takes and its holder's key ("share of vote", "Arvelo"), or null when the figure's measure is
    /// not one a holder holds or the sentence names no holder for it.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="match">The figure.</param>
    /// <param name="measure">The measure read so far ("share", "seats").</param>
    /// <param name="previous">The figure before it in the sentence that has a holder, and that holder's key.</param>
    internal static (string Measure, string Holder)? Of(SentenceView s, QuantityMatch match, string measure, (QuantityMatch Match, string Holder)? previous)
    {
        if (match.Mention.Change != QuantityChange.None || match.IsVague || !s.Words.HeldMeasures.TryGetValue(measure, out var held))
        {
            return null;
        }

        var holder = After(s, match) ?? Before(s, match, previous) ?? Same(s, match, previous);
        return holder is null ? null : (held, holder);
    }

    /// <summary>The count whose unit and measure <paramref name="bare"/>, a number written with no unit, takes as a figure of its own
    /// holder: a count of votes or seats in the sentence ("Of 18.2 million votes, Ana Ruiz won 10.4 million, Bo Lind 9.5 million"), or
    /// else the document's last figure when it counted votes or seats ("Ruiz leads with 10.4 million votes. Lind follows with 9.5
    /// million, Moro has 3.4 million."); null unless the number ends its item and the words before it name its holder (its verb,
    /// "with", or the next name of a list of held figures). A number of another kind has a word after it ("Lind said 12 were hurt").</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="bare">The number with no unit.</param>
    /// <param name="lastClaim">The document's last claim before this sentence's figures, or null.</param>
    /// <param name="previous">The figure before it in the sentence that has a holder, and that holder's key.</param>
    internal static (Quantity Count, string Measure)? HeldCountOf(SentenceView s, QuantityMatch bare, Claim? lastClaim, (QuantityMatch Match, string Holder)? previous)
    {
        var next = bare.PhraseEndToken;
        if (bare.IsVague || bare.Mention.Change != QuantityChange.None
            || !(next >= s.Tokens.Count || s.Tokens[next].Kind == TokenKind.Punctuation || s.Words.EllipsisJoiners.Contains(s.Word(next))))
        {
            return null;
        }

        (Quantity Count, string Measure)? count = null;
        foreach (var other in s.Quantities)
        {
            if (other.Mention.Quantity.Unit is { Kind: UnitKind.Count } unit && HeldCountMeasure(s, unit.Name) is { } measure)
            {
                count = (other.Mention.Quantity, measure);
                break;
            }
        }

        if (count is null && lastClaim is { Quantity: { Unit.Kind: UnitKind.Count } last }
            && HeldCountMeasure(s, last.Unit.Name) is { } lastMeasure && MeasureNames.Base(lastClaim.Measure) == lastMeasure)
        {
            count = (last, lastMeasure);
        }

        return count is { } held && Before(s, bare, previous) is not null ? held : null;
    }

    // The held measure a count's unit names when it counts votes or seats ("ballot": "votes"), not shares.
    private static string? HeldCountMeasure(SentenceView s, string unit)
    {
        var measure = s.Words.MeasureSynonyms.TryGetValue(unit, out var named) ? named : s.Words.Plural(unit);
        return s.Words.HeldMeasures.TryGetValue(measure, out var held) && held == measure ? held : null;
    }

    // "41.2% for Ines Markova", "a 51% win for President Tomas Arvelo": "for" and a name in the few words after the figure.
    private static string? After(SentenceView s, QuantityMatch match)
    {
        var end = match.PhraseEndToken;
        for (var j = end; j < Math.Min(s.Tokens.Count, end + AfterWindow); j++)
        {
            var word = s.Word(j);
            if (s.Words.HolderAfter.Contains(word))
            {
                var first = j + 1;
                while (first < s.Tokens.Count && (s.Word(first) is "the" || IsTitle(s, first)))
                {
                    first++;
                }

                return NameFrom(s, first) is { } name ? Key(s, name.First, name.End) : null;
            }

            if (s.Tokens[j].Kind != TokenKind.Word || s.IsInAmount(j) || word.Length == 0 || !char.IsLower(word[0])
                || s.Words.ClauseBreaks.Contains(word) || s.Words.EllipsisJoiners.Contains(word))
            {
                return null; // another figure, a comma, "against": the words after are another holder's
            }
        }

        return null;
    }

    // "Arvelo won 52.6%", "Arvelo, who ran for the Front, took 52.6%", "the court gave Arvelo 52.6%", "credited Arvelo with 5.1
    // million votes", "Arvelo's victory with 52.6%", "the Coastal Alliance's 98 seats", "…, Ines Markova 37.1% and Pavel Orr 4.2%".
    private static string? Before(SentenceView s, QuantityMatch match, (QuantityMatch Match, string Holder)? previous)
    {
        var k = match.FirstToken - 1;
        if (s.Words.HolderSkips.Contains(s.Word(k)))
        {
            k--; // "received just 2.7 million votes"
        }

        var with = s.Word(k) is "with";
        if (with)
        {
            k--;
            if (Declared(s, k) is { } declared)
            {
                return declared;
            }

            if (WonWith(s, k) is { } winner)
            {
                return winner;
            }

            if (s.Words.HolderSkips.Contains(s.Word(k)))
            {
                k--; // "Markova, who came second with 41.2%"
            }
        }

        if (!with && s.Word(k) is "to" && s.Tokens[Math.Max(0, k - 1)].Kind == TokenKind.Number && s.Word(k - 2) is "from")
        {
            k -= 3; // "went from 58 to 52 per cent"
        }

        var verb = false;
        if (s.Words.HolderVerbs.Contains(s.Word(k)))
        {
            verb = true;
            k--;
            while (s.Word(k) is "had" or "has" or "have" or "also" or "reportedly" or "was" or "is" or "been")
            {
                k--; // "Arvelo has been re-elected with 52.6%"
            }

            if (s.Word(k) is "he" or "she")
            {
                return Reporter(s, k);
            }

            if (s.Word(k) is "who" or "which" && s.Word(k - 1) is ",")
            {
                // "his rival, Ines Markova, who went from 37 to 41 per cent", "Arvelo's score, which went from 58 to 52 per cent"
                k -= 2;
                return Possessive(s, k) ?? (NameEndingAt(s, k + 1) is { } named ? Key(s, named, k + 1) : null);
            }
        }

        if (Possessive(s, k) is { } owner)
        {
            return owner;
        }

        var end = k + 1;
        if (verb && s.Word(k) is ",")
        {
            // An aside between the holder and its verb: the holder is the name that opens the clause before it.
            return AsideHolder(s, k, figureKind: match.Mention.Quantity.Unit.Kind);
        }

        if (!verb && s.Word(k) is "," && k > 0)
        {
            return AsideHolder(s, k, giver: true) ?? ListLine(s, match); // "gave Arvelo, who ran for the Front, 52.6%"; "And Orrin, 4.5%."
        }

        if (!verb && !with && end == match.FirstToken && s.Word(k) is ")" && OpeningParenthesis(s, k) is { } open
            && NameEndingAt(s, open) is { } listed && IsListItem(s, listed, previous))
        {
            return Key(s, listed, open); // "…; Coastal Alliance (Arvelo, Orrin) 16.7%; …": the name before a parenthesis
        }

        if (!verb && !with && s.Word(k) is "(" && s.Word(match.PhraseEndToken) is ")" && NameEndingAt(s, k) is { } bracketed
            && IsResultListName(s, bracketed, previous))
        {
            // "…, beating Ines Markova (37.1%) and Pavel Orrin (4.5%)": the name before a parenthesis holding the figure alone, when a
            // rival cue or a held figure right before it (past a "the" before a party's name) makes it an item of a list of results ("turnout in
            // Corley (61%)" holds nothing).
            return Key(s, bracketed, k);
        }

        if (NameEndingAt(s, end) is not { } start)
        {
            return ListLine(s, match);
        }

        if (verb || Giver(s, GiverAt(s, start)))
        {
            return Key(s, start, end, acts: verb);
        }

        if (with)
        {
            // A sibling of a held figure before it that names its holder before "with" ("…, Ines Markova with 37.1% and Pavel Orrin with 4.5%").
            return IsListItem(s, start, previous) ? Key(s, start, end) : null;
        }

        if (end != match.FirstToken)
        {
            return null;
        }

        // A name right before the figure: a sibling of a held figure before it ("…, Ines Markova 37.1% and Pavel Orr 4.2%"), or the
        // first item of a list after a colon ("the exit poll: Coastal Alliance 40.9%; …").
        return IsListItem(s, start, previous) ? Key(s, start, end) : null;
    }

    // "Arvelo has claimed he won 52.6%", "Markova said that she took 41.2%": the holder a pronoun stands for is the name that is the
    // subject of the reporting verb right before it, unless a proxy title introduces that name ("spokeswoman Markova said he won").
    private static string? Reporter(SentenceView s, int pronoun)
    {
        var k = pronoun - 1;
        if (s.Word(k) is "that")
        {
            k--;
        }

        if (!s.Reporting.IsVerb(s.Word(k)))
        {
            return null;
        }

        k--;
        if (s.Word(k) is "had" or "has" or "have")
        {
            k--;
        }

        return NameEndingAt(s, k + 1) is { } start && !IsProxyTitle(s, start - 1) ? Key(s, start, k + 1, acts: true) : null;
    }

    private static bool IsProxyTitle(SentenceView s, int i) =>
        i >= 0 && s.Tokens[i].Kind == TokenKind.Word && s.Words.HolderProxies.Contains(s.Word(i));

    // Whether the name starting at `start`, with a "the" before it taken in ("…, the Coastal Alliance (16.7%)"), is an item of a list
    // of held figures or follows a rival cue.
    private static bool IsResultListName(SentenceView s, int start, (QuantityMatch Match, string Holder)? previous)
    {
        var item = start > 0 && s.Word(start - 1) is "the" ? start - 1 : start;
        return IsListItem(s, item, previous) || FollowsRivalCue(s, item);
    }

    // "beating Ines Markova (37.1%)", "well ahead of Ines Markova (37.1%)": a one- or two-word rival cue right before a name.
    private static bool FollowsRivalCue(SentenceView s, int start) =>
        s.Words.HolderRivals.Contains(s.Word(start - 1)) || s.Words.HolderRivals.Contains(string.Concat(s.Word(start - 2), " ", s.Word(start - 1)));

    // A name that opens an item of a list of held figures: after a colon, or after a held figure and a comma, "and" or a semicolon.
    private static bool IsListItem(SentenceView s, int start, (QuantityMatch Match, string Holder)? previous)
    {
        var lead = s.Word(start - 1);
        return lead is ":" || (previous is { } before && before.Match.EndToken <= start && lead is "," or "and" or ";");
    }

    /// <summary>How many tokens a parenthesis between a listed holder and its figure may hold.</summary>
    private const int MaxParenthesisTokens = 12;

    // The "(" that opens the parenthesis closed at <paramref name="close"/>, when it holds only words and commas.
    private static int? OpeningParenthesis(SentenceView s, int close)
    {
        for (var i = close - 1; i >= 0 && close - i <= MaxParenthesisTokens; i--)
        {
            if (s.Word(i) is "(")
            {
                return i;
            }

            if (s.Tokens[i].Kind == TokenKind.Number || s.IsInAmount(i) || s.Word(i) is ")" or ";" or ":" or ".")
            {
                return null;
            }
        }

        return null;
    }

    // "declared Arvelo victorious with 52.6%", "proclaimed Arvelo, the Front's candidate, the winner of the election with 52.6%",
    // "credited Arvelo with 5.1 million votes": a giver, the holder, then only lower-case words before "with".
    private static string? Declared(SentenceView s, int k)
    {
        var j = k;
        while (j >= 0 && k - j < PossessiveWindow + 2 && s.Tokens[j].Kind == TokenKind.Word && s.Word(j) is { Length: > 0 } word && char.IsLower(word[0])
               && !s.Words.ClauseBreaks.Contains(word))
        {
            j--;
        }

        if (s.Word(j) is "," && j > 0)
        {
            return AsideHolder(s, j, giver: true);
        }

        return NameEndingAt(s, j + 1) is { } start && Giver(s, GiverAt(s, start)) ? Key(s, start, j + 1) : null;
    }

    // "Arvelo won the first round with 52.6%", "the Front took the capital's vote with 41%": the holder, its verb and
    // the lower-case words of what it won before "with" (at least one: "Arvelo won with 52.6%" is read as the verb's own holder).
    private static string? WonWith(SentenceView s, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= PossessiveWindow + 2; j--)
        {
            var word = s.Word(j);
            if (s.Tokens[j + 1].Kind != TokenKind.Word || s.IsInAmount(j + 1) || s.Word(j + 1) is not { Length: > 0 } inner || !char.IsLower(inner[0])
                || s.Words.ClauseBreaks.Contains(inner))
            {
                return null; // a figure, a name, a comma or a clause break between the verb and "with": not what the verb won
            }

            if (s.Words.HolderVerbs.Contains(word))
            {
                return NameEndingAt(s, j) is { } start ? Key(s, start, j, acts: true) : null;
            }
        }

        return null;
    }

    // The holder of a verb after an aside set off by commas: the name that ends right before an opening comma and starts the sentence
    // or its clause (after a comma, "and", a reporting verb or "that"), or for a giver follows the giver verb. With `figureKind`, a
    // count of another kind inside the aside does not end it ("Ines Markova, who toured 40 towns, took 4.1%").
    private static string? AsideHolder(SentenceView s, int comma, bool giver = false, UnitKind? figureKind = null)
    {
        var commas = 0;
        for (var c = comma - 1; c >= 0 && comma - c <= MaxAsideTokens; c--)
        {
            if (c == comma - 1 && s.Tokens[c].Kind == TokenKind.Number && s.Word(c - 1) is ",")
            {
                continue; // "Arvelo, 67, was re-elected with 52.6%": an age alone between commas
            }

            if (((s.Tokens[c].Kind == TokenKind.Number || s.IsInAmount(c)) && !IsInFigureOfAnotherKind(s, c, figureKind))
                || s.Word(c) is ";" or ":" or ".")
            {
                return null;
            }

            if (s.Word(c) is not ",")
            {
                continue;
            }

            if (++commas > MaxAsideCommas)
            {
                return null;
            }

            if (NameEndingAt(s, c) is { } start)
            {
                if (giver ? Giver(s, GiverAt(s, start)) : OpensClause(s, start))
                {
                    return Key(s, start, c);
                }
            }

            if (!giver && commas == 1 && NameFrom(s, c + 1) is { } aside && aside.End == comma)
            {
                return Key(s, aside.First, aside.End); // "The outgoing president, Tomas Arvelo, received …": the name is the aside
            }
        }

        return null;
    }

    // Whether token `i` lies in a figure whose unit is of another kind than `figureKind` ("the 12 candidates" beside a share).
    private static bool IsInFigureOfAnotherKind(SentenceView s, int i, UnitKind? figureKind) =>
        figureKind is { } kind && s.QuantityCovering(i) is { } other && other.Mention.Quantity.Unit.Kind != kind;

    // "Arvelo's victory with 52.6%", "Arvelo's share of the vote was 52.6%", "the Coastal Alliance's 98 seats": a possessive name, then only
    // lower-case words, one of them a holder noun unless the figure follows the possessive right away.
    private static string? Possessive(SentenceView s, int k)
    {
        var noun = false;
        for (var i = k; i >= 0 && k - i <= PossessiveWindow; i--)
        {
            if (s.Tokens[i].Kind == TokenKind.Possessive)
            {
                return (noun || i == k) && NameEndingAt(s, i) is { } start ? Key(s, start, i) : null;
            }

            var word = s.Word(i);
            if (s.Tokens[i].Kind != TokenKind.Word || word.Length == 0 || !char.IsLower(word[0]) || s.Words.ClauseBreaks.Contains(word))
            {
                return null;
            }

            noun |= s.Words.HolderNouns.Contains(word);
        }

        return null;
    }

    // "Tomas Arvelo (Coastal Alliance) 4,416,306 (52.6 per cent)": a line of results that opens with the holder's name, then only
    // parentheses, numbers and commas before the figure (words only inside parentheses).
    private static string? ListLine(SentenceView s, QuantityMatch match)
    {
        var opening = s.Word(0) is "And" or "While" ? 1 : 0; // "And Orrin, 4.5%."
        if (NameFrom(s, opening) is not { } name || name.End >= match.FirstToken)
        {
            return null;
        }

        var depth = 0;
        for (var i = name.End; i < match.FirstToken; i++)
        {
            var word = s.Word(i);
            if (word is "(")
            {
                depth++;
            }
            else if (word is ")")
            {
                depth--;
            }
            else if (!(s.Tokens[i].Kind == TokenKind.Number || word is "," || (depth > 0 && s.Tokens[i].Kind == TokenKind.Word)))
            {
                return null;
            }
        }

        return Key(s, name.First, name.End);
    }

    // "52.6%, lower than the 58.4% announced before", "24.2%, compared with 20.3% in the first count": a figure a few words after a
    // held one, with a comparison word between them, is the same holder's.
    private static string? Same(SentenceView s, QuantityMatch match, (QuantityMatch Match, string Holder)? previous)
    {
        if (previous is not { } before)
        {
            return null;
        }

        if (before.Match.Mention.Quantity.Unit.Kind != match.Mention.Quantity.Unit.Kind)
        {
            return Restates(s, before.Match, match) ? before.Holder : null;
        }

        var from = before.Match.PhraseEndToken;
        if (match.FirstToken - from > SameWindow + 3)
        {
            return null;
        }

        var same = false;
        for (var i = from; i < match.FirstToken; i++)
        {
            var word = s.Word(i);
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":" || (word.Length > 0 && char.IsUpper(word[0])))
            {
                return null;
            }

            same |= s.Words.HolderSame.Contains(word);
        }

        return same ? before.Holder : null;
    }

    /// <summary>How many restating words may follow the comma after a held figure ("or", "that is").</summary>
    private const int MaxRestateWords = 2;

    // "Yes 51.4 percent, or 24.8 million votes", "No 48.6 percent, that is 23.5 million votes": a comma and a restating word right after
    // a held figure give the same holder's figure in another unit.
    private static bool Restates(SentenceView s, QuantityMatch before, QuantityMatch match)
    {
        var comma = before.PhraseEndToken;
        var words = match.FirstToken - comma - 1;
        if (s.Word(comma) is not "," || words is < 1 or > MaxRestateWords)
        {
            return false;
        }

        for (var i = comma + 1; i < match.FirstToken; i++)
        {
            if (!s.Words.HolderRestates.Contains(s.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words may stand between a giver and the holder's name ("declared incumbent president Arvelo").</summary>
    private const int GiverGap = 3;

    // Where a giver verb stands before a name: right before it, or before "the", titles and a few lower-case words ("gave the Coastal
    // Alliance 98 seats", "declared incumbent president Tomas Arvelo victorious"); the token before the name when there is none.
    private static int GiverAt(SentenceView s, int start)
    {
        for (var i = start - 1; i >= 0 && start - i <= GiverGap + 1; i--)
        {
            if (Giver(s, i))
            {
                return i;
            }

            if (s.Word(i) is not { Length: > 0 } word || s.Tokens[i].Kind != TokenKind.Word || !(char.IsLower(word[0]) || IsTitle(s, i)))
            {
                break;
            }
        }

        return start - 1;
    }

    /// <summary>How far before a held figure the giver verb whose agent gives it may stand.</summary>
    private const int GiverSourceWindow = 30;

    /// <summary>The body that gives a held figure as the subject of a giver verb before it ("the Board (EBV), which gave Arvelo
    /// 52.6% against 41.2% for Markova", "the court gave Arvelo 52.6%"): the figures are the body's, whoever the sentence quotes.</summary>
    internal static string? GiverSource(SentenceView s, QuantityMatch match)
    {
        for (var g = match.FirstToken - 1; g > 0 && match.FirstToken - g <= GiverSourceWindow; g--)
        {
            if (s.Word(g) is ";" or ".")
            {
                return null;
            }

            if (!s.Words.HolderGivers.Contains(s.Word(g)))
            {
                continue;
            }

            var i = g - 1;
            if (s.Word(i) is "had" or "has" or "have" or "also")
            {
                i--;
            }

            if (s.Word(i) is "which" or "that" or "who")
            {
                i--;
            }

            if (s.Word(i) is ",")
            {
                i--;
            }

            if (s.Word(i) is ")" && i >= 2 && s.Word(i - 2) is "(")
            {
                i -= 3; // "the Electoral Board (EBV), which gave"
            }

            return s.EntityEndingAt(i + 1) is { } body && s.IsOrganization(body) ? body : null;
        }

        return null;
    }

    private static bool Giver(SentenceView s, int i) =>
        s.Words.HolderGivers.Contains(s.Word(i)) || (s.Word(i) is "had" or "has" && s.Words.HolderGivers.Contains(s.Word(i + 1)));

    private static bool OpensClause(SentenceView s, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var before = s.Word(start - 1);
        return before is "," or "and" or "that" or "while" or "but" || s.Reporting.IsVerb(before) || IsTitle(s, start - 1) || s.Tokens[start - 1].Kind != TokenKind.Word;
    }

    private static bool IsTitle(SentenceView s, int i) => (s.EntityCues.Of(s.Word(i)) & EntityCue.Title) != 0;

    /// <summary>Whether token <paramref name="i"/> is a name word: capitalised, not a title or a common sentence word ("The", "Monday").</summary>
    internal static bool IsNameWord(SentenceView s, int i)
    {
        if (i < 0 || i >= s.Tokens.Count || s.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = s.Word(i);
        return word.Length > 1 && char.IsUpper(word[0]) && ((s.EntityCues.Of(word) & (EntityCue.Title | EntityCue.NotName)) == 0 || IsBallotAnswer(s, i));
    }

    /// <summary>Whether the token at <paramref name="i"/> is a referendum's "No" used as a noun: capitalised straight after a
    /// lower-case word ("put No ahead", "and No 48.6%") or after a comma or semicolon inside the sentence ("on the charter, No leads
    /// with 52%"), where the determiner "no" would not be capitalised. In a title-case headline, all in capitals, or after a colon or
    /// quotation mark (which may open quoted speech: 'he said: "No one was hurt"'), it is not told apart.</summary>
    internal static bool IsBallotAnswer(SentenceView s, int i) =>
        i > 0 && i < s.Tokens.Count && s.Word(i).Equals("No", StringComparison.Ordinal)
        && ((s.Tokens[i - 1].Kind == TokenKind.Word && s.Word(i - 1) is { Length: > 0 } before && char.IsLower(before[0]))
            || (s.Word(i - 1) is "," or ";" && i > 1));

    /// <summary>Whether token <paramref name="i"/> is a lower-case word inside a name: a particle ("de", "van") or, between two name
    /// words, "for" or "of" in a party's name ("Union for Renewal", "Front of Socialist Forces").</summary>
    internal static bool IsParticle(SentenceView s, int i) =>
        i >= 0 && i < s.Tokens.Count && s.Word(i) is { Length: > 0 } w && char.IsLower(w[0])
        && ((s.EntityCues.Of(w) & EntityCue.Particle) != 0 || w is "for" or "of");

    /// <summary>The first token of the name that ends right before token <paramref name="end"/>, or null: a run of at most
    /// <see cref="MaxNameWords"/> name words, with particles ("Dara van Kessel") and initials ("Dara A. Kessel", "G.S. Malik")
    /// between them.</summary>
    internal static int? NameEndingAt(SentenceView s, int end)
    {
        if (!IsNameWord(s, end - 1))
        {
            return null;
        }

        var start = end - 1;
        var words = 1;
        while (words < MaxNameWords)
        {
            if (IsNameWord(s, start - 1))
            {
                start--;
                words++;
            }
            else if (IsParticle(s, start - 1) && IsNameWord(s, start - 2))
            {
                start -= 2;
                words += 2;
            }
            else if (InitialsEndingAt(s, start - 1) is > 0 and var width && IsNameWord(s, start - 1 - width))
            {
                start -= width + 1;
                words += 2;
            }
            else
            {
                break;
            }
        }

        return start;
    }

    /// <summary>How many tokens the initials that end at token <paramref name="i"/> take: two for a capital letter and its full stop
    /// ("A" "." of "Dara A. Kessel"), one for dotted initials (<see cref="TitleAndNameRule.IsInitials(ReadOnlySpan{char})"/>: "G.S."),
    /// none when there are none.</summary>
    internal static int InitialsEndingAt(SentenceView s, int i)
    {
        if (i < 1 || i >= s.Tokens.Count)
        {
            return 0;
        }

        if (s.Word(i) is "." && s.Tokens[i - 1].Kind == TokenKind.Word && s.Word(i - 1) is [var letter] && char.IsUpper(letter))
        {
            return 2;
        }

        return s.Tokens[i].Kind == TokenKind.Word && TitleAndNameRule.IsInitials(s.Word(i)) ? 1 : 0;
    }

    // The name that starts at token `first`, or null.
    private static (int First, int End)? NameFrom(SentenceView s, int first)
    {
        if (!IsNameWord(s, first))
        {
            return null;
        }

        var end = first + 1;
        while (end - first < MaxNameWords)
        {
            if (IsNameWord(s, end))
            {
                end++;
            }
            else if (IsParticle(s, end) && IsNameWord(s, end + 1))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return (first, end);
    }

    // A person by the last word of the name, a body (a name with an organisation word, or one the entity rules or the lexicon know
    // as an organisation) by the whole name; a place is no holder. A name that acts as the subject of a holder verb (`acts`: "Orrin
    // won 44%", "Orrin says he won 44%") is a holder even where a rule took it for a place from other words ("a rally in
    // Orrin's home region"); only a place the lexicon knows is never one.
    private static string? Key(SentenceView s, int first, int end, bool acts = false)
    {
        var words = new List<string>(end - first);
        var body = false;
        for (var i = first; i < end; i++)
        {
            words.Add(s.Word(i).ToString());
            body |= (s.EntityCues.Of(s.Word(i)) & EntityCue.OrganisationWord) != 0;
        }

        var name = string.Join(' ', words);
        if (s.Gazetteer.ByName.TryGetValue(name, out var known) && known.Kind != EntityKind.Organization)
        {
            return null;
        }

        foreach (var mention in s.Entities)
        {
            if (mention.FirstToken <= first && mention.EndToken >= end)
            {
                if (mention.Entity.Kind != EntityKind.Organization && !(acts && !mention.IsFromLexicon))
                {
                    return null; // "Velmar's 40 seats" where Velmar is a place
                }

                body |= mention.Entity.Kind == EntityKind.Organization;
            }
        }

        return Fold(body || words.Count == 1 && IsAcronym(words[0]) ? name : words[^1]);
    }

    private static bool IsAcronym(string word) => word.All(c => char.IsUpper(c) || char.IsDigit(c));

    // Diacritics folded ("Márkova" → "Markova") and a long upper-case word written as a name ("LIBERTAD" → "Libertad"), so outlets
    // that spell a holder differently key it alike.
    private static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var at = c < 128 ? -1 : Accented.IndexOf(c, StringComparison.Ordinal);
            builder.Append(at < 0 ? c : Unaccented[at]);
        }

        var words = builder.ToString().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length >= 5 && IsAcronym(words[i]))
            {
                words[i] = words[i][0] + words[i][1..].ToLowerInvariant();
            }
        }

        return string.Join(' ', words);
    }

    // Latin letters with diacritics and their plain letters, one for one (the library runs with invariant globalization, which does
    // not decompose them).
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćŁłŃńŚśŹźŻżĞğŞşİıŘřĚěŮůŐőŰűĀāĒēĪīŌōŪū";
    private const string Unaccented = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcLlNnSsZzZzGgSsIiRrEeUuOoUuAaEeIiOoUu";
}
