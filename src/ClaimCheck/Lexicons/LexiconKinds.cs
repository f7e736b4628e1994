using System.Collections.Frozen;
using System.Globalization;

namespace ClaimCheck.Lexicons;

/// <summary>How a kind of lexicon entry is read: whether it needs a value, whether it may name a containing place, and what a valid
/// value looks like.</summary>
/// <param name="Name">The kind as written in the first column ("place").</param>
/// <param name="Description">What an entry of this kind means, for documentation and error messages.</param>
/// <param name="Value">Whether the value column is required, optional (defaulting to the term) or not used.</param>
/// <param name="AllowsWithin">Whether the fourth column (a containing place or body) means anything for this kind.</param>
/// <param name="ValueFormat">A description of a valid value when values are restricted (ISO 4217 codes); null when any text is valid.</param>
public sealed record LexiconKindInfo(string Name, string Description, LexiconValueRule Value, bool AllowsWithin, string? ValueFormat = null);

/// <summary>Whether a kind of lexicon entry needs the value column.</summary>
public enum LexiconValueRule
{
    /// <summary>The value column must be filled.</summary>
    Required,

    /// <summary>The value may be left empty; it then defaults to the term.</summary>
    DefaultsToTerm,

    /// <summary>The value may be left empty; it then stays empty.</summary>
    Optional,
}

/// <summary>The kinds of entry a lexicon file may hold (the first column of each line).</summary>
/// <remarks>User files and the built-in data use the same kinds. Each recogniser reads the kinds it owns; a kind not listed here is an
/// error when a file is loaded, so a misspelt kind never goes unnoticed.</remarks>
public static class LexiconKinds
{
    /// <summary>A place: the term as written, the canonical name (default: the term) and the place it lies in ("Jeddah → Saudi Arabia").
    /// A place with nothing in the fourth column is a country or a top-level territory.</summary>
    public const string Place = "place";

    /// <summary>Another name for a known place or organisation ("Vorlandia → Vorland", "DPRK → North Korea", "Pyongyang → North Korea").</summary>
    public const string Alias = "alias";

    /// <summary>A demonym or adjective of a place ("North Korean → North Korea").</summary>
    public const string Demonym = "demonym";

    /// <summary>A sea, gulf, ocean or other geographic feature that no single country holds ("Indian Ocean", "Gulf of Mexico"), and its
    /// canonical name (default: the term). It is a place of its own, so a country's name or demonym inside it ("Indian", "Mexico")
    /// does not make the country a subject, the topic or the scene.</summary>
    public const string Feature = "feature";

    /// <summary>An organisation or body ("Red Cross"), its canonical name (default: the term) and, optionally, the country it belongs to.</summary>
    public const string Organisation = "organisation";

    /// <summary>A counted noun or unit word and its canonical measure ("soldiers → troops", "marchers → participants").</summary>
    public const string Unit = "unit";

    /// <summary>A currency name, symbol or code and its ISO 4217 code ("shekels → ILS", "ringgit → MYR").</summary>
    public const string Currency = "currency";

    /// <summary>A verb or phrase that reports speech ("said", "told", "according to"); the value is its stance: asserted, estimated,
    /// expected, denied or non-committal (default: asserted). A single word is a verb whose subject is the source ("the union
    /// said", "said the mayor"); a phrase is followed by its source ("according to the ministry").</summary>
    public const string ReportingVerb = "reporting-verb";

    /// <summary>A verb that denies what follows ("denied", "rejected", "dismissed").</summary>
    public const string DenialVerb = "denial-verb";

    // The kinds below are the quantity recogniser's vocabulary (Lexicons/en/numbers.tsv, currencies.tsv, units.tsv,
    // quantity-words.tsv, months.tsv). A user file may use them like any other kind.

    /// <summary>A cardinal number written as a word and its value ("seven → 7", "twenty → 20").</summary>
    internal const string NumberWord = "number-word";

    /// <summary>A multiplier written after a number and its value ("million → 1000000", "dozen → 12").</summary>
    internal const string ScaleWord = "scale-word";

    /// <summary>An abbreviated multiplier written joined to or after digits and its value ("bn → 1000000000").</summary>
    internal const string ScaleAbbreviation = "scale-abbreviation";

    /// <summary>An abbreviated multiplier counted only when joined to the digits, and its value ("mil → 1000000" in "RM3.5mil";
    /// "6 mil plastic" is not scaled).</summary>
    internal const string JoinedScaleAbbreviation = "joined-scale-abbreviation";

    /// <summary>A one-letter multiplier joined to digits, exact case, and its value ("k → 1000" in "5k").</summary>
    internal const string ScaleLetter = "scale-letter";

    /// <summary>A vague plural and the unit it counts in ("thousands → 1000": 2,000 to 9,999).</summary>
    internal const string VagueNumber = "vague-number";

    internal const string VagueMultiplier = "vague-multiplier";

    /// <summary>A fraction before a multiplier and its value ("half → 0.5" in "half a million").</summary>
    internal const string FractionWord = "fraction-word";

    /// <summary>A currency's English name, by its ISO 4217 code ("JPY → japanese yen").</summary>
    internal const string CurrencyName = "currency-name";

    /// <summary>A word or sign prefix written before the amount and its ISO 4217 code ("C$ → CAD", "Rs → INR").</summary>
    internal const string CurrencyPrefix = "currency-prefix";

    /// <summary>A single capital letter joined before an amount written large, priced to the hundredth (two decimals) or followed by
    /// a rate, and its ISO 4217 code ("N4.2 trillion" → NGN, "P72.35" → PHP).</summary>
    internal const string CurrencyLetter = "currency-letter";

    /// <summary>A currency's hundredth written after an amount and its name ("cents → cent", "pence → penny").</summary>
    internal const string CurrencySubunit = "currency-subunit";

    /// <summary>A measure: a canonical physical unit symbol, as units name it, and its name in words ("km → kilometre", "°C → celsius").</summary>
    internal const string Measure = "measure";

    /// <summary>A unit that carries a multiplier, and the multiplier and measure it stands for ("Bcf → 1000000000 ft³").</summary>
    internal const string ScaledUnit = "scaled-unit";

    /// <summary>A unit symbol that carries a multiplier only after a small figure with no scale word, and the multiplier and measure
    /// ("mt → 1000000 t": "82.9 mt of wheat" is million tonnes, "265,597 mt of copper" metric tonnes).</summary>
    internal const string SmallFigureScaledUnit = "small-figure-scaled-unit";

    /// <summary>A physical unit and what one of it is in the base unit its figures are compared in ("mph → 1.609344 km/h").</summary>
    internal const string UnitConversion = "unit-conversion";

    /// <summary>A unit symbol, matched in its exact case, and its canonical symbol ("mm → mm", "mb → Mbit").</summary>
    internal const string UnitSymbol = "unit-symbol";

    /// <summary>A word before a unit that squares or cubes it, and the power ("square → 2", "cubic → 3").</summary>
    internal const string UnitPower = "unit-power";

    /// <summary>A time unit that ends a rate after "per", "/", "a" or "an", as a symbol ("hour → h" in "km/h").</summary>
    internal const string RateUnit = "rate-unit";

    /// <summary>An abbreviation after an amount of money that makes it a rate on its own, and what the rate is per: a length of
    /// time or a unit ("psf → sq ft" in "S$2,384 psf", "pa → year" in "AED30,000 pa").</summary>
    internal const string RateAbbreviation = "rate-abbreviation";

    /// <summary>A length of time after a number and its singular name ("months → month").</summary>
    internal const string DurationUnit = "duration-unit";

    /// <summary>A temperature scale after "degrees" or "°" and its symbol ("celsius → °C").</summary>
    internal const string TemperatureScale = "temperature-scale";

    /// <summary>A verb that, right before money, takes it in rather than raising something by it ("raised $750 million").</summary>
    internal const string FundingVerb = "funding-verb";

    /// <summary>A noun that, next to a length or another physical measure, names how high something stands rather than a rise ("a surge
    /// of 6 to 8 feet", "the 20-foot surge").</summary>
    internal const string HeightNoun = "height-noun";

    /// <summary>A word after "below" that leaves a reading below zero ("40 below in Embarrass", "20 below with the wind").</summary>
    internal const string BelowZeroEnd = "below-zero-end";

    /// <summary>A size adjective that makes a quote mark after a number an inch or a foot (10" long).</summary>
    internal const string DimensionAdjective = "dimension-adjective";
    internal const string DistanceAfterUnit = "distance-after-unit";
    internal const string SlashDenominatorUnit = "slash-denominator-unit";

    /// <summary>A phrase before a number and the bound it sets ("at least → at-least", "about → approximately").</summary>
    internal const string Qualifier = "qualifier";

    /// <summary>A phrase after a number and the bound it sets ("or more → more-than", "and over → at-least").</summary>
    internal const string QualifierAfter = "qualifier-after";

    /// <summary>A word or phrase before an amount that makes it the size of a change, and its direction ("rose → up", "shed → down"),
    /// or "none" for a phrase that only looks like one ("made up").</summary>
    internal const string ChangeBefore = "change-before";

    /// <summary>A word right after an amount that makes it the size of a change, and its direction ("higher → up", "decline → down").</summary>
    internal const string ChangeAfter = "change-after";

    /// <summary>A word right after a percentage that makes it a relative change, and its direction ("12% more likely → up", "78.7%
    /// below the peak → down"); after other amounts the same words state a difference, not a change ("$18 billion more").</summary>
    internal const string ChangeAfterPercent = "change-after-percent";

    /// <summary>A word before a number that makes it an addition to an earlier total ("additional").</summary>
    internal const string IncrementWord = "increment-word";

    /// <summary>A word that names a total ("total", "overall"), and the noun it counts when it names one ("death toll → death").</summary>
    internal const string TotalWord = "total-word";

    /// <summary>A participle that, with a noun phrase and "to", sets a new total of that noun ("bringing confirmed cases to 256").</summary>
    internal const string TotalParticiple = "total-participle";

    /// <summary>A word before a toll or total noun that makes the toll one of another kind, no count of people ("financial toll",
    /// "economic toll").</summary>
    internal const string TollOfAnotherKind = "toll-noun-other-kind";

    /// <summary>A word before a number that makes the number an identifier ("Section 427", "Flight 17").</summary>
    internal const string IdentifierWord = "identifier-word";

    /// <summary>A word right before an identifier word that makes that word a verb ("the wounded now number 86").</summary>
    internal const string IdentifierVerbCue = "identifier-verb-cue";

    /// <summary>A word naming a street ("street", "boulevard"): capitalised after a number ("10 Downing Street"), a house number.</summary>
    internal const string StreetWord = "street-word";

    /// <summary>A word that makes a word that is both a currency and a weight money, valued where it counts: "before" (within three
    /// words before the number: "fined 100 pounds"), "after" (right after the word, alone or after "in"/"of": "400 pounds in fines") or
    /// "both".</summary>
    internal const string MoneyCue = "money-cue";

    /// <summary>A weighing word ("weighed", "lost"): nearer the number than any money cue, it makes "pounds" a weight.</summary>
    internal const string WeightCue = "weight-cue";

    /// <summary>A field of study after "degrees in" ("two degrees in law"): the degrees are diplomas, not a temperature.</summary>
    internal const string DegreeSubject = "degree-subject";

    /// <summary>A function word that ends the counted noun phrase after a number ("have" in "3,000 troops have").</summary>
    internal const string NounPhraseStop = "noun-phrase-stop";

    /// <summary>A preposition that, right after a noun-phrase stop valued <c>noun</c>, makes that stop the counted plural noun
    /// ("214 reports of damp", "1,150 reports from tenants").</summary>
    internal const string ComplementPreposition = "complement-preposition";

    /// <summary>A singular noun of a group of members ("crew", "team"): a number after it and "of" counts the members, so a
    /// noun-phrase stop valued <c>noun</c> after the number is their verb ("a crew of 40 reports from the pier").</summary>
    internal const string GroupNoun = "group-noun";

    /// <summary>An irregular plural and its singular ("people → person", "feet → foot").</summary>
    internal const string Plural = "plural";

    /// <summary>A noun that ends in "s" but is not a plural ("news").</summary>
    internal const string UncountableNoun = "uncountable-noun";

    /// <summary>A noun for people, singular ("rioter"): what a number counts, read by the quantity and claims stages.</summary>
    internal const string PersonNoun = "person-noun";

    /// <summary>A noun that also modifies a following plural ("police" in "police officers").</summary>
    internal const string ModifierNoun = "modifier-noun";

    /// <summary>A word of a forecast clause after a figure: value "noun" for the people who forecast ("strategists"), "verb" for the
    /// verb that ends the clause ("predicted"), "auxiliary" for a word between them ("had"), "comparison" for a word before the figure
    /// ("topping"), "clause-end" for a joining word after the verb ("but"). "Topping the 1,900 strategists had predicted" counts no
    /// strategists; the clause needs the auxiliary or the comparison.</summary>
    internal const string ForecastWord = "forecast-word";

    /// <summary>A quantifier or determiner that opens a noun phrase of its own ("many" in "30 homeless and many families").</summary>
    internal const string QuantifierWord = "quantifier-word";

    /// <summary>A word that, joined to a number by a hyphen, makes an adjective rather than a count ("time" in "one-time").</summary>
    internal const string NonUnitWord = "non-unit-word";

    /// <summary>A word that, joined to a number by a hyphen, sizes the noun after it ("strong" in "a 5,000-strong crowd").</summary>
    internal const string SizeWord = "size-word";

    /// <summary>Kind: an adjective of size joined by a hyphen to a unit after a number ("a 2.5km-wide valley").</summary>
    internal const string DimensionWord = "dimension-word";

    /// <summary>A word that counts none of what it names or stands for ("no deaths", "nobody"), or any of it under a denial ("denied
    /// that anyone died"); its value says how it stands.</summary>
    internal const string ZeroCount = "zero-count";

    /// <summary>A word that brings in an incident with a toll of its own: a 'determiner' ("a", "another") a word or two before a
    /// 'noun' ("landslide", "crash"). After an earlier-opening ("Earlier, a landslide killed 7"), the figures are that incident's.</summary>
    internal const string NewIncident = "new-incident";

    /// <summary>A word about a clock time that makes a figure near it a count read at that hour of its day, still running: a 'before'
    /// preposition ("by 3 pm"), a 'reading' one ("at") with a 'verb' entry between, or a 'joiner' that after a comma opens a clause
    /// of its own between the hour and the figure.</summary>
    internal const string HourReadingCue = "hour-reading-cue";

    /// <summary>A measure a count of none is read for ("deaths" in "no one was killed"): a harm or an outcome sources deny.</summary>
    internal const string ZeroCountMeasure = "zero-count-measure";

    /// <summary>A narrower measure a count of none of a wider one denies too ("deaths" for "casualties": "no casualties" against
    /// "80 were killed").</summary>
    internal const string ZeroCountCovers = "zero-count-covers";

    /// <summary>A word before "one" that makes it a pronoun ("no" in "no one died").</summary>
    internal const string PronounWord = "pronoun-word";

    /// <summary>A noun after "at one" that makes the phrase say when, not how many ("point" in "at one point the airline dropped 300
    /// flights").</summary>
    internal const string MomentNoun = "moment-noun";

    /// <summary>A noun after "in one" that makes the phrase say how, not how many ("go" in "Brenmoor settled the whole loan in one
    /// go").</summary>
    internal const string MannerNoun = "manner-noun";

    /// <summary>An ordinal word before a fraction that makes it a part rather than an amount ("second" in "the second half").</summary>
    internal const string OrdinalWord = "ordinal-word";
    internal const string FractionBeforeDeterminer = "fraction-before-determiner";
    internal const string FractionDeterminer = "fraction-determiner";

    /// <summary>A noun after a digit ordinal that makes the ordinal a running count of that noun ("a 14th victim was named").</summary>
    internal const string TallyOrdinalNoun = "tally-ordinal-noun";

