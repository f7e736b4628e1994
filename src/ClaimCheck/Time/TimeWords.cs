using System.Collections.Frozen;
using System.Globalization;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Time.Rules;

namespace ClaimCheck.Time;

/// <summary>What a cue word says about the time expression after it (<c>time-cue</c> entries).</summary>
[Flags]
internal enum TimeCue
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>A verb in the past ("said", "met"); words ending in "-ed" count too unless marked <see cref="NotPast"/>.</summary>
    Past = 1,

    /// <summary>Ends in "-ed" but points forward ("scheduled", "expected").</summary>
    NotPast = 2,

    /// <summary>A future close before ("will", "next").</summary>
    Future = 4,

    /// <summary>A plan, possibility or deadline earlier in the clause ("planned", "could", "until").</summary>
    Plan = 8,

    /// <summary>A month right after it is the next one ("by", "until").</summary>
    Forward = 16,

    /// <summary>Ends the search for a future or plan cue ("said", "ago").</summary>
    Stop = 32,

    /// <summary>A determiner ("a", "the", "its"): a word in "-ed" right after it, or after it and an <see cref="Adverb"/>, is an
    /// adjective, not a verb in the past ("a revised budget", "a still unnamed date").</summary>
    Article = 64,

    /// <summary>An adverb that may stand between a determiner and an adjective in "-ed" ("still", "newly").</summary>
    Adverb = 128,

    /// <summary>A verb whose object may be a length ("take", "lasted", "spent"): a bare plural unit after it is one ("could take
    /// months").</summary>
    Length = 256,

    /// <summary>A schedule verb ("opens", "expires") that points forward only a date right after it, or after "on", "at" or "in"
    /// ("expires Friday", "opens on Monday"), never one further off ("inquiry opens into Monday's sinking").</summary>
    Adjacent = 512,

    /// <summary>With <see cref="Future"/>: an adjective ("effective") that points forward only when no verb in the past or
    /// perfect governs it ("was effective in May", "proved effective in April", "resigned in April, effective in May", "the fare,
    /// effective September 1, has cut ridership" all look back; "a new tariff effective June 1" looks ahead).</summary>
    Adjective = 1024,

    /// <summary>A word before a rate word ("daily", "monthly") that makes it the measure of one period, not a recurring time
    /// ("the average daily volume", "the steepest monthly drop", "a third straight weekly loss").</summary>
    OnePeriod = 2048,

    /// <summary>A word after which a bare plural unit followed by "of" is a length of something ("an end to months of
    /// uncertainty", "follows weeks of talks", "despite years of delays").</summary>
    LengthOf = 4096,

    /// <summary>A verb that sets a deadline ("given", "extended"): in the past perfect it still points "until" or "by" after it
    /// forward ("had given the company until Friday", "had extended the strike until Friday").</summary>
    Deadline = 8192,

    /// <summary>A relative pronoun ("who", "that", "which"): the verbs of the clause it opens do not date the main clause ("By
    /// June, families that lost their homes will receive grants").</summary>
    Relative = 16384,

    /// <summary>A verb that acts on a result already reached ("appeal", "overturn"): a weekday in the possessive after it names a
    /// day past, whatever the tense ("will appeal Monday's ruling").</summary>
    Settled = 32768,

    /// <summary>A word right before a weekday in the possessive, or before "of", "to" or "for" and the weekday, that puts the
    /// day's event ahead ("ahead of Sunday's vote", "waiting for Friday's report").</summary>
    EventAhead = 65536,

    /// <summary>An auxiliary in the past ("did", "didn't", "failed to"), or one that is in the past when negated ("could" with
    /// <see cref="Plan"/>: "could not"): a schedule verb right after it ("did not resume on Monday") reports a day past, not one
    /// ahead.</summary>
    PastAuxiliary = 131072,

    /// <summary>A word that joins two ends of a range of dates ("to", "until", "and"): a date right after it that names its year
    /// lends that year to a date without one right before it when a <see cref="RangeStart"/> word opens the range ("from 3 March
    /// to 9 April 2021", "between August and October 2022").</summary>
    RangeEnd = 262144,

    /// <summary>A word that opens a range of dates ("from", "between"): only a range it opens lends the year of its closing date to
    /// its first end; "fell in March to April 2021 levels" is no range.</summary>
    RangeStart = 524288,

    /// <summary>A word that joins two dates as a pair ("and"): a date right after it that names its year lends that year to a
    /// date without one right before it even when no <see cref="RangeStart"/> word opens the pair ("in June and July 2022").</summary>
    Pair = 1048576,

    /// <summary>With <see cref="Future"/>: a future told from the time of the report ("will", "'ll"), not from a day in the past
    /// ("would"): a day it points ahead lies after the reference date, so it is not read from a past day named before it ("The
    /// museum opened on Nov. 20, 2024. It will hold a gala on Dec. 15").</summary>
    PresentFuture = 2097152,

    /// <summary>A verb in the present, in "-s", that tells a timetable ("sets off", "leaves", "chooses"): like a <see cref="Plan"/>
    /// it points a weekday, month or season later in its clause forward, however far off ("the rally sets off from the harbour on
    /// Saturday"), but it takes no "to" of its own, so it makes no plan in the present of the bare form before "to" ("was set to
    /// open").</summary>
    Timetable = 4194304,

    /// <summary>A verb that puts its subject after what it names ("follows", "followed"): "the weekend that follows" is the one after
    /// the day last named.</summary>
    Succession = 8388608,

    /// <summary>A verb of asking or ordering ("asked", "urged", "told"): in a passive in the present or present perfect before "to"
    /// (also "are being urged") it makes a plan of the verb after "to", as "is due to" does ("Kestrel Bay residents have been asked to stay indoors on
    /// Thursday", "drivers are urged to avoid the bridge on Friday"); "were asked to leave on Friday" stays in the past.</summary>
    Request = 16777216,

    /// <summary>A verb whose past is spelled as its bare present ("set", "put", "cut"): right after a capitalised name inside the
    /// sentence it is in the past, as the present would take "-s" after one name ("Minister Arlen Voss set out the plan on 9 May");
    /// not before "to" or "for" ("Vorland set to open", a headline's plan), nor after the sentence's first word ("Officials set").</summary>
    PastAfterName = 33554432,

    /// <summary>A preposition ("on", "for", "with"): a word in "-ed" right after it is an adjective before its noun, not a verb in
    /// the past ("delays are expected on unplowed streets early Tuesday", "a protest for unpaid wages on Friday").</summary>
    Preposition = 67108864,
}

