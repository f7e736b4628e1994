using System.Collections.Frozen;
using System.Globalization;
using ClaimCheck.Lexicons;
using ClaimCheck.Time;

namespace ClaimCheck.Quantities;

/// <summary>Where an age word stands: before the number ("aged 40"), after its time unit ("40 years old"), as the unit itself ("87 yo"),
/// for a noun naming people, before "over" or "under" and a bare number ("people over 80", "children under 5"), for a noun naming
/// one person, before a number between commas ("the driver, 52, was"), or, for a pronoun, before "is" or "was" and a number that
/// ends the clause ("she is 108.", "who was 81 at the election"), or, for a verb of dying, anywhere earlier in a clause that ends with
/// "at" and a bare number ("died of a stroke on June 9 at 73"), or, for a verb of another milestone of a life, the same ("emigrated to
/// Orvik at 31", "debuted for Vessa at 17"), or, for an adverb of time, between the comma and a number after a name ("Tamsin Kade,
/// then 23, joined…").</summary>
internal enum AgeWordPosition
{
    Before,
    After,
    Unit,
    Bounded,
    Person,
    Subject,
    Death,
    Milestone,
    Appositive,
}

/// <summary>Where a money cue counts: before the number ("fined 100 pounds"), after the currency word ("400 pounds in fines") or
/// both.</summary>
internal enum MoneyCuePosition
{
    Before,
    After,
    Both,
}

/// <summary>How a word right before a bare reading makes it a quake's magnitude: a verb of reading, with a quake named a few words
/// before it ("the Orvik tremor, which measured 5.9"); a joiner right after the quake word ("an aftershock of 4.6"); or an article,
/// with a quake named before it and the reading ending its phrase ("was logged as a 3.7.").</summary>
internal enum MagnitudeCuePosition
{
    Verb,
    Joiner,
    Article,
}

/// <summary>The words the quantity recogniser reads, compiled once per <see cref="Lexicon"/> into frozen look-ups queried by span.</summary>
/// <remarks>Built from the lexicon kinds in <see cref="LexiconKinds"/> (numbers, currencies, units, qualifiers and the words around a
/// number); a user lexicon added to the pipeline extends or corrects any of them. Immutable and thread-safe.</remarks>
internal sealed class QuantityVocabulary
{
    private const double DigitScaleMinimum = 100;

    private readonly Lazy<TimeWords> _time;

