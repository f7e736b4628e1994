using System.Collections.Frozen;
using System.Globalization;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>What earlier sentences of a document said that later time expressions depend on.</summary>
/// <remarks>"a year earlier" after "the third quarter" is the third quarter of the year before. One per document; not thread-safe.</remarks>
internal sealed class DocumentContext
{
    /// <summary>The last fiscal quarter named (year, 1–4), or null.</summary>
    public (int Year, int Quarter)? Quarter { get; set; }

    /// <summary>Whether the current sentence named a fiscal quarter ("… in the third quarter, against … last year").</summary>
    public bool QuarterInSentence { get; set; }
}

/// <summary>TimeML rules beyond calendar dates: quarters and halves, reference words (PAST_REF, PRESENT_REF, FUTURE_REF),
/// sets ("daily", "each week"), vague and article durations ("a week", "several years", "two-year"), seasons, parts of
/// days, decades and centuries.</summary>
/// <remarks>General English constructions, linear in the sentence. Values follow TimeML: "1998-Q1", "1998-H2", "P3Y",
/// "PXY", "199X", "19", "1998-SU", "1998-02-05TMO".</remarks>
internal static class TimeRules
{
    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> SetWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["daily"] = "P1D", ["nightly"] = "P1D", ["weekly"] = "P1W", ["monthly"] = "P1M", ["yearly"] = "P1Y",
        ["hourly"] = "PT1H", ["biweekly"] = "P2W", ["fortnightly"] = "P2W",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> DayParts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = "TMO", ["afternoon"] = "TAF", ["evening"] = "TEV", ["night"] = "TNI", ["overnight"] = "TNI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> DecadeWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6, ["seventies"] = 7, ["eighties"] = 8, ["nineties"] = 9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> VagueAmounts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "few", "several", "many", "some", "couple");

