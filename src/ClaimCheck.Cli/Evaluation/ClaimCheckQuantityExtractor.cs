using System.Collections.Frozen;
using ClaimCheck.Quantities;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Runs ClaimCheck's <see cref="QuantityRecognizer"/> and maps its output onto NewsQuant's format.</summary>
/// <remarks>
/// Units map onto NewsQuant's <c>normalized_unit</c> names: ISO codes to currency names, physical symbols to unit names
/// ("km/h" → "kilometre per hour", "t" → "metric ton", "lb" → "pound-mass"), ages to "year of age". Counted nouns keep
/// the modifiers before the head, as NewsQuant names them ("fighter jet", "cabinet minister"). A rate written after the
/// quantity ("$1.40 a share", "15% per annum") adds "per share", "per year".
/// </remarks>
internal sealed class ClaimCheckQuantityExtractor(QuantityRecognizer recognizer) : IQuantityExtractor
{
    /// <summary>ClaimCheck unit names (ISO codes, symbols, singular nouns) → NewsQuant <c>normalized_unit</c> names.</summary>
    private static readonly FrozenDictionary<string, string> NewsQuantUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["USD"] = "dollar", ["EUR"] = "euro", ["GBP"] = "pound sterling", ["JPY"] = "japanese yen", ["CNY"] = "chinese yuan",
        ["CAD"] = "canadian dollar", ["AUD"] = "australian dollar", ["NZD"] = "new zealand dollar", ["HKD"] = "hong kong dollar",
        ["CHF"] = "swiss franc", ["INR"] = "rupee", ["MXN"] = "mexican peso", ["TRY"] = "turkish lira", ["RUB"] = "russian ruble",
        ["UAH"] = "ukrainian hryvnia", ["KRW"] = "south korean won", ["BRL"] = "brazilian real", ["ZAR"] = "south african rand",
        ["BTC"] = "bitcoin", ["FIM"] = "finnish markka", ["NLG"] = "netherlands guilde", ["ESP"] = "peseta", ["DEM"] = "mark",
        ["CRC"] = "costa rican colón", ["GEL"] = "georgian lari", ["LAK"] = "lao kip", ["LKR"] = "sri lankan rupee",
        ["SGD"] = "singapore dollar", ["TWD"] = "new taiwan dollar", ["ILS"] = "israeli new shekel", ["SEK"] = "swedish krona",
        ["NOK"] = "norwegian krone", ["DKK"] = "danish krone", ["PLN"] = "polish złoty", ["EGP"] = "egyptian pound",
        ["percent"] = "percentage", ["percentage point"] = "percentage point", ["person"] = "people", ["time"] = "count",
        ["penny"] = "penny", ["cent"] = "cent",
        ["km"] = "kilometre", ["m"] = "metre", ["cm"] = "centimetre", ["mm"] = "millimetre", ["dm"] = "decimetre", ["μm"] = "micrometre",
        ["nm"] = "nanometre", ["pm"] = "picometre", ["mi"] = "mile", ["ft"] = "foot", ["in"] = "inch", ["yd"] = "yard", ["nmi"] = "nautical mile",
        ["kg"] = "kilogram", ["g"] = "gram", ["mg"] = "milligram", ["μg"] = "microgram", ["lb"] = "pound-mass", ["oz"] = "ounce",
        ["t"] = "metric ton", ["ton"] = "ton", ["kt"] = "kiloton", ["Mt"] = "megaton", ["dr"] = "dram", ["st"] = "stone",
        ["L"] = "litre", ["mL"] = "millilitre", ["gal"] = "gallon", ["pt"] = "pint", ["qt"] = "quart", ["cup"] = "cup",
        ["tbsp"] = "tablespoon", ["tsp"] = "teaspoon", ["fl oz"] = "fluid ounce", ["bbl"] = "barrel",
        ["km²"] = "square kilometre", ["m²"] = "square metre", ["cm²"] = "square centimetre", ["mi²"] = "square mile",
        ["ft²"] = "square foot", ["ha"] = "hectare", ["acre"] = "acre", ["m³"] = "cubic metre", ["cm³"] = "cubic centimetre",
        ["ft³"] = "cubic foot", ["km/h"] = "kilometre per hour", ["mph"] = "mile per hour", ["m/s"] = "metre per second",
        ["kn"] = "knot", ["°C"] = "celsius", ["°F"] = "fahrenheit", ["K"] = "kelvin", ["°"] = "degree", ["rad"] = "radian",
        ["turn"] = "turn", ["bit"] = "bit", ["B"] = "byte", ["kB"] = "kilobyte", ["MB"] = "megabyte", ["GB"] = "gigabyte",
        ["TB"] = "terabyte", ["kbit"] = "kilobit", ["Mbit"] = "megabit", ["Gbit"] = "gigabit", ["W"] = "watt", ["kW"] = "kilowatt",
        ["MW"] = "megawatt", ["GW"] = "gigawatt", ["kWh"] = "kilowatt hour", ["MWh"] = "megawatt hour", ["hp"] = "horsepower",
        ["cal"] = "calorie", ["kcal"] = "kilocalorie", ["ms"] = "millisecond", ["h"] = "hour", ["s"] = "second", ["min"] = "minute",
        ["d"] = "day", ["wk"] = "week", ["mo"] = "month", ["yr"] = "year", ["dB"] = "decibel", ["Hz"] = "hertz", ["psi"] = "pound per square inch",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> RateNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["annum"] = "year", ["hr"] = "hour", ["h"] = "hour", ["yr"] = "year", ["sec"] = "second", ["min"] = "minute",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<PredictedQuantity> Extract(string text)
    {
        var mentions = recognizer.Recognize(text);
        var result = new List<PredictedQuantity>(mentions.Length);
        foreach (var mention in mentions)
        {
            var quantity = mention.Quantity;
            var unit = quantity.Unit;
            var normalized = unit.Kind switch
            {
                UnitKind.None => "-",
                UnitKind.Physical => PhysicalName(unit.Name),
                UnitKind.Count when mention.CountedNoun is { } noun => CountName(noun.Slice(text), unit.Name),
                _ => NewsQuantUnits.GetValueOrDefault(unit.Name, unit.Name),
            };
            if (unit.Kind is UnitKind.Currency or UnitKind.Count or UnitKind.Percentage && RateOf(mention.Span.Slice(text)) is { } rate)
            {
                normalized = $"{normalized} per {rate}";
            }

            var surface = unit.Kind == UnitKind.None ? null : unit.Name;
            var change = quantity.IsIncrement ? "up" : quantity.Qualifier switch
            {
                Qualifier.Approximately => "~",
                Qualifier.AtLeast or Qualifier.MoreThan => ">",
                Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo => "<",
                _ => "=",
            };
            result.Add(quantity.Qualifier == Qualifier.Range && quantity.Low is { } low && quantity.High is { } high
                ? new PredictedQuantity(null, low, high, surface, normalized, change)
                : new PredictedQuantity(quantity.Value, null, null, surface, normalized, change));
        }

        return result;
    }

