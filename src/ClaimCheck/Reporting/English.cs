using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;

namespace ClaimCheck.Reporting;

/// <summary>Words that read as English in reports: counts with plurals ("1 finding", "31 people") and evidence in quotes.</summary>
internal static class English
{
    /// <summary>"<paramref name="count"/> <paramref name="noun"/>", the noun in the plural unless the count is one.</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : Plural(noun))}");

    /// <summary>The plural of an English noun (the last word of a phrase): people, deaths, casualties, buses.</summary>
    public static string Plural(string noun)
    {
        var space = noun.LastIndexOf(' ');
        var head = noun[..(space + 1)];
        var word = noun[(space + 1)..];
        if (word.Length == 0 || !char.IsAsciiLetterLower(word[^1]))
        {
            return noun;
        }

        // The built-in lexicon's irregular plurals ("lives", "people", "buses"); a word already in the plural ("deaths", "people")
        // stays. Reports have no run's lexicon, so a user's own plurals are not seen here.
        var words = ClaimWords.For(Lexicon.BuiltIn);
        return words.IrregularPlural(word) is { } irregular ? head + irregular
            : QuantityVocabulary.For(Lexicon.BuiltIn).Plurals.Contains(word) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) ? noun
            : head + words.Plural(word);
    }

    /// <summary>A claim's measure as the object of "claims about …": "deaths", "loan amounts", "durations", "people rescued".</summary>
    public static string Measure(string measure) => measure switch
    {
        "amount" => "amounts of money",
        "rescued" or "missing" or "displaced" or "vaccinated" or "treated" => "people " + measure,
        "duration" => "durations",
        _ when ClaimCheck.Claims.ClaimWords.For(Lexicons.Lexicon.BuiltIn).MoneyMeasureValues.Contains(measure) => measure + " amounts",
        _ => measure,
    };

    /// <summary>A quantity as reports show it: <see cref="Quantity.ToString"/> with a counted noun in the plural unless the
    /// amount is exactly one ("31 people", "about 12,000 soldiers", "1 death").</summary>
    public static string Display(Quantity quantity)
    {
        var text = quantity.ToString();
        var unit = quantity.Unit.Name;
        var suffix = " " + unit;
        return quantity.Unit.Kind == UnitKind.Count && unit.Length > 0 && text.EndsWith(suffix, StringComparison.Ordinal)
            && !(quantity.Value == 1 && quantity.Qualifier == Qualifier.Exact)
            ? text[..^suffix.Length] + " " + Plural(unit)
            : text;
    }

    /// <summary>An evidence sentence without a quotation mark left unbalanced at its start or end (a quote that opens in
    /// this sentence and closes in the next), so it can be shown as a claim on its own.</summary>
    public static string Evidence(string sentence)
    {
        static bool Unbalanced(string t) => t.Count(c => c == '"') % 2 == 1 || t.Count(c => c == '“') != t.Count(c => c == '”');
        var text = sentence.Trim();
        if (text.Length > 1 && text[0] is '"' or '“' && Unbalanced(text))
        {
            text = text[1..].TrimStart();
        }

        if (text.Length > 1 && text[^1] is '"' or '”' && Unbalanced(text))
        {
            text = text[..^1].TrimEnd();
        }

        return text;
    }

    /// <summary>An evidence sentence in curly double quotes, with <see cref="Evidence"/>'s cleaning and the quotes inside it
    /// made single ("…," she said → ‘…,’ she said), so quotation marks are never doubled.</summary>
    public static string Quote(string sentence)
    {
        var text = Evidence(sentence);
        var quoted = new StringBuilder(text.Length + 2).Append('“');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            quoted.Append(c switch
            {
                '“' => '‘',
                '”' => '’',
                '"' => i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' ? '‘' : '’',
                _ => c,
            });
        }

        return quoted.Append('”').ToString();
    }
}
