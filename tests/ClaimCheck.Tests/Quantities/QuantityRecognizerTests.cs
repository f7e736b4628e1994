using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Quantities;

public class QuantityRecognizerTests
{
    [Theory]
    [InlineData("At least 1,200 people were evacuated from the flooded valley.", Qualifier.AtLeast, 1200d, 1200d, null)]
    [InlineData("No fewer than 30 lawmakers signed the letter.", Qualifier.AtLeast, 30d, 30d, null)]
    [InlineData("More than 40,000 fans packed the stadium on Saturday.", Qualifier.MoreThan, 40_000d, 40_000d, null)]
    [InlineData("The storm destroyed over 300 homes along the coast.", Qualifier.MoreThan, 300d, 300d, null)]
    [InlineData("Nearly 500 patients were treated at the field hospital.", Qualifier.Approximately, 500d, 500d, 500d)]
    [InlineData("Almost 2,000 workers walked off the job at the plant.", Qualifier.Approximately, 2000d, 2000d, 2000d)]
    [InlineData("About 150 firefighters battled the blaze overnight.", Qualifier.Approximately, 150d, 150d, 150d)]
    [InlineData("Around 60 flights were cancelled at the airport.", Qualifier.Approximately, 60d, 60d, 60d)]
    [InlineData("Roughly 7,500 voters cast ballots before noon.", Qualifier.Approximately, 7500d, 7500d, 7500d)]
    [InlineData("Approx. 3,000 people marched through Lindenport.", Qualifier.Approximately, 3000d, 3000d, 3000d)]
    [InlineData("Police counted approx. 2,400 marchers in Brenmoor.", Qualifier.Approximately, 2400d, 2400d, 2400d)]
    [InlineData("Some 3,000 runners took part in the marathon.", Qualifier.Approximately, 3000d, 3000d, 3000d)]
    [InlineData("Up to 10,000 households could lose power this winter.", Qualifier.UpTo, 10_000d, 0d, 10_000d)]
    [InlineData("As many as 250 jobs could be cut at the factory.", Qualifier.UpTo, 250d, 0d, 250d)]
    [InlineData("The toll from the mudslide in Vorland has gone up to 64.", Qualifier.Exact, 64d, 64d, 64d)]
    [InlineData("Fewer than 100 tickets remain for the final.", Qualifier.LessThan, 100d, 0d, 100d)]
    [InlineData("Less than 10 percent of the budget goes to research.", Qualifier.LessThan, 10d, 0d, 10d)]
    [InlineData("The bank cut 4,500 jobs worldwide.", Qualifier.Exact, 4500d, 4500d, 4500d)]
    [InlineData("Between 400 and 750 migrants crossed the border last month.", Qualifier.Range, 400d, 400d, 750d)]
    [InlineData("Between 20 and 30 bodies were recovered from the rubble.", Qualifier.Range, 20d, 20d, 30d)]
    [InlineData("The company expects revenue of 2.5 to 3 billion euros next year.", Qualifier.Range, 2.5e9, 2.5e9, 3e9)]
    [InlineData("Police impounded 10-12 cars after the street race.", Qualifier.Range, 10d, 10d, 12d)]
    [InlineData("The earthquake injured hundreds of residents.", Qualifier.Range, 200d, 200d, 999d)]
    [InlineData("Thousands of students marched through the capital.", Qualifier.Range, 2000d, 2000d, 9999d)]
    [InlineData("Several hundred fans waited outside the stadium.", Qualifier.Range, 300d, 300d, 899d)]
    [InlineData("A few thousand workers joined the strike in Lindenport.", Qualifier.Range, 2000d, 2000d, 5999d)]
    [InlineData("Several hundred thousand people lost power after the storm.", Qualifier.Range, 300_000d, 300_000d, 899_999d)]
    [InlineData("Several dozen houses were flooded in Kestrel Bay.", Qualifier.Range, 36d, 36d, 107d)]
    [InlineData("A few dozen fishermen protested at the port of Brenmoor.", Qualifier.Range, 24d, 24d, 71d)]
    public void Recognize_QualifiedAmount_ReadsQualifierAndBounds(string text, Qualifier qualifier, double value, double? low, double? high)
    {
        var quantity = Single(text).Quantity;

        quantity.Qualifier.Should().Be(qualifier);
        quantity.Value.Should().Be(value);
        quantity.Low.Should().Be(low);
        quantity.High.Should().Be(high);
        quantity.IsIncrement.Should().BeFalse();
    }

