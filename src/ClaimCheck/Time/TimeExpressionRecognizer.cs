using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>Finds time expressions (dates, months, weekdays, relative days and periods, years, durations, sets) and
/// resolves them against a reference date, preferring the past for weekdays and months unless the words point forward.</summary>
/// <remarks>A scanner over tokens, linear in the input. Without a reference date only expressions that name their year are
/// resolved. Thread-safe; the default instance may be shared.</remarks>
public sealed class TimeExpressionRecognizer : IAnnotator
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7,
        ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9,
        ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday, ["Sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far ahead a month without a year may lie before it is read as last year's (news looks back more than ahead).</summary>
    private const int MonthsAhead = 4;

    private static readonly FrozenSet<string> FuturePointing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "expected", "scheduled", "planned", "slated", "proposed", "intended", "projected", "forecasted", "timed", "aimed", "targeted");

    private static readonly FrozenSet<string> IrregularPast = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "was", "were", "came", "met", "took", "began", "left", "held", "won", "lost", "fell", "rose", "made", "told", "went", "sold",
        "bought", "paid", "struck", "hit", "shot", "killed", "found", "gave", "got", "had", "did", "saw", "became", "ran", "led", "spoke", "wrote");

    private static readonly FrozenSet<string> ForwardWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "next", "coming", "by", "until", "till");

    // Words that can open a time expression; any digit token or hyphenated word can too ("mid-October", "two-year").
    private static readonly FrozenSet<string> Triggers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "today", "tonight", "yesterday", "tomorrow", "now", "currently", "presently", "last", "past", "previous", "preceding", "this",
        "current", "next", "coming", "earlier", "later", "every", "each", "between", "early", "mid", "middle", "late", "fiscal",
        "recently", "lately", "recent", "these", "at", "nowadays", "daily", "nightly", "weekly", "monthly", "yearly", "hourly",
        "biweekly", "fortnightly", "noon", "midnight", "midday", "first", "second", "third", "fourth", "final", "latest", "that",
        "its", "several", "many", "few", "couple", "some", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "half", "the", "a", "an",
        "thanksgiving", "christmas", "new", "independence", "halloween", "labor", "memorial", "election", "year");

    // What may follow "the", "a" or "an" in a time expression ("the third quarter", "a year ago", "the 1990s", "the past").
    private static readonly FrozenSet<string> ArticleFollowers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "past", "future", "near", "next", "coming", "last", "first", "second", "third", "fourth", "final", "fiscal", "latest",
        "current", "same", "previous", "prior", "recent", "comparable", "corresponding", "most", "calendar", "quarter", "half",
        "period", "year", "week", "weekend", "month", "day", "decade", "century", "hour", "minute", "few", "couple", "late", "full",
        "early", "mid", "middle", "spring", "summer", "fall", "autumn", "winter", "twenties", "thirties", "forties", "fifties",
        "sixties", "seventies", "eighties", "nineties", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "twelve", "twenty", "thirty", "fifty", "hundred", "dozen", "just-ended");

    private static bool MayStart(string text, ArraySegment<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = token.Span.Slice(text);

        // Titles: "VOA Today", "High Noon", "60 Minutes", ABC's "This Week": a capitalised time word inside a run of capitalised words.
        if (char.IsUpper(word[0]) && i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i - 1].Span.Start])
            && (word.Equals("Today", StringComparison.Ordinal) || word.Equals("Tonight", StringComparison.Ordinal) || word.Equals("Noon", StringComparison.Ordinal)
                || word.Equals("Now", StringComparison.Ordinal)))
        {
            return false;
        }

        if (word.Contains('-') || Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
            || Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
        {
            return true;
        }

        if (!Triggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        if (word.Length <= 3 && (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
            || word.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            if (i + 1 >= tokens.Count)
            {
                return false;
            }

            var next = tokens[i + 1];
            return next.Kind == TokenKind.Number
                || (next.Kind == TokenKind.Word && (ArticleFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next.Span.Slice(text)) || next.Span.Slice(text).Contains('-')));
        }

        return true;
    }

    /// <summary>A shared instance.</summary>
    public static TimeExpressionRecognizer Default { get; } = new();

    /// <summary>Finds the time expressions in <paramref name="text"/>, resolved against <paramref name="referenceDate"/> when given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<TimeExpression> Recognize(string text, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = Annotate(AnnotatedDocument.Create(new Document("text", text, published: referenceDate), Lexicon.BuiltIn), CancellationToken.None);
        return document.GetLayer<TimeLayer>().All;
    }

    /// <inheritdoc/>
    /// <remarks>Resolves against the document's publication date, carrying what earlier sentences said (the fiscal quarter in
    /// question) from sentence to sentence.</remarks>
    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layer = new SentenceLayerBuilder<TimeExpression>();
        var times = new List<TimeExpression>();
        var context = new DocumentContext();
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            layer.NextSentence();
            times.Clear();
            Recognize(document.Text, document.TokenSegment(i), document.Document.Published, times, context);
            layer.AddRange(times);
        }

        var (all, starts) = layer.Build();
        return document.WithLayer(new TimeLayer(all, starts));
    }

    /// <summary>Finds the time expressions in a few tokens on their own, with no document context (a clock time's day).</summary>
    internal static void RecognizeIn(string text, ArraySegment<Token> tokens, DateOnly? reference, List<TimeExpression> output) =>
        Recognize(text, tokens, reference, output, new DocumentContext());

    /// <summary>Finds the time expressions in one sentence's tokens, with what earlier sentences of the document said (the fiscal quarter in question).</summary>
    private static void Recognize(string text, ArraySegment<Token> tokens, DateOnly? reference, List<TimeExpression> output, DocumentContext context)
    {
        context.QuarterInSentence = false;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!MayStart(text, tokens, i))
            {
                i++;
                continue;
            }

            var consumed = TryAt(text, tokens, i, reference, output, context);
            i += Math.Max(consumed, 1);
        }
    }

    private static int TryAt(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, DocumentContext context)
    {
        var word = W(text, tokens, i);
        if (tokens[i].Kind == TokenKind.Punctuation)
        {
            return 1;
        }

        if (word.Length > 32)
        {
            return 1;
        }

        Span<char> lowerBuffer = stackalloc char[word.Length];
        word.ToLowerInvariant(lowerBuffer);
        ReadOnlySpan<char> lower = lowerBuffer;

        if (TimeRules.TryAt(text, tokens, i, reference, output, context, out var ruleTokens))
        {
            return ruleTokens;
        }

        // "between early and mid-October", "early to mid-October"
        if ((lower is "between" && PartOf(W(text, tokens, i + 1)) is not null && W(text, tokens, i + 2) is "and")
            || (PartOf(word) is not null && W(text, tokens, i + 1) is "to" or "and"))
        {
            var firstPart = lower is "between" ? i + 1 : i;
            var secondStart = firstPart + 2;
            if (TryMonthExpression(text, tokens, secondStart, reference, out var second, out var secondEnd))
            {
                var firstPartName = PartOf(W(text, tokens, firstPart))!;
                var monthStart = second.Scope.Start is { } secondFirst ? new DateOnly(secondFirst.Year, secondFirst.Month, 1) : (DateOnly?)null;
                var (start, _) = PartDays(firstPartName, monthStart, monthStart?.AddMonths(1).AddDays(-1));
                var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[secondEnd - 1].Span.End);
                output.Add(new TimeExpression(span, TimeExpressionKind.Date, second.Scope with { Start = start ?? second.Scope.Start, Text = span.Slice(text).ToString(), Span = span }, second.Value));
                return secondEnd - i;
            }
        }

        if (TryMonthExpression(text, tokens, i, reference, out var month, out var monthEnd))
        {
            output.Add(month);
            return monthEnd - i;
        }

        // "17 October 2024"
        if (tokens[i].Kind == TokenKind.Number && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var dayFirst)
            && dayFirst is >= 1 and <= 31 && Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(W(text, tokens, i + 1), out var monthAfterDay)
            && char.IsUpper(text[tokens[i + 1].Span.Start]))
        {
            var end = i + 2;
            int? year = TryYear(text, tokens, end, out var y) ? y : null;
            if (year is not null)
            {
                end++;
            }

            AddDate(text, tokens, i, end, reference, monthAfterDay, dayFirst, year, preferFuture: false, output);
            return end - i;
        }

        // Weekdays: "Monday", "last Friday", "this Monday", "next Tuesday".
        if (Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var weekday) && char.IsUpper(word[0]))
        {
            var start = i;
            var direction = 0;
            var before = W(text, tokens, i - 1);
            if (before.Equals("last", StringComparison.OrdinalIgnoreCase) || before.Equals("past", StringComparison.OrdinalIgnoreCase))
            {
                start--;
                direction = -1;
            }
            else if (before.Equals("next", StringComparison.OrdinalIgnoreCase) || before.Equals("coming", StringComparison.OrdinalIgnoreCase))
            {
                start--;
                direction = 1;
            }
            else if (before.Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                start--;
            }
            else if (before.Equals("previous", StringComparison.OrdinalIgnoreCase) || before.Equals("preceding", StringComparison.OrdinalIgnoreCase))
            {
                start--;
                direction = -1;
            }
            else if (before.Equals("each", StringComparison.OrdinalIgnoreCase) || before.Equals("every", StringComparison.OrdinalIgnoreCase))
            {
                var setSpan = TextSpan.FromBounds(tokens[i - 1].Span.Start, tokens[i].Span.End);
                output.Add(new TimeExpression(setSpan, TimeExpressionKind.Set, new TimeScope(null, null, setSpan.Slice(text).ToString(), setSpan), "XXXX-WXX-" + IsoDay(weekday)));
                return 1;
            }

            if (direction == 0 && (FutureBefore(text, tokens, start) || PlanBefore(text, tokens, start)))
            {
                direction = 1;
            }

            if (start > 0 && W(text, tokens, start - 1).Equals("the", StringComparison.OrdinalIgnoreCase) && direction != 0)
            {
                start--;
            }

            // "Monday, Oct. 14": the date says which Monday.
            var dateAt = W(text, tokens, i + 1) is "," ? i + 2 : i + 1;
            if (TryMonthExpression(text, tokens, dateAt, reference, out var dated, out var datedEnd) && dated.Value.Length == 10)
            {
                var fullSpan = TextSpan.FromBounds(tokens[start].Span.Start, tokens[datedEnd - 1].Span.End);
                output.Add(dated with { Span = fullSpan, Scope = dated.Scope with { Text = fullSpan.Slice(text).ToString(), Span = fullSpan } });
                return datedEnd - i;
            }

            var end = i + 1;
            DateOnly? date = reference is { } r ? ResolveWeekday(r, weekday, direction) : null;
            var value = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "XXXX-WXX-" + IsoDay(weekday);
            var kind = TimeExpressionKind.Date;
            if (TimeRules.PartOfDay(W(text, tokens, end)) is not null)
            {
                end++; // "Wednesday night": the span grows; news annotation mostly keeps the day's value
            }

            var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
            output.Add(new TimeExpression(span, kind, new TimeScope(date, date, span.Slice(text).ToString(), span), value));
            return end - i;
        }

        // today, yesterday, tomorrow, tonight, now
        var offset = lower switch { "today" => 0, "tonight" => 0, "yesterday" => -1, "tomorrow" => 1, _ => (int?)null };
        if (offset is { } days)
        {
            var end = i + 1;
            var suffix = lower is "tonight" ? "TNI" : string.Empty;
            if (lower is not "tonight" && TimeRules.PartOfDay(W(text, tokens, end)) is { } part)
            {
                suffix = part;
                end++;
            }

            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[end - 1].Span.End);
            DateOnly? date = reference?.AddDays(days);
            output.Add(new TimeExpression(span, suffix.Length > 0 ? TimeExpressionKind.Time : TimeExpressionKind.Date,
                new TimeScope(date, date, span.Slice(text).ToString(), span),
                date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + suffix : "XXXX-XX-XX"));
            return end - i;
        }

        if (lower is "now" or "currently" or "presently")
        {
            var span = tokens[i].Span;
            output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(reference, reference, span.Slice(text).ToString(), span), "PRESENT_REF"));
            return 1;
        }

        // "… in the third quarter, against $2 million last year": the same quarter of last year.
        if (lower is "last" && W(text, tokens, i + 1).Equals("year", StringComparison.OrdinalIgnoreCase) && context.QuarterInSentence
            && context.Quarter is { } quarter && tokens[i].Span.Start > 0)
        {
            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + 1].Span.End);
            var first = new DateOnly(quarter.Year - 1, ((quarter.Quarter - 1) * 3) + 1, 1);
            output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(first, first.AddMonths(3).AddDays(-1), span.Slice(text).ToString(), span),
                string.Create(CultureInfo.InvariantCulture, $"{quarter.Year - 1:D4}-Q{quarter.Quarter}")));
            return 2;
        }

        // "last week", "this year", "next month", "earlier this month", "later this year", "the end of the year"
        if (TryRelativePeriod(text, tokens, i, reference, output, out var periodTokens))
        {
            return periodTokens;
        }

        // "two days ago", "six months", "every six months", "1,000 days"
        if (TryDurationOrAgo(text, tokens, i, reference, output, out var durationTokens))
        {
            return durationTokens;
        }

        // A year on its own: "in 2024", "since 2022", "early 2023", "fiscal 1989".
        var yearAt = PartOf(word) is not null || lower is "fiscal" ? i + 1 : i;
        if (TryYear(text, tokens, yearAt, out var bareYear) && !(yearAt > 0 && tokens[yearAt - 1].Kind == TokenKind.Currency))
        {
            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[yearAt].Span.End);
            var first = new DateOnly(bareYear, 1, 1);
            var last = new DateOnly(bareYear, 12, 31);
            var yearPart = PartOf(word);
            if (yearPart is not null)
            {
                (first, last) = yearPart switch
                {
                    "early" => (first, new DateOnly(bareYear, 4, 30)),
                    "mid" => (new DateOnly(bareYear, 5, 1), new DateOnly(bareYear, 8, 31)),
                    _ => (new DateOnly(bareYear, 9, 1), last),
                };
            }

            output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(first, last, span.Slice(text).ToString(), span),
                bareYear.ToString(CultureInfo.InvariantCulture)));
            return yearAt - i + 1;
        }

        return 1;
    }

    // Month [.] [day] [,] [year] | Month year | part-of-month Month ("early October", "mid-October")
    private static bool TryMonthExpression(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, out TimeExpression expression, out int end)
    {
        expression = null!;
        end = i;
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        var start = i;
        var word = W(text, tokens, i);
        string? part = null;
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && PartOf(word[..hyphen]) is { } hyphenPart)
        {
            part = hyphenPart;
            word = word[(hyphen + 1)..];
        }
        else if (PartOf(word) is { } separatePart)
        {
            part = separatePart;
            i++;
            if (W(text, tokens, i) is "-")
            {
                i++;
            }

            word = W(text, tokens, i);
        }

        if (word.IsEmpty || !char.IsUpper(word[0]) || !Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var month))
        {
            return false;
        }

        end = i + 1;
        if (W(text, tokens, end) is "." && tokens[end].IsJoined && word.Length <= 4 && end + 1 < tokens.Count)
        {
            end++; // "Oct." but not the full stop after "October."
        }

        int? day = null;
        if (end < tokens.Count && tokens[end].Kind == TokenKind.Number && !tokens[end].Span.Slice(text).ContainsAny(",.")
            && int.TryParse(tokens[end].Span.Slice(text), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31
            && !(end + 1 < tokens.Count && tokens[end + 1].IsJoined && tokens[end + 1].Kind == TokenKind.Word && !IsOrdinalSuffix(W(text, tokens, end + 1))))
        {
            day = d;
            end++;
            if (end < tokens.Count && tokens[end].IsJoined && IsOrdinalSuffix(W(text, tokens, end)))
            {
                end++;
            }
        }

        int? year = null;
        var yearAt = W(text, tokens, end) is "," ? end + 1 : end;
        var spoken = new List<TimeExpression>(0);
        if (TryYear(text, tokens, yearAt, out var y))
        {
            year = y;
            end = yearAt + 1;
        }
        else if (W(text, tokens, yearAt).Equals("nineteen", StringComparison.OrdinalIgnoreCase) && TimeRules.TryYearInWords(text, tokens, yearAt, spoken, out var spokenTokens))
        {
            year = int.Parse(spoken[0].Value, CultureInfo.InvariantCulture);
            end = yearAt + spokenTokens;
        }

        // "Jan Kavan", "March for Life": an abbreviation needs a dot or a day; a month before "for"/"of" needs a day or year.
        if (day is null && year is null && part is null
            && ((word.Length <= 4 && month is not (5 or 6 or 7) && !(i + 1 < tokens.Count && W(text, tokens, i + 1) is "."))
                || W(text, tokens, end).Equals("for", StringComparison.OrdinalIgnoreCase)
                || (W(text, tokens, end).Equals("of", StringComparison.OrdinalIgnoreCase) && !TryYear(text, tokens, end + 1, out _))))
        {
            return false;
        }

        // "June last year", "February this year", "April next year"
        var yearOffset = (int?)null;
        if (day is null && year is null && W(text, tokens, end + 1).Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            var which = W(text, tokens, end);
            yearOffset = which.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : which.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0
                : which.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : null;
            if (yearOffset is { } offsetYears && reference is { } offsetReference)
            {
                year = offsetReference.Year + offsetYears;
                end += 2;
            }
        }

        // "May" is also a modal verb: accept it only with a day, a year, a part or a preposition before it.
        if (month == 5 && day is null && year is null && part is null
            && !W(text, tokens, start - 1).Equals("in", StringComparison.OrdinalIgnoreCase)
            && !W(text, tokens, start - 1).Equals("last", StringComparison.OrdinalIgnoreCase)
            && !W(text, tokens, start - 1).Equals("next", StringComparison.OrdinalIgnoreCase)
            && !W(text, tokens, start - 1).Equals("early", StringComparison.OrdinalIgnoreCase)
            && !W(text, tokens, start - 1).Equals("late", StringComparison.OrdinalIgnoreCase)
            && !W(text, tokens, start - 1).Equals("since", StringComparison.OrdinalIgnoreCase)
            && !W(text, tokens, start - 1).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var preferFuture = ForwardWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(W(text, tokens, start - 1))
            || FutureBefore(text, tokens, start);
        var monthDirection = 0;
        if (part is null && year is null && start > 0 && W(text, tokens, start - 1) is var relative
            && (relative.Equals("last", StringComparison.OrdinalIgnoreCase) || relative.Equals("this", StringComparison.OrdinalIgnoreCase)
                || relative.Equals("next", StringComparison.OrdinalIgnoreCase)))
        {
            monthDirection = relative.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : relative.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
            start--;
        }

        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        // "ruled on Jan. 5", "was founded in March": a verb in the past just before points back.
        var verbAt = W(text, tokens, start - 1) is var p && (p.Equals("on", StringComparison.OrdinalIgnoreCase) || p.Equals("in", StringComparison.OrdinalIgnoreCase)) ? start - 2 : start - 1;
        var pastVerb = verbAt >= 0 && tokens[verbAt].Kind == TokenKind.Word && char.IsLower(text[tokens[verbAt].Span.Start])
            && ((W(text, tokens, verbAt).EndsWith("ed") && !FuturePointing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(W(text, tokens, verbAt)))
                || IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(W(text, tokens, verbAt)));
        var resolvedYear = year ?? (pastVerb && monthDirection == 0 && !preferFuture && reference is { } pastReference
            ? (int?)(month > pastReference.Month ? pastReference.Year - 1 : pastReference.Year)
            : null) ?? (monthDirection != 0 && reference is { } mr
            ? monthDirection switch { -1 => month < mr.Month ? mr.Year : mr.Year - 1, 1 => month > mr.Month ? mr.Year : mr.Year + 1, _ => mr.Year }
            : ResolveYear(reference, month, preferFuture));
        string value;
        TimeScope scope;
        if (day is { } dd && resolvedYear is { } ry && dd <= DateTime.DaysInMonth(ry, month))
        {
            var date = new DateOnly(ry, month, dd);
            scope = new TimeScope(date, date, span.Slice(text).ToString(), span);
            value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (resolvedYear is { } monthYear)
        {
            var first = new DateOnly(monthYear, month, 1);
            var last = new DateOnly(monthYear, month, DateTime.DaysInMonth(monthYear, month));
            var (partStart, partEnd) = part is null ? (first, last) : PartDays(part, first, last);
            scope = new TimeScope(partStart ?? first, partEnd ?? last, span.Slice(text).ToString(), span);
            value = string.Create(CultureInfo.InvariantCulture, $"{monthYear:D4}-{month:D2}");
        }
        else
        {
            scope = new TimeScope(null, null, span.Slice(text).ToString(), span);
            value = day is { } unknownYearDay
                ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{unknownYearDay:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
        }

        expression = new TimeExpression(span, TimeExpressionKind.Date, scope, value);
        return true;
    }

    private static bool TryRelativePeriod(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var start = i;
        var source = W(text, tokens, i);
        if (source.Length > 16)
        {
            return false;
        }

        Span<char> lowerBuffer = stackalloc char[source.Length];
        source.ToLowerInvariant(lowerBuffer);
        ReadOnlySpan<char> lower = lowerBuffer;
        var modifier = string.Empty;
        if (lower is "earlier" or "later" && W(text, tokens, i + 1).Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            modifier = lower.ToString();
            i++;
            lower = "this";
        }

        int direction;
        switch (lower)
        {
            case "last" or "past" or "previous": direction = -1; break;
            case "this" or "current": direction = 0; break;
            case "next" or "coming": direction = 1; break;
            default: return false;
        }

        if (i + 1 < tokens.Count && char.IsUpper(text[tokens[i + 1].Span.Start]))
        {
            return false; // "This Week" with a capital W is a title
        }

        var unit = W(text, tokens, i + 1).ToString().ToLowerInvariant();
        if (unit is not ("week" or "month" or "year" or "weekend"))
        {
            return false;
        }

        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[i + 1].Span.End);
        DateOnly? from = null, to = null;
        var value = unit switch { "week" => "XXXX-WXX", "month" => "XXXX-XX", "year" => "XXXX", _ => "XXXX-WXX-WE" };
        if (reference is { } r)
        {
            switch (unit)
            {
                case "week" or "weekend":
                    var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7)).AddDays(7 * direction);
                    from = unit == "week" ? monday : monday.AddDays(5);
                    to = monday.AddDays(6);
                    var week = ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue));
                    var weekYear = ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue));
                    value = string.Create(CultureInfo.InvariantCulture, $"{weekYear:D4}-W{week:D2}") + (unit == "weekend" ? "-WE" : string.Empty);
                    break;
                case "month":
                    var m = new DateOnly(r.Year, r.Month, 1).AddMonths(direction);
                    from = m;
                    to = m.AddMonths(1).AddDays(-1);
                    value = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    break;
                default:
                    var y = r.Year + direction;
                    from = new DateOnly(y, 1, 1);
                    to = new DateOnly(y, 12, 31);
                    value = y.ToString(CultureInfo.InvariantCulture);
                    break;
            }

            if (modifier == "earlier" && to > r)
            {
                to = r;
            }
            else if (modifier == "later" && from < r)
            {
                from = r;
            }
        }

        output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(from, to, span.Slice(text).ToString(), span), value));
        consumed = i + 2 - start;
        return true;
    }

    private static bool TryDurationOrAgo(string text, ArraySegment<Token> tokens, int i, DateOnly? reference, List<TimeExpression> output, out int consumed)
    {
        consumed = 0;
        var start = i;
        var isSet = W(text, tokens, i).Equals("every", StringComparison.OrdinalIgnoreCase);
        if (isSet)
        {
            i++;
        }

        if (!NumberParser.TryParseAt(text, tokens, i, out var number) || number.IsVague || number.Value <= 0 || number.Value > 10000)
        {
            return false;
        }

        var unitIndex = i + number.TokenCount;

        // "a 30-year bond", "16-hour days": the unit joined by a hyphen (an adjective: singular, not "-old").
        if (W(text, tokens, unitIndex) is "-" && tokens[unitIndex].IsJoined && unitIndex + 1 < tokens.Count && tokens[unitIndex + 1].IsJoined
            && !W(text, tokens, unitIndex + 1).EndsWith("s") && !W(text, tokens, unitIndex + 1).Contains("-old", StringComparison.OrdinalIgnoreCase))
        {
            var hyphenWord = W(text, tokens, unitIndex + 1);
            var cut = hyphenWord.IndexOf('-');
            if (QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(cut > 0 ? hyphenWord[..cut] : hyphenWord, out var adjectiveUnit)
                && (cut < 0 || hyphenWord[(cut + 1)..].Equals("long", StringComparison.OrdinalIgnoreCase)))
            {
                var adjectiveSpan = TextSpan.FromBounds(tokens[start].Span.Start, tokens[unitIndex + 1].Span.End);
                output.Add(new TimeExpression(adjectiveSpan, TimeExpressionKind.Duration, new TimeScope(null, null, adjectiveSpan.Slice(text).ToString(), adjectiveSpan),
                    TimeRules.Duration(number.Value, adjectiveUnit)));
                consumed = unitIndex + 2 - start;
                return true;
            }
        }

        if (!QuantityWords.DurationUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(W(text, tokens, unitIndex), out var unit)
            || (unitIndex < tokens.Count && char.IsUpper(text[tokens[unitIndex].Span.Start]) && unitIndex > 0 && tokens[unitIndex - 1].Kind == TokenKind.Number))
        {
            return false; // "60 Minutes" is a title
        }

        var duration = TimeRules.Duration(number.Value, unit);
        if (W(text, tokens, unitIndex + 1).Equals("old", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "52 years old": an age
        }

        var end = unitIndex + 1;
        if (W(text, tokens, end).Equals("ago", StringComparison.OrdinalIgnoreCase) || W(text, tokens, end).Equals("earlier", StringComparison.OrdinalIgnoreCase))
        {
            end++;
            var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
            DateOnly? date = reference is { } r && number.Value == Math.Floor(number.Value) ? Subtract(r, (int)number.Value, unit) : null;
            output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(date, date, span.Slice(text).ToString(), span),
                date is { } d ? AgoValue(d, unit) : "PAST_REF"));
        }
        else
        {
            var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
            output.Add(new TimeExpression(span, isSet ? TimeExpressionKind.Set : TimeExpressionKind.Duration,
                new TimeScope(null, null, span.Slice(text).ToString(), span), duration));
        }

        consumed = end - start;
        return true;
    }

    private static DateOnly? Subtract(DateOnly reference, int amount, string unit) => unit switch
    {
        "decade" => reference.AddYears(-10 * amount),
        "day" => reference.AddDays(-amount),
        "week" => reference.AddDays(-7 * amount),
        "month" => reference.AddMonths(-amount),
        "year" => reference.AddYears(-amount),
        _ => null,
    };

    private static DateOnly ResolveWeekday(DateOnly reference, DayOfWeek weekday, int direction)
    {
        var delta = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        return direction switch
        {
            > 0 => reference.AddDays(delta == 0 ? 7 : delta),
            < 0 => reference.AddDays(-(((int)reference.DayOfWeek - (int)weekday + 7) % 7 is 0 ? 7 : ((int)reference.DayOfWeek - (int)weekday + 7) % 7)),
            _ => reference.AddDays(-(((int)reference.DayOfWeek - (int)weekday + 7) % 7)),
        };
    }

    private static int? ResolveYear(DateOnly? reference, int month, bool preferFuture)
    {
        if (reference is not { } r)
        {
            return null;
        }

        if (preferFuture)
        {
            return month < r.Month ? r.Year + 1 : r.Year;
        }

        // The nearest such month, looking back up to seven months and ahead up to four ("January" in late October is next year's).
        var delta = month - r.Month;
        return delta > MonthsAhead ? r.Year - 1 : delta < -(11 - MonthsAhead) ? r.Year + 1 : r.Year;
    }

    private static (DateOnly? Start, DateOnly? End) PartDays(string part, DateOnly? first, DateOnly? last)
    {
        if (first is not { } f || last is not { } l)
        {
            return (first, last);
        }

        return part switch
        {
            "early" => (f, f.AddDays(9)),
            "mid" => (f.AddDays(10), f.AddDays(19)),
            _ => (f.AddDays(20), l),
        };
    }

    internal static string? PartOf(ReadOnlySpan<char> word)
    {
        if (word.Equals("early", StringComparison.OrdinalIgnoreCase))
        {
            return "early";
        }

        if (word.Equals("mid", StringComparison.OrdinalIgnoreCase) || word.Equals("middle", StringComparison.OrdinalIgnoreCase))
        {
            return "mid";
        }

        return word.Equals("late", StringComparison.OrdinalIgnoreCase) ? "late" : null;
    }

    internal static bool TryYear(string text, ArraySegment<Token> tokens, int index, out int year)
    {
        year = 0;
        return index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Number && tokens[index].Span.Length == 4
            && int.TryParse(tokens[index].Span.Slice(text), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= 1900 and <= 2100
            && !(index + 1 < tokens.Count && tokens[index + 1].IsJoined && tokens[index + 1].Kind == TokenKind.Word);
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static void AddDate(string text, ArraySegment<Token> tokens, int start, int end, DateOnly? reference, int month, int day, int? year, bool preferFuture, List<TimeExpression> output)
    {
        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        var resolvedYear = year ?? ResolveYear(reference, month, preferFuture);
        if (resolvedYear is { } y && day <= DateTime.DaysInMonth(y, month))
        {
            var date = new DateOnly(y, month, day);
            output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(date, date, span.Slice(text).ToString(), span), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        else
        {
            output.Add(new TimeExpression(span, TimeExpressionKind.Date, new TimeScope(null, null, span.Slice(text).ToString(), span),
                string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}")));
        }
    }

    // "will meet on Monday", "is scheduled to vote Tuesday": a future verb close before the weekday.
    // "was rescued on Thanksgiving Day", "arrived before Christmas": a past-tense verb shortly before.
    internal static bool PastBefore(string text, ArraySegment<Token> tokens, int index)
    {
        const int Window = 6;
        for (var k = index - 1; k >= 0 && k >= index - Window; k--)
        {
            var w = tokens[k].Span.Slice(text);
            if (w is "." or ";" or ":")
            {
                return false;
            }

            if (tokens[k].Kind == TokenKind.Word && char.IsLower(w[0])
                && ((w.EndsWith("ed") && !FuturePointing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) || IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool FutureBefore(string text, ArraySegment<Token> tokens, int index)
    {
        const int Window = 4;
        for (var k = index - 1; k >= 0 && k >= index - Window; k--)
        {
            var w = tokens[k].Span.Slice(text);
            if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("'ll", StringComparison.OrdinalIgnoreCase)
                || w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || w.Equals("next", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (w is "." or ";" or ":" || w.Equals("said", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    // A plan, a possibility or a deadline earlier in the clause points a bare weekday forward: "planned to leave Nairobi on
    // Thursday", "could come as early as Tuesday", "postponed until Tuesday", "is to resume trading Tuesday".
    private static bool PlanBefore(string text, ArraySegment<Token> tokens, int index)
    {
        const int Window = 10;
        for (var k = index - 1; k >= 0 && k >= index - Window; k--)
        {
            var w = tokens[k].Span.Slice(text);
            if (w is "." or ";" or ":" or "”" or "\"" || w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("ago", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (w.Equals("planned", StringComparison.OrdinalIgnoreCase) || w.Equals("planning", StringComparison.OrdinalIgnoreCase)
                || w.Equals("plans", StringComparison.OrdinalIgnoreCase) || w.Equals("plan", StringComparison.OrdinalIgnoreCase)
                || w.Equals("intends", StringComparison.OrdinalIgnoreCase) || w.Equals("hopes", StringComparison.OrdinalIgnoreCase)
                || w.Equals("would", StringComparison.OrdinalIgnoreCase)
                || w.Equals("could", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase)
                || w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("due", StringComparison.OrdinalIgnoreCase)
                || w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("set", StringComparison.OrdinalIgnoreCase)
                || ((w.Equals("soon", StringComparison.OrdinalIgnoreCase) || w.Equals("early", StringComparison.OrdinalIgnoreCase))
                    && k > 0 && tokens[k - 1].Span.Slice(text).Equals("as", StringComparison.OrdinalIgnoreCase))
                || (w.Equals("is", StringComparison.OrdinalIgnoreCase) && k + 1 < tokens.Count && tokens[k + 1].Span.Slice(text).Equals("to", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // "three days ago" names a day, "six weeks ago" a week, "two months ago" a month, "a decade ago" a year: TimeML's value has
    // the granularity of the unit counted.
    private static string AgoValue(DateOnly date, string unit) => unit switch
    {
        "day" => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "week" => TimeRules.IsoWeek(date),
        "month" => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>Whether a capitalised word is a month or weekday name (so not part of a place name).</summary>
    internal static bool IsCalendarWord(ReadOnlySpan<char> word) =>
        Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    internal static bool TryGetMonth(ReadOnlySpan<char> word, out int month) =>
        Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out month);

    private static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    internal static ReadOnlySpan<char> W(string text, ArraySegment<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count ? tokens[index].Span.Slice(text) : [];
}
