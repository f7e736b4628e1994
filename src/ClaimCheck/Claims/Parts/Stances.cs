using ClaimCheck.Attribution;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>How a claim is put forward (modality) and whether it is affirmed or denied (polarity), from the cues in its clause.</summary>
internal static class Stances
{
    /// <summary>The modality and polarity of a claim whose key word is at <paramref name="target"/>, from the cues in its clause.</summary>
    internal static (Modality, Polarity) Stance(SentenceView s, int target, ReportingCue? cue, bool isProposition)
    {
        var start = ClauseStart(s, target);
        var nonCommittal = cue is { Stance: ReportingStance.NonCommittal };
        var denied = cue is { Stance: ReportingStance.Denies } denial && !OpensAfterContrast(s, denial.CueToken, start)
            && !IsVoteForSide(s, denial.CueToken) && ReachesBack(s, denial.CueToken, target) && !ActsOnCount(s, denial.CueToken);
        var negated = denied;
        var planned = false;
        var forecast = cue is { Stance: ReportingStance.Expects } expects && expects.CueToken < target && !ListedAfter(s, expects.CueToken, target)
            && !IsOutcomeAgainstExpectation(s, expects.CueToken);
        var cueForecast = forecast;
        var estimated = cue is { Stance: ReportingStance.Estimates };
        var inRelative = start >= 2 && s.Word(start - 1) is "which" or "who" or "whose" && s.Word(start - 2) is ","; // the clause a relative opens
        var negatedInRelative = false;
        (bool, bool, bool, bool, bool, bool)? beforeClause = null; // the main clause's stance while a past subordinate clause is open
        (bool Negated, bool InRelative)? beforeCondition = null; // the negation before an open "if" clause
        for (var i = start; i < target; i++)
        {
            if (s.IsInTimeExpression(i))
            {
                continue; // "May 26" in a dateline is a month, not a modal
            }

            if (IsCapitalisedName(s, i))
            {
                continue; // "May said sales fell 6%", "the May Street shops": a name, not a modal
            }

            if (s.Word(i) is "(" && ParenthesisClosedBefore(s, i, target) is var close and >= 0)
            {
                // "a witness, Ana (not her real name), said the depot had two exits": an aside closed before the figure says
                // something else; its negation, modal or question is not the figure's.
                i = close;
                continue;
            }

            if (s.Word(i) is ")")
            {
                // "the depot (which did not reopen) handled 1,800 parcels": the clause began inside an aside that closes before the
                // figure; what was negated in it is not the figure.
                (negated, negatedInRelative, inRelative) = (denied, false, false);
                continue;
            }

            var word = s.Word(i).ToString();
            if (IsSpeakingVerb(s, i) && !IsNegatedVerb(s, i, start))
            {
                // "a clerk who asked not to be named said 37 prisoners were still held", "the ministry has not updated its count
                // and still says 212 died": a negation before a reporting verb that does not negate the verb itself is the speaker's
                // description, not the report's. "rejected the count, saying 60 had died", "disputed that, telling reporters there had
                // been 12 deaths": after a denial, a reporting verb that a comma or "and" opens gives the denier's own account.
                // The word goes on to the checks below ("declined to confirm" stays non-committal).
                if (denied && cue is { } denier && denier.CueToken < i && s.Word(i - 1) is "," or "and")
                {
                    denied = false;
                }

                (negated, negatedInRelative, inRelative) = (denied, false, false);
            }

            if (word is "that" && ReportedBefore(s, i, start))
            {
                // "the council said without warning that it had spent $4 million": a negation between a reporting verb and the "that" of
                // its report says how it was said, not what.
                (negated, negatedInRelative, inRelative) = (denied, false, false);
                continue;
            }

            if (word is "that" && s.Word(i - 1) is "and")
            {
                // "said every aircraft returned without incident, and that about 80 fighters were killed": a second reported clause
                // does not inherit the negation of the first.
                (negated, negatedInRelative, inRelative) = (denied, false, false);
                continue;
            }

            if (word is "," && s.Word(i + 1) is "and" && i + 2 == target && !isProposition)
            {
                // "a pump the crew could not restart flooded the cellar, and about 300 homes lost water": a clause
                // that ", and" opens with the figure itself has its own stance; the negation, modal or open question ("it is not clear
                // why") of the clause before is not its.
                // The reporting cue's stance still holds.
                (negated, negatedInRelative, inRelative) = (denied, false, false);
                (forecast, planned, estimated) = (cueForecast, false, cue is { Stance: ReportingStance.Estimates });
                nonCommittal = cue is { Stance: ReportingStance.NonCommittal };
                (beforeClause, beforeCondition) = (null, null);
                continue;
            }

            if (word is "and" && !isProposition && s.Reporting.IsVerb(s.Word(i + 1)))
            {
                // "told reporters the port was not paralysed and reported 52 detentions": a second reporting verb joined by "and" opens a
                // report of its own, which does not inherit the negation of the first.
                (negated, negatedInRelative, inRelative) = (denied, false, false);
                continue;
            }

            if (word is "if" or "If" && !isProposition)
            {
                // "If the levee does not hold, 2,000 homes may flood": a condition's negation is not the figure's.
                beforeCondition ??= (negated, negatedInRelative);
                continue;
            }

            if (word is "," && beforeCondition is { } condition)
            {
                (negated, negatedInRelative) = condition;
                beforeCondition = null;
                continue;
            }

            if (word is "," && OpensResultParticiple(s, i + 1))
            {
                // "investigators had not found what set off the blast, killing at least 58 people", "the levee did not hold, flooding 300
                // homes": a participle after a comma that says what the event did states its result; the negation of the clause
                // before is not the result's. The reporting cue's own stance and any modal still hold ("could hit the coast, killing").
                (negated, negatedInRelative, inRelative) = (denied, false, false);
                continue;
            }

            if (word is "," && OpensPastSubordinateClause(s, i + 1))
            {
                // "reporters could reach the island only on Tuesday, when winds had dropped below 40 km/h", "it may be the worst flood
                // since 1998, when 320 people died": the modal or negation of the main clause says nothing of a past clause a comma
                // and a subordinator open after it. The reporting cue's own stance still holds; a comma that closes the clause before
                // the figure gives the main clause's stance back ("could, when it hit the coast, bring gusts of 190 km/h").
                beforeClause = (negated, negatedInRelative, inRelative, forecast, planned, estimated);
                (negated, negatedInRelative, inRelative) = (denied, false, false);
                (forecast, planned, estimated) = (cueForecast, false, cue is { Stance: ReportingStance.Estimates });
                continue;
            }

            if (word is "," && beforeClause is { } main)
            {
                (negated, negatedInRelative, inRelative, forecast, planned, estimated) = main;
                beforeClause = null;
                continue;
            }

            if (word is ",")
            {
                // "Markova, who holds no public office, took 41.2%": a relative clause set off by commas, closed before the figure,
                // says something else about a name; its negation is not the figure's.
                inRelative = s.Word(i + 1) is "which" or "who" or "whose";
                negatedInRelative = false;
                continue;
            }

            if (word.Equals("confirm", StringComparison.OrdinalIgnoreCase) || word.Equals("verify", StringComparison.OrdinalIgnoreCase)
                || word.Equals("verified", StringComparison.OrdinalIgnoreCase))
            {
                for (var k = Math.Max(start, i - 3); k < i; k++)
                {
                    var before = s.Word(k).ToString();
                    if (before is "declined" or "refused" or "cannot" or "not" or "unable" or "neither" || before.EndsWith("n’t", StringComparison.Ordinal) || before.EndsWith("n't", StringComparison.Ordinal))
                    {
                        nonCommittal = true;
                    }
                }
            }
            else if (word is "whether" or "unsure" or "unclear" or "uncertain" || (word is "if" or "If" or "unknown" && isProposition))
            {
                nonCommittal = true;
            }
            else if (s.Words.NegationCues.Contains(word) && s.Word(i + 1) is "known" or "clear")
            {
                nonCommittal = true; // "it is not known what caused the blast" leaves the question open
            }
            else if (IsInFiguresQualifier(s, i))
            {
                // "no more than 40 crates reached Ostrava, and 12 were spoiled": the "no" of an earlier figure's bound is that bound,
                // not a negation
            }
            else if (OpensName(s, i))
            {
                // "the No Tolls coalition said 7 million marched": a capitalised "No" inside the sentence opens a name
            }
            else if (NamesBallotOption(s, i))
            {
                // "early returns put No ahead with 58%", "49.6% for no, which had led": the answer a referendum offers, not a negation
            }
            else if (StatesRecordSince(s, i, target))
            {
                // "no storm had caused more than 20 deaths since 2009": "no … since" states a record, as "the first … since" does,
                // and denies no figure
            }
            else if (s.Words.NegationCues.Contains(word) || word.EndsWith("n’t", StringComparison.Ordinal) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                // "says reports of 400 dead are 'not true', puts the toll at 145": what is not true came before, not the figure after.
                if (inRelative)
                {
                    negatedInRelative |= !IsTruthWord(s, i + 1);
                }
                else
                {
                    negated |= !IsTruthWord(s, i + 1);
                }
            }
            else if (s.Words.PlanCues.Contains(word) && i + 1 < s.Tokens.Count && (s.Word(i + 1) is "to" || word is "intention" or "intentions" or "planned" or "pledged" or "promised" or "proposed"))
            {
                planned = true;
            }
            else if (IsRequestedInfinitive(s, i, target))
            {
                planned = true; // "urged the council to raise the grant to 5,000": what is asked for, not what was done
            }
            else if (IsPlanInfinitive(s, i, target))
            {
                planned = true; // "Hamas is to free 50 hostages", "the mill is to shed 1,200 jobs": what a body is to do is its plan
            }
            else if (word is "could" or "can" && s.Words.VouchVerbs.Contains(s.Word(VerbAfterModal(s, i))))
            {
                // "he could (independently) confirm that eight officers were killed": the speaker vouches for the figure; no forecast
            }
            else if (word is "will" && IsActorsCommitment(s, i, target))
            {
                planned = true; // "the mill will shed 1,200 jobs": what a body says it will do is a plan, not a forecast
            }
            else if (IsOutcomeAgainstExpectation(s, i))
            {
                // "exports grew by less than forecast", "output grew faster than analysts had expected": an outcome measured against a
                // forecast (LABELING.md rule 39), not a forecast
            }
            else if (s.Words.ForecastCues.Contains(word) && s.Word(i + 1) is "have")
            {
                estimated = true; // "there could have been up to 750 people on board": a guess about the past, not a forecast
            }
            else if (s.Words.ForecastCues.Contains(word) && s.Word(i - 1) is "was" or "were" && s.Word(i + 1) is not "to" && !IsExpectationVerb(s, i))
            {
                // "the turnout was probably more than 9,000": a guess about the past ("was expected to", "was forecast at" stay forecasts)
                estimated = true;
            }
            else if (s.Words.ForecastCues.Contains(word) || (s.Words.WarningCues.Contains(word) && s.Word(i + 1) is "of")
                || (s.Words.ForecastNouns.Contains(word) && IsPredictionNoun(s, i))
                || (word is "can" && s.Words.ProjectionVerbs.Contains(s.Word(VerbAfterModal(s, i)))))
            {
                // "forecasters warned of up to 200 mm of rain": a forecast, not the rain that fell; "the toll can climb to 900": what
                // a count can come to is a projection ("the hall can hold 300" is not)
                forecast = true;
            }
            else if (s.Words.EstimateCues.Contains(word))
            {
                estimated = true;
            }
        }

        negated |= negatedInRelative; // the figure is inside the relative clause ("Markova, who did not win 40%")
        if (isProposition && !nonCommittal)
        {
            foreach (var token in s.Tokens)
            {
                if (s.Words.DenialMarkers.Contains(token.Span.Slice(s.Text)))
                {
                    negated = true;
                    break;
                }
            }
        }

        if (!isProposition && !nonCommittal && IsCalledFalse(s, start, target))
        {
            negated = true;
        }

        if (nonCommittal || IsAsked(s, target))
        {
            return (Modality.NonCommittal, Polarity.Affirmed);
        }

        // "the toll will probably go up from 36", "the count could rise from 120": the figure a change is forecast from is the count
        // as it stands, not the forecast
        forecast &= !IsBaseOfForecastChange(s, target);
        var polarity = negated ? Polarity.Negated : Polarity.Affirmed;
        var modality = planned ? Modality.Planned : forecast ? Modality.Forecast : estimated ? Modality.Estimated : Modality.Asserted;
        return (modality, polarity);
    }

