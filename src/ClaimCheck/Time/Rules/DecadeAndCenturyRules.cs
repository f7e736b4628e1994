using System.Globalization;

namespace ClaimCheck.Time.Rules;

/// <summary>Decades: "the 1990s", "the late 1970s", "the mid-1990s", "1990s", "the nineties", "the '80s" (a twentieth-century
/// decade) (TimeML "199"). A decade as a word without "the" is an age, no time ("in his early twenties").</summary>
internal sealed class DecadeRule : TimeRule
{
    public static readonly DecadeRule Instance = new();

    public override bool StartsAtNumber => true;

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Parts).Append("the");

    public override IEnumerable<string> WordsAfterArticle => ["'", "’"];

    public override int Match(in TimeScan scan, int i)
    {
        var index = scan.IsNumber(i) ? i : i + 1;
        if (index == i + 1 && scan.Is(i, "the") && (scan.IsNumber(index + 1) || scan.IsNumber(index + 2) || scan.Words.Decades.ContainsKey(scan.Word(index + 1)))
            && scan.Words.Parts.ContainsKey(scan.Word(index)))
        {
            index++; // "the late 1970s", "the early nineties"
        }

        if (index > i && scan.Word(index) is "-" && scan.IsJoined(index) && scan.IsJoined(index + 1) && scan.Words.Parts.ContainsKey(scan.Word(index - 1)))
        {
            index++; // "the mid-1990s"
        }

        var word = scan.Word(index);
        if (index == i + 1 && word is "'" or "’" && scan.IsJoined(index + 1) && scan.IsNumber(index + 1) && scan.Word(index + 1).Length == 2
            && scan.Word(index + 1)[1] == '0' && scan.Word(index + 2) is "s" && scan.IsJoined(index + 2))
        {
            return EmitDecade(scan, i, index + 3, 1900 + ((scan.Word(index + 1)[0] - '0') * 10)); // "the '80s"
        }

        if (scan.IsNumber(index) && word.Length == 4 && word[3] == '0' && scan.Word(index + 1) is "s" && scan.IsJoined(index + 1)
            && scan.TryInt(index, out var decade) && decade is >= 1000 and <= 2100)
        {
            return EmitDecade(scan, i, index + 2, decade);
        }

        // A decade written as a word needs "the": without it a part and the word are an age ("in his early twenties", "her late
        // fifties"), not "the early twenties".
        return index > i && scan.Is(i, "the") && scan.Words.Decades.TryGetValue(word, out var tens)
            ? EmitDecade(scan, i, index + 1, 1900 + (tens * 10))
            : NoMatch;
    }

    // A decade spans its ten years, so a figure "in the 1980s" is not read as one of the report's own day ("the mill ran 40 looms in the
    // 1970s" is no count of the looms it runs today).
    private static int EmitDecade(in TimeScan scan, int start, int end, int firstYear) =>
        scan.Emit(start, end, TimeExpressionKind.Date, new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + 9, 12, 31),
            (firstYear / 10).ToString(CultureInfo.InvariantCulture));
}

/// <summary>Centuries: "the 20th century", "the 11th century", "a 20th century democrat", "a 19th-century chemist" (TimeML "19",
/// "10", "18").</summary>
internal sealed class CenturyRule : TimeRule
{
    public static readonly CenturyRule Instance = new();

    private const string HyphenatedUnit = "-century";

    public override bool StartsAtNumber => true;

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override int Match(in TimeScan scan, int i)
    {
        var at = scan.Is(i, "the") ? i + 1 : i;
        // "19th-century" is the number and one word, "th-century"; "19th century" the number, "th" and "century".
        // Joined to its noun it is a modifier, whose "the" belongs to the noun ("the 21st-century economy").
        var end = scan.Is(at + 2, "century") ? at + 3
            : at == i && scan.Word(at + 1).EndsWith(HyphenatedUnit, StringComparison.OrdinalIgnoreCase)
                && scan.Word(at + 1).Length == HyphenatedUnit.Length + 2 ? at + 2
            : NoMatch;
        return end != NoMatch && scan.IsJoined(at + 1) && scan.TryInt(at, out var century) && century is >= 1 and <= 22
            ? scan.Emit(i, end, TimeExpressionKind.Date, null, null, (century - 1).ToString("D2", CultureInfo.InvariantCulture))
            : NoMatch;
    }
}
