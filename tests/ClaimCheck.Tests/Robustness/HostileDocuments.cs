using System.Globalization;
using System.Text;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Generators of what the first fuzzer never made (issue 16): metadata (ids, outlets, places and topics with control
/// characters, terminal escapes, lone surrogates, markup; publication dates across the whole <see cref="DateOnly"/> range),
/// time phrases with counts up to 10^9, and the files the readers take (JSON Lines, front matter, sidecars, HTML pages in
/// other encodings and nested deep).</summary>
internal sealed class HostileDocuments(Random random, IReadOnlyList<string> seeds)
{
    /// <summary>Pieces of names: ordinary words, scripts whose anchors used to collide, markup, escapes and broken UTF-16.</summary>
    private static readonly string[] NamePieces =
    [
        "Daily Planet", "Relief Wire", "Valdora", "日本", "中国", "a b", "a-b", "a.b", "x#1", "</script>", "<script>alert(1)</script>",
        "<!--", "<b>bold</b>", "&amp;", "\u001b]0;owned\u0007", "\u001b[2J", "\u009b31m", "\u0007", "\0", "\uD800", "\uDC00", "\uD83D\uDE00",
        "|", "\n", "\r\n", "\t", "\u2028", "\u202E", "\u200B", "\uFEFF", "'", "\"", "\\", "#", "%20", "/", " ", "x", "Ж", "ع",
    ];

    /// <summary>Relative and counted time phrases, the arithmetic issue 16 row 1 is about.</summary>
    private static readonly string[] RelativeTime =
    [
        "yesterday", "today", "tomorrow", "last week", "next week", "last month", "next month", "last year", "next year", "on Monday",
        "last Friday", "this week", "earlier this year", "later this month", "by December 31, 9999", "on January 1, 1", "in 9999", "in 1",
        "the day before yesterday", "over the weekend",
    ];

    private static readonly string[] Units = ["years", "decades", "centuries", "months", "weeks", "days", "hours", "year", "day"];

    private static readonly string[] Relations = ["ago", "earlier", "later", "from now", "before", "after that"];

    private static readonly string[] Tags = ["div", "span", "b", "section", "article", "p", "li", "table", "td", "blockquote", "svg", "x-custom"];

    private static readonly string[] Sentences =
    [
        "Officials said 12 people died in the flood.", "The aid group said 31 people died in the flood.", "About 3,000 troops were sent, the ministry said.",
        "Police said at least 200 people were arrested.", "The company denied that 1,500 jobs would go.", "Turnout was 54%, the commission said.",
    ];

    public Random Random => random;

    /// <summary>A name of one to four pieces; never blank.</summary>
    public string Name()
    {
        var name = new StringBuilder();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            name.Append(NamePieces[random.Next(NamePieces.Length)]);
        }

        return string.IsNullOrWhiteSpace(name.ToString()) ? name.Append('n').ToString() : name.ToString();
    }

    /// <summary>A date anywhere in <see cref="DateOnly"/>'s range, its first and last days included a tenth of the time; or,
    /// with <paramref name="endYears"/> false, anywhere from the calendar's second year to its last but one.</summary>
    public DateOnly Date(bool endYears)
    {
        if (endYears && random.Next(10) == 0)
        {
            return random.Next(2) == 0 ? DateOnly.MinValue : DateOnly.MaxValue;
        }

        var first = endYears ? DateOnly.MinValue.DayNumber : new DateOnly(2, 1, 1).DayNumber;
        var last = endYears ? DateOnly.MaxValue.DayNumber : new DateOnly(9998, 12, 31).DayNumber;
        return DateOnly.FromDayNumber(random.Next(first, last + 1));
    }

    /// <summary>A count from 1 to 10^9, spread evenly over its digits.</summary>
    public long Count() => (long)Math.Pow(10, random.NextDouble() * 9);

    /// <summary>"4,500 years ago", "300 decades earlier", "1000000000 days from now"…, and the relative phrases.</summary>
    public string TimePhrase()
    {
        if (random.Next(3) == 0)
        {
            return RelativeTime[random.Next(RelativeTime.Length)];
        }

        var count = Count();
        var number = random.Next(2) == 0 ? count.ToString("N0", CultureInfo.InvariantCulture) : count.ToString(CultureInfo.InvariantCulture);
        return $"{number} {Units[random.Next(Units.Length)]} {Relations[random.Next(Relations.Length)]}";
    }

    /// <summary>Article text: sentences with claims, slices of the seed articles, names, and (with
    /// <paramref name="timePhrases"/>) time phrases.</summary>
    public string Text(bool timePhrases)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            switch (random.Next(timePhrases ? 5 : 4))
            {
                case 0:
                    text.Append(Sentences[random.Next(Sentences.Length)]);
                    break;
                case 1:
                    var seed = seeds[random.Next(seeds.Count)];
                    var start = random.Next(seed.Length);
                    text.Append(seed, start, Math.Min(seed.Length - start, random.Next(300)));
                    break;
                case 2:
                    text.Append(Name());
                    break;
                case 3:
                    text.Append("In ").Append(Name()).Append(", ").Append(Sentences[random.Next(Sentences.Length)]);
                    break;
                default:
                    var phrase = TimePhrase();
                    text.Append(random.Next(2) == 0 ? $"The temple, built {phrase}, drew 30,000 visitors." : $"{char.ToUpperInvariant(phrase[0])}{phrase[1..]}, 40 people were evacuated.");
                    break;
            }

            text.Append(random.Next(4) == 0 ? "\n" : " ");
        }

        return text.ToString();
    }

    /// <summary>A date as metadata writes it: yyyy-MM-dd, an ISO 8601 moment, or (one time in eight) something that is not a date.</summary>
    public (string Value, bool Valid) DateValue(bool endYears)
    {
        var date = Date(endYears);
        return random.Next(8) switch
        {
            0 => (random.Next(2) == 0 ? "0000-00-00" : Name(), false),
            1 => (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T08:00:00Z", true),
            _ => (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true),
        };
    }

    /// <summary>A string as JSON writes it, with every control character, quote, backslash and surrogate escaped (a lone
    /// surrogate can only reach a UTF-8 file as an escape).</summary>
    public static string Json(string value)
    {
        var json = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < ' ' || char.IsSurrogate(c))
            {
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }

    /// <summary>An HTML page: meta tags with a generated outlet and date, elements nested a few levels deep or (one page in 25)
    /// past <see cref="HtmlText.MaxDepth"/>, scripts holding markup, comments, attributes with '&gt;' in quotes, and the text.</summary>
    public string Html(string outlet, string date, string text)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        html.Append("<meta property=\"og:site_name\" content=\"").Append(System.Net.WebUtility.HtmlEncode(outlet)).Append("\">");
        html.Append("<meta property=\"article:published_time\" content=\"").Append(date).Append("\"><title>").Append(System.Net.WebUtility.HtmlEncode(Name())).Append("</title>");
        html.Append("<script>var s = \"</div><div>\"; if (a < b) {}</script></head><body><!-- <div><div> -->");
        var depth = random.Next(25) == 0 ? random.Next(HtmlText.MaxDepth, 1_000) : random.Next(0, 20);
        var open = new Stack<string>();
        for (var i = 0; i < depth; i++)
        {
            var tag = Tags[random.Next(Tags.Length)];
            html.Append('<').Append(tag).Append(random.Next(5) == 0 ? " title='>'" : "").Append('>');
            open.Push(tag);
            if (random.Next(50) == 0)
            {
                html.Append(System.Net.WebUtility.HtmlEncode(Sentences[random.Next(Sentences.Length)]));
            }
        }

        html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(text).Replace("\n", "</p><p>", StringComparison.Ordinal)).Append("</p>");
        while (open.Count > 0 && random.Next(20) != 0)
        {
            html.Append("</").Append(open.Pop()).Append('>');
        }

        return html.Append("</body></html>").ToString();
    }
}
