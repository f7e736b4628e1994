using ClaimCheck.Text;
using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>"X said" and "said X": a reporting verb and its subject, before it ("the union estimated", "Kirby said", "we
/// estimate") or after it when the verb follows a quotation or a clause ("“…,” said Lloyd Austin", "300 homes burned, said fire
/// chief Maria Lopez"); "and said" takes the subject of the sentence ("He pledged …, and said …").</summary>
/// <remarks>A reporting word is not a verb after a determiner, possessive, preposition, number or form of "be" ("the report", "was
/// reported", "of confirmed deaths"), before "of" or a predicative word ("estimate of", "confirmed dead"), or after a noun that
/// names no one ("the crowd estimate"). A capitalised reporting word is a verb only in a headline ("Musk Says …").</remarks>
internal sealed class ReportingVerbRule : ICueRule
{
    private const int MaxInvertedSourceTokens = 14;

    /// <inheritdoc/>
    public AttributionWordClass StartClasses => ReportingVerb;

    /// <inheritdoc/>
    public string StartCharacters => string.Empty;

    /// <inheritdoc/>
    public bool TryMatch(AttributionContext context, int token)
    {
        var c = context;
        if (!c.Lexicon.TryGetVerb(c.Word(token), out var stance) || (token > 0 && c.IsCapitalised(token) && !IsHeadlineVerb(c, token))
            || !IsVerbUse(c, token))
        {
            return false;
        }

        var cue = c.CueOf(token);
        var subjectEnd = SubjectPhrase.EndBefore(c, token);
        var afterQuote = subjectEnd == 0 || c.IsQuote(subjectEnd - 1) || (c.IsChar(subjectEnd - 1, ',') && c.IsQuote(subjectEnd - 2));
        var first = token;
        var end = token + 1;
        var side = ReportedSide.After;
        var reportedFrom = 0;
        var source = afterQuote ? null : SubjectPhrase.Before(c, subjectEnd, cue, out first);
        if (source is not null && c.Token(first).Kind == TokenKind.Number)
        {
            return false; // "Osterby drew the biggest crowd, with 4,300 cyclists counted": the counted figure is no source
        }

        if (source is null && !afterQuote && c.Is(subjectEnd - 1, Conjunction) && c.IsLowerCase(subjectEnd - 1))
        {
            source = SentenceSubject(c, subjectEnd - 1, cue, out first);
        }

        if (source is null && (afterQuote || c.IsChar(subjectEnd - 1, ',')) && Inverted(c, token, cue, afterQuote, out end) is { } inverted)
        {
            (source, first, side) = (inverted, token, ReportedSide.Before);
        }
        else if (afterQuote || (IsAfterClause(c, first) && FollowingPhrase.ClauseEndsSoon(c, token + 1)))
        {
            side = ReportedSide.Before;
        }
        else if (FigureOfRelative(c, first) is >= 0 and var figure && FollowingPhrase.ClauseEndsSoon(c, token + 1))
        {
            // "…, far below the 9,000 walkers that the Brenmoor police counted": the source reports that figure alone.
            (side, reportedFrom) = (ReportedSide.Before, Math.Max(0, figure - MaxFigureQualifierWords));
        }

        if (source is null && !afterQuote && c.IsLowerCase(subjectEnd - 1) && !SourceParser.CanHeadSource(c, subjectEnd - 1) && !c.Is(subjectEnd - 1, Stop))
        {
            return false; // "the search continued", "the crowd estimate": a noun that names no one
        }

        if (source is null && stance == ReportingStance.Asserts)
        {
            return false;
        }

        var firstPerson = c.Is(subjectEnd - 1, PronounFirst);
        // "Vorland's toll stood at 19, while Lindenport's ministry said 13 had died": a source after "while" or "but" opens a clause
        // of its own and reports nothing before it.
        var opensContrast = side == ReportedSide.After && source is not null && FollowsContrast(c, first);
        c.Cues.Add(new ReportingCue(token, stance, source, firstPerson)
        {
            FirstToken = Math.Min(first, token), EndToken = Math.Max(end, token + 1), Side = side, OpensContrast = opensContrast,
            ReportedFrom = reportedFrom,
        });
        return true;
    }

    /// <summary>How many words may stand between a contrast word and the source after it ("but in a statement the ministry said").</summary>
    private const int MaxContrastGap = 4;

    /// <summary>Whether a lower-case contrast word ("while", "but") stands before the source starting at <paramref name="first"/>,
    /// right before it or with only time expressions, skip words, commas and a short prepositional phrase between ("but on Monday
    /// the ministry said", "but in a statement the ministry said").</summary>
    internal static bool FollowsContrast(AttributionContext c, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 1 - MaxContrastGap); k--)
        {
            if (c.Is(k, Contrast))
            {
                return c.IsLowerCase(k) && IsContrastGap(c, k + 1, first);
            }
        }

        return false;
    }

    /// <summary>Whether the tokens from <paramref name="start"/> to <paramref name="end"/> hold only time expressions, skip words,
    /// commas and lower-case words after a preposition.</summary>
    private static bool IsContrastGap(AttributionContext c, int start, int end)
    {
        var inPhrase = false;
        for (var i = start; i < end; i++)
        {
            if (c.Is(i, InTimeExpression | Skip) || c.IsChar(i, ','))
            {
                continue;
            }

            if (c.Is(i, Preposition))
            {
                inPhrase = true;
            }
            else if (!inPhrase || !c.IsLowerCase(i))
            {
                return false;
            }
        }

        return true;
    }

    // "“…,” said US Defense Secretary Lloyd Austin", "…, said fire chief Maria Lopez": the source after the verb, which after a
    // clause must begin like a name or a noun phrase ("…, reported far and wide" names no one).
    private static Attribution? Inverted(AttributionContext c, int verb, string cue, bool afterQuote, out int end)
    {
        var start = verb + 1;
        end = FollowingPhrase.End(c, start, MaxInvertedSourceTokens);
        if (end <= start || !(afterQuote || c.IsCapitalised(start) || c.Is(start, Determiner | Title | TitleModifier | Pronoun)))
        {
            return null;
        }

        return c.Sources.Parse(start, end, cue);
    }

    /// <summary>How many lower-case words may stand between a figure and the relative clause on it ("the 4,100 flood victims that").</summary>
    private const int MaxFigureNounWords = 2;

    /// <summary>How many words of a qualifier may stand before a figure a relative clause reports ("as many as 9,000 walkers that").</summary>
    private const int MaxFigureQualifierWords = 3;

    // "…, far below the 9,000 walkers that the Brenmoor police counted": a relative clause on a figure, whose source reports the figure
    // before it, not what follows. Without "that" ("…, short of the 9,000 walkers the Brenmoor police counted") the clause must open
    // with a determiner and the figure follow one, so that "…, 40 more the police said" (a missing comma) stays a report of the
    // whole sentence. The figure's token, or -1 when the source at `first` opens no such clause. A figure written in words
    // ("the nine hundred walkers the police counted") is not seen, as this stage has no number words.
    private static int FigureOfRelative(AttributionContext c, int first)
    {
        var relative = first - 1;
        if (relative < 1 || !c.IsLowerCase(relative))
        {
            return -1;
        }

        var hasRelativeWord = c.IsWord(relative, "that") || c.Is(relative, Relative);
        if (!hasRelativeWord && !(c.Is(first, Determiner) && !c.Is(relative, Stop | InTimeExpression)))
        {
            return -1;
        }

        var noun = hasRelativeWord ? relative - 1 : relative;
        for (var k = noun; k >= Math.Max(0, noun - MaxFigureNounWords); k--)
        {
            if (c.Token(k).Kind == TokenKind.Number)
            {
                return hasRelativeWord || c.Is(k - 1, Determiner) ? k : -1;
            }

            if (!c.IsWord(k) || !c.IsLowerCase(k))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsAfterClause(AttributionContext c, int first) =>
        first > 0 && (c.IsChar(first - 1, ',') || c.IsChar(first - 1, ';') || c.IsQuote(first - 1));

    /// <summary>How many words of a qualifier may stand between a dismissal verb and its figure ("dismissed more than 6,000").</summary>
    private const int MaxDismissalQualifierWords = 2;

    // Whether a figure stands at `start`, or after at most MaxDismissalQualifierWords lower-case words that are no determiner, pronoun,
    // document, reporting verb or "that" ("more than", "about", "at least"): "dismissed claims that 300 died" still denies.
    private static bool FigureFollows(AttributionContext c, int start)
    {
        for (var k = start; k <= start + MaxDismissalQualifierWords; k++)
        {
            if ((uint)k < (uint)c.Count && c.Token(k).Kind == TokenKind.Number)
            {
                return true;
            }

            if (!c.IsLowerCase(k) || c.Is(k, Determiner | Pronoun | Document | ReportingVerb) || c.IsWord(k, "that"))
            {
                return false;
            }
        }

        return false;
    }

    // "He pledged to end the crisis, and said …": the subject of the sentence, when it is a name, a pronoun or a titled phrase.
    private static Attribution? SentenceSubject(AttributionContext c, int conjunction, string cue, out int first)
    {
        first = 0;
        var end = 0;
        while (end < conjunction && (c.IsCapitalised(end) || c.IsPossessive(end) || c.Is(end, Determiner | Title | TitleModifier | Body | Joiner | Pronoun)))
        {
            end++;
            if (c.Is(end - 1, Pronoun))
            {
                break;
            }
        }

        return end > 0 && end < conjunction && !c.IsPunctuation(end) ? c.Sources.Parse(0, end, cue) : null;
    }

    // Title case in a headline: "Report: Elon Says He Intends …", "Police Say 40 Died"; not a name ("United States").
    private static bool IsHeadlineVerb(AttributionContext c, int token) =>
        c.Sentence.IsHeading && !c.InEntity(token) && (c.IsCapitalised(token - 1) || c.IsPossessive(token - 1));

    private static bool IsVerbUse(AttributionContext c, int i)
    {
        var previous = i - 1;
        if (previous >= 0 && c.IsLowerCase(previous) && c.Word(previous).EndsWith("ly", StringComparison.Ordinal) && !c.Is(previous, Title | Body | Group))
        {
            previous--; // "the newly reported deaths", "were widely reported"
        }

        if (c.IsWord(i + 1, "by"))
        {
            return false; // "as reported by Efe": the reported-by rule
        }

        if (c.IsPossessive(previous) || c.Is(previous, Determiner | Auxiliary | Preposition) || (previous >= 0 && c.Token(previous).Kind == TokenKind.Number)
            || (c.Is(previous, PreAdjective) && c.IsLowerCase(previous) && (c.Is(previous - 1, Determiner) || c.IsPossessive(previous - 1))))
        {
            return false;
        }

        // "rejected reports that …": a reporting word after another is a noun; "reports say", "reports now say": before one, too.
        // "declined to confirm or deny": a word after "or" shares the construction of the word before it.
        if (c.IsLowerCase(previous) && ((c.Is(previous, ReportingVerb) && !c.Is(previous, Document)) || c.Is(previous, Alternative)))
        {
            return false;
        }

        // "the firm dismissed 300 workers", "dismissed more than 6,000 employees": a dismissal verb before a figure removes people from
        // their posts and denies nothing, so the firm is no source of the figure. Only a figure in digits is seen here (this stage has
        // no quantities); the claims stage also keeps any denial verb right before a count from denying it (Stances.ActsOnCount).
        if (c.Is(i, Dismissal) && FigureFollows(c, i + 1))
        {
            return false;
        }

        // "believed to be", "said to have": a passive that reports no one's words.
        if (c.IsWord(i + 1, "to") && (c.IsWord(i + 2, "be") || c.IsWord(i + 2, "have")))
        {
            return false;
        }

        var next = SubjectPhrase.EndAfter(c, i + 1);
        return !c.IsWord(i + 1, "of") && !c.Is(i + 1, Predicative) && !(c.Is(i, Document) && c.Is(next, ReportingVerb) && c.IsLowerCase(next));
    }
}