    private QuantityVocabulary(Lexicon lexicon)
    {
        NumberWords = Numbers(lexicon, LexiconKinds.NumberWord);
        ScaleWords = Numbers(lexicon, LexiconKinds.ScaleWord);
        DigitScaleWords = ScaleWords.AnyCase.Where(pair => pair.Value >= DigitScaleMinimum).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        DigitScales = DigitScaleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        ScaleAbbreviations = Numbers(lexicon, LexiconKinds.ScaleAbbreviation);
        JoinedScaleAbbreviations = Numbers(lexicon, LexiconKinds.JoinedScaleAbbreviation);
        ScaleLetters = Numbers(lexicon, LexiconKinds.ScaleLetter, WordMap<double>.Matching.ExactCase);
        VagueNumbers = Numbers(lexicon, LexiconKinds.VagueNumber);
        VagueMultipliers = Numbers(lexicon, LexiconKinds.VagueMultiplier);
        FractionWords = Numbers(lexicon, LexiconKinds.FractionWord);
        NumberStarters = new WordSet(NumberWords.AnyCase.Keys.Concat(ScaleWords.AnyCase.Keys).Concat(VagueNumbers.AnyCase.Keys)
            .Concat(VagueMultipliers.AnyCase.Keys).Concat(FractionWords.AnyCase.Keys).Append("a").Append("an"));

        Currencies = Map(lexicon, LexiconKinds.Currency, v => v, WordMap<string>.Matching.CapitalsExact);
        CurrencyPrefixes = Map(lexicon, LexiconKinds.CurrencyPrefix, v => v, WordMap<string>.Matching.CapitalsExact);
        CurrencyLetters = Map(lexicon, LexiconKinds.CurrencyLetter, v => v, WordMap<string>.Matching.ExactCase);
        CurrencyCodes = Currencies.Exact.Keys.Where(term => term.Length == 3).ToFrozenSet(StringComparer.Ordinal);
        CurrencyAbbreviations = Currencies.Exact.Keys.Concat(Currencies.AnyCase.Keys).Where(term => term.Any(char.IsUpper)).ToFrozenSet(StringComparer.Ordinal);
        CurrencySubunits = Map(lexicon, LexiconKinds.CurrencySubunit, v => v, WordMap<string>.Matching.AnyCase);

        Measures = Map(lexicon, LexiconKinds.Measure, v => v, WordMap<string>.Matching.ExactCase);
        ScaledUnits = Map(lexicon, LexiconKinds.ScaledUnit, ParseScaledUnit, WordMap<(double Scale, string Measure)>.Matching.ExactCase);
        SmallFigureScaledUnits = Map(lexicon, LexiconKinds.SmallFigureScaledUnit, ParseScaledUnit, WordMap<(double Scale, string Measure)>.Matching.ExactCase);
        var symbols = Measures.AnyCase.Keys.Concat(ScaledUnits.AnyCase.Keys).Concat(SmallFigureScaledUnits.AnyCase.Keys).ToFrozenSet(StringComparer.Ordinal);
        UnitSymbols = Map(lexicon, LexiconKinds.UnitSymbol, v => ResolveUnit(v, symbols), WordMap<Unit>.Matching.ExactCase);
        UnitNames = Map(lexicon, LexiconKinds.Unit, v => ResolveUnit(v, symbols), WordMap<Unit>.Matching.AnyCase);
        UnitPowers = Map(lexicon, LexiconKinds.UnitPower, v => v == "2" ? '²' : '³', WordMap<char>.Matching.AnyCase);
        RateUnits = Map(lexicon, LexiconKinds.RateUnit, v => v, WordMap<string>.Matching.AnyCase);
        RateAbbreviations = Map(lexicon, LexiconKinds.RateAbbreviation, v => v, WordMap<string>.Matching.ExactCase);
        DurationUnits = Map(lexicon, LexiconKinds.DurationUnit, v => v, WordMap<string>.Matching.AnyCase);
        TimeUnits = Set(lexicon, "time-unit");
        TemperatureScales = Map(lexicon, LexiconKinds.TemperatureScale, v => v, WordMap<string>.Matching.AnyCase);
        Temperatures = TemperatureScales.AnyCase.Values.ToFrozenSet(StringComparer.Ordinal);
        DimensionAdjectives = Set(lexicon, LexiconKinds.DimensionAdjective);
        LengthContextWords = Set(lexicon, LexiconKinds.LengthContextWord);
        TemperatureContextWords = Set(lexicon, LexiconKinds.TemperatureContextWord);
        SterlingCues = Set(lexicon, LexiconKinds.SterlingCue);
        PressureContextWords = Set(lexicon, LexiconKinds.PressureContextWord);
        CollectiveCountNouns = Set(lexicon, LexiconKinds.CollectiveCountNoun);
        DistanceWordsAfterUnit = Set(lexicon, LexiconKinds.DistanceAfterUnit);
        SlashDenominatorUnits = Map(lexicon, LexiconKinds.SlashDenominatorUnit, v => v, WordMap<string>.Matching.AnyCase);
        BelowZeroEnds = Set(lexicon, LexiconKinds.BelowZeroEnd);
        FundingVerbs = Set(lexicon, LexiconKinds.FundingVerb);
        HeightNouns = Set(lexicon, LexiconKinds.HeightNoun);

        Qualifiers = Map(lexicon, LexiconKinds.Qualifier, ParseQualifier, WordMap<Qualifier>.Matching.AnyCase);
        QualifiersAfter = Map(lexicon, LexiconKinds.QualifierAfter, ParseQualifier, WordMap<Qualifier>.Matching.AnyCase);
        ChangesBefore = Map(lexicon, LexiconKinds.ChangeBefore, ParseChange, WordMap<QuantityChange>.Matching.AnyCase);
        ChangesAfter = Map(lexicon, LexiconKinds.ChangeAfter, ParseChange, WordMap<QuantityChange>.Matching.AnyCase);
        ChangesAfterPercent = Map(lexicon, LexiconKinds.ChangeAfterPercent, ParseChange, WordMap<QuantityChange>.Matching.AnyCase);
        ChangeEmphases = Map(lexicon, LexiconKinds.ChangeEmphasis, v => v, WordMap<string>.Matching.AnyCase);
        RemovalVerbs = Set(lexicon, LexiconKinds.RemovalVerb);
        IncrementWords = new WordSet(lexicon.EntriesOf(LexiconKinds.IncrementWord).Where(e => e.Value != "only-after").Select(e => e.Term));
        IncrementWordsAfter = new WordSet(lexicon.EntriesOf(LexiconKinds.IncrementWord)
            .Where(e => e.Value is "also-after" or "only-after").Select(e => e.Term));
        TotalWords = Set(lexicon, LexiconKinds.TotalWord);
        TotalParticiples = Set(lexicon, LexiconKinds.TotalParticiple);
        OtherKindTotalModifiers = Set(lexicon, LexiconKinds.TollOfAnotherKind);
        CountingTotals = WordMap<string>.Create(
            lexicon.EntriesOf(LexiconKinds.TotalWord).Where(e => e.Value.Length > 0).Select(e => (e.Term, e.Value.ToLowerInvariant())),
            WordMap<string>.Matching.AnyCase);
        IdentifierWords = Set(lexicon, LexiconKinds.IdentifierWord);
        IdentifierVerbCues = Set(lexicon, LexiconKinds.IdentifierVerbCue);
        MoneyCues = Map(lexicon, LexiconKinds.MoneyCue, v => Enum.Parse<MoneyCuePosition>(v, ignoreCase: true), WordMap<MoneyCuePosition>.Matching.AnyCase);
        WeightCues = Set(lexicon, LexiconKinds.WeightCue);
        DegreeSubjects = Set(lexicon, LexiconKinds.DegreeSubject);
        StreetWords = Set(lexicon, LexiconKinds.StreetWord);
        NounPhraseStops = Set(lexicon, LexiconKinds.NounPhraseStop);
        AttributiveStops = new WordSet(lexicon.EntriesOf(LexiconKinds.NounPhraseStop).Where(e => e.Value is "attributive").Select(e => e.Term));
        NounStops = new WordSet(lexicon.EntriesOf(LexiconKinds.NounPhraseStop).Where(e => e.Value is "noun").Select(e => e.Term));
        ComplementPrepositions = Set(lexicon, LexiconKinds.ComplementPreposition);
        GroupNouns = Set(lexicon, LexiconKinds.GroupNoun);
        Plurals = Map(lexicon, LexiconKinds.Plural, v => v, WordMap<string>.Matching.ExactCase);
        UncountableNouns = Set(lexicon, LexiconKinds.UncountableNoun);
        PersonNouns = Set(lexicon, LexiconKinds.PersonNoun);
        ModifierNouns = Set(lexicon, LexiconKinds.ModifierNoun);
        ForecasterNouns = new WordSet(lexicon.EntriesOf(LexiconKinds.ForecastWord).Where(e => e.Value is "noun").Select(e => e.Term));
        ForecastVerbs = new WordSet(lexicon.EntriesOf(LexiconKinds.ForecastWord).Where(e => e.Value is "verb").Select(e => e.Term));
        ForecastAuxiliaries = new WordSet(lexicon.EntriesOf(LexiconKinds.ForecastWord).Where(e => e.Value is "auxiliary").Select(e => e.Term));
        ForecastComparisons = new WordSet(lexicon.EntriesOf(LexiconKinds.ForecastWord).Where(e => e.Value is "comparison").Select(e => e.Term));
        ForecastClauseEnds = new WordSet(lexicon.EntriesOf(LexiconKinds.ForecastWord).Where(e => e.Value is "clause-end").Select(e => e.Term));
        QuantifierWords = Set(lexicon, LexiconKinds.QuantifierWord);
        NonUnitWords = Set(lexicon, LexiconKinds.NonUnitWord);
        SizeWords = Set(lexicon, LexiconKinds.SizeWord);
        DimensionWords = Set(lexicon, LexiconKinds.DimensionWord);
        PronounWords = Set(lexicon, LexiconKinds.PronounWord);
        MomentNouns = Set(lexicon, LexiconKinds.MomentNoun);
        MannerNouns = Set(lexicon, LexiconKinds.MannerNoun);
        _time = new Lazy<TimeWords>(() => TimeWords.For(lexicon)); // lazily: the time words read the built-in quantity words
        OrdinalWords = Set(lexicon, LexiconKinds.OrdinalWord);
        FractionsBeforeDeterminer = Set(lexicon, LexiconKinds.FractionBeforeDeterminer);
        FractionDeterminers = Set(lexicon, LexiconKinds.FractionDeterminer);
        TallyOrdinalNouns = Map(lexicon, LexiconKinds.TallyOrdinalNoun, v => Unit.CountNamed(v.ToLowerInvariant()), WordMap<Unit>.Matching.AnyCase);
        UnitsBefore = Map(lexicon, LexiconKinds.UnitBefore, v => Unit.CountNamed(v.ToLowerInvariant()), WordMap<Unit>.Matching.AnyCase);
        EventClassWords = Set(lexicon, LexiconKinds.EventClass);
        MagnitudeReadingCues = Map(lexicon, LexiconKinds.MagnitudeReadingCue, v => Enum.Parse<MagnitudeCuePosition>(v, ignoreCase: true),
            WordMap<MagnitudeCuePosition>.Matching.AnyCase);
        ChangedLevelCues = Set(lexicon, LexiconKinds.ChangedLevelCue);
        SharedCurrencies = Map(lexicon, LexiconKinds.SharedCurrency, v => v, WordMap<string>.Matching.AnyCase);
        CurrencyPlaces = Map(lexicon, LexiconKinds.CurrencyPlace, v => v, WordMap<string>.Matching.AnyCase);
        Places = Map(lexicon, LexiconKinds.Place, v => v, WordMap<string>.Matching.ExactCase);
        CurrencyFamilies = lexicon.EntriesOf(LexiconKinds.CurrencyName)
            .ToFrozenDictionary(e => e.Term, e => e.Value[(e.Value.LastIndexOf(' ') + 1)..], StringComparer.Ordinal);
        MagnitudeNouns = Map(lexicon, LexiconKinds.MagnitudeNoun, v => Unit.CountNamed(v.ToLowerInvariant()), WordMap<Unit>.Matching.AnyCase);
        InstrumentWords = Set(lexicon, LexiconKinds.InstrumentWord);
        BaseCurrencies = Set(lexicon, LexiconKinds.BaseCurrency);
        AgeStatisticWords = Set(lexicon, LexiconKinds.AgeStatisticWord);
        PeriodPrepositions = Set(lexicon, LexiconKinds.PeriodPreposition);
        RateNouns = Set(lexicon, LexiconKinds.RateNoun);
        ClockWords = Set(lexicon, LexiconKinds.ClockWord);
        PassingVerbs = Set(lexicon, LexiconKinds.PassingVerb);
        AgentParticiples = Set(lexicon, LexiconKinds.AgentParticiple);
        SummingVerbs = Set(lexicon, LexiconKinds.SummingVerb);
        SpreadingVerbs = Set(lexicon, LexiconKinds.SpreadingVerb);
        SummingModals = Set(lexicon, LexiconKinds.SummingModal);
        OrdinalSuffixes = Set(lexicon, LexiconKinds.OrdinalSuffix);
        RelativeTimeWords = Set(lexicon, LexiconKinds.RelativeTimeWord);
        ClauseFinalTimeWords = Set(lexicon, LexiconKinds.ClauseFinalTimeWord);
        PhoneVerbs = Set(lexicon, LexiconKinds.PhoneVerb);
        PastComparisonWords = new WordSet(lexicon.EntriesOf(LexiconKinds.PastComparisonWord).Where(e => e.Value == "").Select(e => e.Term));
        BaselineWords = new WordSet(lexicon.EntriesOf(LexiconKinds.PastComparisonWord).Where(e => e.Value == "baseline").Select(e => e.Term));
        ComparisonPathWords = new WordSet(lexicon.EntriesOf(LexiconKinds.PastComparisonWord).Where(e => e.Value == "path").Select(e => e.Term));
        TimeWordsAnywhere = new WordSet(lexicon.EntriesOf(LexiconKinds.ClauseFinalTimeWord).Where(e => e.Value == "anywhere").Select(e => e.Term));
        ClauseJoiners = Set(lexicon, LexiconKinds.ClauseJoiner);
        ParallelChangePrepositions = Set(lexicon, LexiconKinds.ParallelChangePreposition);
        PriceListStops = Set(lexicon, LexiconKinds.PriceListStop);
        LeftOutVerbSubjectOpeners = Set(lexicon, LexiconKinds.LeftOutVerbSubjectOpener);
        LeftOutVerbSubjectPrepositions = Set(lexicon, LexiconKinds.LeftOutVerbSubjectPreposition);
        TimeSpanPrepositions = Set(lexicon, LexiconKinds.TimeSpanPreposition);
        DeviceUnitNames = Set(lexicon, LexiconKinds.DeviceUnitName);
        ChangedObjectStops = Set(lexicon, LexiconKinds.ChangedObjectStop);
        ArticleApproximations = Set(lexicon, LexiconKinds.ArticleApproximation);
        ApproximationPrepositions = Set(lexicon, LexiconKinds.ApproximationPreposition);
        YearOpeners = Set(lexicon, LexiconKinds.YearOpener);
        RangeFromWords = Set(lexicon, LexiconKinds.RangeFromWord);
        RangeFromNounCues = Set(lexicon, LexiconKinds.RangeFromNounCue);
        ComparativeAdjectives = Set(lexicon, LexiconKinds.ComparativeAdjective);
        AgeWords = Map(lexicon, LexiconKinds.AgeWord, v => Enum.Parse<AgeWordPosition>(v, ignoreCase: true), WordMap<AgeWordPosition>.Matching.AnyCase);
        Months = Map(lexicon, LexiconKinds.Month, v => int.Parse(v, CultureInfo.InvariantCulture), WordMap<int>.Matching.AnyCase);
        LowerCaseMonths = new WordSet(lexicon.EntriesOf(LexiconKinds.Month).Where(e => !e.Term.Any(char.IsUpper)).Select(e => e.Term));
        Weekdays = Set(lexicon, LexiconKinds.TimeWeekday);
    }