    // Whether the figure at `target` follows "from" after a projection verb or its particle ("rise from 58", "go up
    // from 58").
    private static bool IsBaseOfForecastChange(SentenceView s, int target) =>
        target >= 2 && s.Word(target - 1) is "from" && (s.Word(target - 2) is "up" || s.Words.ProjectionVerbs.Contains(s.Word(target - 2)));

    /// <summary>How many words after the figure "since" may stand for a "no … since" record statement.</summary>
    private const int RecordSinceWindow = 8;

    // Whether the word at `negation` is the determiner "no" of a record statement whose clause goes on after the figure
    // to "since" ("no storm had brought more than 300 mm since 1998").
    private static bool StatesRecordSince(SentenceView s, int negation, int target)
    {
        if (!s.Word(negation).Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = target + 1; k < s.Tokens.Count && k <= target + RecordSinceWindow; k++)
        {
            var word = s.Word(k);
            if (word is "," or ";" or ":" or ".")
            {
                return false;
            }

            if (word is "since")
            {
                return true;
            }
        }

        return false;
    }

    // Whether the word at `index` is an -ing participle of an outcome ("killing", "injuring", "wounding": its past form
    // is listed among the outcomes).
    private static bool OpensResultParticiple(SentenceView s, int index) => PeopleCounts.OutcomeOfParticiple(s, s.Word(index)) is not null;

