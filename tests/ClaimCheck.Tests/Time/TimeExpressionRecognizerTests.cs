using System.Globalization;
using ClaimCheck.Documents;
using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

public class TimeExpressionRecognizerTests
{
    // A Wednesday.
    private static readonly DateOnly Reference = new(2024, 10, 23);

    [Theory]
    [InlineData("The election was held on October 21, 2024.", "October 21, 2024", "2024-10-21", "2024-10-21", "2024-10-21")]
    [InlineData("Ballots must be returned by Nov. 5, 2024.", "Nov. 5, 2024", "2024-11-05", "2024-11-05", "2024-11-05")]
    [InlineData("The verdict came on Oct. 17 after a long trial.", "Oct. 17", "2024-10-17", "2024-10-17", "2024-10-17")]
    [InlineData("The court ruled on Jan. 5 that the merger could proceed.", "Jan. 5", "2024-01-05", "2024-01-05", "2024-01-05")]
    [InlineData("The treaty was signed on 17 October 2024.", "17 October 2024", "2024-10-17", "2024-10-17", "2024-10-17")]
    [InlineData("The ruling came on 3 September after long hearings.", "3 September", "2024-09-03", "2024-09-03", "2024-09-03")]
    [InlineData("Rates were cut in March 2023 for the first time.", "March 2023", "2023-03", "2023-03-01", "2023-03-31")]
    [InlineData("Rains are expected in early October across the north.", "early October", "2024-10", "2024-10-01", "2024-10-10")]
    [InlineData("Talks resumed in mid-October in Geneva.", "mid-October", "2024-10", "2024-10-11", "2024-10-20")]
    [InlineData("The harvest ended in late September in most regions.", "late September", "2024-09", "2024-09-21", "2024-09-30")]
    [InlineData("The company must repay the loan by December under the deal.", "December", "2024-12", "2024-12-01", "2024-12-31")]
    [InlineData("The report is due by November, the ministry said.", "November", "2024-11", "2024-11-01", "2024-11-30")]
    [InlineData("The stadium opened in 2024 after delays.", "2024", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("The team last won the title in 1998 under a different coach.", "1998", "1998", "1998-01-01", "1998-12-31")]
    public void Recognize_CalendarDate_ResolvesInterval(string text, string span, string value, string start, string end)
    {
        var expression = Single(text);

        expression.Span.Slice(text).ToString().Should().Be(span);
        expression.Kind.Should().Be(TimeExpressionKind.Date);
        expression.Value.Should().Be(value);
        expression.Scope.Start.Should().Be(Date(start));
        expression.Scope.End.Should().Be(Date(end));
    }

    [Theory]
    [InlineData("The minister resigned on Monday after the vote.", "Monday", "2024-10-21")]
    [InlineData("Markets closed early on Friday amid the selloff.", "Friday", "2024-10-18")]
    [InlineData("The accord was reached on Wednesday in Doha.", "Wednesday", "2024-10-23")]
    [InlineData("The strike will start next Tuesday at the port.", "next Tuesday", "2024-10-29")]
    [InlineData("The mayor spoke last Friday at the town hall.", "last Friday", "2024-10-18")]
    [InlineData("The flooding began last Sunday in the valley.", "last Sunday", "2024-10-20")]
    [InlineData("Voters went to the polls today in record numbers.", "today", "2024-10-23")]
    [InlineData("The results were announced yesterday by the commission.", "yesterday", "2024-10-22")]
    [InlineData("The court will rule tomorrow on the appeal.", "tomorrow", "2024-10-24")]
    [InlineData("The fire started two days ago in a warehouse.", "two days ago", "2024-10-21")]
    [InlineData("The patient died 10 days ago at the clinic.", "10 days ago", "2024-10-13")]
    public void Recognize_RelativeDay_ResolvesAgainstReferenceDate(string text, string span, string date)
    {
        var expression = Single(text);

        expression.Span.Slice(text).ToString().Should().Be(span);
        expression.Kind.Should().Be(TimeExpressionKind.Date);
        expression.Scope.Start.Should().Be(Date(date));
        expression.Scope.End.Should().Be(Date(date));
        expression.Value.Should().Be(date);
    }

    [Theory]
    [InlineData("Sales fell last week at most chains.", "last week", "2024-W42", "2024-10-14", "2024-10-20")]
    [InlineData("The results will be certified next week by the board.", "next week", "2024-W44", "2024-10-28", "2024-11-03")]
    [InlineData("Prices have risen this year across Europe.", "this year", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("Prices fell sharply last year in the capital.", "last year", "2023", "2023-01-01", "2023-12-31")]
    [InlineData("The law takes effect next month in all states.", "next month", "2024-11", "2024-11-01", "2024-11-30")]
    [InlineData("The strike ended last month after talks.", "last month", "2024-09", "2024-09-01", "2024-09-30")]
    [InlineData("Turnout was low earlier this year in rural areas.", "earlier this year", "2024", "2024-01-01", "2024-10-23")]
    [InlineData("The storm hit later this month than forecasters expected.", "later this month", "2024-10", "2024-10-23", "2024-10-31")]
    [InlineData("Voting ends this weekend in the north.", "this weekend", "2024-W43-WE", "2024-10-26", "2024-10-27")]
    public void Recognize_RelativePeriod_ResolvesInterval(string text, string span, string value, string start, string end)
    {
        var expression = Single(text);

        expression.Span.Slice(text).ToString().Should().Be(span);
        expression.Value.Should().Be(value);
        expression.Scope.Start.Should().Be(Date(start));
        expression.Scope.End.Should().Be(Date(end));
    }

    [Theory]
    [InlineData("The programme will run for six months in three cities.", "six months", TimeExpressionKind.Duration, "P6M")]
    [InlineData("The mission lasted 18 months in total.", "18 months", TimeExpressionKind.Duration, "P18M")]
    [InlineData("The lockdown lasted 10 weeks in the capital.", "10 weeks", TimeExpressionKind.Duration, "P10W")]
    [InlineData("The ban lasts for two years under the ruling.", "two years", TimeExpressionKind.Duration, "P2Y")]
    [InlineData("Inspections take place every six months at the plant.", "every six months", TimeExpressionKind.Set, "P6M")]
    [InlineData("Elections are held every three years in the region.", "every three years", TimeExpressionKind.Set, "P3Y")]
    public void Recognize_DurationOrSet_HasIsoValueAndNoDates(string text, string span, TimeExpressionKind kind, string value)
    {
        var expression = Single(text);

        expression.Span.Slice(text).ToString().Should().Be(span);
        expression.Kind.Should().Be(kind);
        expression.Value.Should().Be(value);
        expression.Scope.IsResolved.Should().BeFalse();
    }

    [Theory]
    [InlineData("The verdict came on Oct. 17 after a long trial.", "XXXX-10-17")]
    [InlineData("The minister resigned on Monday after the vote.", "XXXX-WXX-1")]
    [InlineData("Rains are expected in early October across the north.", "XXXX-10")]
    public void Recognize_NoReferenceDate_LeavesYearUnresolved(string text, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, null);

        expressions.Should().ContainSingle();
        expressions[0].Value.Should().Be(value);
        expressions[0].Scope.IsResolved.Should().BeFalse();
    }

    [Theory]
    [InlineData("Officials may delay the vote again.")]
    [InlineData("The striker scored twice in the second half.")]
    [InlineData("Lawmakers debated the budget at length.")]
    public void Recognize_NoTimeWords_FindsNothing(string text)
    {
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();
    }

    [Theory]
    [InlineData("It's the second day of talks between the two unions.", "the second day")]
    [InlineData("It is the eleventh day of the blockade, and supplies are short.", "the eleventh day")]
    [InlineData("It is the 12th day of the Kestrel Bay walkout.", "the 12th day")]
    [InlineData("It is the twenty-first day of the sit-in at the Brask mill.", "the twenty-first day")]
    public void Recognize_PresentDayCountOfEvent_IsReferenceDate(string text, string span)
    {
        var expression = Single(text);

        expression.Span.Slice(text).ToString().Should().Be(span);
        expression.Kind.Should().Be(TimeExpressionKind.Date);
        expression.Value.Should().Be("2024-10-23");
    }

    [Fact]
    public void Recognize_TodayIsTheNthDay_ReadsBothAsTheReferenceDate()
    {
        const string text = "Today is the sixth day of the dock strike in Kestrel Bay.";

        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Select(e => e.Span.Slice(text).ToString()).Should().Equal("Today", "the sixth day");
        expressions.Should().OnlyContain(e => e.Value == "2024-10-23");
    }

    [Theory]
    [InlineData("The first day of the hearing was taken up by procedure.")]
    [InlineData("It was the third day of rain in the valley.")]
    [InlineData("Fans camped out on the second day of the sale.")]
    public void Recognize_DayCountNotSaidOfToday_FindsNothing(string text)
    {
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().BeEmpty();
    }

    [Fact]
    public void Recognize_TwoDatesInOneSentence_FindsBothInOrder()
    {
        const string text = "The summit runs from Oct. 28 to Oct. 30 in Baku.";

        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Select(e => e.Value).Should().Equal("2024-10-28", "2024-10-30");
    }

    [Fact]
    public void Annotate_ThroughThePipeline_CarriesTheQuarterAcrossSentencesAsTheRecognizerAlone()
    {
        const string text = "Net income rose 5% in the third quarter. Sales were flat from a year earlier. The company expects growth next quarter.";
        var pipeline = new ClaimPipelineBuilder().Build();

        var inPipeline = pipeline.Annotate(new Document("q", text, published: Reference)).GetLayer<TimeLayer>().All.Select(e => e.Value);
        var alone = TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Value);

        inPipeline.Should().Equal("2024-Q3", "2023-Q3", "2025-Q1");
        alone.Should().Equal(inPipeline);
    }