/// <summary>What a word before a quarter or period says about it (<c>time-period-modifier</c> entries).</summary>
internal enum PeriodModifier
{
    /// <summary>Nothing about which period ("the same quarter", "the comparable quarter").</summary>
    Plain,

    /// <summary>A fiscal period ("the fiscal second quarter").</summary>
    Fiscal,

    /// <summary>The period at hand ("the current quarter").</summary>
    Current,

    /// <summary>The last complete period ("the latest quarter").</summary>
    Latest,

    /// <summary>The fourth quarter ("the final quarter").</summary>
    Final,

    /// <summary>The period a year before the one in question ("the year-ago quarter").</summary>
    YearBack,
}

/// <summary>What a modifier before a time expression may join (<c>time-modifier</c> entries).</summary>
internal enum TimeModifier
{
    /// <summary>A length, a count back or a clock time: "nearly two years", "more than four hours", "about two years ago".</summary>
    Count,

    /// <summary>Any date, time or length: "around Nov. 1", "sometime next year".</summary>
    Around,

    /// <summary>A day or a period named relative to the reference date: "early Tuesday", "late yesterday", "early next year".</summary>
    Part,

    /// <summary>A date: "the end of 1990", "the beginning of October".</summary>
    Edge,

    /// <summary>Written after any expression: "the next year or so", "1994 or later".</summary>
    After,

    /// <summary>A length of one unit written with "a" or "an" only: "over a week", "over an hour" (before a number, "spread over
    /// three years", the word is mostly "during").</summary>
    Single,
}