    // "km/h" → "kilometre per hour", "m/ms" → "metre per millisecond", "t/yr" → "metric ton per year".
    private static string PhysicalName(string symbol)
    {
        if (NewsQuantUnits.TryGetValue(symbol, out var name))
        {
            return name;
        }

        var slash = symbol.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            ? $"{NewsQuantUnits.GetValueOrDefault(symbol[..slash], symbol[..slash])} per {NewsQuantUnits.GetValueOrDefault(symbol[(slash + 1)..], symbol[(slash + 1)..])}"
            : symbol;
    }

    // The counted noun phrase, lower-case, with the head singular: "cabinet ministers" → "cabinet minister".
    private static string CountName(ReadOnlySpan<char> phrase, string head)
    {
        var headName = NewsQuantUnits.GetValueOrDefault(head, head);
        var words = phrase.ToString().ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            return headName;
        }

        var modifiers = words.AsSpan(0, words.Length - 1).ToArray().Where(w => w is not ("most" or "more" or "other" or "of" or "the") && char.IsLetter(w[0]));
        var joined = string.Join(' ', modifiers);
        return joined.Length == 0 ? headName : $"{joined} {headName}";
    }

    // The rate written at the end of the span: "a share" → "share", "per annum" → "year".
    private static string? RateOf(ReadOnlySpan<char> span)
    {
        var words = span.ToString().Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return null;
        }

        var marker = words[^2].ToLowerInvariant();
        if (marker is not ("a" or "an" or "per"))
        {
            return null;
        }

        var noun = words[^1].ToLowerInvariant();
        return RateNames.GetValueOrDefault(noun, Unit.Count(noun).Name);
    }
}
