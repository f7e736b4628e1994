using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Time.Rules;

/// <summary>Which rules can start at which token, compiled once per lexicon from the rules' declared start words.</summary>
/// <remarks>Immutable and thread-safe. For a token the table yields the rules for its word, for a number or for a hyphenated word,
/// in the priority order of <see cref="Rules"/>: more specific rules first ("the third quarter" before "the …", "Oct. 5, 2024"
/// before "2024"), so the longest reading wins.</remarks>
internal sealed class TimeRuleTable
{
    /// <summary>The longest word a rule is asked about; longer tokens are never time words.</summary>
    private const int MaxWordLength = 32;

    /// <summary>Every rule, in priority order.</summary>
    public static readonly TimeRule[] Rules =
    [
        HolidayRule.Instance,
        YearEndRule.Instance,
        SpokenYearRule.Instance,
        ClockTimeRule.Instance,
        QuarterRule.Instance,
        YearAgoRule.Instance,
        PresentDayCountRule.Instance,
        ReferenceWordRule.Instance,
        AtTheTimeRule.Instance,
        SetRule.Instance,
        SeasonAndDayPartRule.Instance,
        PartOfDayRule.Instance,
        BareDayPartRule.Instance,
        DayPartAfterPrepositionRule.Instance,
        DayPartOfDateRule.Instance,
        WeekOfDateRule.Instance,
        ThatDayRule.Instance,
        ContextDateRule.Instance,
        VagueDurationRule.Instance,
        HyphenDurationRule.Instance,
        DecadeRule.Instance,
        CenturyRule.Instance,
        NamedYearRule.Instance,
        DefinitePeriodRule.Instance,
        MonthPartRangeRule.Instance,
        OvernightRule.Instance,
        MonthRule.Instance,
        DayFirstDateRule.Instance,
        WeekdayRule.Instance,
        RelativeDayRule.Instance,
        SamePeriodLastYearRule.Instance,
        RelativePeriodRule.Instance,
        NumberDurationRule.Instance,
        YearRule.Instance,
        BarePluralRule.Instance,
        ModifierRule.Instance,
    ];

    // "The", "a" and "an" start many rules and are among the commonest words: a rule is tried after one only when the next token
    // could belong to a time expression (TimeRule.WordsAfterArticle).
    private static readonly string[] Articles = ["the", "a", "an"];

    private readonly FrozenDictionary<string, Start>.AlternateLookup<ReadOnlySpan<char>> _byWord;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _afterArticle;
    private readonly int[] _atNumber;
    private readonly int[] _atHyphenatedWord;

    private TimeRuleTable(TimeWords words)
    {
        Words = words;
        var byWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var r = 0; r < Rules.Length; r++)
        {
            foreach (var word in Rules[r].StartWords(words))
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }

                if (!list.Contains(r))
                {
                    list.Add(r);
                }
            }
        }

        // A false friend's first word ("current account") is looked up with the rule words, so each token costs one look-up.
        foreach (var word in words.FalseFriends.FirstWords)
        {
            byWord.TryAdd(word, []);
        }

        var afterArticle = new HashSet<string>(words.TermWords, StringComparer.OrdinalIgnoreCase);
        afterArticle.UnionWith(byWord.Keys);
        afterArticle.UnionWith(Rules.SelectMany(rule => rule.WordsAfterArticle));
        _afterArticle = afterArticle.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var falseFriends = words.FalseFriends.FirstWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _byWord = byWord.ToFrozenDictionary(p => p.Key, p => new Start([.. p.Value], falseFriends.Contains(p.Key), Articles.Contains(p.Key, StringComparer.OrdinalIgnoreCase)),
                StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _atNumber = [.. Enumerable.Range(0, Rules.Length).Where(r => Rules[r].StartsAtNumber)];
        _atHyphenatedWord = [.. Enumerable.Range(0, Rules.Length).Where(r => Rules[r].StartsAtHyphenatedWord)];
    }

    /// <summary>The time words the table was compiled from.</summary>
    public TimeWords Words { get; }

    /// <summary>The table for <paramref name="lexicon"/>'s time words, compiled once and cached with it.</summary>
    public static TimeRuleTable For(Lexicon lexicon) => lexicon.Compiled(static l => new TimeRuleTable(TimeWords.For(l)));

    /// <summary>Tries the rules that can start at token <paramref name="i"/>, in priority order, until one matches.</summary>
    /// <returns>The index of the token after the expression found, or <see cref="TimeRule.NoMatch"/>.</returns>
    public int Match(in TimeScan scan, int i)
    {
        var token = scan.Token(i);
        if (token.Kind == TokenKind.Number)
        {
            return TryRules(scan, i, _atNumber, []);
        }

        if (token.Kind != TokenKind.Word || token.Span.Length > MaxWordLength)
        {
            return TimeRule.NoMatch;
        }

        var word = token.Span.Slice(scan.Text);
        var hyphenated = word.Contains('-') ? _atHyphenatedWord : [];
        if (!_byWord.TryGetValue(word, out var start))
        {
            return hyphenated.Length == 0 ? TimeRule.NoMatch : TryRules(scan, i, [], hyphenated);
        }

        if (start.Article && !MayFollowArticle(scan, i + 1))
        {
            return TimeRule.NoMatch;
        }

        return start.FalseFriend && scan.Words.FalseFriends.Match(scan.Text, scan.Tokens, i, out _) > i ? TimeRule.NoMatch : TryRules(scan, i, start.Rules, hyphenated);
    }

    /// <summary>The index of the token after a <c>time-false-friend</c> that opens at token <paramref name="i"/>, whose words no
    /// rule may then read ("noon" in "high noon", "minute" in "at the last minute"), or <see cref="TimeRule.NoMatch"/>.</summary>
    public int FalseFriendEnd(in TimeScan scan, int i) =>
        scan.IsWord(i) && _byWord.TryGetValue(scan.Word(i), out var start) && start.FalseFriend
            ? Math.Max(scan.Words.FalseFriends.Match(scan.Text, scan.Tokens, i, out _), TimeRule.NoMatch)
            : TimeRule.NoMatch;

    // Tries the rules of two priority-ordered lists, merged, in priority order.
    private static int TryRules(in TimeScan scan, int i, int[] first, int[] second)
    {
        int a = 0, b = 0;
        while (a < first.Length || b < second.Length)
        {
            int rule;
            if (b >= second.Length || (a < first.Length && first[a] <= second[b]))
            {
                rule = first[a++];
                b += b < second.Length && second[b] == rule ? 1 : 0;
            }
            else
            {
                rule = second[b++];
            }

            var end = Rules[rule].Match(scan, i);
            if (end > i)
            {
                return ModifierRule.JoinAfter(scan, end);
            }
        }

        return TimeRule.NoMatch;
    }

    private bool MayFollowArticle(in TimeScan scan, int next)
    {
        if (next >= scan.Count)
        {
            return false;
        }

        var word = scan.Word(next);
        return scan.IsNumber(next) || word.Contains('-') || _afterArticle.Contains(word);
    }

    // The rules a word can start, whether a false friend starts with it, and whether it is an article.
    private readonly record struct Start(int[] Rules, bool FalseFriend, bool Article);
}
