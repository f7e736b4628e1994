using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>Physical units: symbols and names ("2 metres", "50 kg", "660 square meters", "20 (kg)"), hyphenated adjectives ("a 3-inch
/// pipe"), quote marks before a size adjective (10" long), degrees with their scale ("45 degrees", "-5 °F", "100° Celsius"), powers
/// ("km2", "sq km") and rates built from parts ("km/h", "188 miles an hour", "50 km/ms"). Common words that are also symbols ("in",
/// "a") are never units on their own; "in" is an inch only right after a figure in feet ("12 ft 2 in").</summary>
internal sealed class PhysicalUnitRule : UnitRule
{
    private const string Brackets = "([{<";
    private const string QuoteMarks = "\"”'′″";
    private const string Degree = "°";

    /// <summary>The marks that stand for inches joined to a figure: a straight double quote and a double prime.</summary>
    private const string InchMarks = "\"″";

    private const string DoublePrime = "″";

    private const string StraightDoubleQuote = "\"";

    private const string OpeningDoubleQuote = "“";

    private const string ClosingDoubleQuote = "”";

    /// <summary>The characters a chemical formula is written in ("CO2").</summary>
    private static readonly System.Buffers.SearchValues<char> FormulaCharacters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>The figure below which a small-figure scaled unit ("mt") carries its multiplier.</summary>
    private const double SmallFigureLimit = 1000;
    private const string Inch = "in";

    private const string Foot = "ft";

    /// <summary>The cent sign, which a lower-case "c" before a rate stands for ("45c a kilo").</summary>
    private const string CentSign = "¢";

    /// <summary>A lower-case "c" joined to a figure: cents before a rate.</summary>
    private const string CentLetter = "c";

    /// <summary>Megabits in the unit symbols, millibars in a sentence about air pressure or a storm.</summary>
    private const string MillibarLetters = "mb";

    /// <summary>The unit symbol of millibars.</summary>
    private const string Millibar = "mbar";

    /// <inheritdoc/>
    public override IEnumerable<string> StartWords(QuantityVocabulary words) =>
        words.UnitSymbols.FirstTokensWhere(IsPhysical)
            .Concat(words.UnitNames.FirstTokensWhere(IsPhysical))
            .Concat(words.UnitPowers.FirstTokensWhere(_ => true))
            .Concat(Brackets.Select(c => c.ToString()))
            .Concat(QuoteMarks.Select(c => c.ToString()))
            .Append("-").Append(Inch).Append(CentLetter);

    /// <inheritdoc/>
    public override bool TryRead(in QuantityScan s, ref QuantityDraft draft)
    {
        var index = draft.End;
        var closing = ClosingBracket(s, index);
        if (closing)
        {
            index++;
        }

        if (s.IsCompoundHyphen(index))
        {
            return TryHyphenated(s, ref draft, index + 1); // "3-inch", "776-foot", "10-gallon", "a 12 - mile road"
        }

        if (s.IsChar(index, QuoteMarks) && s.Words.DimensionAdjectives.Contains(s.Word(index + 1)))
        {
            draft.Unit = Unit.Physical(s.IsChar(index, "'′") ? Foot : Inch); // 10" long, 6' tall
            draft.End = index + 1;
            return true;
        }

        if (IsInchMark(s, draft, index))
        {
            draft.Unit = Unit.Physical(Inch); // 3.24" of rain, 40" in 24 hours
            draft.End = index + 1;
            return true;
        }

        if (!TryUnitAt(s, draft, index, out var name, out var unitEnd))
        {
            return false;
        }

        if (s.Words.ScaledUnits.TryGet(name, out var scaled))
        {
            draft.ScaleAfter *= scaled.Scale; // "0.3 Bcf": 300 million cubic feet
            name = scaled.Measure;
        }
        else if (s.Words.SmallFigureScaledUnits.TryGet(name, out var small))
        {
            // "82.9 mt of wheat" is million tonnes (no crop or port is weighed in a few tonnes); "265,597 mt of copper", the small
            // figure of a sentence that weighs thousands in the same symbol ("fell by 300 mt to 5,500 mt") and a yield ("3.1 mt/ha")
            // are tonnes
            var scales = draft.First.Scale == 1 && draft.First.Value < SmallFigureLimit && !IsSymbolAfterThousands(s, index);
            name = small.Measure;
            var measure = name;
            var perMeasure = ReadRate(s, unitEnd, ref measure) > unitEnd && !s.Words.RateUnits.Contains(s.Word(unitEnd + 1));
            draft.ScaleAfter *= scales && !perMeasure ? small.Scale : 1;
        }

        if (name == Degree)
        {
            if (IsAcademicDegree(s, unitEnd))
            {
                return false; // "two degrees in law"
            }

            unitEnd = ReadTemperatureScale(s, unitEnd, ref name);
            unitEnd = name == Degree ? unitEnd : ReadRate(s, unitEnd, ref name); // "0.13 °C per decade"
        }
        else
        {
            var rateEnd = ReadRate(s, unitEnd, ref name);
            rateEnd = rateEnd == unitEnd ? ReadRateAfterOfPhrase(s, unitEnd, ref name) : ReadTimeAfterRate(s, unitEnd, rateEnd, ref name);
            name = rateEnd == unitEnd ? ReadRateAcrossConversion(s, unitEnd, name) : name;
            unitEnd = rateEnd;
        }

        draft.Unit = Unit.Physical(name);
        draft.End = closing ? unitEnd + 1 : unitEnd;
        return true;
    }

    /// <summary>A double prime or a straight double quote joined to the figure with no word joined after it, where no quotation before it
    /// in the sentence is left open: inches (3.24" of rain, 40" in 24 hours, 2.73"). A straight quote after an odd number of straight
    /// quotes, or after an opening curly quote not yet closed, ends a quotation ("we sold 300" is not 300 inches); a straight quote
    /// joined to a figure earlier is an inch mark, not a quote ("6.5" of rain, and 2" fell").</summary>
    private static bool IsInchMark(in QuantityScan s, in QuantityDraft draft, int index)
    {
        if (!draft.IsDigits || draft.Currency is not null || !s.IsJoined(index) || !s.IsChar(index, InchMarks)
            || (s.IsJoined(index + 1) && s.IsWord(index + 1)))
        {
            return false;
        }

        if (s.IsChar(index, DoublePrime))
        {
            return true;
        }

        var open = false;
        for (var i = 0; i < index; i++)
        {
            var quote = s.IsChar(i, StraightDoubleQuote) && !(s.IsJoined(i) && s.IsKind(i - 1, TokenKind.Number));
            open = quote ? !open : open || s.IsChar(i, OpeningDoubleQuote);
            open = open && !s.IsChar(i, ClosingDoubleQuote);
        }

        return !open;
    }

    /// <summary>"1.8m tall", "48m": a multiplier letter joined to the number that is also a unit symbol ("m") is the unit unless money,
    /// a unit ("3,450m litres"), a counted noun, even after a modifier or two ("5m people", "7.8m current customers"; not a race run over the distance, "the
    /// 400m hurdles"), or "of" follows
    /// ("5m of them"; but "2m of snow", a layer whose depth is measured, is metres, unless a plural noun follows the layer word: "2m of water bottles"). After digits grouped in thousands the "m"
    /// is millions too ("1,450m fresh coins", "3,600m of new debt", as UK outlets write them), unless a word of height or length says it
    /// is metres: after "of" ("2,150m of climbing"), before "of" and the figure ("an altitude of 2,400m"), right after it ("the 1,500m
    /// final", "the 3,000m steeplechase"), or a size adjective after it ("1,250m deep").</summary>
    public static void ReadJoinedSymbol(in QuantityScan s, ref QuantityDraft draft)
    {
        var letter = draft.NumberIndex + 1;
        if (!draft.IsDigits || draft.Currency is not null || draft.High is not null || draft.Next != letter + 1 || !s.IsJoined(letter)
            || !s.Words.ScaleLetters.TryGet(s.Word(letter), out var scale) || scale != draft.First.Scale
            || !s.Words.UnitSymbols.TryGet(s.Word(letter), out var unit) || !IsPhysical(unit))
        {
            return;
        }

        var next = draft.Next;
        if (s.IsWord(next) && s.Words.IsUnitWord(s.Word(next)))
        {
            return;
        }

        var millions = s.Word(draft.NumberIndex).Contains(',')
            ? !IsLengthContext(s, draft.Before, next)
            : (s.IsWord(next) && ((s.Is(next, "of") && (!s.Words.LengthContextWords.Contains(s.Word(next + 1)) || (s.IsWord(next + 2) && s.Words.LooksPluralAnyCase(s.Word(next + 2))))) || (s.Words.LooksPluralAnyCase(s.Word(next)) && !s.Words.LengthContextWords.Contains(s.Word(next)))
                || IsModifiedPluralAfter(s, next))) || IsLevelBesidePercent(s, draft.Before, next);
        if (millions)
        {
            return;
        }

        draft.Value /= scale;
        draft.Next = letter;
    }

    /// <summary>How many modifiers (lower-case words or acronyms) may stand between a joined "m" and the plural noun that makes it
    /// millions ("7.8m current customers", "12m diesel cars", "4.5m UK households").</summary>
    private const int ModifiersBeforePlural = 2;

    /// <summary>The longest acronym read as a modifier of the counted noun ("UK", "EU", "IBAN").</summary>
    private const int MaxModifierAcronymLength = 5;

    // "Orvik bus trips slid 3% to 41.2m.", "sales climbed 12 per cent, reaching 7.9m in May": a joined "m" that ends its noun phrase
    // (punctuation or a function word after it) right after a change by a percentage and a word that makes it the level changed
    // (changed-level-cue: to, reaching, at, from) is that level of a count, millions; a word of height or length after it keeps
    // metres. A percentage elsewhere in the sentence says nothing of the "m" ("a 15% rise in rain, and the lake crested at 3.1m").
    private static bool IsLevelBesidePercent(in QuantityScan s, int before, int next) =>
        (!s.IsWord(next) || s.Words.NounPhraseStops.Contains(s.Word(next)))
        && !IsLengthContext(s, before, next) && s.IsWord(before - 1) && s.Words.ChangedLevelCues.Contains(s.Word(before - 1))
        && EndsPercentAfterNumber(s, s.IsChar(before - 2, ",") ? before - 2 : before - 1);

    /// <summary>The most tokens a percentage unit spans ("per cent", "percentage points").</summary>
    private const int MaxPercentUnitTokens = 2;

    // Whether a percentage after a number ends right before token `end` ("3%", "12 per cent").
    private static bool EndsPercentAfterNumber(in QuantityScan s, int end)
    {
        for (var i = Math.Max(1, end - MaxPercentUnitTokens); i < end; i++)
        {
            if (s.IsKind(i - 1, TokenKind.Number) && PercentRule.TryReadPercentUnit(s, i, out _, out var unitEnd) && unitEnd == end)
            {
                return true;
            }
        }

        return false;
    }

    // "7.8m current customers", "12m diesel cars", "4.5m UK households", "1.4m IBAN numbers", "1.7m paid new members": one or two
    // lower-case words that are neither units, size adjectives nor noun-phrase stops other than attributive participles ("paid",
    // "reported"), or short acronyms, then a plural noun, make the "m" millions, as a plural right after it does; "a 12m high wall",
    // "the 50m freestyle final" and "a 10m jump in 2019" keep metres. An acronym before a singular ("the 400m IAAF record") keeps
    // metres too.
    private static bool IsModifiedPluralAfter(in QuantityScan s, int next)
    {
        for (var index = next; index < next + ModifiersBeforePlural; index++)
        {
            if (!(IsPlainLowerWord(s, index) || IsModifierAcronym(s, index) || IsAttributiveParticiple(s, index))
                || s.Words.DimensionAdjectives.Contains(s.Word(index)))
            {
                return false;
            }

            if (IsPlainLowerWord(s, index + 1) && NounPhrase.LooksPluralNoun(s, s.Word(index + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "paid", "reported": a lower-case attributive participle standing apart, which qualifies a plural noun after it.
    private static bool IsAttributiveParticiple(in QuantityScan s, int index) =>
        s.IsWord(index) && !s.IsJoined(index) && !s.IsCapitalised(index) && s.Words.AttributiveStops.Contains(s.Word(index));

    // A word of two to five capital letters standing apart ("UK", "IBAN"), not a unit symbol.
    private static bool IsModifierAcronym(in QuantityScan s, int index) =>
        s.IsWord(index) && !s.IsJoined(index) && s.Word(index) is { Length: >= 2 and <= MaxModifierAcronymLength } word
        && !word.ContainsAnyExceptInRange('A', 'Z') && !s.Words.IsUnitWord(word);

    // A lower-case word standing apart that is neither a unit nor a noun-phrase stop.
    private static bool IsPlainLowerWord(in QuantityScan s, int index) =>
        s.IsWord(index) && !s.IsJoined(index) && !s.IsCapitalised(index) && !s.Words.IsUnitWord(s.Word(index))
        && !s.Words.NounPhraseStops.Contains(s.Word(index));

    // "2,150m of climbing", "an altitude of 2,400m", "the 1,500m final", "1,250m deep": a word of height or length after "of" after
    // the figure, right after it when it ends the noun phrase ("the 1,500m final in Vessa", "the 3,000m steeplechase champion", not
    // "1,200m final instalment" or "2,300m race budget", millions), or before "of" before it, or a size adjective after it.
    private static bool IsLengthContext(in QuantityScan s, int before, int next) =>
        (s.Is(next, "of") && s.Words.LengthContextWords.Contains(s.Word(next + 1)))
        || (s.Words.LengthContextWords.Contains(s.Word(next))
            && (!IsPlainLowerWord(s, next + 1) || s.Words.LengthContextWords.Contains(s.Word(next + 1))))
        || (s.Is(before - 1, "of") && s.Words.LengthContextWords.Contains(s.Word(before - 2)))
        || s.Words.DimensionAdjectives.Contains(s.Word(next));

    private static bool IsPhysical(Unit unit) => unit.Kind == UnitKind.Physical;

    // "20 (kg)": a symbol in brackets right after the number.
    private static bool ClosingBracket(in QuantityScan s, int index)
    {
        var open = Brackets.IndexOf(s.Word(index) is { Length: 1 } word ? word[0] : '\0', StringComparison.Ordinal);
        return open >= 0 && s.Word(index + 2) is { Length: 1 } close && close[0] == ")]}>"[open]
            && s.Words.UnitSymbols.TryGet(s.Word(index + 1), out var unit) && IsPhysical(unit);
    }

    private static bool TryHyphenated(in QuantityScan s, ref QuantityDraft draft, int index)
    {
        var word = s.Word(index);
        var hyphen = word.IndexOf('-');
        var head = hyphen > 0 ? word[..hyphen] : word;
        if (IsPhysicalName(s, head, out var unit))
        {
            draft.Unit = unit;
            draft.End = index + 1;
            return true;
        }

        // "7,200-square-foot", "a 3-square-mile area": the power, then the unit it squares or cubes.
        var after = hyphen > 0 ? word[(hyphen + 1)..] : [];
        var next = after.IndexOf('-');
        if (s.Words.UnitPowers.TryGet(head, out var power) && IsPhysicalName(s, next > 0 ? after[..next] : after, out unit))
        {
            draft.Unit = Unit.Physical(unit.Name.TrimEnd('²', '³') + power);
            draft.End = index + 1;
            return true;
        }

        return false;
    }

    /// <summary>Whether a word is the name or the symbol of a physical unit ("metres", "cm", "kg").</summary>
    internal static bool IsPhysicalName(in QuantityScan s, ReadOnlySpan<char> word, out Unit unit)
    {
        unit = Unit.None;
        return !word.IsEmpty
            && ((s.Words.UnitNames.TryGet(word, out unit) && IsPhysical(unit)) || (s.Words.UnitSymbols.TryGet(word, out unit) && IsPhysical(unit)));
    }

    // The unit word (with "square"/"cubic" before it, or "2"/"3" joined after it): a name of several words, a symbol, "in" after
    // feet, or a one-word name. "pounds" is not a unit when the amount is money ("50 million pounds", "2,000 pounds sterling",
    // "fined 100 pounds").
    private static bool TryUnitAt(in QuantityScan s, in QuantityDraft draft, int index, out string name, out int unitEnd)
    {
        name = string.Empty;
        var power = '\0';
        var unitIndex = index;
        if (s.Words.UnitPowers.TryGet(s.Word(index), out var prefixPower) && index + 1 < s.Count)
        {
            power = prefixPower;
            unitIndex = s.IsChar(index + 1, ".") && index + 2 < s.Count ? index + 2 : index + 1;
        }

        unitEnd = unitIndex + 1;
        if (s.IsChar(unitIndex, Degree) || (!s.IsWord(unitIndex) && s.Words.UnitSymbols.TryGet(s.Word(unitIndex), out var sign) && sign.Name == Degree))
        {
            name = Degree;
            return true;
        }

        if (!s.IsWord(unitIndex) || !TryUnitWord(s, draft, unitIndex, ref name, ref unitEnd))
        {
            return false;
        }

        if (name == Degree)
        {
            return true; // "45 degrees"
        }

        if (s.IsJoined(unitEnd) && (s.IsChar(unitEnd, "-") || s.IsKind(unitEnd, TokenKind.Number)) && !s.IsChar(unitEnd, "23"))
        {
            return false; // "L-202": a code
        }

        if (power != '\0')
        {
            name = name.TrimEnd('²', '³') + power;
        }
        else if (s.IsJoined(unitEnd) && s.IsChar(unitEnd, "2²3³") && name.Length <= 3)
        {
            name += s.IsChar(unitEnd, "2²") ? '²' : '³';
            unitEnd++;
        }

        return true;
    }

    private static bool TryUnitWord(in QuantityScan s, in QuantityDraft draft, int unitIndex, ref string name, ref int unitEnd)
    {
        var word = s.Word(unitIndex);
        if (s.TryPhrase(unitIndex, s.Words.UnitNames, out var unit, out var phraseEnd) && phraseEnd > unitIndex + 1 && IsPhysical(unit))
        {
            name = unit.Name; // "metric tons", "nautical miles"
            unitEnd = phraseEnd;
        }
        else if (s.TryPhrase(unitIndex, s.Words.UnitSymbols, out unit, out phraseEnd) && phraseEnd > unitIndex + 1 && IsPhysical(unit))
        {
            name = unit.Name; // a symbol of joined tokens: "32.5 mb/d", "78 kb/d"
            unitEnd = phraseEnd;
        }
        else if (IsMillibarLetters(s, unitIndex) && s.Words.UnitSymbols.TryGet(Millibar, out unit))
        {
            name = unit.Name; // "a central pressure of 944 mb": millibars in a sentence about air pressure or a storm
        }
        else if (s.Words.UnitSymbols.TryGet(word, out unit) && IsPhysical(unit)
                 && (word.Length > 1 || !char.IsUpper(word[0]) || s.IsJoined(unitIndex) || IsSpacedTemperature(s, draft, unitIndex, unit)
                     || (s.IsChar(unitIndex + 1, "/") && s.IsJoined(unitIndex + 1)) || s.Is(unitIndex + 1, "per")))
        {
            // a capital letter alone is a unit only joined to the number ("38.7C", "22W"; not "PA 23456 F Block") or opening a rate
            // ("5.8 L/100 km", "6 L per 100 km")
            name = unit.Name;
        }
        else if ((IsCentBeforeRate(s, unitIndex) || IsCentBesideMoney(s, unitIndex)) && s.Words.UnitSymbols.TryGet(CentSign, out unit))
        {
            name = unit.Name; // "45c a kilo", "up 6c to $3.40": a lower-case "c" joined to the figure before a rate or beside money is cents
        }
        else if (IsCelsiusLetter(s, unitIndex) && s.Words.TemperatureScales.TryGet(word, out var scale))
        {
            name = scale; // "lows of -3c", "temperatures of 7c": a lower-case "c" joined to a reading in a sentence about the weather
        }
        else if (word.Equals(Inch, StringComparison.OrdinalIgnoreCase))
        {
            if (s.Earlier.Count == 0 || s.Earlier[^1].EndToken != draft.NumberIndex || s.Earlier[^1].Mention.Quantity.Unit.Name != Foot)
            {
                return false;
            }

            name = Inch; // "12 ft 2 in"
        }
        else if (s.Words.UnitNames.TryGet(word, out unit) && IsPhysical(unit))
        {
            if (s.Words.Currencies.TryGet(word, out var money) && (draft.Next > draft.NumberIndex + 1
                || (s.Words.Currencies.TryGet(s.Word(unitEnd), out var following) && following == money)
                || CurrencyWords.IsMoneyContext(s, draft.NumberIndex, unitEnd, money)))
            {
                return false; // "50 million pounds", "fined 100 pounds": money
            }

            name = unit.Name;
        }
        else if (TryUnitBeforeDimension(s, word, out unit))
        {
            name = unit.Name; // "a 2.5km-wide valley", "a 300m-high tower": the unit before an adjective of size
        }
        else
        {
            return false;
        }

        return true;
    }

    // "42 C on Monday", "38.7 C (101.7 F)": a temperature letter standing apart from a figure of at most three digits, with no capitalised
    // word, number or joined hyphen after it (not "PA 23456 F Block", "grade 3 C Level").
    private static bool IsSpacedTemperature(in QuantityScan s, in QuantityDraft draft, int unitIndex, Unit unit) =>
        unit.Name is "°C" or "°F" && draft.IsDigits && draft.Currency is null && Math.Abs(draft.Value) < 1000
        && !(s.IsWord(unitIndex + 1) && s.IsCapitalised(unitIndex + 1)) && !s.IsKind(unitIndex + 1, TokenKind.Number)
        && !(s.IsJoined(unitIndex + 1) && s.IsChar(unitIndex + 1, "-'’"));

    // "holds two degrees in law": degrees in a field of study are diplomas, not a temperature; the unit rule leaves them to the others.
    private static bool IsAcademicDegree(in QuantityScan s, int unitEnd) =>
        s.Is(unitEnd, "in") && s.Words.DegreeSubjects.Contains(s.Word(unitEnd + 1));

    // Degrees: "100°", "100° Celsius", "45 degrees", "40 deg celsius", "98.6 degrees f", "50 deg.", "-5 °F".
    private static int ReadTemperatureScale(in QuantityScan s, int after, ref string name)
    {
        if (s.Is(after - 1, "deg") && s.IsChar(after, ".") && s.IsJoined(after))
        {
            after++;
        }

        if (s.Words.TemperatureScales.TryGet(s.Word(after), out var scale))
        {
            name = scale;
            after++;
        }

        return after;
    }

    // Rates: "km/h", "km/hr", "miles per hour", "miles an hour", "50 km/ms", "metres per second".
    private static int ReadRate(in QuantityScan s, int unitEnd, ref string name)
    {
        var marker = s.Word(unitEnd);
        var isPer = marker is "/" || marker.Equals("per", StringComparison.OrdinalIgnoreCase);
        if (!isPer && !marker.Equals("a", StringComparison.OrdinalIgnoreCase) && !marker.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return unitEnd;
        }

        var denominator = s.Word(unitEnd + 1);
        if (!isPer && s.IsClauseFinalTime(unitEnd + 2))
        {
            return unitEnd; // "600 tonnes a month earlier.": a time, not a rate; but "90 miles an hour before it crashed" is a rate
        }

        if (s.Words.RateUnits.TryGet(denominator, out var per))
        {
            name = name == "mi" && per == "h" ? "mph" : $"{name}/{per}";
            return unitEnd + 2;
        }

        // "150 bushels an acre", "4 tonnes a hectare": after "a"/"an", a physical unit in the singular is what the rate is per.
        // Not "40 hectares a kilometre north of Brenmoor", "a mile from the coast": a distance word after it makes it a distance.
        if ((isPer || !denominator.EndsWith('s')) && (isPer || !s.Words.DistanceWordsAfterUnit.Contains(s.Word(unitEnd + 2)))
            && IsPhysicalWord(s, denominator, out var unit))
        {
            // "µg/m³": a superscript power joined to the denominator is its power, as it is after a figure ("500 m³").
            var powered = s.IsJoined(unitEnd + 2) && s.IsChar(unitEnd + 2, "²³") && unit.Name.Length <= 3;
            name = powered ? $"{name}/{unit.Name.TrimEnd('²', '³')}{s.Word(unitEnd + 2)}" : $"{name}/{unit.Name}";
            return powered ? unitEnd + 3 : unitEnd + 2;
        }

        // "61 bushels per planted acre", "40 litres per treated hectare": a participle between "per" and a physical unit says which
        // of that unit the rate counts; the rate is per the unit.
        if (isPer && IsParticipleApart(s, unitEnd + 1) && IsPhysicalWord(s, s.Word(unitEnd + 2), out var counted))
        {
            name = $"{name}/{counted.Name}";
            return unitEnd + 3;
        }

        // "5.8 L/100 km", "250 mg/5 mL": a whole number and a unit of distance or volume after the slash are what the rate is per;
        // not when the figure before the slash is of the same dimension ("160 km/100 miles", "10 ml/5 ml doses": one measure twice).
        if (marker is "/" && s.IsKind(unitEnd + 1, TokenKind.Number) && !denominator.ContainsAnyExceptInRange('0', '9')
            && s.Words.IsSlashDenominator(name, s.Word(unitEnd + 2)) && IsPhysicalWord(s, s.Word(unitEnd + 2), out var measure))
        {
            name = $"{name}/{denominator}{measure.Name}";
            return unitEnd + 3;
        }

        // "micrograms per cubic metre", "kilograms per square metre": a power before the denominator.
        if (isPer && s.Words.UnitPowers.TryGet(denominator, out var power) && IsPhysicalWord(s, s.Word(unitEnd + 2), out unit))
        {
            name = $"{name}/{unit.Name.TrimEnd('²', '³')}{power}";
            return unitEnd + 3;
        }

        return unitEnd;
    }

    // "20 mg/kg/day", "15 mg/kg a day": a rate per a measure (a dose per kilogram of body weight) may be given per unit of time as well;
    // a rate that is already per unit of time ("60 km/h") takes no second one.
    private static int ReadTimeAfterRate(in QuantityScan s, int unitEnd, int rateEnd, ref string name)
    {
        if (s.Words.RateUnits.Contains(s.Word(unitEnd + 1)))
        {
            return rateEnd;
        }

        var timed = name;
        var end = ReadRate(s, rateEnd, ref timed);
        if (end == rateEnd || !s.Words.RateUnits.Contains(s.Word(rateEnd + 1)))
        {
            return rateEnd;
        }

        name = timed;
        return end;
    }

    // "140 bushels of corn an acre", "4.5 million barrels of oil a day": a rate whose unit is followed by "of" and the lower-case
    // noun it measures (one or two words) before "a", "an", "per" or "/"; the noun stays part of the unit's span.
    private static int ReadRateAfterOfPhrase(in QuantityScan s, int unitEnd, ref string name)
    {
        var formulaEnd = FormulaEnd(s, s.Is(unitEnd, "of") ? unitEnd + 1 : unitEnd);
        var formulaRated = name;
        var formulaRateEnd = formulaEnd > 0 ? ReadRate(s, formulaEnd, ref formulaRated) : formulaEnd;
        if (formulaRateEnd > formulaEnd)
        {
            name = formulaRated; // "127 g CO2/km", "398 grams of CO2 per mile": the gas weighed stands between the unit and its rate
            return formulaRateEnd;
        }

        if (!s.Is(unitEnd, "of"))
        {
            return unitEnd;
        }

        for (var marker = unitEnd + 2; marker <= unitEnd + 3; marker++)
        {
            var noun = marker - 1;
            if (!s.IsWord(noun) || s.IsCapitalised(noun) || s.Words.NounPhraseStops.Contains(s.Word(noun)) || s.Words.IsUnitWord(s.Word(noun)))
            {
                return unitEnd;
            }

            var rated = name;
            var rateEnd = ReadRate(s, marker, ref rated);
            if (rateEnd > marker)
            {
                name = rated;
                return rateEnd;
            }
        }

        return unitEnd;
    }

    // A lower-case word standing apart that reads as a past participle used as an adjective ("harvested", "planted"; not "hundred",
    // a scale word, nor "feed" or "seed").
    private static bool IsParticipleApart(in QuantityScan s, int index) =>
        s.IsWord(index) && !s.IsJoined(index) && !s.IsCapitalised(index) && s.Word(index) is var word
        && ChangeRule.IsPastParticiple(word) && !s.Words.ScaleWords.Contains(word) && !s.Words.IsUnitWord(word);

    // "fell by 300 mt to 5,500 mt", "1,795 mt, and tungsten just 2 mt": whether the symbol at unitIndex also follows a figure of a
    // thousand or more in the sentence, which then counts in plain tonnes.
    private static bool IsSymbolAfterThousands(in QuantityScan s, int unitIndex)
    {
        var symbol = s.Word(unitIndex);
        for (var i = 1; i < s.Count; i++)
        {
            if (i != unitIndex && s.IsKind(i - 1, TokenKind.Number) && s.Word(i).SequenceEqual(symbol)
                && NumberParser.TryParseAt(s.Text, s.Tokens, i - 1, s.Words, out var figure) && figure.Value >= SmallFigureLimit)
            {
                return true;
            }
        }

        return false;
    }

    // "CO2", "CH4", "N2O": a chemical formula (a word of two to four capitals and digits, a capital first) at index; the index after
    // it, or -1.
    private static int FormulaEnd(in QuantityScan s, int index) =>
        s.IsWord(index) && s.Word(index) is { Length: >= 2 and <= 4 } formula && char.IsUpper(formula[0])
        && formula.ContainsAnyInRange('0', '9') && !formula.ContainsAnyExcept(FormulaCharacters) ? index + 1 : -1;

    // "162 kilometers (100 miles) per hour": a conversion in brackets stands between a unit and its rate, and both figures take the
    // rate; the bracket is left to be read as a figure of its own, so only the unit's name changes here. One qualifier word may open
    // the bracket ("(about 75 miles)").
    private static string ReadRateAcrossConversion(in QuantityScan s, int unitEnd, string name)
    {
        var after = s.IsChar(unitEnd, ")") ? unitEnd + 1 : -1;
        var figure = s.IsKind(unitEnd + 1, TokenKind.Number) ? unitEnd + 1
            : s.IsWord(unitEnd + 1) && s.IsKind(unitEnd + 2, TokenKind.Number) ? unitEnd + 2 : -1;
        for (var i = figure + 1; after < 0 && s.IsChar(unitEnd, "(") && figure > 0 && i <= figure + 3; i++)
        {
            after = s.IsChar(i, ")") ? i + 1 : -1;
        }

        var rated = name;
        return after > 0 && ReadRate(s, after, ref rated) > after ? rated : name;
    }

    // "45c a kilo", "6.5c per litre", "12c/share": "c" (which alone may be a temperature, "33c on Monday") joined to the figure is
    // cents when "a", "an", "per" or "/" and a noun a rate is per (`rate-noun`) or a physical unit follow it, but not a unit of time:
    // "highs of 31c a day after the storm" is a temperature. Written apart from the figure, "c/l" in one word is cents too ("by 7.18 c/l").
    internal static bool IsCentBeforeRate(in QuantityScan s, int index) =>
        s.Is(index, CentLetter) && (s.IsJoined(index) || (s.IsChar(index + 1, "/") && s.IsJoined(index + 1) && s.IsJoined(index + 2)))
        && s.IsKind(index - 1, TokenKind.Number)
        && !s.Words.DurationUnits.Contains(s.Word(index + 2)) && IsRateAt(s, index + 1);

    // "the Orvik loaf went up 6c to $3.40", "a stamp now costs 95c, 5c more than in June, at 80c a letter": "c" joined to the figure
    // is cents, when no word of the weather makes it degrees, in a sentence that also gives money: a currency sign or name beside a
    // number, or cents before a rate.
    internal static bool IsCentBesideMoney(in QuantityScan s, int index)
    {
        if (!s.Word(index).SequenceEqual(CentLetter) || !s.IsJoined(index) || !s.IsKind(index - 1, TokenKind.Number) || IsCelsiusLetter(s, index))
        {
            return false;
        }

        for (var i = 0; i < s.Count; i++)
        {
            if (i != index && ((s.Words.Currencies.Contains(s.Word(i)) && (s.IsKind(i - 1, TokenKind.Number) || s.IsKind(i + 1, TokenKind.Number)))
                || IsCentBeforeRate(s, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most digits a reading may have for a lower-case "c" joined to it to make it a temperature ("-3c", "33c").</summary>
    private const int CelsiusLetterDigits = 2;

    // "lows of -3c", "temperatures from 2c to 7c": a lower-case "c" joined to a figure of at most two digits, in a sentence that names the
    // weather or a temperature (`temperature-context-word`), is degrees Celsius, as UK and Irish outlets write them; elsewhere
    // ("cut 7c", "7c a litre") it may be cents and is left alone.
    internal static bool IsCelsiusLetter(in QuantityScan s, int index)
    {
        if (!s.Word(index).SequenceEqual(CentLetter) || !s.IsJoined(index) || !s.IsKind(index - 1, TokenKind.Number)
            || s.Word(index - 1).Length > CelsiusLetterDigits)
        {
            return false;
        }

        return s.HasWord(s.Words.TemperatureContextWords);
    }

    // "pressure fell to 944 mb", "the hurricane's 920 mb": a lower-case "mb" after a figure, in a sentence that names air pressure or a
    // storm (`pressure-context-word`), is millibars, as weather reports write them; elsewhere ("a 100 mb file") it stays megabits.
    private static bool IsMillibarLetters(in QuantityScan s, int index)
    {
        if (!s.Word(index).SequenceEqual(MillibarLetters) || !s.IsKind(index - 1, TokenKind.Number))
        {
            return false;
        }

        return s.HasWord(s.Words.PressureContextWords);
    }

    /// <summary>Whether "a", "an", "per" or "/" at <paramref name="marker"/> and then a noun a rate is per (`rate-noun`) or a physical
    /// unit make what stands before them a price: "34c a litre", "N740 per litre", "P45/kg".</summary>
    internal static bool IsRateAt(in QuantityScan s, int marker)
    {
        if (!(s.Is(marker, "a") || s.Is(marker, "an") || s.Is(marker, "per") || s.IsChar(marker, "/")))
        {
            return false;
        }

        var denominator = s.Word(marker + 1);
        return s.Words.RateNouns.Contains(denominator) || s.Words.RateNouns.Contains(s.Words.Singular(denominator.ToString())) || IsPhysicalWord(s, denominator, out _);
    }

    /// <summary>Whether <paramref name="word"/> is a physical unit joined by a hyphen to an adjective of size (`dimension-word`):
    /// "km-wide" in "a 2.5km-wide valley".</summary>
    internal static bool TryUnitBeforeDimension(in QuantityScan s, ReadOnlySpan<char> word, out Unit unit)
    {
        unit = Unit.None;
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && s.Words.DimensionWords.Contains(word[(hyphen + 1)..]) && IsPhysicalWord(s, word[..hyphen], out unit);
    }

    private static bool IsPhysicalWord(in QuantityScan s, ReadOnlySpan<char> word, out Unit unit) =>
        (s.Words.UnitSymbols.TryGet(word, out unit!) && IsPhysical(unit)) || (s.Words.UnitNames.TryGet(word, out unit!) && IsPhysical(unit));
}
