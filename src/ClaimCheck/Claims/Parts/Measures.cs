using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What a quantity claim counts: the outcome (deaths, injuries), the share a percentage measures, the counted noun's canonical measure, and the period of a flow.</summary>
internal static class Measures
{
    /// <summary>The kind of identifier a count of identifiers names by the word right before its noun, lower-cased ("security" in
    /// "52,000 Social Security numbers", "account" in "9,400 stolen bank account numbers", "licence" in "2.3 million driving
    /// licence numbers" as in "licence numbers"), or null when none does: a participle ("linked numbers"), a country or its demonym
    /// ("Canadian numbers") or anything but a word names no kind. The nearest word alone, so that outlets adding words before it
    /// ("driving licence", "bank account") still name the same kind.</summary>
    internal static string? IdentifierKindOf(SentenceView s, QuantityMatch match)
    {
        if (!match.HasNounPhrase || match.HasNounBefore || match.NounEndToken - 1 <= match.NounFirstToken)
        {
            return null;
        }

        var kind = match.NounEndToken - 2;
        var word = s.Word(kind);
        return s.Tokens[kind].Kind != TokenKind.Word || word.EndsWith("ed", StringComparison.Ordinal)
            || s.Entities.Exists(m => m.FirstToken <= kind && kind < m.EndToken && m.Entity.Kind != EntityKind.Organization)
            ? null
            : word.ToString().ToLowerInvariant();
    }

    /// <summary>How far before an amount of money what it is may be named ("the median price of a home sold in the year to March
    /// was €346,820").</summary>
    private const int MoneyWindow = 16;

    // "The median price of a home … was €346,820", "sold for a median of about €350,000", "the average asking price … was €341,000":
    // a statistic (median, average) names the measure, else the nearest money noun before the amount in its clause.
    private static string? MoneyBefore(SentenceView s, int first)
    {
        string? noun = null;
        string? fallback = null;
        for (var i = first - 1; i >= 0 && i >= first - MoneyWindow; i--)
        {
            var word = s.Word(i);
            if (s.IsInTimeExpression(i) || (s.Tokens[i].Kind == TokenKind.Number && !s.IsInAmount(i)))
            {
                continue; // "in the 12 months to March"
            }

            if (s.Tokens[i].Kind == TokenKind.Number || word is ";" or ":" || s.Words.ClauseBreaks.Contains(word))
            {
                break;
            }

            if (s.Words.Statistics.Contains(word))
            {
                // "average asking price": the statistic and the words between it and the money noun.
                return s.Words.Statistics.Contains(s.Word(i + 1)) || !s.Words.MoneyMeasures.ContainsKey(s.Word(i + 1)) && s.Word(i + 1) is { Length: > 0 } next && char.IsLower(next[0]) && s.Words.MoneyMeasures.ContainsKey(s.Word(i + 2))
                    ? $"{word.ToString().ToLowerInvariant()} {s.Word(i + 1).ToString().ToLowerInvariant()}"
                    : word.ToString().ToLowerInvariant();
            }

            if (noun is null && s.Words.MoneyMeasures.TryGetValue(word, out var money))
            {
                if (i == first - 1 && word is "worth" && fallback is null)
                {
                    fallback = money; // "the aid package is worth $61 billion": worth links the amount to what it is
                    continue;
                }

                noun = money;
            }
        }

        return noun ?? fallback;
    }

    // "Turnout in Tuesday's election was 78.5%", "put turnout at 78.5%": the share named before the percentage in its clause. A
    // general share word ("share", "rate") takes the noun before it: another share word's measure ("the jobless rate" is
    // unemployment), else the compound ("market share", "interest rate"), so different rates are different measures.
    internal static string? PercentageOf(SentenceView s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Unit.Kind != UnitKind.Percentage)
        {
            return null;
        }

        // "Turnout reached 71%, and 3% of voters voted against every party": a percentage that opens its own clause, a share of
        // something with its own verb, is that share, not the share named earlier in the sentence.
        var own = ShareOf(s, match.EndToken, out var afterShare);
        if (own is not null && afterShare < s.Tokens.Count && IsVotingVerb(s, s.Word(afterShare)))
        {
            return own;
        }

        for (var i = match.FirstToken - 1; i >= Math.Max(0, match.FirstToken - 14); i--)
        {
            var word = s.Word(i).ToString();
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":")
            {
                break;
            }