    /// <summary>The TimeML suffix for a part of the day ("morning" → "TMO"), or null.</summary>
    public static string? PartOfDay(ReadOnlySpan<char> word) =>
        DayParts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var part) ? part : null;

    /// <summary>A TimeML duration: 3 years → "P3Y", 2 hours → "PT2H", 2 decades → "P20Y", 2.5 years → "P2Y6M".</summary>
    public static string Duration(double amount, string unit)
    {
        var whole = Math.Floor(amount);
        var fraction = amount - whole;
        if (fraction > 0 && whole >= 1)
        {
            var w = whole.ToString(CultureInfo.InvariantCulture);
            switch (unit)
            {
                case "year" when fraction * 12 == Math.Floor(fraction * 12):
                    return $"P{w}Y{(fraction * 12).ToString(CultureInfo.InvariantCulture)}M";
                case "hour" when fraction * 60 == Math.Floor(fraction * 60):
                    return $"PT{w}H{(fraction * 60).ToString(CultureInfo.InvariantCulture)}M";
                case "day" when fraction * 24 == Math.Floor(fraction * 24):
                    return $"P{w}DT{(fraction * 24).ToString(CultureInfo.InvariantCulture)}H";
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
            "month" => $"P{n}M",
            "year" => $"P{n}Y",
            "decade" => $"P{(amount * 10).ToString(CultureInfo.InvariantCulture)}Y",
            _ => $"P{(amount * 100).ToString(CultureInfo.InvariantCulture)}Y",
        };
    }

    /// <summary>The ISO week of a date ("1999-W47").</summary>
    public static string IsoWeek(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    /// <summary>Tries the rules at token <paramref name="i"/>; on success adds one expression and says how many tokens it took.</summary>
    public static bool TryAt(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, DocumentContext context, out int consumed)
    {
        consumed = 0;
        if (tokens[i].Kind != TokenKind.Word)
        {
            return TryClockTime(text, tokens, i, reference, output, out consumed) || TryDecade(text, tokens, i, i, output, out consumed);
        }

        var word = W(text, tokens, i);
        if (TryHoliday(text, tokens, i, reference, output, out consumed)
            || TryYearEnd(text, tokens, i, reference, output, out consumed)
            || TryYearInWords(text, tokens, i, output, out consumed)
            || TryClockTime(text, tokens, i, reference, output, out consumed)
            || TryQuarter(text, tokens, i, reference, output, context, out consumed)
            || TryYearAgo(text, tokens, i, reference, output, context, out consumed)
            || TryReference(text, tokens, i, reference, output, out consumed)
            || TrySet(text, tokens, i, output, out consumed)
            || TrySeasonOrDayPart(text, tokens, i, reference, output, out consumed)
            || TryVagueDuration(text, tokens, i, reference, output, out consumed)
            || TryHyphenDuration(text, tokens, i, output, out consumed))
        {
            return true;
        }

        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || PartOfWord(word))
        {
            return TryDecade(text, tokens, i, i + 1, output, out consumed) || TryCentury(text, tokens, i, output, out consumed)
                || TryTheUnit(text, tokens, i, reference, output, out consumed);
        }

        return false;
    }

    private static bool PartOfWord(ReadOnlySpan<char> word) => TimeExpressionRecognizer.PartOf(word) is not null;

    // Fixed and rule-based holidays: "Thanksgiving Day", "Christmas Eve", "New Year's Day", "Election Day", "last Thanksgiving".
    private static bool TryHoliday(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var start = i;
        var direction = 0;
        if (W(text, tokens, i).Equals("last", StringComparison.OrdinalIgnoreCase) || W(text, tokens, i).Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            direction = W(text, tokens, i).Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            i++;
        }

        var word = W(text, tokens, i);
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }

        var end = i + 1;
        Func<int, DateOnly>? rule = null;
        var next = W(text, tokens, end);
        if (word.Equals("Thanksgiving", StringComparison.Ordinal))
        {
            rule = y => NthWeekday(y, 11, DayOfWeek.Thursday, 4);
            end += next.Equals("Day", StringComparison.Ordinal) ? 1 : 0;
        }
        else if (word.Equals("Christmas", StringComparison.Ordinal))
        {
            var eve = next.Equals("Eve", StringComparison.Ordinal);
            rule = y => new DateOnly(y, 12, eve ? 24 : 25);
            end += eve || next.Equals("Day", StringComparison.Ordinal) ? 1 : 0;
        }
        else if (word.Equals("New", StringComparison.Ordinal) && next.Equals("Year", StringComparison.Ordinal) && end + 1 < tokens.Count
                 && tokens[end + 1].Kind == TokenKind.Possessive)
        {
            var after = W(text, tokens, end + 2);
            var eve = after.Equals("Eve", StringComparison.Ordinal);
            if (!eve && !after.Equals("Day", StringComparison.Ordinal))
            {
                return false;
            }

            rule = y => eve ? new DateOnly(y, 12, 31) : new DateOnly(y, 1, 1);
            end += 3;
        }
        else if (next.Equals("Day", StringComparison.Ordinal)
                 && (word.Equals("Independence", StringComparison.Ordinal) || word.Equals("Labor", StringComparison.Ordinal)
                     || word.Equals("Memorial", StringComparison.Ordinal) || word.Equals("Election", StringComparison.Ordinal)))
        {
            rule = word switch
            {
                "Independence" => y => new DateOnly(y, 7, 4),
                "Labor" => y => NthWeekday(y, 9, DayOfWeek.Monday, 1),
                "Memorial" => y => NthWeekday(y, 6, DayOfWeek.Monday, 0).AddDays(-7),
                _ => y => NthWeekday(y, 11, DayOfWeek.Monday, 1).AddDays(1),
            };
            end++;
        }
        else if (word.Equals("Halloween", StringComparison.Ordinal))
        {
            rule = y => new DateOnly(y, 10, 31);
        }

        if (rule is null)
        {
            return false;
        }

        DateOnly? date = null;
        if (reference is { } r)
        {
            var candidate = rule(r.Year);
            // Without "last" or "next", a holiday still ahead this year is last year's when a past-tense verb comes before it.
            date = direction switch
            {
                < 0 => candidate < r ? candidate : rule(r.Year - 1),
                > 0 => candidate > r ? candidate : rule(r.Year + 1),
                _ when candidate > r && TimeExpressionRecognizer.PastBefore(text, tokens, start) => rule(r.Year - 1),
                _ => candidate,
            };
        }

        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(date, date, span.Slice(text).ToString(), span),
            date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "XXXX-XX-XX"));
        consumed = end - start;
        return true;
    }

    // The nth (1-based) given weekday of a month; n = 0 gives the first of the next month's count start (used with -7 for "last").
    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return n == 0 ? first.AddDays(offset) : first.AddDays(offset + (7 * (n - 1)));
    }

    // The year named after "the year": digits or words ("2000", "two thousand", "two thousand and one").
    private static (int Year, int Tokens)? NamedYearAt(string text, ArraySegment<Token> tokens, int index)
    {
        if (index >= tokens.Count || !NumberParser.TryParseAt(text, tokens, index, out var number) || number.IsVague
            || number.Value != Math.Floor(number.Value) || number.Value is < 1000 or > 2999)
        {
            return null;
        }

        return ((int)number.Value, number.TokenCount);
    }

    // "nineteen ninety-six", "nineteen seventy-nine" (spoken years, as transcripts write them).
    internal static bool TryYearInWords(string text, ArraySegment<Token> tokens, int i, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var century = W(text, tokens, i);
        if (!(century.Equals("nineteen", StringComparison.OrdinalIgnoreCase) || century.Equals("eighteen", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var rest = W(text, tokens, i + 1);
        var words = QuantityWords.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        double tail;
        var hyphen = rest.IndexOf('-');
        if (hyphen > 0 && words.TryGetValue(rest[..hyphen], out var tens) && tens >= 20 && words.TryGetValue(rest[(hyphen + 1)..], out var ones) && ones < 10)
        {
            tail = tens + ones;
        }
        else if (!words.TryGetValue(rest, out tail) || tail < 10)
        {
            return false;
        }

        var year = (century.Equals("nineteen", StringComparison.OrdinalIgnoreCase) ? 1900 : 1800) + (int)tail;
        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + 1].Span.End);
        output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), span.Slice(text).ToString(), span),
            year.ToString(CultureInfo.InvariantCulture)));
        consumed = 2;
        return true;
    }

    private static readonly FrozenSet<string> TimeZones = FrozenSet.Create(StringComparer.Ordinal,
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", "ET", "PT", "CT", "MT");

    // "9 a.m.", "10:30 p.m. EST", "5 p.m. EST, Nov. 9", "noon Thursday", "midnight Friday", "10 p.m. Wednesday".
    private static bool TryClockTime(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        int hour, minute = 0;
        var end = i + 1;
        var word = W(text, tokens, i);
        if (word.Equals("noon", StringComparison.OrdinalIgnoreCase) || word.Equals("midday", StringComparison.OrdinalIgnoreCase))
        {
            hour = 12;
        }
        else if (word.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            hour = 24;
        }
        else if (tokens[i].Kind == TokenKind.Number && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out hour) && hour is >= 0 and <= 24)
        {
            if (W(text, tokens, end) is ":" && tokens[end].IsJoined && end + 1 < tokens.Count && tokens[end + 1].IsJoined
                && int.TryParse(W(text, tokens, end + 1), NumberStyles.None, CultureInfo.InvariantCulture, out minute) && minute is >= 0 and <= 59
                && W(text, tokens, end + 1).Length == 2)
            {
                end += 2;
            }
            else
            {
                minute = -1;
            }

            var meridiem = W(text, tokens, end);
            if (meridiem.StartsWith("p.m", StringComparison.OrdinalIgnoreCase) || meridiem.Equals("pm", StringComparison.OrdinalIgnoreCase))
            {
                hour = hour == 12 ? 12 : hour + 12;
                end++;
            }
            else if (meridiem.StartsWith("a.m", StringComparison.OrdinalIgnoreCase) || meridiem.Equals("am", StringComparison.OrdinalIgnoreCase))
            {
                hour = hour == 12 ? 0 : hour;
                end++;
            }
            else if (minute < 0 || hour > 23)
            {
                return false; // "10:30" alone is a time; "10" alone is not
            }

            minute = Math.Max(minute, 0);
        }
        else
        {
            return false;
        }

        if (end < tokens.Count && TimeZones.GetAlternateLookup<ReadOnlySpan<char>>().Contains(W(text, tokens, end)))
        {
            end++;
        }

        // The day it is on: "Thursday", "Nov. 9", "today", "yesterday".
        DateOnly? date = reference;
        var dayAt = W(text, tokens, end) is "," ? end + 1 : end;
        var scratch = new List<TimeExpression>(1);
        var dayWord = W(text, tokens, dayAt);
        if (dayWord.Equals("today", StringComparison.OrdinalIgnoreCase) || dayWord.Equals("yesterday", StringComparison.OrdinalIgnoreCase)
            || dayWord.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || dayWord.Equals("tonight", StringComparison.OrdinalIgnoreCase)
            || (dayWord.Length > 5 && dayWord.EndsWith("day", StringComparison.OrdinalIgnoreCase) && char.IsUpper(dayWord[0]))
            || (TimeExpressionRecognizer.TryGetMonth(dayWord, out _) && char.IsUpper(dayWord[0])))
        {
            TimeExpressionRecognizer.RecognizeIn(text, tokens.Slice(dayAt, Math.Min(tokens.Count - dayAt, 6)), reference, scratch);
            if (scratch.Count > 0 && scratch[0].Span.Start == tokens[dayAt].Span.Start && scratch[0].Scope.Start is { } day)
            {
                date = day;
                var spanEnd = scratch[0].Span.End;
                while (end < tokens.Count && tokens[end].Span.Start < spanEnd)
                {
                    end++;
                }
            }
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
        var clock = hour == 24 ? "T24:00" : string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        var value = (date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "XXXX-XX-XX") + clock;
        output.Add(new TimeExpression(span, TimeExpressionKind.Time, new TimeScope(date, date, span.Slice(text).ToString(), span), value));
        consumed = end - i;
        return true;
    }

    // [the] [fiscal] [1988|year-earlier|year-ago|latest|current|same|previous|...] [first…fourth] quarter [of 1990]; "third-quarter"; halves.
    private static bool TryQuarter(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, DocumentContext context, out int consumed)
    {
        consumed = 0;
        var index = i;
        var determiner = W(text, tokens, index);
        var hasDeterminer = determiner.Equals("the", StringComparison.OrdinalIgnoreCase) || determiner.Equals("this", StringComparison.OrdinalIgnoreCase)
            || determiner.Equals("last", StringComparison.OrdinalIgnoreCase) || determiner.Equals("next", StringComparison.OrdinalIgnoreCase)
            || determiner.Equals("that", StringComparison.OrdinalIgnoreCase) || determiner.Equals("its", StringComparison.OrdinalIgnoreCase)
            || determiner.Equals("a", StringComparison.OrdinalIgnoreCase);
        var relative = determiner.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : determiner.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (hasDeterminer)
        {
            index++;
        }

        int? quarter = null, half = null, year = null;
        var yearBack = false;
        var current = false;
        var latest = false;
        var fiscal = false;
        var sawModifier = false;
        for (var guard = 0; guard < 4 && index < tokens.Count; guard++)
        {
            var w = W(text, tokens, index);
            var hyphen = w.IndexOf('-');
            if (TimeExpressionRecognizer.TryYear(text, tokens, index, out var y))
            {
                year = y;
            }
            else if (Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var ordinal))
            {
                quarter = ordinal;
            }
            else if (hyphen > 0 && Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w[..hyphen], out var hyphenOrdinal)
                     && (w[(hyphen + 1)..].Equals("quarter", StringComparison.OrdinalIgnoreCase) || w[(hyphen + 1)..].Equals("half", StringComparison.OrdinalIgnoreCase)))
            {
                // "third-quarter", "second-half": the whole expression.
                if (w[(hyphen + 1)..].Equals("half", StringComparison.OrdinalIgnoreCase))
                {
                    if (year is null && !fiscal && context.Quarter is null)
                    {
                        return false; // "the second-half goal": a match, not a fiscal half
                    }

                    half = hyphenOrdinal;
                }
                else
                {
                    quarter = hyphenOrdinal;
                }

                index++;
                return Emit(text, tokens, hasDeterminer ? i : i + (index - i - 1), index, reference, output, context, quarter, half, year, yearBack, current, relative, out consumed);
            }
            else if (w.Equals("year-earlier", StringComparison.OrdinalIgnoreCase) || w.Equals("year-ago", StringComparison.OrdinalIgnoreCase)
                     || w.Equals("prior-year", StringComparison.OrdinalIgnoreCase) || w.Equals("previous-year", StringComparison.OrdinalIgnoreCase))
            {
                yearBack = true;
            }
            else if (w.Equals("current", StringComparison.OrdinalIgnoreCase))
            {
                current = true;
            }
            else if (w.Equals("latest", StringComparison.OrdinalIgnoreCase) || w.Equals("just-ended", StringComparison.OrdinalIgnoreCase))
            {
                latest = true;
            }
            else if (w.Equals("year", StringComparison.OrdinalIgnoreCase) && hasDeterminer && index == i + 1 && relative is 0 or -1 or 1
                     && index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Possessive && reference is { } possessiveReference
                     && !determiner.Equals("the", StringComparison.OrdinalIgnoreCase) && !determiner.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                // "this year's third quarter", "last year's quarter", "next year's first quarter"
                year = possessiveReference.Year + relative;
                relative = 0;
                index++;
            }
            else if (w.Equals("fiscal", StringComparison.OrdinalIgnoreCase) && (fiscal = true)
                     || w.Equals("same", StringComparison.OrdinalIgnoreCase) || w.Equals("comparable", StringComparison.OrdinalIgnoreCase)
                     || w.Equals("corresponding", StringComparison.OrdinalIgnoreCase) || w.Equals("recent", StringComparison.OrdinalIgnoreCase)
                     || w.Equals("most", StringComparison.OrdinalIgnoreCase) || w.Equals("just-ended", StringComparison.OrdinalIgnoreCase)
                     || w.Equals("final", StringComparison.OrdinalIgnoreCase) || w.Equals("calendar", StringComparison.OrdinalIgnoreCase))
            {
                if (w.Equals("final", StringComparison.OrdinalIgnoreCase))
                {
                    quarter = 4;
                }
            }
            else
            {
                break;
            }

            sawModifier = true;
            index++;
        }

        var head = W(text, tokens, index);
        var isQuarter = head.Equals("quarter", StringComparison.OrdinalIgnoreCase);
        var isHalf = head.Equals("half", StringComparison.OrdinalIgnoreCase);
        var isPeriod = head.Equals("period", StringComparison.OrdinalIgnoreCase) && (yearBack || year is not null || latest) && (context.Quarter is not null || latest);
        if (!(isQuarter || isPeriod || (isHalf && quarter is 1 or 2)) || (!hasDeterminer && !sawModifier))
        {
            return false;
        }

        if (isHalf && year is null && !fiscal && context.Quarter is null
            && !(W(text, tokens, index + 1).Equals("of", StringComparison.OrdinalIgnoreCase) && TimeExpressionRecognizer.TryYear(text, tokens, index + 2, out _)))
        {
            return false; // "in the second half" of a match; a half-year needs a year, "fiscal" or a fiscal context
        }

        if (isHalf)
        {
            half = quarter;
            quarter = null;
        }

        index++;
        if (W(text, tokens, index).Equals("of", StringComparison.OrdinalIgnoreCase) && TimeExpressionRecognizer.TryYear(text, tokens, index + 1, out var ofYear))
        {
            year = ofYear;
            index += 2;
        }

        if (isQuarter && determiner.Equals("a", StringComparison.OrdinalIgnoreCase) && (quarter is null || W(text, tokens, index).Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            return false; // "a quarter of the market"
        }

        if (latest && quarter is null && reference is { } latestReference)
        {
            var previous = (latestReference.Year * 4) + ((latestReference.Month - 1) / 3) - 1;
            year ??= previous / 4;
            quarter = (previous % 4) + 1;
        }

        return Emit(text, tokens, i, index, reference, output, context, quarter, half, year, yearBack, current, relative, out consumed);
    }

    private static bool Emit(string text, ArraySegment<Token> tokens, int start, int end, DateOnly? reference, List<TimeExpression> output, DocumentContext context,
        int? quarter, int? half, int? year, bool yearBack, bool current, int relative, out int consumed)
    {
        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        consumed = end - start;
        string value;
        DateOnly? from = null, to = null;
        if (half is { } h)
        {
            var y = year ?? reference?.Year;
            value = y is { } hy ? string.Create(CultureInfo.InvariantCulture, $"{hy:D4}-H{h}") : $"XXXX-H{h}";
            if (y is { } hy2)
            {
                from = new DateOnly(hy2, h == 1 ? 1 : 7, 1);
                to = new DateOnly(hy2, h == 1 ? 6 : 12, h == 1 ? 30 : 31);
            }
        }
        else
        {
            var referenceQuarter = reference is { } r ? ((r.Month - 1) / 3) + 1 : (int?)null;
            var q = quarter ?? (current ? referenceQuarter : context.Quarter?.Quarter ?? (referenceQuarter is { } rq ? (rq == 1 ? 4 : rq - 1) : null));
            int? y = year ?? (yearBack ? (context.Quarter?.Year ?? reference?.Year) - 1 : null);
            if (y is null && reference is { } rr && q is { } qq)
            {
                y = quarter is null && !current && context.Quarter is { } known ? known.Year
                    : quarter is null && !current && referenceQuarter == 1 ? rr.Year - 1 : rr.Year;
                if (relative != 0)
                {
                    // "last quarter" / "next quarter": the quarter before or after the reference quarter.
                    var index = ((rr.Year * 4) + (referenceQuarter!.Value - 1)) + relative;
                    y = index / 4;
                    q = (index % 4) + 1;
                }
            }

            value = q is { } vq ? string.Create(CultureInfo.InvariantCulture, $"{(y is { } vy ? vy.ToString("D4", CultureInfo.InvariantCulture) : "XXXX")}-Q{vq}")
                : y is { } only ? string.Create(CultureInfo.InvariantCulture, $"{only:D4}-QX") : "XXXX-QX";
            if (q is { } fq && y is { } fy)
            {
                from = new DateOnly(fy, ((fq - 1) * 3) + 1, 1);
                to = from.Value.AddMonths(3).AddDays(-1);
                if (!yearBack)
                {
                    context.Quarter = (fy, fq);
                }

                context.QuarterInSentence = true;
            }
        }

        output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(from, to, span.Slice(text).ToString(), span), value));
        return true;
    }

    // "a year ago", "a year earlier", "year-earlier", "year-ago": the same quarter a year before when a quarter is in question.
    private static bool TryYearAgo(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, DocumentContext context, out int consumed)
    {
        consumed = 0;
        var word = W(text, tokens, i);
        int end;
        string unit;
        if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
            && QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(W(text, tokens, i + 1), out var named)
            && named is not ("decade" or "century") && IsAgo(W(text, tokens, i + 2)))
        {
            unit = named;
            end = i + 3;
        }
        else if (word.Equals("a", StringComparison.OrdinalIgnoreCase) && W(text, tokens, i + 1).Equals("decade", StringComparison.OrdinalIgnoreCase) && IsAgo(W(text, tokens, i + 2)))
        {
            unit = "decade";
            end = i + 3;
        }
        else if ((word.Equals("year-earlier", StringComparison.OrdinalIgnoreCase) || word.Equals("year-ago", StringComparison.OrdinalIgnoreCase))
                 && !(i > 0 && W(text, tokens, i - 1).Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            unit = "year";
            end = i + 1;
        }
        else
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
        string value;
        DateOnly? date = null;
        if (reference is not { } r)
        {
            value = "PAST_REF";
        }
        else
        {
            switch (unit)
            {
                case "year" when context.Quarter is { } q:
                    value = string.Create(CultureInfo.InvariantCulture, $"{q.Year - 1:D4}-Q{q.Quarter}");
                    date = new DateOnly(q.Year - 1, ((q.Quarter - 1) * 3) + 1, 1);
                    break;
                case "year":
                    date = r.AddYears(-1);
                    value = date.Value.Year.ToString(CultureInfo.InvariantCulture);
                    break;
                case "decade":
                    date = r.AddYears(-10);
                    value = (date.Value.Year / 10).ToString(CultureInfo.InvariantCulture);
                    break;
                case "month":
                    date = r.AddMonths(-1);
                    value = date.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    break;
                case "week":
                    date = r.AddDays(-7);
                    value = IsoWeek(date.Value);
                    break;
                case "day":
                    date = r.AddDays(-1);
                    value = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                default:
                    value = "PAST_REF";
                    break;
            }
        }

        output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(date, date, span.Slice(text).ToString(), span), value));
        consumed = end - i;
        return true;
    }

    private static bool IsAgo(ReadOnlySpan<char> word) =>
        word.Equals("ago", StringComparison.OrdinalIgnoreCase) || word.Equals("earlier", StringComparison.OrdinalIgnoreCase);

    // "year-end", "year end", "year's end": the reference year (TimeML would add mod="END").
    private static bool TryYearEnd(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var word = W(text, tokens, i);
        int end;
        if (word.Equals("year-end", StringComparison.OrdinalIgnoreCase))
        {
            end = i + 1;
        }
        else if (word.Equals("year", StringComparison.OrdinalIgnoreCase) && W(text, tokens, i + 1).Equals("end", StringComparison.OrdinalIgnoreCase))
        {
            end = i + 2;
        }
        else if (word.Equals("year", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Count && tokens[i + 1].Kind == TokenKind.Possessive
                 && W(text, tokens, i + 2).Equals("end", StringComparison.OrdinalIgnoreCase))
        {
            end = i + 3;
        }
        else
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
        DateOnly? last = reference is { } r ? new DateOnly(r.Year, 12, 31) : null;
        output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(last, last, span.Slice(text).ToString(), span),
            reference?.Year.ToString(CultureInfo.InvariantCulture) ?? "XXXX"));
        consumed = end - i;
        return true;
    }

    // PAST_REF, PRESENT_REF, FUTURE_REF: "recently", "in the past", "current", "these days", "the future", "soon".
    private static bool TryReference(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var word = W(text, tokens, i);
        var next = W(text, tokens, i + 1);
        string? value = null;
        var end = i + 1;
        if (word.Equals("recently", StringComparison.OrdinalIgnoreCase) || word.Equals("lately", StringComparison.OrdinalIgnoreCase))
        {
            value = "PAST_REF";
        }
        else if (word.Equals("recent", StringComparison.OrdinalIgnoreCase))
        {
            // "recent years" → PAST_REF; "recent months" → PXM; "recent" before any other noun → PAST_REF on its own.
            if (QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(next, out var unit) && next.EndsWith("s"))
            {
                end++;
                value = unit == "year" ? "PAST_REF" : Duration(0, unit).Replace("0", "X", StringComparison.Ordinal);
                if (value != "PAST_REF")
                {
                    var durationSpan = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
                    output.Add(new TimeExpression(durationSpan, TimeExpressionKind.Duration, new TimeScope(null, reference, durationSpan.Slice(text).ToString(), durationSpan), value));
                    consumed = end - i;
                    return true;
                }
            }
            else if (i > 0 && W(text, tokens, i - 1).Equals("the", StringComparison.OrdinalIgnoreCase) && next.Equals("past", StringComparison.OrdinalIgnoreCase))
            {
                end++;
                value = "PAST_REF";
            }
            else
            {
                return false; // "recent" before other nouns is rarely annotated
            }
        }
        else if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && (next.Equals("past", StringComparison.OrdinalIgnoreCase) || next.Equals("future", StringComparison.OrdinalIgnoreCase))
                 && !IsTimeUnitOrNumber(text, tokens, i + 2) && !W(text, tokens, i + 2).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            value = next.Equals("past", StringComparison.OrdinalIgnoreCase) ? "PAST_REF" : "FUTURE_REF";
            end = i + 2;
        }
        else if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && next.Equals("near", StringComparison.OrdinalIgnoreCase)
                 && (W(text, tokens, i + 2).Equals("future", StringComparison.OrdinalIgnoreCase) || W(text, tokens, i + 2).Equals("term", StringComparison.OrdinalIgnoreCase)))
        {
            value = "FUTURE_REF";
            end = i + 3;
        }
        else if (word.Equals("current", StringComparison.OrdinalIgnoreCase)
                 && !(QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(next) || next.Equals("quarter", StringComparison.OrdinalIgnoreCase)
                      || next.Equals("fiscal", StringComparison.OrdinalIgnoreCase) || next.Equals("account", StringComparison.OrdinalIgnoreCase)))
        {
            value = "PRESENT_REF";
        }
        else if ((word.Equals("these", StringComparison.OrdinalIgnoreCase) && next.Equals("days", StringComparison.OrdinalIgnoreCase))
                 || (word.Equals("at", StringComparison.OrdinalIgnoreCase) && next.Equals("present", StringComparison.OrdinalIgnoreCase)))
        {
            value = "PRESENT_REF";
            end = i + 2;
        }
        else if (word.Equals("nowadays", StringComparison.OrdinalIgnoreCase))
        {
            value = "PRESENT_REF";
        }

        if (value is null)
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
        var scope = value switch
        {
            "PAST_REF" => new TimeScope(null, reference, span.Slice(text).ToString(), span),
            "FUTURE_REF" => new TimeScope(reference, null, span.Slice(text).ToString(), span),
            _ => new TimeScope(reference, reference, span.Slice(text).ToString(), span),
        };
        output.Add(new TimeExpression(span, TimeExpressionKind.Date, scope, value));
        consumed = end - i;
        return true;
    }

    private static bool IsTimeUnitOrNumber(string text, ArraySegment<Token> tokens, int index) =>
        index < tokens.Count && (tokens[index].Kind == TokenKind.Number || NumberParser.TryParseAt(text, tokens, index, out _)
            || QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(W(text, tokens, index))
            || VagueAmounts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(W(text, tokens, index)));

    // "daily", "annually", "every day", "each week", "every other week", "each July".
    private static bool TrySet(string text, ArraySegment<Token> tokens, int i, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var word = W(text, tokens, i);
        string? value = null;
        var end = i + 1;
        if (SetWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var set))
        {
            value = set;
        }
        else if (word.Equals("every", StringComparison.OrdinalIgnoreCase) || word.Equals("each", StringComparison.OrdinalIgnoreCase))
        {
            var next = W(text, tokens, i + 1);
            if (QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(next, out var unit) && !next.EndsWith("s"))
            {
                value = Duration(1, unit);
                end = i + 2;
            }
            else if (TimeExpressionRecognizer.TryGetMonth(next, out var month) && char.IsUpper(next[0]))
            {
                value = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
                end = i + 2;
            }
        }

        if (value is null)
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
        output.Add(new TimeExpression(span, TimeExpressionKind.Set, new TimeScope(null, null, span.Slice(text).ToString(), span), value));
        consumed = end - i;
        return true;
    }

    // "last fall", "this summer", "this past spring", "the summer of 1998"; "this morning", "last night", "this afternoon".
    private static bool TrySeasonOrDayPart(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var word = W(text, tokens, i);
        var direction = word.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1
            : word.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1
            : word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase) ? 0 : int.MinValue;
        if (direction == int.MinValue)
        {
            return false;
        }

        var index = i + 1;
        var thisPast = false;
        if (direction == 0 && W(text, tokens, index).Equals("past", StringComparison.OrdinalIgnoreCase))
        {
            direction = -1;
            thisPast = true;
            index++;
        }

        var noun = W(text, tokens, index);
        if (Seasons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(noun, out var season))
        {
            var end = index + 1;
            int? year = null;
            if (W(text, tokens, end).Equals("of", StringComparison.OrdinalIgnoreCase) && TimeExpressionRecognizer.TryYear(text, tokens, end + 1, out var ofYear))
            {
                year = ofYear;
                end += 2;
            }
            else if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (year is null && reference is { } r)
            {
                var seasonIndex = season switch { "SP" => 1, "SU" => 2, "FA" => 3, _ => 4 };
                var referenceSeason = r.Month switch { >= 3 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 11 => 3, _ => 4 };
                year = direction switch
                {
                    // "this past spring": the latest one; "last spring": last year's.
                    < 0 when thisPast => seasonIndex < referenceSeason ? r.Year : r.Year - 1,
                    < 0 => r.Year - 1,
                    > 0 => seasonIndex > referenceSeason ? r.Year : r.Year + 1,
                    _ => r.Year,
                };
            }

            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
            var value = (year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "XXXX") + "-" + season;
            output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(null, null, span.Slice(text).ToString(), span), value));
            consumed = end - i;
            return true;
        }

        if (direction is 0 or -1 && !word.Equals("the", StringComparison.OrdinalIgnoreCase) && index == i + 1 && PartOfDay(noun) is { } part
            && (direction == 0 || noun.Equals("night", StringComparison.OrdinalIgnoreCase)))
        {
            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[index].Span.End);
            DateOnly? date = reference?.AddDays(direction);
            var value = (date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "XXXX-XX-XX") + part;
            output.Add(new TimeExpression(span, TimeExpressionKind.Time, new TimeScope(date, date, span.Slice(text).ToString(), span), value));
            consumed = 2;
            return true;
        }

        return false;
    }

    // "a week", "an hour", "a few days", "several years", "the past three years", "the next few days", "years" after "for".
    private static bool TryVagueDuration(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var index = i;
        var start = i;
        var word = W(text, tokens, index);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && W(text, tokens, index + 1) is var relative
            && (relative.Equals("past", StringComparison.OrdinalIgnoreCase) || relative.Equals("last", StringComparison.OrdinalIgnoreCase)
                || relative.Equals("next", StringComparison.OrdinalIgnoreCase) || relative.Equals("coming", StringComparison.OrdinalIgnoreCase)
                || relative.Equals("first", StringComparison.OrdinalIgnoreCase)))
        {
            index += 2;
            word = W(text, tokens, index);
        }

        double? amount = null;
        if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) && index == i && IsRateContext(text, tokens, i))
        {
            return false; // "$1.76 a year", "700 seats a week": a rate, not a time
        }

        if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
            && W(text, tokens, index + 1).Equals("second", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "a second group"
        }

        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (W(text, tokens, index + 1) is var few && (few.Equals("few", StringComparison.OrdinalIgnoreCase) || few.Equals("couple", StringComparison.OrdinalIgnoreCase)))
            {
                amount = few.Equals("couple", StringComparison.OrdinalIgnoreCase) ? 2 : null;
                index += W(text, tokens, index + 2).Equals("of", StringComparison.OrdinalIgnoreCase) ? 3 : 2;
            }
            else
            {
                amount = 1;
                index++;
            }
        }
        else if (VagueAmounts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !word.Equals("some", StringComparison.OrdinalIgnoreCase))
        {
            index++;
        }
        else if (index > start && NumberParser.TryParseAt(text, tokens, index, out var number) && !number.IsVague)
        {
            amount = number.Value;
            index += number.TokenCount;
        }
        else if (index > start && !W(text, tokens, index).EndsWith("s"))
        {
            // "the past year", "the next month": one unit ("the coming years": an unknown number).
            amount = 1;
        }
        else if (index == start)
        {
            return false;
        }

        var unitWord = W(text, tokens, index);
        if (!QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitWord, out var unit))
        {
            return false;
        }

        var plural = unitWord.EndsWith("s");
        if (amount is null && !plural)
        {
            return false;
        }

        if (index == i && !plural)
        {
            return false;
        }

        var end = index + 1;
        if (IsAgo(W(text, tokens, end)) || W(text, tokens, end).Equals("old", StringComparison.OrdinalIgnoreCase)
            || W(text, tokens, end).Equals("later", StringComparison.OrdinalIgnoreCase))
        {
            if (amount is null && IsAgo(W(text, tokens, end)))
            {
                // "a few years ago", "months ago"
                var agoSpan = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end].Span.End);
                output.Add(new TimeExpression(agoSpan, TimeExpressionKind.Date, new TimeScope(null, null, agoSpan.Slice(text).ToString(), agoSpan), "PAST_REF"));
                consumed = end + 1 - i;
                return true;
            }

            return false;
        }

        // "the past year", "the last year": last year as a date (news annotation reads it as the calendar year before).
        if (amount == 1 && index == start + 2 && unit == "year" && !plural && reference is { } pastReference
            && (W(text, tokens, start + 1).Equals("past", StringComparison.OrdinalIgnoreCase) || W(text, tokens, start + 1).Equals("last", StringComparison.OrdinalIgnoreCase)))
        {
            var pastSpan = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
            var lastYear = pastReference.Year - 1;
            output.Add(new TimeExpression(pastSpan, TimeExpressionKind.Date,
                new TimeScope(new DateOnly(lastYear, 1, 1), new DateOnly(lastYear, 12, 31), pastSpan.Slice(text).ToString(), pastSpan),
                lastYear.ToString(CultureInfo.InvariantCulture)));
            consumed = end - i;
            return true;
        }

        // "a year" after an amount is a rate ("$5 a year"): a set.
        var isSet = amount == 1 && index == i + 1 && i > 0 && (tokens[i - 1].Kind == TokenKind.Number || W(text, tokens, i - 1).Equals("times", StringComparison.OrdinalIgnoreCase)
            || W(text, tokens, i - 1) is "%" || W(text, tokens, i - 1).Equals("percent", StringComparison.OrdinalIgnoreCase)
            || W(text, tokens, i - 1).Equals("million", StringComparison.OrdinalIgnoreCase) || W(text, tokens, i - 1).Equals("billion", StringComparison.OrdinalIgnoreCase));
        var value = amount is { } a ? Duration(a, unit) : Duration(0, unit).Replace("0", "X", StringComparison.Ordinal);
        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        output.Add(new TimeExpression(span, isSet ? TimeExpressionKind.Set : TimeExpressionKind.Duration, new TimeScope(null, null, span.Slice(text).ToString(), span), value));
        consumed = end - i;
        return true;
    }

    private static bool IsRateContext(string text, ArraySegment<Token> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var previous = tokens[i - 1];
        var word = W(text, tokens, i - 1);
        return previous.Kind == TokenKind.Number || word is "%" || word.Equals("percent", StringComparison.OrdinalIgnoreCase)
            || QuantityWords.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || word.Equals("times", StringComparison.OrdinalIgnoreCase)
            || (previous.Kind == TokenKind.Word && word.Length > 3 && word.EndsWith("s") && char.IsLower(word[0])
                && !QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) && !word.EndsWith("ss"));
    }

    // "two-year", "30-year", "16-hour", "a 10-day" (the number may be digits joined by a hyphen).
    private static bool TryHyphenDuration(string text, ArraySegment<Token> tokens, int i, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var word = W(text, tokens, i);
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0)
        {
            return false;
        }

        var rest = word[(hyphen + 1)..];
        var second = rest.IndexOf('-');
        var unitPart = second > 0 ? rest[..second] : rest;
        if (second > 0 && !rest[(second + 1)..].Equals("long", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "45-year-old" is an age
        }

        if (!QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitPart, out var unit) || unitPart.EndsWith("s")
            || !QuantityWords.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..hyphen], out var amount) || amount == 0)
        {
            return false;
        }

        var span = tokens[i].Span;
        output.Add(new TimeExpression(span, TimeExpressionKind.Duration, new TimeScope(null, null, span.Slice(text).ToString(), span), Duration(amount, unit)));
        consumed = 1;
        return true;
    }

    // "the 1990s", "the late 1970s", "the '80s", "the nineties", "1990s".
    private static bool TryDecade(string text, ArraySegment<Token> tokens, int i, int index, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        if (index < tokens.Count && TimeExpressionRecognizer.PartOf(W(text, tokens, index)) is not null && index == i + 1
            && W(text, tokens, i).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            index++;
        }

        if (index >= tokens.Count)
        {
            return false;
        }

        string? value = null;
        var end = index + 1;
        var w = W(text, tokens, index);
        if (tokens[index].Kind == TokenKind.Number && w.Length == 4 && w[3] == '0' && W(text, tokens, index + 1) is "s" && tokens[index + 1].IsJoined
            && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var decade) && decade is >= 1000 and <= 2100)
        {
            value = (decade / 10).ToString(CultureInfo.InvariantCulture); // TimeML: "199" for the 1990s
            end = index + 2;
        }
        else if (DecadeWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var tens) && index > i)
        {
            value = string.Create(CultureInfo.InvariantCulture, $"19{tens}");
        }

        if (value is null)
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
        output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(null, null, span.Slice(text).ToString(), span), value));
        consumed = end - i;
        return true;
    }

    // "the 20th century", "the 11th century"
    private static bool TryCentury(string text, ArraySegment<Token> tokens, int i, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        if (i + 3 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Number || !tokens[i + 2].IsJoined
            || !W(text, tokens, i + 3).Equals("century", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(W(text, tokens, i + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var century) || century is < 1 or > 22)
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + 3].Span.End);
        output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(null, null, span.Slice(text).ToString(), span),
            (century - 1).ToString("D2", CultureInfo.InvariantCulture)));
        consumed = 4;
        return true;
    }

    // "the year" (after "for": a duration), "the week", "the weekend", "the day".
    private static bool TryTheUnit(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        if (!W(text, tokens, i).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var noun = W(text, tokens, i + 1);
        var after = W(text, tokens, i + 2);
        if (after.Equals("of", StringComparison.OrdinalIgnoreCase) || after is "'s" or "’s" || (i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Possessive))
        {
            return false;
        }

        var before = W(text, tokens, i - 1);
        var isFor = before.Equals("for", StringComparison.OrdinalIgnoreCase) || before.Equals("during", StringComparison.OrdinalIgnoreCase)
            || before.Equals("throughout", StringComparison.OrdinalIgnoreCase);
        string value;
        var kind = TimeExpressionKind.Date;
        if (noun.Equals("year", StringComparison.OrdinalIgnoreCase) && NamedYearAt(text, tokens, i + 2) is { } named)
        {
            // "the year two thousand", "the year 2000"
            var namedSpan = TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + 1 + named.Tokens].Span.End);
            output.Add(new TimeExpression(namedSpan, TimeExpressionKind.Date,
                new TimeScope(new DateOnly(named.Year, 1, 1), new DateOnly(named.Year, 12, 31), namedSpan.Slice(text).ToString(), namedSpan),
                named.Year.ToString(CultureInfo.InvariantCulture)));
            consumed = 2 + named.Tokens;
            return true;
        }

        if (noun.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            value = isFor ? "P1Y" : reference?.Year.ToString(CultureInfo.InvariantCulture) ?? "XXXX";
            kind = isFor ? TimeExpressionKind.Duration : TimeExpressionKind.Date;
        }
        else if (noun.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            value = isFor ? "P1W" : reference is { } r ? IsoWeek(r) : "XXXX-WXX";
            kind = isFor ? TimeExpressionKind.Duration : TimeExpressionKind.Date;
        }
        else if (noun.Equals("weekend", StringComparison.OrdinalIgnoreCase))
        {
            // Early in the week "the weekend" is the one just past; from Friday on, the one at hand.
            value = reference is { } r ? IsoWeek(r.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday ? r.AddDays(-7) : r) + "-WE" : "XXXX-WXX-WE";
        }
        else if ((noun.Equals("full", StringComparison.OrdinalIgnoreCase) || noun.Equals("fiscal", StringComparison.OrdinalIgnoreCase)
                  || noun.Equals("calendar", StringComparison.OrdinalIgnoreCase) || noun.Equals("current", StringComparison.OrdinalIgnoreCase))
                 && W(text, tokens, i + 2).Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            // "the full year", "the fiscal year", "the current fiscal year" → the reference year; "throughout the fiscal year",
            // "during the full year" → a year's duration.
            var yearSpan = TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + 2].Span.End);
            var lasting = before.Equals("throughout", StringComparison.OrdinalIgnoreCase) || before.Equals("during", StringComparison.OrdinalIgnoreCase);
            output.Add(new TimeExpression(yearSpan, lasting ? TimeExpressionKind.Duration : TimeExpressionKind.Date,
                new TimeScope(null, null, yearSpan.Slice(text).ToString(), yearSpan),
                lasting ? "P1Y" : reference?.Year.ToString(CultureInfo.InvariantCulture) ?? "XXXX"));
            consumed = 3;
            return true;
        }
        else
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + 1].Span.End);
        output.Add(new TimeExpression(span, kind, new TimeScope(null, null, span.Slice(text).ToString(), span), value));
        consumed = 2;
        return true;
    }

    private static ReadOnlySpan<char> W(string text, ArraySegment<Token> tokens, int index) => TimeExpressionRecognizer.W(text, tokens, index);
}