/// <summary>The time words of a <see cref="Lexicon"/> (the <c>time-*</c> kinds), compiled once per lexicon into frozen look-ups
/// that take spans of the text.</summary>
/// <remarks>Immutable and thread-safe. Terms match without regard to case; where a later entry has the same kind and term as an
/// earlier one, the later one wins (a user file corrects the built-in data).</remarks>
internal sealed class TimeWords
{
    private TimeWords(Lexicon lexicon)
    {
        Months = Compile(lexicon, "time-month", Int);
        Weekdays = Compile(lexicon, "time-weekday", Int);
        Units = Compile(lexicon, "time-unit", static v => v);
        Amounts = Compile(lexicon, "time-amount", static v => v == "X" ? (double?)null : Int(v));
        Ordinals = Compile(lexicon, "time-ordinal", Int);
        WeeksOfMonth = Compile(lexicon, "time-week-of-month", Int);
        DayOrdinals = Compile(lexicon, "time-day-ordinal", Int);
        PeriodModifiers = Compile(lexicon, "time-period-modifier", static v => v == "year-back" ? PeriodModifier.YearBack : Enum.Parse<PeriodModifier>(v, ignoreCase: true));
        Relatives = Compile(lexicon, "time-relative", Int);
        RelativeDays = Compile(lexicon, "time-relative-day", static v => v.Length > 3 && v[^3] == 'T' ? (Int(v[..^3]), v[^3..]) : (Int(v), string.Empty));
        Parts = Compile(lexicon, "time-part", static v => v);
        ReportingVerbs = Compile(lexicon, "reporting-verb", static v => v);
        Seasons = Compile(lexicon, "time-season", static v => v);
        DayParts = Compile(lexicon, "time-day-part", static v => v);
        ClockWords = Compile(lexicon, "time-clock", Int);
        SubjectPronouns = Compile(lexicon, "time-subject-pronoun", static v => v);
        DayStartPrepositions = Compile(lexicon, "time-day-start-preposition", static v => v);
        NamingVerbs = Compile(lexicon, "time-naming-verb", static v => v);
        Zones = Compile(lexicon, "time-zone", static v => v);
        Sets = Compile(lexicon, "time-set", static v => v);
        ParticipleSets = Compile(lexicon, "time-set-after-participle", static v => v);
        Increments = Compile(lexicon, "time-increment", static v => v);
        DayKinds = Compile(lexicon, "time-day-kind", static v => v);
        Aftermath = Compile(lexicon, "time-aftermath", static v => v);
        YearClauses = Compile(lexicon, "time-year-clause", static v => v);
        EditionNouns = Compile(lexicon, "time-edition-noun", static v => v);
        DayPrepositions = Compile(lexicon, "time-day-preposition", static v => v);
        WeekdayParts = Compile(lexicon, "time-weekday-part", static v => v);
        BareDayParts = Compile(lexicon, "time-bare-day-part", static v => v);
        DayPartPrepositions = Compile(lexicon, "time-day-part-preposition", static v => v);
        SuddenlyCues = Compile(lexicon, "time-suddenly-cue", static v => v);
        StretchPrepositions = Compile(lexicon, "time-stretch-preposition", static v => v);
        StretchAnchors = Compile(lexicon, "time-stretch-anchor", static v => v);
        ModifiedNouns = Compile(lexicon, "time-modified-noun", static v => v);
        InstitutionNouns = Compile(lexicon, "time-institution-noun", static v => v);
        MarcherPossessors = Compile(lexicon, "time-marcher-possessor", static v => v);
        Decades = Compile(lexicon, "time-decade", Int);
        Cues = Compile(lexicon, "time-cue", ParseCue);
        References = new PhraseTable<string>(lexicon.EntriesOf("time-reference").Select(e => (e.Term, e.Value)));
        Modifiers = new PhraseTable<TimeModifier>(lexicon.EntriesOf("time-modifier").Select(e => (e.Term, Enum.Parse<TimeModifier>(e.Value, ignoreCase: true))));
        FalseFriends = new PhraseTable<bool>(lexicon.EntriesOf("time-false-friend").Select(e => (e.Term, true)));
        CueIdioms = new PhraseTable<bool>(lexicon.EntriesOf("time-cue-idiom").Select(e => (e.Term, true)));
        Habits = new PhraseTable<bool>(lexicon.EntriesOf("time-habit").Select(e => (e.Term, true)));
        TermWords = TermWordsOf(lexicon);
        NumberWords = QuantityWords.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        ScaleWords = QuantityWords.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        ScaleAbbreviations = QuantityWords.ScaleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        Holidays = new PhraseTable<HolidayDate>(lexicon.EntriesOf("time-holiday").Select(e => (e.Term, HolidayDate.Parse(e.Value))));
    }

    /// <summary>Month names and abbreviations → 1–12.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months { get; }

    /// <summary>Weekday names → ISO day numbers (Monday 1 … Sunday 7).</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Weekdays { get; }

    /// <summary>Units of time, singular and plural → "second" … "century".</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Units { get; }

    /// <summary>Vague counts ("several", "couple") → the number, or null when unknown.</summary>
    public FrozenDictionary<string, double?>.AlternateLookup<ReadOnlySpan<char>> Amounts { get; }

    /// <summary>Ordinals of quarters and halves → 1–4.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ordinals { get; }

    /// <summary>Words before a quarter or period.</summary>
    public FrozenDictionary<string, PeriodModifier>.AlternateLookup<ReadOnlySpan<char>> PeriodModifiers { get; }

    /// <summary>"last", "this", "next"… → -1, 0, 1.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Relatives { get; }

