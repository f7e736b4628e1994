using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Runs ClaimCheck's <see cref="QuantityRecognizer"/> and maps its output onto NewsQuant's format.</summary>
/// <remarks>
/// <para>Units take NewsQuant's <c>normalized_unit</c> names (CQE's unit vocabulary): currencies by the lexicon's currency names
/// (<c>currency-name</c>) with NewsQuant's own spellings where they differ ("dollar", "pound sterling"), physical units by the
/// lexicon's measure names built up from parts ("km/h" → "kilometre per hour", "ft²" → "square foot"), ages as "year of age", a rate
/// as "… per …" ("dollar per share", "barrel per day"), a counted noun as its phrase with the modifiers that say what is counted
/// ("charging station", "draft pick") but not those that only evaluate it or name a place ("new", "total", "Maine").</para>
/// <para>A vague plural is the unit it counts in ("dozens of homes" is 12, "thousands of deals" 1,000), as in the Recognizers-Text
/// files, not the range ClaimCheck reads.</para>
/// <para>A running count read from a digit ordinal ("the 11th death" as at least 11 deaths) is left out: NewsQuant annotates no
/// amount in an ordinal.</para>
/// <para><c>change</c>: a qualifier on the number first ("up about 8%" is <c>~</c>), then an increase or decrease, else <c>=</c>;
/// "5,000 more jobs" adds to a total and is <c>=</c>.</para>
/// </remarks>
internal sealed class ClaimCheckQuantityExtractor(QuantityRecognizer recognizer) : IQuantityExtractor
{
    /// <summary>NewsQuant's names where they differ from the lexicon's English names (ISO codes and unit names); "others" stands for a
    /// noun named before ("hurting 14 others"), so NewsQuant gives it no unit.</summary>
    private static readonly FrozenDictionary<string, string> NewsQuantNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["USD"] = "dollar", ["GBP"] = "pound sterling", ["SEK"] = "swedish krone", ["NLG"] = "netherlands guilde", ["ESP"] = "peseta",
        ["DEM"] = "mark", ["VND"] = "vietnamese dong", ["MNT"] = "mongolian tugrik", ["NIO"] = "nicaraguan córdoba",
        ["percent"] = "percentage", ["person"] = "people", ["time"] = "count", ["other"] = "-",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words before a counted noun that evaluate it, rank it or place it in time rather than say what it is: NewsQuant leaves
    /// them out of the unit ("new jobs" → job, "career rushing touchdowns" → rushing touchdown, "the 40 busiest ports" → port,
    /// "3,200 announced job cuts" → job cut).</summary>
    private static readonly FrozenSet<string> EvaluativeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "new", "old", "total", "overall", "combined", "additional", "extra", "further", "more", "fewer", "less", "other", "others", "major", "main", "minor", "large",
        "small", "big", "huge", "little", "record", "key", "top", "first", "last", "next", "previous", "former", "current", "recent",
        "latest", "early", "late", "several", "many", "few", "some", "all", "own", "estimated", "surviving", "elderly", "young", "full",
        "entire", "whole", "career", "straight", "consecutive", "successive", "separate", "different", "various", "possible", "potential",
        "actual", "official", "reported", "confirmed", "known", "remaining", "existing", "active", "original", "fresh", "same", "similar",
        "such", "only", "just", "of", "the", "a", "an", "most", "least", "about", "powerful", "deadly", "massive", "documented", "busiest",
        "biggest", "largest", "smallest", "highest", "lowest", "best", "worst", "fastest", "oldest", "youngest", "older", "younger",
        "hottest", "coldest", "warmest", "wettest", "driest", "deadliest", "richest", "poorest", "tallest", "longest", "strongest",
        "planned", "announced");

    /// <summary>The qualifiers that make a number approximate ("about", "some", "an estimated"): a range they open is approximate
    /// too ("about 3 to 6 metres" is <c>~</c>).</summary>
    private static readonly string[] Approximations = Lexicon.BuiltIn.EntriesOf("qualifier")
        .Where(e => e.Value == "approximately").Select(e => e.Term + " ").ToArray();

    private static readonly FrozenSet<string> OrdinalSuffixes =
        Lexicon.BuiltIn.EntriesOf("ordinal-suffix").Select(e => e.Term).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, string> _currencyNames =
        Lexicon.BuiltIn.EntriesOf("currency-name").ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.Ordinal);

    private readonly FrozenDictionary<string, double> _vagueNumbers = Lexicon.BuiltIn.EntriesOf("vague-number")
        .ToFrozenDictionary(e => e.Term, e => double.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, string> _measureNames =
        Lexicon.BuiltIn.EntriesOf("measure").ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.Ordinal);

    private readonly FrozenSet<string> _placeWords = Lexicon.BuiltIn.EntriesOf("place").Concat(Lexicon.BuiltIn.EntriesOf("demonym"))
        .Concat(Lexicon.BuiltIn.EntriesOf("alias")).SelectMany(e => e.Term.Split(' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public IReadOnlyList<PredictedQuantity> Extract(string text)
    {
        var mentions = recognizer.Recognize(text);
        var result = new List<PredictedQuantity>(mentions.Length);
        foreach (var mention in mentions)
        {
            var quantity = mention.Quantity;
            if (IsOrdinalTally(mention, text))
            {
                continue; // "the 11th death": an ordinal, no amount in NewsQuant's files
            }

            var name = UnitName(mention, text);
            var normalized = mention.Per == Unit.None ? name : name == "-" ? $"per {Name(mention.Per)}" : $"{name} per {Name(mention.Per)}";
            var surface = quantity.Unit.Kind == UnitKind.None ? null : quantity.Unit.Name;
            if (VagueBase(mention, text) is { } vague)
            {
                result.Add(new PredictedQuantity(vague, null, null, surface, normalized, "="));
                continue; // "dozens of homes" is 12 homes, as in the Recognizers-Text files
            }

            result.Add(quantity.Qualifier == Qualifier.Range && quantity.Low is { } low && quantity.High is { } high
                ? new PredictedQuantity(null, low, high, surface, normalized, Change(mention, text))
                : new PredictedQuantity(quantity.Value, null, null, surface, normalized, Change(mention, text)));
        }

        return result;
    }

    // Whether the mention opens with digits joined to an ordinal ending ("11th death"): a running count read from an ordinal.
    private static bool IsOrdinalTally(QuantityMention mention, string text)
    {
        var span = text.AsSpan(mention.Span.Start, mention.Span.Length);
        var digits = span.IndexOfAnyExceptInRange('0', '9');
        if (digits <= 0)
        {
            return false;
        }

        var rest = span[digits..];
        var end = rest.IndexOf(' ');
        return end > 0 && OrdinalSuffixes.Contains(rest[..end].ToString());
    }

    // A vague plural ("dozens", "hundreds of", "thousands") read as the range it stands for: NewsQuant gives the unit it counts in.
    private double? VagueBase(QuantityMention mention, string text)
    {
        if (mention.Quantity.Qualifier != Qualifier.Range)
        {
            return null;
        }

        foreach (var word in text.AsSpan(mention.Span.Start, mention.Span.Length).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (_vagueNumbers.TryGetValue(word, out var value))
            {
                return value;
            }
        }

        return null;
    }

    // An increment marked by "more" after the number is a difference, not a change ("cut 5,000 more jobs"); one marked before it
    // keeps the direction of its verb ("fell another 17%", "shed a further $20 billion").
    private static string Change(QuantityMention mention, string text) => mention.Quantity.Qualifier switch
    {
        Qualifier.Approximately => "~",
        Qualifier.Range when Array.Exists(Approximations, a => mention.Span.Slice(text).StartsWith(a, StringComparison.OrdinalIgnoreCase)) => "~",
        Qualifier.AtLeast or Qualifier.MoreThan => ">",
        Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo => "<",
        _ when mention.Quantity.IsIncrement && IsMoreAfter(mention.Span.Slice(text)) => "=",
        _ => mention.Change switch
        {
            QuantityChange.Increase => "up",
            QuantityChange.Decrease => "down",
            _ => "=",
        },
    };

    private static bool IsMoreAfter(ReadOnlySpan<char> mention) =>
        mention.Contains(" more ", StringComparison.OrdinalIgnoreCase) || mention.EndsWith(" more", StringComparison.OrdinalIgnoreCase);

    private string UnitName(QuantityMention mention, string text)
    {
        var unit = mention.Quantity.Unit;
        if (unit.Kind == UnitKind.Count && mention.CountedNoun is { } noun)
        {
            return CountName(noun.Slice(text), unit.Name);
        }

        // CQE names a rupee written only as "rupees" by the generic unit; "Rs", "₹", "INR" and "Indian rupees" are the Indian rupee.
        var span = mention.Span.Slice(text);
        return unit == Unit.Currency("INR") && span.Contains("rupee", StringComparison.OrdinalIgnoreCase)
            && !span.Contains("indian", StringComparison.OrdinalIgnoreCase)
            ? "rupee"
            : Name(unit);
    }

    private string Name(Unit unit) => unit.Kind switch
    {
        UnitKind.None => "-",
        UnitKind.Currency => NewsQuantNames.GetValueOrDefault(unit.Name) ?? _currencyNames.GetValueOrDefault(unit.Name, unit.Name),
        UnitKind.Physical => MeasureName(unit.Name),
        _ => NewsQuantNames.GetValueOrDefault(unit.Name, unit.Name),
    };

    // "km/h" → "kilometre per hour", "ft²" → "square foot", "m³" → "cubic metre".
    private string MeasureName(string symbol)
    {
        if (_measureNames.TryGetValue(symbol, out var name))
        {
            return name;
        }

        var slash = symbol.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            return $"{MeasureName(symbol[..slash])} per {MeasureName(symbol[(slash + 1)..])}";
        }

        // "100km" after a slash ("L/100 km"), "3.3m²" after "per": the rate is per that many of the unit, "per 100 kilometre".
        var digits = char.IsAsciiDigit(symbol[0]) ? symbol.AsSpan().IndexOfAnyExcept("0123456789.") : 0;
        if (digits > 0)
        {
            return $"{symbol[..digits]} {MeasureName(symbol[digits..])}";
        }

        return symbol[^1] switch
        {
            '²' => $"square {MeasureName(symbol[..^1])}",
            '³' => $"cubic {MeasureName(symbol[..^1])}",
            _ => symbol,
        };
    }

    // The counted noun phrase, lower-case, with the head singular and the modifiers that say what is counted: "cabinet ministers" →
    // "cabinet minister", "new coal plants" → "coal plant". A name with digits is no kind of thing ("Covid-19 deaths" → death, as
    // "two 747 freighters" → freighter). A unit the lexicon names ("bps" → basis point) keeps its name.
    private string CountName(ReadOnlySpan<char> phrase, string head)
    {
        var headName = NewsQuantNames.GetValueOrDefault(head, head);
        var words = phrase.ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !Unit.Count(words[^1].TrimEnd('.')).Name.Equals(head, StringComparison.Ordinal))
        {
            return headName;
        }

        var modifiers = words[..^1].Where(w => char.IsLetter(w[0]) && !w.Any(char.IsDigit) && !EvaluativeWords.Contains(w) && !_placeWords.Contains(w) && !w.EndsWith("'s", StringComparison.Ordinal))
            .Select(w => w.ToLowerInvariant());
        var joined = string.Join(' ', modifiers);
        return joined.Length == 0 ? headName : $"{joined} {headName}";
    }
}