    /// <summary>The vocabulary of the built-in lexicon, compiled once.</summary>
    public static QuantityVocabulary BuiltIn { get; } = For(Lexicon.BuiltIn);

    /// <summary>Cardinal number words ("seven" → 7).</summary>
    public WordMap<double> NumberWords { get; }

    /// <summary>Multipliers after a number written in words ("million", "hundred", "dozen").</summary>
    public WordMap<double> ScaleWords { get; }

    /// <summary>The multipliers that also count after digits: those of 100 or more ("1.5 billion"; "5 dozen" stays 5).</summary>
    public FrozenDictionary<string, double> DigitScaleWords { get; }

    /// <summary><see cref="DigitScaleWords"/> queried by span.</summary>
    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> DigitScales { get; }

    /// <summary>Abbreviated multipliers ("bn", "mln").</summary>
    public WordMap<double> ScaleAbbreviations { get; }

    /// <summary>Abbreviated multipliers counted only joined to the digits ("mil" of "RM3.5mil"); a separate "6 mil" is not scaled.</summary>
    public WordMap<double> JoinedScaleAbbreviations { get; }

    /// <summary>Whether <paramref name="word"/> is a multiplier that may stand joined to digits: a one-letter one, an abbreviation, or
    /// one of <see cref="JoinedScaleAbbreviations"/>.</summary>
    public bool TryJoinedScaleWord(ReadOnlySpan<char> word, out double scale) =>
        ScaleLetters.TryGet(word, out scale) || ScaleAbbreviations.TryGet(word, out scale) || JoinedScaleAbbreviations.TryGet(word, out scale);