    /// <summary>A unit written before the number, and its name ("magnitude 6.8 → magnitude").</summary>
    internal const string UnitBefore = "unit-before";

    /// <summary>A noun that names the scale of a decimal reading before it, and the unit ("quake" in "a 7.4 quake → magnitude").</summary>
    internal const string MagnitudeNoun = "magnitude-noun";
    internal const string MagnitudeReadingCue = "magnitude-reading-cue";
    internal const string ChangedLevelCue = "changed-level-cue";

    /// <summary>A word before a distance that makes it the name of an event ("men's" in "the men's 10,000m").</summary>
    internal const string EventClass = "event-class";

    /// <summary>A currency form several countries share, and the currency it is read as ("Rs" → INR).</summary>
    internal const string SharedCurrency = "shared-currency";

    /// <summary>A place whose naming in a sentence makes a shared currency form its own currency ("Sri Lanka" → LKR).</summary>
    internal const string CurrencyPlace = "currency-place";

    /// <summary>A financial instrument named by its term ("yield" in "the 10-year yield"): the term is a label, not a quantity.</summary>
    internal const string InstrumentWord = "instrument-word";

    /// <summary>The ISO 4217 code of a currency that markets quote as the base, in other money per one unit of it ("the euro at 1.08
    /// to the dollar" is dollars per euro): a bare figure per dollar beside its name is no amount of it.</summary>
    internal const string BaseCurrency = "base-currency";
    internal const string AgeStatisticWord = "age-statistic-word";
    internal const string PeriodPreposition = "period-preposition";

    /// <summary>A noun after "a", "an" or "per" that makes an amount a rate ("share" in "$1.40 a share").</summary>
    internal const string RateNoun = "rate-noun";

    /// <summary>A word after a number that makes it a time of day ("a.m.", "GMT").</summary>
    internal const string ClockWord = "clock-word";

    /// <summary>A verb of going past a figure that the qualifier rows make a lower bound ("passed $2 billion"), listed again so the bound
    /// is dropped before a length of time or a distance passed at ("the judge passed 14 months", "passed 3 million km from Earth").</summary>
    internal const string PassingVerb = "passing-verb";
    internal const string AgentParticiple = "agent-participle";

    /// <summary>A verb of spreading or dividing before "over" that makes "over" say where or across what, not "more than" ("spread over 18
    /// countries", "split over two sites").</summary>
    internal const string SpreadingVerb = "spreading-verb";

    /// <summary>A verb whose "up to" states a sum ("the delays add up to 400 million minutes"), a bound only when what is added is named
    /// after the figure ("adds up to 12 days to a voyage", "can add up to 1TB of storage").</summary>
    internal const string SummingVerb = "summing-verb";

    /// <summary>A word right before a verb of summing that makes its "up to" a plan's bound, not a sum ("the plant will add up to 500
    /// jobs", "could add up to 40 beds").</summary>
    internal const string SummingModal = "summing-modal";

    /// <summary>A word before four digits that makes them a year even before 1800 ("in" in "in 1769").</summary>
    internal const string YearOpener = "year-opener";

    /// <summary>An ending joined to digits that makes a number an ordinal or a decade ("th", "s").</summary>
    internal const string OrdinalSuffix = "ordinal-suffix";

    /// <summary>A word after "a year" or "a month" that makes it a time, not a rate ("earlier", "ago").</summary>
    internal const string RelativeTimeWord = "relative-time-word";

    /// <summary>A word that makes "a month" after an amount a time, not a rate, when it ends the clause ("$50 a month earlier.").</summary>
    internal const string ClauseFinalTimeWord = "clause-final-time-word";

    /// <summary>A verb after which three digits or more with nothing to count are a number to ring ("call 101").</summary>
    internal const string PhoneVerb = "phone-verb";

    /// <summary>A word that, a few words after a comparative following an amount, makes the comparison one with an earlier time
    /// ("£3 dearer than a month ago"), or (valued "path") may stand before such a word ("than", "the", "level").</summary>
    internal const string PastComparisonWord = "past-comparison-word";

    /// <summary>A word that starts a new clause after a <see cref="ClauseFinalTimeWord"/> ("a year earlier and").</summary>
    internal const string ClauseJoiner = "clause-joiner";

    /// <summary>A word in the gap between two prices that makes them a sequence or a span rather than a list sharing one rate ("a
    /// $4.10 flag fall and then $2.05 per km").</summary>
    internal const string PriceListStop = "price-list-stop";

    /// <summary>A preposition that, after each of two amounts joined by "and", says where, among whom or on what each part of one
    /// change was ("rose 16% in towns and 38% in villages", "rises 12 cents on petrol and 9 cents on diesel").</summary>
    internal const string ParallelChangePreposition = "parallel-change-preposition";

    /// <summary>A determiner or pronoun that may open the subject of an amount whose change verb is left out after "and" ("and those
    /// by cruise ship 12%", "and that of the Vorland index 3%").</summary>
    internal const string LeftOutVerbSubjectOpener = "left-out-verb-subject-opener";

    /// <summary>A preposition that may join a phrase to the subject of an amount whose change verb is left out after "and" ("and
    /// imports of grain 6%", "and those from Kestrel 9%"), or open it ("and in the north 4%").</summary>
    internal const string LeftOutVerbSubjectPreposition = "left-out-verb-subject-preposition";

    /// <summary>A preposition that, before a unit of time (or "the" or "a" and one), makes a phrase of time: "on the year", "in the
    /// month".</summary>
    internal const string TimeSpanPreposition = "time-span-preposition";

    /// <summary>A unit name that also names a device, counted when a modifier of its own stands before it: "4 500 smart meters".</summary>
    internal const string DeviceUnitName = "device-unit-name";

    /// <summary>A word that cannot stand between a direction verb and the amount after the thing it changed ("lifted its rate 75 basis
    /// points to 12.25 percent"): a preposition or conjunction that starts another phrase, where the amount belongs to something else.</summary>
    internal const string ChangedObjectStop = "changed-object-stop";

    /// <summary>An adverb before "a"/"an" that makes the number after the article approximate ("roughly a 17 percent premium"); never
    /// a word that may be a preposition ("about", "around").</summary>
    internal const string ArticleApproximation = "article-approximation";

    /// <summary>A word or phrase that stresses the size of a change and may stand between the direction word and the amount without
    /// changing what they say ("soared a staggering 240 percent", "was cut by just 15 minutes").</summary>
    internal const string ChangeEmphasis = "change-emphasis";

    /// <summary>A verb of removal that, with "off" right after the amount, makes the amount the size of a decrease ("took 37 seconds off
    /// the record", "wiped 3% off the index"); not a count of things moved, nor money.</summary>
    internal const string RemovalVerb = "removal-verb";

    /// <summary>A word of height or length that makes a joined "m" after digits grouped in thousands metres when it follows "of" after
    /// the figure ("2,150m of climbing") or stands before "of" and the figure ("an altitude of 2,400m"); elsewhere such an "m" is
    /// millions ("1,450m fresh coins").</summary>
    internal const string LengthContextWord = "length-context-word";

    /// <summary>A word of weather or temperature that, anywhere in the sentence, makes a lower-case "c" joined to a figure of one or two digits degrees
    /// Celsius ("overnight lows of -3c"); elsewhere such a "c" may be cents.</summary>
    internal const string TemperatureContextWord = "temperature-context-word";

    /// <summary>A word that, anywhere in the sentence, makes "pound" after a sum of money and "per" or "a" the pound sterling, the other
    /// side of an exchange rate ("17.27 kwacha per pound" beside "sterling"); elsewhere such a pound is a weight ("$3.15 a pound").</summary>
    internal const string SterlingCue = "sterling-cue";

    /// <summary>A word of air pressure or of a storm that, anywhere in the sentence, makes a lower-case "mb" after a figure millibars ("a central
    /// pressure of 944 mb"); elsewhere "mb" is megabits.</summary>
    internal const string PressureContextWord = "pressure-context-word";

    /// <summary>A singular noun that names a whole group of people, so that a rate per a number of it keeps it in its unit ("8.1 per
    /// 100,000 population").</summary>
    internal const string CollectiveCountNoun = "collective-count-noun";

    /// <summary>A preposition that makes "about"/"around" after it, before "a"/"an", an approximation ("at around a 9p premium").</summary>
    internal const string ApproximationPreposition = "approximation-preposition";

    /// <summary>A word before a <see cref="RangeFromWord"/> that makes it a noun, so that "from X to Y" after it is a change ("raised
    /// the cost from $2 to $3", "in trading from $10 to $12").</summary>
    internal const string RangeFromNounCue = "range-from-noun-cue";

    /// <summary>A comparative adjective of a "than" qualifier ("bigger", "lighter") that gives no bound after a difference ("30% bigger
    /// than") or before a past time ("bigger than 10 years ago").</summary>
    internal const string ComparativeAdjective = "comparative-adjective";

    /// <summary>A word before "from" that makes "from X to Y" a range rather than a change from a level ("anywhere from 4 to 7 inches",
    /// "prices ranging from $5 to $9").</summary>
    internal const string RangeFromWord = "range-from-word";

    /// <summary>A word that makes a number an age, and where it stands: before the number ("aged"), after a time unit ("old") or as the unit ("yo").</summary>
    internal const string AgeWord = "age-word";

    /// <summary>A month name or abbreviation and its number ("Sept → 9").</summary>
    internal const string Month = "month";
    internal const string TimeWeekday = "time-weekday";
    internal const string EponymNoun = "eponym-noun";
    /// <summary>A word that tells attribution how a source is named, and the value its classes, separated by spaces: <c>title</c>
    /// ("spokesperson"), <c>title-modifier</c> ("deputy"), <c>body</c> ("ministry", "front"), <c>document</c> ("report", "toll"),
    /// <c>group</c> ("people"), and the grammar classes listed in <c>Lexicons/en/attribution.tsv</c>. A term of several words can
    /// only be a <c>skip</c> phrase ("for its part"); it is ignored under any other class.</summary>
    public const string AttributionWord = "attribution-word";

    /// <summary>A word or phrase that marks a class of wording the claim-type classifier sees as a feature, and its classes, separated
    /// by spaces: <c>cause</c>, <c>rule</c>, <c>first-person</c>, <c>future</c>, <c>hedge</c>, <c>evaluative</c>, <c>appeal</c>,
    /// <c>furniture</c>, <c>no-comment</c>, <c>quantity</c>, <c>event</c> or <c>experience</c> (<c>Lexicons/en/claim-type-cues.tsv</c>).
    /// Only the built-in file is read, when a model is trained and when it predicts (<see cref="Classification.ClaimTypeCues"/>), since a
    /// model's weights belong to the cues it was trained with: extend the list by editing that file and retraining; entries of this
    /// kind in a user file are accepted and have no effect.</summary>
    public const string ClaimTypeCue = "claim-type-cue";

    /// <summary>A word that states an actor's intention or plan when "to" and a verb follow it ("intends", "planning"; "is" and
    /// "are" of an arrangement, "the ferry firm is to cut two sailings"); value <c>after-be</c> when it does so only after a form
    /// of "be" ("is set to"). A claim the rules type a prediction keeps that
    /// type against the classifier's event when its text has one (<see cref="Classification.ClaimTypePolicy"/>). Only the
    /// built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    public const string IntentionCue = "intention-cue";

    /// <summary>A word around an <see cref="IntentionCue"/> that tells whether it states a plan; value <c>determiner</c>,
    /// <c>noun-marker</c> (the cue after it is a noun: "at plans to"), <c>past-marker</c> ("had intended to") or <c>be</c> (a
    /// form of "be", before an <c>after-be</c> cue) or <c>not-verb</c> (a word after "to" that is no verb there: "is to blame").
    /// Only the built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>).</summary>
    public const string IntentionContext = "intention-context";

    /// <summary>A word of a hedged count that has been moved, the subject of its clause: value <c>hedge</c> (the word right before
    /// the figure: "least", "than", "nearly"), <c>perfect</c> ("have", "has") or <c>verb</c> (a verb of sending, deploying or
    /// arriving: "sent", "deployed", "arrived"). A claim the rules type a quantity keeps that type against the classifier's event
    /// when its text has such a count ("at least 2,400 troops have been sent to …"; <see cref="Classification.ClaimTypePolicy"/>).
    /// Only the built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    public const string CountedMovement = "counted-movement";

    /// <summary>A word of an outcome measured against a forecast (<c>LABELING.md</c> rule 39): value <c>compare</c> (a word that sets
    /// a figure against another: "beat", "missed", "above", "short", "against", "than"), <c>forecast</c> (a word for what was
    /// forecast, up to eight words after it: "expected", "forecasts", "estimate", "consensus") or <c>future</c> (a word that makes
    /// the text a forecast itself, which leaves it alone: "will", "would", "expects"). A claim the rules type a prediction (the
    /// forecast they find) is the classifier's quantity when its text has a figure and such a comparison ("turnover climbed 5% to
    /// 3.2 billion crowns, ahead of the 3.05 billion analysts had forecast"; <see cref="Classification.ClaimTypePolicy"/>).
    /// Only the built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    public const string ForecastComparison = "forecast-comparison";

    /// <summary>A word or phrase of an actor's decision told with its reason (<c>LABELING.md</c> rule 59): value <c>verb</c> (an
    /// inflected verb of a decision or action: "recalls", "cancelled", "called off"), <c>reason</c> (what gives its reason later in
    /// the sentence: "because", "due to", "over"), <c>modal</c> (a word before the verb that makes it a plan: "will", "to") or
    /// <c>time</c> (a word after a reason and a determiner that makes it a time: "over the past year"), <c>determiner</c> (what
    /// may stand before that time word), <c>object-verb</c> (a verb that may tell a mere stop, a decision only with an object
    /// or after a word of value <c>be</c>: "halted production", "was halted"), <c>figure</c> (a number word after a reason that
    /// makes it no reason: "over two days"), <c>frame</c> (a word of belief or evaluation before the verb: "believe",
    /// "outrageous") or <c>rule</c> (a word that makes the text a rule: "must", "anyone"). The claim-type policy makes the
    /// classifier's causation, opinion, rule or quantity an event when a text has such a verb and a reason after it, no frame
    /// before the verb and no rule word (<see cref="Classification.ClaimTypePolicy"/>). Only the built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>);
    /// entries of this kind in a user file have no effect.</summary>
    public const string DecisionReason = "decision-reason";

    /// <summary>A word of the claim-type policy's enacted-rule rule (<c>LABELING.md</c> rule 4): value <c>verb</c> (a past verb of
    /// enacting, deciding on or challenging a rule: "passed", "vetoed", "struck down") or <c>statement</c> (a word that states what
    /// a rule does or requires: "must", "bans", "under the") or <c>clause</c> (a word opening a clause whose verb tells of the rule
    /// as background: "since", "which"). The claim-type policy makes the classifier's rule an event when a text has such a verb
    /// outside such a clause and no statement word (<see cref="Classification.ClaimTypePolicy"/>). Only the built-in file is read
    /// (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    public const string RuleEnactment = "rule-enactment";

