using System.Collections.Frozen;

namespace ClaimCheck.Quantities;

/// <summary>Word lists for numbers, scales, currencies, durations and qualifiers (general English, not tied to any text).</summary>
internal static class QuantityWords
{
    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multipliers written as words after a number ("1.5 billion").</summary>
    public static readonly FrozenDictionary<string, double> ScaleWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["lakh"] = 1e5, ["crore"] = 1e7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviated multipliers, written joined to or right after digits ("$50bn", "10 mln").</summary>
    public static readonly FrozenDictionary<string, double> ScaleAbbreviations = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["bn"] = 1e9, ["bln"] = 1e9, ["mn"] = 1e6, ["mln"] = 1e6, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Single-letter multipliers, accepted only joined to digits ("$20B", "5k", "$3m").</summary>
    public static readonly FrozenDictionary<string, double> ScaleLetters = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["B"] = 1e9, ["b"] = 1e9, ["M"] = 1e6, ["m"] = 1e6, ["K"] = 1e3, ["k"] = 1e3, ["T"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<char, string> CurrencySigns = new Dictionary<char, string>
    {
        ['$'] = "USD", ['€'] = "EUR", ['£'] = "GBP", ['¥'] = "JPY", ['₴'] = "UAH", ['₽'] = "RUB", ['₹'] = "INR", ['₩'] = "KRW",
        ['₿'] = "BTC", ['₡'] = "CRC", ['₾'] = "GEL", ['₭'] = "LAK", ['₦'] = "NGN", ['₱'] = "PHP", ['฿'] = "THB", ['₺'] = "TRY",
        ['₫'] = "VND", ['₪'] = "ILS", ['元'] = "CNY",
    }.ToFrozenDictionary();

    /// <summary>Letters written joined before "$" ("US$", "C$", "HK$").</summary>
    public static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD", ["NZ"] = "NZD",
        ["HK"] = "HKD", ["S"] = "SGD", ["NT"] = "TWD", ["R"] = "BRL", ["Mex"] = "MXN", ["J"] = "JMD", ["Z"] = "ZWD",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency names written after the number ("46 billion euros").</summary>
    public static readonly FrozenDictionary<string, string> CurrencyNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["ruble"] = "RUB", ["rubles"] = "RUB",
        ["rouble"] = "RUB", ["roubles"] = "RUB", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["hryvnas"] = "UAH", ["rupee"] = "INR",
        ["rupees"] = "INR", ["won"] = "KRW", ["franc"] = "CHF", ["francs"] = "CHF", ["shekel"] = "ILS", ["shekels"] = "ILS",
        ["lira"] = "TRY", ["liras"] = "TRY", ["rand"] = "ZAR", ["peso"] = "MXN", ["pesos"] = "MXN", ["reais"] = "BRL",
        ["zloty"] = "PLN", ["zlotys"] = "PLN", ["krona"] = "SEK", ["kronor"] = "SEK", ["krone"] = "NOK", ["kroner"] = "NOK",
        ["naira"] = "NGN", ["riyal"] = "SAR", ["riyals"] = "SAR", ["dirham"] = "AED", ["dirhams"] = "AED", ["ringgit"] = "MYR",
        ["rmb"] = "CNY", ["kuai"] = "CNY", ["bitcoin"] = "BTC", ["bitcoins"] = "BTC", ["btc"] = "BTC", ["markka"] = "FIM", ["markkaa"] = "FIM",
        ["guilder"] = "NLG", ["guilders"] = "NLG", ["peseta"] = "ESP", ["pesetas"] = "ESP", ["deutsche mark"] = "DEM", ["deutsche marks"] = "DEM",
        ["lari"] = "GEL", ["kip"] = "LAK", ["colón"] = "CRC", ["colones"] = "CRC", ["baht"] = "THB", ["dong"] = "VND", ["taka"] = "BDT",
        ["hryvna"] = "UAH", ["forint"] = "HUF", ["forints"] = "HUF", ["koruna"] = "CZK", ["ரூ"] = "LKR", ["rs"] = "INR", ["rs."] = "INR",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives that say which dollar (or pound, rupee…) is meant ("Canadian dollars").</summary>
    public static readonly FrozenDictionary<string, string> CurrencyAdjectives = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US dollar"] = "USD", ["U.S. dollar"] = "USD", ["American dollar"] = "USD", ["Canadian dollar"] = "CAD",
        ["Australian dollar"] = "AUD", ["New Zealand dollar"] = "NZD", ["Hong Kong dollar"] = "HKD", ["Singapore dollar"] = "SGD",
        ["Taiwan dollar"] = "TWD", ["Egyptian pound"] = "EGP", ["Pakistani rupee"] = "PKR", ["Indian rupee"] = "INR",
        ["Swiss franc"] = "CHF", ["Mexican peso"] = "MXN", ["Brazilian real"] = "BRL", ["South Korean won"] = "KRW",
        ["Chinese yuan"] = "CNY", ["Turkish lira"] = "TRY", ["Japanese yen"] = "JPY", ["Russian ruble"] = "RUB", ["Russian rouble"] = "RUB",
        ["Finnish markka"] = "FIM", ["Dutch guilder"] = "NLG", ["French franc"] = "FRF", ["Belgian franc"] = "BEF", ["Spanish peseta"] = "ESP",
        ["Sri Lankan rupee"] = "LKR", ["South African rand"] = "ZAR", ["Hong Kong dollar"] = "HKD", ["Jamaican dollar"] = "JMD",
        ["Philippine peso"] = "PHP", ["Argentine peso"] = "ARS", ["Chilean peso"] = "CLP", ["Colombian peso"] = "COP", ["Saudi riyal"] = "SAR",
        ["Ukrainian hryvnia"] = "UAH", ["Norwegian krone"] = "NOK", ["Danish krone"] = "DKK", ["Swedish krona"] = "SEK", ["Polish zloty"] = "PLN",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> IsoCurrencyCodes = FrozenSet.Create(StringComparer.Ordinal,
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "INR", "KRW", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "ILS", "TRY",
        "ZAR", "MXN", "BRL", "PLN", "SEK", "NOK", "DKK", "NGN", "SAR", "AED", "MYR", "TWD", "EGP", "PKR", "KPW", "RMB", "BTC", "XBT",
        "HUF", "CZK", "THB", "VND", "PHP", "IDR", "ARS", "CLP", "COP", "PEN", "QAR", "KWD", "BDT", "LKR", "KES", "GHS", "MAD", "ISK");

    /// <summary>Lower-case ISO codes that are also English words and so count only in capitals ("try", "cop", "pen").</summary>
    public static readonly FrozenSet<string> IsoCodesThatAreWords = FrozenSet.Create(StringComparer.Ordinal, "try", "cop", "pen", "mad", "cad");

    /// <summary>An ISO 4217 code (or RMB, BTC) in capitals, or in lower case when it is not also an English word.</summary>
    public static bool TryIsoCode(ReadOnlySpan<char> word, out string code)
    {
        code = string.Empty;
        if (word.Length != 3)
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        word.ToUpperInvariant(upper);
        if (!IsoCurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out var found)
            || (!word.SequenceEqual(upper) && IsoCodesThatAreWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
        {
            return false;
        }

        code = found switch { "RMB" => "CNY", "XBT" => "BTC", _ => found };
        return true;
    }

    public static readonly FrozenDictionary<string, string> DurationUnits = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = "second", ["seconds"] = "second", ["minute"] = "minute", ["minutes"] = "minute", ["hour"] = "hour",
        ["hours"] = "hour", ["day"] = "day", ["days"] = "day", ["week"] = "week", ["weeks"] = "week", ["month"] = "month",
        ["months"] = "month", ["year"] = "year", ["years"] = "year", ["decade"] = "decade", ["decades"] = "decade",
        ["century"] = "century", ["centuries"] = "century",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that stop a counted noun phrase ("3,000 troops <b>have</b> been…").</summary>
    public static readonly FrozenSet<string> NounPhraseStops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "which",
        "who", "whom", "whose", "have", "has", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
        "could", "should", "may", "might", "can", "did", "do", "does", "not", "as", "than", "per", "into", "across", "since",
        "after", "before", "over", "under", "between", "while", "when", "where", "if", "this", "these", "those", "it",
        "they", "he", "she", "we", "you", "i", "their", "its", "his", "her", "our", "your", "more", "less", "each", "every",
        "also", "already", "still", "now", "so", "there", "here", "then", "about", "around", "up", "out", "off", "down",
        "last", "next", "ago", "earlier", "later", "alone", "only", "just", "even", "including", "such", "during", "until",
        "against", "among", "amid", "via", "toward", "towards", "through", "without", "within", "upon", "onto");

    /// <summary>Words before a number that name an identifier, not an amount ("Section 427", "Flight 17").</summary>
    public static readonly FrozenSet<string> IdentifierWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "section", "article", "no", "number", "resolution", "flight", "route", "page", "pages", "chapter", "room", "version",
        "model", "amendment", "clause", "paragraph", "rule", "bill", "act", "case", "docket", "platform", "gate", "channel",
        "highway", "interstate", "road", "street", "avenue", "unit", "apartment", "suite", "floor", "level", "grade", "class",
        "stage", "round", "game", "episode", "season", "volume", "issue", "item", "line", "code", "id", "tel", "phone", "ext",
        "figure", "table", "appendix", "step", "phase", "part", "track", "lot", "block", "district", "ward", "zone", "sector",
        "region", "division", "battalion", "brigade", "regiment", "corps", "army", "fleet", "squadron", "wing", "group", "cell",
        "hall", "terminal", "pier", "berth", "building", "house", "tower", "bay", "lane", "exit", "junction", "mile", "km",
        "size", "type", "category", "tier", "level", "covid", "g", "f", "su", "mig", "boeing", "airbus");