    /// <summary>One-letter multipliers joined to digits, exact case ("k", "M").</summary>
    public WordMap<double> ScaleLetters { get; }

    /// <summary>Vague plurals and the unit they count in ("thousands" → 1,000).</summary>
    public WordMap<double> VagueNumbers { get; }

    /// <summary>Vague words before a multiplier and the fewest multiples they mean ("several" → 3 in "several hundred").</summary>
    public WordMap<double> VagueMultipliers { get; }

    /// <summary>Fractions before a multiplier ("half" → 0.5).</summary>
    public WordMap<double> FractionWords { get; }

    /// <summary>Every word that can open a number written in words.</summary>
    public WordSet NumberStarters { get; }

    /// <summary>Currency signs, names and codes, each with its ISO 4217 code.</summary>
    public WordMap<string> Currencies { get; }

    /// <summary>Currency words and sign prefixes that may stand before the amount ("C$", "dollar").</summary>
    public WordMap<string> CurrencyPrefixes { get; }

    /// <summary>Capital letters that name a currency when joined to an amount written large ("N4.2 trillion", "R1,500").</summary>
    public WordMap<string> CurrencyLetters { get; }

    /// <summary>The three-letter codes among <see cref="Currencies"/>, in capitals.</summary>
    public FrozenSet<string> CurrencyCodes { get; }

    /// <summary>The terms of <see cref="Currencies"/> written with a capital in the lexicon, matched in that case: codes and
    /// abbreviations ("AUD", "Cdn"), not names that a capital at the start of a proper noun also spells ("Rand", "Won").</summary>
    public FrozenSet<string> CurrencyAbbreviations { get; }

    /// <summary>Hundredths of a currency ("cents" → "cent").</summary>
    public WordMap<string> CurrencySubunits { get; }

    /// <summary>Canonical physical unit symbols and their names in words ("km" → "kilometre").</summary>
    public WordMap<string> Measures { get; }

    /// <summary>Units that carry a multiplier, by their canonical name: the multiplier and the measure ("Bcf" → 10^9, "ft³").</summary>
    public WordMap<(double Scale, string Measure)> ScaledUnits { get; }

    /// <summary>Unit symbols that carry a multiplier only after a figure under 1,000 with no scale word ("82.9 mt" is million tonnes,
    /// "265,597 mt" metric tonnes), and the multiplier and measure.</summary>
    public WordMap<(double Scale, string Measure)> SmallFigureScaledUnits { get; }

    /// <summary>Unit symbols, exact case, resolved to units ("mm", "%").</summary>
    public WordMap<Unit> UnitSymbols { get; }

    /// <summary>Unit names, any case, resolved to units ("kilometres", "per cent", a user's counted noun).</summary>
    public WordMap<Unit> UnitNames { get; }

    /// <summary>Words that square or cube the unit after them.</summary>
    public WordMap<char> UnitPowers { get; }

    /// <summary>Time units that end a rate, as symbols ("hour" → "h").</summary>
    public WordMap<string> RateUnits { get; }

    /// <summary>Abbreviations after money that make it a rate, and the duration or unit term the rate is per ("psf" → "sq ft").</summary>
    public WordMap<string> RateAbbreviations { get; }

    /// <summary>Lengths of time and their singular names ("months" → "month").</summary>
    public WordMap<string> DurationUnits { get; }