    /// <summary>A word of the claim-type policy's evaluative-act rule (<c>LABELING.md</c> rules 20 and 54): value <c>verb</c>, an
    /// inflected verb of thanks, praise, tribute or condemnation ("thanked", "praised", "paid tribute", "condemned"), not counted
    /// when a <c>sentence</c> word is among the three words after a one-word verb ("condemned him to death"); <c>appeal</c>, a verb
    /// of a reported appeal or urging ("urged", "called on", "appealed to", <c>LABELING.md</c> rule 40), counted only with "to"
    /// within six words after it and not after a form of "be" (<c>be</c>) with any <c>modifier</c> between ("residents are again
    /// urged to", rule 41) nor right before an <c>agent</c> word ("advised by two banks"), advice by a named actor among them
    /// ("advised"); <c>emotion</c>, a word of feeling ("delighted",
    /// "disappointed"), counted after a form of "be" or "feel" or right before an <c>emotion-object</c> ("that", "with") or <c>agent</c> ("by") word and
    /// never in a text with a figure; <c>determiner</c> or <c>modifier</c> (a verb right after a determiner, or after one and a
    /// modifier, is an adjective: "the widely praised novel"). The claim-type policy makes any type but opinion, not-a-claim and personal
    /// experience an opinion when a text has such a verb
    /// (<see cref="Classification.ClaimTypePolicy"/>). Only the built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>);
    /// entries of this kind in a user file have no effect.</summary>
    public const string EvaluativeAct = "evaluative-act";

    /// <summary>A word of the claim-type policy's experience-account rule (<c>LABELING.md</c> rules 5 and 46): value <c>verb</c>, a
    /// verb of perceiving or remembering ("hear", "noticed", "remembers", "described") that, like a quotation mark or a
    /// first-person or experience word of <see cref="ClaimTypeCue"/>, shows an experiencer's own account; <c>witness</c>, a noun
    /// of an eyewitness ("resident", "survivors", "passenger"), and <c>report</c>, a verb of reporting ("said", "told"), which
    /// show one together when the noun stands a few words before the verb, its subject ("One resident said she ran for the
    /// stairs", but not "Officials told residents to leave"). The claim-type policy
    /// keeps the classifier's personal experience only for a text with such a mark, and gives any other text the classifier's
    /// next type (<see cref="Classification.ClaimTypePolicy"/>). Only the built-in file is read
    /// (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    public const string ExperienceVerb = "experience-verb";

    /// <summary>A word of the claim-type policy's counterfactual-perfect rule (<c>LABELING.md</c> rules 7 and 23): value
    /// <c>modal</c> ("would", "could", "might", "should"), <c>adverb</c> (a word that may stand after the modal or after "have":
    /// "probably", "not", "otherwise"), <c>have</c>, <c>participle</c> (an irregular past participle: "been", "taken", "won"; a
    /// word ending in "-ed" counts too) and <c>future</c> ("will", "shall", "won't"). A modal, "have" and a past participle tell
    /// what would, could or might have been ("Brenmoor would probably have won the final"), never a forecast, so the claim-type
    /// policy gives a text with one and no <c>future</c> word the classifier's next type instead of a prediction
    /// (<see cref="Classification.ClaimTypePolicy"/>). Only the built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>);
    /// entries of this kind in a user file have no effect.</summary>
    public const string CounterfactualPerfect = "counterfactual-perfect";

    /// <summary>A word of the claim-type policy's withheld-detail rule (<c>LABELING.md</c> rule 45): value <c>refusal</c>, a word
    /// or phrase of declining or not doing ("declined", "refused", "would not", "did not"), and <c>detail</c>, a verb of telling a
    /// detail ("say", "name", "describe", "disclose"). A refusal followed within a few words by a detail verb, not then by
    /// "that", tells what a source would not say ("Harbour guards declined on Monday to say how many crates were seized"; "The agency
    /// would not name the supplier"), which asserts nothing, so the claim-type policy makes such a text a not-a-claim whatever the
    /// classifier says (<see cref="Classification.ClaimTypePolicy"/>). It cannot tell
    /// a refusal in the main clause from one in a clause that sets the scene. Only the built-in file is read
    /// (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    public const string WithheldDetail = "withheld-detail";

    /// <summary>A word of the claim-type policy's results-line rule (<c>LABELING.md</c> rule 57): value <c>furniture</c>, a word
    /// that makes a line shaped like a results or statistics line ("label: figure", "1. Name, figure") page furniture instead: a
    /// media label or credit ("video", "audio", "photos"), a timestamp word ("posted", "updated", "ago") or a clock word ("am",
    /// "pm"). A results line without one states a figure with what it belongs to ("1. Ada Brenmoor, 2:14:05"; "Hygiene score: 88"), so the
    /// claim-type policy makes it a quantity whatever the classifier says (<see cref="Classification.ClaimTypePolicy"/>). Only the
    /// built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    public const string ResultsLine = "results-line";

    /// <summary>A word of the claim-type policy's counted-incident rule (<c>LABELING.md</c> rules 2, 30 and 31): value <c>verb</c>, a
    /// verb of a one-off happening's toll or result ("died", "fell ill", "seized", "sold for", "rescued"); <c>measure</c>, a word
    /// of a statistic's measure or period ("per", "average", "in a row", "so far", "this year"); <c>whole</c>, a disaster or war
    /// told as a whole ("flood", "earthquake", "war"). A verb with a figure within four words, in a sentence with no measure or
    /// whole word, tells a single incident with its count, which the claim-type policy makes an event rather than the quantity
    /// the classifier gives it when the classifier is not sure of that (<see cref="Classification.ClaimTypePolicy"/>). Only the
    /// built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    public const string CountedIncident = "counted-incident";

    /// <summary>A word of the claim-type policy's rule-purpose rule (<c>LABELING.md</c> rules 26 and 55: what a rule is for is told
    /// like what it does): value <c>noun</c>, a noun naming a law or rule ("law", "bill", "ban", "regulations", "treaty");
    /// <c>purpose</c>, a verb phrase telling what it is for ("aims to", "seeks to"); <c>participle</c>, a participle phrase that tells
    /// it only after a <c>be</c> word ("is meant to", "are designed to", but not "a ban meant to curb noise came into force"); and
    /// <c>between</c>, a word that may stand after the noun or after "be" ("also", "mainly"). A noun among the first words of a text
    /// followed right away by such a phrase tells what the rule is for ("The ban is meant to save water"), so the claim-type policy
    /// makes the classifier's other types, but not-a-claim and personal experience, a rule (<see cref="Classification.ClaimTypePolicy"/>);
    /// not after a clause word ("the law, which aims to") nor with the noun later in the text. Only the built-in file is read
    /// (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    internal const string RulePurpose = "rule-purpose";

    /// <summary>A word of the claim-type policy's cause-attribution rule (<c>LABELING.md</c> rules 9 and 36: a condition or trend put
    /// down to another is a causal link): value <c>verb</c>, a form of a verb that puts a thing down to its cause ("put", "puts");
    /// <c>particle</c>, the words that then name the cause ("down to"), right after the verb or after its object within a few words
    /// ("the agency puts the rise down to inflation", "the fall has been put down to higher rates"); and <c>not-object</c>, a noun that
    /// makes the phrase mean something else ("put her name down to speak"). The claim-type policy makes the classifier's event, opinion,
    /// prediction or rule a causal link when the text holds such a phrase (<see cref="Classification.ClaimTypePolicy"/>). Only the built-in
    /// file is read (<c>Lexicons/en/claim-type-cues.tsv</c>); entries of this kind in a user file have no effect.</summary>
    internal const string CauseAttribution = "cause-attribution";

    /// <summary>A word of the claim-type policy's general-mechanism rule (<c>LABELING.md</c> rule 24: a general mechanism is a causal
    /// link): value <c>verb</c>, a present form of a verb of coming about ("happens", "arise", "forms"); <c>connective</c>, a word that
    /// then opens the condition it comes about in ("when", "whenever"), right after the verb or after one adverb in "-ly" ("mass
    /// strandings usually happen when a pod chases fish too close to land"); and <c>blocker</c>, a word that, right before the verb or
    /// one word before it, makes the phrase a forecast, a speculation or a question ("will happen when", "what happens when"). The
    /// claim-type policy makes the classifier's event or opinion a causal link when the text holds such a phrase
    /// (<see cref="Classification.ClaimTypePolicy"/>). Only the built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>);
    /// entries of this kind in a user file have no effect.</summary>
    internal const string GeneralMechanism = "general-mechanism";

    /// <summary>A word of the claim-type policy's stated-obligation rule (<c>LABELING.md</c> rule 4: what a rule requires is a rule):
    /// value <c>modal</c>, a phrase of obligation ("must", "has to", "need not", "is required to"); <c>second-person</c>, a word
    /// that addresses the reader ("you", "your"), so the obligation is advice to them, not a rule stated. A text with a modal and no
    /// voice (no quotation mark, reporting verb, word of belief or evaluation, first- or second-person word) states a requirement,
    /// so the claim-type policy makes the classifier's opinion a rule when the classifier is not sure of it
    /// (<see cref="Classification.ClaimTypePolicy"/>). Only the built-in file is read (<c>Lexicons/en/claim-type-cues.tsv</c>);
    /// entries of this kind in a user file have no effect.</summary>
    internal const string StatedObligation = "stated-obligation";

    /// <summary>A stock-market index ("S&amp;P 500", "Nikkei 225") and its canonical name (default: the term): an organisation that is the
    /// subject of its own moves ("the FTSE 100 gained 0.7% by the close"), but never what a report is about, so a company's figures in a
    /// market report whose lead names only the index stay the company's.</summary>
    internal const string MarketIndex = "market-index";

