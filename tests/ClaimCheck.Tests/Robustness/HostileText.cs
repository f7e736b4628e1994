using System.Text;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Generators of hostile text: each builds about <c>length</c> characters of one pathological kind.</summary>
internal static class HostileText
{
    public static readonly string[] Kinds =
    [
        "news", "digits", "separated-ones", "dots", "nested-quotes", "question-marks-in-quote", "qualifiers", "bidi-and-zero-width",
        "mixed-scripts", "no-spaces", "numbers-and-units", "reporting-verbs",
    ];

    public static string Build(string kind, int length, string seedText)
    {
        var text = new StringBuilder(length + 200);
        while (text.Length < length)
        {
            text.Append(kind switch
            {
                "news" => seedText,
                "digits" => "1" + new string('0', 997) + " ",
                "separated-ones" => "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,",
                "dots" => ".........?!?!...... ... .",
                "nested-quotes" => "“‘“‘\"'«“‘ said ",
                "question-marks-in-quote" => "“Why? How? What? When? Where? ",
                "qualifiers" => "at least about up to more than nearly some as many as between ",
                "bidi-and-zero-width" => "\u202Eabout\u200B 3,000\u200D troops\u2066 sent\u2069 \u200F",
                "mixed-scripts" => "Войска 3 000 солдат 部队 ३००० जवान جنود ٣٠٠٠ said Москва. ",
                "no-spaces" => "NorthKoreasent3,000troopstoRussia$50bn",
                "numbers-and-units" => "3,000 troops $50 billion 46 billion euros 2.5 to 3 billion 10-12 1,500 more ",
                "reporting-verbs" => "said told according to estimated reported warned revealed claimed denied declined to confirm ",
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
            });
        }

        return text.ToString(0, length);
    }
}