    /// <summary>The units of time of the time lexicon, which name periods no amount is measured in ("quarter"), as well as lengths of
    /// time: read where a phrase of time is told from a noun ("fell 2% in the quarter and exports 1%").</summary>
    public WordSet TimeUnits { get; }

    /// <summary>Temperature scales after "degrees" or "°" ("celsius" → "°C").</summary>
    public WordMap<string> TemperatureScales { get; }

    /// <summary>Size adjectives that make a quote mark an inch or a foot.</summary>
    public WordSet DimensionAdjectives { get; }

    /// <summary>Words of height or length that make a joined "m" after digits grouped in thousands metres ("2,150m of climbing", "an
    /// altitude of 2,400m").</summary>
    public WordSet LengthContextWords { get; }

    /// <summary>Words of weather or temperature that make a lower-case "c" joined to a figure of one or two digits degrees Celsius ("lows of -3c");
    /// <c>temperature-context-word</c>.</summary>
    public WordSet TemperatureContextWords { get; }

    /// <summary>Words that make "per pound" after a sum of money the pound sterling ("17.27 kwacha per pound" beside "sterling");
    /// <c>sterling-cue</c>.</summary>
    public WordSet SterlingCues { get; }

    /// <summary>Words of air pressure or of a storm that make a lower-case "mb" after a figure millibars ("a central pressure of 944 mb");
    /// <c>pressure-context-word</c>.</summary>
    public WordSet PressureContextWords { get; }

    /// <summary>Singular nouns naming a whole group of people that a rate per a number of them keeps ("per 100,000 population").</summary>
    public WordSet CollectiveCountNouns { get; }

    /// <summary>Words after "a kilometre" that make it a distance, not what a rate is per ("40 hectares a kilometre north of …").</summary>
    public WordSet DistanceWordsAfterUnit { get; }

    /// <summary>Units of distance or volume that, after a slash and a figure, are what a rate is per ("6 L/100 km", "250 mg/5 mL"),
    /// and their dimension ("distance", "volume").</summary>
    public WordMap<string> SlashDenominatorUnits { get; }

    /// <summary>Whether a figure in <paramref name="denominator"/> after a slash is what a rate in <paramref name="numerator"/> is per
    /// ("L" over "km", "mg" over "mL"): a slash-denominator unit of another dimension than the unit before the slash ("km" over
    /// "miles" is one distance given twice).</summary>
    public bool IsSlashDenominator(ReadOnlySpan<char> numerator, ReadOnlySpan<char> denominator) =>
        SlashDenominatorUnits.TryGet(denominator, out var dimension)
        && !(SlashDenominatorUnits.TryGet(numerator, out var numeratorDimension) && numeratorDimension == dimension);

    /// <summary>Verbs that, right before money, take it in ("raised $750 million").</summary>
    public WordSet FundingVerbs { get; }

    /// <summary>Nouns that, next to a physical measure, name how high something stands rather than a rise ("a surge of 6 feet").</summary>
    public WordSet HeightNouns { get; }

    /// <summary>Words after "below" that leave a reading below zero ("40 below in Embarrass").</summary>
    public WordSet BelowZeroEnds { get; }

    /// <summary>Qualifier phrases before a number.</summary>
    public WordMap<Qualifier> Qualifiers { get; }

    /// <summary>Qualifier phrases after a number ("or more").</summary>
    public WordMap<Qualifier> QualifiersAfter { get; }

    /// <summary>Words before an amount that make it a change, with its direction (<see cref="QuantityChange.None"/>: a phrase that only
    /// looks like one).</summary>
    public WordMap<QuantityChange> ChangesBefore { get; }

    /// <summary>Words after an amount that make it a change, with its direction.</summary>
    public WordMap<QuantityChange> ChangesAfter { get; }

    /// <summary>Words after a percentage that make it a relative change, with its direction ("more", "above", "below").</summary>
    public WordMap<QuantityChange> ChangesAfterPercent { get; }

    /// <summary>Words that stress the size of a change between its direction word and the amount ("a mere", "only").</summary>
    public WordMap<string> ChangeEmphases { get; }

    /// <summary>Verbs of removal that, with "off" right after the amount, make it a decrease ("took 37 seconds off"); not money.</summary>
    public WordSet RemovalVerbs { get; }

    /// <summary>Words before a number that make it an increment (not those valued 'only-after').</summary>
    public WordSet IncrementWords { get; }

    /// <summary>Increment words that mark one between a number and its noun ("1,500 additional troops", "three new deaths").</summary>
    public WordSet IncrementWordsAfter { get; }

    /// <summary>Words that name a total.</summary>
    public WordSet TotalWords { get; }

    /// <summary>Participles whose object is the noun a total that follows "to" counts ("taking confirmed cases to 256").</summary>
    public WordSet TotalParticiples { get; }

    /// <summary>Words before a total word that make its total one of another kind than the noun it counts ("the strike's financial
    /// toll ran into the billions" counts no deaths); the claims stage reads them too, so that such a toll names no outcome.</summary>
    public WordSet OtherKindTotalModifiers { get; }

    /// <summary>Totals that count a noun of their own ("death toll" → death).</summary>
    public WordMap<string> CountingTotals { get; }

    /// <summary>Words before a number that make it an identifier.</summary>
    public WordSet IdentifierWords { get; }

    /// <summary>Words right before a lower-case identifier word that make it a verb ("now number 86").</summary>
    public WordSet IdentifierVerbCues { get; }

    /// <summary>Words that make a word that is both a currency and a weight money ("fined", "worth", "fines"), with where they count.</summary>
    public WordMap<MoneyCuePosition> MoneyCues { get; }

    /// <summary>Weighing words before the number that make a word that is both a currency and a weight a weight ("weighed", "lost").</summary>
    public WordSet WeightCues { get; }

    /// <summary>Fields of study after "degrees in" that make the degrees diplomas, not a temperature ("two degrees in law").</summary>
    public WordSet DegreeSubjects { get; }

