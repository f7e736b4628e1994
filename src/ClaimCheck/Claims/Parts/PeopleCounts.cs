using System.Collections.Frozen;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What a count of people measures, from the words around it: what happened to them ("32 miners died" → deaths), the toll
/// it is given as ("the toll rose to 146" → deaths), and which part of the people it counts ("33 children" → children).</summary>
/// <remarks>Reads the claim words of the lexicon (<c>outcome</c>, <c>toll-noun</c>, <c>outcome-skip</c>, <c>subgroup</c>); a bare
/// number ("police said 45,000 were present") is a count of people when those words say so.</remarks>
internal static class PeopleCounts
{
    /// <summary>How far before a figure a toll noun, or what happened to the people, is looked for ("the number of people
    /// vaccinated against cholera in the province has reached 610,000").</summary>
    private const int TollWindow = 12;

    /// <summary>How far after a figure (or its counted noun) what happened is looked for ("410 people are believed to have died").</summary>
    private const int OutcomeWindow = 8;

    /// <summary>How many words before the capturing verb, or after it past "by", a police body is looked for ("police in Brenmoor
    /// captured", "captured by local police").</summary>
    private const int CaptorWindow = 3;

    /// <summary>What happened to the people counted (deaths, injuries, participants…), or null when nothing in the clause says.</summary>
    /// <remarks>Applies to counts of people (a person noun or a subgroup such as "children") and to bare numbers. People captured
    /// are prisoners taken in fighting, unless they are suspects or a police body took them: then they are arrests.</remarks>
    internal static string? OutcomeOf(SentenceView s, QuantityMatch match)
    {
        var outcome = OutcomeRead(s, match);
        if (outcome is not null && outcome == s.Words.CapturedMeasure && ArrestsOf(s, match) is { } arrests)
        {
            return arrests;
        }

        return (IsPeopleCount(s, match) ? HeldByPolice(s, match) : null) ?? outcome;
    }

    /// <summary>The token after the people counted when a bare figure comes before the figure noun it gives, after "at": "officials put
    /// at 412 the number of people taken to hospital" (the token after "people", where what befell them is read, as in "put the
    /// number of people taken to hospital at 412"), or null. The counted noun may be left out ("the number of dead").</summary>
    private static int? FrontedFigureNounPhrase(SentenceView s, QuantityMatch match)
    {
        var the = match.EndToken;
        if (match.FirstToken < 1 || s.Word(match.FirstToken - 1) is not "at" || s.Word(the) is not "the"
            || !s.Words.StatedFigureCues.Contains(s.Word(the + 1)) || s.Word(the + 2) is not "of")
        {
            return null;
        }

        var counted = the + 3;
        return counted < s.Tokens.Count && IsPeopleNoun(s, counted) ? counted + 1 : counted;
    }

    // A bare number, or a count of a person noun, a subgroup or nationals ("40 people", "33 children", "12 Thais").
    private static bool IsPeopleCount(SentenceView s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit;
        return unit.Kind == UnitKind.None
            || (unit.Kind == UnitKind.Count && (s.Words.PersonNouns.Contains(unit.Name) || s.Words.Subgroups.ContainsKey(unit.Name)
                || IsNationals(s, match)));
    }

    // "police held more than 140 people", "about 260 people were held by police as they marched": a custody word (lexicon kind
    // custody-word) right next to the count, with a police body (arresting-body) taking the people, makes them arrests, whatever
    // the rest of the clause says they were doing. The police word stands a few words before an active verb right before the
    // count, or right after "by" past a passive verb right after the people; "police held a briefing where 500 people gathered"
    // has no custody word next to its count, and "police held 200 officers in reserve" counts the police's own people.
    private static string? HeldByPolice(SentenceView s, QuantityMatch match)
    {
        if (s.Words.ArrestingBodies.ContainsKey(s.Word(match.PhraseEndToken - 1)))
        {
            return null;
        }

        var before = match.FirstToken - 1;
        if (before >= 1 && s.Words.CustodyWords.Contains(s.Word(before)) && !IsPassive(s, before) && ArrestingBodyAt(s, before) is { } taken)
        {
            return taken;
        }

        var verb = match.PhraseEndToken;
        while (verb < s.Tokens.Count && Ellipses.IsCopula(s, verb))
        {
            verb++; // "were held", "have been held"
        }

        return verb == match.PhraseEndToken || verb + 1 >= s.Tokens.Count || !s.Words.CustodyWords.Contains(s.Word(verb)) || s.Word(verb + 1) is not "by"
            ? null
            : ArrestingBodyAt(s, verb);
    }

    // "Brenmoor police captured 12 men", "the officers captured 9 suspects", "12 were captured by police": an arrest, not a prisoner
    // of war. Suspects (a custody noun) are arrested whoever takes them; others when a police word (lexicon kind arresting-body)
    // stands a few words before an active capturing verb or right after its "by". Before a passive verb the police word names the
    // captives ("14 gendarmes were captured by rebels in Vorland").
    private static string? ArrestsOf(SentenceView s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit;
        if (unit.Kind == UnitKind.Count && s.Words.CustodyNouns.TryGetValue(unit.Name, out var held))
        {
            return held;
        }

        for (var verb = Math.Max(0, match.FirstToken - TollWindow); verb < Math.Min(s.Tokens.Count, match.EndToken + OutcomeWindow); verb++)
        {
            if (!s.Words.Outcomes.TryGetValue(s.Word(verb), out var named) || named != s.Words.CapturedMeasure)
            {
                continue;
            }

            if (ArrestingBodyAt(s, verb) is { } arrests)
            {
                return arrests;
            }
        }

        return null;
    }

    // The measure of the police body (arresting-body) that takes people at a custody or capturing verb: a few words before the
    // verb when it is active ("police in Brenmoor captured"), or past its "by" ("captured by local police"); null when none stands
    // there.
    private static string? ArrestingBodyAt(SentenceView s, int verb)
    {
        for (var k = Math.Max(0, verb - CaptorWindow); k < Math.Min(s.Tokens.Count, verb + CaptorWindow + 1); k++)
        {
            var taker = (k < verb && !IsPassive(s, verb)) || (k > verb + 1 && s.Word(verb + 1) is "by");
            if (taker && s.Words.ArrestingBodies.TryGetValue(s.Word(k), out var arrests))
            {
                return arrests;
            }
        }

        return null;
    }

    // Whether a form of "be" or "get" stands right before the verb at token `verb`, or before one adverb there ("were captured",
    // "were reportedly captured").
    private static bool IsPassive(SentenceView s, int verb) =>
        (verb >= 1 && Ellipses.IsCopula(s, verb - 1)) || (verb >= 2 && s.Word(verb - 1).EndsWith("ly", StringComparison.Ordinal) && Ellipses.IsCopula(s, verb - 2));

    private static string? OutcomeRead(SentenceView s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit;
        var isPeople = IsPeopleCount(s, match);
        if (!isPeople && unit.Kind == UnitKind.Count && match.HasNounBefore)
        {
            // "the number of confirmed deaths …: 2,140 killed and more than 300 were missing": a noun named before the figures
            // gives way to what the figure's own clause says happened.
            return OutcomeFrom(s, match.EndToken);
        }

        // "only 12 bodies were identified by Tuesday": the bodies the clause says were identified are the identified, not the
        // bodies found.
        if (!isPeople && IsRemainsCount(s, unit) && MainVerbOutcome(s, match) is { } ofRemains && ofRemains.Outcome == s.Words.IdentifiedMeasure)
        {
            return ofRemains.Outcome;
        }

        if (!isPeople && IsRemainsCount(s, unit) && RemainsHandled(s, match) is { } handled)
        {
            return handled; // "14 bodies have since been buried in Orvik", "the morgue released 17 bodies": what was done with them, not the toll
        }

        if (!isPeople)
        {
            return null;
        }

        if (FrontedFigureNounPhrase(s, match) is { } counted)
        {
            return OutcomeFrom(s, counted); // "the ministry put at 412 the number of people taken to hospital": those taken to hospital
        }

        // "the blast hurt 35 miners in Brenmoor; four of them later died": a part of people named before says what befell it after
        // "of them".
        if (AfterOfThem(s, match.EndToken) is { } next)
        {
            if (OutcomeFrom(s, next) is { } ofThem)
            {
                return ofThem;
            }

            // "52 people, six of them pupils, drowned": a part set off by commas right after its count is what befell the count.
            if (SetBeforeApposedPart(s, match) is { } apposedTo && apposedTo.PhraseEndToken == CommaBeforeApposedPart(s, match)
                && IsPeopleCount(s, apposedTo))
            {
                return OutcomeOf(s, apposedTo);
            }
        }

        // "One dead, 64 injured and 91,000 marchers": a counted noun that names its own measure is not another figure's toll.
        var namesItsMeasure = unit.Kind == UnitKind.Count && s.Words.MeasureSynonyms.TryGetValue(unit.Name, out var own) && own != "people";

        // A subgroup with a measure of its own ("soldiers", troops) still takes a toll noun before it ("the dead came to 64 soldiers"),
        // but not another figure's outcome ("One dead, 64 injured and 2,000 soldiers deployed").
        var subgroupOfItsOwnMeasure = namesItsMeasure && s.Words.Subgroups.ContainsKey(unit.Name);
        if (SetOfPart(s, match) is { } set && MainVerbOutcome(s, set) is { } ofPart)
        {
            return ofPart.Outcome; // "16 of the 40 divers who were stranded had been rescued": the part is what the verb says
        }

        if (PartBefore(s, match) && MainVerbOutcome(s, match) is { } ofTheSet)
        {
            if (!HasOutcomeBetween(s, match, ofTheSet.Token))
            {
                return NamedOutcome(s, match); // "… of the 40 divers were killed": the verb tells of the part, not of the 40
            }

            // "3 of the 20 people who were injured had died": the set's own words say what happened to it, the main verb to the part.
            return OwnOutcomeBefore(s, match, ofTheSet.Token);
        }

        // "inspectors in Ostrava identified 17 workers poisoned by fumes": what the participle after the people says befell them,
        // not their being identified.
        var verbBefore = VerbBefore(s, match);
        if (verbBefore is not null && verbBefore == s.Words.IdentifiedMeasure
            && OwnOutcomeAfter(s, match) is { } participle)
        {
            verbBefore = participle;
        }

        var outcome = PopulationBefore(s, match) ?? verbBefore ?? OutcomeAfter(s, match);
        if (outcome is null && namesItsMeasure && MainVerbOutcome(s, match) is { } verb && verb.Outcome == s.Words.IdentifiedMeasure)
        {
            return verb.Outcome; // "coroners say 15 victims of the Brenmoor flood were later identified": named, not the toll
        }

        if (outcome is null && !namesItsMeasure && SetOfPart(s, match) is { } whole && OwnOutcomeAfter(s, whole) is { } ofWhole)
        {
            return ofWhole; // "4 of the 10 people killed in Brenmoor were children": a part of the dead
        }

        return outcome ?? RemainsBefore(s, match)
            ?? ((namesItsMeasure && !subgroupOfItsOwnMeasure) || OpensClauseOfItsOwn(s, match) ? null : EndedOrBorrowed(s, match, subgroupOfItsOwnMeasure));
    }

    // "two miners died and 9 are still underground", "20 suspects were held and 6 remain at large", "15 villagers fled and 32 were
    // taken away": a predicate of place or state right after the count (lexicon kind outcome-ending) ends the outcome an earlier clause
    // named, so the count takes the measure that predicate makes, or none, instead of borrowing the earlier outcome (TollBefore).
    // A condition or an origin of the same people ("and 12 are in critical condition", "8 are from Brenmoor") is no ending: such a
    // count stays a part of the outcome before it.
    private static string? EndedOrBorrowed(SentenceView s, QuantityMatch match, bool notAfterAFigure) =>
        OutcomeEndingAfter(s, match) is { } ending ? (ending.Length == 0 ? null : ending) : TollBefore(s, match, notAfterAFigure);

    /// <summary>The measure the <c>outcome-ending</c> predicate right after the count makes (past outcome-skip words: "were still
    /// believed to be underground"), empty when it makes none, or null when no such predicate follows.</summary>
    private static string? OutcomeEndingAfter(SentenceView s, QuantityMatch match)
    {
        Span<char> buffer = stackalloc char[OutcomePhraseChars];
        for (var i = match.PhraseEndToken; i < s.Tokens.Count && i < match.PhraseEndToken + OutcomeWindow; i++)
        {
            for (var length = Math.Min(s.Words.OutcomeEndingWords, s.Tokens.Count - i); length >= 1; length--)
            {
                if (WordsJoined(s, i, length, buffer) is { IsEmpty: false } phrase && s.Words.OutcomeEndings.TryGetValue(phrase, out var measure))
                {
                    return measure;
                }
            }

            if (!s.Words.OutcomeSkips.Contains(s.Word(i)))
            {
                return null;
            }
        }

        return null;
    }

    // Whether the count counts bodies or remains ("nine bodies"), by its noun or the measure the noun is compared under.
    private static bool IsRemainsCount(SentenceView s, Unit unit) =>
        unit.Kind == UnitKind.Count && (s.Words.RemainsNouns.ContainsKey(unit.Name)
            || (s.Words.MeasureSynonyms.TryGetValue(unit.Name, out var measure) && s.Words.RemainsNouns.ContainsKey(measure)));

