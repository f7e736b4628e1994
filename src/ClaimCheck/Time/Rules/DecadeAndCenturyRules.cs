using System.Globalization;

namespace ClaimCheck.Time.Rules;

/// <summary>Decades: "the 1990s", "the late 1970s", "1990s", "the nineties" (TimeML "199").</summary>
internal sealed class DecadeRule : TimeRule
{
    public static readonly DecadeRule Instance = new();

    public override bool StartsAtNumber => true;

    public override IEnumerable<string> StartWords(TimeWords words) => TimeWords.KeysOf(words.Parts).Append("the");

    public override int Match(in TimeScan scan, int i)
    {
        var index = scan.IsNumber(i) ? i : i + 1;
        if (index == i + 1 && scan.Is(i, "the") && scan.Words.Parts.ContainsKey(scan.Word(index)))
        {
            index++; // "the late 1970s"
        }

        var word = scan.Word(index);
        if (scan.IsNumber(index) && word.Length == 4 && word[3] == '0' && scan.Word(index + 1) is "s" && scan.IsJoined(index + 1)
            && scan.TryInt(index, out var decade) && decade is >= 1000 and <= 2100)
        {
            return scan.Emit(i, index + 2, TimeExpressionKind.Date, null, null, (decade / 10).ToString(CultureInfo.InvariantCulture));
        }

        return index > i && scan.Words.Decades.TryGetValue(word, out var tens)
            ? scan.Emit(i, index + 1, TimeExpressionKind.Date, null, null, string.Create(CultureInfo.InvariantCulture, $"19{tens}"))
            : NoMatch;
    }
}

/// <summary>Centuries: "the 20th century", "the 11th century" (TimeML "19", "10").</summary>
internal sealed class CenturyRule : TimeRule
{
    public static readonly CenturyRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override int Match(in TimeScan scan, int i) =>
        scan.TryInt(i + 1, out var century) && century is >= 1 and <= 22 && scan.IsJoined(i + 2) && scan.Is(i + 3, "century")
            ? scan.Emit(i, i + 4, TimeExpressionKind.Date, null, null, (century - 1).ToString("D2", CultureInfo.InvariantCulture))
            : NoMatch;
}
