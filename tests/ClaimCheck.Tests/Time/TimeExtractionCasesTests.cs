using System.Globalization;
using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>Data-driven time-expression cases beyond the seeds, with TimeML values against a fixed reference date.</summary>
public class TimeExtractionCasesTests
{
    // A Wednesday in the fourth quarter.
    private static readonly DateOnly Reference = new(2024, 10, 23);

    [Theory]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "2024-Q3")]
    [InlineData("Third-quarter profit rose 5%.", "Third-quarter", "2024-Q3")]
    [InlineData("Sales fell in the fourth quarter.", "the fourth quarter", "2024-Q4")]
    [InlineData("Results for the first quarter of 2023 were weak.", "the first quarter of 2023", "2023-Q1")]
    [InlineData("The company lost money in the latest quarter.", "the latest quarter", "2024-Q3")]
    [InlineData("Growth slowed in the current quarter.", "the current quarter", "2024-Q4")]
    [InlineData("Lindenport Ferries expects its profit to recover this quarter.", "this quarter", "2024-Q4")]
    [InlineData("Revenue grew in the fiscal second quarter.", "the fiscal second quarter", "2024-Q2")]
    [InlineData("Margins improved last quarter.", "last quarter", "2024-Q3")]
    [InlineData("Orders will pick up next quarter.", "next quarter", "2025-Q1")]
    [InlineData("Net income rose in this year's third quarter.", "this year's third quarter", "2024-Q3")]
    [InlineData("Output dipped in the second half of 2023.", "the second half of 2023", "2023-H2")]
    [InlineData("Fiscal first-half sales rose.", "Fiscal first-half", "2024-H1")]
    [InlineData("Sales rose in the first half of the year.", "the first half of the year", "2024-H1")]
    [InlineData("Output fell during the second half of last year.", "the second half of last year", "2023-H2")]
    [InlineData("Rates should fall in the first half of next year.", "the first half of next year", "2025-H1")]
    [InlineData("Demand fell in the first quarter of last year.", "the first quarter of last year", "2023-Q1")]
    [InlineData("The plant shut in the last quarter of last year.", "the last quarter of last year", "2023-Q4")]
    [InlineData("Costs rose in the last half of 2023.", "the last half of 2023", "2023-H2")]
    public void Recognize_Quarter_IsQuarterValue(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("Lindenport Ferries lost money in the fourth quarter.", "the fourth quarter", "2024-Q4")]
    [InlineData("Vorland Mining expects a profit in the second quarter.", "the second quarter", "2025-Q2")]
    [InlineData("Kestrel Bay Port aims to finish dredging the harbour in the fourth quarter.", "the fourth quarter", "2025-Q4")]
    [InlineData("The Brenmoor line will reopen to freight in the fourth quarter.", "the fourth quarter", "2025-Q4")]
    [InlineData("Harlow Outfitters now expects fourth-quarter revenue of $3 billion.", "fourth-quarter", "2024-Q4")]
    public void Recognize_QuarterInJanuary_FourthIsLastYears(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2025, 1, 20));

        expressions.Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Shops in Kestrel Bay were packed on Dec. 18, 2023, a week before Christmas.", "2023-12-25")]
    [InlineData("The ferry ran on Dec. 30, 2022, two days after Christmas.", "2022-12-25")]
    [InlineData("On Jan. 3, 2025, a week after Christmas, the Vorland line will reopen.", "2024-12-25")]
    public void Recognize_HolidayNearADateInItsSentence_IsTheOneNearestThatDate(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == "Christmas").Which.Value.Should().Be(value);

    [Theory]
    [InlineData("Kestrel Bay shops will be busiest on the weekend before Christmas.", "2024-W51-WE")]
    [InlineData("The Vorland fair opens on the weekend after Thanksgiving.", "2024-W48-WE")]
    public void Recognize_WeekendBeforeOrAfterAHoliday_IsTheWeekendNextToIt(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == "the weekend").Which.Value.Should().Be(value);

    [Theory]
    [InlineData("Harlow Outfitters reported third-quarter earnings in December.", "third-quarter", "2024-Q3")]
    [InlineData("In its fiscal second quarter, the margin of Brenmoor Foods narrowed by two points.", "fiscal second quarter", "2024-Q2")]
    [InlineData("Sales at Kestrel Bay Mills rose in the third quarter.", "the third quarter", "2024-Q3")]
    [InlineData("Sales at Kestrel Bay Mills peak in the third quarter.", "the third quarter", "2025-Q3")]
    [InlineData("Vorland Mining expects a profit in the third quarter.", "the third quarter", "2025-Q3")]
    [InlineData("Lindenport Ferries is expected to report second-quarter results.", "second-quarter", "2025-Q2")]
    public void Recognize_QuarterAheadInJanuary_IsLastYearsOnlyInThePast(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2025, 1, 20))
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value.Should().Be(value);

    [Fact]
    public void Recognize_YearEarlier_AfterQuarter_IsSameQuarterLastYear()
    {
        const string text = "Net rose in the third quarter. Sales were flat from a year earlier.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-Q3", "2023-Q3");
    }

    [Fact]
    public void Recognize_YearEarlier_AfterNineMonthsSinceQuarter_IsTheYearBefore()
    {
        const string text = "Kestrel Bay Mills earned more in the third quarter. For the nine months, net rose 8% from a year earlier.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-Q3", "P9M", "2023");
    }

    [Fact]
    public void Recognize_YearEarlier_AfterADaySinceTheNineMonths_IsTheQuarterBeforeAgain()
    {
        const string text = "Kestrel Bay Mills earned more in the third quarter. For the nine months, sales rose. "
            + "The dividend was paid on Oct. 14. Margins were 4% a year earlier.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-Q3", "P9M", "2024-10-14", "2023-Q3");
    }

    [Fact]
    public void Recognize_QuarterAfterTheYearAgoPeriod_IsStillTheQuarterInQuestion()
    {
        const string text = "Kestrel Bay Mills lost 4 million euros in the third quarter. In the 2023 period, it earned 2 million euros. "
            + "Its mills ran at 71 percent of capacity in the quarter.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-Q3", "2023-Q3", "2024-Q3");
    }

    [Theory]
    [InlineData("Brenmoor shipped 3,700 tonnes of slate in 2021, up from 3,150 tonnes a year earlier.", "a year earlier", "2020")]
    [InlineData("Brenmoor Slate, which aims to double output by 2030, shipped 3,700 tonnes, up from 3,150 tonnes a year earlier.", "a year earlier", "2023")]
    [InlineData("Brenmoor Slate, which was founded in 1998, shipped 3,700 tonnes, up from 3,150 tonnes a year earlier.", "a year earlier", "2023")]
    [InlineData("Brenmoor shipped 3,700 tonnes of slate, up from 3,150 tonnes a year earlier.", "a year earlier", "2023")]
    [InlineData("Brenmoor shipped 3,700 tonnes of slate in 2021. Output was 3,150 tonnes a year ago.", "a year ago", "2023")]
    [InlineData("Ferry traffic at Lindenport fell 7.3 percent in August from a year earlier.", "a year earlier", "2023-08")]
    [InlineData("Hotel bookings in Kestrel Bay for January are up 11 percent from a year earlier.", "a year earlier", "2024-01")]
    [InlineData("Ostrava's jobless rate has fallen each month since February and is 1.2 points below a year earlier.", "a year earlier", "2023")]
    [InlineData("Vorland's inflation eased to 4.4 percent in August from 4.9 percent in July, and was 2 points lower than a year earlier.", "a year earlier", "2023-08")]
    [InlineData("The Kestrel Bay tunnel opened in May, a year earlier.", "a year earlier", "2023-05")]
    public void Recognize_Earlier_CountsBackFromTheDateItsSentenceNamed(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().ContainSingle(e => e.Span == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Kestrel Bay tunnel will open in May, a year earlier than planned.")]
    [InlineData("Lindenport finished its sea wall in June, a year earlier than the Vorland one.")]
    public void Recognize_YearEarlierThan_ComparesAndNamesNoDate(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Where(e => e.Span.Slice(text).ToString().Contains("year"))
            .Should().ContainSingle().Which.Should().Match<TimeExpression>(e => e.Kind == TimeExpressionKind.Duration && e.Value == "P1Y"
                && e.Span.Slice(text).ToString() == "a year");

    [Theory]
    [InlineData("The Brenmoor regatta comes a century after the first race on the lake.", "a century", "P100Y")]
    [InlineData("The Lindenport trial lasts a week, the court said.", "a week", "P1W")]
    public void Recognize_OneUnitAfterAVerbInS_IsALengthNotARate(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value))
            .Should().Contain((span, value));

    [Theory]
    [InlineData("The Vorland kitchen serves 300 hot meals a day.")]
    [InlineData("Kestrel Bay now has four flights a week to Ostrava.")]
    [InlineData("The port loads thousands of containers a week.")]
    public void Recognize_OneUnitAfterACountedPlural_IsARate(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Kind == TimeExpressionKind.Duration);

    [Theory]
    [InlineData("The Vorland ferry now sails at 7 a.m., an hour earlier than last winter.", "an hour", "PT1H")]
    [InlineData("Brenmoor's fair opens on Friday, a day earlier than in 2023.", "a day", "P1D")]
    [InlineData("The Lindenport tunnel opened a month later than planned.", "a month", "P1M")]
    public void Recognize_OneUnitEarlierOrLaterThan_IsALength(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value, e.Kind))
            .Should().Contain((span, value, TimeExpressionKind.Duration));

    [Theory]
    [InlineData("Ilse Marten, formerly Lindenport's harbour master, now runs the Vorland ferry.")]
    [InlineData("The hall, formerly the town's grain store, reopens as a museum.")]
    [InlineData("The Ostrava ferry line, formerly known as the Brenmoor Shuttle, was sold.")]
    [InlineData("Ilse Marten, formerly of the Vorland port authority, said the quay was closed.")]
    public void Recognize_FormerlyBeforeARoleOrAName_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString()).Should().NotContain("formerly");

    [Fact]
    public void Recognize_YearEarlier_AfterAMonthInItsSentence_IsThatMonthEvenWhenAQuarterIsInQuestion()
    {
        const string text = "Vorland Rail earned more in the second quarter. Its passenger numbers for November are down 4 percent from a year earlier.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-Q2", "2024-11", "2023-11");
    }

    [Fact]
    public void Recognize_YearEarlier_InASentenceNamingNoDate_IsTheMonthOfTheSentenceBefore()
    {
        const string text = "Pellam Tiles fell short of forecasts in the third quarter. Orders it booked during September outran those of July by a fifth. "
            + "Set against a year earlier, however, the order book looks thinner.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-Q3", "2024-09", "2024-07", "2023-09");
    }

    [Fact]
    public void Recognize_YearAgo_AfterAYearNamedSinceTheQuarter_IsTheYearBefore()
    {
        const string text = "Profit rose in the third quarter. Its shares have fallen 12% this year. A year ago, the firm was losing money.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-Q3", "2024", "2023");
    }

    [Fact]
    public void Recognize_HolidayPastThisYear_AfterADateAheadInItsSentence_IsNextYears()
    {
        const string text = "The Brenmoor dock strike runs from Dec. 19 to Jan. 4, covering Christmas Day and New Year's Day.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-12-19", "2025-01-04", "2024-12-25", "2025-01-01");
    }

    [Fact]
    public void Recognize_YearEarlier_AfterAYearLongBeforeTheQuarter_IsStillTheQuarterAYearBack()
    {
        const string text = "Brenmoor ferries ran late more often in the second quarter than in any quarter since records began in 1986. "
            + "A year earlier, 83 percent sailed on time.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-Q2", "1986", "2023-Q2");
    }

    [Theory]
    [InlineData("Prices were higher a year ago.", "a year ago", "2023")]
    [InlineData("Sales rose over the past year.", "the past year", "2023")]
    [InlineData("The plant closed a decade ago.", "a decade ago", "201")]
    [InlineData("The law passed a month ago.", "a month ago", "2024-09")]
    [InlineData("The deal was signed a week ago.", "a week ago", "2024-W42")]
    [InlineData("Talks began a day earlier.", "a day earlier", "2024-10-22")]
    [InlineData("The vote was three weeks ago.", "three weeks ago", "2024-W40")]
    [InlineData("The shop opened three days ago.", "three days ago", "2024-10-20")]
    [InlineData("Prices peaked two months ago.", "two months ago", "2024-08")]
    [InlineData("It happened two years ago.", "two years ago", "2022")]
    [InlineData("The firm was founded a few years ago.", "a few years ago", "PAST_REF")]
    [InlineData("The mill closed two decades ago.", "two decades ago", "200")]
    [InlineData("The plant closed a week or so ago.", "a week or so ago", "2024-W42")]
    [InlineData("The firm was sold two years or so ago.", "two years or so ago", "2022")]
    [InlineData("The abbey was built three centuries ago.", "three centuries ago", "17")]
    public void Recognize_Ago_ResolvesBack(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The team planned to leave Nairobi on Thursday.", "Thursday", "2024-10-24")]
    [InlineData("The hearing was postponed until Monday.", "Monday", "2024-10-28")]
    [InlineData("His father could arrive as early as Tuesday.", "Tuesday", "2024-10-29")]
    [InlineData("Trading is to resume in Paris on Friday.", "Friday", "2024-10-25")]
    [InlineData("The minister resigned on Monday.", "Monday", "2024-10-21")]
    [InlineData("The court ruled on Tuesday that the law stands.", "Tuesday", "2024-10-22")]
    public void Recognize_WeekdayAfterAPlan_PointsForward(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Lindenport cycle race sets off from the harbour on Saturday.", "Saturday", "2024-10-26")]
    [InlineData("Vorland chooses a new parliament on Sunday.", "Sunday", "2024-10-27")]
    [InlineData("The Brenmoor ferry leaves Kestrel Bay with its first passengers on Friday.", "Friday", "2024-10-25")]
    [InlineData("The Ostrava envoy heads to Lindenport for talks on Monday.", "Monday", "2024-10-28")]
    [InlineData("The envoy who heads the Vorland mission met Lindenport officials on Monday.", "Monday", "2024-10-21")]
    [InlineData("Heads of state who gathered in Lindenport on Monday signed the pact.", "Monday", "2024-10-21")]
    [InlineData("The Ostrava fair was set to open on Monday.", "Monday", "2024-10-28")]
    public void Recognize_WeekdayAfterATimetableVerbInThePresent_PointsForward(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("The union would fight the ruling, issued Tuesday by the court.", "Tuesday", "2024-10-22")]
    [InlineData("The firm plans to appeal the fine, imposed Monday by regulators.", "Monday", "2024-10-21")]
    [InlineData("The vote is scheduled for Wednesday.", "Wednesday", "2024-10-23")]
    [InlineData("Nobody knew until Wednesday that the plant had shut.", "Wednesday", "2024-10-23")]
    [InlineData("The vote is set for next Wednesday.", "next Wednesday", "2024-10-30")]
    [InlineData("The offer runs until 5 p.m. Friday.", "5 p.m. Friday", "2024-10-25T17:00")]
    [InlineData("On Monday, the board will meet again.", "Monday", "2024-10-28")]
    [InlineData("On Monday, the board planned its budget.", "Monday", "2024-10-21")]
    [InlineData("Until Monday, the company had refused to comment.", "Monday", "2024-10-21")]
    [InlineData("Until Monday, the company will keep its shops shut.", "Monday", "2024-10-28")]
    [InlineData("The Kestrel Bay ferry will sail at 6 a.m. Friday.", "6 a.m. Friday", "2024-10-25T06:00")]
    [InlineData("The Brenmoor ferry's next crossing is set for 4:35 a.m. Friday.", "4:35 a.m. Friday", "2024-10-25T04:35")]
    [InlineData("Ostrava dockers will hold a rally at 11 a.m. Friday.", "11 a.m. Friday", "2024-10-25T11:00")]
    [InlineData("The Ostrava dockers held a rally at 11 a.m. Friday.", "11 a.m. Friday", "2024-10-18T11:00")]
    [InlineData("The union will argue the Ostrava plant closed Thursday.", "Thursday", "2024-10-17")]
    [InlineData("The Ostrava tender had been due to close Friday evening.", "Friday evening", "2024-10-18TEV")]
    [InlineData("The Brenmoor vote had been scheduled for Monday.", "Monday", "2024-10-21")]
    [InlineData("On Tuesday, the Lindenport Harbour Pilots Association of Vorland plans to strike.", "Tuesday", "2024-10-29")]
    [InlineData("On Monday, the Brenmoor Ferry Company of Kestrel Bay raised its fares.", "Monday", "2024-10-21")]
    [InlineData("On Friday, when the mayor set aside her holiday plans, the Ostrava council met.", "Friday", "2024-10-18")]
    [InlineData("The Brenmoor tender expires Friday.", "Friday", "2024-10-25")]
    [InlineData("The Vorland fair opens on Saturday.", "Saturday", "2024-10-26")]
    [InlineData("The Vorland fair opened on Saturday.", "Saturday", "2024-10-19")]
    [InlineData("An inquiry opens into Monday's ferry sinking off Brenmoor.", "Monday", "2024-10-21")]
    [InlineData("Lindenport dockers had until Friday to vote on the offer.", "Friday", "2024-10-25")]
    [InlineData("Lindenport's ferries had kept their old timetable until Friday.", "Friday", "2024-10-18")]
    [InlineData("Brenmoor dockers had agreed to stay out until Friday.", "Friday", "2024-10-25")]
    [InlineData("On Monday, Lindenport Dock Workers Will Strike", "Monday", "2024-10-28")]
    [InlineData("The Brenmoor council will appeal Monday's ruling on the ferry fares.", "Monday", "2024-10-21")]
    [InlineData("Ostrava dockers plan to challenge Tuesday's vote in court.", "Tuesday", "2024-10-22")]
    [InlineData("Lindenport's mayor would look for ways to get around Monday's decision.", "Monday", "2024-10-21")]
    [InlineData("Kestrel Bay will close its schools ahead of Friday's storm.", "Friday", "2024-10-25")]
    [InlineData("The Vorland envoy will attend Monday's summit in Lindenport.", "Monday", "2024-10-28")]
    [InlineData("The Ostrava mayor is expected to win Sunday's runoff.", "Sunday", "2024-10-27")]
    [InlineData("The Brenmoor side will travel to Kestrel Bay for Saturday's cup tie.", "Saturday", "2024-10-26")]
    [InlineData("Vorland must ratify the pact before Friday's cutoff.", "Friday", "2024-10-25")]
    [InlineData("Ostrava held talks before Friday's cutoff.", "Friday", "2024-10-18")]
    [InlineData("Traders in Lindenport are waiting for Friday's payroll figures.", "Friday", "2024-10-25")]
    [InlineData("Brenmoor shops are stocking up in the run-up to Saturday's derby.", "Saturday", "2024-10-26")]
    [InlineData("Kestrel Bay sent its pupils home ahead of Friday's storm.", "Friday", "2024-10-18")]
    [InlineData("The Ostrava club will overturn Tuesday's penalty, its lawyer said.", "Tuesday", "2024-10-22")]
    [InlineData("The Vorland envoy attended Monday's summit in Lindenport.", "Monday", "2024-10-21")]
    [InlineData("The Lindenport harvest fair opens this coming Sunday.", "this coming Sunday", "2024-10-27")]
    [InlineData("The Brenmoor rowing race was held this past Sunday.", "this past Sunday", "2024-10-20")]
    [InlineData("Voters in Ostrava go to the polls this coming weekend.", "this coming weekend", "2024-W43-WE")]
    [InlineData("Kestrel Bay expects heavy rain over the coming weekend.", "coming weekend", "2024-W43-WE")]
    [InlineData("Volunteers will hand out blankets from the tents beside the old Brenmoor town square on Friday.", "Friday", "2024-10-25")]
    [InlineData("Volunteers handed out blankets from the tents beside the old Brenmoor town square on Friday.", "Friday", "2024-10-18")]
    [InlineData("Ostrava will reopen the bridge that the Vorland crews repaired on Friday.", "Friday", "2024-10-18")]
    [InlineData("More than 40 stalls have been damaged in the storm next to the Kestrel Bay pier on Friday.", "Friday", "2024-10-18")]
    public void Recognize_Weekday_FollowsTheNearestTenseCue(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("Last year, the Lindenport school opened its doors on Feb. 20.", "Feb. 20", "2023-02-20")]
    [InlineData("In 2019, the Ostrava mill shut in March and reopened in June.", "June", "2019-06")]
    [InlineData("The Ostrava mill, which shut in 2019, reopened on Feb. 20.", "Feb. 20", "2024-02-20")]
    [InlineData("In 2019, the Brenmoor cannery closed; its new owners say it will reopen in March.", "March", "2025-03")]
    [InlineData("Last year's trade gap in Vorland was wide, and the central bank expects it to narrow by June.", "June", "2025-06")]
    [InlineData("Last year, the Kestrel Bay fair began on Feb. 20; this year it will begin on Feb. 25.", "Feb. 25", "2025-02-25")]
    [InlineData("Last year, the Kestrel Bay fair began on Feb. 20; this year it will begin on Feb. 25.", "Feb. 20", "2023-02-20")]
    [InlineData("2020 was a busy year for the Lindenport docks, which will shut for repairs in December.", "December", "2024-12")]
    [InlineData("In March 2019, a Brenmoor ferry ran aground at 6 a.m. on March 4.", "March 4", "2019-03-04")]
    [InlineData("In March 2019, a Brenmoor ferry ran aground at 6 a.m. on March 4.", "6 a.m.", "2019-03-04T06:00")]
    [InlineData("In March 2019, the Vorland mill shut, and it reopened on May 4.", "May 4", "2019-05-04")]
    [InlineData("In May 2018 the Brenmoor river rose fast, and by May 20 the lower town lay under water.", "May 20", "2018-05-20")]
    [InlineData("In 2019 the Vorland mill shut, and its owners say it will reopen by Feb. 20.", "Feb. 20", "2025-02-20")]
    public void Recognize_MonthWithoutYear_TakesTheYearThatOpensItsSentence(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().ContainSingle(e => e.Span == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Ostrava pupils will get their marks online at 9 a.m. on Friday.", "9 a.m.", "2024-10-25T09:00")]
    [InlineData("Ostrava pupils will get their marks online at 9 a.m. on Friday.", "Friday", "2024-10-25")]
    [InlineData("Ostrava pupils got their marks online at 9 a.m. on Friday.", "Friday", "2024-10-18")]
    [InlineData("The Vorland fair will open on Nov. 2 and close on June 9.", "June 9", "2025-06-09")]
    [InlineData("The Ostrava ferry will sail at 6 in the morning (6 a.m. Friday), its captain said.", "6 a.m. Friday", "2024-10-25T06:00")]
    [InlineData("The Vorland fair will open on Nov. 2 after it closed on June 9.", "June 9", "2024-06-09")]
    [InlineData("Over Christmas 2021, the Brenmoor line cancelled 900 trains from Dec. 20 to Dec. 28.", "Christmas 2021", "2021-12-25")]
    [InlineData("Over Christmas 2021, the Brenmoor line cancelled 900 trains from Dec. 20 to Dec. 28.", "Dec. 28", "2021-12-28")]
    [InlineData("A sinkhole opened beside the Ostrava town hall on Dec. 2.", "Dec. 2", "2023-12-02")]
    [InlineData("The Vorland board declared a dividend, payable Dec. 2.", "Dec. 2", "2024-12-02")]
    [InlineData("The Vorland board extended its offer to Dec. 2.", "Dec. 2", "2024-12-02")]
    [InlineData("The Lindenport mayor said the fair opens on Dec. 2.", "Dec. 2", "2024-12-02")]
    public void Recognize_TenseCue_CountsNoWordOfATimeBetween(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().ContainSingle(e => e.Span == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("In January, the firm brought in new managers.", "January", "2024-01")]
    [InlineData("In June, the board will vote again.", "June", "2025-06")]
    [InlineData("In September, the Kestrel Bay grocer announced plans to buy a Brenmoor orchard.", "September", "2024-09")]
    [InlineData("In January, Vorland Rail unveiled plans to close two branch lines.", "January", "2024-01")]
    [InlineData("In June, the Brenmoor council plans to sell its tram depot.", "June", "2025-06")]
    [InlineData("In May, the Ostrava Tram Company of Vorland intends to raise fares.", "May", "2025-05")]
    [InlineData("The Vorland mill had been scheduled to reopen in March.", "March", "2024-03")]
    [InlineData("The Vorland bank's March survey showed rents rising.", "March", "2024-03")]
    [InlineData("The Ostrava toll takes effect on April 1.", "April 1", "2025-04-01")]
    [InlineData("Brenmoor's new ferry tariff, effective June 1, adds a levy on lorries.", "June 1", "2025-06-01")]
    [InlineData("The Ostrava tram fare rose in August, when a new tariff became effective.", "August", "2024-08")]
    [InlineData("The appeal is heard in November.", "November", "2024-11")]
    [InlineData("The appeal was heard in November.", "November", "2023-11")]
    [InlineData("The harbour master, who stepped down as pilot, clerk and treasurer in February, left Lindenport.", "February", "2024-02")]
    [InlineData("The Vorland ferry will carry pilgrims from the northern coast to the island in September.", "September", "2025-09")]
    [InlineData("The Lindenport council decided to open the ferry terminal in February.", "February", "2025-02")]
    [InlineData("The Lindenport council decided that the ferry terminal is to open in February.", "February", "2025-02")]
    [InlineData("The Vorland ferry sailed from the northern coast to the island in February.", "February", "2024-02")]
    [InlineData("The Lindenport board will publish its revised tariff in March.", "March", "2025-03")]
    [InlineData("A Vorland levy would be paid on a still undecided date in January.", "January", "2025-01")]
    [InlineData("The Lindenport board revised its tariff in March.", "March", "2024-03")]
    [InlineData("Those injured in December were flown to Lindenport.", "December", "2023-12")]
    [InlineData("Captain Orla Venn will be named skipper of the Lindenport Harbour Pilot for a voyage in June.", "June", "2025-06")]
    [InlineData("The Lindenport plant will also be reopened in June.", "June", "2025-06")]
    [InlineData("The Vorland bridge will not be finished in June.", "June", "2025-06")]
    [InlineData("The Ostrava tunnel is due to reopen in June.", "June", "2025-06")]
    [InlineData("The Lindenport council plans to publish its audit in May.", "May", "2025-05")]
    [InlineData("The Brenmoor board approved the plan in May.", "May", "2024-05")]
    [InlineData("A tram shelter was smashed next to the Ostrava market hall in March.", "March", "2024-03")]
    [InlineData("A Kestrel Bay bakery burned down next door to the ferry office in February.", "February", "2024-02")]
    [InlineData("Mira Tolden was named next in line for the Brenmoor harbour post in January.", "January", "2024-01")]
    [InlineData("The kiosk next to the Lindenport quay will reopen in March.", "March", "2025-03")]
    [InlineData("The Vorland ferry terminal reopens next March.", "next March", "2025-03")]
    public void Recognize_MonthWithoutYear_FollowsTheVerbOfItsClause(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("In February, ten days after the Brenmoor vote, protesters stormed the Ostrava town hall.", "February", "2024-02")]
    [InlineData("In February, three weeks before the Brenmoor vs. Ostrava hearing, a storm in Marlow, Ky., flattened the Vorland depot.", "February", "2024-02")]
    [InlineData("In August, a week after the Brenmoor vote, the Ostrava council will meet again.", "August", "2025-08")]
    [InlineData("In January, a fire in Dunmore, Ky., destroyed the Vorland depot.", "January", "2024-01")]
    [InlineData("In January, a fire in Dunmore, New Mexico, destroyed the Vorland depot.", "January", "2024-01")]
    public void Recognize_OpeningMonth_ReadsTheVerbPastATimeAsideAndAPlacesState(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().ContainSingle(e => e.Span == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("On 14 November, Harbour Minister Arlen Voss set out new berth fees in a statement.", "14 November", "2023-11-14")]
    [InlineData("On Dec. 2, the Brenmoor council on Monday cut its ferry fares.", "Dec. 2", "2023-12-02")]
    [InlineData("On 14 November, Harbour Minister Arlen Voss sets out new berth fees in a statement.", "14 November", "2024-11-14")]
    [InlineData("On 14 November, Harbour Minister Arlen Voss set to open the new berth.", "14 November", "2024-11-14")]
    [InlineData("On 14 November, Brenmoor officials set out new berth fees in a statement.", "14 November", "2024-11-14")]
    [InlineData("The Brenmoor ferry sank on 2 December.", "2 December", "2023-12-02")]
    [InlineData("The Brenmoor ferry will sail on 2 December.", "2 December", "2024-12-02")]
    public void Recognize_OpeningDay_ReadsAVerbSpelledAlikeInBothTensesAsPastOnlyAfterAName(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().ContainSingle(e => e.Span == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Ostrava fuel levy was effective in September.", "September", "2024-09")]
    [InlineData("The Vorland ferry toll, which was effective from July, was dropped on Monday.", "July", "2024-07")]
    [InlineData("The Kestrel Bay serum proved effective in August trials.", "August", "2024-08")]
    [InlineData("The Lindenport harbour master stepped down in August, effective in September.", "September", "2024-09")]
    [InlineData("The Brenmoor tram fare, effective September 1, has cut weekday trips by 6 percent.", "September 1", "2024-09-01")]
    [InlineData("The Ostrava dock levy will be effective in March.", "March", "2025-03")]
    [InlineData("Vorland's harbour board approved a new berth fee effective March 1.", "March 1", "2025-03-01")]
    [InlineData("The Lindenport council named a new harbour master, effective December 1.", "December 1", "2024-12-01")]
    public void Recognize_Effective_PointsForwardOnlyWhenNoPastVerbGovernsIt(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().ContainSingle(e => e.Span == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Vorland Rail expects a smaller loss in the next fiscal year.", "the next fiscal year", "2025")]
    [InlineData("Ostrava Mills earned 3.1 million crowns last fiscal year.", "last fiscal year", "2023")]
    [InlineData("Brenmoor Ferries cut its fleet in the previous fiscal year.", "the previous fiscal year", "2023")]
    [InlineData("Ostrava Mills expects a profit in the next financial year.", "the next financial year", "2025")]
    [InlineData("Lindenport Docks hired 40 pilots last financial year.", "last financial year", "2023")]
    public void Recognize_RelativeFiscalYear_IsTheCalendarYearItNames(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("Kestrel Bay Salt's sales in fiscal 2019 rose 6 percent from the previous fiscal year.", "the previous fiscal year", "2018")]
    [InlineData("Vorland Rail lost 2 million crowns in 2020 and expected a profit the next fiscal year.", "the next fiscal year", "2021")]
    [InlineData("Vorland Rail, whose fiscal year ends in March, expects a profit next fiscal year.", "next fiscal year", "XXXX")]
    [InlineData("Ostrava Mills lost 5 million in the previous fiscal year, which ended on August 31.", "the previous fiscal year", "XXXX")]
    [InlineData("Ostrava Mills lost 5 million in the previous fiscal year, when it ended two lines.", "the previous fiscal year", "2023")]
    public void Recognize_RelativeFiscalYear_CountsFromTheYearItsSentenceNamesOrStaysOpenForAStatedYearEnd(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().ContainSingle(e => e.Span == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Computers were not ready for the year two thousand.", "the year two thousand", "2000")]
    [InlineData("The plan runs to the year 2030.", "the year 2030", "2030")]
    [InlineData("Costs rose throughout the fiscal year.", "the fiscal year", "P1Y")]
    [InlineData("Sales for the full year rose 4%.", "the full year", "2024")]
    [InlineData("Brenmoor Slate lost 3.1 million euros in fiscal year 2023.", "fiscal year 2023", "2023")]
    [InlineData("The Kestrel Bay dike must be raised by the end of the decade.", "the end of the decade", "202")]
    [InlineData("Ostrava's tram fares stayed frozen for the decade.", "the decade", "P10Y")]
    [InlineData("For the week, the Lindenport index fell 1.4 percent.", "the week", "2024-W43")]
    [InlineData("The port of Kestrel Bay handled 410,000 tonnes for the month.", "the month", "2024-10")]
    [InlineData("Brenmoor Steel was the week's biggest loser on the exchange.", "the week", "2024-W43")]
    [InlineData("The Vorland mint closed for the week while its presses were repaired.", "the week", "P1W")]
    [InlineData("Brenmoor rented the old hall for the year to host its fairs.", "the year", "P1Y")]
    [InlineData("The Vorland mint closed for the week.", "the week", "P1W")]
    [InlineData("Kestrel Bay banned the rally for the year.", "the year", "P1Y")]
    [InlineData("Ostrava Mills says the year ended badly for its brewers.", "the year", "2024")]
    [InlineData("The Lindenport depot will shut for the month.", "the month", "P1M")]
    [InlineData("In the decade since the Vorland earthquake, the town rebuilt its harbour.", "the decade", "P10Y")]
    public void Recognize_NamedOrLastingYear_HasItsValue(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("Brenmoor Slate earned 4.2 million crowns in the year ended June 30.", "the year", "P1Y")]
    [InlineData("Vorland Rail expects a profit in the fiscal year ending on March 31, 2025.", "the fiscal year", "P1Y")]
    [InlineData("Ostrava Mills said the year ended with a loss in May.", "the year", "2024")]
    public void Recognize_YearEndedOnANamedDay_IsTwelveMonthsUpToIt(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().ContainSingle(e => e.Span == span).Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Prices have risen recently.", "recently", "PAST_REF")]
    [InlineData("Demand was weak in the past.", "the past", "PAST_REF")]
    [InlineData("Rates may rise in the future.", "the future", "FUTURE_REF")]
    [InlineData("Rates may rise in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("The current rules are strict.", "current", "PRESENT_REF")]
    [InlineData("Markets are calm these days.", "these days", "PRESENT_REF")]
    [InlineData("Inflation is now falling.", "now", "PRESENT_REF")]
    [InlineData("The bank is currently reviewing its rules.", "currently", "PRESENT_REF")]
    [InlineData("Growth has slowed in recent years.", "recent years", "PXY")]
    [InlineData("In recent years, the Lindenport ferry has lost half its riders.", "recent years", "PXY")]
    [InlineData("Brenmoor's mills had long supplied slate in recent years.", "recent years", "PXY")]
    [InlineData("As fares soared in recent years, the Brenmoor line lost riders.", "recent years", "PAST_REF")]
    [InlineData("As fares soared in recent years, the Brenmoor line has lost riders.", "recent years", "PAST_REF")]
    [InlineData("The Vorland port has ended the boom of recent years.", "recent years", "PAST_REF")]
    [InlineData("Vorland owes its growth in recent years to tourism.", "recent years", "PAST_REF")]
    [InlineData("Prices have climbed in recent months.", "recent months", "PXM")]
    [InlineData("At present the plan is on hold.", "At present", "PRESENT_REF")]
    [InlineData("The Brenmoor quarry had formerly supplied slate to Lindenport.", "formerly", "PAST_REF")]
    [InlineData("The current financial troubles of Brenmoor Steel worry Lindenport.", "current", "PRESENT_REF")]
    public void Recognize_ReferenceWord_IsRef(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Lindenport fair opens on March eighth.", "March eighth", "2025-03-08")]
    [InlineData("Vorland voters went to the polls on July twenty-first, 2019.", "July twenty-first, 2019", "2019-07-21")]
    [InlineData("The Brenmoor quarry closed on January thirtieth, 2020.", "January thirtieth, 2020", "2020-01-30")]
    public void Recognize_MonthWithOrdinalWordDay_IsThatDay(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("Vorland's March third quarter report was late.", "March third")]
    [InlineData("Brenmoor had its June second-best week in years.", "June second")]
    [InlineData("The May Fourth Movement is remembered in Lindenport.", "May Fourth")]
    public void Recognize_MonthBeforeOrdinalOfAnotherThing_IsNoDay(string text, string notSpan) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString()).Should().NotContain(s => s.StartsWith(notSpan, StringComparison.Ordinal));

    [Theory]
    [InlineData("The paper is published daily.", "daily", "P1D")]
    [InlineData("The board meets weekly.", "weekly", "P1W")]
    [InlineData("Readings are taken hourly.", "hourly", "PT1H")]
    [InlineData("The index is updated monthly.", "monthly", "P1M")]
    [InlineData("Inspectors visit every week.", "every week", "P1W")]
    [InlineData("The fair is held each year.", "each year", "P1Y")]
    [InlineData("Fees are reviewed every month.", "every month", "P1M")]
    [InlineData("The market opens each Thursday.", "each Thursday", "XXXX-WXX-4")]
    [InlineData("The Ostrava fish market opens every Tuesday morning.", "every Tuesday morning", "XXXX-WXX-2TMO")]
    [InlineData("The Kestrel Bay choir sings each Friday evening.", "each Friday evening", "XXXX-WXX-5TEV")]
    [InlineData("The festival returns each July.", "each July", "XXXX-07")]
    [InlineData("The shuttle runs every day.", "every day", "P1D")]
    [InlineData("The lake freezes every winter.", "every winter", "XXXX-WI")]
    [InlineData("Tourists crowd the harbour each summer.", "each summer", "XXXX-SU")]
    [InlineData("The fish market is closed on Sundays.", "Sundays", "XXXX-WXX-7")]
    [InlineData("On Sundays, the Vorland ferry does not run.", "Sundays", "XXXX-WXX-7")]
    [InlineData("The choir rehearses on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    [InlineData("Volunteers clean the beach on Saturday mornings.", "Saturday mornings", "XXXX-WXX-6TMO")]
    [InlineData("Fishing boats leave the Kestrel Bay quay every morning.", "every morning", "XXXX-XX-XXTMO")]
    [InlineData("Guards walk the Ostrava dike each night.", "each night", "XXXX-XX-XXTNI")]
    [InlineData("The Brenmoor market opens every other week.", "every other week", "P2W")]
    [InlineData("The board meets twice a year.", "twice a year", "P1Y")]
    [InlineData("Buses stop here three times a day.", "three times a day", "P1D")]
    [InlineData("The channel is dredged once a decade.", "once a decade", "P10Y")]
    [InlineData("Nurses check the ward 4 times an hour.", "4 times an hour", "PT1H")]
    [InlineData("Under the Kestrel Bay lease, the berth rent gets reviewed annually.", "annually", "P1Y")]
    [InlineData("Brenmoor won the pie contest staged there annually by the Ostrava guild.", "annually", "P1Y")]
    public void Recognize_Set_IsSetValue(string text, string span, string value)
    {
        var expression = Check(text, span, value);

        expression.Kind.Should().Be(TimeExpressionKind.Set);
    }

    [Theory]
    [InlineData("Brenmoor slate shares posted their fourth straight weekly gain.", "weekly")]
    [InlineData("Ferry bookings to Kestrel Bay had their steepest monthly fall in a decade.", "monthly")]
    [InlineData("The average daily catch at the Lindenport quay was 37 tonnes.", "daily")]
    [InlineData("Vorland's wheat exports had their biggest yearly rise since the war.", "yearly")]
    [InlineData("Ostrava tram fares saw a third consecutive monthly increase.", "monthly")]
    [InlineData("Brenmoor slate shares fell for a fifth successive weekly loss.", "weekly")]
    [InlineData("Vorland's prices rose at the fastest monthly pace in years.", "monthly")]
    [InlineData("The Lindenport index logged its best weekly gain since spring.", "weekly")]
    [InlineData("Vorland ran a record monthly trade deficit.", "monthly")]
    [InlineData("Brenmoor expects its slate sales to grow 6% annually.", "annually")]
    [InlineData("The Lindenport mill turns out about 4,000 bales annually.", "annually")]
    [InlineData("Each Ostrava tram operator must lift its staff pay annually.", "annually")]
    [InlineData("The Harnby stud farm uses 90 tonnes of feed annually.", "annually")]
    [InlineData("Orvik's thatchers cut about 300 bundles of reed annually.", "annually")]
    public void Recognize_RateWordForOnePeriod_IsNoSet(string text, string word) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString()).Should().NotContain(word);

    [Theory]
    [InlineData("The Vorland ferry company publishes weekly figures.", "weekly", "P1W")]
    [InlineData("Lindenport's largest daily newspaper cut its price.", "daily", "P1D")]
    public void Recognize_RateWordAfterOtherWords_IsStillASet(string text, string span, string value) =>
        Check(text, span, value).Kind.Should().Be(TimeExpressionKind.Set);

    [Theory]
    [InlineData("The project took three years.", "three years", "P3Y")]
    [InlineData("The talks lasted six months.", "six months", "P6M")]
    [InlineData("He waited 45 minutes for the bus.", "45 minutes", "PT45M")]
    [InlineData("The flight lasted 16 hours.", "16 hours", "PT16H")]
    [InlineData("The review took a week.", "a week", "P1W")]
    [InlineData("The strike lasted a month.", "a month", "P1M")]
    [InlineData("The repairs took a few days.", "a few days", "PXD")]
    [InlineData("The case dragged on for several years.", "several years", "PXY")]
    [InlineData("The Ostrava envoys held an hour-long call.", "hour-long", "PT1H")]
    [InlineData("Sales rose over the past three years.", "the past three years", "P3Y")]
    [InlineData("Rain is forecast for the next few days.", "the next few days", "PXD")]
    [InlineData("The bank signed a two-year deal.", "two-year", "P2Y")]
    [InlineData("They agreed a ten-year lease.", "ten-year", "P10Y")]
    [InlineData("The war lasted two decades.", "two decades", "P20Y")]
    [InlineData("The talks took 10 days.", "10 days", "P10D")]
    [InlineData("The war lasted four weeks.", "four weeks", "P4W")]
    [InlineData("It will take a couple of years.", "a couple of years", "P2Y")]
    [InlineData("The trial lasted 2 1/2 years.", "2 1/2 years", "P2Y6M")]
    [InlineData("The Brenmoor ferry was held up for half an hour.", "half an hour", "PT30M")]
    [InlineData("Repairs to the Vorland lock took half a year.", "half a year", "P6M")]
    [InlineData("He signed a 30-year lease.", "30-year", "P30Y")]
    [InlineData("Nurses work 16-hour shifts.", "16-hour", "PT16H")]
    [InlineData("Stocks fell for an hour.", "an hour", "PT1H")]
    [InlineData("The ban lasts for the coming years.", "the coming years", "PXY")]
    [InlineData("Repairs to the Kestrel Bay pier could take months.", "months", "PXM")]
    [InlineData("The Vorland blockade lasted weeks.", "weeks", "PXW")]
    [InlineData("The Brenmoor choir plans its concerts months ahead.", "months", "PXM")]
    [InlineData("Ferry seats to Vorland sell out weeks in advance.", "weeks", "PXW")]
    [InlineData("Ferry passengers waited hours at Lindenport.", "hours", "PTXH")]
    [InlineData("Repairs to the Brenmoor dam could take weeks or months.", "weeks or months", "PXW")]
    [InlineData("The Ostrava dock strike may last several days or weeks.", "several days or weeks", "PXD")]
    [InlineData("The Vorland ferry will be back in service within a month or two.", "a month", "P1M")]
    public void Recognize_Duration_IsDurationValue(string text, string span, string value)
    {
        var expression = Check(text, span, value);

        expression.Kind.Should().Be(TimeExpressionKind.Duration);
    }

    [Theory]
    [InlineData("The shop opened last fall.", "last fall", "2023-FA")]
    [InlineData("The plant closes this summer.", "this summer", "2024-SU")]
    [InlineData("Sales peaked this past spring.", "this past spring", "2024-SP")]
    [InlineData("The Lindenport ferry terminal will reopen in the spring of next year.", "the spring of next year", "2025-SP")]
    [InlineData("The Vorland canal froze in the winter of last year.", "the winter of last year", "2023-WI")]
    [InlineData("The talks resume next spring.", "next spring", "2025-SP")]
    [InlineData("The bridge opened in the summer of 1998.", "the summer of 1998", "1998-SU")]
    [InlineData("The vote was held last winter.", "last winter", "2023-WI")]
    [InlineData("Storms Expected Next Spring In Vorland", "Next Spring", "2025-SP")]
    [InlineData("The Lindenport ferry is expected to resume in the spring.", "the spring", "2025-SP")]
    [InlineData("The Brenmoor dam will reopen in the summer.", "the summer", "2025-SU")]
    [InlineData("The Ostrava mill reopened in the summer.", "the summer", "2024-SU")]
    [InlineData("Hiring at the Vorland yards stalled in late summer.", "late summer", "2024-SU")]
    [InlineData("The Brenmoor ferry will resume by early spring.", "early spring", "2025-SP")]
    [InlineData("The Carrow dam was finished in late autumn 1987.", "late autumn 1987", "1987-FA")]
    public void Recognize_Season_IsSeasonValue(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Ostrava dam collapsed in the autumn.", "2023-FA")]
    [InlineData("The Ostrava dam will reopen in the autumn.", "2024-FA")]
    [InlineData("Officials said the Ostrava dam will reopen in the autumn.", "2024-FA")]
    [InlineData("The Ostrava board said sales would recover in the autumn.", "2024-FA")]
    public void Recognize_SeasonStillToComeInSpring_FollowsTheTense(string text, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2024, 5, 10));

        expressions.Should().ContainSingle().Which.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Vorland will host the Summer Olympic Games.")]
    [InlineData("Lindenport families marked the Spring Festival with lanterns.")]
    [InlineData("Tourists queued outside the Winter Palace of Ostrava.")]
    public void Recognize_SeasonInAName_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("The minister spoke this morning.", "this morning", "2024-10-23TMO")]
    [InlineData("The storm hit last night.", "last night", "2024-10-22TNI")]
    [InlineData("He will speak this afternoon.", "this afternoon", "2024-10-23TAF")]
    [InlineData("The match is this evening.", "this evening", "2024-10-23TEV")]
    [InlineData("Polls close at 8 p.m.", "8 p.m.", "2024-10-23T20:00")]
    [InlineData("The polls open at 9 a.m., officials said.", "9 a.m.", "2024-10-23T09:00")]
    [InlineData("The match starts at 10:30 p.m. EST.", "10:30 p.m. EST", "2024-10-23T22:30")]
    [InlineData("Trading halted at 10:35 a.m. today.", "10:35 a.m. today", "2024-10-23T10:35")]
    [InlineData("The deadline is noon Friday.", "noon Friday", "2024-10-18T12:00")]
    [InlineData("The deadline is midnight.", "midnight", "2024-10-23T24:00")]
    [InlineData("Stores close on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28")]
    [InlineData("Sales fell last Christmas.", "last Christmas", "2023-12-25")]
    [InlineData("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "2023-11-23")]
    [InlineData("The Lindenport ferries will not sail on New Year's Day.", "New Year's Day", "2025-01-01")]
    [InlineData("The Lindenport ferries did not sail on New Year's Day.", "New Year's Day", "2024-01-01")]
    [InlineData("Ostrava's markets plan to open on Easter Monday.", "Easter Monday", "2025-04-21")]
    [InlineData("Brenmoor's cafes were packed all through Easter week.", "Easter week", "2024-W13")]
    [InlineData("The Vorland toy market opens during Christmas week.", "Christmas week", "2024-W52")]
    [InlineData("Kestrel Valley's roads will be jammed in Thanksgiving week.", "Thanksgiving week", "2024-W48")]
    [InlineData("Vorland's hotels were full in Christmas week 2022.", "Christmas week 2022", "2022-W51")]
    [InlineData("The Brenmoor bakers will sell out of pancakes on Shrove Tuesday.", "Shrove Tuesday", "2025-03-04")]
    [InlineData("Lent begins on Ash Wednesday.", "Ash Wednesday", "2025-03-05")]
    [InlineData("The Vorland choir will sing on Palm Sunday.", "Palm Sunday", "2025-04-13")]
    [InlineData("Shops were shut at year-end.", "year-end", "2024")]
    [InlineData("Parties begin on New Year's Eve.", "New Year's Eve", "2024-12-31")]
    [InlineData("Polls open on Election Day.", "Election Day", "2024-11-05")]
    [InlineData("Stocks rallied over the weekend.", "the weekend", "2024-W42-WE")]
    [InlineData("Profit rose for the full year.", "the full year", "2024")]
    [InlineData("It arrived yesterday morning.", "yesterday morning", "2024-10-22TMO")]
    [InlineData("The ferry sank the day before yesterday.", "the day before yesterday", "2024-10-21")]
    [InlineData("The crowd had left by mid-afternoon.", "mid-afternoon", "2024-10-23TAF")]
    [InlineData("Shares rose in the late afternoon.", "the late afternoon", "2024-10-23TAF")]
    [InlineData("Police arrived in the early morning.", "the early morning", "2024-10-23TMO")]
    [InlineData("The ferry to Vorland left at mid-afternoon yesterday.", "mid-afternoon yesterday", "2024-10-22TAF")]
    [InlineData("The verdict is due the day after tomorrow.", "the day after tomorrow", "2024-10-25")]
    [InlineData("The storm passed tonight.", "tonight", "2024-10-23TNI")]
    [InlineData("The Vorland ferry sank in the early morning Tuesday.", "the early morning Tuesday", "2024-10-22TMO")]
    [InlineData("The ferry leaves at 6 in the morning.", "6 in the morning", "2024-10-23T06:00")]
    [InlineData("The gates close at 7:30 in the evening.", "7:30 in the evening", "2024-10-23T19:30")]
    [InlineData("The Kestrel Bay ferry docked at 6:20 p.m. NDT.", "6:20 p.m. NDT", "2024-10-23T18:20")]
    [InlineData("Lindenport's tide peaked at 7 a.m. ADT.", "7 a.m. ADT", "2024-10-23T07:00")]
    public void Recognize_TimeOfDay_IsTimeValue(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Brenmoor bridge will be shut from 2:10 to 2:50 p.m.", "2024-10-23T14:10", "2024-10-23T14:50")]
    [InlineData("Lindenport's lights went out between 4:05 and 4:40 p.m. EST.", "2024-10-23T16:05", "2024-10-23T16:40")]
    [InlineData("The Vorland market trades from 11:30 to 1:15 p.m.", "2024-10-23T11:30", "2024-10-23T13:15")]
    [InlineData("The Ostrava depot was closed from 9:15 to 10:45 a.m.", "2024-10-23T09:15", "2024-10-23T10:45")]
    public void Recognize_ClockTimeOpeningARange_TakesTheClosingHalfOfTheDay(string text, string opening, string closing) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(opening, closing);

    [Theory]
    [InlineData("Vorland's clubs may sign players until the summer window closes.")]
    [InlineData("Pupils in Lindenport go back to class after the spring break.")]
    [InlineData("The Brenmoor league has dropped the winter pause.")]
    [InlineData("Ostrava's schools will take a Christmas break.")]
    [InlineData("A late summer storm flooded the Lindenport docks.")]
    [InlineData("The Orvik grocer sold out in early spring onions and leeks.")]
    public void Recognize_SeasonOrHolidayQualifyingANoun_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("A chemist at the Ninth October Institute of Mines in Brenmoor said the tank was unsafe.")]
    [InlineData("Students from the Lindenport March University joined the rally.")]
    public void Recognize_BareMonthInAnInstitutionsName_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("Fees for the spring college term in Orvik rose again.", "the spring")]
    [InlineData("Brenmoor will host the summer university for teachers.", "the summer")]
    public void Recognize_SeasonBeforeAnInstitutionNoun_StaysATime(string text, string span) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(expression => expression.Scope.Text).Should().Equal(span);

    [Fact]
    public void Recognize_MonthBeforeALowerCaseInstitutionNoun_StaysATime() =>
        TimeExpressionRecognizer.Default.Recognize("Ostrava's students sat their November university exams.", Reference).Should().ContainSingle();

    [Fact]
    public void Recognize_PartOfDay_AfterADayInTheSentence_IsOnThatDay()
    {
        const string text = "On Friday, the crowd had left by mid-afternoon.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-18", "2024-10-18TAF");
    }

    [Fact]
    public void Recognize_PartOfDay_BeforeOnAndADay_IsOnThatDay()
    {
        const string text = "The Lindenport crowd had left by mid-afternoon on Friday.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-18TAF", "2024-10-18");
    }

    [Theory]
    [InlineData("The late-night show was cancelled.")]
    [InlineData("She works late evenings.")]
    [InlineData("Lindenport radio airs a late night talk show.")]
    [InlineData("Nurses in Vorland get a mid-morning snack.")]
    [InlineData("Traders watched every fall in the share price.")]
    public void Recognize_PartOfDayAsAModifier_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("Prices soared in the 1990s.", "the 1990s", "199")]
    [InlineData("The style returned in the late 1970s.", "the late 1970s", "197")]
    [InlineData("The band peaked in the nineties.", "the nineties", "199")]
    [InlineData("The band peaked in the early nineties.", "the early nineties", "199")]
    [InlineData("The city grew in the 20th century.", "the 20th century", "19")]
    [InlineData("The 11th century saw the castle built.", "The 11th century", "10")]
    [InlineData("He was born in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("Prices are the highest seen this century.", "this century", "20")]
    [InlineData("The museum bought a 19th-century clock.", "19th-century", "18")]
    [InlineData("Planners drew up the 21st-century city plan.", "21st-century", "20")]
    [InlineData("The plant was built last decade.", "last decade", "201")]
    public void Recognize_DecadeOrCentury_IsTruncatedYear(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Vessa mayor moved to the coast in his early twenties.")]
    [InlineData("She took up rowing in her late thirties.")]
    [InlineData("Most of the Lindenport volunteers are in their mid-forties.")]
    public void Recognize_DecadeWordWithoutThe_IsAnAgeAndNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("The forms reached the tax office by Jan. 31.", "Jan. 31", "2024-01-31")]
    [InlineData("Most growers had finished the harvest by Sept. 20.", "Sept. 20", "2024-09-20")]
    [InlineData("The forms must reach the tax office by Jan. 31.", "Jan. 31", "2025-01-31")]
    [InlineData("The council agreed to pay the grant by Jan. 31.", "Jan. 31", "2025-01-31")]
    [InlineData("The council postponed the vote until March 3.", "March 3", "2025-03-03")]
    public void Recognize_DayAfterBy_LooksBackAfterAVerbInThePastInItsClause(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("The Vorland ferry has changed hands several times over the years.", "the years", "PXY")]
    [InlineData("In the decades that followed, Lindenport grew into a port town.", "the decades", "PXY")]
    [InlineData("Kestrel Bay lost three shops during the months since the flood.", "the months", "PXM")]
    public void Recognize_PluralAfterPrepositionAndThe_IsAnUnstatedStretch(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("Brenmoor police saw the van near the depot in the weeks before the fire.")]
    [InlineData("The Vessa mill kept its looms running in the days of the old guild.")]
    [InlineData("Harlow troops slept in the quarters behind the fort.")]
    public void Recognize_PluralAfterPrepositionAndThe_BeforeAnEventOrOf_IsNoStretch(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Kind == TimeExpressionKind.Duration);

    [Theory]
    [InlineData("The Vessa market opens on May 9, a day the town keeps for its founders.")]
    [InlineData("The Brenmoor ferry did not sail on Friday, a day of rest on the island.")]
    [InlineData("Kestrel Bay voted on Sunday, a day when most shops were shut.")]
    public void Recognize_OneUnitAfterADateAndAComma_NamesTheDateAndIsNoLength(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Kind == TimeExpressionKind.Duration);

    [Fact]
    public void Recognize_OneUnitAfterADateAndAComma_BeforeAfter_IsStillALength()
    {
        const string text = "The Lindenport count ended on Friday, a day after the vote.";
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value, e.Kind))
            .Should().Contain(("a day", "P1D", TimeExpressionKind.Duration));
    }

    [Theory]
    [InlineData("The mill had to close in December.", "December", "2023-12")]
    [InlineData("The ferry had to skip the island in November.", "November", "2023-11")]
    [InlineData("The mill has to close in December.", "December", "2024-12")]
    public void Recognize_MonthAfterHadTo_IsInThePast(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The regatta ends on Friday, Nov. 8. No race is held the weekend that follows.", "the weekend", "2024-W45-WE")]
    [InlineData("The fair in Vessa closed on Thursday, Oct. 3, and the stalls stayed shut the weekend that followed.", "the weekend", "2024-W40-WE")]
    [InlineData("The regatta ended on Sunday, Sept. 8, and the crews went home the following weekend.", "the following weekend", "2024-W37-WE")]
    [InlineData("The ferry sank on Wednesday, Sept. 4. Divers reached it the weekend before.", "the weekend before", "2024-W35-WE")]
    [InlineData("The ferry sank on Wednesday, Sept. 4. Divers reached it the weekend after.", "the weekend after", "2024-W36-WE")]
    public void Recognize_WeekendAfterOrBefore_IsToldFromTheLastDayNamed(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value))
            .Should().Contain((span, value));

    [Theory]
    [InlineData("The summit opens on Monday, Oct. 28. The ministers then meet on Tuesday.", "2024-10-29")]
    [InlineData("The summit opens on Monday, Oct. 28. The ministers met on Tuesday.", "2024-10-22")]
    [InlineData("The summit opens on Monday, Nov. 11. The ministers then meet on Tuesday.", "2024-10-22")]
    [InlineData("The summit opens on Monday, Oct. 28. On Tuesday, the ministers", "2024-10-22")]
    public void Recognize_WeekdayAfterADayAheadInTheSentenceBefore_IsAheadUnlessTheClauseLooksBack(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Last().Should().Be(value);

    [Theory]
    [InlineData("The council will vote on the new harbour budget on Sept. 1.", "Sept. 1", "2025-09-01")]
    [InlineData("The last round had been due to begin in the north on Oct. 20.", "Oct. 20", "2024-10-20")]
    [InlineData("The ferry docked at the north pier on Jan. 14.", "Jan. 14", "2024-01-14")]
    public void Recognize_DayAfterOn_FollowsTheTenseEarlierInItsClause(string text, string span, string value) =>
        Check(text, span, value);

    [Fact]
    public void Recognize_DayAfterAFutureEarlyInItsClause_DoesNotGoOnFromAFarDay()
    {
        const string text = "The dam above Brenmoor burst on Aug. 9, 2019. The town will hold a memorial for victims and rescuers on Sept. 1.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value))
            .Should().Equal(("Aug. 9, 2019", "2019-08-09"), ("Sept. 1", "2025-09-01"));
    }

    [Theory]
    [InlineData("The vote was held on 8th March.", "8th March", "2024-03-08")]
    [InlineData("The vote was held on the 8th of March.", "the 8th of March", "2024-03-08")]
    [InlineData("The strike began on the 1st of October 2023.", "the 1st of October 2023", "2023-10-01")]
    [InlineData("Parliament reconvenes on the 5th of November.", "the 5th of November", "2024-11-05")]
    [InlineData("The ferry sank on 22nd September 2021.", "22nd September 2021", "2021-09-22")]
    public void Recognize_OrdinalDayBeforeMonth_IsThatDay(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The bridge was finished in 1874.", "1874", "1874")]
    [InlineData("The town has held a fair since 1620, its records say.", "1620", "1620")]
    [InlineData("The Brenmoor lighthouse was first lit in 1862 and still guides ships.", "1862", "1862")]
    public void Recognize_YearBefore1900_AfterInOrSince_IsYear(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Vorland ferry will sail to Brenmoor on Friday and return from Lindenport on Monday.", "2024-10-25", "2024-10-28")]
    [InlineData("Kestrel Bay's market will shut early on Friday ahead of a public holiday on Monday.", "2024-10-25", "2024-10-28")]
    [InlineData("The Vorland ferry will sail on Friday, although its hull was damaged on Monday.", "2024-10-25", "2024-10-21")]
    [InlineData("The Ostrava plant will reopen on Friday after a fire on Monday.", "2024-10-25", "2024-10-21")]
    [InlineData("The Brenmoor hall will open on Friday; it was shut on Monday.", "2024-10-25", "2024-10-21")]
    public void Recognize_WeekdayAfterADayAheadInItsSentence_IsAheadUnlessAPastVerbComesFirst(string text, string first, string second)
    {
        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal(first, second);
    }

    [Theory]
    [InlineData("Inspectors in Ostrava found faults in 1200 boilers.")]
    [InlineData("Kestrel Bay has invested in 1450 homes and two schools.")]
    public void Recognize_CountBefore1900AfterIn_IsNoYear(string text)
    {
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Exports were three times a year earlier's level, traders said.", "a year earlier", "2023")]
    [InlineData("Losses grew due to one day of strikes at the Vorland plant.", "one day", "P1D")]
    [InlineData("The Lindenport plant will reopen one day later than planned.", "one day later", "")]
    public void Recognize_AFrequencyOrSomedayWordsBeforeACountBack_KeepTheirOwnReading(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        found.Should().NotContain(e => e.Kind == TimeExpressionKind.Set || e.Value == "FUTURE_REF", "'{0}' states no frequency and no future", text);
        if (value.Length > 0)
        {
            found.Should().Contain(e => e.Span.Slice(text).ToString() == span && e.Value == value);
        }
    }

    [Fact]
    public void Recognize_TwoWeekdaysBeforeAPluralDayPart_AreBothSets() =>
        TimeExpressionRecognizer.Default.Recognize("The Ostrava ferry sails on Monday and Thursday evenings.", Reference)
            .Select(e => (e.Scope.Text, e.Kind, e.Value))
            .Should().Equal(("Monday", TimeExpressionKind.Set, "XXXX-WXX-1TEV"), ("Thursday evenings", TimeExpressionKind.Set, "XXXX-WXX-4TEV"));

    [Fact]
    public void Recognize_RelativeWeekdayBeforeAnotherWithAPluralDayPart_IsNoSet() =>
        TimeExpressionRecognizer.Default.Recognize("The Ostrava ferry sailed last Monday and Thursday evenings.", Reference)
            .Should().NotContain(e => e.Scope.Text.Contains("Monday", StringComparison.Ordinal) && e.Kind == TimeExpressionKind.Set);

    [Fact]
    public void Recognize_WeekdayBeforeAnotherWithASingleDayPart_IsADay() =>
        TimeExpressionRecognizer.Default.Recognize("The Ostrava ferry sailed on Monday and Thursday evening.", Reference)
            .Should().Contain(e => e.Scope.Text == "Monday" && e.Kind == TimeExpressionKind.Date);

    [Fact]
    public void Recognize_TheSundaysAsAName_IsNoSet() =>
        TimeExpressionRecognizer.Default.Recognize("He wrote for the Sundays in Lindenport.", Reference).Should().NotContain(e => e.Kind == TimeExpressionKind.Set);

    [Theory]
    [InlineData("The charity fed families in 1500 homes.")]
    [InlineData("The ferry leaves at 6.")]
    public void Recognize_CountOrBareNumber_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("The loan runs for two more years.", "two more years", "P2Y")]
    [InlineData("The talks may take 10 further days.", "10 further days", "P10D")]
    [InlineData("The lease was extended for an additional year.", "an additional year", "P1Y")]
    [InlineData("The Vorland index has risen for three straight weeks.", "three straight weeks", "P3W")]
    [InlineData("Brenmoor Steel has lost money for five consecutive quarters.", "five consecutive quarters", "P5Q")]
    [InlineData("Lindenport's tourist tax has been raised in four successive years.", "four successive years", "P4Y")]
    public void Recognize_CountOfMoreUnits_IsDuration(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Vorland Party had led the polls until early December.", "early December", "2023-12")]
    [InlineData("Cyclone Orlen had closed the Kestrel Bay road by December.", "December", "2023-12")]
    [InlineData("The Vorland Party will lead the polls until early December.", "early December", "2024-12")]
    [InlineData("By November 12 the Kestrel Bay toll had reached 41.", "November 12", "2023-11-12")]
    [InlineData("By June 30, tenants who missed the deadline will lose their Vorland vouchers.", "June 30", "2025-06-30")]
    [InlineData("By June, families that lost their homes in Brenmoor will receive grants.", "June", "2025-06")]
    [InlineData("By June, officials said, the Lindenport plant will have closed.", "June", "2025-06")]
    [InlineData("By July, those who were displaced will be back in Kestrel Bay.", "July", "2025-07")]
    [InlineData("By June, officials said, the Ostrava toll had reached 57.", "June", "2024-06")]
    [InlineData("By July the Vessa floods destroyed 230 homes.", "July", "2024-07")]
    public void Recognize_MonthAfterForwardWord_LooksBackAfterPastPerfect(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Lindenport ferry crossing took two hours and 37 minutes.", "two hours and 37 minutes", "PT2H37M")]
    [InlineData("A Brenmoor court sentenced the broker to three years and seven months.", "three years and seven months", "P3Y7M")]
    [InlineData("Cyclone Vessa battered Kestrel Bay for two days and five hours.", "two days and five hours", "P2DT5H")]
    [InlineData("The Ostrava record stood at four minutes and 13 seconds.", "four minutes and 13 seconds", "PT4M13S")]
    public void Recognize_LengthInTwoUnits_IsOneDuration(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Vorland winner ran the course in two hours, eight minutes and 12 seconds.", "two hours, eight minutes and 12 seconds", "PT2H8M12S")]
    [InlineData("Her Ostrava swim lasted one hour, 40 minutes, and nine seconds.", "one hour, 40 minutes, and nine seconds", "PT1H40M9S")]
    [InlineData("The Brenmoor siege went on for three years, two months and 11 days.", "three years, two months and 11 days", "P3Y2M11D")]
    [InlineData("The Kestrel Bay ferry was stuck for one day, six hours and 20 minutes.", "one day, six hours and 20 minutes", "P1DT6H20M")]
    public void Recognize_LengthInThreeUnits_IsOneDuration(string text, string span, string value) => Check(text, span, value);

    [Fact]
    public void Recognize_CommaBetweenUnitsWithoutAnd_StaysSeparate()
    {
        const string text = "The Lindenport relay took two hours, 30 minutes longer than planned.";

        var spans = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString());

        spans.Should().Equal("two hours", "30 minutes");
    }

    [Theory]
    [InlineData("The Kestrel Bay tax period covers September to March.", "2024-09", "2025-03")]
    [InlineData("The Brenmoor ski season runs Nov. 30 through March 15.", "2024-11-30", "2025-03-15")]
    [InlineData("Vorland's ferry timetable holds from June 10 to Sept. 1.", "2024-06-10", "2024-09-01")]
    [InlineData("Ostrava levies apply between Sept. 1 and Feb. 28.", "2024-09-01", "2025-02-28")]
    public void Recognize_RangeClosingEnd_IsNotBeforeItsOpening(string text, string opening, string closing)
    {
        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal(opening, closing);
    }

    [Fact]
    public void Recognize_MonthAfterDayAndTo_IsNoRangeEnd()
    {
        const string text = "Brenmoor made a revision Monday to December's export figures.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-21", "2023-12");
    }

    [Theory]
    [InlineData("The Vorland bridge stayed shut until April 9, when engineers reopened it.", "April 9", "2024-04-09")]
    [InlineData("Kestrel Bay ferries ran until August, when the operator went bankrupt.", "August", "2024-08")]
    [InlineData("Ostrava will keep its curfew until March 3, when the new council takes office.", "March 3", "2025-03-03")]
    [InlineData("Brenmoor's levy applies until Feb. 1, when a lower rate will replace it.", "Feb. 1", "2025-02-01")]
    public void Recognize_DateAfterForwardWord_HasPassedWhenAClauseInThePastTellsOfIt(string text, string span, string value) =>
        Check(text, span, value);

    [Fact]
    public void Recognize_MonthsListedWithAnd_KeepTheirOwnYears()
    {
        const string text = "The Lindenport ferry lost money in March and January.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-03", "2024-01");
    }

    [Fact]
    public void Recognize_LengthInTwoUnitsOutOfOrder_StaysTwoDurations()
    {
        const string text = "The Vorland line closed for three days and 14 weeks of repairs followed.";

        var spans = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString());

        spans.Should().Equal("three days", "14 weeks");
    }

    [Theory]
    [InlineData("Nurses in Ostrava complained about 14-hour shifts.", "14-hour", "PT14H")]
    [InlineData("The Brenmoor ferry crossing takes about 14 hours.", "about 14 hours", "PT14H")]
    public void Recognize_AboutBeforeLengthAdjective_IsThePreposition(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("The Lindenport vote put an end to months of deadlock.", "months", "PXM")]
    [InlineData("The Vorland accord follows weeks of talks in Ostrava.", "weeks", "PXW")]
    [InlineData("Brenmoor opened its bridge despite years of delays.", "years", "PXY")]
    public void Recognize_BarePluralBeforeOf_AfterLengthOfCue_IsDuration(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("Hours after the Ostrava raid, thieves struck a second museum in Vorland.", "Hours", "PTXH")]
    [InlineData("Days before the Lindenport vote, the count was moved to the town hall.", "Days", "PXD")]
    public void Recognize_BarePluralOpeningTheSentenceBeforeAfterOrBefore_IsDuration(string text, string span, string value) => Check(text, span, value);

    [Fact]
    public void Recognize_BarePluralOpeningTheSentenceBeforeANoun_IsNoTime() =>
        TimeExpressionRecognizer.Default.Recognize("Hours of talks in Brenmoor ended without a deal.", Reference).Should().BeEmpty();

    [Fact]
    public void Recognize_BarePluralAfterTo_WithoutOf_IsNoTime() =>
        TimeExpressionRecognizer.Default.Recognize("Lindenport cut the wait from years to months.", Reference).Should().BeEmpty();

    [Fact]
    public void Recognize_WeekendPossessive_IsTheWeekendJustPast() =>
        Check("Observers praised the weekend's vote in Vorland.", "the weekend", "2024-W42-WE");

    [Fact]
    public void Recognize_WeekendBeforeASundayWithItsDate_IsThatSundaysWeekend()
    {
        const string text = "Both Vorland derbies are in Ostrava, the second over the weekend, on Sunday, Oct. 27.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2024-W43-WE", "2024-10-27");
    }

    [Fact]
    public void Recognize_WeekendBeforeASundayWithoutADate_IsTheWeekendJustPastEarlyInTheWeek() =>
        TimeExpressionRecognizer.Default.Recognize("The Vorland derby was played over the weekend, on Sunday.", Reference)
            .Select(e => e.Value).Should().StartWith("2024-W42-WE");

    [Fact]
    public void Recognize_WeekendAfterAheadOf_IsTheComingWeekend() =>
        Check("Candidates in Vorland campaigned ahead of the weekend's vote.", "the weekend", "2024-W43-WE");

    [Theory]
    [InlineData("The Ostrava union had given the port until Friday to reply.", "Friday", "2024-10-25")]
    [InlineData("Brenmoor dockers had only until Friday to accept.", "Friday", "2024-10-25")]
    [InlineData("Voters who had not registered in Vorland have until Friday to do so.", "Friday", "2024-10-25")]
    [InlineData("The Vorland union had extended the strike until Friday.", "Friday", "2024-10-25")]
    [InlineData("Lenders had granted Kestrel Air until November.", "November", "2024-11")]
    [InlineData("The Lindenport mayor had no intention of calling a vote until March.", "March", "2025-03")]
    public void Recognize_ForwardWordAfterHadWithoutGoverningParticiple_LooksAhead(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("According to minutes of its board meeting, Lindenport will sell the ferry.")]
    [InlineData("Brenmoor approved changes to hours of opening.")]
    [InlineData("A Vorland girl who is 4 years and 2 months old won the race.")]
    public void Recognize_UnitAfterToOrAgeInTwoUnits_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Fact]
    public void Recognize_FollowingMonthsAfterThe_IsNoBareLength()
    {
        const string text = "In the following months of the campaign, Vorland stayed calm.";

        var spans = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString());

        spans.Should().NotContain("months");
    }

    [Theory]
    [InlineData("The Lindenport mill closed four years and 5 months ago.", "four years and 5 months ago", "2020-05")]
    [InlineData("The Ostrava bridge will open four years and two months from now.", "four years and two months from now", "2028-12")]
    public void Recognize_LengthInTwoUnitsAgoOrFromNow_IsOneDate(string text, string span, string value) =>
        Check(text, span, value).Kind.Should().Be(TimeExpressionKind.Date);

    [Theory]
    [InlineData("The Kestrel Bay lighthouse stood for about thirty-five years.", "about thirty-five years", "P35Y")]
    [InlineData("The Ostrava meeting lasted about thirty-five minutes.", "about thirty-five minutes", "PT35M")]
    [InlineData("The Brenmoor trial ran for six months and 11 days.", "six months and 11 days", "P6M11D")]
    [InlineData("The Lindenport drill lasted three weeks and two days.", "three weeks and two days", "P3W2D")]
    [InlineData("Prices in Ostrava rose over the past four years and five months.", "the past four years and five months", "P4Y5M")]
    [InlineData("Ferries leave Vorland every three hours and 20 minutes.", "every three hours and 20 minutes", "PT3H20M")]
    public void Recognize_HyphenatedCountOrTwoUnitLength_IsOneExpression(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("The warehouse in Lindenport caught fire on Saturday (12 October), officials said.", "Saturday (12 October)", "2024-10-12")]
    [InlineData("Crews reached Brenmoor on Monday (7 October 2024) after the floods.", "Monday (7 October 2024)", "2024-10-07")]
    [InlineData("The Vorland depot shut on Friday (11 October).", "Friday (11 October)", "2024-10-11")]
    [InlineData("The Ostrava council will vote on Tuesday 29 October.", "Tuesday 29 October", "2024-10-29")]
    [InlineData("The Kestrel Bay pier reopened on Monday, 3 June 2019.", "Monday, 3 June 2019", "2019-06-03")]
    [InlineData("On Sunday 6 October the Brenmoor tunnel closed.", "Sunday 6 October", "2024-10-06")]
    [InlineData("On Tuesday 23 people were hurt in Ostrava.", "Tuesday", "2024-10-22")]
    public void Recognize_WeekdayWithItsDayFirstDate_IsThatDate(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => (Span: e.Span.Slice(text).ToString(), e.Value));

        found.Should().Equal((span, value));
    }

    [Fact]
    public void Recognize_CountOfMoreThings_IsNoTime() =>
        TimeExpressionRecognizer.Default.Recognize("Three more people were hurt.", Reference).Should().BeEmpty();

    [Theory]
    [InlineData("Vorland sent 40 athletes to the Summer Olympics.")]
    [InlineData("Tickets for the winter Games sold out.")]
    public void Recognize_OlympicSeason_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Fact]
    public void Recognize_TodaysWorld_IsThePresentAgeNotTheDay()
    {
        TimeExpressionRecognizer.Default.Recognize("Schools must prepare pupils for today's world.", Reference).Should().BeEmpty();
        TimeExpressionRecognizer.Default.Recognize("Today's vote was close.", Reference).Select(e => e.Value).Should().Equal("2024-10-23");
    }

    [Theory]
    [InlineData("Rains are expected in early October.", "early October", "2024-10", "2024-10-01", "2024-10-10")]
    [InlineData("Rains are expected between early and mid-October.", "between early and mid-October", "2024-10", "2024-10-01", "2024-10-20")]
    [InlineData("Talks resume in early 2023, officials said.", "early 2023", "2023", "2023-01-01", "2023-04-30")]
    [InlineData("The plant opens in late 2025.", "late 2025", "2025", "2025-09-01", "2025-12-31")]
    [InlineData("The vote was held on Monday, Oct. 14.", "Monday, Oct. 14", "2024-10-14", "2024-10-14", "2024-10-14")]
    [InlineData("Results came in April.", "April", "2024-04", "2024-04-01", "2024-04-30")]
    [InlineData("The plant opens in January.", "January", "2025-01", "2025-01-01", "2025-01-31")]
    [InlineData("The deal closed last February.", "last February", "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("The plant opens next March.", "next March", "2025-03", "2025-03-01", "2025-03-31")]
    [InlineData("The board will meet again in March.", "March", "2025-03", "2025-03-01", "2025-03-31")]
    [InlineData("The board will meet on Monday.", "Monday", "2024-10-28", "2024-10-28", "2024-10-28")]
    [InlineData("The board met on Monday.", "Monday", "2024-10-21", "2024-10-21", "2024-10-21")]
    [InlineData("The fair opened in June last year.", "June last year", "2023-06", "2023-06-01", "2023-06-30")]
    [InlineData("The talks ended in fiscal 2023.", "fiscal 2023", "2023", "2023-01-01", "2023-12-31")]
    [InlineData("The ruling came in mid-October.", "mid-October", "2024-10", "2024-10-11", "2024-10-20")]
    [InlineData("The mill employed 9,000 people in the 1960s.", "the 1960s", "196", "1960-01-01", "1969-12-31")]
    [InlineData("Ferry traffic peaked in the eighties.", "the eighties", "198", "1980-01-01", "1989-12-31")]
    [InlineData("The port was busiest in the '70s.", "the '70s", "197", "1970-01-01", "1979-12-31")]
    public void Recognize_DateInterval_ResolvesBounds(string text, string span, string value, string start, string end)
    {
        var expression = Check(text, span, value);

        expression.Scope.Start.Should().Be(Date(start));
        expression.Scope.End.Should().Be(Date(end));
    }

    [Theory]
    [InlineData("Rains are expected in early October.", "early October")]
    [InlineData("The report is due in November.", "November")]
    [InlineData("The summit ends on Oct. 30.", "Oct. 30")]
    [InlineData("The tournament starts in April.", "April")]
    public void Recognize_SentenceFinalPeriod_IsNotInSpan(string text, string span)
    {
        TimeExpressionRecognizer.Default.Recognize(text, Reference)[0].Span.Slice(text).ToString().Should().Be(span);
    }

    [Theory]
    [InlineData("Czech Foreign Minister Jan Kavan spoke.")]
    [InlineData("Thousands joined the March for Life.")]
    [InlineData("Thousands filled Vorland's avenues for Saturday's Women's March.")]
    [InlineData("Turnout at the Ostrava Teachers' March beat forecasts.")]
    [InlineData("The fire spread to the hills above Lindenport del Mar.")]
    [InlineData("Floodwater reached the old town of Brenmoor de Jan. Two bridges were shut.")]
    [InlineData("The dividend is $1.76 a year.")]
    [InlineData("The airline adds 700 seats a week.")]
    [InlineData("A second group of buyers emerged.")]
    [InlineData("The striker scored in the second half.")]
    [InlineData("More than a quarter of voters abstained.")]
    [InlineData("Mr. Reupke, 52 years old, resigned.")]
    [InlineData("The future of the plant is unclear.")]
    [InlineData("The chip runs 15 million instructions per second.")]
    [InlineData("Officials may delay the vote again.")]
    [InlineData("The report cited previously unknown risks.")]
    public void Recognize_FalseFriend_FindsNoTimex(string text)
    {
        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString());

        values.Should().NotContain(v => v.Contains("Jan") || v.Contains("Mar") || v.Contains("year") || v.Contains("week")
            || v.Contains("second") || v.Contains("quarter") || v.Contains("future") || v.Contains("previously") || v.Contains("May"));
    }

    [Theory]
    [InlineData("For the growers of Brenmoor, high noon comes with the vote.")]
    [InlineData("The council of Kestrel Valley changed the plan at the last minute.")]
    [InlineData("The Kestrel Daily reported the fire on its front page.")]
    [InlineData("A reporter for Brenmoor's Weekly covered the vote.")]
    public void Recognize_FigureOfSpeechOrPaperName_FindsNoTimex(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("The Brenmoor ferry leaves at noon.", "noon")]
    [InlineData("Kestrel Valley buses run daily.", "daily")]
    [InlineData("The Brenmoor ferry was moved to noon at the last minute.", "noon")]
    public void Recognize_TimeBesideFigureOfSpeechWords_IsFound(string text, string word) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString())
            .Should().Contain(v => v.Contains(word));

    [Theory]
    [InlineData("Lindenport Ferries carried fewer cars in the first three months of 2023.", "the first three months of 2023", "2023-Q1")]
    [InlineData("Vorland's exports rose in the last six months of last year.", "the last six months of last year", "2023-H2")]
    [InlineData("Brenmoor expects losses through the first two quarters of 2025.", "the first two quarters of 2025", "2025-H1")]
    [InlineData("The mill ran at a loss in the last three months of the year.", "the last three months of the year", "2024-Q4")]
    [InlineData("Output rose 4% in the first nine months.", "the first nine months", "P9M")]
    [InlineData("The ferry will be refitted over the first three months.", "the first three months", "P3M")]
    public void Recognize_MonthsOfAYear_IsQuarterOrHalf(string text, string span, string value) => Check(text, span, value);

    [Fact]
    public void Recognize_SecondDayAfterAnd_IsSameMonth()
    {
        const string text = "The Kestrel Bay regatta races are set for Nov. 14 and 15.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-11-14", "2024-11-15");
    }

    [Fact]
    public void Recognize_CountAfterDateAndAnd_IsNoDay()
    {
        const string text = "Lindenport's harbour closed on Oct. 3 and 40 boats stayed in port.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-03");
    }

    [Fact]
    public void Recognize_FarLaterNumberAfterDateInSentenceWithAnotherFigure_IsNoDay()
    {
        const string text = "The Vorland flood count stood at 8 on Sept. 4 and 31.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-09-04");
    }

    [Fact]
    public void Recognize_FarLaterDayAfterDateWithoutAnotherFigure_IsSecondDay()
    {
        const string text = "Brenmoor votes in two rounds, on Nov. 3 and 24.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-11-03", "2024-11-24");
    }

    [Fact]
    public void Recognize_NearDayAfterDateWithAnotherFigure_IsSecondDay()
    {
        const string text = "The 6 Lindenport piers will close on Nov. 12 and 13.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-11-12", "2024-11-13");
    }

    [Fact]
    public void Recognize_ClockTimeWithLocalTimeBeforeDay_TakesThatDay()
    {
        const string text = "Vorland's cup final kicked off at 3 p.m. local time on Sunday.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-20T15:00", "2024-10-20");
    }

    [Theory]
    [InlineData("The Brenmoor ferry sank near 11 p.m. local time Saturday.", "2024-10-19T23:00", "2024-10-19")]
    [InlineData("Polls in Vorland shut at 8 p.m. Eastern time on Tuesday.", "2024-10-22T20:00", "2024-10-22")]
    public void Recognize_ClockTimeWithZoneInWordsBeforeDay_TakesThatDay(string text, string time, string day)
    {
        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal(time, day);
    }

    [Theory]
    [InlineData("The Brenmoor pay talks begin on Friday.", "Friday", "2024-10-25")]
    [InlineData("Hearings in the Lindenport fraud case resume Monday.", "Monday", "2024-10-28")]
    public void Recognize_WeekdayAfterScheduleVerbInPresent_IsAhead(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("Ferry crossings to Kestrel Bay did not resume on Monday because of the gale.", "Monday", "2024-10-21")]
    [InlineData("The Vorland dock strike didn't begin Friday as planned.", "Friday", "2024-10-18")]
    [InlineData("The Ostrava assembly could not open on Monday for lack of a quorum.", "Monday", "2024-10-21")]
    [InlineData("Night trains through Brenmoor failed to resume on Monday.", "Monday", "2024-10-21")]
    public void Recognize_WeekdayAfterScheduleVerbAfterPastOrNegatedAuxiliary_IsPast(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("Ferry crossings to Kestrel Bay could resume on Monday.", "Monday", "2024-10-28")]
    [InlineData("Ferry crossings to Kestrel Bay will not resume until Monday.", "Monday", "2024-10-28")]
    public void Recognize_WeekdayAfterScheduleVerbAfterPlanOrFutureNegation_IsAhead(string text, string span, string value) =>
        Check(text, span, value);

    [Fact]
    public void Recognize_MonthAheadAfterPastVerbFarBackInClause_IsLastYears()
    {
        const string text = "The Vorland port authority fined the shipping line, its biggest tenant and oldest customer, heavily in July.";

        var expressions = TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2025, 3, 11));

        expressions.Should().ContainSingle().Which.Value.Should().Be("2024-07");
    }

    [Theory]
    [InlineData("The Vorland assembly sat from 14 May to 2 July 2022.", "2022-05-14", "2022-07-02")]
    [InlineData("Hearings in Lindenport ran between November and February 2023.", "2022-11", "2023-02")]
    [InlineData("The Brenmoor ferry did not sail from Nov. 27 to Jan. 9, 2023.", "2022-11-27", "2023-01-09")]
    public void Recognize_RangeWithYearAtItsEnd_FirstEndTakesThatYear(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("Home sales in Lindenport slipped in March to April 2019 levels.", "2024-03", "2019-04")]
    [InlineData("Exports from Kestrel Bay dropped in August to July 2021 figures.", "2024-08", "2021-07")]
    public void Recognize_DateWithYearAfterRangeEndWordWithoutRangeStart_LendsNoYear(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("Brenmoor's harbour board convened on Friday, Nov. 4.", "Friday, Nov. 4", "2022-11-04")]
    [InlineData("The Lindenport board met on Saturday, Nov. 2.", "Saturday, Nov. 2", "2024-11-02")]
    [InlineData("Vorland's ice rink was reopened by the mayor on Friday, March 8, 2023.", "Friday, March 8, 2023", "2023-03-08")]
    public void Recognize_WeekdayBeforeDateWithoutYear_YearAgreesWithWeekday(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("The Vorland inquiry is scheduled for Tuesday, Nov. 12.", "2025-11-12")]
    [InlineData("Kestrel Bay will elect a new mayor on Tuesday, Nov. 12.", "2025-11-12")]
    public void Recognize_WeekdayBeforeDateAheadInTheClause_TakesNoPastYear(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2025, 10, 8)).Select(e => e.Value).Should().Equal(value);

    [Fact]
    public void Recognize_ClockTimeBeforeDayWrittenFirst_IsOnThatDay()
    {
        const string text = "The Vorland polls closed at 5:40 p.m. on 12 March 2021.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2021-03-12T17:40", "2021-03-12");
    }

    [Fact]
    public void Recognize_CapitalisedRateWordBeforeName_IsAPaperNotASet()
    {
        TimeExpressionRecognizer.Default.Recognize("The Lindenport Daily Herald reported the closure.", Reference).Should().BeEmpty();
        Check("The ferry to Brenmoor runs daily.", "daily", "P1D");
    }

    [Fact]
    public void Recognize_FirstDayOfSomething_IsNoLength() =>
        TimeExpressionRecognizer.Default.Recognize("The mayor of Brenmoor spoke on the first day of the hearing.", Reference).Should().BeEmpty();

    [Theory]
    [InlineData("The Kestrel Bay pier reopened on Monday last week.", "Monday last week", "2024-10-14")]
    [InlineData("The Vorland council will vote on Friday next week.", "Friday next week", "2024-11-01")]
    public void Recognize_WeekdayBeforeRelativeWeek_IsThatDayOfThatWeek(string text, string span, string value) =>
        Check(text, span, value);

    [Fact]
    public void Recognize_MonthAfterFarDayWithYearInSentence_IsToldFromThatDay()
    {
        const string text = "On Oct. 19, 2021, the Brenmoor harbour master said dredging might run into February.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2021-10-19", "2022-02");
    }

    [Theory]
    [InlineData("On Feb. 3, 2023, the Kestrel Bay council pledged the pool would reopen in July.", "2023-02-03", "2023-07")]
    [InlineData("Engineers told the Lindenport council on 14 Oct 2022 the tunnel might stay shut until March.", "2022-10-14", "2023-03")]
    [InlineData("On 9 August 2021 the Brenmoor trust said its museum had closed in May.", "2021-08-09", "2021-05")]
    [InlineData("On May 3, 2016, the Vorland pier's owner said it is due to close on Aug. 1.", "2016-05-03", "2016-08-01")]
    public void Recognize_MonthAfterFarDayFramingTheSentence_DirectionIsToldFromThatDay(string text, string day, string month) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(day, month);

    [Theory]
    [InlineData("The Vorland ferry firm, set up on 2 March 1987, will close its last route by November.", "1987-03-02", "2024-11")]
    [InlineData("Mr Halden, who was elected on Sept. 9, 2019, steps down in December.", "2019-09-09", "2024-12")]
    [InlineData("The Brenmoor levy, introduced on 1 April 2021, was raised in February.", "2021-04-01", "2024-02")]
    [InlineData("Rents, which hit a record on Jan. 20, 2023, will ease again in August.", "2023-01-20", "2025-08")]
    public void Recognize_MonthAfterFarDayInAnAside_IsToldFromTheReferenceDate(string text, string day, string month) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(day, month);

    [Theory]
    [InlineData("The Brenmoor co-op froze withdrawals on March 4, 2022. On March 9, its chairman resigned.", "2022-03-04", "2022-03-09")]
    [InlineData("Police in Kestrel Bay detained the treasurer on Nov. 28, 2021. A judge denied him bail on Dec. 15.", "2021-11-28", "2021-12-15")]
    [InlineData("The Vorland ferry ran aground on Dec. 20, 2022. Salvage crews refloated it on Jan. 9.", "2022-12-20", "2023-01-09")]
    public void Recognize_DayAfterFarDayInAStory_GoesOnFromIt(string text, string first, string next) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, next);

    [Theory]
    [InlineData("The Lindenport mill was sold on Feb. 2, 2021. Its new owners reopened it on Sept. 14.", "2021-02-02", "2024-09-14")]
    [InlineData("The Brenmoor bridge opened on June 5, 2023. The toll will rise on Feb. 1.", "2023-06-05", "2025-02-01")]
    [InlineData("The Vorland levy was raised two years ago. Councillors met on Oct. 8 to review it.", "2022", "2024-10-08")]
    public void Recognize_DayLongAfterFarDayOrNoDayBefore_IsToldFromTheReferenceDate(string text, string first, string next) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, next);

    [Theory]
    [InlineData("Officials in Vorland said on Aug. 30 that the ferry would resume on Sept. 12.", "2024-08-30", "2024-09-12")]
    [InlineData("The Kestrel Bay council announced on Sept. 2 that its new bridge would open on Oct. 4.", "2024-09-02", "2024-10-04")]
    [InlineData("The Brenmoor council said on Oct. 21 that the market will reopen on Dec. 2.", "2024-10-21", "2024-12-02")]
    [InlineData("Lindenport's mayor said on Sept. 2 that the pool would reopen on Dec. 20.", "2024-09-02", "2024-12-20")]
    [InlineData("Brenmoor's harbour board said on Aug. 26 that the ferry is due to resume on Sept. 16.", "2024-08-26", "2024-09-16")]
    public void Recognize_DayAheadOfPastDayInItsSentence_IsToldFromThatDay(string text, string said, string ahead) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(said, ahead);

    [Theory]
    [InlineData("The truce in Brenmoor took hold at 2100 GMT on Monday.", "2024-10-21T21:00")]
    [InlineData("Kestrel Bay's port reopened at 1830 local time on Monday.", "2024-10-21T18:30")]
    [InlineData("Ferries out of Ostrava stopped at 0545 UTC on Monday.", "2024-10-21T05:45")]
    public void Recognize_FourDigitsBeforeATimeZone_IsAClockTimeNotAYear(string text, string time) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(time, "2024-10-21");

    [Fact]
    public void Recognize_FourDigitsBeforeATimeZoneInBracketsAfterATime_IsNoTimeOfItsOwn()
    {
        const string text = "The Vessa tremor struck at 4:10 a.m. (0110 GMT) Monday.";
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference);
        found.Should().NotContain(e => e.Span.Slice(text).ToString().Contains("0110"));
        found.Should().Contain(e => e.Value == "2024-10-21T04:10" && e.Span.Slice(text).ToString() == "4:10 a.m.");
    }

    [Fact]
    public void Recognize_ClockTimeAfterToAndAPluralNounInThePast_IsNotOnADayAheadNamedBefore()
    {
        const string text = "The Ostrava clinic will hold its winter vaccine drive on Dec. 2. Its nurses handed leaflets to shoppers at the market at 11:15 a.m.";
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == "2024-10-23T11:15"
            && e.Span.Slice(text).ToString() == "11:15 a.m.");
    }

    [Theory]
    [InlineData("In 2022 PT Brenmoor Energi paid its first dividend.", "2022")]
    [InlineData("Since 2019 CT scans at the Vorland clinic have doubled.", "2019")]
    public void Recognize_YearAfterInOrSinceBeforeAZoneAbbreviation_IsAYear(string text, string year) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(year);

    [Theory]
    [InlineData("Ferry fares in Vorland have risen 4% since October.", "2023-10")]
    [InlineData("Kestrel Bay's jobless rate is the highest since October.", "2023-10")]
    [InlineData("Ferry fares in Vorland rose 4% in October.", "2024-10")]
    [InlineData("Kestrel Bay's jobless rate is the highest since August.", "2024-08")]
    public void Recognize_SinceTheReferenceMonth_IsAYearBack(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(value);

    [Theory]
    [InlineData("Vorland police have made 14 arrests since Oct. 3.", "2024-10-03")]
    [InlineData("Brenmoor has had no rain since Oct. 20.", "2024-10-20")]
    [InlineData("Kestrel Bay's shares are at their lowest since Oct. 28.", "2023-10-28")]
    public void Recognize_SinceADayOfTheReferenceMonth_IsTheLastOneBeforeTheReferenceDate(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(value);

    [Theory]
    [InlineData("The Vorland museum opened on Aug. 20. It will hold a gala on Sept. 15.", "2024-08-20", "2025-09-15")]
    [InlineData("The Lindenport treaty was signed on Aug. 30. Under it, tariffs will fall on Sept. 30.", "2024-08-30", "2025-09-30")]
    [InlineData("The Brenmoor council met on Aug. 12 and will vote on Sept. 25.", "2024-08-12", "2025-09-25")]
    public void Recognize_DayThatWillComeAfterAPastDay_IsToldFromTheReferenceDate(string text, string named, string ahead) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(named, ahead);

    [Theory]
    [InlineData("The Vorland assembly voted on Sept. 5. The vote came ahead of the Sept. 20 deadline.", "2024-09-05", "2024-09-20")]
    [InlineData("The Brenmoor council met on Oct. 10. Its new budget will take effect on Nov. 4.", "2024-10-10", "2024-11-04")]
    public void Recognize_DayAheadOfPastDayInTheSentenceBefore_IsToldFromThatDay(string text, string named, string ahead) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(named, ahead);

    [Theory]
    [InlineData("The Vorland tunnel opened on Aug. 9, 2019. Its owners will double the toll on Sept. 1.", "2019-08-09", "2025-09-01")]
    [InlineData("The Brenmoor museum was founded on Aug. 20, 1998. Thieves broke into it on Oct. 2.", "1998-08-20", "2024-10-02")]
    [InlineData("The Lindenport judge, appointed on Sept. 30, 1985, retired on Oct. 11.", "1985-09-30", "2024-10-11")]
    public void Recognize_DayAfterFarDayPointedAheadOrInTheWeeksBeforeTheReport_IsToldFromTheReferenceDate(string text, string first, string next) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, next);

    [Theory]
    [InlineData("The Lindenport pier, which opened on May 3, 2016, is due to close on Aug. 1.", "2016-05-03", "2025-08-01")]
    [InlineData("The Kestrel Bay pool, built on June 9, 2011, plans to hold a swim gala on July 14.", "2011-06-09", "2025-07-14")]
    [InlineData("The Vorland ferry line, sold on April 2, 2019, is also expected to resume sailings on Sept. 3.", "2019-04-02", "2025-09-03")]
    [InlineData("The Brenmoor tram opened on March 2, 2015 and is set to close on July 1.", "2015-03-02", "2025-07-01")]
    [InlineData("The Ostrava pier was rebuilt on May 6, 2017, and it will shut for repairs on Aug. 4.", "2017-05-06", "2025-08-04")]
    public void Recognize_DayAfterAPlanInThePresent_IsAheadOfTheReferenceDate(string text, string first, string ahead) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, ahead);

    [Theory]
    [InlineData("The Vorland tunnel, shut on May 3, 2016, was due to reopen on Aug. 1.")]
    [InlineData("The Ostrava council is due to rule on a levy it approved on Aug. 1.")]
    [InlineData("The Lindenport mill said its delay is due to a strike on Aug. 1.")]
    public void Recognize_DayAfterAPlanInThePastOrAPastVerb_IsNotPointedAhead(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().EndWith("2024-08-01");

    [Theory]
    [InlineData("The Vorland ferry sank on Sept. 30, 2016. Divers reached the wreck on Oct. 9.", "2016-09-30", "2016-10-09")]
    [InlineData("A Kestrel Bay mine collapsed on Sept. 28, 2015. Rescuers pulled four miners from the rubble on Oct. 2.", "2015-09-28", "2015-10-02")]
    [InlineData("The Lindenport dam burst on Oct. 5, 2014. Divers laid wreaths by the wreckage on Oct. 5.", "2014-10-05", "2024-10-05")]
    [InlineData("The Ostrava bus crashed on Sept. 30, 2016. Survivors sued its owner on Oct. 9.", "2016-09-30", "2024-10-09")]
    [InlineData("The Brenmoor hall was opened on Sept. 30, 2016. Police searched its cellars on Oct. 9.", "2016-09-30", "2024-10-09")]
    public void Recognize_DayInTheWeeksBeforeTheReportAfterAFarDay_GoesOnFromItOnlyWhenItsSentenceNamesTheAftermath(string text, string first, string next) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, next);

    [Theory]
    [InlineData("No Brenmoor winter has been this dry since 2011, when the first snow fell on Jan. 19.", "2011", "2011-01-19")]
    [InlineData("The Vorland ferry has not run this late since 2016, when it stopped in November.", "2016", "2016-11")]
    [InlineData("The Ostrava mill last shut in 2019; when it was sold in March, nobody bid for it.", "2019", "2024-03")]
    [InlineData("Kestrel Bay grew fast in 2019, and the port opened on March 3.", "2019", "2024-03-03")]
    public void Recognize_DayInAClauseOpenedByWhenAfterAYear_IsThatYears(string text, string year, string day) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(year, day);

    [Theory]
    [InlineData("The Brenmoor fair opened on Saturday, Jan. 7, and closed on Jan. 21.", "2023-01-07", "2023-01-21")]
    [InlineData("The Brenmoor fair opened on Jan. 7, and closed on Jan. 21.", "2024-01-07", "2024-01-21")]
    public void Recognize_DayAfterAFarDayFixedByItsWeekday_IsToldFromIt(string text, string first, string next) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, next);

    [Theory]
    [InlineData("The Lindenport shelter opened its doors at 6 p.m. on Christmas Eve.", "2023-12-24T18:00", "2023-12-24")]
    [InlineData("Ostrava's fireworks are due to begin at 11 p.m. local time on New Year's Eve.", "2024-12-31T23:00", "2024-12-31")]
    public void Recognize_ClockTimeBeforeHoliday_IsOnThatHoliday(string text, string time, string day) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(time, day);

    [Theory]
    [InlineData("In March 2021 the Vorland fund held 4 billion crowns, and 6 billion by year-end.", "2021-03", "2021")]
    [InlineData("Since May 2022 the Lindenport line has lost riders, and it will be sold by year-end.", "2022-05", "2024")]
    [InlineData("The Brenmoor council opened the road in June and expects to finish the bridge by year-end.", "2024-06", "2024")]
    public void Recognize_YearEndAfterDateInSentence_IsThatDatesYear(string text, string date, string yearEnd) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(date, yearEnd);

    [Theory]
    [InlineData("Kestrel Bay's port has added berths since 2018, and it counted 40 cranes at year-end.")]
    [InlineData("From 2016 the Vorland co-op has grown, with 900 members at year-end.")]
    public void Recognize_YearEndAfterADateOpeningASpan_IsTheReferenceYear(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().EndWith("2024");

    [Fact]
    public void Recognize_YearEndAlone_IsTheReferenceYear() =>
        TimeExpressionRecognizer.Default.Recognize("The Kestrel Bay ferry operator plans to cut fares by year-end.", Reference)
            .Select(e => e.Value).Should().Equal("2024");

    [Theory]
    [InlineData("Inspectors visited the Vorland dam in March and April 2021.", "2021-03", "2021-04")]
    [InlineData("The Lindenport ferry ran a winter timetable in December and January 2023.", "2022-12", "2023-01")]
    [InlineData("Kestrel Bay held its hearings on 4 May and 9 June 2022.", "2022-05-04", "2022-06-09")]
    public void Recognize_FirstOfAPairOfDates_TakesTheYearOfTheSecond(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("Vorland's grain stores were inspected in October and August 2021.", "2021-10", "2021-08")]
    [InlineData("Brenmoor's tram fares rose on 12 June and 3 May 2022.", "2022-06-12", "2022-05-03")]
    public void Recognize_FirstOfAPairOutOfOrder_TakesTheSecondsYearUnchanged(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Fact]
    public void Recognize_ThatNight_IsThatPartOfTheLastDayNamed()
    {
        const string text = "The Brenmoor ferry sank on Oct. 3. Divers reached the wreck that night. Officials said that night shifts at the port would end.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2024-10-03", "2024-10-03TNI");
    }

    [Theory]
    [InlineData("The Lindenport pier closed on May 9. Engineers warned that evening tides could flood the road.")]
    [InlineData("The Vorland plant shut on May 9. Managers told reporters the union said that night crews would stay home.")]
    public void Recognize_ThatNightAfterReportingVerbBeforeNoun_IsAConjunction(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2024-05-09");

    [Theory]
    [InlineData("The Kestrel Bay dam burst on May 9. Rescuers found the village empty that night as the water rose.", "2024-05-09TNI")]
    [InlineData("The Brenmoor fair opened on May 9. That evening drew the biggest crowd the fair had seen.", "2024-05-09TEV")]
    [InlineData("The Ostrava mine flooded on May 9. The mayor said that night the shafts were sealed.", "2024-05-09TNI")]
    public void Recognize_ThatNightAsAnAdverb_IsThatPartOfTheLastDayNamed(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2024-05-09", value);

    [Fact]
    public void Recognize_ThatMorningBeforeASecondThatAfterAReportingVerb_IsThatPartOfTheLastDayNamed()
    {
        const string text = "The Ostrava dam was closed on May 9. Its engineer said that morning that the gates would hold.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2024-05-09", "2024-05-09TMO");
    }

    [Theory]
    [InlineData("The Brenmoor bridge reopened on Tuesday, May 7. Crews had cleared the last barriers the evening before.", "the evening before", "2024-05-06TEV")]
    [InlineData("The Lindenport fair opened on Saturday, May 11. Its gates were shut again later that day.", "later that day", "2024-05-11")]
    [InlineData("The Vorland ferry sailed on Friday, May 10. It reached Kestrel Bay later that night.", "later that night", "2024-05-10TNI")]
    [InlineData("Today the Ostrava police named two suspects. The museum was robbed last Sunday morning, and a crown was found outside later that day.", "later that day", "2024-10-20")]
    [InlineData("On Monday the Vorland port reopened. Its quays had flooded on Saturday evening and stayed shut the following day.", "the following day", "2024-10-20")]
    public void Recognize_DayOrPartOfDayToldFromTheLastDayNamed_IsThatDayOrTheDayBefore(string text, string span, string value)
    {
        var found = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        found.Should().Contain(e => e.Span.Slice(text).ToString() == span && e.Value == value);
    }

    [Theory]
    [InlineData("The Brenmoor council met on Oct. 14, 2024. It voted that day to close the pier.", "that day", "2024-10-14")]
    [InlineData("The Vorland ferry sank on Friday. Earlier that day, its crew had warned of a leak.", "Earlier that day", "2024-10-18")]
    [InlineData("The Kestrel Bay mill burned down last March. Its owner was arrested that same day.", "that same day", "2024-03-XX")]
    public void Recognize_ThatDay_IsTheDayOfTheLastReferenceTime(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().Contain(e => e.Span.Slice(text).ToString() == span && e.Value == value);

    [Theory]
    [InlineData("Traders who bought shares that day lost heavily.")]
    [InlineData("Two years ago the Ostrava mill shut. Workers who left that day never returned.")]
    [InlineData("The Lindenport office shut in May. Clients who called that day were sent home.")]
    [InlineData("The Brenmoor pier shut on Oct. 14. Its keeper said that day trips would stop.")]
    [InlineData("The Vorland fair opened on Oct. 14. Its biggest crowd was seen on that day's evening.")]
    public void Recognize_ThatDayWithNoDayOfTheCalendarBeforeIt_IsNotAnExpression(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString())
            .Should().NotContain(s => s.Contains("that day", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Harlow Outfitters earned $4 million in the fiscal-first quarter.", "the fiscal-first quarter", "2024-Q1")]
    [InlineData("Vorland Rail reported second-quarter profit of $2 million. Sales in the latest period rose 5%.", "the latest period", "2024-Q2")]
    [InlineData("Vorland Rail expects a fourth-quarter charge. Sales in the latest period rose 5%.", "the latest period", "2024-Q3")]
    [InlineData("Vorland Rail's sales rose in the third quarter but fell 2% from the previous quarter.", "the previous quarter", "2024-Q2")]
    public void Recognize_QuarterToldFromTheQuarterInQuestion_IsThatQuarterOrTheOneBefore(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().Contain(e => e.Span.Slice(text).ToString() == span && e.Value == value);

    [Fact]
    public void Recognize_FiscalQuarterAheadOfTheCalendarToldInThePast_IsThisYears()
    {
        const string text = "Kestrel Chips said its sales rose in its fiscal second quarter, while Brenmoor Steel reported second-quarter losses.";
        var values = TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2025, 3, 21)).ToDictionary(e => e.Span.Slice(text).ToString(), e => e.Value);

        values.Should().Contain("fiscal second quarter", "2025-Q2").And.Contain("second-quarter", "2024-Q2");
    }

    [Fact]
    public void Recognize_FiscalQuarterToldInThePastInJanuary_IsLastYears()
    {
        const string text = "Harlow Outfitters reported fiscal third-quarter earnings.";

        TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2026, 1, 12))
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == "fiscal third-quarter").Which.Value.Should().Be("2025-Q3");
    }

    [Theory]
    [InlineData("Vorland's port chief took over in March 2017, and in December of that year he set a new date.", "December of that year", "2017-12")]
    [InlineData("The Carrow mine shut in 2009. It reopened on July 26 of the same year.", "July 26 of the same year", "2009-07-26")]
    [InlineData("Lindenport elected its mayor in 2015 and sacked him in May of that same year.", "May of that same year", "2015-05")]
    public void Recognize_MonthOfThatYear_TakesTheYearOfTheLastDateNamed(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value
            && e.Span.Slice(text).ToString() == span);

    [Theory]
    [InlineData("Delegates from Brenmoor had met in Ostrava the week before to settle the tariff.", "2024-W42")]
    [InlineData("Vorland's exports rose in August and September. Traders polled the week before had expected a fall.", "2024-W42")]
    [InlineData("The Carrow ferry sank on Friday, Oct. 4. Inspectors had checked its hull the week before, finding nothing.", "2024-W39")]
    public void Recognize_TheWeekBeforeAsAnAdverb_IsTheWeekBeforeTheLastDayNamedOrTheReference(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value
            && e.Span.Slice(text).ToString() == "the week before");

    [Theory]
    [InlineData("At talks on Sept. 12, the Carrow board moved its vote to Nov. 20 unless the audit closed the following week.", "the following week", "2024-W38")]
    [InlineData("Kestrel Bay's pier shut on Sept. 9 and Sept. 16, and crews rebuilt it the following week.", "the following week", "2024-W39")]
    public void Recognize_AnchoredDateAfterARangeEnd_CountsFromTheDateBeforeIt(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value
            && e.Span.Slice(text).ToString() == span);

    [Fact]
    public void Recognize_SameDayAfterARangeEnd_IsThatEnd()
    {
        const string text = "On March 4 the Vorland port office moved the tender deadline to June 18, and bids fell due the same day.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == "2024-06-18"
            && e.Span.Slice(text).ToString() == "the same day");
    }

    [Fact]
    public void Recognize_AnchoredDateAfterARangeEndAloneInItsSentence_CountsFromTheRangeEnd()
    {
        const string text = "The Carrow ferry was suspended until Sept. 27, 2024. The following week, repairs began.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == "2024-W40"
            && e.Span.Slice(text).ToString() == "The following week");
    }

    [Theory]
    [InlineData("The Lindenport mayor resigned the week before planned elections.")]
    [InlineData("Kestrel Bay's pier shut the week before next.")]
    public void Recognize_TheWeekBeforeANoun_LeavesBeforeOut(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Span.Slice(text).ToString().EndsWith("before", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ostrava's mayor met the strikers on Thursday, and they kept talking overnight.", "2024-10-17TNI")]
    [InlineData("Crews in Brenmoor worked late on Monday and kept pumping overnight.", "2024-10-21TNI")]
    [InlineData("The Vorland levee held overnight into Sunday.", "2024-10-19TNI")]
    [InlineData("Looters struck the Lindenport docks overnight on Saturday.", "2024-10-19TNI")]
    public void Recognize_OvernightInASentenceThatNamesItsDay_IsThatNight(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value
            && e.Span.Slice(text).ToString() == "overnight");

    [Theory]
    [InlineData("Harrowfield's water board confirmed early Wednesday that its pumps had kept working overnight.")]
    [InlineData("The Vorland board announced on Wednesday that its members had met overnight.")]
    public void Recognize_OvernightInThePastAfterTheReferenceDay_IsTheNightBeforeIt(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == "2024-10-22TNI"
            && e.Span.Slice(text).ToString() == "overnight");

    [Theory]
    [InlineData("Ostrava shares fell on overnight losses in Vorland.")]
    [InlineData("Rain had soaked the Brenmoor valley overnight, the weather office said.")]
    [InlineData("The Kestrel Bay fire grew on Tuesday. It moved along the ridge overnight.")]
    [InlineData("The Carrow spa will stay shut until Sunday. Its lava flow weakened overnight.")]
    public void Recognize_OvernightInThePastWithNoOlderDay_IsTheNightJustPast(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == "2024-10-22TNI"
            && e.Span.Slice(text).ToString() == "overnight");

    [Theory]
    [InlineData("Rents in Kestrel Bay doubled almost overnight on Monday.")]
    [InlineData("The Vessa singer said on Sunday that one song made her famous overnight.")]
    [InlineData("On Tuesday the Carrow mayor warned that repairs would not happen overnight.")]
    [InlineData("The Brenmoor council lifted an overnight curfew on Monday.")]
    [InlineData("Crews in Brenmoor will keep pumping overnight.")]
    [InlineData("Crews in Brenmoor keep pumping overnight.")]
    [InlineData("The Vorland dam broke on Aug. 2. Water poured through the valley overnight.")]
    public void Recognize_OvernightAsSuddenlyAsAModifierOrWithNoDay_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Span.Slice(text).ToString() == "overnight");

    [Theory]
    [InlineData("The Vorland ferry ran aground on Monday. Tugs pulled it free in the afternoon.", "the afternoon", "2024-10-21TAF")]
    [InlineData("Brenmoor's council met on Friday, the first session in the morning.", "the morning", "2024-10-18TMO")]
    [InlineData("The Lindenport fire broke out at 9 a.m. on Oct. 14. By evening it had crossed the ridge.", "evening", "2024-10-14TEV")]
    [InlineData("Ostrava's pumps failed during the evening, the water board said.", "the evening", "2024-10-23TEV")]
    [InlineData("Carrow's trustees will vote in the afternoon on Friday.", "the afternoon", "2024-10-25TAF")]
    public void Recognize_PartOfTheDayAfterAPreposition_IsOnTheDayInFocus(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Value == value
            && e.Span.Slice(text).ToString() == span);

    [Theory]
    [InlineData("The Vessa ferry sank during the night of Oct. 3.", "night")]
    [InlineData("Looters struck the Kestrel Bay docks during the night.", "night")]
    [InlineData("The Carrow mill shut in the morning of Oct. 3.", "morning")]
    [InlineData("Brenmoor buses were packed in the evening rush.", "evening")]
    [InlineData("The Vorland show airs in evening slots.", "evening")]
    public void Recognize_NightPartBeforeOfOrBeforeANounOrWithoutArticle_IsNoDayPart(string text, string word) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Span.Slice(text).ToString().EndsWith(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Kestrel Bay Salt's profit rose 9% in the July-September quarter.", "the July-September quarter", "2024-Q3")]
    [InlineData("Brenmoor Ferries expects a loss in the October-December quarter.", "the October-December quarter", "2024-Q4")]
    public void Recognize_QuarterNamedByItsMonths_IsThatQuarter(string text, string span, string value) => Check(text, span, value);

    [Fact]
    public void Recognize_MonthsThatSpanNoQuarter_AreNoQuarter()
    {
        const string text = "Ostrava Mills sold 40,000 tonnes in the April-September period.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().NotContain(v => v.Contains("-Q", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_CurrentBusinessYear_IsTheReferenceYear() =>
        Check("Vorland Rail plans to spend 40 million crowns on signals in the current business year.", "the current business year", "2024");

    [Fact]
    public void Recognize_SameDayAfterAYear_IsTheLastDayNamed()
    {
        const string text = "The Lindenport council voted on Oct. 2. Its mayor, who served from 2015 to 2019, resigned the same day.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-02", "2015", "2019", "2024-10-02");
    }

    [Fact]
    public void Recognize_RangeOfMonthsWithoutYear_FirstEndTakesTheClosingYear()
    {
        const string text = "Kestrel Bay Port handled a record 5 million tonnes from April to September.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2025, 5, 10)).Select(e => e.Value);

        values.Should().Equal("2024-04", "2024-09");
    }

    [Fact]
    public void Recognize_ClockTimeInSentenceWithoutDay_IsOnTheDayNamedBefore()
    {
        const string text = "The Vorland cup final was played on Sunday, Oct. 13. It kicked off at 3 p.m. in heavy rain.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-13", "2024-10-13T15:00");
    }

    [Theory]
    [InlineData("The Vorland council voted on Oct. 14 to raise fares. The new fares will take effect at noon, a spokesman said.", "2024-10-14", "2024-10-23T12:00")]
    [InlineData("Brenmoor Ferries halted sailings on Monday. The first boat is due to leave at 7 a.m.", "2024-10-21", "2024-10-23T07:00")]
    [InlineData("Flooding shut the Lindenport bridge on Monday. The county expects to reopen it by 5 p.m.", "2024-10-21", "2024-10-23T17:00")]
    [InlineData("A landslip closed the Brenmoor line on Monday. Engineers expect to clear it by 4 p.m.", "2024-10-21", "2024-10-23T16:00")]
    [InlineData("Strikers walked out at the Vorland port on Monday. Their leaders hope to resume talks at 10 a.m.", "2024-10-21", "2024-10-23T10:00")]
    public void Recognize_ClockTimeToldAheadAfterAPastDay_IsOnTheReferenceDate(string text, string day, string time) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(day, time);

    [Fact]
    public void Recognize_ClockTimeAfterTonight_IsOnTheReferenceDate()
    {
        const string text = "Rain fell on Brenmoor on Monday night, and more is forecast tonight. The river crested at 6 a.m.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().EndWith("2024-10-23T06:00");
    }

    [Theory]
    [InlineData("The Kestrel Bay inquiry sat again from 10 a.m. local time on Monday, March 4, 2019.", "2019-03-04T10:00", "2019-03-04")]
    [InlineData("Brenmoor's jury was sent home at 4 p.m. Eastern time on Thursday, Nov. 14, 2019.", "2019-11-14T16:00", "2019-11-14")]
    public void Recognize_ClockTimeBeforeZoneAndWeekdayDateWithYear_TakesThatYear(string text, string time, string day) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(time, day);

    [Fact]
    public void Recognize_ClockTimeInIndianTimeBeforeDay_TakesThatDay()
    {
        const string text = "The Vorland probe was fired aloft at 4:10 p.m. Indian time on Friday.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-18T16:10", "2024-10-18");
    }

    [Theory]
    [InlineData("Polls in Lindenport closed at 7 p.m. IST.", "7 p.m. IST", "2024-10-23T19:00")]
    [InlineData("The Kestrel Bay market opened at 9 a.m. JST.", "9 a.m. JST", "2024-10-23T09:00")]
    public void Recognize_ClockTimeWithZoneLetters_JoinsTheZone(string text, string span, string value) => Check(text, span, value);

    [Theory]
    [InlineData("Repairs to the Lindenport pier took over a month.", "over a month", "P1M")]
    [InlineData("The Brenmoor hearing lasted over an hour.", "over an hour", "PT1H")]
    [InlineData("The Vorland bridge was rebuilt over three years.", "three years", "P3Y")]
    public void Recognize_OverBeforeOneUnit_JoinsTheLength(string text, string span, string value) => Check(text, span, value);

    [Fact]
    public void Recognize_ThatSameYear_IsTheYearNamedBefore()
    {
        const string text = "The Kestrel Bay mill closed in 2016, and that same year its owner sold the harbour.";

        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Select(e => e.Value).Should().Equal("2016", "2016");
        expressions[1].Span.Slice(text).ToString().Should().Be("that same year");
    }

    [Theory]
    [InlineData("The Kestrel Bay mill closed in 2016, and that same month its owner sold the harbour.")]
    [InlineData("Brenmoor lost its ferry in 2019; the following week the council met.")]
    public void Recognize_MonthOrWeekToldFromAWholeYear_HasNoKnownMonth(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().NotContain(v => v.StartsWith("2016-") || v.StartsWith("2019-"));

    [Fact]
    public void Recognize_ThatSameDayAfterADayOfTheCalendar_IsThatDay()
    {
        const string text = "The Brenmoor ferry sank on Oct. 2, and that same day its owner resigned.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-02", "2024-10-02");
    }

    [Theory]
    [InlineData("Vorland's fair ran from Oct. 8 to 19.", "2024-10-08", "2024-10-19")]
    [InlineData("The Lindenport regatta was held around Sept. 3 to 5.", "2024-09-03", "2024-09-05")]
    [InlineData("The Brenmoor ferries sailed again from Sept. 9 through 12.", "2024-09-09", "2024-09-12")]
    public void Recognize_RangeClosedByABareDay_ReadsBothDays(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("Brenmoor's ferry queue shrank from 30 on Oct. 4 to 8.")]
    [InlineData("The toll in Kestrel Bay rose from 3 on Oct. 4 to 9.")]
    public void Recognize_BareDayAfterToWhenAnotherFigureCameFirst_IsALevel(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2024-10-04");

    [Fact]
    public void Recognize_RangeOpenedByFromAfterAnotherFigure_ReadsBothDays()
    {
        const string text = "Lindenport hired 40 stewards from Oct. 4 to 8.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-04", "2024-10-08");
    }

    [Fact]
    public void Recognize_BareNumberFarAfterToAndADate_IsALevel()
    {
        const string text = "Brenmoor's fishing quota fell on Oct. 2 to 28.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-02");
    }

    [Theory]
    [InlineData("The Lindenport council met on Monday evening.", "Monday evening", "2024-10-21TEV")]
    [InlineData("The Brenmoor ferry docked on Tuesday afternoon.", "Tuesday afternoon", "2024-10-22TAF")]
    [InlineData("Vorland's new bridge opened to traffic on Monday morning.", "Monday morning", "2024-10-21TMO")]
    [InlineData("The Ostrava court will rule on Friday morning.", "Friday morning", "2024-10-25TMO")]
    [InlineData("Lindenport pilots walked out early Tuesday morning.", "early Tuesday morning", "2024-10-22TMO")]
    public void Recognize_WeekdayWithMorningAfternoonOrEvening_IsThatPartOfTheDay(string text, string span, string value) =>
        Check(text, span, value).Kind.Should().Be(TimeExpressionKind.Time);

    [Fact]
    public void Recognize_WeekdayWithNight_KeepsTheDay() =>
        Check("Kestrel Bay fishermen returned on Sunday night.", "Sunday night", "2024-10-20").Kind.Should().Be(TimeExpressionKind.Date);

    [Theory]
    [InlineData("Turnout in Vorland is forecast to top 60% on Thursday.", "Thursday", "2024-10-24")]
    [InlineData("Vorland trains will run at full speed by Thursday.", "Thursday", "2024-10-24")]
    public void Recognize_WeekdayAfterAForecastOrAWordInEdThatIsNoVerb_PointsForward(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("Kestrel Bay residents have been asked to stay indoors on Thursday.", "Thursday", "2024-10-24")]
    [InlineData("Lindenport drivers are urged to avoid the ring road on Friday.", "Friday", "2024-10-25")]
    [InlineData("Brenmoor porters have also been told to report for work on Saturday.", "Saturday", "2024-10-26")]
    [InlineData("On Friday, Kestrel Bay households are being asked to save water.", "Friday", "2024-10-25")]
    [InlineData("Vorland fans were asked to leave the ground on Friday.", "Friday", "2024-10-18")]
    [InlineData("The Ostrava mayor asked guests to arrive on Friday.", "Friday", "2024-10-18")]
    public void Recognize_WeekdayAfterAPresentPassiveRequestAndTo_PointsForward(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("Harlow police have been ordered to free the 12 arrested on Friday.", "Friday", "2024-10-18")]
    [InlineData("Quillon wardens are told to return the canoes seized on Friday.", "Friday", "2024-10-18")]
    public void Recognize_WeekdayAfterAParticipleBehindTheObjectOfARequest_StaysPast(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("The Vorland ferry strike is forecast to begin on Thursday. Queues in Brenmoor lengthen into Thursday.", "2024-10-24", "2024-10-24")]
    [InlineData("The Vorland ferry strike is forecast to begin on Thursday. Brenmoor closed its port on Thursday.", "2024-10-24", "2024-10-17")]
    public void Recognize_WeekdayNamedAheadBefore_IsThatDayUnlessItsClauseLooksBack(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Fact]
    public void Recognize_WeekdayOnlyAPlanPointsForward_IsTheOneNamedAhead()
    {
        const string text = "Organisers expect the Vorland convoy on Thursday. Lindenport's market was shut on Thursday. The convoy could reach Brenmoor by Thursday.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-24", "2024-10-17", "2024-10-24");
    }

    [Theory]
    [InlineData("Brenmoor's markets stay shut from Wednesday to Friday.", "2024-10-23", "2024-10-25")]
    [InlineData("Lindenport hired guards from Sept. 14 to Thursday.", "2024-09-14", "2024-10-17")]
    public void Recognize_WeekdayClosingARangeOpenedByAWeekday_IsAfterIt(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("Brenmoor dockers struck from Monday to Friday.", "2024-10-21", "2024-10-18")]
    [InlineData("Kestrel Bay's ferry crews walked out between Monday and Friday.", "2024-10-21", "2024-10-18")]
    [InlineData("Vorland's shops stayed shut from Thursday to Monday.", "2024-10-17", "2024-10-21")]
    public void Recognize_WeekdayClosingARangeInThePast_IsNeverAfterTheReference(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("The Vorland weather office issued its forecast on Monday.", "Monday", "2024-10-21")]
    [InlineData("The Brenmoor board published its plan on Friday.", "Friday", "2024-10-18")]
    [InlineData("The Lindenport office issued its forecast for Saturday.", "Saturday", "2024-10-26")]
    [InlineData("Kestrel Bay announced its plans to reopen the pier on Monday.", "Monday", "2024-10-28")]
    [InlineData("The Vorland agency will publish its forecast on Monday.", "Monday", "2024-10-28")]
    public void Recognize_WeekdayAfterAPlanNounWithOn_IsWhenThePlanWasMade(string text, string span, string value) =>
        Check(text, span, value);

    [Fact]
    public void Recognize_ClockTimeOpeningARangeOfTimes_IsOnTheDayAfterTheClosingOne()
    {
        const string text = "The Kestrel Bay bridge will close between 9 a.m. and 5 p.m. on Saturday.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-26T09:00", "2024-10-26T17:00", "2024-10-26");
    }

    [Fact]
    public void Recognize_ClockTimeToldInThePast_IsNotCarriedToADayAhead()
    {
        const string text = "Brenmoor will hold its vote on Friday. The council announced the date at 10 a.m.";

        var values = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        values.Should().Equal("2024-10-25", "2024-10-23T10:00");
    }

    [Theory]
    [InlineData("Vorland's harvest festival falls on Saturday.", "Saturday", "2024-10-26")]
    [InlineData("The Lindenport ferry strike ends on Friday.", "Friday", "2024-10-25")]
    [InlineData("The Lindenport ferry strike ended on Friday.", "Friday", "2024-10-18")]
    public void Recognize_WeekdayRightAfterAScheduleVerbInThePresent_PointsForward(string text, string span, string value) =>
        Check(text, span, value);

    [Fact]
    public void Recognize_HolidayWrittenWithItsArticle_IsOneExpression() =>
        Check("Lindenport's fireworks were moved to the Fourth of July.", "the Fourth of July", "2024-07-04");

    [Theory]
    [InlineData("Lindenport shops hired extra staff for the Christmas rush.")]
    [InlineData("Brenmoor farmers grumble about the spring change of the clocks.")]
    public void Recognize_SeasonOrHolidayBeforeANounItQualifies_IsNoTime(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();

    [Theory]
    [InlineData("The Vorland mill reopened on Sept. 3 and hit its target by the end of the month.", "2024-09-03", "2024-09")]
    [InlineData("Crowds in Kestrel Bay should thin by early December, before trade peaks in the middle of the month.", "2024-12", "2024-12")]
    [InlineData("Brenmoor's exports rose 4% in 2023, and they rose again in the month.", "2023", "2024-10")]
    public void Recognize_TheMonthAfterAMonthOrDayNamedInItsSentence_IsThatMonth(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("The Brenmoor plant opens in 2026 and reaches full output in the summer.", "2026", "2026-SU")]
    [InlineData("In 1998, the Lindenport mill shut for the summer.", "1998", "1998-SU")]
    [InlineData("Vorland's exports fell in 2023 but are expected to recover in the spring.", "2023", "2025-SP")]
    public void Recognize_SeasonAfterAYearNamedInItsSentence_IsThatYearsUnlessItsClausePointsAhead(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("The Kestrel Bay bridge will reopen in the autumn of 2026, on Nov. 3.", "2026-FA", "2026-11-03")]
    [InlineData("The Kestrel Bay bridge will reopen in the summer of 2026, on Nov. 3.", "2026-SU", "2024-11-03")]
    public void Recognize_DayRightAfterASeasonOfAYear_IsThatYearsWhenTheSeasonHoldsIt(string text, string first, string second) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("The Vorland fair runs from Friday, Nov. 1, to Tuesday, Nov. 5. Organisers expect big crowds on Tuesday.", "2024-10-29")]
    [InlineData("The Vorland fair runs from Friday, Nov. 1, to Tuesday, Nov. 5. The parade is on Tuesday.", "2024-11-05")]
    public void Recognize_WeekdayPointedForward_IsNotADayNamedWithItsDateMoreThanAWeekAhead(string text, string last) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2024-11-01", "2024-11-05", last);

    [Theory]
    [InlineData("The Lindenport trial opened on Thursday. Fans had queued at the gate from 8:30 p.m. the evening before.", "8:30 p.m.", "2024-10-16T20:30")]
    [InlineData("The Vorland ferry sank on Friday, Oct. 11. Divers reached the wreck at 6 a.m. the next day.", "6 a.m.", "2024-10-12T06:00")]
    [InlineData("The Brenmoor fair closed on Sunday at 5 p.m. the last day of its run.", "5 p.m.", "2024-10-20T17:00")]
    public void Recognize_ClockTimeBeforeTheEveningBeforeOrTheNextDay_IsADayFromTheDayNamed(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Span.Slice(text).ToString() == span)
            .Which.Value.Should().Be(value);

    [Theory]
    [InlineData("Lindenport's airport expects its busiest day on the Sunday after Thanksgiving.", "the Sunday", "2024-12-01")]
    [InlineData("Vorland's shops stay open late on the Friday before Christmas.", "the Friday", "2024-12-20")]
    [InlineData("Brenmoor's markets reopened on the Monday after Easter.", "the Monday", "2024-04-01")]
    public void Recognize_WeekdayBeforeAfterOrBeforeAHoliday_IsTheWeekdayNextToThatHoliday(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Span.Slice(text).ToString() == span)
            .Which.Value.Should().Be(value);

    [Theory]
    [InlineData("Vorland's ferry stopped running in August 2021; the line halted once more that October, when a hull cracked.", "that October", "2021-10")]
    [InlineData("The Lindenport mill opened in 2019. In that March, it hired 40 workers.", "that March", "2019-03")]
    public void Recognize_ThatBeforeAMonth_IsTheMonthOfTheStorysLastDate(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().Contain(e => e.Span.Slice(text).ToString() == span)
            .Which.Value.Should().Be(value);

    [Fact]
    public void Recognize_ThatAfterAReportingVerbBeforeAMonth_OpensAClause() =>
        Check("Officials in Brenmoor said that October was the wettest month.", "October", "2024-10");

    [Theory]
    [InlineData("The Vorland tunnel was closed in August 2021 and was shut again in October.", "2021-10")]
    [InlineData("The Vorland tunnel has been closed since August 2021, when a wall cracked, and traffic fell in October.", "2024-10")]
    public void Recognize_MonthAfterAFarMonthOfAYearInItsSentence_IsToldFromItUnlessThatMonthIsABound(string text, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value).Should().Equal("2021-08", value);

    [Theory]
    [InlineData("The Brenmoor crew had to be home by June 20.", "June 20", "2024-06-20")]
    [InlineData("The Brenmoor crew will be home by June 20.", "June 20", "2025-06-20")]
    public void Recognize_DayAfterByAndHadToBe_IsADutyInThePast(string text, string span, string value) =>
        Check(text, span, value);

    private static TimeExpression Check(string text, string span, string value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);
        expressions.Should().HaveCount(1, "'{0}' holds one time expression", text);
        expressions[0].Span.Slice(text).ToString().Should().Be(span);
        expressions[0].Value.Should().Be(value);
        return expressions[0];
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