    /// <summary>Whether a count before "of them" or "of whom" is the whole count of the outcome its own clause names
    /// (<paramref name="measure"/>'s base) because the set it is taken from befell nothing: "300 miners were below ground; 41 of them
    /// were hurt", "doctors diagnosed 60 children, and 12 of them died". It is then a rival of the injured or the dead another report
    /// gives, not a part of the 300. Not when a word before the count names an outcome other than being aboard ("40 were hurt, 12 of
    /// them were taken to hospital", "97 hostages are still held, 30 of them dead", "rescued 60, four of them later died"): the count
    /// may then be a part of those people only, a later stage of some of them; being aboard befalls no one ("the ferry carried 36
    /// people, and nine of them were injured" reads as "the bus had 36 passengers"). Nor when the measure comes from the set's words
    /// rather than the part's own ("pulled out three, two of them children").</summary>
    internal static bool IsOwnOutcomeOfThem(SentenceView s, QuantityMatch match, string measure)
    {
        if (AfterOfThem(s, match.EndToken) is not { } after || OwnClauseOutcome(s, after) != MeasureNames.Base(measure))
        {
            return false;
        }

        for (var i = 0; i < match.FirstToken; i++)
        {
            if (OutcomeAt(s, i) is { } outcome && outcome != "aboard")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first outcome named from <paramref name="start"/> to the end of its clause (a mark, "and", "but"), within the
    /// window a count's verb is looked for in, or null.</summary>
    private static string? OwnClauseOutcome(SentenceView s, int start)
    {
        for (var i = start; i < s.Tokens.Count && i < start + PassiveVerbWindow; i++)
        {
            if (s.Word(i) is "," or ";" or ":" or "." or "and" or "but")
            {
                return null;
            }

            if (OutcomeAt(s, i) is { } outcome)
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>The token right after "of them" or "of whom" when it stands at <paramref name="index"/>, right after a count ("120 died,
    /// 40 of them unregistered", "41 patients, 12 of whom died"), or null.</summary>
    internal static int? AfterOfThem(SentenceView s, int index) =>
        s.Word(index) is "of" && s.Word(index + 1) is "them" or "whom" ? index + 2 : null;

    /// <summary>The token of the noun a count is taken from through "of" and a determiner, "the", "its" or "their" or a possessive of
    /// one to three words ("44 of the academy's pupils", "44 of the Talvenna academy's pupils", "12 of its pupils"), or null when "of"
    /// and a determiner do not follow the count. The determiner is read as in a part of a figure ("12 of Vorland's 30 districts").
    /// With <paramref name="ownerOnly"/>, "the" is no determiner and any possessive pronoun is ("12 of his pupils"): the owner's own
    /// members, not a part of a set named before.</summary>
    internal static int? NounOfOwner(SentenceView s, int index, bool ownerOnly = false)
    {
        if (s.Word(index) is not "of")
        {
            return null;
        }

        var determiner = index + 1;
        var afterPossessive = PossessiveDeterminer.After(s.Tokens.AsSpan(), determiner);
        var word = s.Word(determiner);
        return afterPossessive > determiner ? afterPossessive
            : (ownerOnly ? Subjects.IsPossessivePronoun(word) : Subjects.IsTheOrPossessive(word)) ? determiner + 1 : null;
    }

    /// <summary>Whether <paramref name="part"/>, a bare number before "of them" or "of whom", opens a clause set off by a comma (and
    /// "and") after <paramref name="set"/>, with no other figure and no colon or semicolon between ("3,600 employees across Scandinavia,
    /// 1,400 of them in Denmark", "pulled 40 survivors from the ferry, and 12 of them were children"): a part of that count.</summary>
    internal static bool IsApposedPartOf(SentenceView s, QuantityMatch set, QuantityMatch part) =>
        SetBeforeApposedPart(s, part) is { } found && found.FirstToken == set.FirstToken && found.EndToken == set.EndToken;

    /// <summary>The comma that sets off a part given with "of them" or "of whom", right before it or before its "and" ("52 people, six
    /// of them pupils", "40 survivors, and 12 of them"), or -1 when none stands there.</summary>
    private static int CommaBeforeApposedPart(SentenceView s, QuantityMatch part)
    {
        var comma = s.Word(part.FirstToken - 1) is "and" ? part.FirstToken - 2 : part.FirstToken - 1;
        return AfterOfThem(s, part.EndToken) is not null && comma >= 1 && s.Word(comma) is "," ? comma : -1;
    }

    /// <summary>The figure a part given with "of them" or "of whom" is set off from by its comma: the last figure ending at or before
    /// the comma, with no colon or semicolon between it and the comma ("52 people, six of them pupils, drowned" → the 52; "lost $9
    /// million in bonuses, 1,400 of them" → the $9 million), or null.</summary>
    private static QuantityMatch? SetBeforeApposedPart(SentenceView s, QuantityMatch part) => FigureBeforeComma(s, CommaBeforeApposedPart(s, part));

    /// <summary>Whether <paramref name="part"/> is a count right after ", of whom" that names nothing of its own: no outcome in its
    /// clause and no place ("treated 80 patients, of whom 45 later went back home", "60 people were reported missing, of whom 22 have
    /// since been located"): a part of <paramref name="set"/>, the figure the comma sets it off from, never a rival of it nor a count of
    /// an outcome named before. A part whose clause names what befell it ("…, of whom 12 died") is that outcome's count, one whose
    /// clause names who they were ("…, of whom 18 were children") that subgroup's, and one whose clause names a place ("…, of whom 400
    /// were in Brenmoor") is left to the place. A qualifier between "whom" and the figure other
    /// than the figure's own ("of whom only 4") is not read.</summary>
    internal static bool IsUnnamedPartAfterOfWhom(SentenceView s, QuantityMatch set, QuantityMatch part)
    {
        var whom = part.FirstToken - 1;
        if (whom < 3 || s.Word(whom) is not "whom" || s.Word(whom - 1) is not "of"
            || FigureBeforeComma(s, whom - 2) is not { } found || found.FirstToken != set.FirstToken || found.EndToken != set.EndToken)
        {
            return false;
        }

        return OutcomeFrom(s, part.EndToken) is null && PredicateSubgroupOf(s, part) is null && !NamesPlaceInClause(s, part.EndToken);
    }

    // Whether a country's or a place's name stands from `start` to the end of its clause (the next comma, semicolon or full stop).
    private static bool NamesPlaceInClause(SentenceView s, int start)
    {
        var end = start;
        while (end < s.Tokens.Count && s.Word(end) is not ("," or ";" or "." or ":"))
        {
            end++;
        }

        foreach (var mention in s.Entities)
        {
            if (mention.FirstToken >= start && mention.FirstToken < end && mention.Entity.Kind is EntityKind.Country or EntityKind.Place)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last figure ending at or before the comma at token <paramref name="comma"/>, with no colon or semicolon between it
    /// and the comma, or null (also when <paramref name="comma"/> is no comma).</summary>
    private static QuantityMatch? FigureBeforeComma(SentenceView s, int comma)
    {
        if (comma < 0 || s.Word(comma) is not ",")
        {
            return null;
        }

        QuantityMatch? set = null;
        foreach (var other in s.Quantities)
        {
            if (other.EndToken <= comma && (set is not { } last || other.EndToken > last.EndToken))
            {
                set = other;
            }
        }

        if (set is not { } found)
        {
            return null;
        }

        for (var i = found.EndToken; i < comma; i++)
        {
            if (s.Word(i) is ";" or ":")
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>The outcome a participle right after a set names ("the 10 people killed"), or null.</summary>
    private static string? OwnOutcomeAfter(SentenceView s, QuantityMatch set)
    {
        var start = set.PhraseEndToken;
        return start < s.Tokens.Count && s.Words.Outcomes.TryGetValue(s.Word(start), out var outcome) ? outcome : null;
    }

    /// <summary>Whether a part of a count of people takes its measure from the verb after its set ("16 of the 40 divers … had been
    /// rescued"), so it is that measure's own count rather than a part of the set's.</summary>
    /// <remarks>Not when the verb repeats what the set's own participle or relative clause says happened ("two of the 14 miners who
    /// died were buried"): the part is still a part of those 14 deaths.</remarks>
    internal static bool TakesVerbOfItsSet(SentenceView s, QuantityMatch match) =>
        SetOfPart(s, match) is { } set && MainVerbOutcome(s, set) is { } verb && NamedOutcome(s, set) is null
        && OwnOutcomeBefore(s, set, verb.Token) != verb.Outcome;

    /// <summary>The first outcome the set's own words name before its main verb ("the 14 miners who died", "the 14 miners killed"), or
    /// null.</summary>
    private static string? OwnOutcomeBefore(SentenceView s, QuantityMatch set, int verb)
    {
        var start = set.PhraseEndToken;
        for (var i = start; i < verb; i++)
        {
            if (s.Words.Outcomes.TryGetValue(s.Word(i), out var outcome))
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>The count a figure is a part of when "of" (and "the", "those" or "these") and that count follow it ("16 of the 40 divers"),
    /// or null.</summary>
    private static QuantityMatch? SetOfPart(SentenceView s, QuantityMatch match)
    {
        var k = match.EndToken;
        if (s.Word(k) is not "of")
        {
            return null;
        }

        k += s.Word(k + 1) is "the" or "those" or "these" ? 2 : 1; // "16 of the 40", "22 of those 180"
        foreach (var other in s.Quantities)
        {
            if (other.FirstToken == k)
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>Whether a number and "of" (perhaps "the", "those" or "these") stand right before the figure: it is the set of a part
    /// ("16 of the 40", "22 of those 180").</summary>
    private static bool PartBefore(SentenceView s, QuantityMatch match)
    {
        var of = s.Word(match.FirstToken - 1) is "the" or "those" or "these" ? match.FirstToken - 2 : match.FirstToken - 1;
        return of >= 1 && s.Word(of) is "of" && s.Tokens[of - 1].Kind == TokenKind.Number;
    }

    /// <summary>The outcome of the clause's main verb after the set of a part, and its token: the last outcome in the clause that
    /// follows a form of "be" or "have" ("who were stranded had been rescued" → rescued, "who were injured had died" → deaths), up to a
    /// relative clause after a verb, or null. A participle right after the
    /// people ("the 40 people killed") describes the set and is not taken.</summary>
    private static (string Outcome, int Token)? MainVerbOutcome(SentenceView s, QuantityMatch set) =>
        PassiveVerbAfter(s, set.PhraseEndToken, i => OutcomeAt(s, i));

    /// <summary>How far after a count's phrase (the set of a part, "16 of the 40 divers", or a count of bodies) its clause's verb is
    /// looked for.</summary>
    private const int PassiveVerbWindow = 14;

    /// <summary>What <paramref name="read"/> reads at the last word of a count's own clause that follows a form of "be" or "have"
    /// ("who were stranded had been rescued", "have since been buried"), and its token, or null. The clause ends at a mark, at "and" or
    /// "but" once something was read, and at "who" or "that" once a verb was seen: a relative clause after the main verb tells of
    /// someone else ("4 of the 10 people killed were children who had been evacuated").</summary>
    private static (string Value, int Token)? PassiveVerbAfter(SentenceView s, int start, Func<int, string?> read)
    {
        (string Value, int Token)? last = null;
        var verbSeen = false;
        for (var i = start; i < s.Tokens.Count && i < start + PassiveVerbWindow; i++)
        {
            var word = s.Word(i);
            if (word is "," or ";" or ":" or "." || (word is "and" or "but" && last is not null) || (word is "who" or "that" && verbSeen))
            {
                break;
            }

            if (i > start && s.Word(i - 1) is "were" or "was" or "are" or "is" or "been" or "be" or "had" or "has" or "have" && read(i) is { } value)
            {
                last = (value, i);
            }

            verbSeen |= word is "were" or "was" or "are" or "is" or "had" or "has" or "have";
        }

        return last;
    }

    /// <summary>How many words after a care-outcome or workplace-outcome word its place may stand ("admitted to the Brenmoor emergency
    /// centre", "work at the Kestrel Bay cannery").</summary>
    private const int CarePlaceWindow = 5;

    // What the word at token i names as happened: a care-outcome word with a place of care a few words after it in its clause
    // ("were admitted to two clinics", "are treated at the Ostrava infirmary" are the hospitalised), else an outcome word
    // ("were treated for burns"); "were admitted to Vorland", "admitted 4,000 students" name nothing. A workplace-outcome word
    // counts a workforce only with a place of work after it ("some 900 people work at the Ostrava cannery"; not "40 volunteers
    // worked through the night"); "at work" is being there at the time, not being employed ("110 miners were at work in the mine
    // when it flooded" is who was in it, not its workforce).
    private static string? OutcomeAt(SentenceView s, int i)
    {
        var word = s.Word(i);
        if (OutcomePhraseAt(s, i) is { } phrase)
        {
            return phrase; // "1,200 residents fled their homes", "40 inmates broke out"
        }

        var outcome = s.Words.Outcomes.TryGetValue(word, out var named) ? named : null;
        if (s.Words.CareOutcomes.TryGetValue(word, out var cared))
        {
            return PlaceFollows(s, i, s.Words.CarePlaces) ? cared : outcome; // "were treated for burns": an outcome of its own
        }

        return s.Words.WorkplaceOutcomes.TryGetValue(word, out var employed) && !(i > 0 && s.Word(i - 1) is "at") && PlaceFollows(s, i, s.Words.Workplaces)
            ? employed
            : outcome;
    }

    /// <summary>The measure of an outcome of several words that starts at token <paramref name="i"/> ("fled their homes" → displaced,
    /// "broke out" → escapes), the longest listed first, or null.</summary>
    internal static string? OutcomePhraseAt(SentenceView s, int i)
    {
        if (!s.Words.OutcomePhraseLengths.TryGetValue(s.Word(i), out var lengths))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[OutcomePhraseChars];
        foreach (var length in lengths)
        {
            if (i + length > s.Tokens.Count)
            {
                continue;
            }

            if (WordsJoined(s, i, length, buffer) is { IsEmpty: false } phrase
                && s.Words.Outcomes.TryGetValue(phrase, out var measure))
            {
                return measure;
            }
        }

        return null;
    }

    /// <summary>The most characters an outcome of several words, its single spaces included, may take ("forced out of their homes").</summary>
    private const int OutcomePhraseChars = 64;

    /// <summary>The <paramref name="count"/> words from token <paramref name="first"/> joined by single spaces in <paramref name="buffer"/>,
    /// or empty when they do not fit: a phrase of several words looked up without allocating.</summary>
    internal static ReadOnlySpan<char> WordsJoined(SentenceView s, int first, int count, Span<char> buffer)
    {
        var length = 0;
        for (var k = first; k < first + count; k++)
        {
            var word = s.Word(k);
            var needed = word.Length + (k > first ? 1 : 0);
            if (length + needed > buffer.Length)
            {
                return [];
            }

            if (k > first)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
        }

        return buffer[..length];
    }

    // Whether one of the places stands within a few words after token i, in its clause.
    private static bool PlaceFollows(SentenceView s, int i, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> places)
    {
        for (var j = i + 1; j < Math.Min(s.Tokens.Count, i + 1 + CarePlaceWindow); j++)
        {
            var next = s.Word(j);
            if (places.Contains(next))
            {
                return true;
            }

            if (s.Words.ClauseBreaks.Contains(next) || next is "," or ";" or ":" or ".")
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasOutcomeBetween(SentenceView s, QuantityMatch set, int verb)
    {
        var start = set.PhraseEndToken;
        for (var i = start; i < verb; i++)
        {
            if (s.Words.Outcomes.ContainsKey(s.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The outcome the figure's own counted words name ("40 dead", "12 injured"), or null.</summary>
    private static string? NamedOutcome(SentenceView s, QuantityMatch match)
    {
        if (match.HasNounPhrase)
        {
            for (var i = match.NounFirstToken; i < match.NounEndToken; i++)
            {
                if (s.Words.Outcomes.TryGetValue(s.Word(i), out var named))
                {
                    return named;
                }
            }
        }

        return null;
    }

    // "430 were injured and 98,600 were counted as affected", "nine were hurt, and 40 people walked out": a figure that opens a
    // coordinated clause whose own verb ("were counted", "walked") says what happened, in words no list knows, does not take the
    // outcome named in the clause before it.
    private static bool OpensClauseOfItsOwn(SentenceView s, QuantityMatch match)
    {
        if (match.FirstToken == 0 || s.Word(match.FirstToken - 1) is not ("and" or ","))
        {
            return false;
        }

        var start = match.PhraseEndToken;
        for (var i = start; i < s.Tokens.Count && i < start + OutcomeWindow; i++)
        {
            var word = s.Word(i);
            if (!s.Words.OutcomeSkips.Contains(word))
            {
                return word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>The measure of the people a place holds: a fact about one place, never rolled up to the country it lies in.</summary>
    internal const string Population = "population";

    // "a city of 900,000 people", "a country of 48 million", "home to 5 million people", "the country's 38 million people": the
    // people a place holds, not the people an event counted (after a possessive, only when no outcome follows the figure: "the
    // region's 40 people killed" counts deaths).
    private static string? PopulationBefore(SentenceView s, QuantityMatch match)
    {
        var link = match.FirstToken - 1;
        if (link < 1 || !s.Words.PopulationNouns.Contains(s.Word(link - 1)))
        {
            return null;
        }

        return s.Word(link).Equals("of", StringComparison.OrdinalIgnoreCase) || s.Word(link).Equals("to", StringComparison.OrdinalIgnoreCase)
            || (s.Tokens[link].Kind == TokenKind.Possessive && OutcomeAfter(s, match) is null)
                ? Population
                : null;
    }

    /// <summary>Whether a bare number with a bound right after a noun for people is an age limit ("children under 18", "people over
    /// 65", "adults aged over 60"), which says who is counted rather than how many.</summary>
    internal static bool IsAgeBound(SentenceView s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Qualifier is Qualifier.Exact or Qualifier.Approximately || match.FirstToken < 1)
        {
            return false;
        }

        var before = match.FirstToken - 1;
        if (s.Word(before) is "aged" && before > 0)
        {
            before--;
        }

        var noun = s.Word(before);
        return s.Words.PersonNouns.Contains(noun) || s.Words.Subgroups.ContainsKey(noun);
    }

    /// <summary>How far before a bare number an age subject is looked for ("the youngest of the dead was 14").</summary>
    private const int AgeSubjectWindow = 6;

    /// <summary>How far before a bare number right after "was" or "is" an age subject is looked for: room for a place after the group
    /// ("the youngest of the dead in Brenmoor was 14").</summary>
    private const int AgeSubjectBeforeCopulaWindow = 10;

    /// <summary>Whether a bare number is an age because its clause is about the youngest or oldest of the people ("the youngest of the
    /// dead was 14", and with the group placed, "the youngest of the dead in Brenmoor was 14"). The subject is looked for a few words
    /// back within the clause, a little further when the number follows "was" or "is"; a longer subject is not seen.</summary>
    internal static bool IsAgeOfOne(SentenceView s, QuantityMatch match)
    {
        var window = s.Word(match.FirstToken - 1) is "was" or "is" ? AgeSubjectBeforeCopulaWindow : AgeSubjectWindow;
        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - window; i--)
        {
            var word = s.Word(i);
            if (s.Words.ClauseBreaks.Contains(word) || word is "," or ";" or ":")
            {
                return false;
            }

            if (s.Words.AgeSubjects.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The toll a bare count is a part of when "of the" and a toll noun follow it ("three of the dead could be identified",
    /// "two of the injured are in a critical condition"): that toll's measure and the part's label (the subgroup a linking verb names,
    /// "39 of the dead were men", else "of the dead"), or null. Whatever
    /// else its clause says of them, such a count is a part of the toll, never a rival of it.</summary>
    internal static (string Measure, string Label)? TollPartitiveOf(SentenceView s, QuantityMatch match)
    {
        var k = match.EndToken;
        if ((match.HasNounPhrase && !match.HasNounBefore) || s.Word(k) is not "of" || s.Word(k + 1) is not ("the" or "those"))
        {
            return null;
        }

        var noun = s.Word(k + 2);
        return s.QuantityAt(k + 2) is null && s.Words.TollNouns.TryGetValue(noun, out var measure) && s.Words.OutcomeMeasures.Contains(measure)
            ? (measure, SubgroupAfterLinkingVerb(s, k + 3) ?? "of the " + noun.ToString().ToLowerInvariant()) // "39 of the dead were men"
            : null;
    }

    /// <summary>The label of the part of the people a count counts ("children" for "33 children", "identified" for "211 identified
    /// victims", and for "19 died, three of them children"), or null when it counts them all.</summary>
    internal static string? SubgroupOf(SentenceView s, QuantityMatch match)
    {
        if (!match.HasNounPhrase && AfterOfThem(s, match.EndToken) is { } after && SubgroupAt(s, after) is { } named)
        {
            return named; // "19 people died, three of them children": the part of the dead that were children
        }

        if (!match.HasNounPhrase && NounOfOwner(s, match.EndToken) is { } owned && SubgroupAt(s, owned) is { } ofOwner)
        {
            return ofOwner; // "the ferry was carrying 44 of the academy's pupils": a part of all those aboard
        }

        if (match.Mention.Quantity.Unit.Kind != UnitKind.Count || !match.HasNounPhrase
            || (s.Word(match.NounEndToken) is "and" && IsPeopleNoun(s, match.NounEndToken + 1)))
        {
            return null; // "118 passengers and crew": all of them, not a part
        }

        for (var i = match.NounFirstToken; i < match.NounEndToken; i++)
        {
            if (SubgroupAt(s, i) is { } label)
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>The label of the subgroup noun at <paramref name="index"/>, or of the one right after a school level or age band standing
    /// there, narrowed by that band ("primary pupils" → "primary students", "teenage girls" → "teenage girls"): such a count is a part
    /// of the subgroup, not a rival count of it. Null when neither stands there.</summary>
    private static string? SubgroupAt(SentenceView s, int index)
    {
        if (s.Words.SubgroupBands.TryGetValue(s.Word(index), out var leading) && s.Words.Subgroups.TryGetValue(s.Word(index + 1), out var banded))
        {
            return leading + " " + banded;
        }

        if (!s.Words.Subgroups.TryGetValue(s.Word(index), out var label))
        {
            return null;
        }

        return s.Words.SubgroupBands.TryGetValue(s.Word(index - 1), out var band) ? band + " " + label : label;
    }

    /// <summary>The label of the part of a workforce or a clientele a count counts, from the <paramref name="parts"/> modifiers in its
    /// noun phrase ("seasonal" for "the 380 seasonal jobs", "prepaid" for "640,000 active prepaid subscribers": the modifier nearest the
    /// noun names the part), or null when it counts all of them: no such modifier, or modifiers joined by "and"/"or" ("520 seasonal or
    /// salaried jobs", "current and former customers").</summary>
    internal static string? ModifierPartOf(SentenceView s, QuantityMatch match, FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> parts)
    {
        if (match.Mention.Quantity.Unit.Kind != UnitKind.Count || !match.HasNounPhrase || match.HasNounBefore)
        {
            return null;
        }

        string? part = null;
        for (var i = match.NounFirstToken; i < match.NounEndToken; i++)
        {
            if (s.Word(i) is "and" or "or")
            {
                return null;
            }

            if (parts.TryGetValue(s.Word(i), out var label))
            {
                part = label;
            }
        }

        return part;
    }

    /// <summary>How many words (such as "small" or "young") may stand between the linking verb and the noun naming a part.</summary>
    private const int PredicateSubgroupWindow = 2;

    /// <summary>The part of the people a bare count is said to be by a linking verb right after it, or after its "of them" ("among the
    /// 40 killed in Vorland, 9 were firefighters", "Twelve of them were children": firefighters or children among the dead, not a
    /// toll), or null.</summary>
    internal static string? PredicateSubgroupOf(SentenceView s, QuantityMatch match) =>
        match.HasNounPhrase ? null : SubgroupAfterLinkingVerb(s, AfterOfThem(s, match.PhraseEndToken) ?? match.PhraseEndToken);

    // The part of the people named by a linking verb at <paramref name="next"/> and a subgroup noun a word or two after it ("were
    // firefighters", "were small children"), or null.
    private static string? SubgroupAfterLinkingVerb(SentenceView s, int next)
    {
        if (next >= s.Tokens.Count || s.Word(next) is not ("are" or "were"))
        {
            return null;
        }

        for (var i = next + 1; i < s.Tokens.Count && i <= next + 1 + PredicateSubgroupWindow; i++)
        {
            if (SubgroupAt(s, i) is { } label)
            {
                return label;
            }

            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The label of the part of the people a count counts when it is one of a list of counts of different people ("four soldiers,
    /// 24 residents and 117 villagers were killed": each is a part of the toll, not the toll), or null when it stands alone.</summary>
    internal static string? ListedPartOf(SentenceView s, QuantityMatch match)
    {
        var mine = ListedNoun(s, match);
        if (mine < 0 || (IsNationals(s, match) && !IsNationalsOfTheSentencesPlace(s, match)))
        {
            return null; // "12 Indians and 9 Nepalis": a count of nationals is its country's toll, which its subject says
        }

        var noun = s.Word(mine).ToString().ToLowerInvariant();
        foreach (var other in s.Quantities)
        {
            var theirs = ListedNoun(s, other);
            if (other.FirstToken != match.FirstToken && theirs >= 0 && s.Word(theirs).ToString().ToLowerInvariant() != noun
                && (JoinedBefore(s, mine + 1, other.FirstToken) || JoinedBefore(s, theirs + 1, match.FirstToken)))
            {
                return noun;
            }
        }

        return null;
    }

    /// <summary>The capitalised name of a group right after a bare number, lower-cased ("600,000 Kelari have lived in Vorland for
    /// generations" → kelari), or null: a population of one people, not of the place it lives in. A group no list knows is told from a
    /// place only by where it stands; a place name right after the number ("3,000 Brenmoor families") reads as such a group too.</summary>
    internal static string? NamedGroupOf(SentenceView s, QuantityMatch match) =>
        match.Mention.Quantity.Unit.Kind == UnitKind.None && ListedNoun(s, match) is var noun and >= 0 ? s.Word(noun).ToString().ToLowerInvariant() : null;

    // The last word of a count of a named kind of people written after its number: its counted noun ("24 residents"), not "people"
    // at large, or the capitalised name of a group right after a bare number, which no list of nouns knows ("117 Kelari"). -1 when
    // the count names no kind of people.
    private static int ListedNoun(SentenceView s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit.Kind;
        if (unit == UnitKind.Count && match.HasNounPhrase && !match.HasNounBefore)
        {
            var last = match.NounEndToken - 1;
            return s.Word(last) is not ("people" or "persons") && s.Tokens[last].Kind == TokenKind.Word ? last : -1;
        }

        return unit == UnitKind.None && match.EndToken < s.Tokens.Count && s.Tokens[match.EndToken].Kind == TokenKind.Word
            && char.IsUpper(s.Word(match.EndToken)[0]) && !s.IsInTimeExpression(match.EndToken) ? match.EndToken : -1;
    }

    // The first token of the count of a named kind of people that token <paramref name="number"/> belongs to, when only a list joiner
    // stands between it and the next item at <paramref name="next"/> ("14 children and 52 women"); null otherwise.
    private static int? ListedCountBefore(SentenceView s, int number, int next)
    {
        foreach (var other in s.Quantities)
        {
            if (other.FirstToken <= number && number < other.EndToken && ListedNoun(s, other) is var noun and >= 0 && JoinedBefore(s, noun + 1, next))
            {
                return other.FirstToken;
            }
        }

        return null;
    }

    // "24 residents, 117 villagers", "24 residents and 117 villagers", "24 residents, and 117 villagers": only a list joiner between.
    internal static bool JoinedBefore(SentenceView s, int end, int next) =>
        (next == end + 1 && s.Word(end) is "," or "and") || (next == end + 2 && s.Word(end) is "," && s.Word(end + 1) is "and");

    /// <summary>How badly the people a count counts were hurt, when the words right after it say so ("22 of them critically", "five
    /// seriously", "13 were seriously injured", "13 of them in critical condition"): the label of that part of the injured
    /// (<c>severity</c> and <c>severity-condition</c> words of the lexicon), or null.</summary>
    internal static string? SeverityOf(SentenceView s, QuantityMatch match)
    {
        var k = AfterOfThem(s, match.PhraseEndToken) ?? match.PhraseEndToken;

        // The amount's own tokens may run up to the adverb ("five seriously").
        for (var j = match.FirstToken + 1; j <= k && j < s.Tokens.Count; j++)
        {
            if (s.Words.Severities.TryGetValue(s.Word(j), out var label))
            {
                return label;
            }

            if (InjuryState(s, j) is { } named)
            {
                return named; // "14 suffered serious injuries", read with its noun
            }
        }

        // "13 people were seriously injured", "20 had been critically hurt", "13 were also seriously hurt": the adverb after the
        // count's auxiliaries (`severity-link` words).
        var verb = k;
        while (verb < s.Tokens.Count && s.Words.SeverityLinks.Contains(s.Word(verb)))
        {
            verb++;
        }
        if (verb > k && s.Words.Severities.TryGetValue(s.Word(verb), out var adverb) && s.Words.Outcomes.ContainsKey(s.Word(verb + 1)))
        {
            return adverb;
        }

        // "13 of them in critical condition", "five in a serious condition", "19 were still in critical condition".
        if (InCondition(s, verb) is { } state)
        {
            return state;
        }

        // "five have light injuries", "12 suffered serious injuries": the adjective before a noun naming the injuries, after the links.
        return verb > k ? InjuryState(s, verb) : null;
    }

    /// <summary>The state of the people a count counts when the words right after it, past the count's links only, put them "in" a
    /// <c>severity-condition</c> "condition" ("nine others were in critical condition", "17 victims are still in critical condition"):
    /// the state's label, or null. People in a condition are alive, whatever the clause before says befell others; a part set off
    /// by "of them" is not read ("nine were killed, five of them on the ward before they died" counts a part of the dead). The
    /// adjective alone after at least one link, ending its clause, reads the same ("four had died, 11 were critical and three …");
    /// one that goes on ("12 were critical of the plan") is not read.</summary>
    internal static string? ConditionOf(SentenceView s, QuantityMatch match)
    {
        var verb = match.PhraseEndToken;
        while (verb < s.Tokens.Count && s.Words.SeverityLinks.Contains(s.Word(verb)))
        {
            verb++;
        }

        return InCondition(s, verb) ?? (verb > match.PhraseEndToken ? BareCondition(s, verb) : null);
    }

    // "critical" in "16 were critical, six …" at the index: a severity-condition adjective standing alone, its clause ending right
    // after it (a punctuation mark, "and" or the sentence's end); its label, or null.
    private static string? BareCondition(SentenceView s, int index) =>
        index < s.Tokens.Count && s.Words.SeverityConditions.TryGetValue(s.Word(index), out var state)
        && (index + 1 >= s.Tokens.Count || s.Tokens[index + 1].Kind == TokenKind.Punctuation || s.Word(index + 1) is "and")
            ? state
            : null;

    // "in critical condition", "in a serious condition" at the index: the severity-condition label, or null.
    private static string? InCondition(SentenceView s, int index)
    {
        var adjective = s.Word(index + 1) is "a" ? index + 2 : index + 1;
        return s.Word(index) is "in" && s.Word(adjective + 1) is "condition" && s.Words.SeverityConditions.TryGetValue(s.Word(adjective), out var state)
            ? state
            : null;
    }

    // Whether "life"/"lives" before the token is the whole object ("lost their lives in the fire", "lost their lives fighting the
    // fire", "lost their lives Monday"), not a word qualifying a noun after it ("lives' work", "life's work", "life savings"): no
    // apostrophe or possessive follows, and a singular "life" is not followed by a lower-case word that may continue a noun phrase
    // (a word that cannot, such as "in" or "when", or a participle in -ing may follow it).
    private static bool EndsLifePhrase(SentenceView s, int next)
    {
        if (next >= s.Tokens.Count)
        {
            return true;
        }

        var word = s.Word(next);
        if (word is "'" or "’" || s.Tokens[next].Kind == TokenKind.Possessive)
        {
            return false;
        }

        return s.Word(next - 1) is "lives" || s.Tokens[next].Kind != TokenKind.Word || word.Length == 0 || !char.IsLower(word[0])
            || s.Words.NounPhraseStops.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal);
    }

    // "serious injuries", "injuries": the measure a noun naming the injuries gives at the index, past an adjective of how badly.
    private static string? SufferedAfter(SentenceView s, int index)
    {
        var noun = s.Words.SeverityConditions.ContainsKey(s.Word(index)) ? index + 1 : index;
        return s.Words.TollNouns.TryGetValue(s.Word(noun), out var measure) && s.Words.SeverityMeasures.Contains(measure) ? measure : null;
    }

    // "light injuries", "serious injuries": the state an adjective at the index gives, when a noun naming the injuries follows it.
    private static string? InjuryState(SentenceView s, int index) =>
        s.Words.SeverityConditions.TryGetValue(s.Word(index), out var state)
        && s.Words.TollNouns.TryGetValue(s.Word(index + 1), out var measure) && s.Words.SeverityMeasures.Contains(measure)
            ? state
            : null;

    /// <summary>"18 deaths were logged in health centres", "52 who later died in the community": where the people counted were
    /// counted, after the figure and before the next figure or clause break; the count is the part of the whole counted there.</summary>
    internal static string? SettingOf(SentenceView s, QuantityMatch match)
    {
        if (match.FirstToken > 0 && s.Words.WholeFigureCues.Contains(s.Word(match.FirstToken - 1)))
        {
            return null; // "all 61 on board died at the scene": the whole, wherever they died
        }

        if (NamedSettingAsSubject(s, match) is { } subject)
        {
            return subject;
        }

        var from = match.PhraseEndToken;
        for (var j = from; j < Math.Min(s.Tokens.Count - 1, from + 8); j++)
        {
            var word = s.Word(j);
            if ((s.Words.ClauseBreaks.Contains(word) && word is not ("who" or "whom")) || word is "," || s.Quantities.Any(m => m.FirstToken == j))
            {
                return null; // a relative clause ("52 who later died in the community") still describes the people counted
            }

            // A preposition and the setting after it ("in health centres", "at the scene"); "in four hospitals", "in several clinics":
            // the places counted past their own number.
            var at = s.Quantities.FirstOrDefault(m => m.FirstToken == j + 1) is { HasNounPhrase: true } places ? places.NounFirstToken - 1 : j;
            foreach (var length in (ReadOnlySpan<int>)[2, 1])
            {
                if (at + length < s.Tokens.Count
                    && s.Words.CountSettings.TryGetValue(word.ToString() + " " + string.Join(' ', Enumerable.Range(at + 1, length).Select(t => s.Word(t).ToString())), out var label))
                {
                    return label;
                }
            }

            if ((word is "at" || (word is "to" && IsCapitalisedWord(s, j + 1))) && NamedSettingAfter(s, j, onlyOne: word is "to") is { } named)
            {
                // "four more deaths were confirmed at Brenmoor General Hospital", "17 were taken to Brenmoor General Hospital": the count
                // of one named place of care; after "to" only a name ("taken to the hospital", "to hospital" may be all of them), and
                // only one ("driven to Ostvik Clinic or Kestrel Bay Hospital" may be all of them)
                return named;
            }

            if (word is "in" && OnePlaceAfter(s, j) is { } one)
            {
                return one; // "17 people drowned in a single hamlet": one place the text does not name, a part of the toll
            }
        }

        return null;
    }

    /// <summary>"one village" for "in one village" or "in a single village" at the preposition <paramref name="at"/>: a single place of
    /// a kind (a <c>claim-place-noun</c>) the text does not name, or null.</summary>
    private static string? OnePlaceAfter(SentenceView s, int at)
    {
        var noun = at + 1;
        if (s.Word(noun) is "a" && s.Word(noun + 1) is "single")
        {
            noun += 2;
        }
        else if (s.QuantityAt(noun) is { HasNounPhrase: true } place && place.Mention.Quantity.Value == 1)
        {
            noun = place.NounFirstToken;
        }
        else
        {
            return null;
        }

        return noun < s.Tokens.Count && s.Words.PlaceNouns.Contains(s.Word(noun)) ? "one " + s.Word(noun).ToString().ToLowerInvariant() : null;
    }

    /// <summary>How many words after a figure the past auxiliary of its stay may stand ("34 people have been treated").</summary>
    private const int PastStayWindow = 4;

    /// <summary>Whether the few words after the figure, before a comma or clause break, give the stay they name as past
    /// (<c>past-stay</c> words: "34 people were treated in hospital", "have been admitted"): all who stayed, not those there now
    /// ("40 are being treated in hospital").</summary>
    internal static bool IsPastStay(SentenceView s, QuantityMatch match)
    {
        for (var j = match.PhraseEndToken; j < Math.Min(s.Tokens.Count, match.PhraseEndToken + PastStayWindow); j++)
        {
            var word = s.Word(j);
            if (word is "," || s.Words.ClauseBreaks.Contains(word))
            {
                return false;
            }

            if (s.Words.PastStayWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words ("alone", auxiliaries) may stand between a named place of care and its verb before a count.</summary>
    private const int SettingSubjectWindow = 3;

    // "Ostrava Teaching Hospital alone had admitted 26 people injured", "Kestrel Bay Hospital recorded 7 deaths": a named place
    // of care, the subject of its clause, with a setting-subject-verb right before the count (after "alone" and auxiliaries) counts
    // that setting's part. The name, after "the" if it has one ("the Brenmoor Clinic confirmed 3 dead"), must open the sentence or
    // follow a comma, a semicolon (one place of care after another in a list of them) or "said"/"that"; after an in-list verb
    // ("confirmed"), only a semicolon: alone, a hospital confirming deaths may give the whole toll.
    private static string? NamedSettingAsSubject(SentenceView s, QuantityMatch match)
    {
        var verb = match.FirstToken - 1;
        if (verb < 1 || !s.Words.SettingSubjectVerbs.Contains(s.Word(verb)))
        {
            return null;
        }

        var noun = verb - 1;
        while (noun > 0 && verb - noun <= SettingSubjectWindow && (s.Word(noun) is "alone" || Ellipses.IsCopula(s, noun) || s.Word(noun) is "had" or "has" or "have"))
        {
            noun--;
        }

        if (!(s.Word(noun) is [var first, ..] && char.IsUpper(first))
            || !s.Words.CountSettingNouns.TryGetValue(s.Word(noun), out var label))
        {
            return null;
        }

        var start = noun - 1;
        while (start >= 0 && (IsCapitalisedWord(s, start) || s.Tokens[start].Kind == TokenKind.Possessive))
        {
            start--;
        }

        if (start >= 0 && start < noun - 1 && s.Word(start) is "the" or "The")
        {
            start--;
        }

        var inList = start >= 0 && s.Word(start) is ";";
        var opensClause = start < 0 || inList || s.Word(start) is "," or "said" or "that" or "says";
        return start < noun - 1 && opensClause && (inList || !s.Words.ListedSettingSubjectVerbs.Contains(s.Word(verb))) ? label : null;
    }

    /// <summary>How many words of a name may stand between "at" and the setting noun it ends with ("at St Mary's Teaching Hospital").</summary>
    private const int SettingNameWindow = 4;

    // The setting a named place after "at" ends with: "at Vorland General Hospital", "at the Brenmoor hospital" (the article or
    // capitalised words of a name, then a count-setting word), "at the Ostvik burns unit" (a care-unit-noun right after a
    // care-unit-modifier), "at the district hospital" (after "the", lower-case words that tell one place of care from another);
    // "at least", "at the scene", "at the Harnby police unit" name none. With onlyOne, a name followed by a comma, "and" or "or" and
    // another capitalised name (the first of a list of places, whose later ones may be towns or names no lexicon holds) names none
    // either; "taken to Vell Hospital, the mayor said" and "taken to Vell Hospital and kept overnight" do.
    private static string? NamedSettingAfter(SentenceView s, int at, bool onlyOne)
    {
        var afterArticle = s.Word(at + 1) is "the";
        for (var k = at + 1; k < Math.Min(s.Tokens.Count, at + 1 + SettingNameWindow); k++)
        {
            var word = s.Word(k);
            if (k > at + 1 && (s.Words.CountSettingNouns.TryGetValue(word, out var label)
                || (s.Words.CareUnitNouns.TryGetValue(word, out label) && s.Words.CareUnitModifiers.Contains(s.Word(k - 1)))))
            {
                return onlyOne && s.Word(k + 1) is "," or "and" or "or" && IsCapitalisedWord(s, k + 2) ? null : label;
            }

            if (s.Tokens[k].Kind == TokenKind.Possessive)
            {
                continue;
            }

            // "died at the hands of hospital staff": a function word ends the name (noun-phrase-stop).
            if (k > at + 1 && s.Words.NounPhraseStops.Contains(word))
            {
                return null;
            }

            if (s.Tokens[k].Kind != TokenKind.Word || !(word is "the" || (word.Length > 0 && (char.IsUpper(word[0]) || (afterArticle && char.IsLower(word[0]))))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many words may stand between a <c>counter-gathering-adjective</c> and the gathering noun it qualifies ("the rival
    /// Lindenport Workers' Union march"), all of them part of a name.</summary>
    private const int RivalEventWindow = 6;

    /// <summary>How many words before the figure a gathering held against another may be named ("a counter-protest of 300").</summary>
    private const int CounterBackWindow = 4;

    /// <summary>How many words after the figure a joining word with a gathering held against another may stand ("some 400 people
    /// later joined a counter-protest").</summary>
    private const int CounterForwardWindow = 8;

    /// <summary>The label of a gathering held against another ("a counter-protest", "the rival Lindenport march") whose crowd the
    /// figure counts, only where the figure depends on it: named in the figure's noun ("300 counter-protesters"), a few words before
    /// it within its clause ("a counter-protest of 300", "a counter-rally where about 270 gathered", "the rival march drew 500"), or
    /// after it as what the people joined ("some 400 joined a counter-protest"). A crowd that marched past, was kept from or stood
    /// against a counter-protest, or one named beside it ("40,000 marched, and a counter-protest drew 300"), is the main crowd.</summary>
    internal static string? CounterGatheringOf(SentenceView s, QuantityMatch match)
    {
        for (var j = match.NounFirstToken; match.HasNounPhrase && j < match.NounEndToken; j++)
        {
            if (s.Words.CounterGatherings.TryGetValue(s.Word(j), out var label))
            {
                return label; // "5,000 counter-protesters"
            }
        }

        for (var j = match.FirstToken - 1; j >= Math.Max(0, match.FirstToken - CounterBackWindow) && !EndsCounterScan(s, j); j--)
        {
            if (CounterGatheringEndingAt(s, j) is { } label)
            {
                return label;
            }
        }

        var from = match.PhraseEndToken;
        for (var j = from; j < Math.Min(s.Tokens.Count, from + CounterForwardWindow) && !EndsCounterScan(s, j) && !EndsForwardCounterScan(s, j); j++)
        {
            if (IsJoiningWord(s.Word(j)) && CounterGatheringJoinedAfter(s, j + 1) is { } label)
            {
                return label;
            }
        }

        return null;
    }

    private static bool EndsCounterScan(SentenceView s, int token) =>
        s.Word(token) is "," || s.Words.ClauseBreaks.Contains(s.Word(token)) ||
        s.QuantityCovering(token) is not null;

    // "marched past a counter-protest", "kept the marchers from a counter-demonstration", "... and said a counter-protest was peaceful".
    private static bool EndsForwardCounterScan(SentenceView s, int token) =>
        s.Word(token) is "and" or "past" or "from" or "away" or "against" || s.Reporting.IsVerb(s.Word(token));

    // "joined a counter-protest", "took part in a counter-rally", "attended the rival march", "gathered at a counter-demonstration".
    private static bool IsJoiningWord(ReadOnlySpan<char> word) => word is "joined" or "join" or "joining" or "attended" or "in" or "at";

    // After a joining word: an optional article and at most one adjective, then the counter-gathering ("a small counter-rally"),
    // or "the rival ... march".
    private static string? CounterGatheringJoinedAfter(SentenceView s, int token)
    {
        var k = s.Word(token) is "a" or "an" or "the" ? token + 1 : token;
        if (s.Words.CounterGatherings.TryGetValue(s.Word(k), out var label) ||
            (IsLowercaseWord(s, k) && s.Words.CounterGatherings.TryGetValue(s.Word(k + 1), out label)))
        {
            return label;
        }

        for (var j = k; j < Math.Min(s.Tokens.Count, k + 2 + RivalEventWindow); j++)
        {
            if (s.Words.TopicEvents.ContainsKey(s.Word(j)))
            {
                return RivalGatheringLabel(s, j);
            }
        }

        return null;
    }

    // A counter-gathering word at the token, or a gathering noun there qualified by "the/a rival" ("the rival Lindenport march").
    private static string? CounterGatheringEndingAt(SentenceView s, int token) =>
        s.Words.CounterGatherings.TryGetValue(s.Word(token), out var label) ? label
        : s.Words.TopicEvents.ContainsKey(s.Word(token)) ? RivalGatheringLabel(s, token)
        : null;

    // "the rival march", "a rival Kestrel Bay Workers march": back from the gathering noun over capitalised name words (and the small
    // words inside a name) to a counter-gathering adjective right after "the" or "a".
    private static string? RivalGatheringLabel(SentenceView s, int gatheringToken)
    {
        for (var j = gatheringToken - 1; j >= Math.Max(0, gatheringToken - 1 - RivalEventWindow); j--)
        {
            if (s.Words.CounterGatheringAdjectives.TryGetValue(s.Word(j), out var label))
            {
                var nameStartsRight = j + 1 == gatheringToken || IsCapitalisedWord(s, j + 1);
                var nameEndsRight = j + 1 == gatheringToken || IsCapitalisedWord(s, gatheringToken - 1);
                return s.Word(j - 1) is "the" or "a" && nameStartsRight && nameEndsRight ? label : null;
            }

            if (!IsCapitalisedWord(s, j) && s.Word(j) is not ("to" or "of" or "for" or "and" or "the" or "'s" or "'"))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsCapitalisedWord(SentenceView s, int token) => s.Word(token) is [var first, ..] && char.IsUpper(first);

    private static bool IsLowercaseWord(SentenceView s, int token) =>
        s.Word(token) is [var first, ..] && char.IsLower(first) && !s.Words.ClauseBreaks.Contains(s.Word(token)) && s.Word(token) is not "and";

    /// <summary>Whether the word at <paramref name="token"/> is a lower-case "-ing" form ("protesting", "living"), read as a participle.</summary>
    internal static bool IsPresentParticiple(SentenceView s, int token) =>
        IsLowercaseWord(s, token) && s.Word(token).Length > 4 && s.Word(token).EndsWith("ing", StringComparison.Ordinal);

    // "killing 32 miners", "injuring 40", "have vaccinated 120,000 people", "rescued 61 people": the verb just before the number.
    private static string? VerbBefore(SentenceView s, QuantityMatch match)
    {
        // "accused of 'summarily executing' 120 villagers": a verb in quotation marks still reads.
        var at = s.Word(match.FirstToken - 1) is "'" or "\u2019" or "\"" or "\u201d" ? match.FirstToken - 2 : match.FirstToken - 1;
        var before = s.Word(at);
        if (before is "of" && at >= 1 && s.Words.OutcomeNouns.TryGetValue(s.Word(at - 1), out var named))
        {
            return named; // "forced the evacuation of more than 5,000 residents"
        }

        if (before is "for" && SoughtBefore(s, at, match) is { } sought)
        {
            return sought; // "the divers' search for 6 sailors went on", "a search was still under way for three more fishermen"
        }

        if (before.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && s.Words.Outcomes.TryGetValue(before, out var asWritten))
        {
            return asWritten; // "carrying 70 migrants"
        }

        if (OutcomeOfParticiple(s, before) is { } fromParticiple)
        {
            return fromParticiple; // "killing 40", read as "killed"
        }

        // "Cyclone Orlen kills 40 people", "the storm displaces 900": a verb in the present listed among the outcomes.
        if (before.EndsWith('s') && s.Words.Outcomes.TryGetValue(before, out var present))
        {
            return present;
        }

        // "rescuers pulled out 9 miners", "soldiers shot dead 2 demonstrators": a past verb (or a verb an outcome word may follow) and
        // its particle, listed together among the outcomes.
        if (at >= 1 && (s.Word(at - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || s.Words.OutcomeSkips.Contains(s.Word(at - 1)))
            && s.Words.Outcomes.TryGetValue($"{s.Word(at - 1)} {before}", out var phrasal))
        {
            return phrasal;
        }

        // "the militia took 9 fishermen captive", "held 40 villagers hostage": a verb before the people and a word after
        // them, listed together among the outcomes.
        if (SplitOutcome(s, before, match) is { } split)
        {
            return split;
        }

        // "the gas explosion also hurt 12 dockers": a past verb not ending in -ed, listed as one (irregular-outcome-verb), whose clause
        // names an incident before it; "the downturn hurt 9,000 farmers" is harm of another kind.
        return (before.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || (s.Words.IrregularOutcomeVerbs.Contains(before) && (NamesIncidentBefore(s, at) || FollowsOutcomeOfCount(s, at))))
            && s.Words.Outcomes.TryGetValue(before, out var outcome) && !IsTakingPartOfItsSubject(s, before, outcome) ? outcome : null;
    }

    // Whether the verb at `verb` is joined by "and" to a count that an -ed outcome verb of harm took just before ("the lorry bomb
    // killed 8 shoppers and hurt 61"): both verbs share the subject that brought the harm, however far back the clause names it. The
    // verb before must name a harm (its measure a zero-count-measure: deaths, injuries); "the new rules displaced 200 vendors and
    // hurt 1,500 shoppers" tells of no bodily harm.
    private static bool FollowsOutcomeOfCount(SentenceView s, int verb)
    {
        if (verb < 2 || s.Word(verb - 1) is not "and")
        {
            return false;
        }

        foreach (var other in s.Quantities)
        {
            if (other.PhraseEndToken == verb - 1 && other.FirstToken >= 1 && s.Word(other.FirstToken - 1) is var taker
                && taker.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && s.Words.Outcomes.TryGetValue(taker, out var took)
                && s.Words.ZeroCountMeasures.Contains(took))
            {
                return true;
            }
        }

        return false;
    }

    // The outcome that the verb right before a count makes with the first word after the people counted (and any counts joined to
    // them), when the two are listed together ("took … prisoner" → captured), or null.
    private static string? SplitOutcome(SentenceView s, ReadOnlySpan<char> verb, QuantityMatch match)
    {
        if (!s.Words.OutcomePhraseLengths.TryGetValue(verb, out var lengths) || !lengths.Contains(2))
        {
            return null;
        }

        var after = match.PhraseEndToken;
        while (s.Word(after) is "and" or "," && JoinedPeopleCountEnd(s, AfterAll(s, after + 1)) is { } joinedEnd)
        {
            after = joinedEnd;
        }

        if (after >= s.Tokens.Count)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[OutcomePhraseChars];
        var word = s.Word(after);
        if (verb.Length + 1 + word.Length > buffer.Length)
        {
            return null;
        }

        verb.CopyTo(buffer);
        buffer[verb.Length] = ' ';
        word.CopyTo(buffer[(verb.Length + 1)..]);
        return s.Words.Outcomes.TryGetValue(buffer[..(verb.Length + 1 + word.Length)], out var outcome) ? outcome : null;
    }

    // Whether an outcome verb right before a count names taking part by its subject ("gathered", "took", "marched"): its object, the
    // count, is not who took part ("the gunmen gathered 300 villagers"), unless the verb takes them as object ("involved 4,000 people").
    private static bool IsTakingPartOfItsSubject(SentenceView s, ReadOnlySpan<char> verb, string measure) =>
        s.Words.EventMeasures.Contains(measure) && !s.Words.ObjectParticipationVerbs.Contains(verb);

    /// <summary>How many tokens before a verb, past an aside set off by commas, the incident that is its subject may stand ("the blast
    /// at the Brenmoor depot also hurt").</summary>
    private const int IncidentSubjectReach = 8;

    // Whether a new-incident noun ("blast", "crash", "storm") stands before the verb at `verb` in its clause, past a relative clause
    // set off by commas ("the crash, which happened at dawn, hurt 24"): the incident the verb's harm comes from ("the downturn hurt
    // 9,000 farmers" names none).
    private static bool NamesIncidentBefore(SentenceView s, int verb)
    {
        var read = 0;
        for (var i = verb - 1; i >= 0 && read < IncidentSubjectReach; i--, read++)
        {
            var word = s.Word(i);
            if (word is "," && RelativeClauseClosedAt(s, i) is { } opening)
            {
                i = opening; // the aside speaks of the incident; its subject stands before it
                continue;
            }

            if (s.Words.NewIncidentNouns.Contains(word))
            {
                return true;
            }

            if (word is ";" or ":" or "." || s.Words.ClauseBreaks.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // "rescuers reached the remains of 11 climbers on Tuesday": a noun of remains before "of" makes the count one of remains.
    // "the bodies of nine fishermen will be flown home" counts bodies sent home (see RemainsHandled).
    private static string? RemainsBefore(SentenceView s, QuantityMatch match) =>
        match.FirstToken >= 2 && s.Word(match.FirstToken - 1) is "of" && s.Words.RemainsNouns.TryGetValue(s.Word(match.FirstToken - 2), out var measure)
            ? RemainsHandled(s, match) ?? measure
            : null;

    /// <summary>The measure of what a count of bodies' own clause says was done with them (`remains-handling`): the verb right before
    /// the count ("the morgue released 17 bodies") or a passive one after it, up to the clause's end ("14 bodies have since been
    /// buried in Orvik", "the bodies of nine fishermen will be flown home"); or null. Bodies buried, released or sent home on a day are those
    /// dealt with then, a part of the dead, not a toll.</summary>
    private static string? RemainsHandled(SentenceView s, QuantityMatch match)
    {
        if (match.FirstToken >= 1 && s.Words.RemainsHandling.TryGetValue(s.Word(match.FirstToken - 1), out var before))
        {
            return before;
        }

        return PassiveVerbAfter(s, match.PhraseEndToken, HandlingAt)?.Value;

        // "were buried" tells what was done with them; "were buried under the rubble" where they lie (remains-place-cue).
        string? HandlingAt(int i) =>
            s.Words.RemainsHandling.TryGetValue(s.Word(i), out var measure) && !(i + 1 < s.Tokens.Count && s.Words.RemainsPlaceCues.Contains(s.Word(i + 1)))
                ? measure
                : null;
    }

    /// <summary>How many words before the "for" of a count a search word is looked for ("the search was still under way for three more").</summary>
    private const int SearchWindow = 5;

    /// <summary>How many words after a count a sought-cue may stand ("for 5 who are still unaccounted for").</summary>
    private const int SoughtCueWindow = 4;

    // The measure of a count sought in a search: a search word a few words before its "for", with no clause break or punctuation between,
    // in a rescue ("The company is searching for 200 new workers" seeks no missing).
    private static string? SoughtBefore(SentenceView s, int forToken, QuantityMatch match)
    {
        for (var j = forToken - 1; j >= Math.Max(0, forToken - SearchWindow); j--)
        {
            var word = s.Word(j);
            if (s.Words.SearchWords.TryGetValue(word, out var measure))
            {
                return IsRescueSearch(s, forToken, match) ? measure : null;
            }

            if (word is not [var first, ..] || !char.IsLetter(first) || s.Words.ClauseBreaks.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    // A search in a rescue: those who search in one (search-agent) or a count of what befell people (an outcome of a cumulative measure,
    // or a noun of remains) anywhere in the sentence, or a sought-cue from the "for" to a few words after the count ("for three more
    // fishermen", "for 5 who are still unaccounted for"). "Police are searching for three suspects" and "The club is searching for
    // 10 volunteers" are none.
    private static bool IsRescueSearch(SentenceView s, int forToken, QuantityMatch match)
    {
        for (var i = forToken + 1; i < s.Tokens.Count && i < match.PhraseEndToken + SoughtCueWindow; i++)
        {
            if (s.Words.SoughtCues.Contains(s.Word(i)))
            {
                return true;
            }
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var word = s.Word(i);
            if (s.Words.SearchAgents.Contains(word) || s.Words.RemainsNouns.ContainsKey(word)
                || (s.Words.Outcomes.TryGetValue(word, out var measure) && s.Words.CumulativeMeasures.Contains(measure)))
            {
                return true;
            }
        }

        return false;
    }

    // "32 miners died", "410 people are believed to have died", "45,000 were present", "left 812 people dead".
    private static string? OutcomeAfter(SentenceView s, QuantityMatch match)
    {
        // A total's counted noun stands with the increment before it ("another 230,000 people were vaccinated …, bringing the total
        // to 350,000"): what happened follows that noun.
        if (match.HasNounBefore)
        {
            // "180 people have been confirmed dead and 620 injured": what follows the figure itself comes first.
            return OutcomeFrom(s, match.EndToken) ?? OutcomeFrom(s, match.NounEndToken);
        }

        if (match.HasNounPhrase)
        {
            // "950 injured" read with the noun of the figure paired with it ("310 people … dead and 950 injured"): the outcome is the
            // counted word itself — unless it names a state the people were in before and the verb after it says what befell them
            // ("5,000 displaced people have arrived in Lindenport" counts arrivals; "1,200 injured people arrived" stays injuries).
            for (var i = match.NounFirstToken; i < match.NounEndToken; i++)
            {
                if (s.Words.Outcomes.TryGetValue(s.Word(i), out var named))
                {
                    return s.Words.PriorStateMeasures.Contains(named) && OutcomeFrom(s, match.PhraseEndToken) is { } after ? after : named;
                }
            }
        }

        // "the 90 hikers, 60 adults and 30 children, were rescued": the last item of a list of counts, closed by a comma, shares the
        // verb after that comma.
        var from = s.Word(match.PhraseEndToken) is "," && EndsList(s, match) ? match.PhraseEndToken + 1 : match.PhraseEndToken;
        return PriorStateGivingWay(s, match) ?? AboardGivingWay(s, match) ?? OutcomeFrom(s, from) ?? ReducedClauseGivingWay(s, match);
    }

    // "one climber drowned and 23 hikers cut off on the ridge were rescued", "one driver died and 14 passengers travelling on the
    // top deck were hurt": a count opening a coordinated clause, with a phrase on who its people were right after them (a participle
    // or a place, holding a word no outcome-skip list knows), takes the outcome its own main verb names, not the outcome of the
    // clause before.
    private static string? ReducedClauseGivingWay(SentenceView s, QuantityMatch match)
    {
        var at = match.PhraseEndToken;
        return match.FirstToken >= 1 && s.Word(match.FirstToken - 1) is "and" or "," && match.HasNounPhrase && IsLowercaseWord(s, at)
            && !s.Words.RelativeClauseOpeners.Contains(s.Word(at))
            && MainVerbAfterRelativeClause(s, at) is { } main ? OutcomeFrom(s, main) : null;
    }

    // Whether the count stands after "and" (perhaps "and all") with a count of people before that: the last item of a list.
    private static bool EndsList(SentenceView s, QuantityMatch match)
    {
        var and = s.Word(match.FirstToken - 1) is "all" ? match.FirstToken - 2 : match.FirstToken - 1;
        if (and < 1 || s.Word(and) is not "and")
        {
            return false;
        }

        foreach (var other in s.Quantities)
        {
            if (ListedNoun(s, other) == and - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words (a vessel's or flight's name) may stand between "aboard" and the verb of what befell those aboard.</summary>
    private const int AboardVerbWindow = 4;

    // "all 48 crew on board the Vorland trawler drowned", "the 40 passengers aboard were killed": those aboard are who the people were, and
    // the verb right after names what is counted; "300 people aboard were rescued" counts the rescued, and with no such verb ("a
    // ferry with 300 people aboard capsized") the count stays the people aboard.
    private static string? AboardGivingWay(SentenceView s, QuantityMatch match)
    {
        var at = match.PhraseEndToken;
        var state = s.Word(at) is "on" ? at + 1 : at;
        if (!s.Words.Outcomes.TryGetValue(s.Word(state), out var aboard) || !s.Words.PriorStateMeasures.Contains(aboard))
        {
            return null;
        }

        for (var j = state + 1; j < s.Tokens.Count && j <= state + AboardVerbWindow; j++)
        {
            var word = s.Word(j);
            if (s.Tokens[j].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word) || s.Words.RelativeClauseOpeners.Contains(word)
                || s.Words.ClauseJoiners.Contains(word))
            {
                return null;
            }

            if (s.Words.Outcomes.TryGetValue(word, out var befell) && befell != aboard && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return befell;
            }
        }

        return null;
    }

    // "the 12 workers trapped by the fire were killed": a participle right after the people that names a state they were in before
    // says who they were, as a relative clause does, and the main clause's verb after it names what is counted — not for the set of a
    // part ("16 of the 40 divers trapped … have been rescued": the 40 are the trapped).
    private static string? PriorStateGivingWay(SentenceView s, QuantityMatch match)
    {
        var at = match.PhraseEndToken;
        return at < s.Tokens.Count && s.Words.Outcomes.TryGetValue(s.Word(at), out var state) && s.Words.PriorStateMeasures.Contains(state)
            && !(match.FirstToken >= 2 && s.Word(match.FirstToken - 1) is "the" && s.Word(match.FirstToken - 2) is "of")
            && MainVerbAfterRelativeClause(s, at) is { } main ? OutcomeFrom(s, main) : null;
    }

    // The outcome a negated-outcome word names when only outcome-skip words stand between it and the negation at start - 1.
    private static string? NegatedOutcomeAfter(SentenceView s, int start, int limit)
    {
        for (var i = start; i < s.Tokens.Count && i < limit; i++)
        {
            var word = s.Word(i);
            if (s.Words.NegatedOutcomes.TryGetValue(word, out var outcome))
            {
                return outcome;
            }

            if (!s.Words.OutcomeSkips.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    // Whether a two-word running-cue ("so far", "thus far", "to date") opens at token i: it gives the count as the tally up to now,
    // and what befell the people comes after it ("11 workers have so far been declared dead"). Read as a phrase, since a lone "so" or
    // "far" is no such cue.
    private static bool IsRunningPhraseAt(SentenceView s, int i) =>
        i + 1 < s.Tokens.Count && s.Words.RunningCues.Contains($"{s.Word(i)} {s.Word(i + 1)}");

    private static string? OutcomeFrom(SentenceView s, int start)
    {
        var limit = start + OutcomeWindow;
        var listJoined = false;
        for (var i = start; i < s.Tokens.Count && i < limit; i++)
        {
            var word = s.Word(i);

            // "nine others who took part in the march are unaccounted for": a relative clause on who the people were stands between
            // them and what happened; the main clause's verb after it names the measure, the relative clause's own verb only when
            // that says nothing ("the 58 pilgrims who died in the heat", "the 181 who died were named"). The main verb wins only when
            // the relative clause names no outcome, or only taking part (an event measure): "the 40 people who were injured are being
            // treated in hospital" counts the injured; nor a state the people were in before ("13 miners who had been trapped were
            // killed").
            if (i == start && word is "who" && MainVerbAfterRelativeClause(s, i + 1) is { } main && OutcomeFrom(s, main) is { } mainOutcome
                && RelativeClauseOutcome(s, i + 1, main) is var own && (own is null || s.Words.EventMeasures.Contains(own) || s.Words.PriorStateMeasures.Contains(own)))
            {
                return mainOutcome;
            }

            if (OutcomeAt(s, i) is { } outcome)
            {
                return outcome;
            }

            // "640 people protesting the tax law have been detained", "30 workers living in the block were killed": a participle right
            // after the people says what they were doing, as a relative clause does; the main clause's verb after it says what befell them.
            if (i == start && IsPresentParticiple(s, i) && MainVerbAfterRelativeClause(s, i) is { } afterParticiple
                && OutcomeFrom(s, afterParticiple) is { } ofParticiplePeople)
            {
                return ofParticiplePeople;
            }

            // "nearly 40 had to be taken to hospital": two words name what happened.
            if (s.Words.OutcomeSkips.Contains(word) && i + 1 < s.Tokens.Count && s.Words.Outcomes.TryGetValue($"{word} {s.Word(i + 1)}", out var pair))
            {
                return pair;
            }

            // "30 people have lost their lives": losing one's life is what "died" names (not "lost their homes", nor "lost their life
            // savings" or "their lives' work", where the life qualifies a noun after it).
            if (word is "lost" && s.Word(i + 1) is "their" or "his" or "her" && s.Word(i + 2) is "lives" or "life" && EndsLifePhrase(s, i + 3)
                && s.Words.Outcomes.TryGetValue("died", out var died))
            {
                return died;
            }

            // "at least 17 civilians, including two toddlers, were killed", "at least 40 people, most of them women, died": an aside on
            // the people counted, set off by commas (opened by a people-aside-opener, or pointing back at them with "them": "some 45
            // passengers, two infants among them, drowned"), stands between them and what happened.
            if (i == start && word is "," && AsideEnd(s, i + 1) is { } close && IsPeopleAside(s, i + 1, close))
            {
                limit += close - i;
                i = close;
                continue;
            }

            // "some 200 people, according to the mayor, were evacuated", "18 people, police said, were killed": an aside between commas
            // naming who reported the count stands between the people and what happened, when what follows its closing comma goes on
            // to say what happened ("72,000, according to X, and 240,000, according to Y, marched" leaves each figure its own), and
            // when the count names its people: a bare figure ("…, and 240,000, according to Y, marched") is another source's count
            // of the figure before it and keeps that one's measure.
            if (i == start && word is "," && IsPeopleNoun(s, i - 1) && AsideEnd(s, i + 1) is { } sourceClose && IsReportingAside(s, i + 1, sourceClose)
                && IsOutcomeStart(s, sourceClose + 1))
            {
                limit += sourceClose - i;
                i = sourceClose;
                continue;
            }

            // "12 people it said had drowned", "30 more they say were hurt": a source's pronoun and reporting verb right after the people
            // (a contact clause, no "who" and no commas) stand between them and what the source says befell them, which the people's
            // own clause then names; read before any outcome borrowed from an earlier figure ("9 died, and 30 more it said were hurt").
            if (i == start && IsReportingContactClause(s, i))
            {
                limit += 2;
                i++;
                continue;
            }

            // "Fourteen workers (about 40%) were hospitalised", "27 people – four of them teachers – were killed": an aside in brackets or
            // between dashes stands between the people and what happened; any verb of its own ("(two of whom later died)") is the
            // aside's, not the people's.
            if (i == start && EnclosedAsideEnd(s, i) is { } enclosedEnd)
            {
                limit += enclosedEnd - i;
                i = enclosedEnd;
                continue;
            }

            // "the 118 crew members and riders who drowned", "305 employees, contractors and residents were still missing": another noun for people
            // joined to the counted one.
            if (word is "and" or "," && IsPeopleNoun(s, i + 1))
            {
                i++;
                continue;
            }

            // "12 Indians and 9 Nepalis were among the dead": another count of people joined to this one shares what happened; so do
            // counts listed with commas before the "and" ("the 90 hikers, 60 adults and all 30 children, were rescued"), the comma
            // that closes the list included.
            if ((word is "and" || (word is "," && ListGoesOn(s, i + 1))) && JoinedPeopleCountEnd(s, AfterAll(s, i + 1)) is { } joinedEnd)
            {
                limit += joinedEnd - i;
                i = joinedEnd - 1;
                listJoined = true;
                continue;
            }

            if (word is "," && listJoined && i > start && s.Tokens[i - 1].Kind == TokenKind.Word)
            {
                continue;
            }

            // "12 people in Lindenport and 30 in Brenmoor were killed": a bare count with its own place, joined to this one when this one
            // has a place too, shares what happened.
            if (word is "and" && i > start && s.Word(start) is "in" && s.Tokens[Math.Min(i + 1, s.Tokens.Count - 1)].Kind == TokenKind.Number
                && s.Word(i + 2) is "in" && IsName(s, i + 3))
            {
                var end = i + 4;
                while (end < s.Tokens.Count && IsName(s, end))
                {
                    end++;
                }

                limit += end - i;
                i = end - 1;
                continue;
            }

            // "12 people suffered serious injuries", "14 passengers sustained minor injuries": a link verb, perhaps how badly, then a
            // noun naming what the people suffered.
            if (s.Words.SeverityLinks.Contains(word) && SufferedAfter(s, i + 1) is { } suffered)
            {
                return suffered;
            }

            // "23 climbers are not accounted for": a negation before a word that names what happened only when negated.
            if (s.Words.NegationCues.Contains(word) && NegatedOutcomeAfter(s, i + 1, limit) is { } negated)
            {
                return negated;
            }

            // "9,910 people from the Velmar and Ostrelo areas were displaced": a place named between the people and what happened.
            var isPlaceWord = IsName(s, i) || (word is "and" && IsName(s, i - 1) && IsName(s, i + 1)) || s.Words.PlaceNouns.Contains(word);
            var asOfRecord = word is "as" && i > start && s.Words.OutcomeSkips.Contains(s.Word(i - 1)) && s.Word(i - 1).EndsWith("ed", StringComparison.Ordinal);
            if (IsRunningPhraseAt(s, i))
            {
                i++;
                continue;
            }

            if (!s.Words.OutcomeSkips.Contains(word) && !asOfRecord && !isPlaceWord && word is not ("-" or "\"" or "“" or "”" or "’" or "'"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many tokens a relative clause on the people counted may have before the main clause's verb.</summary>
    private const int RelativeClauseVerbWindow = 10;

    // The index of the main clause's auxiliary after a relative clause that opens at <paramref name="first"/> with a verb of its own
    // ("[who] took part in the protests | are unaccounted for"), or null when the clause ends first or none follows soon.
    // The first outcome a relative clause names between <paramref name="first"/> and its main verb ("who were injured" → injuries), or null.
    private static string? RelativeClauseOutcome(SentenceView s, int first, int main)
    {
        for (var j = first; j < main; j++)
        {
            if (s.Words.Outcomes.TryGetValue(s.Word(j), out var outcome))
            {
                return outcome;
            }
        }

        return null;
    }

    private static int? MainVerbAfterRelativeClause(SentenceView s, int first)
    {
        var ownVerb = false;
        for (var j = first; j < s.Tokens.Count && j < first + RelativeClauseVerbWindow; j++)
        {
            var word = s.Word(j);
            if (word is "," or ";" or ":" or "." or "that" or "and" || s.Words.ClauseBreaks.Contains(word))
            {
                return null;
            }

            if (ownVerb && word is "are" or "were" or "is" or "was" or "have" or "has" or "had" or "remain" or "remains" or "remained")
            {
                return j;
            }

            ownVerb |= !s.Words.OutcomeSkips.Contains(word);
        }

        return null;
    }

    // The token after "all" when it stands at <paramref name="first"/> before a count ("and all 12 teachers"), else first.
    private static int AfterAll(SentenceView s, int first) => s.Word(first) is "all" ? first + 1 : first;

    // Whether the count of people at <paramref name="first"/> (perhaps after "all") is followed by "and" or another comma: an item of
    // a list of counts, not a clause of its own ("12 people, 30 were injured").
    private static bool ListGoesOn(SentenceView s, int first) =>
        JoinedPeopleCountEnd(s, AfterAll(s, first)) is { } end && s.Word(end) is "and" or ",";

    // The end of a count of a named kind of people starting at <paramref name="first"/> ("9 Nepalis", "30 police officers"), or null.
    private static int? JoinedPeopleCountEnd(SentenceView s, int first)
    {
        foreach (var other in s.Quantities)
        {
            if (other.FirstToken == first && ListedNoun(s, other) is var noun and >= 0)
            {
                return noun + 1;
            }
        }

        return null;
    }

    // The words between an aside's commas speak of the people counted: opened by a people-aside-opener ("including two toddlers"),
    // pointing back with "them" ("two infants among them"), or only naming kinds of people joined by "and", "or" or "as well as"
    // ("at least 19 people, pilgrims as well as tourists, were killed", "12 people, men and women, drowned"), or saying there may be
    // more of them ("26 villagers, and perhaps many more, died in the slide").
    private static bool IsPeopleAside(SentenceView s, int first, int close) =>
        s.Words.PeopleAsideOpeners.Contains(s.Word(first)) || PointsBackAtPeople(s, first, close) || NamesKindsOfPeople(s, first, close)
        || SaysThereMayBeMore(s, first, close);

    private static bool SaysThereMayBeMore(SentenceView s, int first, int close)
    {
        if (s.Word(close - 1) is not "more")
        {
            return false;
        }

        for (var j = first; j < close; j++)
        {
            if (!s.Words.OpenCountAsideWords.Contains(s.Word(j)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesKindsOfPeople(SentenceView s, int first, int close)
    {
        var nouns = 0;
        for (var j = first; j < close; j++)
        {
            if (IsPeopleNoun(s, j))
            {
                nouns++;
            }
            else if (s.Word(j) is not ("and" or "or" or "as" or "well" or "both"))
            {
                return false;
            }
        }

        return nouns >= 2;
    }

    // Whether the aside between <paramref name="first"/> and its closing comma names the people counted again as "them" ("two of them
    // children", "women among them").
    private static bool PointsBackAtPeople(SentenceView s, int first, int close)
    {
        for (var j = first; j < close; j++)
        {
            if (s.Word(j) is "them")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The opening comma of an aside on the people counted ("including five children", "most of them women") whose closing
    /// comma is at <paramref name="closingComma"/>, or -1 when that comma closes no such aside.</summary>
    internal static int PeopleAsideOpening(SentenceView s, int closingComma)
    {
        for (var open = closingComma - 2; open >= 0 && open >= closingComma - MaxAside - 1; open--)
        {
            if (s.Word(open) is "," or "." or ";" or ":")
            {
                return s.Word(open) is "," && AsideEnd(s, open + 1) == closingComma && IsPeopleAside(s, open + 1, closingComma)
                    ? open
                    : -1;
            }
        }

        return -1;
    }

    // Whether the tokens from <paramref name="first"/> up to the closing comma hold a reporting construction, as the attribution
    // stage read it ("according to the mayor", "police said").
    private static bool IsReportingAside(SentenceView s, int first, int close)
    {
        foreach (var cue in s.ReportingCues)
        {
            if (!cue.IsOrigin && cue.FirstToken >= first && cue.EndToken <= close)
            {
                return true;
            }
        }

        return false;
    }

    // Whether token <paramref name="index"/> opens what happened to the people: an outcome word or one that may lead to it ("were",
    // "have been"); a conjunction or another figure ("…, and 240,000") is neither, and would join the next count to this one's source.
    // Whether a third-person pronoun and a reporting verb open at token `index` and what follows them goes on to say what befell
    // people ("it said were wounded"), not what the source said of something else ("it said its office was closed").
    private static bool IsReportingContactClause(SentenceView s, int index) =>
        index + 2 < s.Tokens.Count && s.Reporting.IsThirdPersonPronoun(s.Word(index)) && s.Reporting.IsVerb(s.Word(index + 1))
        && IsOutcomeStart(s, index + 2);

    private static bool IsOutcomeStart(SentenceView s, int index) =>
        OutcomeAt(s, index) is not null || s.Words.OutcomeSkips.Contains(s.Word(index));

    // The closing token of an aside that opens at <paramref name="open"/> right after the people counted: a bracket closed by its
    // bracket or a dash closed by another dash; null when none closes within the sentence soon.
    private static int? EnclosedAsideEnd(SentenceView s, int open)
    {
        var word = s.Word(open);
        var isDash = TimeAnchors.IsDash(s, open);
        if (!isDash && word is not "(")
        {
            return null;
        }

        for (var j = open + 2; j < s.Tokens.Count && j <= open + MaxAside + 1; j++)
        {
            if (isDash ? s.Word(j).SequenceEqual(word) : s.Word(j) is ")")
            {
                return j;
            }

            if (s.Word(j) is "." or ";" or ":" or "(" or ")")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many tokens an aside on the people counted may have before its closing comma.</summary>
    private const int MaxAside = 10;

    // The closing comma of an aside on the people counted that opens at <paramref name="opener"/> ("including", "most of them"), or
    // null when none closes it soon.
    private static int? AsideEnd(SentenceView s, int opener)
    {
        for (var j = opener + 1; j < s.Tokens.Count && j <= opener + MaxAside; j++)
        {
            if (s.Word(j) is ",")
            {
                return j;
            }

            if (s.Word(j) is "." or ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    // "The glacier in Vorland's Brenmoor valley killed seven climbers, two Vorlandians and one Ostravan": nationals of the country the
    // sentence names as a place (or a place within it) are a part of the toll there, not that country's whole toll.
    private static bool IsNationalsOfTheSentencesPlace(SentenceView s, QuantityMatch match)
    {
        var nation = s.MentionAt(match.NounFirstToken)?.Entity;
        return nation is not null && s.Entities.Exists(m => m.Form == EntityMentionForm.Name && (m.Entity == nation || m.Place == nation));
    }

    /// <summary>The nation whose people a count of people counts, from a demonym before its noun ("17 Vorlandian hostages", "four
    /// Ostravan workers"), when its sentence names another nation's people by their demonym too ("17 Vorlandian hostages for 52
    /// Ostravan prisoners", "20 Vorlandian soldiers died; the Ostravan side gave no figure"; not "the Ostravan border guard"), or null. Such a count is that nation's
    /// part of the people the event touched, so it meets only counts of the same nation's people, never a toll of everyone. A nation's
    /// count in a sentence that names no other nation is left whole: "1,000 Vorlandian families in shelters" in a report on Vorland
    /// is mostly everyone. A demonym standing as the noun ("two Vorlanders") is left to <see cref="ListedPartOf"/> and the subject, and
    /// one joined by a hyphen ("Ostravan-led", "Ostravan-born") is left alone; the noun must name people ("20 Vorlandian jets" is left alone).</summary>
    internal static string? NationalityOf(SentenceView s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Unit.Kind != UnitKind.Count || !match.HasNounPhrase || match.HasNounBefore
            || IsNationals(s, match) || !IsPeopleNoun(s, match.NounEndToken - 1))
        {
            return null;
        }

        for (var i = match.NounFirstToken; i < match.NounEndToken - 1; i++)
        {
            if (s.MentionAt(i) is { Form: EntityMentionForm.Demonym } mention && mention.FirstToken == i && mention.EndToken < match.NounEndToken
                && s.Word(mention.EndToken) is not "-")
            {
                var nation = mention.Entity;
                return s.Entities.Exists(m => m.Form == EntityMentionForm.Demonym && m.Entity != nation && NamesPeople(s, m)) ? NationalsPrefix + nation.Name : null;
            }
        }

        return null;
    }

    // Whether a demonym names people of its nation: it stands in a count's noun phrase ("52 Ostravan prisoners", "four Ostrans") or
    // right before a noun for people, a toll noun or a side noun ("Ostravan civilians", "the Ostravan dead", "the Ostravan side"), not
    // before a body or a thing ("the Ostravan border guard", "Ostravan jails").
    private static bool NamesPeople(SentenceView s, EntityMention demonym)
    {
        var next = demonym.EndToken;
        return s.Quantities.Exists(q => q.HasNounPhrase && q.NounFirstToken <= demonym.FirstToken && demonym.FirstToken < q.NounEndToken)
            || (next < s.Tokens.Count && (IsPeopleNoun(s, next) || s.Words.TollNouns.ContainsKey(s.Word(next)) || s.Words.SideNouns.Contains(s.Word(next))));
    }

    /// <summary>What a nation's part of a count is labelled by, before the nation's name ("from Vorland").</summary>
    internal const string NationalsPrefix = "from ";

    // "70 Moroccans died": a demonym standing alone as the counted noun counts people of that nation, as "70 Moroccan pilgrims" does.
    private static bool IsNationals(SentenceView s, QuantityMatch match) =>
        match.HasNounPhrase && !match.HasNounBefore && match.NounEndToken == match.NounFirstToken + 1
        && s.MentionAt(match.NounFirstToken) is { Form: EntityMentionForm.Demonym } mention && mention.EndToken == match.NounEndToken;

    private static bool IsPeopleNoun(SentenceView s, int index)
    {
        var word = s.Word(index);
        return s.Words.PersonNouns.Contains(word) || s.Words.Subgroups.ContainsKey(word)
            || (word is [.. var stem, 's'] && s.Words.PersonNouns.Contains(stem)); // "residents": the lexicon lists person nouns singular
    }

    // A name: inside an entity mention, or a capitalised word that does not open the sentence.
    private static bool IsName(SentenceView s, int index)
    {
        if (index > 0 && index < s.Tokens.Count && s.Tokens[index].Kind == TokenKind.Word && char.IsUpper(s.Word(index)[0]))
        {
            return true;
        }

        foreach (var mention in s.Entities)
        {
            if (mention.FirstToken <= index && index < mention.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens back a comma-closed relative clause may open.</summary>
    private const int RelativeClauseWindow = 15;

    /// <summary>The comma that opens a relative clause closed by the comma at <paramref name="close"/> (", which gave the latest toll,"), or
    /// null when the words before that comma are no such clause.</summary>
    private static int? RelativeClauseClosedAt(SentenceView s, int close)
    {
        for (var j = close - 1; j >= 1 && j >= close - RelativeClauseWindow; j--)
        {
            if (s.Words.RelativeClauseOpeners.Contains(s.Word(j)) && s.Word(j - 1) is ",")
            {
                return j - 1;
            }

            if (s.Word(j) is "," or ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether number token <paramref name="i"/> is a date's day or year ("as of June 9"), part of a time expression and of no
    /// amount: no figure of its own, so not the count of the noun after it ("As of June 9 infections had climbed to 320").</summary>
    private static bool IsDateNumber(SentenceView s, int i) => s.IsInTimeExpression(i) && !s.IsInAmount(i);

    // Whether token i lies in a time expression that brackets enclose whole: "Friday (22 March)", "last night (5 May)".
    private static bool IsInBracketedDate(SentenceView s, int i)
    {
        if (!s.IsInTimeExpression(i) || s.IsInAmount(i))
        {
            return false;
        }

        var first = i;
        while (first > 0 && s.IsInTimeExpression(first - 1))
        {
            first--;
        }

        var last = i;
        while (last + 1 < s.Tokens.Count && s.IsInTimeExpression(last + 1))
        {
            last++;
        }

        return s.Word(first - 1) is "(" && s.Word(last + 1) is ")";
    }

    /// <summary>Whether the "and" at <paramref name="and"/> follows a comma and opens a second reported clause with "that" ("the
    /// ministry said 12 were killed, and that 90 firefighters were deployed"): an outcome word before it tells of the earlier clause.
    /// A plain ", and the organisers spoke of 7,000" is not read as a break: the outcome of the clause before ("took part") often
    /// still names such a figure.</summary>
    private static bool OpensClauseAfterComma(SentenceView s, int and) =>
        and >= 1 && s.Word(and - 1) is "," && s.Word(and + 1) is "that";

    /// <summary>Whether the object of the outcome verb at <paramref name="verb"/> is a thing of those counted at
    /// <paramref name="figure"/>: a determiner or possessive right after the verb, then one to three words with no figure or clause
    /// break, the last no person noun, then "of" right before the figure ("the leak hurt the incomes of 900 growers", "hurt the
    /// fishing trade of 300 families"). The verb's harm falls on the thing, not on the people. The crew or the guests of a count
    /// ("hurt the crew of 12") are people and keep the verb's outcome; a thing named without "of" ("hurt 900 growers' incomes") is not
    /// read.</summary>
    private static bool HarmsThingOfTheCounted(SentenceView s, int verb, int figure)
    {
        var of = figure - 1;
        if (s.Word(of) is not "of" || !Subjects.IsTheOrPossessive(s.Word(verb + 1)) || of - (verb + 2) is < 1 or > MaxThingWords)
        {
            return false;
        }

        for (var i = verb + 2; i < of; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Number || s.Words.ClauseBreaks.Contains(s.Word(i)) || s.Word(i) is "," or ";" or ":")
            {
                return false;
            }
        }

        return !IsPeopleNoun(s, of - 1);
    }

    // The most words a harmed thing's noun phrase takes between its determiner and "of" ("the small-scale fishing trade of").
    private const int MaxThingWords = 3;

    // "the toll rose to 146", "the death toll from the floods stands at 146", "put the number of dead at 300", "a crowd of 45,000",
    // "the number of people vaccinated has reached 610,000": a toll noun or an outcome before the figure in its clause, with no
    // other figure between them. The subject of an update verb may be a long phrase whose modifiers name another outcome ("the
    // death toll from the sinking of a ferry carrying traders and goods on the lake has risen to 87"): there a toll noun further
    // back, within UpdatedSubjectWindow, names the figure, and the nearer outcome is only used when no toll noun opens the phrase.
    // With notAfterAFigure an outcome right after a figure is that figure's, never this one's.
    private static string? TollBefore(SentenceView s, QuantityMatch match, bool notAfterAFigure)
    {
        var isUpdate = IsUpdateComplement(s, match);
        var window = isUpdate ? UpdatedSubjectWindow : TollWindow;
        string? nearerOutcome = null;
        var listStart = match.FirstToken;
        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - window; i--)
        {
            var word = s.Word(i);
            if (s.Tokens[i].Kind == TokenKind.Number && FromFigureStart(s, i, match) is { } from)
            {
                i = from; // "the number of victims climbed from 38 to 97 overnight": the toll noun stands before both figures
                continue;
            }

            if (s.Tokens[i].Kind == TokenKind.Number && IsInBracketedDate(s, i))
            {
                continue; // "the toll of Tuesday's (9 June) flood has climbed to 48": a bracketed date's day is no other figure
            }

            if (s.Tokens[i].Kind == TokenKind.Number && ListedCountBefore(s, i, listStart) is { } listed)
            {
                listStart = i = listed; // "the dead included 14 children and 52 women": the toll noun stands before the whole list
                continue;
            }

            if (s.Tokens[i].Kind == TokenKind.Number || word is ";" or ":" or "." || s.Words.ClauseBreaks.Contains(word))
            {
                return nearerOutcome;
            }

            if (word is "," && RelativeClauseClosedAt(s, i) is { } opening)
            {
                i = opening; // "the fire service, which gave the latest toll, also said 23 were taken to hospital": the clause speaks of its source
                continue;
            }

            if (word is "and" && OpensClauseAfterComma(s, i))
            {
                return nearerOutcome; // "crews buried the dead cattle, and that 90 firefighters were sent": the earlier clause's outcome
            }

            if (nearerOutcome is not null && word is "and" or "where")
            {
                return nearerOutcome; // "the injured were taken to hospital and those detained have risen to 35": another clause's noun
            }

            if (notAfterAFigure && i > 0 && s.Tokens[i - 1].Kind == TokenKind.Number
                && (s.Words.TollNouns.ContainsKey(word) || s.Words.Outcomes.ContainsKey(word)))
            {
                return null; // "64 injured and 2,000 soldiers": the outcome is the other figure's
            }

            if (s.Words.TollNouns.TryGetValue(word, out var measure))
            {
                if (i > 0 && s.Words.Quantities.OtherKindTotalModifiers.Contains(s.Word(i - 1)))
                {
                    return null; // "analysts put the strike's financial toll in the billions": a toll in money, not of the dead
                }

                if (CountedAfterFigureNoun(s, i, match.FirstToken) is { } named)
                {
                    return named; // "the tally of evacuees rose past 4,500": the tally counts the noun after "of", not the dead
                }

                if (TollNounBeforeFigureNoun(s, i) is { } modified)
                {
                    return modified; // "the case tally rose to 67": the tally counts cases, not the dead
                }

                // "the count of dead from the arena's crowd surge had climbed to 38": the figure noun and its outcome opening the
                // subject name what is counted; a toll noun inside a later modifier ("crowd surge") does not.
                return isUpdate && CountedOutcomeOpening(s, i, match.FirstToken - window) is { } counted ? counted : measure;
            }

            if (s.Words.Outcomes.TryGetValue(word, out measure))
            {
                if (i == match.FirstToken - 1 && s.Words.IrregularOutcomeVerbs.Contains(word) && !NamesIncidentBefore(s, i))
                {
                    return null; // "the downturn hurt 9,000 farmers": the verb's harm is of another kind than an incident's
                }

                if (s.Words.IrregularOutcomeVerbs.Contains(word) && HarmsThingOfTheCounted(s, i, match.FirstToken))
                {
                    return null; // "the leak hurt the incomes of 900 growers": the harm is to their incomes, not to their bodies
                }

                if ((i == match.FirstToken - 1 || i == listStart - 1) && IsTakingPartOfItsSubject(s, word, measure))
                {
                    return null; // "the gunmen took 40 men and 12 women": those counted are the verb's object, not those who took part
                }

                if (!isUpdate)
                {
                    return measure;
                }

                nearerOutcome ??= match.FirstToken - i <= UpdatedTollWindow ? measure : null;
                continue;
            }

            if (isUpdate && RunningCountNounAt(s, i) is { } running)
            {
                // "Cholera cases in Tallis have risen to 3,210", "infections have reached 840": the updated figure counts the noun
                // that heads the verb's subject; a noun right after another figure ("40 cases, and the toll rose to 3") is that one's.
                return i > 0 && s.Tokens[i - 1].Kind == TokenKind.Number && !IsDateNumber(s, i - 1) ? nearerOutcome : running;
            }

            if (isUpdate && IsFigureNounAsVerb(s, i, match))
            {
                continue; // "cases now number 67": the noun is the verb; the subject before it names what is counted
            }

            if (i == match.FirstToken - 2 && s.Word(i + 1) is "of" && TollNounBeforeFigureNoun(s, i) is { } countOf)
            {
                return countOf; // "gave an official death count of 51", "a case count of 67": what the figure noun counts, with or without an update
            }

            if (isUpdate && s.Words.StatedFigureCues.Contains(word))
            {
                // "the case count has climbed to 64" counts cases; "… and the number of people in shelters has risen to 3,400": the
                // updated figure is that number, not a toll.
                return TollNounBeforeFigureNoun(s, i) ?? nearerOutcome;
            }
        }

        return nearerOutcome;
    }

    /// <summary>
    /// The running count a plural noun names when its <c>measure-noun</c> entry's measure is a <c>cumulative-measure</c> and the noun is
    /// no <c>person-noun</c> ("cases", "infections" → cases; "hospitalizations" → hospitalised), or null: the noun a bare figure after an
    /// update verb counts when it heads the verb's subject. A singular ("the case count") or a noun of people ("patients rose to 40",
    /// read by the outcome and toll rules) is not read here.
    /// </summary>
    private static string? RunningCountNounAt(SentenceView s, int token)
    {
        var word = s.Word(token);
        if (s.Tokens[token].Kind != TokenKind.Word || word.Length < 2 || word[^1] is not ('s' or 'S'))
        {
            return null;
        }

        // The lexicon lists person nouns in the singular ("victim"), so the singular is what tells "victims" apart.
        var singular = Unit.Count(word.ToString()).Name;
        return singular.Length < word.Length && !s.Words.PersonNouns.Contains(singular) && s.Words.MeasureSynonyms.TryGetValue(singular, out var measure) && s.Words.CumulativeMeasures.Contains(measure)
            ? measure
            : null;
    }

    /// <summary>
    /// The measure of a toll noun or counted noun right before a figure noun ("case" in "the case count", "crowd" in "the crowd
    /// tally"), which says what the count counts; null when the word at <paramref name="figureNoun"/> is no figure noun or no such
    /// noun stands before it.
    /// </summary>
    private static string? TollNounBeforeFigureNoun(SentenceView s, int figureNoun)
    {
        if (figureNoun == 0 || !s.Words.StatedFigureCues.Contains(s.Word(figureNoun)))
        {
            return null;
        }

        var before = s.Word(figureNoun - 1);
        return s.Words.TollNouns.TryGetValue(before, out var measure) || s.Words.MeasureSynonyms.TryGetValue(before, out measure) ? measure : null;
    }

    /// <summary>
    /// The measure of the counted noun right after a neutral figure noun that is also a toll noun and "of" ("the tally of evacuees" →
    /// evacuees, "the tally of the bodies" → bodies), or null: after a toll noun that names its outcome ("the toll of migrants" is a
    /// count of dead migrants), before a noun of people in general ("the tally of people killed") or a noun no measure-noun entry
    /// names. Only the one word after "of" (and "the") is read: "the tally of displaced families" keeps the tally's own measure.
    /// </summary>
    private static string? CountedAfterFigureNoun(SentenceView s, int figureNoun, int figure)
    {
        var k = figureNoun + 1;
        if (k >= figure || s.Word(k) is not "of" || !s.Words.StatedFigureCues.Contains(s.Word(figureNoun)))
        {
            return null;
        }

        k += s.Word(k + 1) is "the" ? 2 : 1;
        if (k >= figure || s.Tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        return s.Words.MeasureSynonyms.TryGetValue(Unit.Count(s.Word(k).ToString()).Name, out var measure) && measure != "people" ? measure : null;
    }

    /// <summary>How many words after a figure noun ("number") its outcome may stand ("the number of people killed").</summary>
    private const int CountedOutcomeWords = 3;

    /// <summary>The measure of an outcome that a figure noun opens before the toll noun at <paramref name="tollNoun"/> ("the count
    /// of dead", "the tally of those killed" in "the count of dead from the crowd surge"), or null when no figure noun with an outcome
    /// stands before it in its clause, back to <paramref name="limit"/>.</summary>
    private static string? CountedOutcomeOpening(SentenceView s, int tollNoun, int limit)
    {
        for (var k = tollNoun - 1; k >= 0 && k >= limit; k--)
        {
            var word = s.Word(k);
            if (s.Tokens[k].Kind is TokenKind.Number or TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word))
            {
                return null;
            }

            if (!s.Words.StatedFigureCues.Contains(word))
            {
                continue;
            }

            for (var j = k + 1; j < tollNoun && j <= k + CountedOutcomeWords; j++)
            {
                if (s.Words.Outcomes.TryGetValue(s.Word(j), out var measure))
                {
                    return measure;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>How far before a figure that completes an update verb an outcome word is taken for its measure: the verb's subject
    /// may be a long phrase ("the number of people killed in the floods that hit the town of Lindenport has risen to 214").</summary>
    private const int UpdatedTollWindow = 20;

    /// <summary>How far before a figure that completes an update verb a toll noun is looked for: the subject may carry a place in
    /// apposition and a parenthesis ("the death toll from the sinking of a ferry on Lake Brenmoor, in the north of Vorland (VL), has
    /// risen to 87").</summary>
    private const int UpdatedSubjectWindow = 34;

    // "has risen to 214", "rose to 214", "stands at 214": the figure right after an update verb and its preposition.
    private static bool IsUpdateComplement(SentenceView s, QuantityMatch match)
    {
        var verb = match.FirstToken - 1;
        if (verb >= 0 && s.Word(verb) is "to" or "at")
        {
            verb--;
        }

        if (IsFigureNounAsVerb(s, verb, match))
        {
            return true; // "cases in Tallis now number 67": the running count, as "have risen to 67" gives it
        }

        return verb >= 0 && (s.Words.UpdateCues.Contains(s.Word(verb)) || s.Words.UpdateVerbs.Contains(s.Word(verb))) && !InEntityName(s, verb);
    }

    /// <summary>Whether token <paramref name="token"/> is a figure noun (a <c>stated-figure-cue</c>: "number", "total") right before
    /// <paramref name="match"/> and right after a <c>figure-verb-lead</c> adverb ("now"), so a verb whose subject is what the figure
    /// counts ("infections in Tallis now number 2,400", "now total 67"), not a noun the figure completes ("the number 67").</summary>
    private static bool IsFigureNounAsVerb(SentenceView s, int token, QuantityMatch match) =>
        token >= 1 && token == match.FirstToken - 1 && s.Words.StatedFigureCues.Contains(s.Word(token))
        && s.Words.FigureVerbLeads.Contains(s.Word(token - 1));

    /// <summary>How far before a bare number a stated-figure cue is looked for ("put the figure at 18,000").</summary>
    private const int StatedFigureWindow = 4;

    /// <summary>Whether a bare number is given as a figure: a figure noun, a counting verb or "there were" shortly before it in its
    /// clause ("police put the figure at 18,000", "an estimate of 18,000", "police counted 35,000", "there were an estimated 18,000"),
    /// with no other number between.</summary>
    internal static bool IsStatedFigure(SentenceView s, QuantityMatch match)
    {
        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - StatedFigureWindow; i--)
        {
            var word = s.Word(i);
            if (s.Tokens[i].Kind is TokenKind.Number or TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word))
            {
                return false;
            }

            if (s.Words.StatedFigureCues.Contains(word) || (i >= 1 && s.Words.StatedFigureCues.Contains($"{s.Word(i - 1)} {word}")))
            {
                return true; // "police put the figure at 18,000", "there were said to be about 41,000"
            }
        }

        return false;
    }

    /// <summary>How far before a figure an update cue is looked for ("the death toll from Tuesday's floods has risen to 146").</summary>
    private const int UpdateWindow = 12;

    /// <summary>How many tokens may stand between the level a count left and the "to" of the level it reached ("from 12 late on
    /// Tuesday to 35").</summary>
    private const int LevelReachedWindow = 6;

    /// <summary>Whether the figure is the level a count left, in the clause that tells of the change: it follows "from", the level
    /// reached follows it after "to" ("the toll has risen from 27 to 41", "jumped on Sunday from 14 to 31", "raised the toll from
    /// two to five"), and an update cue or verb governs the pair. Such a figure is an earlier count that the one after "to"
    /// replaced, not an update of its own. A "from" with no figure after "to" ("has risen from 27, and more bodies were expected") or
    /// no update cue before it in its clause ("brought 65 survivors from 12 villages to a school") gives no level left; nor does
    /// "climbed to 84 from 65", whose figure after "from" the claims do not take as a count of its own.</summary>
    internal static bool IsLevelLeft(SentenceView s, QuantityMatch match)
    {
        var from = match.FirstToken - 1;
        if (from < 1 || !s.Word(from).Equals("from", StringComparison.OrdinalIgnoreCase) || !HasLevelReachedAfter(s, match.EndToken))
        {
            return false;
        }

        for (var i = from - 1; i >= 0 && i >= from - UpdateWindow; i--)
        {
            var word = s.Word(i);
            if (s.QuantityCovering(i) is not null || word is ";" or ":" || s.Words.ClauseBreaks.Contains(word))
            {
                return false; // another figure or clause: "police said 12 died and moved 300 people from 4 villages to the school"
            }

            if ((s.Words.UpdateCues.Contains(word) || s.Words.UpdateVerbs.Contains(word)) && !InEntityName(s, i))
            {
                return true;
            }
        }

        return false;
    }

    // Whether "to" and a figure follow the figure ending at `end` within a few tokens of its clause ("from 12 late on Tuesday to 35",
    // "from two to five").
    private static bool HasLevelReachedAfter(SentenceView s, int end)
    {
        for (var i = end; i < Math.Min(s.Tokens.Count - 1, end + LevelReachedWindow); i++)
        {
            var word = s.Word(i);
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return s.QuantityAt(i + 1) is not null;
            }

            if (s.QuantityAt(i) is not null || word is ";" or ":" or "," || s.Words.ClauseBreaks.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a count is the most a vessel, vehicle or hall may hold: a verb of holding before it, itself after a capacity cue
    /// ("licensed to carry 35", "can accommodate 300 people"), or a capacity cue and "for" ("a hostel built for at most 120 people",
    /// "a ward designed for 40 patients"); not how many it held ("was thought to carry 150"). "Built for" a purpose with no figure
    /// after it is not read, and a cue further back than the window ("built in 1990 for 120 people") is missed.</summary>
    internal static bool IsCapacity(SentenceView s, QuantityMatch match)
    {
        for (var j = match.FirstToken - 1; j >= Math.Max(1, match.FirstToken - CapacityWindow); j--)
        {
            if (s.Word(j) is "for" && s.Words.CapacityWords.TryGetValue(s.Word(j - 1), out var before) && before == "cue")
            {
                return true; // "a hostel built for at most 120 people": the most it was meant to hold
            }

            if (s.Words.CapacityWords.TryGetValue(s.Word(j), out var verb) && verb == "verb")
            {
                var cue = s.Word(j - 1) is "to" && j >= 2 ? j - 2 : j - 1;
                return s.Words.CapacityWords.TryGetValue(s.Word(cue), out var kind) && kind == "cue";
            }
        }

        return false;
    }

    /// <summary>How far before a count its verb of holding is looked for ("carry only about 35").</summary>
    private const int CapacityWindow = 4;

    /// <summary>Whether the clause gives the figure as an update of an earlier count: an update cue before it (<see
    /// cref="IsUpdatedBefore"/>) or a running cue after it (<see cref="HasRunningCueAfter"/>).</summary>
    internal static bool IsUpdate(SentenceView s, QuantityMatch match) => IsUpdatedBefore(s, match) || HasRunningCueAfter(s, match);

    /// <summary>Whether the words before the figure give it as an update of an earlier count: an update cue shortly before it ("rose
    /// to 146", "now stands at 212", "revised down to 54"), or a search still going on for it in a rescue ("the divers' search for 6
    /// sailors went on").</summary>
    internal static bool IsUpdatedBefore(SentenceView s, QuantityMatch match)
    {
        if (s.Word(match.FirstToken - 1) is "for" && SoughtBefore(s, match.FirstToken - 1, match) is not null)
        {
            return true; // "divers kept searching for 6 sailors": those still sought now, the count so far
        }

        if (IsLevelLeft(s, match))
        {
            return false; // "the toll has risen from 27 to 41": 27 is the count the update left, not the update
        }

        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - UpdateWindow; i--)
        {
            var word = s.Word(i);
            if (s.Tokens[i].Kind == TokenKind.Number && FromFigureStart(s, i, match) is not null)
            {
                return true; // "went from 12 late on Tuesday to 35": the figure after "to" replaces the one after "from"
            }

            if (s.Tokens[i].Kind == TokenKind.Number || word is ";" or ":" || s.Words.ClauseBreaks.Contains(word))
            {
                break; // the clause before the figure ends here; a running cue after it may still say so ("and 77 were still missing")
            }

            if (s.Words.UpdateCues.Contains(word) && !InEntityName(s, i))
            {
                return true;
            }

            if (s.Words.UpdateVerbs.Contains(word) && i + 1 < match.FirstToken && s.Word(i + 1) is "to" or "at" && !InEntityName(s, i))
            {
                return true; // "has more than doubled to 6,140": the figure completes the verb
            }
        }

        return false;
    }

    /// <summary>Whether a running cue in the few words after the figure gives it as the count so far ("40 had already been returned",
    /// "120 arrests so far", "15 are still missing"); not the level an update left ("from 27 to 41").</summary>
    internal static bool HasRunningCueAfter(SentenceView s, QuantityMatch match)
    {
        if (IsLevelLeft(s, match))
        {
            return false;
        }

        var end = Math.Max(match.EndToken, match.NounEndToken);
        for (var i = end; i < Math.Min(s.Tokens.Count, end + RunningCueWindow); i++)
        {
            var word = s.Word(i).ToString().ToLowerInvariant();
            if (s.Tokens[i].Kind is TokenKind.Number or TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word))
            {
                return false;
            }

            if (s.Words.RunningCues.Contains(word) || s.Words.RunningCues.Contains($"{word} {s.Word(i + 1).ToString().ToLowerInvariant()}"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words after a figure a running-count cue may stand ("40 had already been returned").</summary>
    private const int RunningCueWindow = 4;

    /// <summary>Whether token <paramref name="index"/> lies inside a named entity's mention: "New" in "New Zealand" is part of a
    /// name, not an update cue.</summary>
    private static bool InEntityName(SentenceView s, int index) => s.MentionCovering(index) is not null;

    /// <summary>Whether one of <paramref name="cues"/>, one word or two, stands shortly before the figure in its clause: an earlier
    /// cue ("had initially put the toll at 3,100", "the previous estimate had been 45", "up from the 70") or a provisional one ("a
    /// preliminary figure of 410"). The cue must govern the figure: "that" or "and" between them opens another statement ("said the
    /// earlier toll was wrong and that 45 died"), unless "and" only joins the figure to a count just before it, which the cue governs
    /// ("an earlier count had given 41 dead and 96 injured"); and "to" right before the figure gives the level a count was revised to
    /// ("tripled the first estimates to 45").</summary>
    internal static bool HasCueBefore(SentenceView s, QuantityMatch match, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cues)
    {
        var pastComma = false;
        for (var i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - UpdateWindow; i--)
        {
            var word = s.Word(i);
            // "had initially believed that 400 were hit": the cue's own verb opens the figure's clause. A figure set off by a comma
            // after "that" ("first reported that the ferry, with 61 on board, lost power") is an aside of a clause about something else.
            if (word is "that" && !pastComma && CueGovernsClause(s, i, cues))
            {
                return true;
            }

            if (word is "and" && i == match.FirstToken - 1 && CountJoinedBefore(s, i) is { } joined)
            {
                return HasCueBefore(s, joined, cues); // "an earlier count had given 41 dead and 96 injured": the cue governs both counts
            }

            if (s.Tokens[i].Kind == TokenKind.Number || word is ";" or ":" or "that" or "and" || s.Words.ClauseBreaks.Contains(word)
                || (i == match.FirstToken - 1 && word is "to"))
            {
                return false;
            }

            pastComma |= word is ",";
            // A two-word cue speaks of the figure only in its own clause: "in addition to the cuts already announced, the yard will
            // cut 1,900 jobs" gives a new figure, "has already announced 320 job cuts" an earlier one.
            if (cues.Contains(word))
            {
                return true;
            }

            // A two-word time cue that may open a sentence ("days earlier") gives an earlier count of the story's own incident, not of
            // one the words after it bring in ("only days earlier a blaze in Harwick had killed one man").
            if (i > 0 && !pastComma && string.Concat(s.Word(i - 1), " ", word) is var pair && cues.Contains(pair))
            {
                return !s.Words.EarlierOpenings.Contains(pair) || !BringsInNewIncident(s, i + 1);
            }
        }

        return false;
    }

    /// <summary>The count that ends, with at most <see cref="JoinedCountReach"/> words of its own after the figure ("41 dead", "41
    /// people dead"), right before "and" at <paramref name="and"/>, when the figure after "and" follows it at once ("41 dead and 96
    /// injured"): the two counts are one statement's, and what governs the first governs the second. Null when "and" joins anything
    /// else ("first reported two deaths and said 20 were hurt" brings in a verb of its own).</summary>
    private static QuantityMatch? CountJoinedBefore(SentenceView s, int and)
    {
        foreach (var other in s.Quantities)
        {
            if (other.EndToken <= and && and - other.EndToken <= JoinedCountReach && AllWords(s, other.EndToken, and))
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>Whether every token from <paramref name="from"/> up to <paramref name="end"/> is a word (no figure, comma or other mark).</summary>
    private static bool AllWords(SentenceView s, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most words a count may have after its figure before "and" joins the next count to it ("41 people dead and").</summary>
    private const int JoinedCountReach = 2;

    /// <summary>Whether the verb right before "that" at <paramref name="that"/> carries one of <paramref name="cues"/> ("initially
    /// estimated that", "first believed that"): the clause "that" opens is what the cue qualifies.</summary>
    private static bool CueGovernsClause(SentenceView s, int that, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cues) =>
        that >= 2 && s.Tokens[that - 1].Kind == TokenKind.Word && s.Tokens[that - 2].Kind == TokenKind.Word
        && (cues.Contains(s.Word(that - 2)) || cues.Contains(string.Concat(s.Word(that - 2), " ", s.Word(that - 1))));

    /// <summary>The most words an <c>earlier-opening</c> may have before its comma ("Earlier in the day,").</summary>
    private const int EarlierOpeningWords = 4;

    /// <summary>Whether the sentence opens with an <c>earlier-opening</c> closed by a comma ("Earlier, the coroner had listed 9 victims",
    /// "Before that, the fire chief had spoken of 9 dead"): every figure of such a sentence is an earlier count a later one replaced,
    /// unless the sentence brings in an incident of its own ("Earlier, a landslide in Brenmoor had killed 7"), whose figures are
    /// that incident's.</summary>
    internal static bool OpensWithEarlierCount(SentenceView s)
    {
        for (var comma = 1; comma <= EarlierOpeningWords && comma < s.Tokens.Count; comma++)
        {
            if (s.Word(comma) is ",")
            {
                var start = s.Tokens[0].Span.Start;
                return s.Words.EarlierOpenings.Contains(s.Text.AsSpan(start, s.Tokens[comma].Span.Start - start).Trim()) && !BringsInNewIncident(s, comma + 1);
            }
        }

        return false;
    }

    /// <summary>The most words that may stand between a <c>new-incident</c> determiner and its noun ("another deadly landslide").</summary>
    private const int NewIncidentReach = 2;

    /// <summary>Whether the sentence from <paramref name="from"/> on names an incident with a <c>new-incident</c> determiner before a
    /// <c>new-incident</c> noun ("a landslide", "another bus crash", "a separate attack"): an incident the text has not named before.</summary>
    internal static bool BringsInNewIncident(SentenceView s, int from)
    {
        for (var i = from; i < s.Tokens.Count; i++)
        {
            if (IncidentNounAfter(s, i) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of the <c>new-incident</c> noun that the <c>new-incident</c> determiner at <paramref name="determiner"/>
    /// brings in, at most <see cref="NewIncidentReach"/> words after it ("a landslide", "another deadly landslide"); -1 when the word
    /// there is no determiner or no such noun follows it.</summary>
    private static int IncidentNounAfter(SentenceView s, int determiner)
    {
        if (!s.Words.NewIncidentDeterminers.Contains(s.Word(determiner)))
        {
            return -1;
        }

        for (var j = determiner + 1; j < s.Tokens.Count && j <= determiner + 1 + NewIncidentReach && s.Tokens[j].Kind == TokenKind.Word; j++)
        {
            if (s.Words.NewIncidentNouns.Contains(s.Word(j)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The most words between a brought-in incident's noun and the "that" or "which" of the clause that gives its toll ("a gas
    /// explosion in the city centre that killed one"), and between that word and the figure ("that killed two people and hurt 31").</summary>
    private const int IncidentClauseReach = 8;

    /// <summary>The most words from a <c>new-incident</c> sequence word to the determiner after it ("last year a blast", "follows by
    /// two weeks a blast").</summary>
    private const int IncidentSequenceReach = 4;

    /// <summary>The incident a figure's toll belongs to when, after the lead, the figure stands in a "that" or "which" clause hanging on
    /// an incident the sentence brings in and a sequence word places before the story's own ("The blaze comes a month after a boiler
    /// explosion at the depot that killed two people and hurt 31", "an earlier blast that killed 9"): that incident's own toll, not
    /// the story's; null otherwise. Without a sequence word the incident is the story's own, named again ("Relatives mourned an
    /// explosion that killed 20 miners"), and in the lead an incident so brought in is the story's own ("A fire that killed 74 people
    /// gutted a block").</summary>
    internal static string? BroughtInIncidentOf(SentenceView s, QuantityMatch match)
    {
        if (s.Index < DocumentMemory.LeadSentences)
        {
            return null;
        }

        for (var that = match.FirstToken - 1; that > 0 && that >= match.FirstToken - IncidentClauseReach; that--)
        {
            if (s.Tokens[that].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return null; // a comma or a stop between: the figure is not in the clause
            }

            if (s.Word(that) is not ("that" or "which"))
            {
                continue;
            }

            for (var determiner = that - 1; determiner >= 0 && determiner >= that - 2 - IncidentClauseReach - NewIncidentReach
                 && s.Tokens[determiner].Kind == TokenKind.Word; determiner--)
            {
                var noun = IncidentNounAfter(s, determiner);
                if (noun >= 0 && noun < that && that - noun <= IncidentClauseReach && SequenceWordAround(s, determiner, noun))
                {
                    return s.Text[s.Tokens[determiner].Span.Start..s.Tokens[noun].Span.End];
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The incident a figure's toll belongs to when, after the lead, the figure's clause goes on with "in" and an incident
    /// the sentence brings in as one other than the story's: "another" as its determiner or a sequence word between the determiner
    /// and the noun ("Gunmen also killed 12 herders in a separate attack near Dornvale", "lost the records of 2 million clients in an
    /// earlier breach"); that incident's own toll, not the story's. Null in the lead, across a comma or stop, and without such a word
    /// ("40 people were killed in a blast at the depot" is the story's own incident).</summary>
    /// <remarks>Cannot tell an incident dated only by a duration before "after" ("a week after 17 workers died in a fire"),
    /// nor one named with no incident noun ("another tragedy struck when a house collapsed").</remarks>
    internal static string? LaterNamedIncidentOf(SentenceView s, QuantityMatch match)
    {
        if (s.Index < DocumentMemory.LeadSentences)
        {
            return null;
        }

        for (var i = match.EndToken; i + 1 < s.Tokens.Count && i <= match.EndToken + IncidentClauseReach && s.Tokens[i].Kind is TokenKind.Word or TokenKind.Number; i++)
        {
            if (s.Word(i) is not "in")
            {
                continue;
            }

            var noun = IncidentNounAfter(s, i + 1);
            if (noun >= 0 && (s.Word(i + 1) is "another" || SequenceWordBetween(s, i + 1, noun)))
            {
                return s.Text[s.Tokens[i + 1].Span.Start..s.Tokens[noun].Span.End];
            }
        }

        return null;
    }

    private static bool SequenceWordBetween(SentenceView s, int determiner, int noun)
    {
        for (var i = determiner + 1; i < noun; i++)
        {
            if (s.Words.NewIncidentSequenceWords.Contains(s.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    // "a month after a boiler explosion", "last year a blast", "an earlier blast": a sequence word a few words before the determiner or
    // between it and its noun.
    private static bool SequenceWordAround(SentenceView s, int determiner, int noun)
    {
        for (var i = Math.Max(0, determiner - IncidentSequenceReach); i < noun; i++)
        {
            if (i != determiner && s.Tokens[i].Kind == TokenKind.Word && s.Words.NewIncidentSequenceWords.Contains(s.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Who gives a figure the text calls the authorities' own ("twice the official figure of 70", "against an official count of 52"):
    /// the <c>official-figure</c> phrase of two or three words right before "of" or "at" and the figure; null when none stands there.</summary>
    internal static string? OfficialSourceOf(SentenceView s, QuantityMatch match)
    {
        var of = match.FirstToken - 1;
        if (of < 2 || s.Word(of) is not ("of" or "at"))
        {
            return null;
        }

        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            if (of - length >= 0
                && s.Words.OfficialFigures.TryGetValue(string.Join(' ', Enumerable.Range(of - length, length).Select(t => s.Word(t).ToString())), out var giver))
            {
                return giver;
            }
        }

        return null;
    }

    /// <summary>How many words before a figure an <c>official-adverb</c> may stand ("officially left 16 dead").</summary>
    private const int OfficialAdverbReach = 3;

    /// <summary>Who gives a toll its clause states as official by an adverb a few words before it ("the clashes officially left 16
    /// dead" → authorities): the <c>official-adverb</c> word at most <see cref="OfficialAdverbReach"/> words before the figure, with only
    /// words between and a <c>toll-verb</c> among them ("left", "put at"), not after a <c>negation-cue</c>; null when none stands there,
    /// or when the sentence names the figure's source (<paramref name="sourceSpan"/>) before it or after it in the same clause
    /// ("officially left 16 dead, the ministry said"; not after "but").</summary>
    internal static string? OfficialAdverbSourceOf(SentenceView s, QuantityMatch match, TextSpan? sourceSpan)
    {
        var figureStart = s.Tokens[match.FirstToken].Span.Start;
        if (sourceSpan is { } named && (named.Start <= figureStart || !ClauseBreakBetween(s, match.EndToken, named.Start)))
        {
            return null;
        }

        var hasTollVerb = false;
        for (var i = match.FirstToken - 1; i >= Math.Max(0, match.FirstToken - OfficialAdverbReach); i--)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                return null;
            }

            if (s.Words.OfficialAdverbs.TryGetValue(s.Word(i), out var giver))
            {
                var negated = i > 0 && s.Words.NegationCues.Contains(s.Word(i - 1));
                return hasTollVerb && !negated ? giver : null;
            }

            hasTollVerb |= s.Words.TollVerbs.Contains(s.Word(i));
        }

        return null;
    }

    // Whether a clause break ("but", "while", ";") stands from token <paramref name="from"/> up to the character <paramref name="end"/>.
    private static bool ClauseBreakBetween(SentenceView s, int from, int end)
    {
        for (var i = from; i < s.Tokens.Count && s.Tokens[i].Span.Start < end; i++)
        {
            if (s.Words.ClauseBreaks.Contains(s.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where "from" stands before the earlier figure of "from 55 … to 146", when the number ending at <paramref name="numberEnd"/>
    /// follows "from" and the figure itself follows "to"; null otherwise.</summary>
    private static int? FromFigureStart(SentenceView s, int numberEnd, QuantityMatch match)
    {
        if (match.FirstToken < 1 || !s.Word(match.FirstToken - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var first = numberEnd;
        while (first > 0 && s.Tokens[first - 1].Kind == TokenKind.Number)
        {
            first--;
        }

        return first > 0 && s.Word(first - 1).Equals("from", StringComparison.OrdinalIgnoreCase) ? first - 1 : null;
    }

    /// <summary>The outcome a present participle names by its past form ("killing" as "killed", "flooding" as "flooded"), or null when
    /// the word is no "-ing" form or its past form is no outcome.</summary>
    internal static string? OutcomeOfParticiple(SentenceView s, ReadOnlySpan<char> word)
    {
        if (word.Length <= 4 || !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Span<char> past = stackalloc char[word.Length - 1];
        word[..^3].CopyTo(past);
        "ed".CopyTo(past[(word.Length - 3)..]);
        return s.Words.Outcomes.TryGetValue(past, out var outcome) ? outcome : null;
    }
}