    /// <summary>"today", "tonight", "yesterday"… → the offset in days and a part-of-day suffix (or empty).</summary>
    public FrozenDictionary<string, (int Offset, string Suffix)>.AlternateLookup<ReadOnlySpan<char>> RelativeDays { get; }

    /// <summary>"early", "mid", "late" → "early", "mid", "late".</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Parts { get; }

    /// <summary>The attribution lexicon's reporting verbs ("said", "warned") → their stance: after one, "that" is mostly a
    /// conjunction ("warned that evening traffic would be slow").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbs { get; }

    /// <summary>Seasons → "SP", "SU", "FA", "WI".</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Seasons { get; }

    /// <summary>Parts of the day → "TMO", "TAF", "TEV", "TNI".</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DayParts { get; }

    /// <summary>"noon", "midnight" → the hour (24 for the end of the day).</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ClockWords { get; }

    /// <summary>Prepositions after which "midnight" on a named day is that day's start (lexicon kind `time-day-start-preposition`).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DayStartPrepositions { get; }

    /// <summary>Verbs that name the day after them as what a unit phrase then says (lexicon kind `time-naming-verb`).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamingVerbs { get; }

    /// <summary>Subject pronouns (lexicon kind `time-subject-pronoun`): after a number before 1900 that follows "in" or "since", it is a year.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns { get; }

    /// <summary>Time zones written after a clock time.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Zones { get; }

    /// <summary>Words for a recurring time → the TimeML period ("daily" → "P1D").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Sets { get; }

    /// <summary>Words for a recurring time only right after a past participle → the TimeML period ("annually" → "P1Y": "are
    /// audited annually", not "grow 6.2% annually").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ParticipleSets { get; }

    /// <summary>Words between a count and its unit that add the length to an earlier one ("two more weeks", "an additional
    /// year").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Increments { get; }

    /// <summary>Words between a count and "days" that say which days are counted ("eight trading days").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DayKinds { get; }

    /// <summary>Nouns for what a disaster leaves behind ("wreck", "rubble"): a sentence that names one tells the days right after
    /// an event.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Aftermath { get; }

    /// <summary>Words that open a clause told of the time right before them ("in 2009, when …"): the months in that clause are
    /// that year's, and a date after "until" that such a clause tells of in the past has passed. A clause that tells of another time ("in 2009, when she was ten, … in May" of a later story) cannot be told
    /// apart.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> YearClauses { get; }

    /// <summary>Nouns for events that recur and are named by their year ("the 2017 festival", "the 2019 season"): the months
    /// after "the YEAR noun" are that edition's. A noun that only measures against the year ("the 2019 level") is not one.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> EditionNouns { get; }

    /// <summary>Prepositions that put a day after them ("on that Sunday", "until that Friday"): "that" between one and a weekday
    /// points back to the weekday named before, where "that" after a verb ("said that Monday would be quiet") opens a clause.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DayPrepositions { get; }

    /// <summary>Ordinals that place a week inside a month ("the first week of April") → the whole week's number from the month's
    /// start, or -1 for its last whole week.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeeksOfMonth { get; }

    /// <summary>Ordinal words that count the days of an event ("the fifth day of the strike") → their number, the day of the month
    /// after a month's name ("March eighth").</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DayOrdinals { get; }

    /// <summary>Parts of the day a weekday right before them keeps in its value ("Thursday evening" → "…TEV").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WeekdayParts { get; }

    /// <summary>Parts of the day that name a time alone, with no article or day ("overnight" → "TNI").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BareDayParts { get; }

    /// <summary>Prepositions before "the" and a part of the day that make it a time on the day in focus ("in the afternoon"), valued
    /// "bare" when the part may also come alone after them ("by evening").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DayPartPrepositions { get; }

    /// <summary>Words before a bare part of the day that make it mean "suddenly" ("almost overnight").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SuddenlyCues { get; }

    /// <summary>Prepositions of extent before "the" and a plural unit of days or longer that make it an unstated stretch ("over the
    /// years").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StretchPrepositions { get; }

    /// <summary>Words right after "the" and a plural unit that tie the units to an event or a noun, so they are no stretch ("in the
    /// weeks before the vote", "the months of talks").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StretchAnchors { get; }

    /// <summary>Nouns a season or holiday right before them only qualifies ("the summer window", "a Christmas break"), so that the
    /// season or holiday is no time of its own.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ModifiedNouns { get; }

    /// <summary>Nouns of an institution or a place that a bare month right before them helps name when capitalised ("the Sixth
    /// May Academy"): the month is then no time expression. Seasons before them keep their time.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> InstitutionNouns { get; }

    /// <summary>Groups of people whose possessive before a capitalised bare month names a march ("the Women's March"): the month is
    /// then no time expression. Other possessives keep it ("the bank's March survey").</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> MarcherPossessors { get; }