    // The index of the ")" that closes the parenthesis opened at `open` before `target`, or -1 when
    // the figure stands inside it or another parenthesis opens first.
    private static int ParenthesisClosedBefore(SentenceView s, int open, int target)
    {
        for (var k = open + 1; k < target; k++)
        {
            if (s.Word(k) is ")")
            {
                return k;
            }

            if (s.Word(k) is "(")
            {
                return -1;
            }
        }

        return -1;
    }

    // The verb after the modal at `modal`, past one adverb in -ly ("could independently confirm", "can easily
    // exceed", "will gradually cut").
    private static int VerbAfterModal(SentenceView s, int modal) =>
        s.Word(modal + 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? modal + 2 : modal + 1;

    /// <summary>How many words may stand between the verb after "will" and the figure it acts on ("will shed more than 1,200").</summary>
    private const int CommitmentObjectWords = 3;

    // "The mill will shed 1,200 jobs", "the government will send 500 troops", "we will hire 200 nurses": "will" after a body (an
    // organisation or country the entity layer knows, an actor-noun, "we", "they") and before a commitment-verb whose object is the
    // figure. Not when a forecast or estimate cue stands elsewhere in the sentence: a third party's expectation of what the body will
    // do ("analysts expect the company will cut 3,000 jobs", "…, analysts forecast") is a forecast.
    private static bool IsActorsCommitment(SentenceView s, int will, int target)
    {
        var subject = s.Word(will - 1);
        var isActor = s.Words.ActorNouns.Contains(subject) || subject is "we" or "We" or "they" or "They"
            || s.Entities.Any(m => m.EndToken == will && m.Entity.Kind is Entities.EntityKind.Organization or Entities.EntityKind.Country);
        var verb = VerbAfterModal(s, will);
        if (!isActor || !s.Words.CommitmentVerbs.Contains(s.Word(verb)) || target <= verb || target - verb > CommitmentObjectWords)
        {
            return false;
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (i != will && (s.Words.ForecastCues.Contains(s.Word(i)) || s.Words.EstimateCues.Contains(s.Word(i))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the word at <paramref name="index"/> is a <c>subordinate-clause</c> word that opens a clause in the past ("when
    /// winds had dropped", "where 41 climbers were stranded", "when 320 people drowned"): a past verb (a <c>time-cue</c> marked
    /// past, or a form in -ed) before the clause ends. A present or modal clause goes on with the main clause's stance ("will make
    /// landfall on Saturday, when winds reach 190 km/h", "could burst, since up to 300 mm may fall"), and so does a phrase with
    /// no verb ("once again", "before 40 mm on Saturday").</summary>
    private static bool OpensPastSubordinateClause(SentenceView s, int index)
    {
        if (!s.Words.SubordinateClauseWords.Contains(s.Word(index)))
        {
            return false;
        }

        for (var j = index + 1; j < s.Tokens.Count; j++)
        {
            var word = s.Word(j);
            if (word is "," || s.Words.ClauseBreaks.Contains(word) || s.Words.ForecastCues.Contains(word))
            {
                return false;
            }

            if (s.Tokens[j].Kind == TokenKind.Word && word.Length > 0 && char.IsLower(word[0]) && !s.IsInAmount(j)
                && (s.Words.PastVerbs.Contains(word) || IsPastForm(word)))
            {
                return true;
            }
        }

        return false;
    }

    // "four parties are expected to enter parliament: the Front 52.9%, …": what a colon or a semicolon lists after an expectation is
    // given as it stands, not expected.
    private static bool ListedAfter(SentenceView s, int cueToken, int target)
    {
        for (var i = cueToken + 1; i < target; i++)
        {
            if (s.Word(i) is ":" or ";")
            {
                return true;
            }
        }

        return false;
    }

    // "the police denied killing protesters but said seven people had died": a denial made before a contrast word that opens the
    // figure's clause does not reach the figure.
    // Whether the denial verb at `cue` is a vote a share was cast in rather than a source denying a figure: a percentage stands as its
    // subject in the words just before it ("54.2% of voters rejected the charter", "53 per cent had rejected it") or after "by" right
    // after it ("the charter was rejected by 53%"). "Rejected" then names the side the share went to. A count of voters ("9,000
    // rejected it") is not told apart from a count a source rejects, so it still denies.
    private static bool IsVoteForSide(SentenceView s, int cue)
    {
        if (s.Word(cue + 1) is "by" && (IsPercentAt(s, cue + 2) || IsPercentAt(s, cue + 3) || IsPercentAt(s, cue + 4)))
        {
            return true;
        }

        for (var k = cue - 1; k >= Math.Max(0, cue - MaxVoteSubjectWords); k--)
        {
            if (s.Word(k) is "," or ";" or ":" or "that")
            {
                return false;
            }

            if (IsPercentAt(s, k))
            {
                return true;
            }
        }

        return false;
    }

    // The most words between a vote share and the verb it is the subject of ("54.2% of the island's voters had rejected").
    private const int MaxVoteSubjectWords = 6;

    // Whether token k is a percent sign or word, or a figure ending in one ("54.2%", "percent", "per cent").
    private static bool IsPercentAt(SentenceView s, int k) =>
        k >= 0 && k < s.Tokens.Count && (s.Word(k) is "percent" or "cent" || s.Word(k).EndsWith('%'));

    // Whether the word at `i` is a reporting verb that states or estimates ("said", "told", "estimated"; not a denial or an expectation).
    // A `report-participle` ("saying", "telling") counts too; a passive (a form of "be" or "get" right before it: "no one had been
    // reported dead") does not.
    private static bool IsSpeakingVerb(SentenceView s, int i) =>
        ((s.Reporting.TryGetVerb(s.Word(i), out var stance) && stance is ReportingStance.Asserts or ReportingStance.Estimates)
            || s.Words.ReportParticiples.Contains(s.Word(i)))
        && !(i >= 1 && Ellipses.IsCopula(s, i - 1));

    // Whether a reporting verb that is not itself negated stands among the few words before the "that" at `that`, with no comma
    // between ("said without warning that", "told reporters that").
    private static bool ReportedBefore(SentenceView s, int that, int start)
    {
        for (var k = that - 1; k >= Math.Max(start, that - NegatedVerbReach - 1); k--)
        {
            if (s.Word(k) is "," or "(" or ")")
            {
                return false;
            }

            if (IsSpeakingVerb(s, k))
            {
                return !IsNegatedVerb(s, k, start);
            }
        }

        return false;
    }

    // Whether the reporting verb at `verb` is itself negated: a negation or a word ending in "n't" among the words just before it, with
    // no comma between ("did not say", "has never said", "wouldn't yet say").
    private static bool IsNegatedVerb(SentenceView s, int verb, int start)
    {
        for (var k = verb - 1; k >= Math.Max(start, verb - NegatedVerbReach); k--)
        {
            var word = s.Word(k);
            if (word is "," or "(" or ")")
            {
                return false;
            }

            if (s.Words.NegationCues.Contains(word) || word.EndsWith("n’t", StringComparison.Ordinal) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The most words between a negation and the reporting verb it negates ("has not yet publicly said").
    private const int NegatedVerbReach = 3;

    // Whether a denial verb at `cue` reaches the figure at `target`: one after it does ("denied that 40 died"), one before it only as
    // a passive, a form of "be" or "get" one or two words before it ("reports of 700 dead were dismissed", "claims that 40 died have
    // been denied", "were quickly rejected"). "The protests reached 35 counties,
    // and the bar association rejected the minister's count", "serving 18 months on charges, which he denies": a denial in a later
    // clause denies something else.
    private static bool ReachesBack(SentenceView s, int cue, int target) =>
        cue <= target || Ellipses.IsCopula(s, cue - 1) || (cue >= 2 && Ellipses.IsCopula(s, cue - 2));

    // Whether the denial verb at `cue` acts on counted things or people rather than denying a statement: a figure follows it at once
    // ("the mill dismissed more than 600 workers", "the board rejected 40 applications"), or "from" does ("dismissed from public jobs").
    // A share stays a denial's (see IsVoteForSide). For "dismissed" and "dismisses" before a figure in digits the attribution stage
    // already makes no cue (class `dismissal`, ReportingVerbRule), so the claim keeps no denier as its source either; this check covers
    // every other denial verb, a figure in words ("dismissed two guards") and "from".
    private static bool ActsOnCount(SentenceView s, int cue) =>
        s.Word(cue + 1) is "from" || (s.QuantityCovering(cue + 1) is { } count && count.Mention.Quantity.Unit.Kind != UnitKind.Percentage);

    private static bool OpensAfterContrast(SentenceView s, int cueToken, int clauseStart) =>
        cueToken < clauseStart && clauseStart > 0 && s.Word(clauseStart - 1) is "but" or "however" or "although" or "though" or "whereas" or "while";

    // "said unofficial tolls of more than 400 dead are false", "called reports that 400 had died 'false'": a figure that a report or
    // figure noun before it in its clause introduces and that a denial marker after it, before the clause ends, is said to be.
    private static bool IsCalledFalse(SentenceView s, int start, int target)
    {
        var introduced = false;
        for (var i = Math.Max(start, target - 8); i < target && !introduced; i++)
        {
            introduced = s.Words.ReferringNouns.Contains(s.Word(i)) || s.Words.FigureReportNouns.Contains(s.Word(i));
        }

        if (!introduced)
        {
            return false;
        }

        for (var i = target; i < s.Tokens.Count; i++)
        {
            var word = s.Word(i);
            // "are false", "as baseless", "“false”", "are 'not true'": the marker is what the figure is called, not a word beside it
            // ("despite false rumours").
            if (s.Words.DenialMarkers.Contains(word) && s.Word(i - 1) is "are" or "were" or "is" or "was" or "been" or "as" or "“" or "\"" or "‘" or "'")
            {
                return true;
            }

            if (s.Words.NegationCues.Contains(word) && IsTruthWord(s, i + 1))
            {
                return true;
            }

            if (s.Words.ClauseBreaks.Contains(word) || word is "." or "and")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="i"/> opens a figure's own qualifier ("no fewer than 35", "no more than 20"): the
    /// quantity recogniser read it as that figure's bound, not as a negation.</summary>
    private static bool IsInFiguresQualifier(SentenceView s, int i) =>
        s.Quantities.Exists(m => m.Mention.Quantity.Qualifier != Qualifier.Exact && m.FirstToken == i && s.Tokens[i].Kind == TokenKind.Word);

    /// <summary>Whether the negation cue at <paramref name="i"/> is spelt with a capital inside the sentence (not its first word, not
    /// shouted) before another capitalised word: the start of a name ("the No Tolls campaign", "May's 'No Tolls' day"), which
    /// negates nothing. At the sentence's start the capital says nothing ("No Britons were hurt"), nor in a title-case headline, where
    /// the word before the cue has a capital too and does not open the sentence ("Club Has Never Sold 50,000 Tickets").</summary>
    private static bool OpensName(SentenceView s, int i)
    {
        var word = s.Word(i);
        if (word.Length < 2 || !char.IsUpper(word[0]) || IsAllCaps(word) || !s.Words.NegationCues.Contains(word))
        {
            return false;
        }

        var next = IsOpeningQuote(s.Word(i + 1)) ? s.Word(i + 2) : s.Word(i + 1);
        if (next.Length == 0 || !char.IsUpper(next[0]))
        {
            return false;
        }

        var before = PreviousWord(s, i);
        return before >= 0 && (!char.IsUpper(s.Word(before)[0]) || IsPossessive(s, before) || PreviousWord(s, before) < 0);
    }

    // Whether the "no" at `i` is a referendum's answer, a noun, rather than the determiner that negates: a capitalised
    // "No" straight after a lower-case word ("put No ahead", "and No at 49.97%"; in a title-case headline, or as an all-capitals "NO",
    // it may still negate),
    // a "no" after "the" ("the no camp") or a "no" that ends its clause ("49.6% for no, which"), where no noun follows for it to
    // determine.
    private static bool NamesBallotOption(SentenceView s, int i)
    {
        var word = s.Word(i);
        if (!word.Equals("no", StringComparison.OrdinalIgnoreCase) || IsAllCaps(word))
        {
            return false;
        }

        if (char.IsUpper(word[0]))
        {
            return Holders.IsBallotAnswer(s, i);
        }

        return s.Word(i - 1) is "the" || i + 1 >= s.Tokens.Count || s.Word(i + 1) is "," or "." or ";" or ")";
    }

    // The index of the last word token before token i, or -1 when none is.
    private static int PreviousWord(SentenceView s, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (s.Tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }
        }

        return -1;
    }

    // "May's": a word a possessive follows keeps its capital in running text, so it is no sign of a title-case headline.
    private static bool IsPossessive(SentenceView s, int word) => word + 1 < s.Tokens.Count && s.Tokens[word + 1].Kind == TokenKind.Possessive;

    private static bool IsOpeningQuote(ReadOnlySpan<char> word) => word is "‘" or "“" or "'" or "\"";

    // "true", "correct", "accurate", also after an opening quote ("not 'true'"), that closes what it judges: "it is not true that 400
    // died" judges what follows, so there the negation stands.
    private static bool IsTruthWord(SentenceView s, int index)
    {
        if (index < s.Tokens.Count && IsOpeningQuote(s.Word(index)))
        {
            index++;
        }

        return index < s.Tokens.Count && s.Word(index) is "true" or "correct" or "accurate"
            && !(index + 1 < s.Tokens.Count && s.Word(index + 1) is "that");
    }

    // "Is the fund still paying $40 million?": a figure in a question that ends before its clause does (at a full stop, a dash, a
    // semicolon or a closing quote) asserts nothing.
    private static bool IsAsked(SentenceView s, int target)
    {
        for (var i = target; i < s.Tokens.Count; i++)
        {
            var word = s.Word(i);
            if (word is "?")
            {
                return true;
            }

            if (word is "." or "!" or ";" or ":" or "—" or "–" or "”" or "\"")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a figure is the whole a percentage is taken of ("to cut 60 per cent of Vorland Air's 4,200 staff", "does not
    /// plan to close 20% of its 350 branches"): the clause plans or denies the share, while the whole is given as a fact.</summary>
    internal static bool IsWholeOfShare(SentenceView s, QuantityMatch match)
    {
        var i = match.FirstToken - 1;
        if (i >= 0 && Subjects.IsTheOrPossessive(s.Word(i)))
        {
            i--;
        }
        else if (i >= 2 && s.Tokens[i].Kind == TokenKind.Possessive)
        {
            var owner = s.Entities.FindIndex(m => m.EndToken == i);
            var j = owner >= 0 ? s.Entities[owner].FirstToken - 1 : i - 2; // "the company's"
            while (owner < 0 && j >= 1 && char.IsUpper(s.Word(j)[0]) && char.IsUpper(s.Word(j + 1)[0]))
            {
                j--; // "Vorland Air's" when no rule knows the name
            }

            i = j;
            if (i >= 0 && s.Word(i) is "the")
            {
                i--;
            }
        }

        return i >= 1 && s.Word(i) is "of" && s.Quantities.Exists(q => q.EndToken == i && q.Mention.Quantity.Unit.Kind == UnitKind.Percentage);
    }

    internal static int ClauseStart(SentenceView s, int target)
    {
        for (var i = target - 1; i >= 0; i--)
        {
            if (s.Words.ClauseBreaks.Contains(s.Word(i)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The modality a modal verb after a figure gives it as the verb of its clause: a forecast ("more than 10,000 people could
    /// die", "deaths would probably exceed 10,000"), or an estimate where the modal looks back ("40 people may have died"); within two
    /// words after <paramref name="index"/> (the end of the figure or its noun), the words between being adverbs or auxiliaries the
    /// lexicon skips; or a forecast noun after "is a" ("a fare rise above 8% is a real possibility"); or a plan after a form of "be"
    /// ("50 captives are to be released", "2,000 jobs are set to go"). Null when none follows, and
    /// when a time expression or a capitalised month or name comes first ("shipped 61,000 tonnes in May", "down 2 points on May").</summary>
    internal static Modality? ModalityAfter(SentenceView s, int index)
    {
        for (var j = index; j < s.Tokens.Count && j < index + 2; j++)
        {
            var word = s.Word(j);
            if (s.IsInTimeExpression(j) || IsCapitalisedName(s, j))
            {
                return null; // "the steelworks shipped 61,000 tonnes in May": a month or a name, not a modal
            }

            if (s.Words.ForecastCues.Contains(word))
            {
                return s.Word(j + 1) is "have" ? Modality.Estimated : Modality.Forecast;
            }

            if (IsPlanAfter(s, j))
            {
                return Modality.Planned;
            }

            if (!s.Words.OutcomeSkips.Contains(word))
            {
                return word is "a" or "an" && IsForecastNounAt(s, j + 1) ? Modality.Forecast : null;
            }
        }

        return null;
    }

    /// <summary>How many words may name who expected a figure in the clause right after it ("the organisers", "the city's planners").</summary>
    private const int ExpecterWords = 3;

    /// <summary>Whether a definite figure is followed by a relative clause that says someone expected, forecast or predicted it ("far
    /// more than the 50,000 the organisers had expected", "the 300 that they predicted"): the figure is the expectation, not a count.
    /// <paramref name="figureStart"/> is the figure's first token, <paramref name="index"/> the end of the figure or its noun.</summary>
    internal static bool IsExpectedInClauseAfter(SentenceView s, int figureStart, int index)
    {
        if (s.Word(figureStart - 1) is not "the")
        {
            return false;
        }

        var j = s.Word(index) is "that" or "which" ? index + 1 : index;
        if (s.Word(j) is "they" or "we" or "he" or "she")
        {
            j++;
        }
        else if (s.Word(j) is "the" || Subjects.IsPossessivePronoun(s.Word(j)))
        {
            // the words that name who expected it: lower-case nouns or a possessive ("the city's planners")
            var end = Math.Min(s.Tokens.Count, j + 1 + ExpecterWords);
            j++;
            while (j < end && s.Tokens[j].Kind is TokenKind.Word or TokenKind.Possessive && !IsExpectationVerb(s, j)
                && s.Word(j) is not ("had" or "have" or "has"))
            {
                j++;
            }
        }
        else
        {
            return false;
        }

        if (s.Word(j) is "had" or "have" or "has")
        {
            j++;
        }

        return IsExpectationVerb(s, j) && s.Word(j + 1) is not "to"; // not "the 12 miners they had expected to find"
    }

    /// <summary>How many words before a crowd figure, or after the end of its phrase, "registered" (or after it a passive "expected")
    /// may stand and still make the figure the size notified or expected in advance.</summary>
    private const int RegistrationReach = 4;

    /// <summary>Whether a crowd figure is the size someone notified or expected before the event, not a count of those who came:
    /// <see cref="Modality.Planned"/> where "registered" as a perfect or a passive ("had registered", "was registered") stands within
    /// <see cref="RegistrationReach"/> words before the figure ("the union had registered only 2,500 people for its march", "the
    /// parade was registered for 2,500") or "registered" stands after the end of its phrase ("the 2,500 walkers that had been
    /// registered", "the 2,500 the union registered with the council"); <see cref="Modality.Forecast"/> where a passive expectation
    /// verb (an <c>auxiliary</c> such as "been" or "were" before "expected" or "predicted") stands within that reach after it ("2,500
    /// walkers were expected"); with no comma or clause break between. "Registered voters" (a <c>voter-noun</c> after it) is the
    /// electorate, not a registration, and a plain past "registered" before the figure is a count (attribution <c>figure-verb</c>:
    /// "police registered 2,500 marchers"). Null when none stands there. It cannot tell a registration of the figure from one of
    /// something else in the clause ("police had registered a case against 12 people"), nor a count from a registration after the
    /// figure ("the 2,500 marchers police registered"), so callers pass crowd counts only.
    /// <paramref name="figureStart"/> is the figure's first token, <paramref name="index"/> the token after the figure or its noun.</summary>
    internal static Modality? CrowdSizeInAdvance(SentenceView s, int figureStart, int index)
    {
        for (var j = index; j < s.Tokens.Count && j <= index + RegistrationReach && !IsClauseBreakAt(s, j); j++)
        {
            if (s.Word(j) is "registered" && !IsVoterNounAt(s, j + 1))
            {
                return Modality.Planned;
            }

            if (IsExpectationVerb(s, j) && j > 0 && Ellipses.IsCopula(s, j - 1))
            {
                return Modality.Forecast;
            }
        }

        for (var j = figureStart - 1; j >= 0 && j >= figureStart - RegistrationReach && !IsClauseBreakAt(s, j); j--)
        {
            if (s.Word(j) is "registered" && j > 0 && (s.Word(j - 1) is "had" or "has" or "have" || Ellipses.IsCopula(s, j - 1)))
            {
                return Modality.Planned;
            }
        }

        return null;
    }

    private static bool IsClauseBreakAt(SentenceView s, int index) => s.Word(index) is "," || TimeAnchors.HasClauseBreak(s, index, index + 1);

    // "voters", "electors": a voter-noun, singular or with a plural -s.
    private static bool IsVoterNounAt(SentenceView s, int index)
    {
        var word = s.Word(index);
        return s.Words.VoterNouns.ContainsKey(word) || (word.Length > 1 && word[^1] == 's' && s.Words.VoterNouns.ContainsKey(word[..^1]));
    }

    // "May", "Will", "Might" spelt with a capital are a name or a month ("the May Street shops fell", "Will Hallam said"), not a modal
    // (`name-modal`; no other forecast cue is a name), unless the sentence shouts it ("SCHOOLS MAY CLOSE"), a title-case headline
    // puts it between capitals before a bare verb ("Fares May Rise 8%"), or it opens the sentence before a lower-case word that is
    // no past form ("May fall", "Will exceed"): a modal is followed by a bare verb, never by "said" or a past form in -ed.
    private static bool IsCapitalisedName(SentenceView s, int index)
    {
        var word = s.Word(index);
        if (word.Length == 0 || !char.IsUpper(word[0]) || !s.Words.NameModals.Contains(word))
        {
            return false;
        }

        var next = s.Word(index + 1);
        if (next.Equals("Day", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "May Day", "MAY DAY RALLY": a holiday named after the month
        }

        if (IsAllCaps(word))
        {
            return false;
        }

        for (var k = 0; k < index; k++)
        {
            if (s.Word(k) is { Length: > 0 } before && char.IsLetterOrDigit(before[0]))
            {
                // a word comes before it: a name unless a title-case headline puts a capitalised bare verb after it
                return !(s.Word(index - 1) is { Length: > 0 } previous && char.IsUpper(previous[0]) && next.Length > 0 && char.IsUpper(next[0])
                    && IsBareVerbShape(next) && IsTitleCase(s));
            }
        }

        return next.Length == 0 || !char.IsLower(next[0]) || IsPastForm(next);
    }

    // A headline in title case: no lower-case word of four letters or more ("Fares May Rise 8% Next Year, Bank Warns"), where running
    // text has them ("Actor Will Smith donated $5 million").
    private static bool IsTitleCase(SentenceView s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Word && s.Word(i) is { Length: >= 4 } word && char.IsLower(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyInRange('a', 'z');

    // "said", "told", "closed": a past form ("exceed", "proceed", "need" end in -ed but are bare verbs).
    private static bool IsPastForm(ReadOnlySpan<char> word) =>
        word is "said" or "says" or "told" || (word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal));

    // "Rise", "Cut", "Close", "Pass": shaped like a bare verb, not a past form, a participle in -ing or a plural or third person in -s.
    private static bool IsBareVerbShape(ReadOnlySpan<char> word) =>
        !IsPastForm(word) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && (!word.EndsWith("s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ss", StringComparison.OrdinalIgnoreCase));

    /// <summary>How many words may stand between "than" and the expectation verb it compares with ("than the airline had forecast").</summary>
    private const int ExpectationComparisonWords = 4;

    // "less than forecast", "faster than analysts had expected", "bigger than the bank had predicted": an expectation verb that "than"
    // compares an outcome with, the words between being words (who expected it and its auxiliary), not a clause break.
    private static bool IsOutcomeAgainstExpectation(SentenceView s, int index)
    {
        if (!IsExpectationVerb(s, index) || s.Word(index + 1) is "to")
        {
            return false; // "higher than expected to" is not asked for; "than it expected to" looks ahead
        }

        for (var j = index - 1; j >= 0 && j >= index - 1 - ExpectationComparisonWords; j--)
        {
            if (s.Word(j) is "than")
            {
                return true;
            }

            if (s.Tokens[j].Kind is not (TokenKind.Word or TokenKind.Possessive) || s.Words.ClauseBreaks.Contains(s.Word(j)))
            {
                return false;
            }
        }

        return false;
    }

    // "is to free", "are to cut", "was to shed": a form of "be" with "to" and a commitment-verb whose object is the figure is a plan
    // ("the mill is to shed 1,200 jobs"), as after "will" (IsActorsCommitment); "to blame" and other verbs are not ("a faulty valve
    // was to blame for the blast that killed 12"), nor is a figure further on ("is to free 50 of the 240 hostages it holds").
    private static bool IsPlanInfinitive(SentenceView s, int index, int target)
    {
        var verb = index + 2;
        return IsPlanBe(s, index) && s.Word(index + 1) is "to" && s.Words.CommitmentVerbs.Contains(s.Word(verb))
            && target > verb && target - verb <= CommitmentObjectWords;
    }

    /// <summary>How many words may stand between a request verb and the "to" of what it asks ("asked the regional governor to").</summary>
    private const int RequestObjectWords = 5;

    /// <summary>How many words after the "to" of a request the figure may stand and still be what is asked for.</summary>
    private const int RequestClauseWords = 10;

    // "asked the regional governor to lift each household's grant to 800", "urged the council to hire 40 more nurses": a request verb,
    // its object (words only) and "to" with a verb make the figure in that infinitive clause, up to a comma, a clause break, a
    // subordinator, "that" or a reporting verb, what is asked for. "asked about the 40 dead" has no infinitive; "urged residents to
    // leave after floods killed 40" puts the figure in a clause of its own; "asked the minister to confirm that 40 had died" and
    // "asked the agency to report 40 deaths" ask for a report of a figure, not for the figure.
    private static bool IsRequestedInfinitive(SentenceView s, int index, int target)
    {
        if (!s.Words.RequestVerbs.Contains(s.Word(index)))
        {
            return false;
        }

        var to = -1;
        for (var j = index + 1; j < target && j <= index + RequestObjectWords + 1; j++)
        {
            if (s.Word(j) is "to")
            {
                to = j;
                break;
            }

            if (s.Tokens[j].Kind is not (TokenKind.Word or TokenKind.Possessive) || s.Words.ClauseBreaks.Contains(s.Word(j)))
            {
                return false;
            }
        }

        if (to < 0 || to + 1 >= target || s.Tokens[to + 1].Kind != TokenKind.Word || target - to > RequestClauseWords)
        {
            return false;
        }

        for (var j = to + 1; j < target; j++)
        {
            var word = s.Word(j);
            if (word is "," or ";" or "that" || s.Words.ClauseBreaks.Contains(word) || s.Words.SubordinateClauseWords.Contains(word)
                || s.Reporting.IsVerb(word))
            {
                return false;
            }
        }

        return true;
    }

    // "are to be freed", "are scheduled to", "is set to": after a figure, a form of "be" with "to be", or with a plan-cue and "to",
    // makes it a plan ("up to 50 captives are to be released", "2,000 jobs are set to go").
    private static bool IsPlanAfter(SentenceView s, int index) =>
        IsPlanBe(s, index)
        && ((s.Word(index + 1) is "to" && s.Word(index + 2) is "be") || (s.Words.PlanCues.Contains(s.Word(index + 1)) && s.Word(index + 2) is "to"));

    // The forms of "be" that state a plan with "to": not the auxiliaries "get" and "got" ("fans got to buy 5,000 tickets"), nor "were"
    // of a hypothetical ("if the rebels were to free 50").
    private static bool IsPlanBe(SentenceView s, int index) => s.Word(index) is "is" or "are" or "was" or "be";

    // "expected", "predicted", "forecast": a forecast cue as the past verb of a clause, not a modal ("could") or an adverb ("likely").
    private static bool IsExpectationVerb(SentenceView s, int index) =>
        s.Words.ForecastCues.Contains(s.Word(index)) && (s.Word(index).EndsWith("ed", StringComparison.Ordinal) || s.Word(index) is "forecast");

    // "the ministry's projection", "its projections", "the projection is", "projections show", "according to projections": a
    // forecast noun as a prediction; "the projection room", "projections at the festival" are not.
    private static bool IsPredictionNoun(SentenceView s, int index) =>
        (index > 0 && s.Tokens[index - 1].Kind == TokenKind.Possessive)
        || Subjects.IsPossessivePronoun(s.Word(index - 1))
        || (index + 1 < s.Tokens.Count && Ellipses.IsCopula(s, index + 1))
        || s.Word(index + 1) is "of" or "that" or "for" or "show" or "shows" or "showed"
        || (s.Word(index - 1) is "to" && IsAccording(s.Word(index - 2)))
        || (s.Word(index - 1) is "the" && s.Word(index - 2) is "to" && IsAccording(s.Word(index - 3)));

    private static bool IsAccording(ReadOnlySpan<char> word) => word.Equals("according", StringComparison.OrdinalIgnoreCase);

    // "a possibility", "a strong possibility", "a real possibility": a forecast cue as a noun, with at most one word before it.
    private static bool IsForecastNounAt(SentenceView s, int index) =>
        s.Words.ForecastCues.Contains(s.Word(index))
        || (s.Word(index) is { Length: > 0 } adjective && char.IsLower(adjective[0]) && s.Words.ForecastCues.Contains(s.Word(index + 1)));

    // "10,000 homes by 2030", "by the end of the year", "out of the valley by 6 p.m. on Friday": a deadline; "at $61.85 a barrel by
    // 10:15 GMT" is a reading as of a time of day, not a target, and "figures showed 38 people dead by 12 March" in a report of
    // April, or "the dead numbered at least five by Sunday" in Sunday's report, is a count as of a day the report has reached.
    internal static bool HasDeadlineAfter(SentenceView s, int index, DateOnly? published)
    {
        for (var j = index; j + 1 < s.Tokens.Count && j < index + ByWindow; j++)
        {
            if (s.Word(j) is "by"
                && (s.Times.Find(t => t.Span.Start == s.Tokens[j + 1].Span.Start) is { } time && (time.Kind != TimeExpressionKind.Time || HasDayAfter(s, time))
                        && !IsReachedDay(time, published)
                    || s.Word(j + 1) is "the" && s.Word(j + 2) is "end"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a "by DAY" a few words after token <paramref name="index"/> names a day the report had reached when it was
    /// published ("about 1,350 had arrived by Tuesday morning" in Tuesday's report): the figure is the count so far.</summary>
    internal static bool HasReachedDayAfter(SentenceView s, int index, DateOnly? published)
    {
        for (var j = index; j + 1 < s.Tokens.Count && j < index + ByWindow; j++)
        {
            if (s.Word(j) is "by" && s.Times.Find(t => t.Span.Start == s.Tokens[j + 1].Span.Start) is { } time && IsReachedDay(time, published))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens after a figure its "by DAY" may stand ("10,000 homes in the north by 2030").</summary>
    private const int ByWindow = 6;

    // A day before publication, or the day of publication itself (a time of day on it, "by 6 p.m. on Friday" or "by Friday evening",
    // may still lie ahead; its morning, "by Friday morning", has passed by the time a report of that day is out).
    private static bool IsReachedDay(TimeExpression time, DateOnly? published) =>
        published is { } day && time.Scope.End is { } end
        && (end < day || (end == day && (time.Kind != TimeExpressionKind.Time || time.Value.EndsWith(MorningSuffix, StringComparison.Ordinal))));

    /// <summary>The TimeML suffix of a morning ("2025-07-01TMO").</summary>
    private const string MorningSuffix = "TMO";

    // "medics had counted 37 bodies by Thursday morning", "had already recovered 40 by nightfall": a past perfect before the figure
    // says what was done by then, not a target (a plan or forecast verb there, "had promised 3,000 homes by 2030", still sets one).
    internal static bool IsDoneBefore(SentenceView s, int first)
    {
        var verb = first - 1;
        var had = s.Word(verb - 1) is "already" ? verb - 2 : verb - 1;
        return had >= 0 && s.Word(had) is "had" && IsPastForm(s.Word(verb))
            && !s.Words.PlanCues.Contains(s.Word(verb)) && !s.Words.ForecastCues.Contains(s.Word(verb));
    }

    /// <summary>How many characters after a time of day the day it falls on may begin ("6 p.m. on Friday").</summary>
    private const int DayAfterTimeCharacters = 4;

    // A time of day with its day ("by 6 p.m. on Friday"), in one expression or right after it.
    private static bool HasDayAfter(SentenceView s, TimeExpression time) =>
        s.Text.AsSpan(time.Span.Start, time.Span.Length).Contains(" on ", StringComparison.Ordinal)
        || s.Times.Exists(d => d.Kind == TimeExpressionKind.Date && d.Span.Start >= time.Span.End && d.Span.Start - time.Span.End <= DayAfterTimeCharacters);
}