    [Theory]
    [InlineData("At least 1,200 people were evacuated from the flooded valley.", "person", 1200d)]
    [InlineData("The storm destroyed over 300 homes along the coast.", "home", 300d)]
    [InlineData("Around 60 flights were cancelled at the airport.", "flight", 60d)]
    [InlineData("The drought killed 12,000 cattle across the province.", "cattle", 12_000d)]
    [InlineData("A dozen protesters were arrested outside parliament.", "protester", 12d)]
    [InlineData("Twenty-five schools closed because of the heat.", "school", 25d)]
    [InlineData("Thirty - two miners were rescued from the shaft.", "miner", 32d)]
    [InlineData("about forty - four ferries ran late on Monday .", "ferry", 44d)]
    [InlineData("Half a million people lost power after the hurricane.", "person", 500_000d)]
    [InlineData("The city will plant 10 mln trees by 2030.", "tree", 1e7)]
    [InlineData("The team signed three new players during the window.", "player", 3d)]
    [InlineData("The CEO sold 100,000 shares in March.", "share", 100_000d)]
    [InlineData("Between 20 and 30 bodies were recovered from the rubble.", "body", 20d)]
    [InlineData("The ferry carried 350 children and their teachers.", "child", 350d)]
    [InlineData("Inspectors found 14 buses with faulty brakes.", "bus", 14d)]
    [InlineData("The outbreak has sickened 85 women in the district.", "woman", 85d)]
    [InlineData("The vote was delayed for 40 countries.", "country", 40d)]
    [InlineData("The death toll from Sunday's earthquake in Peru rose to 112 on Tuesday.", "death", 112d)]
    [InlineData("Officials put the injury toll at 640.", "injury", 640d)]
    public void Recognize_CountedNoun_UsesSingularLowerCaseNoun(string text, string noun, double value)
    {
        var quantity = Single(text).Quantity;

        quantity.Unit.Kind.Should().Be(UnitKind.Count);
        quantity.Unit.Name.Should().Be(noun);
        quantity.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The tram plant in Ostrava employs 860 salaried and hourly workers.", "worker", 860d)]
    [InlineData("Floods in Brenmoor washed away 45 wooden or stone bridges.", "bridge", 45d)]
    [InlineData("The mill in Kestrel Bay keeps 420 full-time and part-time employees.", "employee", 420d)]
    [InlineData("Lindenport Rail plans to shed up to 950 salaried or hourly staff members.", "member", 950d)]
    public void Recognize_ModifiersJoinedByAndOr_CountTheSharedHead(string text, string noun, double value)
    {
        var quantity = Single(text).Quantity;

        quantity.Unit.Name.Should().Be(noun, "modifiers joined by 'and' or 'or' share the plural head after them");
        quantity.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("About 40 dead and dozens injured were counted in Vorland.")]
    [InlineData("Police said 12 Vorland and Kestrel fans were held.")]
    public void Recognize_JoinedWordsThatAreNotModifiersOfOneHead_DoNotTakeTheNounAfterAndOr(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(q => q.Quantity.Unit.Name == "dozen" || q.Quantity.Unit.Name == "fan",
            "a bare count before 'and' takes a plural after it only when both sides are lower-case modifiers of it");
    }

    [Theory]
    [InlineData("The storm left 30 homeless and many families without power in Brenmoor.", 30d, "family")]
    [InlineData("Rescuers in Kestrel Bay said 25 retired and some serving officers joined the search.", 25d, "officer")]
    [InlineData("The avalanche near Lindenport left 12 missing and two injured climbers.", 12d, "climber")]
    [InlineData("Vorland reported 18 dead or forty wounded soldiers after the raid.", 18d, "soldier")]
    public void Recognize_SideAfterAndOrOpeningWithAQuantifierOrHoldingANumber_DoesNotShareItsHead(string text, double value, string noun)
    {
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(q => q.Quantity.Value == value && q.Quantity.Unit.Name == noun,
            "a phrase after 'and'/'or' that opens with a quantifier or holds a number counts people of its own, not those before");
    }

    [Theory]
    [InlineData("The government announced $50 billion in infrastructure spending.", "USD", 5e10)]
    [InlineData("The startup raised $50bn, according to the filing.", "USD", 5e10)]
    [InlineData("The club paid US$3m for the striker.", "USD", 3e6)]
    [InlineData("The airline was bought for C$750 million.", "CAD", 7.5e8)]
    [InlineData("Brussels approved 46 billion euros in farm subsidies.", "EUR", 4.6e10)]
    [InlineData("The museum received a £2.5 million grant.", "GBP", 2.5e6)]
    [InlineData("Tickets cost €300 each.", "EUR", 300d)]
    [InlineData("The fund holds 50 billion US dollars in reserves.", "USD", 5e10)]
    [InlineData("Officials said 5bn euros had been set aside.", "EUR", 5e9)]
    [InlineData("The regulator fined the bank 2 million pounds.", "GBP", 2e6)]
    [InlineData("The deal is worth 1.2 trillion yen.", "JPY", 1.2e12)]
    [InlineData("Drivers now pay ¥15,000 a month to park downtown.", "JPY", 15_000d)]
    [InlineData("The mine was sold for 900 million Canadian dollars.", "CAD", 9e8)]
    [InlineData("The farm lost 40,000 rand in the fire.", "ZAR", 40_000d)]
    [InlineData("The bonus pool totals 20 million Swiss francs.", "CHF", 2e7)]
    public void Recognize_Money_UsesIsoCurrencyAndScale(string text, string currency, double value)
    {
        var quantity = Single(text).Quantity;

        quantity.Unit.Kind.Should().Be(UnitKind.Currency);
        quantity.Unit.Name.Should().Be(currency);
        quantity.Value.Should().BeApproximately(value, value * 1e-12);
    }

    [Theory]
    [InlineData("Unemployment fell to 5% in September.", "percent", 5d)]
    [InlineData("Turnout rose 5 per cent from the previous election.", "percent", 5d)]
    [InlineData("Exports grew 2.5% in the third quarter.", "percent", 2.5d)]
    [InlineData("Inflation hit 7.2 per cent, the highest in a decade.", "percent", 7.2d)]
    [InlineData("The vaccine was 95% effective in trials.", "percent", 95d)]
    [InlineData("Sales rose 12 percent in the holiday season.", "percent", 12d)]
    [InlineData("The central bank raised rates by 3 percentage points over the year.", "percentage point", 3d)]
    [InlineData("Support for the governor slipped 4 percentage points.", "percentage point", 4d)]
    public void Recognize_Percentage_UsesPercentUnit(string text, string unit, double value)
    {
        var quantity = Single(text).Quantity;

        quantity.Unit.Kind.Should().Be(UnitKind.Percentage);
        quantity.Unit.Name.Should().Be(unit);
        quantity.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The trial lasted six months.", "month", 6d, Qualifier.Exact)]
    [InlineData("The almost 1,000-day-long strike finally ended.", "day", 1000d, Qualifier.Approximately)]
    [InlineData("The wildfire has burned for 12 days.", "day", 12d, Qualifier.Exact)]
    [InlineData("The reactor will be offline for three weeks.", "week", 3d, Qualifier.Exact)]
    [InlineData("Rescuers searched the mine for 36 hours.", "hour", 36d, Qualifier.Exact)]
    [InlineData("The senator served for nearly two decades.", "decade", 2d, Qualifier.Approximately)]
    public void Recognize_Duration_UsesSingularTimeUnit(string text, string unit, double value, Qualifier qualifier)
    {
        var quantity = Single(text).Quantity;

        quantity.Unit.Kind.Should().Be(UnitKind.Duration);
        quantity.Unit.Name.Should().Be(unit);
        quantity.Value.Should().Be(value);
        quantity.Qualifier.Should().Be(qualifier);
    }

    [Theory]
    [InlineData("The hospital hired an additional 1,500 nurses this year.", 1500d, "nurse", true)]
    [InlineData("The league will add 1,500 more seats to the arena.", 1500d, "seat", true)]
    [InlineData("The airline ordered another 200 jets from the manufacturer.", 200d, "jet", true)]
    [InlineData("The council approved a further 40 buses for the route.", 40d, "bus", true)]
    [InlineData("Organisers will release 5,000 extra tickets on Friday.", 5000d, "ticket", false)]
    [InlineData("Vorland Rail will cut 1,350 additional posts next year.", 1350d, "post", true)]
    [InlineData("The Lindenport mill plans to shed more than 260 further jobs.", 260d, "job", true)]
    [InlineData("More than 40,000 fans packed the stadium on Saturday.", 40_000d, "fan", false)]
    [InlineData("The ministry sent 2,000 doctors to the region.", 2000d, "doctor", false)]
    [InlineData("The Brenmoor clinic confirmed three new deaths on Tuesday night.", 3d, "death", true)]
    [InlineData("Health officials in Vorland reported 120 new cases overnight.", 120d, "case", true)]
    [InlineData("Kestrel Bay will open a new 400 beds wing next spring.", 400d, "bed", false)]
    public void Recognize_IncrementWords_MarkIncrement(string text, double value, string noun, bool isIncrement)
    {
        var quantity = Single(text).Quantity;

        quantity.Value.Should().Be(value);
        quantity.Unit.Name.Should().Be(noun);
        quantity.IsIncrement.Should().Be(isIncrement);
    }

    [Theory]
    [InlineData("Membership of the Vorland rowing club grew by 1,200 to 8,400 last year.", 1200d, true)]
    [InlineData("Membership of the Vorland rowing club grew by 1,200 to 8,400 last year.", 8400d, false)]
    [InlineData("The Kestrel Bay register adds 300 residents to its total this spring.", 300d, true)]
    [InlineData("The Brenmoor choir grew by 40 members over the winter.", 40d, false)]
    [InlineData("Lindenport's budget rose by $2 million to $30 million.", 2_000_000d, false)]
    public void Recognize_RiseToLevel_MarksAmountAddedAsIncrement(string text, double value, bool isIncrement)
    {
        var quantity = QuantityRecognizer.Default.Recognize(text).Single(m => m.Quantity.Value == value).Quantity;

        quantity.IsIncrement.Should().Be(isIncrement);
    }

    [Theory]
    [InlineData("The law was passed in 2024.")]
    [InlineData("The museum has been closed since 1998.")]
    [InlineData("The verdict is due on Oct. 17 at the district court.")]
    [InlineData("The summit opens October 21 in Geneva.")]
    [InlineData("The ceasefire began on 4 March in the north.")]
    [InlineData("She finished 16th in the downhill race.")]
    [InlineData("The 22nd amendment limits presidential terms.")]
    [InlineData("The team clinched its 3rd title in front of home fans.")]
    [InlineData("Divers searched the 14th floor of the flooded Varnholt tower.")]
    [InlineData("The 1st victim of the Orlech mine collapse was named on Monday.")]
    [InlineData("The band rose to fame in the 1960s.")]
    [InlineData("The judge cited Section 427 of the penal code.")]
    [InlineData("Flight 17 was diverted to Denver.")]
    [InlineData("COVID-19 cases rose sharply in the region.")]
    [InlineData("The motion was tabled as Resolution 2231 at the assembly.")]
    [InlineData("United secured a 3-1 win over the visitors.")]
    [InlineData("He is one of the most decorated athletes in the country.")]
    [InlineData("The fire broke out on the second floor of the hotel.")]
    [InlineData("At one point the queue at the Brenmoor depot stretched around the block.")]
    [InlineData("The talks looked close to collapse at one stage on Tuesday.")]
    public void Recognize_FalseFriend_FindsNoQuantity(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Inspectors found the fault at one site near Lindenport.")]
    [InlineData("The index closed one point lower on Friday.")]
    public void Recognize_OneOutsideTheMomentIdiom_StillCounts(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().Contain(m => m.Quantity.Value == 1);
    }

    [Theory]
    [InlineData("At least 1,200 people were evacuated from the flooded valley.", "At least 1,200 people")]
    [InlineData("Nearly 500 patients were treated at the field hospital.", "Nearly 500 patients")]
    [InlineData("Up to 10,000 households could lose power this winter.", "Up to 10,000 households")]
    [InlineData("Police impounded 10-12 cars after the street race.", "10-12 cars")]
    [InlineData("The hospital hired an additional 1,500 nurses this year.", "an additional 1,500 nurses")]
    [InlineData("The government announced $50 billion in infrastructure spending.", "$50 billion")]
    [InlineData("The club paid US$3m for the striker.", "US$3m")]
    [InlineData("The fund holds 50 billion US dollars in reserves.", "50 billion US dollars")]
    [InlineData("The central bank raised rates by 3 percentage points over the year.", "3 percentage points")]
    [InlineData("The almost 1,000-day-long strike finally ended.", "almost 1,000-day-long")]
    [InlineData("The company expects revenue of 2.5 to 3 billion euros next year.", "2.5 to 3 billion euros")]
    public void Recognize_Mention_SpansQualifierToUnit(string text, string expected)
    {
        Single(text).Span.Slice(text).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("Rescuers saved 40 people, and 12 others were missing.", 2)]
    [InlineData("Prices rose 3% in 2023 and 4% in 2024.", 2)]
    [InlineData("The club sold 2,000 season tickets. It raised $1.2 million.", 2)]
    public void Recognize_SeveralAmounts_FindsEachInOrder(string text, int count)
    {
        var mentions = QuantityRecognizer.Default.Recognize(text);

        mentions.Should().HaveCount(count);
        mentions.Select(m => m.Span.Start).Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData("The council approved 500 housing units on the old rail yard.", 500d, "unit")]
    [InlineData("The plant will add 40 production units next year.", 40d, "unit")]
    [InlineData("The city built 200 new homes this year, bringing the overall number to 1,450.", 1450d, "home")]
    [InlineData("The airline bought 12 more planes, taking its total fleet to 90.", 90d, "plane")]
    [InlineData("The firm hired 40 engineers; the deployment to 300 sites starts in May.", 300d, "site")]
    [InlineData("The death toll from the floods climbed to 37 on Friday.", 37d, "death")]
    [InlineData("Officials said the toll rose to 19 overnight.", 19d, "death")]
    [InlineData("Inspectors logged 12 new infections on Monday, taking recorded cases in the district to 148.", 148d, "case")]
    [InlineData("The storm killed three more people, bringing deaths in the province to 40.", 40d, "death")]
    [InlineData("Two more plants closed, pushing idle factories to 9.", 9d, "factory")]
    public void Recognize_TotalsAndCountedNouns_AreGeneralNotSeedFitted(string text, double value, string unit)
    {
        var mention = QuantityRecognizer.Default.Recognize(text).Last();

        mention.Quantity.Value.Should().Be(value);
        mention.Quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("Protesters plan to march 5 miles to the capitol.", 5d, "mi")]
    [InlineData("Organisers said runners may 10 laps of the park.", 10d, "lap")]
    public void Recognize_LowerCaseMonthVerbBeforeAmount_IsNotADate(string text, double value, string unit)
    {
        var quantity = Single(text).Quantity;

        quantity.Value.Should().Be(value);
        quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("The hearing was adjourned on may 19, officials said.")]
    [InlineData("The market reopened on march 3.")]
    public void Recognize_LowerCaseMonthBeforeDay_IsADate(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Walkouts on 9 and 10 July shut the Brenmoor docks.")]
    [InlineData("Roads to Vorland stayed shut from 3 to 5 May after the storm.")]
    [InlineData("The vote may be held on 7 or 8 June, the council said.")]
    public void Recognize_DayBeforeAnotherDayAndItsMonth_IsADate(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Of the 90 workers hurt on 4 and 5 June, most were sent home.", 90d, "worker")]
    public void Recognize_CountBeforeAPairOfDays_StaysACount(string text, double value, string unit)
    {
        var quantity = QuantityRecognizer.Default.Recognize(text).Last().Quantity;

        quantity.Value.Should().Be(value);
        quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("Rescuers said twelve (12) people drowned and forty-one (41) were missing.", 12d, "person", 41d)]
    [InlineData("The ministry counted twelve (12) deaths and thirty (30) injured workers.", 12d, "death", 30d)]
    public void Recognize_NumberWordRestatedInDigits_IsOneAmountWithTheUnitAfterTheDigits(string text, double first, string unit, double second)
    {
        var mentions = QuantityRecognizer.Default.Recognize(text);

        mentions.Select(m => m.Quantity.Value).Should().Equal(first, second);
        mentions[0].Quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("Keldarra police named a 14th victim of the ferry fire on Sunday.", 14d, "victim")]
    [InlineData("Officials in Tamsworth confirmed a 9th death from the fever late on Friday.", 9d, "death")]
    [InlineData("The 31st body was lifted from the Orlech mine shaft at dawn.", 31d, "body")]
    public void Recognize_DigitOrdinalBeforeATallyNoun_IsAtLeastThatMany(string text, double value, string unit)
    {
        var mention = Single(text);

        mention.Quantity.Value.Should().Be(value);
        mention.Quantity.Qualifier.Should().Be(Qualifier.AtLeast);
        mention.Quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("The Vorland interior ministry says 1,450 'protesters' have been detained.", 1450d)]
    [InlineData("The Kestrel Bay shelter says 40 “guests” stayed on after the storm.", 40d)]
    [InlineData("Organisers said soldiers killed 900 \"armed militants\" between May and June.", 900d)]
    public void Recognize_NounInQuotationMarksAfterTheNumber_CountsPeople(string text, double value)
    {
        var quantity = Single(text).Quantity;

        quantity.Value.Should().Be(value);
        quantity.Unit.Name.Should().Be("person", "a label in quotation marks after a number is someone's word for the people it counts");
    }

    [Theory]
    [InlineData("Customs officers in Kestrel Bay seized 300 'ghost guns'.", 300d, "gun")]
    [InlineData("The Brenmoor council has built 40 “tiny homes” since May.", 40d, "home")]
    public void Recognize_ThingInQuotationMarksAfterTheNumber_CountsThatThing(string text, double value, string unit)
    {
        var quantity = Single(text).Quantity;

        quantity.Value.Should().Be(value);
        quantity.Unit.Kind.Should().Be(UnitKind.Count);
        quantity.Unit.Name.Should().Be(unit, "scare quotes around a noun for things do not make the things people");
    }

    [Theory]
    [InlineData("Witnesses counted 30 'before the gates shut at noon'.", 30d)]
    [InlineData("The Brenmoor line ran 30 'ghost' trains last winter.", 30d)]
    public void Recognize_QuotationThatIsNoWholeNounPhraseAfterTheNumber_CountsNoPeople(string text, double value)
    {
        var mentions = QuantityRecognizer.Default.Recognize(text);

        mentions.Should().Contain(m => m.Quantity.Value == value).Which.Quantity.Unit.Name.Should().NotBe("person",
            "a quotation longer than a short noun phrase, or one a noun goes on after, is not a label for people");
    }

    private static QuantityMention Single(string text)
    {
        var mentions = QuantityRecognizer.Default.Recognize(text);
        mentions.Should().HaveCount(1, "'{0}' holds one amount", text);
        return mentions[0];
    }
}