    [Theory]
    [InlineData("The Brenmoor derby kicks off on Saturday, Nov. 16. Kestrel Bay play Vorland on Saturday too.", "Saturday", "2024-11-16")]
    [InlineData("The Brenmoor derby kicks off on Saturday, Nov. 16. Kestrel Bay play Vorland at 4 p.m. on Saturday.", "4 p.m.", "2024-11-16T16:00")]
    [InlineData("The Brenmoor derby kicks off on Saturday, Nov. 16. Kestrel Bay play Vorland on Saturday, and Lindenport meet Osterby at 5:30 p.m.", "5:30 p.m.", "2024-11-16T17:30")]
    [InlineData("The Lindenport cup final is on Saturday, Nov. 16. Brenmoor lost their semi-final on Saturday.", "Saturday", "2024-10-19")]
    [InlineData("Lindenport's mayor spoke to reporters on Thursday. The ferry was set to sail at 9 a.m. Thursday, she said.", "9 a.m. Thursday", "2024-10-17T09:00")]
    [InlineData("The Vorland harbour board met on Monday. It will meet again on Monday to vote.", "Monday", "2024-10-28")]
    [InlineData("The Vorland court sat on Tuesday, March 5, 2024, and sent the jury out on Thursday, March 7. The judge had warned the jurors on Tuesday.", "Tuesday", "2024-03-05")]
    [InlineData("The Vorland mayor's funeral will be held on Monday. The council has made Monday a holiday.", "Monday", "2024-10-28")]
    [InlineData("The Vorland mayor's funeral will be held on Monday. The council made Monday a holiday.", "Monday", "2024-10-21")]
    [InlineData("The Vorland council has made Monday a holiday.", "Monday", "2024-10-21")]
    public void Recognize_WeekdayNamedEarlierInDocument_IsThatDayAgain(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Last(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("In 2019, the Brenmoor toll bridge stayed open until 9 p.m. on June 4 for the regatta.", "9 p.m.", "2019-06-04T21:00")]
    [InlineData("In 2019, the Brenmoor toll bridge stayed open until 9 p.m. on June 4 for the regatta.", "June 4", "2019-06-04")]
    [InlineData("Two years earlier, Vorland's ferry ran until 11 p.m. on Aug. 30, after a storm.", "11 p.m.", "2022-08-30T23:00")]
    [InlineData("The Lindenport ferry will sail until 6 p.m. on Sunday.", "6 p.m.", "2024-10-27T18:00")]
    public void Recognize_ClockTimeBeforeOnAndDate_TakesTheDateTheSentenceFrames(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Brenmoor's guild vote ran from Thursday, Dec. 7, 2023, to Monday, Dec. 11. The results came out on Dec. 14.", "Dec. 14", "2023-12-14")]
    [InlineData("The Vorland ferry line was founded on Dec. 2, 2023. Police searched its offices on Dec. 21.", "Dec. 21", "2024-12-21")]
    public void Recognize_DayInTheWeeksBeforeReport_FollowsAStoryAlreadyToldWithoutItsYear(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2025, 1, 9));

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Vorland court sat on Tuesday, March 5, 2024. The harbour had reopened on June 2, 2019. Police have searched the docks since Tuesday.", "2024-10-22")]
    [InlineData("The Vorland court sat on Tuesday, March 5, 2024. Police have searched the docks since Tuesday.", "2024-03-05")]
    public void Recognize_WeekdayDatedLongBeforeReport_IsLastOneOnceTheStoryMovedOn(string text, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Last(expression => expression.Scope.Text == "Tuesday").Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Lindenport cup final is on Sunday, Nov. 17. The semi-finals are played a day earlier.", "2024-11-16")]
    [InlineData("The Brenmoor ferry sank on Sept. 30. A day earlier, its owners had been warned.", "2024-09-29")]
    [InlineData("The Vorland dock reopened in 2023. A day earlier, the mayor spoke to the harbour board.", "2024-10-22")]
    public void Recognize_DayEarlier_CountsBackFromLastDayNamed(string text, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text.Equals("a day earlier", StringComparison.OrdinalIgnoreCase)).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Vorland ferry will run again in the first week of March 2025.", "the first week of March 2025", "2025-W10")]
    [InlineData("Lindenport holds its harbour fair in the final week of June 2025.", "the final week of June 2025", "2025-W26")]
    [InlineData("Repairs on the Brenmoor bridge ended in the last week of September.", "the last week of September", "2024-W39")]
    public void Recognize_WeekOfMonth_IsTheIsoWeekOfItsThursday(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Kestrel Bay mill closed after a fire on May 3, 2019. A year earlier, its owners had cut 200 jobs.", "A year earlier", "2018")]
    [InlineData("The Kestrel Bay mill closed after a fire on May 3, 2019. A month earlier, its owners had cut 200 jobs.", "A month earlier", "2019-04")]
    [InlineData("The Kestrel Bay mill reopened in 2019. A month earlier, its owners had hired 200 staff.", "A month earlier", "2024-09")]
    [InlineData("The Kestrel Bay mill reopened on Oct. 2. A year earlier, it had shut for repairs.", "A year earlier", "2023")]
    [InlineData("The Kestrel Bay mill closed after a fire on May 3, 2019. Two years earlier, its owners had cut 200 jobs.", "Two years earlier", "2017")]
    public void Recognize_EarlierOpeningSentence_CountsBackFromBackStory(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Brenmoor league was founded in 2011. Three years later, on March 9 of that year, it held its first final.", "March 9 of that year", "2014-03-09")]
    [InlineData("The Brenmoor league was founded in 2011. Two years earlier, in June of that year, its clubs had met.", "June of that year", "2009-06")]
    [InlineData("The Brenmoor league was founded in 2011. On March 9 of that year, it held its first final.", "March 9 of that year", "2011-03-09")]
    [InlineData("The Brenmoor league was founded in 2011. Three years later, in May 2014, and again on June 2 of that year, it held finals.", "June 2 of that year", "2014-06-02")]
    public void Recognize_OfThatYearAfterYearsLater_MovesTheYear(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Brask members had to enrol by Tuesday, March 7, 2017. The first parcels left the depot on Friday, March 10.", "Friday, March 10", "2017-03-10")]
    [InlineData("Brask members had to enrol by Tuesday, March 7, 2017. The first parcels left the depot at 9 a.m. on Friday, March 10.", "9 a.m.", "2017-03-10T09:00")]
    [InlineData("Postal ballots in Vorland went out on Thursday, Oct. 17.", "Thursday, Oct. 17", "2024-10-17")]
    public void Recognize_WeekdayWithDateAfterFarDay_TakesTheYearOfThatStory(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The 2017 fair opened on Aug. 9 and closed on Aug. 13.", "Aug. 9", "2017-08-09")]
    [InlineData("Tickets for the 2019 season, held from March 30 to Oct. 6, sold out in an hour.", "March 30", "2019-03-30")]
    [InlineData("The Vorland fair opened on Aug. 9 and closed on Aug. 13.", "Aug. 9", "2024-08-09")]
    [InlineData("Orders at the Brask mill stayed 5% below the 2019 level in May.", "May", "2024-05")]
    [InlineData("Grain prices climbed back to the 2016 peak in June.", "June", "2024-06")]
    public void Recognize_MonthAfterYearNamingAnEdition_IsThatYears(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_ThatWeekday_IsTheOneNamedLast()
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize("The vote is set for Sunday, Nov. 17. Ballot boxes will close at 8 p.m. that Sunday.", Reference);

        expressions.Single(expression => expression.Scope.Text == "that Sunday").Value.Should().Be("2024-11-17");
    }

    [Fact]
    public void Recognize_ThatWeekdayAfterAPreposition_IsTheOneNamedLast()
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize("The Brask council meets on Sunday, Nov. 17. The doors will open early on that Sunday.", Reference);

        expressions.Single(expression => expression.Scope.Text == "that Sunday").Value.Should().Be("2024-11-17");
    }

    [Theory]
    [InlineData("The Brenmoor mill employed 300 people at the time of the flood.")]
    [InlineData("At the time the Vorland dam burst, the valley was empty.")]
    [InlineData("The patient in Ostrava is as weak as at the time she was admitted.")]
    [InlineData("Lindenport buses will run at the time shown on the board.")]
    public void Recognize_AtTheTimeOpeningAClauseOrBeforeOf_IsNoTimeExpression(string text)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Should().NotContain(expression => expression.Scope.Text.Contains("time", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_ThatOpeningAClauseBeforeAWeekday_IsNotPartOfTheDay()
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize("The Brask count ended on Monday, Oct. 21. Officials said that Monday would be quiet.", Reference);

        expressions.Should().NotContain(expression => expression.Scope.Text == "that Monday");
    }

    [Fact]
    public void Recognize_WeekdayAfterFarDayAheadInSentence_IsToldFromTheReferenceDate()
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize("The Vorland final is on Sunday, July 12, 2026, and tickets go on sale Monday.", Reference);

        expressions.Single(expression => expression.Scope.Text == "Monday").Value.Should().StartWith("2024-10");
    }

    [Theory]
    [InlineData("Returned seats in Vorland will be sold over the following weeks.", "the following weeks", "PXW")]
    [InlineData("The Vorland talks went on for the following two days.", "the following two days", "P2D")]
    public void Recognize_FollowingPluralUnits_IsALength(string text, string span, string value)
    {
        var expression = TimeExpressionRecognizer.Default.Recognize(text, Reference).Single(expression => expression.Scope.Text == span);

        expression.Kind.Should().Be(TimeExpressionKind.Duration);
        expression.Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_FollowingSingleDay_IsNoLength()
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize("The Vorland council met on Saturday, Oct. 5. It voted the following day.", Reference);

        expressions.Single(expression => expression.Scope.Text == "the following day").Kind.Should().NotBe(TimeExpressionKind.Duration);
    }

    [Theory]
    [InlineData("Thursday", "2022-07-14")]
    [InlineData("Sunday", "2022-07-17")]
    public void Recognize_WeekdayAfterFarDayInSentence_IsToldFromThatDay(string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(
            "On Tuesday, July 12, 2022, the Orvik league said the cup tie set for Thursday would be replayed on Sunday.", Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Vorland council met on Saturday, Oct. 5. It voted the following Monday to close the pier.", "the following Monday", "2024-10-07")]
    [InlineData("The Vorland council met on Saturday, Oct. 5. It said the following Friday that the pier would close.", "the following Friday", "2024-10-11")]
    public void Recognize_FollowingWeekday_IsTheOneAfterTheLastDayNamed(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_FollowingBeforePossessiveWeekday_StaysOutOfTheSpan()
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize("The Vorland council met on Saturday, Oct. 5. Shares rose following Monday's vote.", Reference);

        expressions.Should().NotContain(expression => expression.Scope.Text.Contains("following", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Brenmoor league ends on Sunday, May 18, 2025. The first Lindenport derby comes on June 14.", "June 14", "2025-06-14")]
    [InlineData("The Brenmoor league ends on Sunday, May 18, 2025. Kestrel Bay visit Vorland in April.", "April", "2025-04")]
    [InlineData("The Brenmoor league ended on Sunday, May 19, 2024. The first Lindenport derby came on June 14.", "June 14", "2024-06-14")]
    [InlineData("The Brenmoor league ends on Sunday, May 18, 2025. Lindenport lost to Vorland on April 14.", "April 14", "2024-04-14")]
    [InlineData("The Vorland line adds a Monday sailing from Nov. 4, with a third sailing each Friday from March 7.", "March 7", "2025-03-07")]
    [InlineData("The Vorland line resumes on Nov. 4, after the pier was shut on March 7.", "March 7", "2024-03-07")]
    [InlineData("The Vorland line resumed on Oct. 4, with a third sailing each Friday from March 7.", "March 7", "2024-03-07")]
    [InlineData("The Vorland club sells season tickets up to Nov. 4; on March 7 it opened a second stand to all members.", "March 7", "2024-03-07")]
    public void Recognize_MonthAfterDayWrittenAhead_IsTheNextOne(string text, string span, string value)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);

        expressions.Single(expression => expression.Scope.Text == span).Value.Should().Be(value);
    }

    private static TimeExpression Single(string text)
    {
        var expressions = TimeExpressionRecognizer.Default.Recognize(text, Reference);
        expressions.Should().HaveCount(1, "'{0}' holds one time expression", text);
        return expressions[0];
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
