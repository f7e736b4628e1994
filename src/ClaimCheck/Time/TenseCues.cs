using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>Whether the words before a bare weekday, month or holiday point it back ("was rescued on Thanksgiving Day") or forward
/// ("will meet on Monday", "planned to leave on Thursday"), read from the lexicon's <c>time-cue</c> words.</summary>
internal static class TenseCues
{
    /// <summary>Whether a verb in the past comes shortly before token <paramref name="index"/> in the same clause.</summary>
    public static bool PastBefore(in TimeScan scan, int index) => PastVerbBefore(scan, index) is not null;

    /// <summary>Whether the verb in the past that <see cref="PastBefore"/> finds is the participle of a present perfect right after
    /// "has" or "have" ("The state has made Monday a holiday"): the act is done, but the day it names need not have passed.</summary>
    public static bool PresentPerfectBefore(in TimeScan scan, int index) =>
        PastVerbBefore(scan, index) is { } verb && (scan.Is(verb - 1, "has") || scan.Is(verb - 1, "have"));

    // The token of the nearest verb in the past within six words before token `index`, not past a sentence or clause break.
    private static int? PastVerbBefore(in TimeScan scan, int index)
    {
        const int Window = 6;
        for (var k = index - 1; k >= 0 && k >= index - Window; k--)
        {
            if (scan.Word(k) is "." or ";" or ":")
            {
                return null;
            }

            if (IsPastVerb(scan, k))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Whether the clause of the phrase at tokens <paramref name="start"/> to <paramref name="end"/> (exclusive) has a perfect:
    /// "has", "have" or "had" before a participle (a verb in the past, or "been"; adverbs such as "not" or "long" between). It is looked
    /// for up to eight words back, not past a comma or a clause break, and up to eight words on, not past a clause break nor a comma,
    /// except the comma right after a phrase that opens its sentence ("In recent years, prices have risen"; "As prices soared in
    /// recent years, the firm has …" closes an opening clause, so its comma ends the search).</summary>
    public static bool PerfectInClause(in TimeScan scan, int start, int end)
    {
        const int Window = 8;
        for (var k = start - 1; k >= 0 && k >= start - Window && !EndsClause(scan, k) && !scan.Is(k, ","); k--)
        {
            if (IsPerfectAt(scan, k))
            {
                return true;
            }
        }

        var opensSentence = start <= 1;
        for (var k = end; k < scan.Count && k < end + Window && !EndsClause(scan, k); k++)
        {
            if (scan.Is(k, ",") && !(k == end && opensSentence))
            {
                return false;
            }

            if (IsPerfectAt(scan, k))
            {
                return true;
            }
        }

        return false;
    }

    // "have risen", "has not been", "had long supplied": a perfect's auxiliary at token `k` with its participle after it.
    private static bool IsPerfectAt(in TimeScan scan, int k)
    {
        if (!(scan.Is(k, "has") || scan.Is(k, "have") || scan.Is(k, "had")))
        {
            return false;
        }

        var verb = SkipAdverbsAfter(scan, k);
        return scan.Is(verb, "been") || IsPastVerb(scan, verb);
    }

    /// <summary>Which way the verb after an expression that opens its clause points it: 1 for a future ("In March, the plant
    /// will open"), -1 for a verb in the past ("In January, the company sold its plant"), 0 when the expression does not open
    /// the clause or no cue comes first.</summary>
    /// <param name="scan">The sentence.</param>
    /// <param name="start">The expression's first token (after "in", "on" or a forward word such as "until" when the clause starts
    /// with one).</param>
    /// <param name="end">The token after the expression.</param>
    public static int DirectionAfterOpening(in TimeScan scan, int start, int end)
    {
        const int Window = 8;
        var opening = start == 0 || (start == 1 && (scan.Is(0, "in") || scan.Is(0, "on") || (scan.CueAt(0) & TimeCue.Forward) != 0));
        if (!opening)
        {
            return 0;
        }

        // The main clause's first verb in the past looks back, unless a future or modal comes later in it ("By June 30, tenants
        // who missed the deadline will lose the grant"); a relative clause's verbs and a reporting aside (", officials said,") are
        // skipped. A plan word after that verb is its object, not a second verb ("In May, it announced plans to sell a mill").
        var direction = 0;
        var relative = false;
        for (int k = end, last = end + Window; k < scan.Count && k < last; k++)
        {
            var cue = scan.CueAt(k);
            if (scan.Word(k) is "," && (ReportingAsideEnd(scan, k) ?? (k == end ? TimeAppositiveEnd(scan, k) : PlaceAsideEnd(scan, k))) is { } asideEnd)
            {
                last += asideEnd - k;
                k = asideEnd;
                continue;
            }

            if (EndsClause(scan, k) || (scan.Word(k) is "," && k > end))
            {
                break;
            }

            if (scan.IsCapitalised(k) && cue == TimeCue.None)
            {
                last++; // a name is no tense, however long: "On Tuesday, the Vorland Ferry Workers Union plans a strike"
                continue;
            }

            if ((cue & TimeCue.Future) != 0 || (direction == 0 && !relative && IsPresentPlan(scan, k, cue)))
            {
                return 1;
            }

            relative |= (cue & TimeCue.Relative) != 0;
            if (direction == 0 && !relative && IsPastVerb(scan, k))
            {
                direction = -1;
            }
        }

        return direction;
    }

    // The comma closing a reporting aside that opens at the comma at "comma": ", officials said," (at most four words, one of
    // them a stop cue such as "said").
    private static int? ReportingAsideEnd(in TimeScan scan, int comma)
    {
        const int MaxWords = 4;
        var reporting = false;
        for (var k = comma + 1; k < scan.Count && k <= comma + MaxWords + 1; k++)
        {
            if (scan.Word(k) is ",")
            {
                return reporting ? k : null;
            }

            reporting |= (scan.CueAt(k) & TimeCue.Stop) != 0;
        }

        return null;
    }

    // The comma closing the state or country after a place name (", Ky.,", ", New Mexico,"): one or two capitalised words, the
    // last perhaps with its abbreviation's full stop, between commas after a capitalised word; a name carries no tense.
    private static int? PlaceAsideEnd(in TimeScan scan, int comma)
    {
        const int MaxTokens = 3;
        if (!scan.IsCapitalised(comma - 1))
        {
            return null;
        }

        for (var k = comma + 1; k < scan.Count && k <= comma + MaxTokens + 1; k++)
        {
            if (scan.Word(k) is ",")
            {
                return k > comma + 1 ? k : null;
            }

            if (!(k > comma + 1 && IsAbbreviationStop(scan, k)) && (!scan.IsCapitalised(k) || scan.CueAt(k) != TimeCue.None))
            {
                return null;
            }
        }

        return null;
    }

    // The comma closing an aside right after an opening time that dates it from an event (", a week after the vote,", ", two days
    // before the deadline,", ", hours after the blast,"): a time unit within the aside's first three words, then "after" or
    // "before". It has no verb of its own, so the main clause's verb after it tells the opening time's direction ("In March, a
    // week after the vote, protesters stormed the hall" is the last March).
    private static int? TimeAppositiveEnd(in TimeScan scan, int comma)
    {
        const int MaxUnitAt = 3;
        const int MaxTokens = 24;
        var unitAt = -1;
        for (var k = comma + 1; k < scan.Count && k <= comma + MaxUnitAt; k++)
        {
            if (scan.Words.Units.ContainsKey(scan.Word(k)))
            {
                unitAt = k;
                break;
            }
        }

        if (unitAt < 0 || !(scan.Is(unitAt + 1, "after") || scan.Is(unitAt + 1, "before")))
        {
            return null;
        }

        for (var k = unitAt + 2; k < scan.Count && k <= comma + MaxTokens; k++)
        {
            if (scan.Word(k) is ",")
            {
                return k;
            }

            if (EndsClause(scan, k) && !IsAbbreviationStop(scan, k))
            {
                return null;
            }
        }

        return null;
    }

    // A full stop joined to its word before the sentence's last token ends an abbreviation ("vs.", "Ky."), not a clause: the
    // sentence splitter has already told the two apart.
    private static bool IsAbbreviationStop(in TimeScan scan, int k) =>
        scan.Word(k) is "." && scan.IsJoined(k) && k + 1 < scan.Count;

    // A plan in the present before "to" points ahead as "will" does: a verb in "-s" ("plans to", "intends to", "hopes to"), or its
    // plural form when that "-s" form is a plan cue and no determiner stands before it ("engineers expect to", but not the noun in
    // "their plan to"); the noun "set aside his vacation plans" has no "to" after it. A plan or schedule word after "is" or "are"
    // is one too ("the minister is due to", "talks are expected to"; not "was due to" nor "had been due to"), and so is a verb of
    // asking in a passive in the present ("households are being urged to", "have been asked to").
    private static bool IsPresentPlan(in TimeScan scan, int k, TimeCue cue) =>
        ((cue & TimeCue.Plan) != 0 && scan.Is(k + 1, "to")
            && (scan.Word(k).EndsWith('s')
                || (k > 0 && (scan.CueAt(k - 1) & TimeCue.Article) == 0
                    && (PluralFormCue(scan, k) & TimeCue.Plan) != 0)
                || IsAfterPresentBe(scan, k)))
        || IsPresentRequest(scan, k, cue);

    // Whether "is" or "are" stands right before token "k", up to three adverbs apart ("is due", "are now expected").
    private static bool IsAfterPresentBe(in TimeScan scan, int k)
    {
        var before = SkipAdverbsBefore(scan, k);
        return scan.Is(before, "is") || scan.Is(before, "are");
    }

    // A verb of asking or ordering in a passive in the present or present perfect, right before "to": "are urged to", "are being
    // asked to", "have been told to", "has also been ordered to"; not "were asked to" nor "had been told to".
    private static bool IsPresentRequest(in TimeScan scan, int k, TimeCue cue)
    {
        if ((cue & TimeCue.Request) == 0 || !scan.Is(k + 1, "to"))
        {
            return false;
        }

        var before = SkipAdverbsBefore(scan, k);
        if (scan.Is(before, "being"))
        {
            before = SkipAdverbsBefore(scan, before);
            return scan.Is(before, "is") || scan.Is(before, "are");
        }

        if (scan.Is(before, "been"))
        {
            before = SkipAdverbsBefore(scan, before);
            return scan.Is(before, "has") || scan.Is(before, "have");
        }

        return scan.Is(before, "is") || scan.Is(before, "are");
    }

    // The token before "k" once up to three adverbs right before it are passed ("has also been", "are still urged").
    private static int SkipAdverbsBefore(in TimeScan scan, int k)
    {
        var before = k - 1;
        while (before > 0 && before >= k - 3 && (scan.CueAt(before) & TimeCue.Adverb) != 0)
        {
            before--;
        }

        return before;
    }

    // The token after "k" once up to three adverbs right after it are passed ("has not yet been", "had long supplied").
    private static int SkipAdverbsAfter(in TimeScan scan, int k)
    {
        var after = k + 1;
        while (after < scan.Count && after <= k + 3 && (scan.CueAt(after) & TimeCue.Adverb) != 0)
        {
            after++;
        }

        return after;
    }

    /// <summary>The longest word whose "-s" form <see cref="PluralFormCue"/> looks up; plan verbs are far shorter.</summary>
    private const int MaxBareVerbLength = 24;

    // The cue of the word at k with "-s" added ("expect" → "expects"), read without allocating.
    private static TimeCue PluralFormCue(in TimeScan scan, int k)
    {
        var word = scan.Word(k);
        if (word.Length > MaxBareVerbLength)
        {
            return TimeCue.None;
        }

        Span<char> withS = stackalloc char[word.Length + 1];
        word.CopyTo(withS);
        withS[^1] = 's';
        return scan.Words.CueOf(withS);
    }

    /// <summary>Whether token <paramref name="index"/> is a lower-case verb in the past ("ruled", "met"), not a forward-pointing
    /// participle ("scheduled") nor a passive in the present or future ("is heard", "to be published").</summary>
    public static bool IsPastVerb(in TimeScan scan, int index)
    {
        if (!scan.IsWord(index) || scan.IsCapitalised(index))
        {
            return false;
        }

        var word = scan.Word(index);
        var cue = scan.Words.CueOf(word);
        return ((word.EndsWith("ed") && (cue & TimeCue.NotPast) == 0 && !IsAttributive(scan, index)) || (cue & TimeCue.Past) != 0
                || IsPastAfterName(scan, index, cue))
            && !scan.Is(index - 1, "be") && !scan.Is(index - 1, "to") // "to be published in November" looks ahead
            && !scan.Is(index - 1, "is") && !scan.Is(index - 1, "are"); // "the case is heard in May": a passive in the present
    }

    // "Minister Arlen Voss set out the plan", "the Brenmoor council on Monday cut its fees": a verb spelled alike in the past and the
    // present (time-cue past-after-name) right after a capitalised word that does not open the sentence is in the past, as after one
    // name the present takes "-s" ("sets", time-cue timetable). Not before "to" or "for", a headline's plan ("Vorland set to open",
    // "Talks set for Friday"), nor after a capital opening the sentence, which may be a plural ("Officials set out the plan"). A
    // plural name before it ("the Brenmoor Rangers cut prices") is read as in the past too: the code knows no number of a name.
    private static bool IsPastAfterName(in TimeScan scan, int index, TimeCue cue) =>
        (cue & TimeCue.PastAfterName) != 0 && index >= 2 && scan.IsWord(index - 1) && scan.IsCapitalised(index - 1)
        && !scan.Is(index + 1, "to") && !scan.Is(index + 1, "for");

    // A word in "-ed" after a determiner or a preposition, or after a determiner and an adverb, is an adjective: "a revised budget
    // in January", "on unplowed streets early Tuesday", "a still unnamed date in January".
    private static bool IsAttributive(in TimeScan scan, int index)
    {
        var before = scan.CueAt(index - 1);
        return (before & (TimeCue.Article | TimeCue.Preposition)) != 0
            || ((before & TimeCue.Adverb) != 0 && (scan.CueAt(index - 2) & TimeCue.Article) != 0);
    }

    /// <summary>Which way the nearest tense cue earlier in the clause of token <paramref name="index"/> points it: 1 for a future
    /// ("will be named commander of the crew for a mission in December"), -1 for a verb in the past ("stepped down as chairman,
    /// president and chief executive in March", "fined the line, its biggest tenant and oldest customer, heavily in July": up to
    /// sixteen words back; "had to" + verb, a duty in the past), 0 when a plan, a reporting verb ("said") or the clause's start comes first.</summary>
    public static int DirectionEarlierInClause(in TimeScan scan, int index) => NearestTenseEarlierInClause(scan, index).Direction;

    /// <summary>Whether the nearest tense cue earlier in the clause of token <paramref name="index"/> (as
    /// <see cref="DirectionEarlierInClause"/> finds it, up to sixteen words back) is a future told from the time of the report,
    /// "will" or "'ll": "will hand out blankets from the tents at the far end of the square on Friday". "next" and "ahead" are left out, as
    /// they are as often place words ("next to the embassies", "just ahead of the trip").</summary>
    public static bool PresentFutureEarlierInClause(in TimeScan scan, int index) =>
        NearestTenseEarlierInClause(scan, index) is { Direction: > 0, At: var at }
        && (scan.CueAt(at) & TimeCue.PresentFuture) != 0;

    // The direction of DirectionEarlierInClause and the token that decides it (the future cue, or the "will" before "be").
    private static (int Direction, int At) NearestTenseEarlierInClause(in TimeScan scan, int index)
    {
        const int Window = 16;
        for (var k = index - 1; k >= 0 && k >= index - Window; k--)
        {
            var cue = scan.CueAt(k);
            if (scan.Is(k, "to") && scan.Is(k - 1, "had"))
            {
                return (-1, k); // "had to close the plant in March": a duty in the past
            }

            if (EndsClause(scan, k) || (cue & (TimeCue.Stop | TimeCue.Plan)) != 0 || IsPresentOrInfinitive(scan, k))
            {
                return (0, k);
            }

            if ((cue & TimeCue.Future) != 0)
            {
                return (IsPastPerfect(scan, k) || ((cue & TimeCue.Adjective) != 0 && IsGovernedByPast(scan, k)) ? -1 : 1, k);
            }

            // "be" is never a past: after "will" it is a future ("will be named commander … for a mission in December", "will also
            // be reopened in June", over adverbs and "not"), after "to", "would" or "may" no tense at all.
            if (scan.Is(k, "be"))
            {
                var auxiliary = k - 1;
                while (auxiliary > 0 && auxiliary >= k - 3 && (scan.CueAt(auxiliary) & TimeCue.Adverb) != 0)
                {
                    auxiliary--;
                }

                if (scan.Is(auxiliary, "to") && scan.Is(auxiliary - 1, "had"))
                {
                    return (-1, k); // "had to be home by June 20": a duty in the past, as "had to close" above
                }

                return (auxiliary >= 0 && (scan.CueAt(auxiliary) & TimeCue.Future) != 0 ? 1 : 0, auxiliary);
            }

            if (IsPastVerb(scan, k))
            {
                return (-1, k);
            }
        }

        return (0, index);
    }

    // "is", "are", "has", "have", "to" + verb: a verb in the present or an infinitive between a past verb and the time takes the
    // time out of the past ("extended the loans, which are due in January", "decided to admit them in March"); "to" before an
    // article, a number (in figures or words: "reduced to two lanes from Monday"), a name or what looks like a plural noun is a
    // preposition ("sailed to the island in March", "read the verdict to jurors on Friday").
    private static bool IsPresentOrInfinitive(in TimeScan scan, int k) =>
        scan.Is(k, "is") || scan.Is(k, "are") || scan.Is(k, "has") || scan.Is(k, "have")
        || (scan.Is(k, "to") && !scan.IsNumber(k + 1) && !scan.Words.NumberWords.ContainsKey(scan.Word(k + 1))
            && !scan.IsCapitalised(k + 1) && !LooksPlural(scan.Word(k + 1))
            && !scan.Is(k + 1, "the") && !scan.Is(k + 1, "a") && !scan.Is(k + 1, "an") && !scan.Is(k + 1, "its") && !scan.Is(k + 1, "their"));

    // Whether the word looks like a plural by its ending alone, "-s" after a letter other than "s", "u", "i" or "a" ("jurors",
    // "investors", "voters"): no bare verb ends so, as "discuss", "focus" and "bias" do. No lexicon is consulted (the quantity
    // vocabulary's uncountable nouns are not at hand here), so "news" or "physics" pass too; after "to" they are no verb either.
    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' && word[^2] is not ('s' or 'u' or 'i' or 'a') && char.IsAsciiLetterLower(word[^2]);

    /// <summary>Whether a future cue ("will", "next") comes close before token <paramref name="index"/>, with no verb in the past
    /// between: "will leave at 4 a.m. Thursday", not "will say the plant shut Thursday".</summary>
    public static bool FutureBefore(in TimeScan scan, int index) => CueBefore(scan, index, TimeCue.Future, window: 6, stopAtPastVerb: true);

    /// <summary>Whether a future told from the time of the report ("will", "'ll") comes close before token <paramref name="index"/>,
    /// with no verb in the past between: "It will hold a gala on Dec. 15", not "said it would reopen on Dec. 15".</summary>
    public static bool PresentFutureBefore(in TimeScan scan, int index) =>
        CueBefore(scan, index, TimeCue.PresentFuture, window: 6, stopAtPastVerb: true);

    /// <summary>Whether a plan, possibility, deadline or timetable verb in the present earlier in the clause points token
    /// <paramref name="index"/> forward: "planned to fly to Lindenport on Thursday", "could come as early as Tuesday", "postponed
    /// until Tuesday", "is to resume trading Tuesday", "the country chooses a new parliament on Thursday". A verb in the past between
    /// the two is nearer the time and wins: "would appeal the ruling, announced Monday".</summary>
    public static bool PlanBefore(in TimeScan scan, int index)
    {
        if (CueBefore(scan, index, TimeCue.Plan | TimeCue.Timetable, window: 10, stopAtPastVerb: true))
        {
            return true;
        }

        for (var k = index - 1; k >= 1 && k >= index - 10; k--)
        {
            if (EndsClause(scan, k) || (scan.CueAt(k) & TimeCue.Stop) != 0 || IsPastVerb(scan, k))
            {
                return false;
            }

            if (((scan.Is(k, "soon") || scan.Is(k, "early")) && scan.Is(k - 1, "as")) || (scan.Is(k - 1, "is") && scan.Is(k, "to")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a plan in the present opens the verb of token <paramref name="index"/>'s clause, with no verb in the past
    /// between: "is due to close on Dec. 1", "is set to open", "plans to hold a vote on", "is scheduled to resume", "is to
    /// resume". Such a day is told from the time of the report, as "will close on Dec. 1" is; "was due to close" is not, nor
    /// "is due to rule on a case it heard on Dec. 1", nor "is due to a strike on Dec. 1" ("to" before an article: a
    /// preposition).</summary>
    public static bool PresentPlanBefore(in TimeScan scan, int index)
    {
        const int Window = 10;
        for (int k = index - 1, counted = 0; k >= 1 && counted < Window; k--)
        {
            if (scan.IsInFound(k))
            {
                continue;
            }

            counted++;
            if (EndsClause(scan, k) || (scan.CueAt(k) & TimeCue.Stop) != 0 || IsPastVerb(scan, k))
            {
                return false;
            }

            if (scan.Is(k, "to") && IsPresentOrInfinitive(scan, k) && IsPresentPlanWord(scan, k - 1))
            {
                return true;
            }
        }

        return false;
    }

    // The word before the "to" of a plan in the present: "is" or "are" ("is to resume"), a plan verb in "-s" ("plans", "intends"),
    // a plan or schedule word after "is" or "are" and adverbs ("is due", "are now set", "is scheduled", "is expected"), or a verb
    // of asking in a passive in the present or present perfect ("are urged", "have been asked", "has also been told").
    private static bool IsPresentPlanWord(in TimeScan scan, int k)
    {
        if (scan.Is(k, "is") || scan.Is(k, "are"))
        {
            return true;
        }

        var cue = scan.CueAt(k);
        if ((cue & TimeCue.Request) != 0)
        {
            return IsPresentRequest(scan, k, cue);
        }

        if ((cue & (TimeCue.Plan | TimeCue.Future)) == 0 || (cue & TimeCue.PastAuxiliary) != 0)
        {
            return false;
        }

        return IsPresentPlan(scan, k, cue) || IsAfterPresentBe(scan, k);
    }

    // The window counts words, not those of a time already found between ("will start on May 4 and end on Oct. 12").
    private static bool CueBefore(in TimeScan scan, int index, TimeCue wanted, int window, bool stopAtPastVerb = false)
    {
        for (int k = index - 1, counted = 0; k >= 0 && counted < window; k--)
        {
            if (scan.IsInFound(k))
            {
                continue;
            }

            counted++;
            var cue = CueOrBareScheduleVerb(scan, k);
            if ((cue & wanted) != 0 && (cue & TimeCue.Adjacent) != 0 && !IsRightBefore(scan, k, index))
            {
                continue; // "inquiry opens into Monday's sinking": a schedule verb points forward only the date it governs
            }

            if ((cue & wanted) != 0 && (cue & TimeCue.Adjacent) != 0 && AfterPastAuxiliary(scan, k))
            {
                return false; // "did not resume on Monday", "failed to begin on Monday": the day has passed
            }

            if ((cue & wanted) != 0 && (cue & TimeCue.PastAuxiliary) != 0 && (scan.Is(k + 1, "not") || scan.Is(k + 1, "n't")))
            {
                return false; // "could not open on Monday": a possibility denied looks back
            }

            if ((cue & wanted) != 0 && (cue & TimeCue.Adjective) != 0 && IsGovernedByPast(scan, k))
            {
                return false; // "was effective in May": the verb that governs the adjective sets the tense
            }

            if ((cue & wanted & TimeCue.Plan) != 0 && IsPlanNounDatedByDay(scan, k, index))
            {
                continue; // "issued its forecast on Monday": the day dates the forecast, and the verb before it sets the tense
            }

            if ((cue & wanted) != 0)
            {
                // "had until Monday" is a deadline ahead; "had led the polls until Friday" a state that ended
                return (cue & TimeCue.Forward) != 0 ? !PastPerfectBefore(scan, k) : !IsPastPerfect(scan, k);
            }

            if (EndsClause(scan, k) || (cue & TimeCue.Stop) != 0 || (stopAtPastVerb && IsPastVerb(scan, k)))
            {
                return false;
            }
        }

        return false;
    }

    // The cue of the word at k, or for a bare word with no cue of its own right after what looks like a plural subject, the cue of
    // its "-s" form when that is a schedule verb ("opens", "starts"): "Presales open on Friday" and "sales start at noon Monday" point
    // forward as "opens" and "starts" do. Not after a singular word ("was open on Friday", "to start on Monday"), whose bare form
    // is an adjective or an infinitive.
    private static TimeCue CueOrBareScheduleVerb(in TimeScan scan, int k)
    {
        var cue = scan.CueAt(k);
        if (cue != TimeCue.None || k == 0 || !LooksPlural(scan.Word(k - 1)))
        {
            return cue;
        }

        var withS = PluralFormCue(scan, k);
        return (withS & TimeCue.Future) != 0 && (withS & TimeCue.Adjacent) != 0 && (withS & TimeCue.Adjective) == 0 ? withS : cue;
    }

    // A plan word used as a noun, right after a determiner, with "on" and the expression after it: "issued its forecast on Monday",
    // "published the plan on Friday". The day is when the forecast or plan was made, not what it plans; "its forecast for Saturday"
    // and "its plans to reopen on Monday" still look ahead.
    private static bool IsPlanNounDatedByDay(in TimeScan scan, int k, int index) =>
        k >= 1 && k + 2 == index && scan.Is(k + 1, "on") && (scan.CueAt(k - 1) & TimeCue.Article) != 0;

    // An adjective after a verb in the past or "been" ("was effective", "proved effective", "has been effective"), after a comma
    // that closes a clause with a verb in the past ("resigned in April, effective in May"), or set off by commas before a verb in
    // the past or perfect ("the fare, effective September 1, has cut ridership").
    private static bool IsGovernedByPast(in TimeScan scan, int adjective)
    {
        const int Window = 8;
        var before = adjective - 1;
        while (before > 0 && before >= adjective - 3 && (scan.CueAt(before) & TimeCue.Adverb) != 0)
        {
            before--;
        }

        if (scan.Is(before, "been") || IsPastVerb(scan, before))
        {
            return true;
        }

        if (scan.Word(adjective - 1) is not ",")
        {
            return false;
        }

        if (PastBefore(scan, adjective - 1))
        {
            return true;
        }

        for (var k = adjective + 1; k < scan.Count && k <= adjective + Window && !EndsClause(scan, k); k++)
        {
            if (scan.Word(k) is ",")
            {
                var verb = SkipAdverbsAfter(scan, k);
                return scan.Is(verb, "has") || scan.Is(verb, "have") || scan.Is(verb, "had") || IsPastVerb(scan, verb);
            }
        }

        return false;
    }

    // "did not resume", "didn't begin", "could not open", "failed to resume": an auxiliary in the past (after negations and
    // adverbs, and "to"); "could" only when negated, since "could resume on Monday" still looks ahead.
    private static bool AfterPastAuxiliary(in TimeScan scan, int verb)
    {
        var k = verb - 1;
        var negated = false;
        while (k >= 0 && k >= verb - 3 && (scan.Is(k, "n't") || (scan.CueAt(k) & TimeCue.Adverb) != 0))
        {
            negated |= scan.Is(k, "n't") || scan.Is(k, "not") || scan.Is(k, "never");
            k--;
        }

        if (scan.Is(k, "to"))
        {
            k--;
        }

        var cue = scan.CueAt(k);
        return (cue & TimeCue.PastAuxiliary) != 0 && (negated || (cue & TimeCue.Plan) == 0);
    }

    // "expires Friday", "opens on Monday", "starts at 6 a.m. Friday": the date right after the verb, or after one preposition.
    private static bool IsRightBefore(in TimeScan scan, int verb, int date) =>
        date == verb + 1 || (date == verb + 2 && scan.Word(verb + 1) is "on" or "at" or "in");

    /// <summary>Whether a clause told of the time that ends right before token <paramref name="end"/> (", when …": a
    /// <c>time-year-clause</c> word) has a verb in the past among its first words, so that the time has passed: "stayed shut until
    /// April 9, when engineers reopened it", not "will stay shut until March 3, when the council takes office".</summary>
    public static bool PastClauseAfter(in TimeScan scan, int end)
    {
        const int Window = 6;
        var opening = scan.Is(end, ",") ? end + 1 : end;
        if (!scan.IsWord(opening) || !scan.Words.YearClauses.ContainsKey(scan.Word(opening)))
        {
            return false;
        }

        for (var k = opening + 1; k < scan.Count && k <= opening + Window; k++)
        {
            var cue = scan.CueAt(k);
            if (EndsClause(scan, k) || scan.Is(k, ",") || (cue & (TimeCue.Future | TimeCue.Plan)) != 0 || IsPresentOrInfinitive(scan, k))
            {
                return false;
            }

            if (IsPastVerb(scan, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause before the forward word at <paramref name="forward"/> ("until", "by") is in the past perfect,
    /// so that the time after the word has passed: "had led in the polls until early September", "had filed their reports by
    /// Wednesday". Only "had" with a participle that governs the word counts: "had until Monday", "had no plan to act until
    /// March", a deadline verb ("had given the firm until Friday"), a plan or future between ("had agreed to stay until March")
    /// and a finite verb or "who" between ("voters who had not registered have until Friday") do not.</summary>
    public static bool PastPerfectBefore(in TimeScan scan, int forward)
    {
        const int Window = 12;
        for (var k = forward - 1; k >= 0 && k >= forward - Window; k--)
        {
            var cue = scan.CueAt(k);
            if (EndsClause(scan, k) || scan.Word(k) is "," || scan.Is(k, "to") || scan.Is(k, "who") || scan.Is(k, "that")
                || scan.Is(k, "have") || scan.Is(k, "has") || (cue & (TimeCue.Stop | TimeCue.Future | TimeCue.Plan)) != 0)
            {
                return false;
            }

            if (scan.Is(k, "had"))
            {
                return HasPastParticiple(scan, k, forward);
            }
        }

        return false;
    }

    // "had led", "had not filed", "had been delayed": a participle after "had" (past adverbs and "been"), before the forward word,
    // that sets no deadline.
    private static bool HasPastParticiple(in TimeScan scan, int had, int forward)
    {
        var verb = had + 1;
        while (verb < forward && ((scan.CueAt(verb) & TimeCue.Adverb) != 0 || scan.Is(verb, "been")))
        {
            verb++;
        }

        return verb < forward && IsPastVerb(scan, verb) && (scan.CueAt(verb) & TimeCue.Deadline) == 0;
    }

    // A plan in the past perfect looks back: "had been due to expire Friday", "had been scheduled for March", "had planned to
    // open on Monday": the time was set before the story and has passed or been dropped.
    private static bool IsPastPerfect(in TimeScan scan, int k)
    {
        var before = k - 1;
        if (scan.Is(before, "to") && (scan.CueAt(before - 1) & TimeCue.Plan) != 0)
        {
            before -= 2; // the verb after the plan: "had been due to begin in the north on Oct. 23"
        }

        if (scan.Is(before, "been"))
        {
            before--;
        }

        while (before > 0 && before >= k - 4 && (scan.CueAt(before) & TimeCue.Adverb) != 0)
        {
            before--;
        }

        return scan.Is(before, "had");
    }

    private static bool EndsClause(in TimeScan scan, int k) =>
        scan.Token(k).Kind == TokenKind.Punctuation && scan.Word(k) is "." or ";" or ":" or "”" or "\"";
}