    /// <summary>Words that name a street ("Street", "Boulevard"): capitalised after a number, they make it a house number.</summary>
    public WordSet StreetWords { get; }

    /// <summary>Function words that end a counted noun phrase.</summary>
    public WordSet NounPhraseStops { get; }

    /// <summary>The noun phrase stops marked <c>attributive</c>: participles that qualify a plural noun when they stand right after the
    /// number ("20 reported cases"), and end the phrase anywhere else ("20 people reported symptoms").</summary>
    public WordSet AttributiveStops { get; }

    /// <summary>The noun phrase stops marked <c>noun</c>: plural nouns that are also verbs, counted when a complement preposition
    /// follows ("214 reports of damp") and ending the phrase anywhere else ("one dealer reports").</summary>
    public WordSet NounStops { get; }

    /// <summary>Prepositions that make a <see cref="NounStops"/> word before them the counted noun ("6,000 reports from users").</summary>
    public WordSet ComplementPrepositions { get; }

    /// <summary>Singular nouns of a group of members ("crew", "team"): a number after one and "of" counts the members, so a
    /// <see cref="NounStops"/> word after the number is their verb ("a crew of 40 reports from the pier").</summary>
    public WordSet GroupNouns { get; }

    /// <summary>Irregular plurals (lower case) and their singulars.</summary>
    public WordMap<string> Plurals { get; }

    /// <summary>Nouns that end in "s" but are not plurals.</summary>
    public WordSet UncountableNouns { get; }

    /// <summary>Nouns for people, singular ("rioter", "miner"): the claims stage reads the same <c>person-noun</c> entries.</summary>
    public WordSet PersonNouns { get; }

    /// <summary>Nouns that also modify a following plural ("police officers").</summary>
    public WordSet ModifierNouns { get; }

    /// <summary>The people who forecast a figure ("economists", "analysts"); <c>forecast-word</c> valued "noun".</summary>
    public WordSet ForecasterNouns { get; }

    /// <summary>Verbs that end a forecast clause ("forecast", "expected"); <c>forecast-word</c> valued "verb".</summary>
    public WordSet ForecastVerbs { get; }

    /// <summary>Auxiliaries that may stand between the forecasters and the verb ("had", "have"); <c>forecast-word</c> valued "auxiliary".</summary>
    public WordSet ForecastAuxiliaries { get; }

    /// <summary>Words that set a figure against a forecast before it ("beating", "above", "than"); <c>forecast-word</c> valued "comparison".</summary>
    public WordSet ForecastComparisons { get; }

    /// <summary>Joining words that end a forecast clause ("and", "but"); <c>forecast-word</c> valued "clause-end".</summary>
    public WordSet ForecastClauseEnds { get; }

    /// <summary>Quantifiers and determiners that open a noun phrase of its own ("many", "several", "the"); <c>quantifier-word</c>.</summary>
    public WordSet QuantifierWords { get; }

    /// <summary>Words that, joined to a number by a hyphen, make an adjective rather than a count ("one-time", "two-way").</summary>
    public WordSet NonUnitWords { get; }

    /// <summary>Words that, joined to a number by a hyphen, size the noun after it, which is what is counted ("a 5,000-strong crowd").</summary>
    public WordSet SizeWords { get; }

    /// <summary>Adjectives of size joined by a hyphen to the unit after a number ("a 2.5km-wide valley", "a 300m-high tower").</summary>
    public WordSet DimensionWords { get; }

    /// <summary>Words before "one" that make it a pronoun ("no one", "every one").</summary>
    public WordSet PronounWords { get; }

    /// <summary>Nouns after "at one" that make the phrase a time, not a count: "at one point", "at one stage".</summary>
    public WordSet MomentNouns { get; }

    /// <summary>Nouns after "in one" that make the phrase say how, not how many: "in one go".</summary>
    public WordSet MannerNouns { get; }

    /// <summary>The time recogniser's words, for the phrases both modules must read alike ("could one day": some day to come, not a
    /// count of days).</summary>
    public TimeWords Time => _time.Value;

    /// <summary>Ordinal words that make a fraction a part rather than an amount ("the second half").</summary>
    public WordSet OrdinalWords { get; }

    /// <summary>Fraction words that, right before a determiner, are a part of what follows with "of" left out ("half the
    /// population", "half its value").</summary>
    public WordSet FractionsBeforeDeterminer { get; }

    /// <summary>The determiners after which such a fraction word is a part of what follows ("the", "its", "their").</summary>
    public WordSet FractionDeterminers { get; }

    /// <summary>Nouns after a digit ordinal that make it a running count of them ("the 14th victim" → at least 14 victims), with the
    /// unit each counts.</summary>
    public WordMap<Unit> TallyOrdinalNouns { get; }

    /// <summary>Units written before the number ("magnitude 6.8").</summary>
    public WordMap<Unit> UnitsBefore { get; }

    /// <summary>Currency forms several countries share, and the currency they are read as ("Rs" → INR).</summary>
    public WordMap<string> SharedCurrencies { get; }

    /// <summary>Places whose naming makes a shared currency form theirs, and that currency ("Sri Lanka" → LKR).</summary>
    public WordMap<string> CurrencyPlaces { get; }

    /// <summary>Countries and places as the gazetteer writes them ("Montana", "New Zealand"), and their canonical names: a figure after
    /// one in a gapped list is that place's count, not a name's number.</summary>
    public WordMap<string> Places { get; }

    /// <summary>The last word of each currency's English name, by its ISO 4217 code ("LKR" → "rupee", "UGX" → "shilling"): a place
    /// makes a shared form its own currency only when the two share it.</summary>
    public FrozenDictionary<string, string> CurrencyFamilies { get; }

    /// <summary>Words before a distance that make it the name of an event ("men's" in "the men's 10,000m").</summary>
    public WordSet EventClassWords { get; }

