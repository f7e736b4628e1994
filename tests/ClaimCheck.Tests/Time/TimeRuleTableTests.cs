using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Time;
using ClaimCheck.Time.Rules;

namespace ClaimCheck.Tests.Time;

/// <summary>One or more sentences written for each rule of <see cref="TimeRuleTable.Rules"/> (none taken from TimeBank or AQUAINT),
/// with the span and TimeML value expected against a fixed reference date; and the table's own contract.</summary>
public class TimeRuleTableTests
{
    // A Wednesday in the fourth quarter.
    private static readonly DateOnly Reference = new(2024, 10, 23);

    public static TheoryData<string, string, string, string> Rows => new()
    {
        { nameof(HolidayRule), "Shops close early on Christmas Eve.", "Christmas Eve", "2024-12-24" },
        { nameof(HolidayRule), "The council met on Good Friday.", "Good Friday", "2024-03-29" },
        { nameof(HolidayRule), "The skipper was found clinging to a buoy off the Vorland coast on Christmas Day.", "Christmas Day", "2023-12-25" },
        { nameof(YearEndRule), "The merger should close by year's end.", "year's end", "2024" },
        { nameof(SpokenYearRule), "The station opened in nineteen eighty-two.", "nineteen eighty-two", "1982" },
        { nameof(ClockTimeRule), "The market reopened at 9:30 a.m. Friday.", "9:30 a.m. Friday", "2024-10-18T09:30" },
        { nameof(ClockTimeRule), "The blast in Lindenport came at 9:40 a.m. (0740 GMT) Monday.", "9:40 a.m.", "2024-10-21T09:40" },
        { nameof(WeekOfDateRule), "The Vorland inquiry resumes the week of Nov. 11.", "the week of Nov. 11", "2024-W46" },
        { nameof(ClockTimeRule), "The Lindenport polls closed on March 3, 2019, at 10:30 p.m. local time.", "10:30 p.m.", "2019-03-03T22:30" },
        { nameof(ClockTimeRule), "The Vorland ferry docked at 3 a.m. on Sunday.", "3 a.m.", "2024-10-20T03:00" },
        { nameof(ClockTimeRule), "The Vorland ferry docked at 3 a.m. on Sunday.", "Sunday", "2024-10-20" },
        { nameof(ClockTimeRule), "The Lindenport curfew began at midnight on Friday.", "midnight", "2024-10-18T24:00" },
        { nameof(QuarterRule), "The airline reported its fourth quarter results.", "fourth quarter", "2024-Q4" },
        { nameof(QuarterRule), "The miner posted a third-quarter loss.", "third-quarter", "2024-Q3" },
        { nameof(QuarterRule), "Exports slowed in the past quarter.", "the past quarter", "2024-Q3" },
        { nameof(QuarterRule), "Brenmoor Steel posted a third-quarter loss and sees weak orders through the first quarter of 2025. In the year-ago period, it earned 31 million crowns.", "the year-ago period", "2023-Q3" },
        { nameof(QuarterRule), "Lindenport Glass reported a third-quarter profit. For the fourth quarter, it expects revenue of 61 million crowns, against 48 million crowns in the year-ago period.", "the year-ago period", "2023-Q4" },
        { nameof(QuarterRule), "Kestrel Bay Rail expects slower freight into the fourth quarter. In the year-ago period, it carried 7.4 million tonnes.", "the year-ago period", "2023-Q4" },
        { nameof(YearAgoRule), "The bank compared it with year-earlier profit.", "year-earlier", "2023" },
        { nameof(YearAgoRule), "The firm hired 40 people a month ago.", "a month ago", "2024-09" },
        { nameof(PresentDayCountRule), "It's the ninth day of the Vorland rail strike.", "the ninth day", "2024-10-23" },
        { nameof(ReferenceWordRule), "The port is closed right now.", "right now", "PRESENT_REF" },
        { nameof(ReferenceWordRule), "Prices may rise in coming months.", "coming months", "FUTURE_REF" },
        { nameof(ReferenceWordRule), "The Vorland port could one day handle twice the cargo.", "one day", "FUTURE_REF" },
        { nameof(ReferenceWordRule), "Lindenport hopes to one day host the regatta.", "one day", "FUTURE_REF" },
        { nameof(AtTheTimeRule), "At the time, the Brenmoor mill employed 300 people.", "the time", "PAST_REF" },
        { nameof(AtTheTimeRule), "The Vorland port said at the time that it had no figures.", "the time", "PAST_REF" },
        { nameof(AtTheTimeRule), "Ostrava's mayor left in May, saying at the time he would return.", "the time", "PAST_REF" },
        { nameof(AtTheTimeRule), "Ferries were expected at the time to resume in June.", "the time", "PAST_REF" },
        { nameof(NumberDurationRule), "The Lindenport regatta lasted one day.", "one day", "P1D" },
        { nameof(SetRule), "The fund pays interest every quarter.", "every quarter", "P1Q" },
        { nameof(RelativePeriodRule), "Vessa flooded the Kestrel Bay road this past weekend.", "this past weekend", "2024-W42-WE" },
        { nameof(SeasonAndDayPartRule), "Demand stayed strong well into the summer.", "the summer", "2024-SU" },
        { nameof(PartOfDayRule), "The Vorland ferry docked in the early evening.", "the early evening", "2024-10-23TEV" },
        { nameof(BareDayPartRule), "Ostrava's mayor met the strikers on Thursday, and they kept talking overnight.", "overnight", "2024-10-17TNI" },
        { nameof(SeasonAndDayPartRule), "Prices fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI" },
        { nameof(ThatDayRule), "The Harlow council met on May 6, 2021, and voted that day to sell the pier.", "that day", "2021-05-06" },
        { nameof(ContextDateRule), "The plant opened in March 2019. The following year it doubled its output.", "The following year", "2020" },
        { nameof(ContextDateRule), "The strike began on Oct. 3, 2022. Talks resumed the next day.", "the next day", "2022-10-04" },
        { nameof(ContextDateRule), "Vorland's jobless rate fell to 6.3% in June 2021, from 6.8% the previous month.", "the previous month", "2021-05" },
        { nameof(ContextDateRule), "Lindenport's ferry sank on May 9, 2017. The previous week, its engine had failed.", "The previous week", "2017-W18" },
        { nameof(ContextDateRule), "The dike broke on March 14, 2016. Divers arrived the next morning.", "the next morning", "2016-03-15" },
        { nameof(ContextDateRule), "Vorland's ferries carried 9,400 cars in 2021, up from 7,100 the year before.", "the year before", "2020" },
        { nameof(ContextDateRule), "The Lindenport quay reopened in May 2022, and trade recovered the next month.", "the next month", "2022-06" },
        { nameof(VagueDurationRule), "Losses widened over the past two quarters.", "the past two quarters", "P2Q" },
        { nameof(VagueDurationRule), "Lindenport expects more rain in the weeks ahead.", "the weeks ahead", "PXW" },
        { nameof(VagueDurationRule), "The Vorland dike will be raised over the next couple of years.", "the next couple of years", "P2Y" },
        { nameof(NumberDurationRule), "Lindenport shares fell for eight trading days.", "eight trading days", "P8D" },
        { nameof(NumberDurationRule), "The Vorland permit arrives within 5 business days.", "5 business days", "P5D" },
        { nameof(WeekdayRule), "The Lindenport index closed at 4,212 on Oct. 4, 2024, up 2% from the previous Friday.", "the previous Friday", "2024-09-27" },
        { nameof(VagueDurationRule), "The Vorland dike will be rebuilt a year from now.", "a year from now", "2025" },
        { nameof(NumberDurationRule), "The Lindenport tunnel should open three months from now.", "three months from now", "2025-01" },
        { nameof(DecadeRule), "Lindenport's harbour boomed in the '70s.", "the '70s", "197" },
        { nameof(YearRule), "The Vorland ferry log for 2019-05-07 is missing.", "2019-05-07", "2019-05-07" },
        { nameof(VagueDurationRule), "Digging the Vorland canal took a year and a half.", "a year and a half", "P1Y6M" },
        { nameof(VagueDurationRule), "The ferry crossing to Lindenport took an hour and a half.", "an hour and a half", "PT1H30M" },
        { nameof(VagueDurationRule), "The Vorland dike broke in 2016. A few days later, the water receded.", "A few days", "PXD" },
        { nameof(VagueDurationRule), "The Vorland dike broke in 2016. A week later, the water receded.", "A week", "P1W" },
        { nameof(VagueDurationRule), "The count in Lindenport paused for a minute and a half.", "a minute and a half", "PT1M30S" },
        { nameof(VagueDurationRule), "The firm will open shops during the next 12 to 18 months.", "the next 12 to 18 months", "P12M" },
        { nameof(HyphenDurationRule), "The club signed a three-year lease.", "three-year", "P3Y" },
        { nameof(HyphenDurationRule), "Lindenport dockers ended a week-long strike.", "week-long", "P1W" },
        { nameof(HyphenDurationRule), "Vorland settled a decades-long feud over the island.", "decades-long", "PXY" },
        { nameof(DecadeRule), "The label peaked in the mid-1990s.", "the mid-1990s", "199" },
        { nameof(CenturyRule), "They restored a 19th century mansion.", "19th century", "18" },
        { nameof(NamedYearRule), "The plan looks ahead to the year 2050.", "the year 2050", "2050" },
        { nameof(DefinitePeriodRule), "Sales in the current fiscal year should rise.", "the current fiscal year", "2024" },
        { nameof(DefinitePeriodRule), "Sales in the latest fiscal year fell.", "the latest fiscal year", "2023" },
        { nameof(MonthPartRangeRule), "Harvests run from early to mid-September.", "early to mid-September", "2024-09" },
        { nameof(OvernightRule), "The ferry sank between Monday (21) and Tuesday (22).", "Monday (21) and Tuesday (22)", "2024-10-22" },
        { nameof(OvernightRule), "The dam gave way from Sunday night into Monday.", "Sunday night into Monday", "2024-10-21" },
        { nameof(MonthRule), "The chief executive resigned in March for health reasons.", "March", "2024-03" },
        { nameof(DayFirstDateRule), "The accord was signed on 4 July 2023.", "4 July 2023", "2023-07-04" },
        { nameof(WeekdayRule), "The union will vote next Tuesday.", "next Tuesday", "2024-10-29" },
        { nameof(RelativeDayRule), "The ferry sank yesterday evening.", "yesterday evening", "2024-10-22TEV" },
        { nameof(SamePeriodLastYearRule), "Net rose to $4 million in the third quarter from $3 million last year.", "last year", "2023-Q3" },
        { nameof(SamePeriodLastYearRule), "The Vessa port earned $3 billion in the first six months of 2021, more than in the same period last year.", "the same period last year", "2020-H1" },
        { nameof(SamePeriodLastYearRule), "Brenmoor exports fell in the first half of 2031 from 1.9 million tonnes in the same period of 2030.", "the same period of 2030", "2030-H1" },
        { nameof(SamePeriodLastYearRule), "The Ostrava mill's profit doubled in the second half of 2023 from $2 million last year.", "last year", "2022-H2" },
        { nameof(RelativePeriodRule), "Rents climbed last month.", "last month", "2024-09" },
        { nameof(NumberDurationRule), "For the nine months, revenue rose 4%.", "the nine months", "P9M" },
        { nameof(NumberDurationRule), "Deliveries resume within two to three weeks.", "two to three weeks", "P2W" },
        { nameof(NumberDurationRule), "The bridge was built 250 years ago.", "250 years ago", "1774" },
        { nameof(YearRule), "The group split in mid-1996.", "mid-1996", "1996" },
        { nameof(BarePluralRule), "The family ran the mill for decades.", "decades", "PXY" },
        { nameof(ModifierRule), "The talks stalled for nearly two years.", "nearly two years", "P2Y" },
        { nameof(ModifierRule), "The Vessa crowd waited a little more than an hour for the result.", "a little more than an hour", "PT1H" },
        { nameof(ModifierRule), "The jury in Brenmoor took little more than 24 hours to agree.", "little more than 24 hours", "PT24H" },
        { nameof(ModifierRule), "The Ostrava line reopened slightly more than three weeks after the flood.", "slightly more than three weeks", "P3W" },
        { nameof(ModifierRule), "The vote is expected early next year.", "early next year", "2025" },
        { nameof(ModifierRule), "The spokesman replied late yesterday.", "late yesterday", "2024-10-22" },
        { nameof(ModifierRule), "Costs should halve by the end of 2026.", "the end of 2026", "2026" },
        { nameof(ModifierRule), "The plant will stay shut for the next year or so.", "the next year or so", "P1Y" },
        { nameof(ModifierRule), "The drill ended at around 4 p.m.", "around 4 p.m.", "2024-10-23T16:00" },
        { nameof(ModifierRule), "The Brenmoor ferry sails roughly once a month in winter and about twice a week in summer.", "roughly once a month", "P1M" },
        { nameof(ModifierRule), "The Ostrava choir, which had sung at the Brenmoor fair earlier in May, cancelled its tour.", "earlier in May", "2024-05" },
        { nameof(ModifierRule), "The Brenmoor ferry sails roughly once a month in winter and about twice a week in summer.", "about twice a week", "P1W" },
        { nameof(ModifierRule), "Inspectors visited the Ostrava depot roughly once a year.", "roughly once a year", "P1Y" },
        { nameof(ModifierRule), "The Vorland strike will run for another three days.", "another three days", "P3D" },
        { nameof(ModifierRule), "Lindenport's mayor asked for a further six weeks to decide.", "a further six weeks", "P6W" },
        { nameof(SetRule), "The Lindenport market opens nearly every day.", "every day", "P1D" },
        { nameof(DayPartAfterPrepositionRule), "The Vorland ferry docked on Monday and sailed again in the afternoon.", "the afternoon", "2024-10-21TAF" },
        { nameof(DayPartOfDateRule), "The Vorland ferry docked on the evening of Oct. 20.", "the evening of Oct. 20", "2024-10-20TEV" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Recognize_SentenceForTheRule_FindsSpanAndValue(string rule, string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Should().Contain(e => e.Span.Slice(text).ToString() == span && e.Value == value,
            "{0} should read '{1}' as {2} in '{3}'; found {4}", rule, span, value, text,
            string.Join("; ", expressions.Select(e => $"[{e.Span.Slice(text)}] {e.Value}")));
    }

    [Fact]
    public void Rules_EveryRule_HasASentenceAbove()
    {
        var covered = Rows.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        TimeRuleTable.Rules.Select(rule => rule.GetType().Name).Should().OnlyContain(name => covered.Contains(name));
    }

    [Fact]
    public void Rules_EveryRule_DeclaresWhereItCanStart()
    {
        var words = TimeWords.For(Lexicon.BuiltIn);

        TimeRuleTable.Rules.Should().OnlyContain(rule => rule.StartsAtNumber || rule.StartsAtHyphenatedWord || rule.StartWords(words).Any());
    }

    [Fact]
    public void Annotate_UserLexiconHoliday_IsRecognised()
    {
        var lexicon = Lexicon.Parse("kind\tterm\tvalue\twithin\ntime-holiday\tVorland Day\t05-17\n", "newsroom.tsv");
        var pipeline = new ClaimPipelineBuilder().AddLexicon(lexicon).Build();
        const string text = "Crowds gathered on Vorland Day.";

        var times = pipeline.Annotate(new Document("v", text, published: Reference)).GetLayer<TimeLayer>().All;

        times.Should().ContainSingle().Which.Value.Should().Be("2024-05-17");
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty("the built-in lexicon has no such holiday");
    }

    [Fact]
    public void Annotate_UserLexiconMonthName_IsRecognised()
    {
        var lexicon = Lexicon.Parse("kind\tterm\tvalue\twithin\ntime-month\tSeptembre\t9\n", "newsroom.tsv");
        var pipeline = new ClaimPipelineBuilder().AddLexicon(lexicon).Build();
        const string text = "The fair opened on Septembre 3, 2024.";

        var times = pipeline.Annotate(new Document("v", text, published: Reference)).GetLayer<TimeLayer>().All;

        times.Should().ContainSingle().Which.Value.Should().Be("2024-09-03");
    }

    [Theory]
    [InlineData("time-month\tBrumaire\t13\n")]
    [InlineData("time-holiday\tVorland Day\t13-40\n")]
    [InlineData("time-holiday\tVorland Day\t05-Mon-9\n")]
    [InlineData("time-cue\tsoonish\tmaybe\n")]
    [InlineData("time-unit\tmillennium\tmillennium\n")]
    public void Parse_MalformedTimeEntry_NamesTheProblem(string line)
    {
        var parse = () => Lexicon.Parse("kind\tterm\tvalue\twithin\n" + line, "newsroom.tsv");

        parse.Should().Throw<LexiconFormatException>().Which.Problem.Should().Contain("is not a valid value");
    }
}