    /// <summary>Decades as words → the tens digit ("nineties" → 9).</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Decades { get; }

    /// <summary>Tense and plan cues.</summary>
    public FrozenDictionary<string, TimeCue>.AlternateLookup<ReadOnlySpan<char>> Cues { get; }

    /// <summary>Words and phrases for the past, present or future → "PAST_REF", "PRESENT_REF", "FUTURE_REF".</summary>
    public PhraseTable<string> References { get; }

    /// <summary>Words and phrases before a time expression that join its span ("nearly", "early", "the end of").</summary>
    public PhraseTable<TimeModifier> Modifiers { get; }

    /// <summary>Phrases that look like time expressions but are not.</summary>
    public PhraseTable<bool> FalseFriends { get; }

    /// <summary>Phrases whose first word is a time cue elsewhere but none in them ("next to", "next door").</summary>
    public PhraseTable<bool> CueIdioms { get; }

    /// <summary>Words and phrases that tell a habit ("usually", "used to", "each day"): a bare month or clock time after one in its
    /// clause is generic.</summary>
    public PhraseTable<bool> Habits { get; }

    /// <summary>Every word of every time term of the lexicon ("October", "near", "future", "end"…).</summary>
    public IReadOnlySet<string> TermWords { get; }

    /// <summary>Number words ("two" → 2), from the number parser's data.</summary>
    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> NumberWords { get; }

    /// <summary>Scale words ("million" → 1e6), from the number parser's data.</summary>
    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleWords { get; }

    /// <summary>Abbreviated scales ("bn" → 1e9), from the number parser's data.</summary>
    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleAbbreviations { get; }

    /// <summary>Holidays and the day each falls on.</summary>
    public PhraseTable<HolidayDate> Holidays { get; }

    /// <summary>The time words of <paramref name="lexicon"/>, compiled once and cached with it.</summary>
    public static TimeWords For(Lexicon lexicon) => lexicon.Compiled(static l => new TimeWords(l));

    /// <summary>The cues of <paramref name="word"/> (none when it is not a cue word).</summary>
    public TimeCue CueOf(ReadOnlySpan<char> word) => Cues.TryGetValue(word, out var cue) ? cue : TimeCue.None;

    /// <summary>The keys of a compiled look-up, for rules that declare their start words.</summary>
    public static IEnumerable<string> KeysOf<T>(FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup) => lookup.Dictionary.Keys;

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Compile<T>(Lexicon lexicon, string kind, Func<string, T> read)
    {
        var entries = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.EntriesOf(kind))
        {
            entries[entry.Term] = read(entry.Value);
        }

        return entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static HashSet<string> TermWordsOf(Lexicon lexicon)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Text.Token>();
        foreach (var entry in lexicon.Entries.Where(e => e.Kind.StartsWith("time-", StringComparison.Ordinal)))
        {
            tokens.Clear();
            Text.Tokenizer.Tokenize(entry.Term, new Text.TextSpan(0, entry.Term.Length), tokens);
            words.UnionWith(tokens.Select(t => t.Span.Slice(entry.Term).ToString()));
        }

        return words;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static TimeCue ParseCue(string value)
    {
        var cue = TimeCue.None;
        foreach (var name in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            cue |= name switch
            {
                "past" => TimeCue.Past,
                "not-past" => TimeCue.NotPast,
                "future" => TimeCue.Future,
                "plan" => TimeCue.Plan,
                "forward" => TimeCue.Forward,
                "article" => TimeCue.Article,
                "adverb" => TimeCue.Adverb,
                "length" => TimeCue.Length,
                "adjacent" => TimeCue.Adjacent,
                "adjective" => TimeCue.Adjective,
                "one-period" => TimeCue.OnePeriod,
                "length-of" => TimeCue.LengthOf,
                "deadline" => TimeCue.Deadline,
                "relative" => TimeCue.Relative,
                "settled" => TimeCue.Settled,
                "event-ahead" => TimeCue.EventAhead,
                "past-auxiliary" => TimeCue.PastAuxiliary,
                "range-end" => TimeCue.RangeEnd,
                "range-start" => TimeCue.RangeStart,
                "pair" => TimeCue.Pair,
                "present-future" => TimeCue.PresentFuture,
                "timetable" => TimeCue.Timetable,
                "succession" => TimeCue.Succession,
                "request" => TimeCue.Request,
                "past-after-name" => TimeCue.PastAfterName,
                "preposition" => TimeCue.Preposition,
                _ => TimeCue.Stop,
            };
        }

        return cue;
    }
}