    /// <summary>Words right before a bare reading that make it a magnitude in a sentence naming a quake ("measured", "of"), and
    /// how.</summary>
    public WordMap<MagnitudeCuePosition> MagnitudeReadingCues { get; }

    /// <summary>Words between a change by a percentage and a figure with a joined "m" that make the figure the level changed, in
    /// millions ("to", "reaching").</summary>
    public WordSet ChangedLevelCues { get; }

    /// <summary>Nouns that name the scale of a decimal reading before them, and its unit ("a 7.4 quake" → magnitude).</summary>
    public WordMap<Unit> MagnitudeNouns { get; }

    /// <summary>Financial instruments named by their term ("the 10-year yield", "a 30-year mortgage"): the term is not a quantity.</summary>
    public WordSet InstrumentWords { get; }

    /// <summary>The codes of currencies quoted as the base of their exchange rate (EUR, GBP): "the euro at 1.08 per dollar" is dollars.</summary>
    public WordSet BaseCurrencies { get; }

    /// <summary>Words before "age" that name a statistic of ages ("the median age"): the sentence's lengths of time are ages.</summary>
    public WordSet AgeStatisticWords { get; }

    /// <summary>Prepositions that make the length of time after them a period, not an age ("for five years", "over a decade").</summary>
    public WordSet PeriodPrepositions { get; }

    /// <summary>Nouns that make an amount a rate ("a share").</summary>
    public WordSet RateNouns { get; }

    /// <summary>Words that make the number before them a time of day.</summary>
    public WordSet ClockWords { get; }

    /// <summary>Verbs of going past a figure whose bound does not hold before a length of time or a distance passed at.</summary>
    public WordSet PassingVerbs { get; }

    /// <summary>Participles not in "-ed" whose "by" names the cause of a change, not its size ("driven by 10% in fuel", "hit by 3%").</summary>
    public WordSet AgentParticiples { get; }

    /// <summary>Verbs whose "up to" states a sum unless what is added is named after the figure.</summary>
    public WordSet SummingVerbs { get; }

    /// <summary>Words right before a verb of summing that keep its "up to" a bound.</summary>
    public WordSet SummingModals { get; }

    /// <summary>Verbs of spreading or dividing after which "over" says across what, not "more than".</summary>
    public WordSet SpreadingVerbs { get; }

    /// <summary>Endings that make digits an ordinal or a decade.</summary>
    public WordSet OrdinalSuffixes { get; }

    /// <summary>Words before "from" that make "from X to Y" a range ("anywhere", "ranging").</summary>
    public WordSet RangeFromWords { get; }

    /// <summary>Comparative adjectives of "than" qualifiers, which bound neither a difference nor a past time ("bigger", "lighter").</summary>
    public WordSet ComparativeAdjectives { get; }

    /// <summary>Words before a range-from word that make it a noun ("the cost from $2 to $3" is a change).</summary>
    public WordSet RangeFromNounCues { get; }

    /// <summary>Words that make "a year" a time rather than a rate.</summary>
    public WordSet RelativeTimeWords { get; }

    /// <summary>Words that make "a month" after an amount a time, not a rate, when they end the clause ("a month earlier.").</summary>
    public WordSet ClauseFinalTimeWords { get; }

    /// <summary>Verbs after which three digits or more with nothing to count are a number to ring ("call 101", "dial 112").</summary>
    public WordSet PhoneVerbs { get; }

    /// <summary>Words that, a few words after a comparative following an amount, make the comparison one with an earlier time, so the
    /// amount is a change ("dearer than a month ago", "above Friday's close", "below the week's opening level").</summary>
    public WordSet PastComparisonWords { get; }

    /// <summary>The past-comparison entries valued "path": words that may stand between a comparative and the earlier time it names
    /// ("than", "in", "the", "level", "of": "above the figure of a week before"); any other word there names what the amount is
    /// compared with, which is no earlier time ("$50 cheaper than trains on Monday").</summary>
    public WordSet ComparisonPathWords { get; }

    /// <summary>The past-comparison entries valued "baseline": nouns for a long-run level ("average", "mean", "normal") that, after a
    /// comparative and "than", make the amount a departure from that level, so a change ("1.2°C warmer than the 1961-1990 mean"); after
    /// "above" or "below" without "than" they do not ("411 mm above normal" is a level's difference, as the sets annotate it).</summary>
    public WordSet BaselineWords { get; }

    /// <summary>The <see cref="ClauseFinalTimeWords"/> valued "anywhere": a time wherever they stand, not only at a clause's end ("ago").</summary>
    public WordSet TimeWordsAnywhere { get; }

    /// <summary>Words that start a new clause after a clause-final time word ("a year earlier and").</summary>
    public WordSet ClauseJoiners { get; }

    /// <summary>Words between two prices that make them a sequence or a span, not a list sharing one rate ("and then").</summary>
    public WordSet PriceListStops { get; }

    /// <summary>Prepositions that, after each of two amounts joined by "and", say where, among whom or on what each part of one
    /// change was ("rose 16% in towns and 38% in villages").</summary>
    public WordSet ParallelChangePrepositions { get; }

    /// <summary>Determiners and pronouns that may open the subject of an amount whose change verb is left out after "and" ("and those
    /// by cruise ship 12%").</summary>
    public WordSet LeftOutVerbSubjectOpeners { get; }

    /// <summary>Prepositions that may join a phrase to (or open) the subject of an amount whose change verb is left out after "and"
    /// ("and imports of grain 6%", "and in the north 4%").</summary>
    public WordSet LeftOutVerbSubjectPrepositions { get; }

    /// <summary>Prepositions that, before a unit of time (or "the" or "a" and one), make a phrase of time ("on the year").</summary>
    public WordSet TimeSpanPrepositions { get; }

    /// <summary>Unit names that also name a device, counted after a modifier of their own ("120 parking meters").</summary>
    public WordSet DeviceUnitNames { get; }

