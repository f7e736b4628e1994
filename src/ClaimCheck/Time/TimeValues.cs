using System.Globalization;

namespace ClaimCheck.Time;

/// <summary>TimeML values: days ("2024-10-17"), months ("2024-10"), ISO weeks ("2024-W43") and durations ("P3Y", "PT2H").</summary>
internal static class TimeValues
{
    /// <summary>The suffix that makes an ISO week's value its weekend: "1999-W47-WE".</summary>
    public const string WeekendSuffix = "-WE";

    /// <summary>Whether <paramref name="value"/> tells a clock time: a digit follows its first 'T' ("2025-05-11T18:00", "T14:30"),
    /// not a part of a day ("2025-05-11TEV", "TEV").</summary>
    public static bool HasClockTime(ReadOnlySpan<char> value)
    {
        var t = value.IndexOf('T');
        return t >= 0 && t + 1 < value.Length && char.IsAsciiDigit(value[t + 1]);
    }

    /// <summary>Whether <paramref name="value"/> is a day value with a two-letter part of it: "2025-10-19TMO". Neither this nor
    /// <see cref="HasClockTime"/> holds for a part alone ("TEV") or a day alone ("2025-10-19").</summary>
    public static bool IsDayWithPart(ReadOnlySpan<char> value) =>
        value.Length == DocumentContext.DayValueLength + 3 && value[DocumentContext.DayValueLength] == 'T'
        && char.IsAsciiLetter(value[DocumentContext.DayValueLength + 1]) && char.IsAsciiLetter(value[DocumentContext.DayValueLength + 2]);

    /// <summary>Whether <paramref name="value"/> is a year alone: "2016".</summary>
    public static bool IsYear(ReadOnlySpan<char> value) => value.Length == 4 && !value.ContainsAnyExceptInRange('0', '9');

    /// <summary>A day: "2024-10-17".</summary>
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A month: "2024-10".</summary>
    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    /// <summary>A year: "2024".</summary>
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The ISO week of a date ("1999-W47").</summary>
    public static string IsoWeek(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    /// <summary>The value of a date counted back in <paramref name="unit"/>s, named to that unit: "three days ago" names a day,
    /// "six weeks ago" and "a fortnight ago" a week, "two months ago" a month, "two quarters ago" a quarter, "two years ago" a year, "two decades ago"
    /// a decade ("200") and "three centuries ago" a century ("17").</summary>
    public static string Ago(DateOnly date, string unit) => unit switch
    {
        "day" => Day(date),
        "week" or "fortnight" => IsoWeek(date),
        "month" => Month(date.Year, date.Month),
        "quarter" => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-Q{((date.Month - 1) / 3) + 1}"),
        "decade" => (date.Year / 10).ToString("D3", CultureInfo.InvariantCulture),
        "century" => (date.Year / 100).ToString("D2", CultureInfo.InvariantCulture),
        _ => Year(date.Year),
    };

    /// <summary>A duration with an unknown count: "PXY", "PXM", "PTXH".</summary>
    public static string VagueDuration(string unit) => Duration(0, unit).Replace("0", "X", StringComparison.Ordinal);

    /// <summary>A TimeML duration: 3 years → "P3Y", 2 hours → "PT2H", a fortnight → "P2W", 2 quarters → "P2Q", 2 decades → "P20Y", 2.5 years → "P2Y6M",
    /// 1.5 minutes → "PT1M30S"; a fraction alone goes to the smaller unit, as TimeBank writes it: half an hour → "PT30M", half a
    /// year → "P6M".</summary>
    public static string Duration(double amount, string unit)
    {
        var whole = Math.Floor(amount);
        var fraction = amount - whole;
        if (fraction > 0)
        {
            var w = whole.ToString(CultureInfo.InvariantCulture);
            switch (unit)
            {
                case "year" when fraction * 12 == Math.Floor(fraction * 12):
                    return $"P{(whole >= 1 ? w + "Y" : string.Empty)}{(fraction * 12).ToString(CultureInfo.InvariantCulture)}M";
                case "hour" when fraction * 60 == Math.Floor(fraction * 60):
                    return $"PT{(whole >= 1 ? w + "H" : string.Empty)}{(fraction * 60).ToString(CultureInfo.InvariantCulture)}M";
                case "minute" when fraction * 60 == Math.Floor(fraction * 60):
                    return $"PT{(whole >= 1 ? w + "M" : string.Empty)}{(fraction * 60).ToString(CultureInfo.InvariantCulture)}S";
                case "day" when fraction * 24 == Math.Floor(fraction * 24):
                    return $"P{(whole >= 1 ? w + "D" : string.Empty)}T{(fraction * 24).ToString(CultureInfo.InvariantCulture)}H";
            }
        }

        var n = amount.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            "second" => $"PT{n}S",
            "minute" => $"PT{n}M",
            "hour" => $"PT{n}H",
            "day" => $"P{n}D",
            "week" => $"P{n}W",
            "fortnight" => $"P{(amount * 2).ToString(CultureInfo.InvariantCulture)}W",
            "month" => $"P{n}M",
            "quarter" => $"P{n}Q",
            "year" => $"P{n}Y",
            "decade" => $"P{(amount * 10).ToString(CultureInfo.InvariantCulture)}Y",
            _ => $"P{(amount * 100).ToString(CultureInfo.InvariantCulture)}Y",
        };
    }

    /// <summary>The TimeML season code of a month (1 to 12) in the northern hemisphere: "SP" March to May, "SU" June to August, "FA"
    /// September to November, "WI" December to February.</summary>
    public static string SeasonOfMonth(int month) => month switch
    {
        >= 3 and <= 5 => "SP",
        >= 6 and <= 8 => "SU",
        >= 9 and <= 11 => "FA",
        _ => "WI",
    };
}