    /// <summary>Irregular plurals and nouns that are already collective.</summary>
    private static readonly FrozenDictionary<string, string> IrregularSingulars = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["personnel"] = "personnel",
        ["staff"] = "staff", ["police"] = "police", ["cattle"] = "cattle", ["feet"] = "foot", ["teeth"] = "tooth",
        ["mice"] = "mouse", ["geese"] = "goose", ["series"] = "series", ["species"] = "species", ["news"] = "news",
        ["aircraft"] = "aircraft", ["sheep"] = "sheep", ["fish"] = "fish", ["data"] = "data", ["media"] = "media",
        ["crises"] = "crisis", ["analyses"] = "analysis", ["bases"] = "base", ["buses"] = "bus", ["gas"] = "gas",
        ["pence"] = "penny", ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["halves"] = "half", ["thieves"] = "thief",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The singular of an English noun (lower-case in, lower-case out).</summary>
    public static string Singular(string noun)
    {
        if (IrregularSingulars.TryGetValue(noun, out var irregular))
        {
            return irregular;
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

        if (noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal)
            && !noun.EndsWith("us", StringComparison.Ordinal) && !noun.EndsWith("is", StringComparison.Ordinal))
        {
            return noun[..^1];
        }

        return noun;
    }

    /// <summary>Whether a lower-case word looks like a plural noun.</summary>
    public static bool LooksPlural(string word) => LooksPlural(word.AsSpan());

    /// <summary>Whether a lower-case word looks like a plural noun.</summary>
    public static bool LooksPlural(ReadOnlySpan<char> word) =>
        (IrregularSingulars.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) && !word.SequenceEqual("gas") && !word.SequenceEqual("news"))
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss")
            && !word.EndsWith("us") && !word.EndsWith("is"));

    /// <summary>Collective nouns that also modify a following plural ("police officers", "staff members").</summary>
    public static bool IsCollective(ReadOnlySpan<char> word) =>
        CollectiveModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly FrozenSet<string> CollectiveModifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "police", "staff", "personnel", "cattle", "media", "data", "aircraft", "sheep", "fish", "series", "species", "sales", "arms",
        "sports", "news", "goods", "savings", "earnings", "customs", "communications", "operations", "systems", "services", "rights");
}