    private static readonly LexiconKindInfo[] Table =
    [
        new(Place, "a place, its canonical name and the place it lies in", LexiconValueRule.DefaultsToTerm, AllowsWithin: true),
        new(Alias, "another name for a place or organisation", LexiconValueRule.Required, AllowsWithin: false),
        new(Demonym, "a demonym or adjective of a place", LexiconValueRule.Required, AllowsWithin: false),
        new(Feature, "a sea, gulf, ocean or other feature no single country holds", LexiconValueRule.DefaultsToTerm, AllowsWithin: false),
        new(Organisation, "an organisation, its canonical name and the country it belongs to", LexiconValueRule.DefaultsToTerm, AllowsWithin: true),
        new(MarketIndex, "a stock-market index and its canonical name: the subject of its own moves, never what a report is about", LexiconValueRule.DefaultsToTerm, AllowsWithin: false),
        new(Unit, "a counted noun or unit word and its canonical measure", LexiconValueRule.Required, AllowsWithin: false),
        new(Currency, "a currency word or symbol and its ISO 4217 code", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "three capital letters (ISO 4217)"),
        new(ReportingVerb, "a verb that reports speech, and its stance", LexiconValueRule.Optional, AllowsWithin: false, ValueFormat: "asserted, estimated, expected, denied or non-committal"),
        new(DenialVerb, "a verb that denies what follows", LexiconValueRule.Optional, AllowsWithin: false),
        new(NumberWord, "a number word and its value", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number (digits, an optional decimal point)"),
        new(ScaleWord, "a multiplier word and its value", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number (digits, an optional decimal point)"),
        new(ScaleAbbreviation, "an abbreviated multiplier and its value", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number (digits, an optional decimal point)"),
        new(JoinedScaleAbbreviation, "an abbreviated multiplier counted only joined to the digits, and its value", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number (digits, an optional decimal point)"),
        new(ScaleLetter, "a one-letter multiplier and its value", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number (digits, an optional decimal point)"),
        new(VagueNumber, "a vague plural and the unit it counts in", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number (digits, an optional decimal point)"),
        new(VagueMultiplier, "a vague word before a multiplier ('several hundred') and the fewest it means; the most is three times that", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number (digits, an optional decimal point)"),
        new(FractionWord, "a fraction word and its value", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number (digits, an optional decimal point)"),
        new(CurrencyName, "a currency's English name, by its ISO 4217 code", LexiconValueRule.Required, AllowsWithin: false),
        new(CurrencyPrefix, "a currency word or prefix written before the amount, and its ISO 4217 code", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "three capital letters (ISO 4217)"),
        new(CurrencyLetter, "a capital letter joined before an amount with a multiplier, thousands separators or two decimals, and its ISO 4217 code", LexiconValueRule.Required,
            AllowsWithin: false, ValueFormat: "three capital letters (ISO 4217)"),
        new(CurrencySubunit, "a currency's hundredth and its name", LexiconValueRule.Required, AllowsWithin: false),
        new(Measure, "a canonical physical unit symbol and its name in words", LexiconValueRule.Required, AllowsWithin: false),
        new(ScaledUnit, "a unit that carries a multiplier, and the multiplier and measure it stands for", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a multiplier, a space and a measure (1000000000 ft³)"),
        new(SmallFigureScaledUnit, "a unit that carries a multiplier only after a figure under 1,000 with no scale word, and the multiplier and measure", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a multiplier, a space and a measure (1000000 t)"),
        new(UnitConversion, "a physical unit and what one of it is in the base unit its figures are compared in (mph → 1.609344 km/h)", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "a positive number, a space and the base unit's symbol (1.609344 km/h)"),
        new(UnitSymbol, "a unit symbol (exact case) and its canonical symbol", LexiconValueRule.Required, AllowsWithin: false),
        new(UnitPower, "a word that squares or cubes the unit after it, and the power", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "2 or 3"),
        new(RateUnit, "a time unit that ends a rate, and its symbol", LexiconValueRule.Required, AllowsWithin: false),
        new(RateAbbreviation, "an abbreviation after money that makes it a rate (exact case), and what it is per: a duration-unit or unit term; a money unit-symbol listed here carries that rate itself (\"ppl\")", LexiconValueRule.Required, AllowsWithin: false),
        new(DurationUnit, "a length of time and its singular name", LexiconValueRule.Required, AllowsWithin: false),
        new(TemperatureScale, "a temperature scale after degrees, and its symbol", LexiconValueRule.Required, AllowsWithin: false),
        new(DimensionAdjective, "a size adjective after a quote mark", LexiconValueRule.Optional, AllowsWithin: false),
        new(DistanceAfterUnit, "a word after \"a kilometre\" that makes it a distance, not what a rate is per", LexiconValueRule.Optional, AllowsWithin: false),
        new(SlashDenominatorUnit, "a unit of distance or volume that, after a slash and a figure, is what a rate is per ('6 L/100 km', '250 mg/5 mL'), not a second measure, and its dimension", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "distance or volume"),
        new(FundingVerb, "a verb that, right before money, takes it in rather than raising something by it", LexiconValueRule.Optional, AllowsWithin: false),
        new(HeightNoun, "a noun that, next to a physical measure, names how high something stands rather than a rise", LexiconValueRule.Optional, AllowsWithin: false),
        new(BelowZeroEnd, "a word after 'below' that leaves a reading below zero rather than below something named", LexiconValueRule.Optional, AllowsWithin: false),
        new(Qualifier, "a phrase before a number and the bound it sets (exact: a phrase that holds a qualifier's words but sets no bound, 'gone up to 64')", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "approximately, at-least, more-than, at-most, less-than, up-to or exact"),
        new(QualifierAfter, "a phrase after a number and the bound it sets", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "approximately, at-least, more-than, at-most, less-than or up-to"),
        new(ChangeBefore, "a word before an amount that makes it the size of a change, and its direction", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "up, down or none"),
        new(ChangeAfter, "a word after an amount that makes it the size of a change, and its direction (none: a phrase that holds a change word but states no change, 'up front')", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "up, down or none"),
        new(ChangeAfterPercent, "a word after a percentage that makes it a relative change, and its direction", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "up or down"),
        new(IncrementWord, "a word that makes the number after it an increment (valued 'also-after': also between a number and its noun; 'only-after': only there)", LexiconValueRule.Optional, AllowsWithin: false, ValueFormat: "empty, also-after or only-after"),
        new(TotalWord, "a word that names a total, and the noun it counts if any", LexiconValueRule.Optional, AllowsWithin: false),
        new(TotalParticiple, "a participle whose object, then 'to' and a bare number, is the new total of that object's noun", LexiconValueRule.Optional, AllowsWithin: false),
        new(IdentifierWord, "a word that makes the number after it an identifier", LexiconValueRule.Optional, AllowsWithin: false),
        new(IdentifierVerbCue, "a word right before a lower-case identifier word that makes it a verb, so the number after it is an amount ('the wounded now number 86')", LexiconValueRule.Optional, AllowsWithin: false),
        new(MoneyCue, "a word that makes a word that is both a currency and a weight (pounds) money, and where it counts", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "before, after or both"),
        new(WeightCue, "a weighing word that makes a word that is both a currency and a weight (pounds) a weight", LexiconValueRule.Optional, AllowsWithin: false),
        new(DegreeSubject, "a field of study after 'degrees in': the degrees are diplomas, not a temperature", LexiconValueRule.Optional, AllowsWithin: false),
        new(StreetWord, "a word naming a street, which makes a number before a capitalised street name a house number", LexiconValueRule.Optional, AllowsWithin: false),
        new(NounPhraseStop, "a function word that ends a counted noun phrase; value 'attributive' for a participle that qualifies a plural noun right after the number ('20 reported cases'), 'noun' for a plural noun that is counted when a complement preposition follows ('214 reports of damp')", LexiconValueRule.Optional, AllowsWithin: false),
        new(ComplementPreposition, "a preposition that makes a noun-phrase stop valued 'noun' before it the counted noun ('1,150 reports from tenants')", LexiconValueRule.Optional, AllowsWithin: false),
        new(GroupNoun, "a singular noun of a group of members: a number after it and 'of' counts the members, so a noun-phrase stop valued 'noun' after the number is their verb ('a crew of 40 reports from the pier')", LexiconValueRule.Optional, AllowsWithin: false),
        new(Plural, "an irregular plural and its singular", LexiconValueRule.Required, AllowsWithin: false),
        new(UncountableNoun, "a noun ending in 's' that is not a plural", LexiconValueRule.Optional, AllowsWithin: false),
        new(ModifierNoun, "a noun that also modifies a following plural", LexiconValueRule.Optional, AllowsWithin: false),
        new(ForecastWord, "a word of a forecast clause after a figure: 'noun' for who forecasts ('strategists'), 'verb' for the verb that ends the clause ('predicted'), 'auxiliary' between them ('had'), 'comparison' before the figure ('topping'), 'clause-end' after the verb ('but'); with the auxiliary or the comparison, the figure before such a clause is what was forecast, not a count of the forecasters ('above the 1,900 strategists predicted')", LexiconValueRule.Required, AllowsWithin: false),
        new(QuantifierWord, "a quantifier or determiner that opens a noun phrase of its own, so that the words before 'and'/'or' do not share its head ('30 homeless and many families' counts no families)", LexiconValueRule.Optional, AllowsWithin: false),
        new(NonUnitWord, "a word that makes a number-hyphen-word an adjective rather than a count", LexiconValueRule.Optional, AllowsWithin: false),
        new(SizeWord, "a word that, joined to a number by a hyphen, sizes the noun after it: the noun is what is counted ('a 5,000-strong crowd')", LexiconValueRule.Optional, AllowsWithin: false),
        new(DimensionWord, "an adjective of size joined by a hyphen to the unit after a number: the unit is the amount's ('a 2.5km-wide valley', 'a 300m-high tower')", LexiconValueRule.Optional, AllowsWithin: false),
        new(PronounWord, "a word before 'one' that makes it a pronoun", LexiconValueRule.Optional, AllowsWithin: false),
        new(MomentNoun, "a noun after 'at one' that makes the phrase a time ('at one point', 'at one stage'), not a count", LexiconValueRule.Optional, AllowsWithin: false),
        new(MannerNoun, "a noun after 'in one' that makes the phrase say how, not how many ('in one go')", LexiconValueRule.Optional, AllowsWithin: false),
        new(OrdinalWord, "an ordinal word that makes a fraction after it a part", LexiconValueRule.Optional, AllowsWithin: false),
        new(FractionBeforeDeterminer, "a fraction word that, right before a determiner, is a part of what follows with 'of' left out ('half the population')", LexiconValueRule.Optional, AllowsWithin: false),
        new(FractionDeterminer, "a determiner after which a fraction word the lexicon lets stand before one is a part of what follows ('half its value')", LexiconValueRule.Optional, AllowsWithin: false),
        new(TallyOrdinalNoun, "a noun after a digit ordinal that makes the ordinal a running count of it, at least that many ('the 14th victim', 'a 9th death'); its value is the counted noun, singular", LexiconValueRule.Required, AllowsWithin: false),
        new(UnitBefore, "a unit written before the number, and its name", LexiconValueRule.DefaultsToTerm, AllowsWithin: false),
        new(MagnitudeNoun, "a noun that names the scale of a decimal reading before it, and the unit", LexiconValueRule.Required, AllowsWithin: false),
        new(MagnitudeReadingCue, "a word right before a bare reading with one decimal that, with a quake word earlier in the sentence, makes the reading the quake's magnitude ('the quake measured 6.4', 'an aftershock of 5.1'; 'after the quake, bonds rose 2.5' is no magnitude): 'verb', with the quake named a few words before ('measured'); 'joiner', right after the quake word ('of'); 'article', with the quake named before and the reading ending its phrase ('a')", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "verb, joiner or article"),
        new(ChangedLevelCue, "a word between a change by a percentage and a figure with a joined 'm' that makes the figure the level changed, in millions ('rose 4% to 385m', 'down 3%, reaching 2.1m'; 'crested at 4.2m' after a percentage elsewhere stays metres)", LexiconValueRule.Optional, AllowsWithin: false),
        new(EventClass, "a word before a distance that makes it the name of an event, not a length", LexiconValueRule.Optional, AllowsWithin: false),
        new(SharedCurrency, "a currency form several countries share, and the ISO 4217 code it is read as", LexiconValueRule.Required, AllowsWithin: false),
        new(CurrencyPlace, "a place whose naming makes a shared currency form in the sentence its own currency, and that ISO 4217 code", LexiconValueRule.Required, AllowsWithin: false),
        new(InstrumentWord, "a financial instrument named by its term", LexiconValueRule.Optional, AllowsWithin: false),
        new(BaseCurrency, "the ISO 4217 code of a currency quoted as the base of its exchange rate", LexiconValueRule.Optional, AllowsWithin: false),
        new(AgeStatisticWord, "a word before 'age' that names a statistic of ages ('the median age'), making the sentence's lengths of time ages", LexiconValueRule.Optional, AllowsWithin: false),
        new(PeriodPreposition, "a preposition that makes the length of time after it a period, not an age ('for five years')", LexiconValueRule.Optional, AllowsWithin: false),
        new(RateNoun, "a noun that makes an amount a rate", LexiconValueRule.Optional, AllowsWithin: false),
        new(ClockWord, "a word that makes the number before it a time of day", LexiconValueRule.Optional, AllowsWithin: false),
        new(SummingModal, "a word right before a verb of summing that keeps its 'up to' a bound ('will add up to 500 jobs')", LexiconValueRule.Optional, AllowsWithin: false),
        new(SummingVerb, "a verb whose 'up to' states a sum ('the delays add up to 400 million minutes'), and a bound only when 'of' or 'to' follows the figure ('adds up to 12 days to a voyage', 'can add up to 1TB of storage')", LexiconValueRule.Optional, AllowsWithin: false),
        new(AgentParticiple, "a participle whose 'by' names what caused a change, not its size ('sales rose 5%, driven by 10% in fuel', 'profits rose 6%, hit by 3% in fees'), for forms that do not end in -ed", LexiconValueRule.Optional, AllowsWithin: false),
        new(PassingVerb, "a verb of going past a figure ('passed $2 billion') whose lower bound, set by a qualifier row, is dropped before a length of time or before 'from' ('the judge passed 14 months', 'passed 3 million km from Earth')", LexiconValueRule.Optional, AllowsWithin: false),
        new(SpreadingVerb, "a verb of spreading or dividing before 'over' that makes 'over' say across what, not 'more than' ('spread over 18 countries', 'split over two sites')", LexiconValueRule.Optional, AllowsWithin: false),
        new(YearOpener, "a word before four digits that makes them a year even before 1800", LexiconValueRule.Optional, AllowsWithin: false),
        new(OrdinalSuffix, "an ending that makes digits an ordinal or a decade", LexiconValueRule.Optional, AllowsWithin: false),
        new(RelativeTimeWord, "a word that makes 'a year' a time, not a rate", LexiconValueRule.Optional, AllowsWithin: false),
        new(ClauseFinalTimeWord, "a word that makes 'a month' after an amount a time, not a rate, when it ends the clause (valued 'anywhere': wherever it stands)", LexiconValueRule.Optional, AllowsWithin: false),
        new(PhoneVerb, "a verb after which three digits or more with nothing to count are a number to ring, not an amount", LexiconValueRule.Optional, AllowsWithin: false),
        new(PastComparisonWord, "a word that, a few words after a comparative following an amount, makes the comparison one with an earlier time, so the amount is a change (valued 'path': a word that may stand before that time word, such as 'than', 'the' or 'level', and a plural such as 'levels' that a year after a bound qualifies, so the year is no count; valued 'baseline': a long-run level such as 'average' or 'mean' that, after 'than', makes the amount a departure from it; any other word ends the search)", LexiconValueRule.Optional, AllowsWithin: false, ValueFormat: "empty, path or baseline"),
        new(ClauseJoiner, "a word that starts a new clause after a clause-final time word, or between those aboard and a verb that is then not what befell them", LexiconValueRule.Optional, AllowsWithin: false),
        new(PriceListStop, "a word between two prices that makes them a sequence or a span, so the first does not take the rate written after the second ('a $4.10 flag fall and then $2.05 per km')", LexiconValueRule.Optional, AllowsWithin: false),
        new(ParallelChangePreposition, "a preposition that, after each of two amounts joined by 'and', says where, among whom or on what each part of one change was", LexiconValueRule.Optional, AllowsWithin: false),
        new(LeftOutVerbSubjectOpener, "a determiner or pronoun that may open the subject of an amount whose change verb is left out after 'and' ('and those by cruise ship 12%')", LexiconValueRule.Optional, AllowsWithin: false),
        new(LeftOutVerbSubjectPreposition, "a preposition that may join a phrase to (or open) the subject of an amount whose change verb is left out after 'and' ('and imports of grain 6%')", LexiconValueRule.Optional, AllowsWithin: false),
        new(TimeSpanPreposition, "a preposition that, before a unit of time or 'the' or 'a' and one, makes a phrase of time ('on the year', 'in the month')", LexiconValueRule.Optional, AllowsWithin: false),
        new(DeviceUnitName, "a unit name that also names a device, counted when a modifier stands between it and the figure ('4 500 smart meters')", LexiconValueRule.Optional, AllowsWithin: false),
        new(ChangedObjectStop, "a preposition or conjunction that cannot stand between a direction verb and the amount after the thing it changed ('lifted its rate 75 basis points to 12.25 percent')", LexiconValueRule.Optional, AllowsWithin: false),
        new(ArticleApproximation, "an adverb before 'a'/'an' that makes the number after the article approximate", LexiconValueRule.Optional, AllowsWithin: false),
        new(ApproximationPreposition, "a preposition that makes 'about'/'around' after it, before 'a'/'an', an approximation", LexiconValueRule.Optional, AllowsWithin: false),
        new(ChangeEmphasis, "a word or phrase between a direction word and its amount that stresses the size of the change ('soared a staggering 240%')", LexiconValueRule.Optional, AllowsWithin: false),
        new(RemovalVerb, "a verb of removal that, with 'off' right after the amount, makes the amount a decrease ('took 37 seconds off the record')", LexiconValueRule.Optional, AllowsWithin: false),
        new(LengthContextWord, "a word of height or length, or a race run over a distance, that makes a joined 'm' metres: after thousands ('2,150m of climbing', 'an altitude of 2,400m', 'the 1,500m final'), and after any figure when it follows 'of' and no plural noun follows it ('2m of snow', not '2m of water bottles')", LexiconValueRule.Optional, AllowsWithin: false),
        new(SterlingCue, "a word that, anywhere in the sentence, makes 'per pound' after a sum of money the pound sterling ('V$3.10 per pound' beside 'sterling')", LexiconValueRule.Optional, AllowsWithin: false),
        new(TemperatureContextWord, "a word of weather or temperature that makes a lower-case 'c' joined to a figure of one or two digits in the same sentence degrees Celsius ('overnight lows of -3c')", LexiconValueRule.Optional, AllowsWithin: false),
        new(PressureContextWord, "a word of air pressure or of a storm that makes a lower-case 'mb' after a figure in the same sentence millibars ('a central pressure of 944 mb')", LexiconValueRule.Optional, AllowsWithin: false),
        new(CollectiveCountNoun, "a singular noun naming a whole group of people that a rate per a number of it keeps ('8.1 per 100,000 population')", LexiconValueRule.Optional, AllowsWithin: false),
        new(RangeFromNounCue, "a word before a range-from word that makes it a noun ('the cost from $2 to $3' is a change)", LexiconValueRule.Optional, AllowsWithin: false),
        new(ComparativeAdjective, "a comparative adjective of a 'than' qualifier, which bounds no difference and no past time", LexiconValueRule.Optional, AllowsWithin: false),
        new(RangeFromWord, "a word before 'from' that makes 'from X to Y' a range", LexiconValueRule.Optional, AllowsWithin: false),
        new(AgeWord, "a word that makes a number an age, and where it stands", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "before, after, unit, bounded, person, subject, death, milestone or appositive"),
        new(Month, "a month name and its number", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a month number, 1 to 12"),
        new(ClaimTypeCue, "a word or phrase that marks a class of wording for the claim-type classifier, and its classes", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "one or more of " + string.Join(", ", Classification.ClaimTypeCues.CueClassNames) + ", separated by spaces"),
        new(IntentionCue, "a word that states an actor's plan when 'to' and a verb follow it (intends, planning), kept as a prediction against the classifier's event", LexiconValueRule.Optional, AllowsWithin: false,
            ValueFormat: "empty, or after-be when only after a form of 'be' (is set to)"),
        new(IntentionContext, "a word around an intention cue that tells whether it states a plan", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "determiner, noun-marker, past-marker, be or not-verb"),
        new(CountedMovement, "a word of a hedged count that has been sent, deployed or has arrived, kept as a quantity against the classifier's event", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "hedge, perfect or verb"),
        new(ForecastComparison, "a word of an outcome set against a forecast (beat … expected), made the classifier's quantity against the rules' prediction", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "compare, forecast or future"),
        new(DecisionReason, "a word of an actor's decision told with its reason (recalls … because), made an event against the classifier's causation, opinion, rule or quantity", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "verb, reason, modal or time"),
        new(RuleEnactment, "a word of a rule enacted or decided on (passed, vetoed) or of a rule's statement (must, bans), made an event against the classifier's rule", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "verb, statement or clause"),
        new(EvaluativeAct, "a verb of thanks, praise, tribute or condemnation (thanked, condemned), of an appeal or advice (urged, called on, advised, appeals for), a word of feeling (delighted) or a verb of hoping or wishing (hopes, wished), made an opinion against the classifier's other types", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "verb, appeal, plea, emotion, emotion-object, agent, determiner, modifier, sentence, be, hope, subject or hope-noun"),
        new(ExperienceVerb, "a verb of perceiving or remembering (hear, remembers), or an eyewitness noun and a verb of reporting, that show an experiencer's own account, without which the classifier's personal experience gives way", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "verb, witness or report"),
        new(CounterfactualPerfect, "a modal, adverb, \"have\" or past participle of a counterfactual or speculative perfect (would have won, may have left), which is no prediction, or a future word that leaves the text alone", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "modal, adverb, have, participle or future"),
        new(WithheldDetail, "a word of a source declining to tell a detail (declined … to say, would not name), made a not-a-claim against the classifier's other types", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "refusal or detail"),
        new(ResultsLine, "a word that makes a line shaped like a results line (label: figure) page furniture (video, posted, ago, pm), so it is not made a quantity", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "furniture"),
        new(CountedIncident, "a word of a one-off happening told with its count (died, seized, sold for), or one that makes the count a statistic (per, so far) or a whole disaster's toll (flood, war), so an incident is made an event", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "verb, measure or whole"),
        new(RulePurpose, "a noun naming a law or rule (law, bill, ban) or a phrase telling what it is for (is meant to, aims to), made a rule against the classifier's other types", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "noun, purpose, participle, be or between"),
        new(CauseAttribution, "a verb that puts a thing down to its cause (put), the words that then name the cause (down to), or a noun that makes the phrase mean something else (name), so the thing is made a causal link", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "verb, particle or not-object"),
        new(GeneralMechanism, "a present verb of coming about (happens), the word that opens its condition (when), or a word that makes the phrase a forecast or question (will, what), so a general mechanism is made a causal link", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "verb, connective or blocker"),
        new(StatedObligation, "a phrase of obligation (must, has to, need not) or a word that addresses the reader (you), so a requirement stated in no one's voice is made a rule against the classifier's opinion", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "modal or second-person"),
        new(AttributionWord, "a word that tells attribution how a source is named, and its classes", LexiconValueRule.Required, AllowsWithin: false,
            ValueFormat: "one or more attribution word classes separated by spaces (title, title-modifier, body, document, group…)"),

        // The entities stage.
        new("capital", "a capital city and its country: the country when the capital acts (\"Nairobi said\"), a place in it where things happen", LexiconValueRule.Required, AllowsWithin: false),
        new("locative-cue", "a word after which a capitalised name is a place (in, near)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-noun", "a noun that makes the capitalised name before it or after \"of\" a place, and is not part of its name (province, district, town)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-name-noun", "a capitalised noun that makes a place of the name it is part of (County, City, Island, Mount, Stadium)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-follower", "a lower-case noun after a capitalised name that makes it a place (residents, police, mayor)", LexiconValueRule.Optional, AllowsWithin: false),
        new(EponymNoun, "a lower-case noun right after a place's name or demonym that makes the name part of what is named after the place, not a mention of it (the Tarvo strain, Vessa virus); its optional value is a word that, right after the noun, gives it another sense, so the name is the place's again (strain, on: the Tarvo strain on its clinics)", LexiconValueRule.Optional, AllowsWithin: false),
        new("title-verb", "a verb that, right after a title, makes the title its subject rather than an apposition of the name before it (\"in Velmar, the governor said\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("direction-word", "a compass direction that, before 'of', makes the capitalised name after it a place (north of Lindenport)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-modifier", "a word that may stand between a locative and a place name (northern, remote, neighbouring); valued whole, it describes the whole place (neighbouring, landlocked, war-torn), so a country after it is the whole country, not a region of it as after northern or coastal", LexiconValueRule.Optional, AllowsWithin: false),
        new("organisation-word", "a capitalised word that makes an organisation of the name it is part of (Council, Union, Ministry, Watch)", LexiconValueRule.Optional, AllowsWithin: false),
        new("corporate-suffix", "a company's legal form closing its name (Inc, Ltd, plc): it makes the name an organisation's and is left out of the name, so outlets that drop it name the same company", LexiconValueRule.Optional, AllowsWithin: false),
        new("company-noun", "an industry noun that, right before a capitalised name, makes it a company's (chipmaker, retailer, airline); valued opens-sentence, it does so also when it opens the sentence capitalised (Carmaker Velmar Motors said), which only a compound maker noun no other name starts with should", LexiconValueRule.Optional, AllowsWithin: false),
        new("company-holding", "what only a company has, after a name's possessive, making the name a company's (CEO, shareholders)", LexiconValueRule.Optional, AllowsWithin: false),
        new("company-stake", "a holding before 'of' or 'in' and a capitalised name, making it a company's (shares, stake)", LexiconValueRule.Optional, AllowsWithin: false),
        new("brand-head", "the last word of a name that opens with a place and is one brand's, not the place's (Scotland Yard, Texas Instruments, Kenya Airways)", LexiconValueRule.Optional, AllowsWithin: false),
        new("title", "a title or role before a person's name, not a name itself (President, Minister)", LexiconValueRule.Optional, AllowsWithin: false),
        new("not-name", "a capitalised word that is not a name (months, weekdays, pronouns and words that open sentences)", LexiconValueRule.Optional, AllowsWithin: false),
        new("name-particle", "a lowercase word inside a name between capitalised words (de, al, van)", LexiconValueRule.Optional, AllowsWithin: false),

        // The claims stage.
        new("measure-noun", "a counted noun (singular) and the measure claims compare it under (soldier → troops)", LexiconValueRule.Required, AllowsWithin: false),
        new(PersonNoun, "a noun for people, whose outcome verb names what is counted (\"32 miners died\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("outcome", "a verb or adjective saying what happened to the people counted, and the measure it makes (killed → deaths)", LexiconValueRule.Required, AllowsWithin: false),
        new("outcome-noun", "a noun of what happened to people, before 'of' and their count, and the measure it makes (the evacuation of 5,000 residents → evacuees)", LexiconValueRule.Required, AllowsWithin: false),
        new("search-word", "a word of a search, a few words before 'for' and the count of people sought, and the measure it makes in a rescue (divers kept searching for 6 sailors → missing)", LexiconValueRule.Required, AllowsWithin: false),
        new("search-agent", "a word for those who search in a rescue, which anywhere in the sentence makes a search-word's count the missing (divers, rescuers)", LexiconValueRule.Optional, AllowsWithin: false),
        new("sought-cue", "a word after a search's 'for', up to a few words after the count, that makes those sought people lost (for three more fishermen, for one missing hiker)", LexiconValueRule.Optional, AllowsWithin: false),
        new("remains-noun", "a noun before 'of' and a count of people that makes it a count of that noun when nothing after the count says what happened (the remains of 11 climbers were reached → bodies)", LexiconValueRule.Required, AllowsWithin: false),
        new("remains-handling", "a verb that says what was done with the bodies a count counts, right before the count or passive after it, and the measure it makes (14 bodies have since been buried → burials, the morgue released 17 bodies → handed over)", LexiconValueRule.Required, AllowsWithin: false),
        new("remains-place-cue", "a word right after a remains-handling verb that makes it tell where the bodies lie, not what was done with them (buried under the rubble counts bodies, not burials)", LexiconValueRule.Optional, AllowsWithin: false),
        new("share-measure", "what a percentage named after it is a share of, and the measure it gives (turnout, jobless → unemployment; general: share, rate)", LexiconValueRule.DefaultsToTerm, AllowsWithin: false),
        new("voter-noun", "a noun (singular) for those entitled to vote, and the measure a share of them that voted, took part or turned out gives (voter → turnout)", LexiconValueRule.Required, AllowsWithin: false),
        new("care-outcome", "a word that names what happened to the people counted only when a care-place word follows it within a few words (admitted → hospitalised)", LexiconValueRule.Required, AllowsWithin: false),
        new("negated-outcome", "a word that names what happened to the people counted only after a negation-cue word (not accounted → missing)", LexiconValueRule.Required, AllowsWithin: false),
        new("care-place", "a word that names a place of care, which makes a care-outcome word before it hold (hospital, clinic, emergency)", LexiconValueRule.Optional, AllowsWithin: false),
        new("venue-noun", "the head noun of a named venue after 'at', 'on' or 'in' (Kestrel Square, the Arlow mine, Brenmoor General Hospital): a figure given there is counted at one site inside its report's country, a part of the country's figure only where the text shows it to be; capitalised, the same noun ending or opening a name (Ostrov Stadium, Camp Velmar) makes it a site, not a town a document's tolls are counted in; value empty for both readings, 'venue' for a venue's head only, 'site' for a site's name only", LexiconValueRule.Optional, AllowsWithin: false),
        new("local-body", "an older name of a place-body row valued 'crowd', still read: the words after a town's name that make a source a body of that place ('police prefecture', 'city hall'), whose crowd count is that place's part of the country's", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-body", "the words after the name of a place inside a country that make a source a body of that place ('police', 'district administration', 'officials'): an outcome count it gives is counted there, the whole toll or that place's part as the story tells; value 'town' for a body of the place itself, a capital's too, 'government' for its government, which for a capital speaks for the country; the word 'crowd' in the value, alone or after the class ('town crowd'), marks a body whose crowd count, the phrase the whole source after a town's name ('the Lindenport police prefecture'), is that town's part of the country's", LexiconValueRule.Required, AllowsWithin: false),
        new("workplace-outcome", "a word that counts the people as a workforce only when a workplace word follows it within a few words (work → employees: 'work at the plant', not 'worked through the night')", LexiconValueRule.Required, AllowsWithin: false),
        new("workplace", "a word that names a place of work, which makes a workplace-outcome word before it hold (plant, factory, mine)", LexiconValueRule.Optional, AllowsWithin: false),
        new("custody-noun", "a counted noun (singular) read as a measure only when a custody-word stands next to its count (suspect → arrests: '40 suspects held', not '3 suspects fled')", LexiconValueRule.Required, AllowsWithin: false),
        new("arresting-body", "a word for a police body, with the measure of the people it captures (police → arrests: 'police captured 12 men' are arrests, not prisoners taken in fighting)", LexiconValueRule.Required, AllowsWithin: false),
        new("bloodless-harm-noun", "a counted noun (singular) that names people harmed, with the measure it gives when a bloodless-harm word stands in its sentence (victim → victims: '140 victims of the hack' are people or firms affected, not deaths)", LexiconValueRule.Required, AllowsWithin: false),
        new("bloodless-harm", "a word naming a harm that kills no one (hack, ransomware, scam, fraud), which makes a bloodless-harm-noun's count in its sentence count those affected", LexiconValueRule.Optional, AllowsWithin: false),
        new("custody-word", "a word that, next to a custody-noun's count, says the people are held (held, detained, custody)", LexiconValueRule.Optional, AllowsWithin: false),
        new("count-progress", "a word that makes a percentage of votes or ballots say how far a count has gone, not what it found, and its role: after (a participle after the share: 'of the votes counted', 'to be counted again'), before (a gerund just before the figure: 'tallying 93% of ballots') or lead (a word opening the phrase, needed with an 'after' word: 'with 88% of ballots tallied'), or counted (a noun the share must be of: votes, ballots, precincts; 'of the applications' is no count)", LexiconValueRule.Required, AllowsWithin: false),
        new("vote-choice", "a word after 'voted' that says what a share of voters voted on, and the measure it gives (for → share of vote, held by the name after it; none: a share of the voters of its own, 'against')", LexiconValueRule.Optional, AllowsWithin: false),
        new("money-measure", "a noun after an amount of money that says what the money is (loan, aid)", LexiconValueRule.Required, AllowsWithin: false),
        new("compensated-harm", "a word a few words after an amount's 'for' or 'to' that names the harm the money pays for, and that harm's measure; a severity word before it splits the injured ('€5,000 to the widow of each guard who was killed' → deaths, '€1,500 to every worker gravely hurt' → serious injuries)", LexiconValueRule.Required, AllowsWithin: false),
        new("harm-payment-word", "a word that frames a payment for a harm, and its role: link (after the amount or its source phrase, leads to the harm paid for: 'for', 'to'), source (right after the amount, opens where the money comes from: 'from'), pro-form (after a severity, stands for the injuries named before: '€250 for light ones'), relative (a clause-break word that stays in the phrase of the people paid for: 'who')", LexiconValueRule.Required, AllowsWithin: false),
        new("penalty-money", "a word before an amount of money in its clause that makes it a sum someone is made to pay or put up, and the measure it gives, so a harm named after it is not one the amount pays for (fined → fine: 'fined $2.4 million for the deaths of two loaders')", LexiconValueRule.Required, AllowsWithin: false),
        new("predicate", "a verb or noun of a proposition and the class it expresses (sent → deploy), optionally followed by the only theme measures it takes, separated by commas (targeting → attack civilians; fired → use tear gas,water cannon)", LexiconValueRule.Required, AllowsWithin: false),
        new("theme", "a theme noun (a word, or a phrase of two words) of a proposition and its measure (soldiers → troops; tear gas → tear gas)", LexiconValueRule.Required, AllowsWithin: false),
        new("blame-verb", "a predicate whose object, not its subject, is the agent of the proposition ('the ministry blamed Chile for the blast')", LexiconValueRule.Optional, AllowsWithin: false),
        new("event-theme", "a theme measure that is an event its agent causes (attack): before its predicate only in the passive with 'by', and its agent only from a demonym before it or 'by' after it", LexiconValueRule.Optional, AllowsWithin: false),
        new("agent-noun", "a noun for a body that acts as the agent of a proposition when no named agent precedes it (police), and the subject it gives", LexiconValueRule.Required, AllowsWithin: false),
        new("event-predicate", "a word that names an event happening and the event's class (sank → sink)", LexiconValueRule.Required, AllowsWithin: false),
        new("event-noun", "a noun for the thing an event happens to, normalised (ferry → vessel)", LexiconValueRule.Required, AllowsWithin: false),
        new("stated-figure-cue", "a figure noun or counting verb shortly before a bare number that gives it as a count of the people the document is about ('police put the figure at 18,000', 'police counted 35,000'), or two words ('there were an estimated 18,000')", LexiconValueRule.Optional, AllowsWithin: false),
        new("figure-report-noun", "a noun for a reported figure that a denial marker after the figure in its clause calls false ('tolls of more than 400 are false')", LexiconValueRule.Optional, AllowsWithin: false),
        new("dated-report", "a word that says whose day a possessed day gives: 'noun', a noun for a report that gives figures, whose possessed day ('Monday's update counted 58') dates the figure it gives; 'bound', a word before such a phrase that puts the figure before or after the report ('until Tuesday's update, 17 were missing')", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "noun or bound"),
        new("referring-noun", "a noun by which a sentence refers back to an earlier claim (reports, allegations)", LexiconValueRule.Optional, AllowsWithin: false),
        new("plan-cue", "a word that makes what follows a plan (intends, pledged)", LexiconValueRule.Optional, AllowsWithin: false),
        new("request-verb", "a verb by which someone asks another to do something: a figure in the infinitive after its object is what is asked for, not a fact ('asked the state to raise the payment to 5,000')", LexiconValueRule.Optional, AllowsWithin: false),
        new("forecast-cue", "a word that makes what follows a forecast (expected, likely)", LexiconValueRule.Optional, AllowsWithin: false),
        new("forecast-noun", "a noun that makes what follows a forecast only as a prediction: after a possessive ('the ministry's projection is 500'), before a copula, 'of', 'that', 'for' or 'show(s)', or after 'according to'; elsewhere ('the projection room', 'projections at the festival') it is none", LexiconValueRule.Optional, AllowsWithin: false),
        new("vouch-verb", "a verb after could or can by which a speaker vouches for a figure, no forecast (could confirm, can verify)", LexiconValueRule.Optional, AllowsWithin: false),
        new("name-modal", "a modal forecast cue that is also a name or a month when spelt with a capital (May, Will, Might)", LexiconValueRule.Optional, AllowsWithin: false),
        new("warning-cue", "a word that makes what follows its 'of' a forecast (warned of up to 200 mm of rain); without 'of' it reports ('warned that 12 had died')", LexiconValueRule.Optional, AllowsWithin: false),
        new("report-participle", "a participle by which a source goes on to give its own account: after a denial and a comma or 'and', what follows it is the denier's own figure ('rejected the count, saying 60 had died'), not a figure denied", LexiconValueRule.Optional, AllowsWithin: false),
        new("estimate-cue", "a word that makes what follows an estimate (estimated, believed)", LexiconValueRule.Optional, AllowsWithin: false),
        new("negation-cue", "a word that negates its clause (not, never)", LexiconValueRule.Optional, AllowsWithin: false),
        new("denial-marker", "a word that calls a claim false (groundless, fabricated)", LexiconValueRule.Optional, AllowsWithin: false),
        new(ZeroCount, "a word that counts none of an outcome: 'determiner' before its noun or 'one' ('no deaths', 'no one'), 'pronoun' on its own ('nobody'); 'partitive' before a noun of people, with what its clause says befell them ('none of the passengers was hurt'; not 'none of the victims was named'); 'any-determiner' and 'any-pronoun' count any and make a claim only under a denial ('denied any deaths', 'denied that anyone died')", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "determiner, partitive, pronoun, any-determiner or any-pronoun"),
        new(ZeroCountMeasure, "a measure a count of none (zero-count) is read for: a harm sources deny ('deaths' in 'no one was killed'; not crowds or survivors)", LexiconValueRule.Optional, AllowsWithin: false),
        new(ZeroCountCovers, "a zero-count-measure and, as its value, a narrower measure a count of none of it denies too ('no casualties' denies deaths and injuries)", LexiconValueRule.Required, AllowsWithin: false),
        new("toll-noun", "a noun whose figure counts one outcome (toll → deaths, turnout → participants)", LexiconValueRule.Required, AllowsWithin: false),
        new(TollOfAnotherKind, "a word before a toll noun that makes the toll one of another kind, no count of people (financial toll, economic toll)", LexiconValueRule.Optional, AllowsWithin: false),
        new("outcome-skip", "a word that may stand between a count and what happened to it (were, believed, to)", LexiconValueRule.Optional, AllowsWithin: false),
        new("people-aside-opener", "a word that opens an aside on the people counted, set off by commas before what happened to them ('40 people, most of them women, died')", LexiconValueRule.Optional, AllowsWithin: false),
        new("open-count-aside-word", "a word of an aside that says the count before it may be higher, ending in 'more' ('26 villagers, and perhaps many more, died in the slide')", LexiconValueRule.Optional, AllowsWithin: false),
        new("count-setting", "where the people counted were counted, after 'in' or after the preposition in 'within' ('in health centres', 'at the scene') and its label: such a count is part of the whole", LexiconValueRule.Required, AllowsWithin: true),
        new("care-unit-noun", "a noun for a part of a place of care or a place of care (unit, ward, institute) that ends a named place after 'at' or 'to' only right after a care-unit-modifier ('the Ostvik burns unit'), and its count-setting label", LexiconValueRule.Required, AllowsWithin: false),
        new("care-unit-modifier", "a word right before a care-unit-noun that makes it part of a place of care (burns, trauma, maternity): 'the Harnby police unit' names no setting", LexiconValueRule.Optional, AllowsWithin: false),
        new("setting-subject-verb", "a verb by which a named place of care that is its clause's subject takes in or records the people counted right after it ('Ostrava Teaching Hospital had admitted 26 people injured', 'Kestrel Bay Hospital recorded 7 deaths'): the count is that setting's part; value 'in-list' for a verb that does so only after a semicolon, in a list of places of care (confirmed)", LexiconValueRule.Optional, AllowsWithin: false),
        new("place-record-verb", "a verb by which a place inside a country that is its clause's subject records the figure right after it, perhaps after 'alone' and auxiliaries ('Brenmoor has recorded 412 cases'): the figure is that place's part of the country's; not after a preposition ('officials in Brenmoor recorded') nor for a body named after the place ('Brenmoor police')", LexiconValueRule.Optional, AllowsWithin: false),
        new("whole-figure-cue", "a word right before a figure that gives it as the whole of what it counts ('all 61 died at the scene'): a setting after it makes no part", LexiconValueRule.Optional, AllowsWithin: false),
        new("counter-gathering", "a word for a gathering held against another (counter-protest, counter-rally) and the label its crowd is counted under: such a count is apart from the gathering it answers", LexiconValueRule.Required, AllowsWithin: false),
        new("secondary-shock", "a word for a shock other than the main one (aftershock, foreshock) and the label its figures are measured under: a magnitude given for it is apart from the main quake's", LexiconValueRule.Required, AllowsWithin: false),
        new("counter-gathering-adjective", "an adjective that, right after 'the' or 'a', makes the topic-event word after it (past name words only) a gathering held against another ('the rival march') and the label its crowd is counted under", LexiconValueRule.Required, AllowsWithin: false),
        new("subgroup", "a noun for part of the people counted (children, women) and its label: such a count is part of the whole", LexiconValueRule.Required, AllowsWithin: false),
        new("subgroup-band", "a school level or age band right before a subgroup noun (primary, secondary, kindergarten, teenage, elderly) and its label: it names a part of that subgroup ('15 primary pupils' are a part of the pupils counted, not a rival count of them)", LexiconValueRule.Required, AllowsWithin: false),
        new("workforce-part", "a modifier before a workforce noun naming part of the workforce (white-collar, hourly, factory) and its label: '90 seasonal jobs' is a part of the jobs a plan names, unless joined to another modifier ('seasonal or salaried jobs' are all of them)", LexiconValueRule.Required, AllowsWithin: false),
        new("identifier-measure", "a measure counting identifiers (numbers) whose kind the words right before its noun name: '52,000 Social Security numbers' and '9,400 bank account numbers' are counts of two things", LexiconValueRule.Optional, AllowsWithin: false),
        new("workforce-measure", "a measure of a workforce (workers, employees, jobs) that a workforce-part modifier makes a part of", LexiconValueRule.Optional, AllowsWithin: false),
        new("object-participation-verb", "an outcome verb of taking part whose object right after it is those who took part ('the march involved 4,000 people'); any other outcome verb of taking part right before a count ('gunmen gathered 300 villagers', 'took 40 people') says nothing of what befell the people counted", LexiconValueRule.Optional, AllowsWithin: false),
        new("irregular-outcome-verb", "an outcome verb whose past form does not end in -ed ('hurt'): right before a count it says what befell the people counted, as an -ed verb does, when a new-incident noun stands before it ('the blast hurt 35 workers' counts the injured; 'the downturn hurt 9,000 farmers' does not)", LexiconValueRule.Optional, AllowsWithin: false),
        new("counted-change-noun", "a counted noun (singular) that names a change in what the measure-noun right before it counts: its figure takes that noun's measure ('15,000 job cuts' counts jobs)", LexiconValueRule.Optional, AllowsWithin: false),
        new("clientele-part", "a modifier before a clientele noun naming part of a company's clientele (current, former, prospective, prepaid) and its label: '7.8 million current customers' is a part of the customers a breach touched, unless joined to another modifier ('current and former customers' are all of them); the modifier nearest the noun names the part", LexiconValueRule.Required, AllowsWithin: false),
        new("clientele-measure", "a measure of a company's clientele (customers, subscribers, users, accounts) that a clientele-part modifier makes a part of", LexiconValueRule.Optional, AllowsWithin: false),
        new("not-claim-noun", "a counted noun (singular) whose amounts make no claim (time: \"three times the estimate\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("period-phrase-end", "a word after a declared period's noun that ends its phrase, beside prepositions and clause breaks: the noun modifies no noun after it (and, or, until, will)", LexiconValueRule.Optional, AllowsWithin: false),
        new("declared-period-head", "a noun a declared period may modify after a hyphened length and still name the period (a three-day mourning period)", LexiconValueRule.Optional, AllowsWithin: false),
        new("lasting-verb", "a verb by which a declared period named before it says how long it lasted, the length right after it or after 'for' (the outage lasted 15 hours)", LexiconValueRule.Optional, AllowsWithin: false),
        new("fixed-set-noun", "a counted noun (singular) for the fixed units a whole is divided into (county, seat): the whole named after a part of it ('20 of the 47 counties') is the whole's size, compared only with other such sizes", LexiconValueRule.Optional, AllowsWithin: false),
        new("sized-whole-noun", "a noun for a whole that has a size in fixed-set-noun units (parliament, assembly, council, state): a count hyphened to such a unit right before it ('the 90-seat chamber') is the whole's size; before any other noun ('a 14-seat majority', 'a 6-seat gain') it is a count of its own", LexiconValueRule.Optional, AllowsWithin: false),
        new("kindless-modifier", "a word before a counted noun that tells no kind of it apart (other, more, new, total, further): in a list of counts of one noun ('9 army trucks and four other trucks') a count whose modifiers are only such words names no kind, and they are left out of a kind's words ('six more rental trucks' → rental)", LexiconValueRule.Optional, AllowsWithin: false),
        new("declared-period", "a period a government declares or imposes, or a disruption that lasts (an outage, a strike, a siege), whose length is given after 'of' (days of national mourning), hyphened before it (a 24-hour curfew) or after a lasting-verb (the outage lasted 20 hours); its length is compared as the measure the value names", LexiconValueRule.Required, AllowsWithin: false),
        new("flow-measure", "a measure of people whose count per period is a count of movements, and the measure that makes (refugees → arrivals)", LexiconValueRule.Required, AllowsWithin: false),
        new("held-measure", "a measure a candidate or a party holds (share, seats, votes), and the measure a held figure takes: figures of different holders are different quantities", LexiconValueRule.DefaultsToTerm, AllowsWithin: false),
        new("holder-cue", "a word that ties a held figure to its holder: 'verb' after the holder ('won'), 'giver' before it ('gave'), 'after' between the figure and the holder ('for'), 'noun' after a possessive holder ('victory'), 'same' before a later figure of the same holder ('than'), 'restate' after a held figure and a comma before the same holder's figure in another unit ('or'), 'skip' between a holder's verb and its figure ('just'), 'proxy' a title of someone who speaks for another ('spokeswoman'): a pronoun after their reporting verb is not them, 'rival' right before a name whose figure follows alone in a parenthesis ('beating Markova (37.1%)')", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "verb, giver, after, noun, same, restate, skip, proxy or rival"),
        new("actor-noun", "a common noun for a body that acts (company, government, union): its 'will' before a verb and a figure states a plan ('the company will cut 3,000 jobs'), not a forecast", LexiconValueRule.Optional, AllowsWithin: false),
        new("commitment-verb", "a verb of an act a body commits to (cut, hire, send, build): after an actor and 'will', with the figure its object, it states a plan; so does a form of 'be' and 'to' before it (is to cut)", LexiconValueRule.Optional, AllowsWithin: false),
        new("projection-verb", "a verb of a count moving that, right after 'can', makes the figure a projection ('it can reach 20,000 deaths'), not a count", LexiconValueRule.Optional, AllowsWithin: false),
        new("cumulative-measure", "a measure of people counted over time (deaths): a later count is dated by when it was given", LexiconValueRule.Optional, AllowsWithin: false),
        new("daily-move-measure", "a measure of a market's move over one trading day (a share price's fall or rise): moves on different days are different quantities, compared only with moves of the same day", LexiconValueRule.Optional, AllowsWithin: false),
        new("outbreak-measure", "a cumulative measure of an epidemic (cases, hospitalised), also listed as a cumulative-measure: counted from the outbreak's start, however long before the report, so a 'since <year>' start does not set the count apart from the story's own", LexiconValueRule.Optional, AllowsWithin: false),
        new("progress-measure", "a cumulative measure of what responders have done so far (identified, vaccinated), also listed as a cumulative-measure: a larger figure on a later day continues a smaller one, from another source while it is at most four times the smaller", LexiconValueRule.Optional, AllowsWithin: false),
        new("draining-measure", "a cumulative measure of people whose fate is not yet known (missing), also listed as a cumulative-measure: the count falls as they are found, so a smaller figure on a later day continues a larger one whoever gives it", LexiconValueRule.Optional, AllowsWithin: false),
        new("measure-alias", "a measure that names another measure's quantity a second way (patients → hospitalised, bodies → deaths): figures under the two that agree corroborate each other; figures that differ are not compared", LexiconValueRule.Required, AllowsWithin: false),
        new("part-alias", "a measure-alias that counts a part of its measure's quantity (bodies recovered of the deaths, passengers of those aboard): a figure under it larger than the measure's figures on the other side of a dispute is a dispute; a smaller one is not", LexiconValueRule.Optional, AllowsWithin: false),
        new("prior-state-measure", "a measure of people in a state before what befell them (trapped, missing, displaced): named in a relative clause, a participle or an adjective on the people ('13 miners who had been trapped were killed', 'displaced people arrived'), it gives way to the main clause's verb", LexiconValueRule.Optional, AllowsWithin: false),
        new("update-cue", "a word that gives a figure as an update of an earlier count (rose, now, revised)", LexiconValueRule.Optional, AllowsWithin: false),
        new("updating-participle", "a participle that, right after a comma, opens a clause a count completes as an update of the clause before it ('…, raising the toll to 58'): the count takes that clause's date", LexiconValueRule.Optional, AllowsWithin: false),
        new("figure-verb-lead", "an adverb that makes a figure noun right after it and right before a figure a verb giving the running count ('cases now number 67'): the subject before it names what is counted", LexiconValueRule.Optional, AllowsWithin: false),
        new("update-verb", "a verb that gives a figure as an update of an earlier count only when the figure completes it after 'to' or 'at' (doubled to, swelled to)", LexiconValueRule.Optional, AllowsWithin: false),
        new("facility-noun", "an older name of a venue-noun row valued 'site', still read: a capitalised noun that ends the name of a site rather than a town or area (Stadium, Camp, Bridge), matched as written", LexiconValueRule.Optional, AllowsWithin: false),
        new("outcome-ending", "a predicate of place or state right after a count that ends the outcome an earlier clause named (underground, at large, taken away), and the measure it makes, or none when left empty: the count borrows no outcome from the clause before ('two died and 9 are still underground')", LexiconValueRule.Optional, AllowsWithin: false),
        new("implied-setting", "an outcome measure and the count-setting label it already names (hospitalised: health facilities): a count of it in that setting is the whole", LexiconValueRule.Required, AllowsWithin: false),
        new("past-stay", "an auxiliary after a figure that gives its stay in an implied setting as past (were, been): the count is the whole", LexiconValueRule.Optional, AllowsWithin: false),
        new("existential-verb", "a word right after 'there' that makes it existential ('there is', 'there had been'), so it points back to no place (part-cue value anaphor)", LexiconValueRule.Optional, AllowsWithin: false),
        new("running-cue", "a word or two words after a figure that give it as the count so far (already, so far, to date)", LexiconValueRule.Optional, AllowsWithin: false),
        new("to-date-cue", "a word or two words right before a period that runs to the report (so far this year, to date this year): a count given for it is the total up to the report, dated as published", LexiconValueRule.Optional, AllowsWithin: false),
        new("onset-verb", "a verb that tells when something began (began, beginning, started): a date a few words after it, in a phrase set apart from a figure by 'with', a colon or a semicolon ('31 states, with illnesses beginning between 3 August and 12 September'), dates that beginning, not the figure", LexiconValueRule.Optional, AllowsWithin: false),
        new("side-noun", "a noun for one side of a conflict after a demonym ('On the Vorlandian side, 58 soldiers died'): a toll counted on that side is the country's", LexiconValueRule.Optional, AllowsWithin: false),
        new("border-noun", "a noun for a border after a country's name or demonym, or before \"with\" and the name ('near the Vorland border', 'the border with Vorland'): the country is a neighbour named in passing, not where a toll was counted", LexiconValueRule.Optional, AllowsWithin: false),
        new("area-noun", "a noun for an area of a place before 'of' and the place's name, which the figure's place is ('marched through the streets of Lindenport', 'in the centre of Lindenport')", LexiconValueRule.Optional, AllowsWithin: false),
        new("abroad-word", "a word after a figure that gives it for a country's people or polling stations abroad ('19.6% at polling stations abroad'), a part apart from the country's own", LexiconValueRule.Optional, AllowsWithin: false),
        new("elsewhere-word", "a word after a count that gives it for the places outside the one the report is about ('another 35 were hurt elsewhere along the coast'), a part apart from that place's own", LexiconValueRule.Optional, AllowsWithin: false),
        new("countries-noun", "a plural noun for countries that, after 'in' or 'across' and a number right after a count, gives the count for several countries ('at least 90 cases in five countries'): the count is not the one country the report is about, and is compared as the world's", LexiconValueRule.Optional, AllowsWithin: false),
        new("worldwide-word", "a word in or after a count that gives it for the whole world ('5,100 flights were cancelled worldwide', '8 million devices around the world'; 'world' only after 'the'): the count is the world's, compared apart from any one country's", LexiconValueRule.Optional, AllowsWithin: false),
        new("period-rank", "a word between 'the' and a period in a sentence's opening phrase that names one period of a series ('In the fourth week, …', 'Over the latest month, …'): the sentence's counts are that period's, a flow apart from the running total", LexiconValueRule.Optional, AllowsWithin: false),
        new("shortfall-word", "a comparative right after a number, before its noun, that makes the figure a gap between two counts ('85 fewer shifts than in the first week', '$2 billion less revenue'): never a count of the noun", LexiconValueRule.Optional, AllowsWithin: false),
        new("campaign-clause-word", "a word that may follow a campaign-noun inside the count's clause ('the war has killed', 'the war in the east', 'since the war began'), so the noun is the campaign and not the first word of a compound ('the war memorial')", LexiconValueRule.Optional, AllowsWithin: false),
        new("campaign-noun", "a long campaign ('war') that, after 'the' or a possessive in a count's own clause ('the war has killed 24,000', 'displaced by the war'), makes the count the campaign's whole toll, background to a report of one of its events and never compared with it", LexiconValueRule.Optional, AllowsWithin: false),
        new("remainder-word", "a word right before or right after a count's number that makes it those left of a group ('two remaining climbers', 'the remaining 40 passengers'): a part, not set against the group's count", LexiconValueRule.Optional, AllowsWithin: false),
        new("typical-period-word", "an adjective between 'on a' or 'in a' ('an') and a period that makes the phrase a rate's period, the count one usual period's ('45 patients arrive at the ward on an average day', 'On a typical day, the clinic sees 200 patients')", LexiconValueRule.Optional, AllowsWithin: false),
        new("span-preposition", "a preposition before 'a' and a period that makes the period a span the clause passes, not the period of a rate ('drifted for a week', 'within a day')", LexiconValueRule.Optional, AllowsWithin: false),
        new("elsewhere-measure", "a measure of what befell people (deaths, injuries, missing) whose count an elsewhere-word makes a part for other places", LexiconValueRule.Optional, AllowsWithin: false),
        new("compared-event-cue", "a word or words between a figure and a date after it that make the date that of what the figure is compared with ('four times as many as at the rally two weeks earlier', 'more than on Monday')", LexiconValueRule.Optional, AllowsWithin: false),
        new("figure-link", "a word that, between a compared event's date and a figure after it, parts the figure from the date's phrase ('lower than in 2019, with 8.8%')", LexiconValueRule.Optional, AllowsWithin: false),
        new("relative-clause-opener", "a word that, right after the comma ending a compared event's date, opens a clause whose figure is that event's own ('the march of March 2029, which drew 47,500')", LexiconValueRule.Optional, AllowsWithin: false),
        new("name-description-opener", "a word that, right after the comma after a name, opens a phrase describing what is named, so a date in it is not a figure's before it ('40 died at the memorial for Karim Vesh, the general killed in 2020')", LexiconValueRule.Optional, AllowsWithin: false),
        new("reference-time-cue", "a word that makes the date after it a point of comparison after a superlative, not when a claim holds ('the largest since 1997')", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-clause-opener", "a conjunction that opens a clause whose event takes only a date inside it: '12 were rescued on Monday after the dam burst' does not date the burst; valued 'outcome', only right after an outcome word ('those killed when the plane crashed')", LexiconValueRule.Optional, AllowsWithin: false),
        new("nominal-event", "a word that decides whether a noun event takes a sentence's date: 'noun', an event predicate that is a noun ('crash', 'explosion'); 'governor', a word that puts its phrase inside another ('of', 'over'); 'outcome-governor', one that does so only right after a noun of an outcome or a toll ('death in the crash', not 'died in a crash'); 'determiner', a word that opens its phrase ('the', 'a'). A governed noun event takes only a date of its own phrase ('Friday's crash', 'the crash on Friday'): 'on Monday inspectors blamed a faulty signal for the derailment' does not date the derailment", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "noun, governor, outcome-governor or determiner"),
        new("ellipsis-cue", "a word around a bare number that makes it another source's count of what the figure before counts: 'joiner' right before it (a comma, 'against') or before the place's name that leads it ('followed by'), 'source' right after it ('according', 'for'); or the same count for another place: 'place' right after it, then the place's name ('in'); 'list' right before such a placed first item, or before the place's name that leads it, opens a breakdown by place of the count before (':', '(', 'with'); 'holder' between a joined place's name and a bare number gives that place's figure of the count before ('had', 'reported', 'with', 'accounting for'), as a bare number alone in brackets after the name does", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "joiner, source, place, list or holder"),
        new("age-subject", "a word that makes a bare number in its clause an age ('the youngest of the dead was 14')", LexiconValueRule.Optional, AllowsWithin: false),
        new("severity", "an adverb right after a count, or after its auxiliaries and before an outcome verb, that makes it the part of the injured hurt that badly ('22 of them critically', '13 were seriously injured'), and the part's label", LexiconValueRule.Required, AllowsWithin: false),
        new("severity-link", "a word between a count and how badly its people were hurt: a form of 'be' or 'have', 'remain', 'still', 'also', 'suffered', 'sustained' ('13 were also seriously injured', '19 were still in critical condition', '12 suffered serious injuries')", LexiconValueRule.Optional, AllowsWithin: false),
        new("severity-measure", "a measure whose people can be hurt more or less badly, so that a severity after its count makes a part of it ('injuries'; not 'deaths')", LexiconValueRule.Optional, AllowsWithin: false),
        new("living-condition-excluded", "a measure of people who died, which a count whose people are 'in critical condition' (a severity-condition word before 'condition', after the count's links) cannot be: the count is then the part of the injured in that state ('four died and nine others were in critical condition', '17 victims are still in critical condition')", LexiconValueRule.Optional, AllowsWithin: false),
        new("severity-condition", "an adjective before 'condition' after a count, or before a noun naming the injuries after the count's links, that makes it the part of the injured in that state ('13 of them in critical condition', 'five have light injuries'), and the part's label", LexiconValueRule.Required, AllowsWithin: false),
        new("attack-noun", "a noun for an attack, after which a demonym names the side that attacked, not where people were ('a Russian airstrike')", LexiconValueRule.Optional, AllowsWithin: false),
        new("trading-party-noun", "a noun for a party that trades, a word or two after which a demonym names where that party is from, not where the report's event happened ('Asian and American retailers', 'Chinese importers'); only nouns for a party to trade, since a general noun for a business ('company', 'firm') also names the report's own", LexiconValueRule.Optional, AllowsWithin: false),
        new("institution-source", "a word that names a public institution when a count's source is given by it alone ('police said 28', 'the government said'): comparison reads it as a body apart from a body of another name; not 'officials' or 'rescuers', which any body's staff are, nor a news agency", LexiconValueRule.Optional, AllowsWithin: false),
        new("media-noun", "a noun for one news outlet, a word or two after which a demonym names where the outlet is from, not where the report's event happened ('a British newspaper reported 17 deaths'); not a country's 'media' or 'press' as a whole, which mostly report home events", LexiconValueRule.Optional, AllowsWithin: false),
        new("comparison-word", "a superlative or 'first' that makes a reference cue after it a comparison ('the deadliest since 2004')", LexiconValueRule.Optional, AllowsWithin: false),
        new("named-event-noun", "a noun written before the proper name of an event (Cyclone Orlen, Hurricane Vessa): a figure whose clause names another such event than the one its document reports is that event's, not compared", LexiconValueRule.Optional, AllowsWithin: false),
        new("gap-comparative", "a comparative that, between a figure and 'than', makes the figure the gap between two amounts ('5% less than the board had announced'), not an amount of its own", LexiconValueRule.Optional, AllowsWithin: false),
        new("population-noun", "a noun for a place whose 'of N' figure is its population ('a city of 900,000')", LexiconValueRule.Optional, AllowsWithin: false),
        new("official-figure", "a phrase right before 'of' or 'at' and a figure that gives the figure as the authorities' own count, and who gives it ('the official figure of 70' → authorities), whoever the sentence's speaker is", LexiconValueRule.Required, AllowsWithin: false),
        new("official-adverb", "an adverb at most three words before a figure in its clause that gives the figure as the authorities' own count, and who gives it ('officially left 16 dead' → authorities), when a toll-verb stands between them and no negation before it, unless a source named before the figure, or after it in its clause, gives it", LexiconValueRule.Required, AllowsWithin: false),
        new("toll-verb", "a verb that gives a toll between an official-adverb and its figure ('officially left 16 dead', 'officially put at 16')", LexiconValueRule.Optional, AllowsWithin: false),
        new(HourReadingCue, "a word before a clock time that makes a figure near it a count read at that hour of its day, still running: 'before', a preposition (by, as of) that does so by itself ('48 per cent by 3 pm', 'as of 09:00, 7,400 had left'); 'reading', one (at) that does so only with a 'verb' entry or a reporting verb between the hour and the figure ('At 16:15 the board showed 312 late', not 'at 3 a.m. the flood swept away 12'); 'verb', such a verb (showed, stood); 'joiner', a word that after a comma opens a clause of its own between the hour and the figure (and), so the figure is not read at that hour", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "before, reading, verb or joiner"),
        new("provisional-cue", "a word that gives a figure as provisional, to be replaced by its source's later one (preliminary, provisional)", LexiconValueRule.Optional, AllowsWithin: false),
        new("provisional-result", "a word of a phrase that gives every figure of its sentence as a step of a count still going on, replaced by its source's final one: 'noun', what a count gives (results, returns, tally) after a provisional-cue word or an 'adjective' entry (partial, early) at most three words before it ('partial results gave', 'according to preliminary commission results')", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "noun or adjective"),
        new("earlier-cue", "a word or two that give a figure as an earlier count a later one replaced (initially, previously, 'up from')", LexiconValueRule.Optional, AllowsWithin: false),
        new(NewIncident, "a word that brings in an incident the text has not named: 'determiner' ('a', 'another') a word or two before a 'noun' ('landslide', 'crash'); a sentence opened by an earlier-opening that brings one in gives that incident's figures, not an earlier count ('Earlier, a landslide in Brenmoor had killed 7'); a 'sequence' word ('after', 'earlier') a few words before the determiner or between it and the noun makes, after the lead, a toll in a clause on the incident that incident's ('a month after a boiler explosion that killed two')", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "determiner, noun or sequence"),
        new("stamp-opener", "a word that may open a live report's update stamp before its date ('Update, 21 March, 09:40: …'): the stamp's date is when the entry was posted, not when what it tells happened", LexiconValueRule.Optional, AllowsWithin: false),
        new("earlier-opening", "a sentence's opening words, closed by a comma, that give every figure of the sentence as an earlier count a later one replaced ('Earlier, the coroner had listed 9 victims', 'Before that, …')", LexiconValueRule.Optional, AllowsWithin: false),
        new("physical-measure", "a word, or two, before a physical figure (or right after it) that names the event's quantity it measures (sustained winds → sustained wind, gusts → gust, deep → depth): such a figure is the event's, compared in one unit", LexiconValueRule.Required, AllowsWithin: false),
        new("physical-measure-after", "a word later in a physical figure's clause, past the figure and what it counts, that names the event's quantity it measures when no physical-measure does ('1,350 tonnes of diesel escaped into the lagoon' → amount spilled); the first such word within eight words counts", LexiconValueRule.Required, AllowsWithin: false),
        new("sized-thing", "a noun for a thing of fixed size (volcano, bridge), the label its size is compared under and the dimension a length before it gives ('mountain height'): 'the 2,891-metre volcano' is measure 'height · mountain'", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "label, a space, dimension"),
        new("size-adjective", "an adjective of a dimension that may stand between such a length and the thing, and the dimension it names ('a 3 metre high wall': high → height)", LexiconValueRule.Required, AllowsWithin: false),
        new("physical-measure-unit", "the base unit (of unit-conversion) a physical measure's figures are in, one line per unit it takes (wind → km/h): a figure in a unit of another base is not that measure ('winds battered a 100 km stretch')", LexiconValueRule.Required, AllowsWithin: false),
        new("event-measure", "a measure bound to one event (participants of a march): counts on different stated days are different events", LexiconValueRule.Optional, AllowsWithin: false),
        new("agent-member-noun", "a member of a body ('officers') that acts for it only when an agent noun stands right before it ('police officers')", LexiconValueRule.Optional, AllowsWithin: false),
        new("bare-member-cue", "a word before a member noun that leaves it bare, so that it acts for the body the document named before: a determiner, conjunction or reporting verb ('the officers', 'said officers')", LexiconValueRule.Optional, AllowsWithin: false),
        new("capacity-word", "a verb of holding ('carry': verb) or a word before it that makes a count the most a vessel or hall may hold ('licensed': cue)", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "verb or cue"),
        new("damage-state", "a word for what befell the things counted, and the part it makes of the count (damaged → damaged; razed → lost, which makes none): 'homes destroyed' and 'homes damaged' are different quantities", LexiconValueRule.Required, AllowsWithin: false),
        new("damaged-measure", "a measure of things whose count a damage-state word tells apart (homes, buildings)", LexiconValueRule.Optional, AllowsWithin: false),
        new("hearer-verb", "a reporting verb whose object is who hears the report, not what it is about ('told Reuters')", LexiconValueRule.Optional, AllowsWithin: false),
        new("hearer-determiner", "a determiner that, right before a lower-case '-ed' word after a telling verb, makes that word an adjective of the hearer, not the reported event's verb ('told a crowded briefing on Monday')", LexiconValueRule.Optional, AllowsWithin: false),
        new("public-body", "a head noun of a public body of a country (ministry, agency, department): a count whose subject would be such a body is about its country", LexiconValueRule.Optional, AllowsWithin: false),
        new("topic-event-body", "a noun right after a topic-event word that makes the two name a body, not the event ('refugee agency')", LexiconValueRule.Optional, AllowsWithin: false),
        new("topic-event", "a kind of event a headline or lead names, and what the people counted in such a report are (march → participants)", LexiconValueRule.Required, AllowsWithin: false),
        new("statistic", "a word for a statistic that names what an amount measures (median, average)", LexiconValueRule.Optional, AllowsWithin: false),
        new("part-cue", "a word that marks a figure as a part of a larger one: before the place ('of them', 'among them': value 'before') or after it ('alone': value 'after'); in a sentence with no figure, 'scope' restricts the sentence before's figures to a place ('only') that the sentence calls 'figures'; 'whole' marks the whole country's figure ('nationwide', 'across the country'); 'rest' after a place and 'and' joins it to the rest of its country, so the figure is the whole's ('in Lindenport and across the regions'), when it ends the clause or a preposition follows; 'opening' opens a sentence naming a set its figure is a part of ('Of the dead, 12 were children'); 'unnumbered' opens an aside on a part given no figure, whose place is not the figure's ('930 treated, most of them in Lindenport'); 'sentence-before' opens a sentence whose figures are parts of the figure of the sentence before ('Of these, 600 were sent home', 'That figure includes 900 from Ostra'); 'anaphor' after a figure points back to the place the sentence named before it, unless an existential-verb follows it ('a dam burst above Tarvo and 140 homes were flooded there')", LexiconValueRule.Required, AllowsWithin: false),
        new("claim-place-noun", "a noun for a kind of place (city, province, capital) that a claim's place is reached past ('in the port city of X') or that a name before it qualifies ('a Vorland town')", LexiconValueRule.Optional, AllowsWithin: false),
        new("clause-break", "a word or mark that ends a clause for the scope of a cue (while, but, ;)", LexiconValueRule.Optional, AllowsWithin: false),
        new("subordinate-clause", "a word that, after a comma, opens a clause of its own that the main clause's modal verb and negation do not reach (', when 320 people died')", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-month", "a month name or abbreviation and its number", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a month number from 1 to 12"),
        new(TimeWeekday, "a weekday name and its ISO day number", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "an ISO day number from 1 (Monday) to 7 (Sunday)"),
        new("time-unit", "a unit of time, singular or plural", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "second, minute, hour, day, week, fortnight, month, quarter, year, decade or century"),
        new("time-amount", "a word that counts a vague number of units of time (\"several years\")", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "X (unknown) or a whole number from 1 to 99"),
        new("time-ordinal", "an ordinal that names a quarter or a half", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number from 1 to 4"),
        new("time-day-ordinal", "an ordinal word that counts the days of an event (\"today is the fifth day of the strike\"); a digit ordinal (\"the 12th day\") or a hyphenated word ending in one (\"the twenty-first day\") counts too; its value is the number, the day of the month after a month's name (\"March eighth\")", LexiconValueRule.Required, AllowsWithin: false),
        new("time-week-of-month", "an ordinal that places a week inside a month (\"the first week of April\", \"the final week of June\")", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a number from 1 to 4, or -1 for the last"),
        new("time-period-modifier", "a word before a quarter or period and what it says about it", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "fiscal, plain, current, latest, final or year-back"),
        new("time-relative", "a word that places a period before, at or after the reference date", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "-1, 0 or 1"),
        new("time-relative-day", "a day named relative to the reference date", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "an offset in days from -9 to 9, then optionally TMO, TAF, TEV or TNI"),
        new("time-part", "a part of a month or year", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "early, mid or late"),
        new("time-season", "a season and its TimeML code", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "SP, SU, FA or WI"),
        new("time-day-part", "a part of the day and its TimeML suffix", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "TMO, TAF, TEV or TNI"),
        new("time-clock", "a word for a time of day and its hour", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "an hour from 0 to 24"),
        new("time-zone", "a time zone written after a clock time", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-set", "a word for a recurring time and its TimeML period", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a TimeML period such as P1D or PT1H"),
        new("time-set-after-participle", "a word for a recurring time only right after a past participle (\"are audited annually\"), and its TimeML period", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a TimeML period such as P1D or PT1H"),
        new("time-decade", "a decade written as a word and the tens digit of its year", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "a digit from 0 to 9"),
        new("time-reference", "a word or phrase for the past, present or future without a date", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "PAST_REF, PRESENT_REF or FUTURE_REF"),
        new("time-modifier", "a word or phrase before a time expression that joins it", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "count, around, part, edge, after or single"),
        new("time-false-friend", "a phrase that looks like a time expression but is not one", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-cue-idiom", "a phrase whose first word is a time-cue elsewhere but no cue in it (\"next to the pier\", \"next door\", \"next in line\": a place or a rank, not a future)", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-increment", "a word between a count and its unit of time that leaves the count as it is: a length added to an earlier one (\"two more weeks\", \"an additional year\") or units in a row (\"three straight weeks\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-day-kind", "a word between a count and \"days\" that says which days are counted (\"eight trading days\", \"five business days\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-weekday-part", "a part of the day that a weekday right before it keeps in its value (\"Thursday evening\" is that evening, not the day)", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-bare-day-part", "a part of the day that names a time alone, with no article or day (\"overnight\"), and its TimeML suffix", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "TMO, TAF, TEV or TNI"),
        new("time-day-part-preposition", "a preposition before \"the\" and a part of the day that makes it a time on the day in focus (\"in the afternoon\", \"by the evening\"; valued 'bare': also before the part alone, \"by evening\"; valued 'night': also before \"the night\", \"through the night\")", LexiconValueRule.Optional, AllowsWithin: false, ValueFormat: "empty, bare or night"),
        new("time-stretch-preposition", "a preposition of extent before \"the\" and a plural unit of days or longer that makes it an unstated stretch of such units (\"over the years\" is PXY)", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-stretch-anchor", "a word right after \"the\" and a plural unit that ties the units to an event or a noun, so they are no unstated stretch (\"in the weeks before the vote\", \"the months of talks\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-habit", "a word or phrase that tells a habit (\"usually\", \"used to\", \"each day\"): a bare month or clock time after it in its clause is generic (\"always opens in April\" is XXXX-04)", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-suddenly-cue", "a word before a bare part of the day that makes it mean \"suddenly\" (\"almost overnight\"): the part of the day is then no time expression", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-modified-noun", "a noun that a season or holiday right before it only qualifies (\"the summer window\", \"the spring break\", \"a Christmas break\"): the season or holiday is then no time expression", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-institution-noun", "a noun of an institution or a place that a bare month right before it helps name when capitalised (\"the Sixth May Academy\", \"the August Square\"): the month is then no time expression; a season before it keeps its time (\"the spring college term\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-marcher-possessor", "a group of people whose possessive before a capitalised bare month names a march (\"the Women's March\", \"the Teachers' March\"): the month is then no time expression; other possessives keep it (\"the bank's March survey\")", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-aftermath", "a noun for what a disaster leaves behind (\"wreck\", \"rubble\"): a day in a sentence that names one goes on from a far day named before it even in the weeks before the reference date", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-edition-noun", "a noun for an event that recurs and is named by its year (\"the 2017 festival\", \"the 2019 season\"): a month without a year after \"the YEAR noun\" is that edition's", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-day-start-preposition", "a preposition after which \"midnight\" on a day named after it is the start of that day (T00:00): \"shortly after midnight on Monday\", \"since midnight on Monday\"", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-naming-verb", "a verb that names a day right after it as what a unit phrase then says (\"declared Friday a day of remembrance\"): that unit measures nothing", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-subject-pronoun", "a subject pronoun: a number before 1900 right before it, after \"in\" or \"since\", is a year (\"In 1888 he opened a shop\"), not a count", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-day-preposition", "a preposition that puts a day after it (\"on that Sunday\", \"until that Friday\"): \"that\" between it and a weekday points back to the weekday named before", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-year-clause", "a word that opens a clause told of the whole year right before it (\"since 2011, when the first snow fell on Jan. 19\"): a month or day without a year in that clause is that year's", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-year-qualifier", "a festival or season the holiday list gives no day (\"Ramadan\", \"Diwali\"): no time of its own, but a year right after it still dates that year (\"during Ramadan 2024\"), where a year after another word in title case ends a name", LexiconValueRule.Optional, AllowsWithin: false),
        new("time-holiday", "a holiday and the day it falls on", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "MM-DD, MM-Ddd-N (N from 1 to 5 or L), either with +D or -D days, or E+D for days from Easter"),
        new("time-cue", "a word that points a bare weekday or month forward or back, a verb that takes a length, a word that makes a rate word after it one period's measure, a word after which a bare plural unit before \"of\" is a length, a verb that sets a deadline, a verb acting on a settled result, a word that puts a possessive weekday's event ahead, an auxiliary in the past before a schedule verb, or a word opening or joining the two ends of a range of dates, or a word joining two dates as a pair, or a future told from the time of the report, or a verb in the present that tells a timetable, or a verb that puts its subject after what it names, or a verb of asking or ordering whose present passive before \"to\" points the verb after it forward, or a verb spelled alike in the past and the present that is in the past right after a name", LexiconValueRule.Required, AllowsWithin: false, ValueFormat: "past, not-past, future, plan, forward, stop, article, adverb, length, adjacent, adjective, one-period, length-of, deadline, relative, settled, event-ahead, past-auxiliary, range-end, range-start, pair, present-future, timetable, succession, request, past-after-name or preposition, separated by commas"),
    ];

    /// <summary>The classes an <see cref="AttributionWord"/> entry may name (its value lists one or more, separated by spaces).</summary>
    internal static FrozenSet<string> AttributionWordClasses { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "title", "title-modifier", "body", "document", "group", "skip", "stop", "phrase-end", "determiner", "partitive", "pronoun-person",
        "pronoun-first", "pronoun-other", "auxiliary", "preposition", "joiner", "relative", "predicative", "pre-adjective", "figure-verb",
        "by-participle", "cite", "briefing", "conjunction", "contrast", "approximation", "alternative", "affiliation", "author", "anaphoric-body", "independent", "state", "dismissal");

    /// <summary>Every kind, by name.</summary>
    public static FrozenDictionary<string, LexiconKindInfo> All { get; } = Table.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The form a term of <paramref name="kindName"/> must take when <paramref name="term"/> does not take it; null when the
    /// term is valid (only restricted kinds reject any).</summary>
    internal static string? TermFormat(string kindName, string term) => kindName switch
    {
        CurrencyLetter when !(term.Length == 1 && char.IsAsciiLetterUpper(term[0])) => "a single capital letter",
        _ => null,
    };

    /// <summary>Whether <paramref name="value"/> is valid for <paramref name="kind"/> (only restricted kinds reject anything).</summary>
    internal static bool IsValidValue(LexiconKindInfo kind, string value) => kind.Name switch
    {
        Currency => value.Length == 3 && value.All(char.IsAsciiLetterUpper),
        NumberWord or ScaleWord or ScaleAbbreviation or JoinedScaleAbbreviation or ScaleLetter or VagueNumber or VagueMultiplier or FractionWord => IsPlainNumber(value),
        CurrencyPrefix or CurrencyLetter => value.Length == 3 && value.All(char.IsAsciiLetterUpper),
        UnitPower => value is "2" or "3",
        ScaledUnit or SmallFigureScaledUnit or UnitConversion => value.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && space < value.Length - 1 && IsPlainNumber(value[..space]),
        Qualifier => value is "approximately" or "at-least" or "more-than" or "at-most" or "less-than" or "up-to" or "exact",
        QualifierAfter => value is "approximately" or "at-least" or "more-than" or "at-most" or "less-than" or "up-to",
        ChangeBefore or ChangeAfter => value is "up" or "down" or "none",
        ChangeAfterPercent => value is "up" or "down",
        PastComparisonWord => value is "" or "path" or "baseline",
        IncrementWord => value is "" or "also-after" or "only-after",
        "time-day-part-preposition" => value is "" or "bare" or "night",
        ZeroCount => value is "determiner" or "partitive" or "pronoun" or "any-determiner" or "any-pronoun",
        NewIncident => value is "determiner" or "noun" or "sequence",
        HourReadingCue => value is "before" or "reading" or "verb" or "joiner",
        AgeWord => value is "before" or "after" or "unit" or "bounded" or "person" or "subject" or "death" or "milestone" or "appositive",
        MoneyCue => value is "before" or "after" or "both",
        MagnitudeReadingCue => value is "verb" or "joiner" or "article",
        Month => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12,
        ReportingVerb => value is "" or "asserted" or "estimated" or "expected" or "denied" or "non-committal",
        ClaimTypeCue => value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } classes && classes.All(Classification.ClaimTypeCues.CueClassNames.Contains),
        IntentionCue => value is "" or "after-be",
        IntentionContext => value is "determiner" or "noun-marker" or "past-marker" or "be" or "not-verb",
        CountedMovement => value is "hedge" or "perfect" or "verb",
        ForecastComparison => value is "compare" or "forecast" or "future",
        DecisionReason => value is "verb" or "object-verb" or "reason" or "modal" or "time" or "determiner" or "be" or "figure" or "frame" or "rule",
        SlashDenominatorUnit => value is "distance" or "volume",
        NounPhraseStop => value is "" or "attributive" or "noun",
        RuleEnactment => value is "verb" or "statement" or "clause",
        EvaluativeAct => value is "verb" or "appeal" or "plea" or "emotion" or "emotion-object" or "agent" or "determiner" or "modifier" or "sentence" or "be"
            or "hope" or "subject" or "hope-noun",
        ExperienceVerb => value is "verb" or "witness" or "report",
        CounterfactualPerfect => value is "modal" or "adverb" or "have" or "participle" or "future",
        WithheldDetail => value is "refusal" or "detail",
        ResultsLine => value is "furniture",
        CountedIncident => value is "verb" or "measure" or "whole",
        RulePurpose => value is "noun" or "purpose" or "participle" or "be" or "between",
        CauseAttribution => value is "verb" or "particle" or "not-object",
        GeneralMechanism => value is "verb" or "connective" or "blocker",
        StatedObligation => value is "modal" or "second-person",
        AttributionWord => value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(AttributionWordClasses.Contains),
        "time-month" => IsWhole(value, 1, 12),
        TimeWeekday => IsWhole(value, 1, 7),
        "time-unit" => value is "second" or "minute" or "hour" or "day" or "week" or "fortnight" or "month" or "quarter" or "year" or "decade" or "century",
        "time-amount" => value == "X" || IsWhole(value, 1, 99),
        "time-ordinal" => IsWhole(value, 1, 4),
        "time-week-of-month" => value == "-1" || IsWhole(value, 1, 4),
        "time-period-modifier" => value is "fiscal" or "plain" or "current" or "latest" or "final" or "year-back",
        "time-relative" => value is "-1" or "0" or "1",
        "time-relative-day" => value.Length > 3 && value[^3] == 'T' ? IsWhole(value[..^3], -9, 9) && value[^3..] is "TMO" or "TAF" or "TEV" or "TNI" : IsWhole(value, -9, 9),
        "time-part" => value is "early" or "mid" or "late",
        "time-season" => value is "SP" or "SU" or "FA" or "WI",
        "time-day-part" => value is "TMO" or "TAF" or "TEV" or "TNI",
        "time-clock" => IsWhole(value, 0, 24),
        "time-set" or "time-set-after-participle" => value.Length >= 3 && value[0] == 'P' && value.AsSpan(1).ContainsAnyInRange('0', '9'),
        "time-decade" => IsWhole(value, 0, 9),
        "time-reference" => value is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF",
        "time-modifier" => value is "count" or "around" or "part" or "edge" or "after" or "single",
        "time-holiday" => IsHolidayRule(value),
        "ellipsis-cue" => value is "joiner" or "source" or "place" or "list" or "holder",
        "holder-cue" => value is "verb" or "giver" or "after" or "noun" or "same" or "restate" or "skip" or "proxy" or "rival",
        "sized-thing" => value.LastIndexOf(' ') is > 0 and var space && space < value.Length - 1,
        "time-cue" => value.Split(',').All(c => c.Trim() is "past" or "not-past" or "future" or "plan" or "forward" or "stop" or "article" or "adverb" or "length" or "adjacent" or "adjective" or "one-period" or "length-of" or "deadline" or "relative" or "settled" or "event-ahead" or "past-auxiliary" or "range-end" or "range-start" or "pair" or "present-future" or "timetable" or "succession" or "request" or "past-after-name" or "preposition"),
        _ => true,
    };

    private static bool IsPlainNumber(string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number);

    // MM-DD, MM-Ddd-N or MM-Ddd-L with an optional +D or -D, or E+D / E-D (days from Easter Sunday).
    private static bool IsHolidayRule(string value)
    {
        if (value.StartsWith('E'))
        {
            return value.Length > 2 && value[1] is '+' or '-' && IsWhole(value[1..], -60, 60);
        }

        var shift = value.Length > 8 ? value.IndexOfAny(['+', '-'], 8) : -1;
        var parts = (shift > 0 ? value[..shift] : value).Split('-');
        var days = shift < 0 || IsWhole(value[shift..], -31, 31);
        return parts switch
        {
            [var month, var day] => shift < 0 && IsWhole(month, 1, 12) && IsWhole(day, 1, 31),
            [var month, var weekday, var nth] => days && IsWhole(month, 1, 12) && weekday is "Mon" or "Tue" or "Wed" or "Thu" or "Fri" or "Sat" or "Sun"
                && (nth == "L" || IsWhole(nth, 1, 5)),
            _ => false,
        };
    }

    private static bool IsWhole(string value, int min, int max) =>
        int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number >= min && number <= max;
}