            if (s.Words.PercentageMeasureNames.TryGetValue(word, out var named))
            {
                return IsGeneralShare(named) && i > 0 ? CompoundShare(s, i - 1, named) : named;
            }
        }

        return own;
    }

    private static bool IsGeneralShare(string measure) => measure is MeasureNames.Share or MeasureNames.Rate;

    // The measure of a general share word after the word at the index: that word's own share measure, or the two as a compound when
    // it is a lower-case word that may qualify a noun; else the general word alone.
    private static string CompoundShare(SentenceView s, int before, string general)
    {
        var word = s.Word(before);
        if (s.Words.PercentageMeasureNames.TryGetValue(word, out var named) && !IsGeneralShare(named))
        {
            return named;
        }

        // The word may open the sentence ("Interest rates stand at 4%"); elsewhere a capitalised word is a name, not a kind of rate.
        // A verb before it ("cut rates to 4%", "hiked rates") is what was done to the rate, not a kind of rate.
        return s.Tokens[before].Kind == TokenKind.Word && word.Length > 1 && (char.IsLower(word[0]) || before == 0) && !s.Words.NounPhraseStops.Contains(word)
            && !s.Words.ChangeDirections.ContainsKey(word) && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            ? $"{word.ToString().ToLowerInvariant()} {general}"
            : general;
    }

    // "15% of the population", "73.2% of the tally sheets", "30% of the vote": a percentage names what it is a share of right after
    // it; shares of different things are different measures.
    // The index after the share's noun phrase is given in `end`.
    private static string? ShareOf(SentenceView s, int after, out int end)
    {
        var i = after;
        end = after;
        if (!s.Word(i).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        i++;
        if (s.Word(i) is "the" or "all" or "those" or "its" or "their")
        {
            i++;
        }

        // "10% of Ivorian voters": a demonym before the noun says whose they are, not what they are.
        if (s.MentionAt(i) is { Form: EntityMentionForm.Demonym } demonym)
        {
            i = demonym.EndToken;
        }

        // "15% of Halvex's workforce", "a tenth of the company's staff": an owner before a possessive says whose they are, not what.
        if (IsPossessor(s, i))
        {
            i += 2;
        }

        var head = -1;
        while (i < s.Tokens.Count && s.Tokens[i].Kind == TokenKind.Word && s.Word(i) is { Length: > 1 } word && char.IsLower(word[0])
               && !s.Words.ClauseBreaks.Contains(word) && !IsVotingVerb(s, word)
               && word is not ("in" or "on" or "at" or "for" or "and" or "or" or "who" or "that" or "to" or "by" or "against" or "from" or "than" or "with" or "counted"))
        {
            head = i++;
            if (IsPossessor(s, head))
            {
                head = -1;
                i++;
            }
        }

        if (head < 0)
        {
            return null;
        }

        end = i;
        var noun = s.Word(head).ToString().ToLowerInvariant();
        if (noun.Length > 4 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal))
        {
            noun = noun[..^1];
        }

        // "only 12% of registered voters took part": a share of those entitled to vote that voted is the turnout; a vote-choice
        // word after the verb names what they voted on: "voted for" a candidate is that candidate's share of the vote, as "won 12%"
        // is (its holder is read later), and "voted against" stays a share of the voters.
        if (i >= s.Tokens.Count || !IsVotingVerb(s, s.Word(i)) || !s.Words.VoterNouns.TryGetValue(noun, out var turnout))
        {
            return "share of " + WholeNamed(s, noun);
        }

        if (!s.Words.VoteChoices.TryGetValue(s.Word(i + 1), out var choice))
        {
            return turnout;
        }

        return choice.Length > 0 ? choice : "share of " + noun;
    }

    // Whether the word at `token` owns what follows it ("Halvex" in "Halvex's workforce").
    private static bool IsPossessor(SentenceView s, int token) =>
        token + 2 < s.Tokens.Count && s.Tokens[token].Kind == TokenKind.Word && s.Tokens[token + 1].Kind == TokenKind.Possessive;

    // The whole a share is of, as the share's measure names it: a workforce under any of its names (staff, employees, workers,
    // jobs, posts: a workforce-measure, directly or as the measure its counted noun takes) is "workforce", so that "15% of its
    // staff" and "15% of the workforce" are one share; any other noun is itself. A count of the same people keeps its own measure
    // (a count of workers may be a part of the employees), which shares of the whole need not.
    private static string WholeNamed(SentenceView s, string noun) =>
        s.Words.WorkforceMeasures.Contains(noun)
        || (s.Words.MeasureSynonyms.TryGetValue(noun, out var measure) && s.Words.WorkforceMeasures.Contains(measure))
            ? Workforce
            : noun;

    /// <summary>The whole a share of a workforce under any of its names is of (see <see cref="WholeNamed"/>).</summary>
    private const string Workforce = "workforce";

    // "cast", "voted", or an outcome word of those who took part ("took [part]", "turned [out]").
    private static bool IsVotingVerb(SentenceView s, ReadOnlySpan<char> word) =>
        word is "cast" or "voted" || (s.Words.Outcomes.TryGetValue(word, out var outcome) && outcome == Participants);

    /// <summary>The measure of people who took part (the <c>outcome</c> of "took part", "turned out").</summary>
    private const string Participants = "participants";

    /// <summary>For a count over a period ("20,000 new refugees arrived in the past week", "300 a day"), " per N days": a flow,
    /// not compared with a stock ("Chad hosts 1.2 million refugees"). A measured amount (rain, snow) has one only when a stated span
    /// follows it ("410 mm of rain in two days", "38 mm in a single hour"), so amounts over different spans, or one over a span and
    /// a yearly average, are not compared. Empty for a stock.</summary>
    internal static string FlowPeriod(SentenceView s, QuantityMatch match)
    {
        var kind = match.Mention.Quantity.Unit.Kind;
        if (kind is not (UnitKind.Count or UnitKind.Currency or UnitKind.Physical))
        {
            return string.Empty;
        }

        var measured = kind == UnitKind.Physical; // a rate the recogniser read ("140 km/h") is the amount's own unit, not a flow
        if (!measured && match.Mention.Per is { Kind: UnitKind.Duration } per && PeriodDays(per.Name) is { } perDays)
        {
            return FormatPeriod(perDays); // "$12 million a month", "80,000 barrels a day": the recogniser read the rate
        }

        if (!measured && match.Mention.Per is { Kind: not UnitKind.None } other)
        {
            return MeasureNames.PerSeparator + other.Name; // "four people per square metre", "$1.40 a share": a rate, not a count or an amount
        }

        if (!measured && match.FirstToken >= TypicalPeriodPhraseWords && TypicalPeriodDays(s, 0) is { } opening)
        {
            // "On a typical day, the clinic sees 200 patients"; it cannot tell a later clause's count of the event ("…, but 40 died on
            // Tuesday"), which it reads per day too
            return FormatPeriod(opening);
        }

        var end = Math.Min(s.Tokens.Count, match.EndToken + 12);
        for (var i = match.EndToken; i < end; i++)
        {
            var word = s.Word(i);
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":"
                || (word is "," && PeopleCounts.AfterOfThem(s, i + 2) is not null))
            {
                break; // "215 people, half of them recovered since Tuesday": the period dates the part, not a rate of the count
            }

            if (measured)
            {
                if (StatedSpanDays(s, i) is { } span)
                {
                    return FormatPeriod(span);
                }

                continue;
            }

            // "a day", "per week", "each month"; not "a week ago" or "a day later", which name a time ("a day from Sudan" is a rate),
            // nor "a week of unrest", the length of what the count is of
            if (word is "a" or "per" or "each" or "every" && PeriodDays(s.Word(i + 1)) is { } rate
                && !(word is "a" && s.Words.RelativeTimeWords.Contains(s.Word(i + 2)) && s.Word(i + 2) is not "from")
                && !(word is "a" && (IsSpanOfTime(s, i) || s.Word(i + 2) is "of")))
            {
                return FormatPeriod(rate);
            }

            if (TypicalPeriodDays(s, i) is { } usual)
            {
                return FormatPeriod(usual); // "some 45 patients arrive at the ward on an average day"
            }

            // "in the past week", "over the last seven days", "during the previous 24 hours", "over the six months to March 31"
            var recent = s.Word(i + 2) is "past" or "last" or "previous";
            if (word is "in" or "over" or "during" or "within" && s.Word(i + 1) is "the"
                && (recent || (word is "over" && NumberParser.TryParseAt(s.Text, s.Tokens, i + 2, out _))))
            {
                var unitIndex = recent ? i + 3 : i + 2;
                var count = 1.0;
                var counted = false;
                if (NumberParser.TryParseAt(s.Text, s.Tokens, unitIndex, out var number) && !number.IsVague)
                {
                    count = number.Value;
                    unitIndex += number.TokenCount;
                    counted = true;
                }

                // "over the past weeks", "in the last months": a plural with no number is a span of unknown length, not a rate
                if (PeriodDays(s.Word(unitIndex)) is { } days && (counted || !s.Word(unitIndex).EndsWith('s')))
                {
                    return FormatPeriod(count * days);
                }
            }
        }

        return measured ? string.Empty : OpeningPeriod(s, match.FirstToken);
    }

    // "in three days", "over 48 hours", "within one week", "in a single hour": a span stated by its length right after a measured
    // amount, which the amount fell or came in; not a span with no number ("in under a week", "in a week"). Counts and money keep
    // their own rate shapes: a count over such a span is most often the whole event's ("726 flights cancelled over three days",
    // "887 prisoners freed over two days"), which other reports give with no span.
    private static double? StatedSpanDays(SentenceView s, int preposition)
    {
        if (s.Word(preposition) is not ("in" or "over" or "within" or "during"))
        {
            return null;
        }

        var unitIndex = preposition + 1;
        var count = 1.0;
        if (s.Word(unitIndex) is "a" && s.Word(unitIndex + 1) is "single")
        {
            unitIndex += 2;
        }
        else if (NumberParser.TryParseAt(s.Text, s.Tokens, unitIndex, out var number) && !number.IsVague)
        {
            count = number.Value;
            unitIndex += number.TokenCount;
        }
        else
        {
            return null;
        }

        return PeriodDays(s.Word(unitIndex)) is { } days ? count * days : null;
    }

    /// <summary>How many words an opening phrase's period may stand after its "the" ("In the attack's second week").</summary>
    private const int OpeningPeriodWords = 4;

    // "In the third week, the depots cancelled 90 deliveries", "Over the latest month, …", "In the week to 3 March, …": a sentence that
    // opens on one period of a series (a period-rank right before the period, or "to" or "ending" and a date right after it) counts
    // that period's figures after it. Not "in the week since the flood" (a running count) nor "in the second week of March" (when the
    // counted event happened).
    private static string OpeningPeriod(SentenceView s, int figure)
    {
        if (s.Tokens.Count < 4 || !(s.Word(0).Equals("in", StringComparison.OrdinalIgnoreCase) || s.Word(0).Equals("over", StringComparison.OrdinalIgnoreCase)
                || s.Word(0).Equals("during", StringComparison.OrdinalIgnoreCase)) || s.Word(1) is not "the")
        {
            return string.Empty;
        }

        for (var k = 2; k < Math.Min(figure, 2 + OpeningPeriodWords); k++)
        {
            if (s.Word(k) is "," or ";" or ":" || s.Tokens[k].Kind == TokenKind.Number)
            {
                return string.Empty;
            }

            if (PeriodDays(s.Word(k)) is { } days && !s.Word(k).EndsWith('s'))
            {
                var ranked = s.Words.PeriodRanks.Contains(s.Word(k - 1));
                var bounded = s.Word(k + 1) is "to" or "ending" && k + 2 < s.Tokens.Count && s.IsInTimeExpression(k + 2);
                var since = s.Word(k + 1) is "since" || (s.Word(k + 1) is "of" && k + 2 < s.Tokens.Count && s.IsInTimeExpression(k + 2));
                return (ranked || bounded) && !since ? FormatPeriod(days) : string.Empty;
            }
        }

        return string.Empty;
    }

    /// <summary>How many words "on a typical day" takes.</summary>
    private const int TypicalPeriodPhraseWords = 4;

    // "on an average day", "in a typical week": "on" or "in", "a" or "an", a typical-period-word and a period in the singular from
    // `on`: the period of a rate, a usual period's count; not "on a single day", "on the first day" nor "in a week", one period or
    // span of the event itself.
    private static double? TypicalPeriodDays(SentenceView s, int on) =>
        on + TypicalPeriodPhraseWords <= s.Tokens.Count
            && (s.Word(on).Equals("on", StringComparison.OrdinalIgnoreCase) || s.Word(on).Equals("in", StringComparison.OrdinalIgnoreCase))
            && s.Word(on + 1) is "a" or "an"
            && s.Words.TypicalPeriodWords.Contains(s.Word(on + 2)) && !s.Word(on + 3).EndsWith('s')
            ? PeriodDays(s.Word(on + 3))
            : null;

    // "a week" that the clause spends or is into, not one the count recurs in: after a verb that takes a length ("spending a week at
    // sea"; not "300 people crossing a day", "40 children dying a day"), a form of "be" ("they were a week into the crossing") or a
    // span-preposition ("for a week", "after a week", "within a week").
    private static bool IsSpanOfTime(SentenceView s, int article)
    {
        if (article < 1 || s.Tokens[article - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var before = s.Word(article - 1);
        return s.Words.LengthVerbs.Contains(before) || Ellipses.IsCopula(s, article - 1)
            || s.Words.SpanPrepositions.Contains(before);
    }

    internal static double? PeriodDays(ReadOnlySpan<char> unit) => unit switch
    {
        "hour" or "hours" => 1.0 / 24,
        "day" or "days" => 1,
        "week" or "weeks" => 7,
        "fortnight" => 14,
        "month" or "months" => 30,
        "year" or "years" => 365,
        _ => null,
    };

    internal static string FormatPeriod(double days) =>
        MeasureNames.PerSeparator + (days == 1 ? "day" : days == 7 ? "week" : days == 365 ? "year" : days == 30 ? "month" : days * 24 == 1 ? "hour"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{days:0.##} days"));

    /// <summary>How many words after "in" or "of" the money noun of an amount may stand ("$60 billion in military and economic aid").</summary>
    private const int MoneyNounWithinWords = 4;

    // "$60 billion in military and economic aid", "$5 million in damages", "the storm did $40 million of damage to roads": what the money
    // is, named after "in" or "of" right after it.
    private static string? MoneyNamedAfterInOrOf(SentenceView s, int end)
    {
        if (s.Word(end) is not ("in" or "of"))
        {
            return null;
        }

        for (var i = end + 1; i < Math.Min(s.Tokens.Count, end + 1 + MoneyNounWithinWords); i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                return null;
            }

            if (s.Words.MoneyMeasures.TryGetValue(s.Word(i), out var money))
            {
                return money;
            }
        }

        return null;
    }

    /// <summary>How many words after a physical figure a shock it measures may be named by one word ("a 4.8 magnitude aftershock").</summary>
    private const int ShockAfterWindow = 3;

    /// <summary>How many words before a physical figure a shock it measures may be named in its clause: a count of the shocks and where
    /// they were felt may stand between ("Vorland logged 120 aftershocks felt across the hill villages, the strongest reaching magnitude
    /// 4.6").</summary>
    private const int ShockBeforeWindow = 14;

    /// <summary>The most words a <c>secondary-shock</c> term takes ("after the main quake").</summary>
    private const int ShockTermWords = 4;

    /// <summary>The label of a shock other than the main one that a physical figure measures ("aftershock"), or null: named by a
    /// <c>secondary-shock</c> word right after the figure ("a 4.8 magnitude aftershock") or before it in its clause, commas allowed ("an
    /// aftershock measuring magnitude 4.8", "Vorland logged 30 aftershocks, the strongest reaching magnitude 5.1", "a second tremor of
    /// magnitude 4.2"), or by a term placing
    /// it after the main shock later in its clause ("a magnitude 5.3 jolt that came an hour after the main quake"). Otherwise an event word met
    /// first names the main shock ("the magnitude 7.3 quake", "aftershocks followed the quake of magnitude 7.3").</summary>
    internal static string? SecondaryShockOf(SentenceView s, QuantityMatch match)
    {
        var mainNamed = false;
        for (var i = match.FirstToken; i < s.Tokens.Count && i < match.EndToken + PhysicalWindow; i++)
        {
            var word = s.Word(i);
            if (i >= match.EndToken && (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":" or ","))
            {
                break;
            }

            if (ShockTermEndingAt(s, i) is { } label && (label.Words > 1 || (!mainNamed && i < match.EndToken + ShockAfterWindow)))
            {
                return label.Label;
            }

            mainNamed |= i < match.EndToken + ShockAfterWindow && s.Words.EventAnchors.ContainsKey(word);
        }

        if (mainNamed)
        {
            return null;
        }

        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - ShockBeforeWindow; i--)
        {
            // A term that ends at an event word names a shock other than the main one ("a second tremor of magnitude 4.2"); the event
            // word alone names the main one ("the quake, of magnitude 5.8").
            if (ShockTermEndingAt(s, i) is { } label)
            {
                return label.Label;
            }

            var word = s.Word(i);
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":" || s.Tokens[i].Kind == TokenKind.Number || s.Words.EventAnchors.ContainsKey(word))
            {
                return null;
            }
        }

        return null;
    }

    // The secondary-shock term of one to ShockTermWords words that ends at the token, with its length in words.
    private static (string Label, int Words)? ShockTermEndingAt(SentenceView s, int end)
    {
        var term = s.Word(end).ToString();
        for (var words = 1; words <= ShockTermWords && end - words + 1 >= 0; words++)
        {
            if (words > 1)
            {
                term = $"{s.Word(end - words + 1)} {term}";
            }

            if (s.Words.SecondaryShocks.TryGetValue(term, out var label))
            {
                return (label, words);
            }
        }

        return null;
    }

    /// <summary>How far before a physical figure the word naming what it measures is looked for ("sustained winds of about 165 km/h").</summary>
    private const int PhysicalWindow = 8;

    /// <summary>The event's quantity a physical figure measures, named by the nearest word (or two) before it in its clause ("gusts
    /// of nearly 340 km/h" → gust, "sustained winds of 150 km/h" → sustained wind), by the word right after it ("10 km deep", "180 mm
    /// of rain") or by a <c>physical-measure-after</c> word later in its clause ("1,350 tonnes of diesel escaped"); null when none names it.
    /// A clause that names the measure only further on, past another figure or a comma, is not read.</summary>
    internal static string? PhysicalMeasureOf(SentenceView s, QuantityMatch match, string unit)
    {
        string? before = null; // a word before that names a measure of another unit ("waves … 800 barrels of fuel spilled") leaves the words after to name it
        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - PhysicalWindow; i--)
        {
            var word = s.Word(i);
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":" or ")" || s.Tokens[i].Kind == TokenKind.Number || NamesFigureBefore(s, i))
            {
                break;
            }

            if (i > 0 && s.Words.PhysicalMeasures.TryGetValue($"{s.Word(i - 1)} {word}", out var pair))
            {
                before = Fitting(s, pair, unit); // "sustained winds", "wind gusts": the two words name it, not the last alone
                break;
            }

            if (s.Words.PhysicalMeasures.TryGetValue(word, out var named))
            {
                before = Fitting(s, named, unit);
                break;
            }
        }

        if (before is not null)
        {
            return before;
        }

        // "10 km deep", "180 mm of rain", "300 mm (12 inches) of rain"
        var end = AfterBracket(s, match);
        var next = s.Word(end) is "of" ? end + 1 : end;
        return s.Words.PhysicalMeasures.TryGetValue(s.Word(next), out var after) ? Fitting(s, after, unit) : MeasureLaterInClause(s, end, unit);
    }

    // "The quake was 18 km deep and its epicentre lay 40 km west of Tarvo": a word inside or right after another figure ("18 km deep",
    // "180 mm of rain") names that figure, not a later one.
    private static bool NamesFigureBefore(SentenceView s, int i) =>
        s.QuantityCovering(i) is not null || s.HasQuantityEndingAt(i) || (s.Word(i - 1) is "of" && s.HasQuantityEndingAt(i - 1));

    // "1,350 tonnes of diesel escaped into the lagoon", "800 barrels of fuel were spilled": the first physical-measure-after word
    // within PhysicalWindow words after the figure, in its clause and before another figure, names what it measures.
    private static string? MeasureLaterInClause(SentenceView s, int end, string unit)
    {
        for (var i = end; i < s.Tokens.Count && i < end + PhysicalWindow; i++)
        {
            var word = s.Word(i);
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":" or "(" or "," || s.Tokens[i].Kind == TokenKind.Number)
            {
                return null; // "5,000 tonnes of diesel, half of which escaped": the cargo, not what leaked
            }

            if (s.Words.PhysicalMeasuresAfter.TryGetValue(word, out var named))
            {
                return Fitting(s, named, unit);
            }
        }

        return null;
    }

    /// <summary>The measure a length has when it says how far something lies from a named place: "distance · from lindenport" for
    /// "100 km (62 miles) west of Lindenport" or "about 120 km from the capital, Lindenport". Only distances from one place are
    /// compared. "Of" takes a compass direction before it ("a 100 km stretch of road" places nothing); the place is a capitalised
    /// name of up to three words, after "the" and a <c>claim-place-noun</c> with a comma ("the capital, Lindenport"). A common noun
    /// ("from the border", "from the summit"), a name that only modifies one ("from the Brenmoor border") and a span ("from
    /// Lindenport Square to the parliament") place nothing; null then.</summary>
    internal static string? DistanceFrom(SentenceView s, QuantityMatch match, string unit)
    {
        if (s.Words.BaseUnitOf(unit) != DistanceBaseUnit)
        {
            return null;
        }

        var i = PlaceStartAfter(s, match);
        if (i < 0)
        {
            return null;
        }

        var article = s.Word(i) is "the";
        if (article && s.Words.PlaceNouns.Contains(s.Word(i + 1)) && s.Word(i + 2) is ",")
        {
            i += 3; // "the capital, Lindenport"
            article = false;
        }

        var name = new List<string>();
        var j = i;
        for (; j < i + MostNameWords && IsName(s.Word(j)); j++)
        {
            name.Add(s.Word(j).ToString());
        }

        var next = s.Word(j);
        var modifiesNoun = article && next.Length > 0 && char.IsLower(next[0]) && s.Tokens[j].Kind == TokenKind.Word && !s.Words.ClauseBreaks.Contains(next);
        return name.Count == 0 || modifiesNoun || next is "to" ? null : Distance + MeasureNames.PartSeparator + "from " + string.Join(' ', name).ToLowerInvariant();

        static bool IsName(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]);
    }

    /// <summary>Whether a length says how far something lies from a place, named or not: "from" right after it, or a compass direction
    /// and "from" or "of" ("some 6 miles from the nearest village", "40 km west of the town").</summary>
    internal static bool StandsFromAPlace(SentenceView s, QuantityMatch match) => PlaceStartAfter(s, match) >= 0;

    // The token where the place a length is measured from begins: after "from" right after the length (and its bracket), or after a
    // compass direction and "from" or "of" ("40 km west of the town"); -1 when the length is followed by neither.
    private static int PlaceStartAfter(SentenceView s, QuantityMatch match)
    {
        var i = AfterBracket(s, match);
        var directed = s.Words.Directions.Contains(s.Word(i));
        if (directed)
        {
            i++;
        }

        return s.Word(i) is "from" || (directed && s.Word(i) is "of") ? i + 1 : -1;
    }

    /// <summary>The measure of how far something lies from a place, an event's physical measure named by no word of its own.</summary>
    internal const string Distance = "distance";

    /// <summary>The dimension of a thing of the story that a length written before it measures: "height · mountain" for "the
    /// 2,891-metre (9,485 ft) volcano", "length · bridge" for "the 1.2km bridge" (the thing's own dimension, <c>sized-thing</c>),
    /// "height · wall" for "a 3 metre high wall" (a <c>size-adjective</c> between names another). Only things of a fixed size:
    /// "a 7-km radius", "a 5 km march" and "a 100 km stretch" name none; null then.</summary>
    internal static string? SizeOf(SentenceView s, QuantityMatch match, string unit)
    {
        if (s.Words.BaseUnitOf(unit) != DistanceBaseUnit)
        {
            return null;
        }

        var i = AfterBracket(s, match);
        if (s.Word(i) is "-")
        {
            i++;
        }

        string? dimension = null;
        if (s.Words.SizeAdjectives.TryGetValue(s.Word(i), out var named))
        {
            dimension = named;
            i += s.Word(i + 1) is "-" ? 2 : 1;
        }

        return s.Words.SizedThings.TryGetValue(s.Word(i), out var thing)
            ? (dimension ?? thing.Dimension) + MeasureNames.PartSeparator + thing.Label
            : null;
    }

    /// <summary>The base unit lengths are compared in (<c>unit-conversion</c>).</summary>
    private const string DistanceBaseUnit = "km";

    /// <summary>The most words a place a distance is measured from may have ("Kestrel Bay", "Port Lindenport Harbour").</summary>
    private const int MostNameWords = 3;

    // The measure a word names when the figure's unit is one it takes: "winds battered a 100 km stretch" measures no wind.
    private static string? Fitting(SentenceView s, string measure, string unit) =>
        s.Words.FitsPhysicalMeasure(measure, unit) ? measure : null;

    /// <summary>The first token after a short bracket right after a figure ("203 kilometres (126 miles) per hour" → "per"), or the
    /// figure's end when no bracket follows it.</summary>
    private static int AfterBracket(SentenceView s, QuantityMatch match)
    {
        if (s.Word(match.EndToken) is "(")
        {
            for (var j = match.EndToken + 1; j < s.Tokens.Count && j <= match.EndToken + 5; j++)
            {
                if (s.Word(j) is ")")
                {
                    return j + 1;
                }
            }
        }

        return match.EndToken;
    }

    /// <summary>The largest bare figure put "at" an event's measure: a magnitude's scale ends near 10.</summary>
    private const double MostMeasuredAt = 10;

    /// <summary>The counted noun a bare figure after "at" measures when an event's measure named by that noun comes before it in its
    /// clause with no figure of its own ("the seismic centre put the magnitude of Friday's earthquake at 6.9"); null otherwise.</summary>
    internal static string? MeasuredAt(SentenceView s, QuantityMatch match)
    {
        if (match.FirstToken < 2 || !(s.Word(match.FirstToken - 1) is "at") || match.Mention.Quantity.Value is <= 0 or > MostMeasuredAt)
        {
            return null; // "put the magnitude of the damage at 300" is no quake's
        }

        for (var i = match.FirstToken - 2; i >= 0 && i >= match.FirstToken - 2 - PhysicalWindow; i--)
        {
            var word = s.Word(i);
            if (s.Words.ClauseBreaks.Contains(word) || word is ";" or ":" || s.Tokens[i].Kind == TokenKind.Number)
            {
                return null;
            }

            var noun = word.ToString().ToLowerInvariant();
            if (s.Words.PhysicalMeasures.TryGetValue(word, out var named) && named == s.Words.Plural(noun))
            {
                return noun;
            }
        }

        return null;
    }

    /// <summary>Whether a physical figure restates, in brackets, the figure right before it in another unit ("203 kilometres (126
    /// miles)", "230km/h (143mph)"): the same figure, not a claim of its own. A bracketed figure of another dimension ("150 km/h (3 km
    /// offshore)") is not.</summary>
    internal static bool IsBracketedRestatement(SentenceView s, QuantityMatch match, QuantityMatch? before) =>
        before is { } previous && previous.Mention.Quantity.Unit.Kind == UnitKind.Physical && match.Mention.Quantity.Unit.Kind == UnitKind.Physical
        && s.Words.BaseUnitOf(previous.Mention.Quantity.Unit.Name) == s.Words.BaseUnitOf(match.Mention.Quantity.Unit.Name)
        && match.FirstToken > 0 && s.Word(match.FirstToken - 1) is "(" && previous.EndToken == match.FirstToken - 1;

    /// <summary>The rate a bracketed restatement's "per hour" makes of a length ("203 kilometres (126 miles) per hour" is 203 km/h):
    /// the rate applies to both figures. Null when none follows.</summary>
    internal static Unit? RateAcrossBracket(SentenceView s, QuantityMatch match)
    {
        var after = AfterBracket(s, match);
        return match.Mention.Quantity.Unit.Kind == UnitKind.Physical && after > match.EndToken
            && s.Word(after) is "per" or "an" or "a" && s.Word(after + 1) is "hour"
            && s.Words.RateUnits.TryGetValue(match.Mention.Quantity.Unit.Name, out var rate) ? Unit.Physical(rate) : null;
    }

    /// <summary>What befell the things counted ("destroyed 1,200 homes", "85 houses were damaged", "800 buildings collapsed", "1,200
    /// destroyed homes"), or null when the figure's clause does not say: homes destroyed and homes damaged are different quantities,
    /// and "damaged or destroyed" is a third.</summary>
    internal static string? DamageStateOf(SentenceView s, QuantityMatch match)
    {
        // The verb right before the figure, over an article or adverb ("razed some 300 homes", "destroyed nearly 40 schools").
        for (var j = match.FirstToken - 1; j >= Math.Max(0, match.FirstToken - 2); j--)
        {
            if (StateEndingAt(s, j, out var first) is { } before)
            {
                // "damaged or destroyed 12,000 homes": both states at once.
                return first >= 2 && s.Word(first - 1) is "or" or "and" && StateEndingAt(s, first - 2, out _) is { } other ? Either(before, other) : before;
            }

            if (s.Tokens[j].Kind != TokenKind.Word || !(s.Word(j) is "a" or "an" or "some" or "the" || s.Word(j).EndsWith("ly", StringComparison.Ordinal)))
            {
                break;
            }
        }

        // An adjective in the counted noun phrase ("1,200 destroyed homes").
        if (match.HasNounPhrase && !match.HasNounBefore)
        {
            for (var j = match.NounFirstToken; j < match.NounEndToken; j++)
            {
                if (StateEndingAt(s, j, out _) is { } inPhrase)
                {
                    return inPhrase;
                }
            }
        }

        // After the counted noun, over auxiliaries, adverbs and one place phrase ("85 houses were partially damaged", "300 homes in the
        // valley were destroyed", "800 buildings collapsed").
        var start = match.HasNounPhrase && !match.HasNounBefore ? Math.Max(match.EndToken, match.NounEndToken) : match.EndToken;
        var placePhrase = false;
        var coordinated = false;
        var phraseStart = start;
        for (var j = start; j < Math.Min(s.Tokens.Count, phraseStart + DamageWindow); j++)
        {
            var word = s.Word(j);
            var end = j + 1 < s.Tokens.Count && s.Words.DamageStates.ContainsKey(word.ToString() + " " + s.Word(j + 1).ToString()) ? j + 1 : j;
            if (StateEndingAt(s, end, out _) is { } after)
            {
                // "were damaged or destroyed"
                return end + 2 < s.Tokens.Count && s.Word(end + 1) is "or" or "and" && StateEndingAt(s, end + 2, out _) is { } other ? Either(after, other) : after;
            }

            if (!coordinated && placePhrase && word is "and" or "or" && j + 2 < s.Tokens.Count && s.Tokens[j + 1].Kind == TokenKind.Number
                && IsPlacePreposition(s.Word(j + 2)))
            {
                // "12,000 homes in the valley and 2,700 in the town were affected": a second figure shares the verb when both have their
                // own place ("300 homes in the valley and 40 were damaged" is two clauses).
                coordinated = true;
                placePhrase = false;
                phraseStart = j + 2;
                j++;
                continue;
            }

            if (s.Tokens[j].Kind != TokenKind.Word || s.Words.ClauseBreaks.Contains(word) || word is "and" or "or")
            {
                break;
            }

            if (j == phraseStart && IsPlacePreposition(word))
            {
                placePhrase = true; // "in the valley": the place phrase runs on to the verb
            }
            else if (!placePhrase && !s.Words.OutcomeSkips.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal))
            {
                break;
            }
        }

        return null;
    }

    // A preposition that opens a place phrase after a counted noun ("in the valley", "across the region").
    private static bool IsPlacePreposition(ReadOnlySpan<char> word) =>
        word is "in" or "across" or "near" or "around" or "along" or "throughout";

    /// <summary>The damage state of things lost (destroyed, buried, washed away): what a bare count of homes in a disaster report
    /// means, so it makes no part of the measure.</summary>
    internal const string LostState = "lost";

    // A state whose last word is at `end`: two words ("totally damaged" → destroyed, "swept away") or one; `first` is where it starts.
    private static string? StateEndingAt(SentenceView s, int end, out int first)
    {
        first = end;
        if (end < 0 || end >= s.Tokens.Count)
        {
            return null;
        }

        if (end >= 1 && s.Words.DamageStates.TryGetValue(s.Word(end - 1).ToString() + " " + s.Word(end).ToString(), out var phrase))
        {
            first = end - 1;
            return phrase;
        }

        return s.Words.DamageStates.TryGetValue(s.Word(end), out var state) ? state : null;
    }

    // "damaged or destroyed" and "destroyed or damaged" are one state.
    private static string Either(string one, string other) =>
        one == other ? one : string.CompareOrdinal(one, other) < 0 ? one + " or " + other : other + " or " + one;

    /// <summary>How many words after a count of things what befell them is looked for ("houses in the valley were partially damaged").</summary>
    private const int DamageWindow = 8;

    /// <summary>The measure of a length of time that no declared period names: never compared.</summary>
    internal const string Duration = "duration";

    /// <summary>How many lower-case words may stand between "of" and a declared period ("days of national mourning").</summary>
    private const int PeriodModifiers = 2;

    /// <summary>The measure of a declared period a length names right after it ("seven days of national mourning", "a week of
    /// curfew"), or null.</summary>
    internal static string? DeclaredPeriodOf(SentenceView s, int after)
    {
        if (after >= s.Tokens.Count || s.Word(after) is not "of")
        {
            return null;
        }

        for (var i = after + 1; i < Math.Min(s.Tokens.Count, after + 2 + PeriodModifiers); i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word || !char.IsLower(s.Word(i)[0]) || EndsNounPhrase(s, s.Word(i)))
            {
                return null; // "five days of service after the outage" are not the outage's
            }

            if (s.Words.DeclaredPeriods.TryGetValue(s.Word(i), out var period))
            {
                // Not "three days of ceasefire talks" (the period noun modifies another noun) nor "ten hours of curfew each night" (a
                // daily length, not the period's).
                var next = i + 1 < s.Tokens.Count ? s.Word(i + 1) : default;
                return ModifiesNoun(s, i) || next is "each" or "every" or "per" or "a" or "an" ? null : period;
            }
        }

        return null;
    }

    /// <summary>The measure of a declared period a hyphened length names before it ("a 24-hour curfew", "a three-day national
    /// mourning", "a three-day mourning period"), or null: the period noun within two lower-case words after the length, heading its
    /// phrase or followed by a <c>declared-period-head</c> noun ("period"). Not "three-day ceasefire talks": the talks last three
    /// days.</summary>
    internal static string? DeclaredPeriodBefore(SentenceView s, QuantityMatch match)
    {
        var written = match.Mention.Span.Slice(s.Text);
        if (written.LastIndexOf(' ') is var space && !written[(space + 1)..].Contains('-'))
        {
            return null; // "three days curfew" is no adjective
        }

        for (var i = match.EndToken; i < Math.Min(s.Tokens.Count, match.EndToken + 1 + PeriodModifiers); i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word || !char.IsLower(s.Word(i)[0]) || EndsNounPhrase(s, s.Word(i)))
            {
                return null;
            }

            if (s.Words.DeclaredPeriods.TryGetValue(s.Word(i), out var period))
            {
                return !ModifiesNoun(s, i) || s.Words.DeclaredPeriodHeads.Contains(s.Word(i + 1)) ? period : null;
            }
        }

        return null;
    }

    /// <summary>How many tokens before its lasting verb the aside closed right before it may open ("the outage, which began on Friday
    /// morning, lasted").</summary>
    private const int LastedWindow = 12;

    /// <summary>How many tokens a prepositional phrase between what lasted and its lasting verb may span ("the strike in the north
    /// lasted").</summary>
    private const int LastedPhraseTokens = 4;

    /// <summary>The measure of a declared period said to have lasted the length ("the blackout lasted more than 20 hours", "the siege,
    /// which began in May, lasted 40 days", "a walkout lasting three days", "the strike in Vorland lasted nine hours"), or null: a
    /// <c>lasting-verb</c> right before the length (or before "for" and it), and the period's noun what the verb is said of
    /// (<see cref="HeadBeforeLastingVerb"/>). Not "during the blackout, the meeting lasted three hours": the meeting lasted.</summary>
    internal static string? LastedPeriodOf(SentenceView s, QuantityMatch match)
    {
        var verb = s.Word(match.FirstToken - 1) is "for" ? match.FirstToken - 2 : match.FirstToken - 1;
        if (verb < 1 || !s.Words.LastingVerbs.Contains(s.Word(verb)))
        {
            return null;
        }

        var head = HeadBeforeLastingVerb(s, verb);
        return head >= 0 && s.Words.DeclaredPeriods.TryGetValue(s.Word(head), out var period) ? period : null;
    }

    // The token of the noun a lasting verb is said of: the word right before the verb, the word before a relative pronoun right
    // before it ("the outage, which lasted"), the word before a prepositional phrase right before it ("the strike in Vorland
    // lasted"), or the word before a ", which …," or ", that …," aside closed right before it ("the outage, which began at dawn,
    // lasted"); -1 when none stands so, or a figure or another clause comes between.
    private static int HeadBeforeLastingVerb(SentenceView s, int verb)
    {
        var last = verb - 1;
        if (s.Word(last) is "which" or "that" && last >= 2)
        {
            // "the outage, which lasted", "a strike that lasted": the relative pronoun stands for the noun before it.
            return s.Word(last - 1) is "," ? last - 2 : last - 1;
        }

        if (s.Word(last) is ",")
        {
            for (var i = last - 1; i >= Math.Max(1, verb - LastedWindow); i--)
            {
                if (s.Tokens[i].Kind == TokenKind.Number || s.Word(i) is ";")
                {
                    return -1;
                }

                if (s.Word(i) is ",")
                {
                    return s.Word(i + 1) is "which" or "that" ? i - 1 : -1;
                }
            }

            return -1;
        }

        if (s.Words.DeclaredPeriods.ContainsKey(s.Word(last)))
        {
            return last;
        }

        for (var i = last; i >= Math.Max(1, last - LastedPhraseTokens); i--)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                return -1;
            }

            if (Subjects.IsPreposition(s.Word(i)))
            {
                return i - 1;
            }
        }

        return -1;
    }

    // Whether a lower-case noun follows the period noun at `index` in its phrase, which it then modifies ("ceasefire talks"), rather
    // than a preposition, conjunction or verb.
    private static bool ModifiesNoun(SentenceView s, int index)
    {
        var next = index + 1 < s.Tokens.Count ? s.Word(index + 1) : default;
        return index + 1 < s.Tokens.Count && s.Tokens[index + 1].Kind == TokenKind.Word && char.IsLower(next[0])
            && !EndsNounPhrase(s, next) && !s.Words.OutcomeSkips.Contains(next);
    }

    // Whether a lower-case word ends the noun phrase before it: a preposition, conjunction or clause break, not a noun of the phrase.
    private static bool EndsNounPhrase(SentenceView s, ReadOnlySpan<char> word) =>
        Subjects.IsPreposition(word) || s.Words.ClauseBreaks.Contains(word) || s.Words.PeriodPhraseEnds.Contains(word);

    /// <summary>Whether the figure only picks out members of a ranking: "the" (or a possessive) before it and a superlative
    /// (lexicon kind <c>comparison-word</c>) right after it ("Brenmoor and Lindenport, the two biggest cities", "its three largest
    /// parties", "the 20 most populous towns"). The number says how many of the top the text goes on about, not an amount sources
    /// report. "most" or "least" before an adverb or an outcome word grades the people counted instead ("the 12 most seriously
    /// injured", "the 40 most badly hurt"), which stays a count. A number after "the top" or "the bottom" inside a partitive ranks the set
    /// a part is taken from ("four of the top 20 players"); without "of" before it ("the top 20 players were injured") it stays a
    /// count.</summary>
    internal static bool IsRankedSet(SentenceView s, QuantityMatch match)
    {
        var first = match.FirstToken;
        if (first >= 3 && s.Word(first - 1) is "top" or "bottom" && Subjects.IsTheOrPossessive(s.Word(first - 2)) && s.Word(first - 3) is "of")
        {
            return true; // "four of the top 20 players": which players the four are among, not how many of anything there are
        }

        if (!match.HasNounPhrase || match.HasNounBefore || match.FirstToken < 1 || !Subjects.IsTheOrPossessive(s.Word(match.FirstToken - 1)))
        {
            return false;
        }

        // The superlative stands between the number and its noun, inside the mention or at the head of the noun phrase.
        for (var k = match.FirstToken + 1; k < match.PhraseEndToken - 1; k++)
        {
            var word = s.Word(k);
            if (!s.Words.ComparisonWords.Contains(word) || word is "first")
            {
                continue; // "the 40 first responders" counts responders
            }

            var next = s.Word(k + 1);
            var gradesTheCounted = word is "most" or "least"
                && (next.EndsWith("ly", StringComparison.Ordinal) || s.Words.Outcomes.ContainsKey(next));
            if (!gradesTheCounted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a bare figure is an average of something its clause does not name: "on" and a <c>statistic</c> word right
    /// after the number, which the quantity stage reads as the mention's qualifier ("the people held were 31 on average", "the crews
    /// were 12 on average"). It gives their mean age or size, not how many there are; the caller leaves out figures with a counted
    /// noun of their own ("54 people on average").</summary>
    internal static bool IsBareAverage(SentenceView s, QuantityMatch match)
    {
        var end = match.EndToken;
        return (end >= 2 && end - 2 > match.FirstToken && s.Word(end - 2) is "on" && s.Words.Statistics.Contains(s.Word(end - 1)))
            || (end + 1 < s.Tokens.Count && s.Word(end) is "on" && s.Words.Statistics.Contains(s.Word(end + 1)));
    }

    /// <summary>Whether the figure is the gap between two amounts, a comparative and "than" right after it ("5% less than the board had
    /// announced", "12 more than the day before") or a shortfall-word between the number and its noun ("85 fewer shifts"): a relation
    /// the text draws between figures other claims give.</summary>
    internal static bool IsGap(SentenceView s, QuantityMatch match)
    {
        // "85 fewer shifts were cancelled": a shortfall-word after the number and before its noun, with or without "than".
        for (var i = match.FirstToken + 1; i < match.PhraseEndToken; i++)
        {
            if (s.Tokens[i - 1].Kind == TokenKind.Number && s.Words.ShortfallWords.Contains(s.Word(i)))
            {
                return true;
            }
        }

        // Not "12 survivors more than 48 hours after the quake": "than" before another figure bounds that figure, not this one.
        var end = match.PhraseEndToken;
        var than = s.Word(end) is "than" ? end : s.Word(end + 1) is "than" ? end + 1 : -1;
        if (than < 0 || than + 1 < s.Tokens.Count && s.Tokens[than + 1].Kind is TokenKind.Number or TokenKind.Currency)
        {
            return false;
        }

        return (than == end && end > match.FirstToken && s.Words.GapComparatives.Contains(s.Word(end - 1)))
            || (than == end + 1 && s.Words.GapComparatives.Contains(s.Word(end)));
    }

    /// <summary>Whether a sentence gives its figures as a step of a count still going on (lexicon kind <c>provisional-result</c>):
    /// "partial results gave Ruiz 52%", "Ruiz had 52%, according to preliminary commission results", or a count-progress share
    /// ("with 83% of ballots counted, Ruiz had 52%"). A count still going on that the text gives otherwise ("as counting went
    /// on") is not recognised.</summary>
    internal static bool GivesRunningCount(SentenceView s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (!s.Words.ProvisionalResultNouns.Contains(s.Word(i)))
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
            {
                if (s.Words.ProvisionalCues.Contains(s.Word(j)) || s.Words.ProvisionalResultAdjectives.Contains(s.Word(j)))
                {
                    return true;
                }
            }
        }

        return s.Quantities.Any(m => IsCountProgress(s, m));
    }

    /// <summary>How many words before a percentage a count-progress lead or gerund may stand ("With over 88%", "tallying roughly
    /// 93 percent").</summary>
    private const int CountProgressWindow = 3;

    /// <summary>Whether a percentage says how far a count has gone rather than what it found (lexicon kind <c>count-progress</c>):
    /// "With 88% of ballots tallied", "once some 93 percent of ballots had been tallied", "after tallying roughly 93 percent of
    /// ballots", "demanded that 45% of ballots be recounted". The share must be of a counted noun (votes, ballots, precincts), so
    /// "after processing 75% of the applications" stays a claim; a gerund must stand right before the figure ("counting on 30% of the
    /// youth vote" is a hope, not a count), and a participle followed by "as" names a kind ("40% of the vote counted as spoiled"). A
    /// participle after the share needs a lead word opening the phrase or "be" before it, so "the Greens won with 41% of ballots
    /// tallied" stays a share of the vote; a share counted that the text gives with no such word ("88% of ballots are now tallied")
    /// is not recognised.</summary>
    internal static bool IsCountProgress(SentenceView s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Unit.Kind != UnitKind.Percentage || ShareOf(s, match.EndToken, out var end) is null)
        {
            return false;
        }

        if (!OfCountedNoun(s, match.EndToken + 1, end))
        {
            return false;
        }

        var lead = false;
        for (var i = match.FirstToken - 1; i >= Math.Max(0, match.FirstToken - CountProgressWindow); i--)
        {
            if (!s.Words.CountProgress.TryGetValue(s.Word(i), out var role))
            {
                continue;
            }

            if (role == "before")
            {
                if (i == match.FirstToken - 1)
                {
                    return true; // "after tallying roughly 93 percent of ballots" (the qualifier is the figure's)
                }

                break;
            }

            // The lead word opens its sentence or clause: "With 88% …", ", with 88% of ballots tallied".
            lead = role == "lead" && (i == 0 || s.Word(i - 1) is "," or ";" || s.Words.ClauseBreaks.Contains(s.Word(i - 1)));
            break;
        }

        // The participle ends the share's noun phrase ("of precincts reporting") or follows it past auxiliaries ("were counted",
        // "to be counted again").
        for (var i = end - 1; i < Math.Min(s.Tokens.Count, end + CountProgressWindow); i++)
        {
            var word = s.Word(i);
            if (s.Words.CountProgress.TryGetValue(word, out var role) && role == "after")
            {
                return s.Word(i + 1) is not "as" && (lead || (i > 0 && s.Word(i - 1) is "be"));
            }

            if (i >= end && word is not ("were" or "was" or "had" or "have" or "has" or "been" or "be" or "to" or "being"))
            {
                return false;
            }
        }

        return false;
    }

    // Whether a counted noun (count-progress "counted": votes, ballots, precincts) stands in the share's phrase before any participle:
    // "of the ballots", "of precincts reporting", "of ballots had been tallied" (the phrase the share reads may run on past its noun).
    private static bool OfCountedNoun(SentenceView s, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (s.Words.CountProgress.TryGetValue(s.Word(i), out var role))
            {
                return role == "counted";
            }
        }

        return false;
    }

    /// <summary>How many words a custody word may stand from a custody noun's count: after the noun past auxiliaries ("40 suspects
    /// have been held", "40 suspects remain in custody"), or before the figure ("police detained at least 40 suspects").</summary>
    private const int CustodyWordWindow = 4;

    /// <summary>Whether a custody word (lexicon kind <c>custody-word</c>) stands next to the count of a custody noun, within its
    /// clause: "40 suspects were detained" and "police held 40 suspects" count arrests, "40 suspects fled" does not.</summary>
    private static bool HeldNextToCount(SentenceView s, QuantityMatch match)
    {
        var after = match.PhraseEndToken;
        for (var k = after; k < s.Tokens.Count && k < after + CustodyWordWindow && s.Tokens[k].Kind != TokenKind.Punctuation; k++)
        {
            if (s.Words.CustodyWords.Contains(s.Word(k)))
            {
                return true;
            }
        }

        for (var k = match.FirstToken - 1; k >= 0 && k >= match.FirstToken - CustodyWordWindow && s.Tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (s.Words.CustodyWords.Contains(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence names a harm that kills no one (lexicon kind <c>bloodless-harm</c>: "hack", "ransomware",
    /// "scam"): its victims are people or firms affected, not deaths ("the ransomware gang has 140 victims").</summary>
    private static bool NamesBloodlessHarm(SentenceView s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.Tokens[k].Kind == TokenKind.Word && s.Words.BloodlessHarms.Contains(s.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence of a count of victims gives another count of people who lived (an outcome word of the
    /// <c>rescued</c> measure, "alive", "survived", in that count's own clause): "the gas leak struck 40 victims; 31 survived after
    /// treatment and nine died", "doctors said 31 of the 40 victims were still alive". Those victims are everyone the harm struck,
    /// dead and living, so the count is no toll. A survivor named elsewhere in the sentence ("the 40 victims included 5 teenagers,
    /// though the driver survived") says nothing of the victims.</summary>
    private static bool SaysSomeOfThemLived(SentenceView s, QuantityMatch match)
    {
        foreach (var other in s.Quantities)
        {
            if (other.FirstToken != match.FirstToken && other.Mention.Quantity.Unit.Kind == UnitKind.Count && ClauseSaysItLived(s, other))
            {
                return true;
            }
        }

        return false;
    }

    // Whether an outcome word of the rescued measure follows the count inside its clause, before the next mark, clause break or "and"
    // ("31 were pulled out alive and nine died", "31 of the 40 victims were still alive"; "31 survivors").
    private static bool ClauseSaysItLived(SentenceView s, QuantityMatch count)
    {
        for (var k = count.FirstToken; k < s.Tokens.Count; k++)
        {
            var word = s.Word(k);
            if (k >= count.EndToken && (s.Tokens[k].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word) || word is "and"))
            {
                return false;
            }

            if (s.Tokens[k].Kind == TokenKind.Word && s.Words.Outcomes.TryGetValue(word, out var outcome) && outcome == Rescued)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The measure of people who came out of a harm alive (lexicon kind <c>outcome</c>, value <c>rescued</c>).</summary>
    private const string Rescued = "rescued";

    /// <summary>The measure of the noun right before a counted noun that names a change in what that noun counts ("15,000 job cuts",
    /// "18,000 job losses" count jobs, as "15,000 jobs cut" does), or null: lexicon kind <c>counted-change-noun</c>, the noun before
    /// it a <c>measure-noun</c>.</summary>
    private static string? CountedChangeOf(SentenceView s, QuantityMatch match)
    {
        var head = match.NounEndToken - 1;
        return match.HasNounPhrase && head > match.NounFirstToken && s.Words.CountedChangeNouns.Contains(match.Mention.Quantity.Unit.Name)
            && s.Words.MeasureSynonyms.TryGetValue(s.Word(head - 1), out var changed) ? changed : null;
    }

    internal static string MeasureOf(SentenceView s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit;
        switch (unit.Kind)
        {
            case UnitKind.Count:
                return s.Words.BloodlessHarmNouns.TryGetValue(unit.Name, out var affected) && (NamesBloodlessHarm(s) || SaysSomeOfThemLived(s, match)) ? affected
                    : s.Words.MeasureSynonyms.TryGetValue(unit.Name, out var synonym) ? synonym
                    : s.Words.CustodyNouns.TryGetValue(unit.Name, out var held) && HeldNextToCount(s, match) ? held
                    : CountedChangeOf(s, match) ?? s.Words.Plural(unit.Name);
            case UnitKind.Currency:
                if (match.HasNounPhrase)
                {
                    for (var i = match.NounFirstToken; i < match.NounEndToken; i++)
                    {
                        if (s.Words.MoneyMeasures.TryGetValue(s.Word(i), out var money))
                        {
                            return money;
                        }
                    }
                }

                return HarmPayments.PenaltyBefore(s, match.FirstToken) ?? HarmPayments.PaymentAfter(s, match.EndToken) ?? MoneyNamedAfterInOrOf(s, match.EndToken) ?? MoneyBefore(s, match.FirstToken) ?? MeasureNames.UnnamedMoney;
            case UnitKind.Percentage:
                return MeasureNames.Share;
            case UnitKind.Duration:
                return DeclaredPeriodOf(s, match.EndToken) ?? DeclaredPeriodBefore(s, match) ?? LastedPeriodOf(s, match) ?? Duration;
            default:
                return unit.Name;
        }
    }
}