    /// <summary>Words that cannot stand between a direction verb and the amount after the thing it changed ("raised its rate 100 basis
    /// points to 15.5 percent"; not "rose in May and 20% to").</summary>
    public WordSet ChangedObjectStops { get; }

    /// <summary>Adverbs before "a"/"an" that make the number after the article approximate ("roughly a 17 percent premium").</summary>
    public WordSet ArticleApproximations { get; }

    /// <summary>Prepositions that make "about"/"around" after them, before "a"/"an", an approximation ("at around a 9p premium").</summary>
    public WordSet ApproximationPrepositions { get; }

    /// <summary>Words before four digits that make them a year even before 1800 ("in 1769", "since 1776").</summary>
    public WordSet YearOpeners { get; }

    /// <summary>Words that make a number an age.</summary>
    public WordMap<AgeWordPosition> AgeWords { get; }

    /// <summary>Month names and their numbers.</summary>
    public WordMap<int> Months { get; }

    /// <summary>Month names that are months even in lower case ("sept"; not "may" or "march").</summary>
    public WordSet LowerCaseMonths { get; }

    /// <summary>Weekday names (the time lexicon's <c>time-weekday</c>): a capitalised word before digits that names no thing ("On
    /// Tuesday 23 people died" counts 23, as "Apollo 11" does not), and a day and month in brackets after one is a date ("Sunday
    /// (14/9)").</summary>
    public WordSet Weekdays { get; }

    /// <summary>The vocabulary of <paramref name="lexicon"/>, compiled once and cached with it.</summary>
    public static QuantityVocabulary For(Lexicon lexicon) => lexicon.Compiled(static l => new QuantityVocabulary(l));

    /// <summary>Whether <paramref name="symbol"/> (a unit's name) is a temperature scale.</summary>
    public bool IsTemperature(string symbol) => Temperatures.Contains(symbol);

    /// <summary>The singular of an English noun (lower-case in, lower-case out).</summary>
    public string Singular(string noun)
    {
        if (Plurals.TryGet(noun, out var irregular))
        {
            return irregular;
        }

        if (UncountableNouns.Contains(noun))
        {
            return noun;
        }

        var hyphen = noun.LastIndexOf('-');
        if (hyphen > 0 && Plurals.TryGet(noun.AsSpan(hyphen + 1), out var lastIrregular))
        {
            return string.Concat(noun.AsSpan(0, hyphen + 1), lastIrregular); // "meta-analyses"
        }

        if (noun.Length > 4 && noun.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(noun.AsSpan(0, noun.Length - 3), "y");
        }

        if (noun.Length > 4 && (noun.EndsWith("sses", StringComparison.Ordinal) || noun.EndsWith("xes", StringComparison.Ordinal)
            || noun.EndsWith("ches", StringComparison.Ordinal) || noun.EndsWith("shes", StringComparison.Ordinal)))
        {
            return noun[..^2];
        }

        return noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal)
            && !noun.EndsWith("us", StringComparison.Ordinal) && !noun.EndsWith("is", StringComparison.Ordinal)
            ? noun[..^1]
            : noun;
    }

    /// <summary>Whether a lower-case word looks like a plural noun.</summary>
    public bool LooksPlural(ReadOnlySpan<char> word) =>
        Plurals.Contains(word) || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"));

    /// <summary>Whether a word written in any case looks like a plural noun (<see cref="LooksPlural"/> on its lower case); a word
    /// longer than 64 characters never does.</summary>
    public bool LooksPluralAnyCase(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return LooksPlural(lower);
    }

    /// <summary>Whether <paramref name="word"/> is a unit, currency or percent word after a number.</summary>
    public bool IsUnitWord(ReadOnlySpan<char> word) =>
        DurationUnits.Contains(word) || UnitSymbols.Contains(word) || UnitNames.Contains(word) || Currencies.Contains(word)
        || (word.Length == 4 && word[0] == 'M' && CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[1..]));

    private FrozenSet<string> Temperatures { get; }

    // A measure, a unit with a multiplier or a rate of two measures ("bbl/d") is physical; "percent" and "percentage point" are
    // percentages; anything else is a counted noun.
    private static Unit ResolveUnit(string value, FrozenSet<string> symbols)
    {
        if (value == Unit.Percent.Name || value == Unit.PercentagePoint.Name)
        {
            return value == Unit.Percent.Name ? Unit.Percent : Unit.PercentagePoint;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return symbols.Contains(value) || (slash > 0 && symbols.Contains(value[..slash]) && symbols.Contains(value[(slash + 1)..]))
            ? Unit.Physical(value)
            : Unit.CountNamed(value.ToLowerInvariant());
    }

    private static (double Scale, string Measure) ParseScaledUnit(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return (double.Parse(value.AsSpan(0, space), NumberStyles.Float, CultureInfo.InvariantCulture), value[(space + 1)..]);
    }

    private static Qualifier ParseQualifier(string value) => value switch
    {
        "approximately" => Qualifier.Approximately,
        "at-least" => Qualifier.AtLeast,
        "more-than" => Qualifier.MoreThan,
        "at-most" => Qualifier.AtMost,
        "less-than" => Qualifier.LessThan,
        "exact" => Qualifier.Exact,
        _ => Qualifier.UpTo,
    };

    private static QuantityChange ParseChange(string value) => value switch
    {
        "up" => QuantityChange.Increase,
        "down" => QuantityChange.Decrease,
        _ => QuantityChange.None,
    };

    private static WordMap<double> Numbers(Lexicon lexicon, string kind, WordMap<double>.Matching matching = WordMap<double>.Matching.AnyCase) =>
        Map(lexicon, kind, v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture), matching);

    private static WordMap<T> Map<T>(Lexicon lexicon, string kind, Func<string, T> value, WordMap<T>.Matching matching) =>
        WordMap<T>.Create(lexicon.EntriesOf(kind).Select(e => (e.Term, value(e.Value))), matching);

    private static WordSet Set(Lexicon lexicon, string kind) => new(lexicon.EntriesOf(kind).Select(e => e.Term));
}
