using System.Globalization;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Quantities;

/// <summary>Data-driven extraction cases beyond the seeds: physical units, currencies, ages, spans, false friends.</summary>
public class QuantityExtractionCasesTests
{
    // (as written after the number, normalised symbol); each is tried in a plain sentence.
    private static readonly (string Written, string Symbol)[] PhysicalForms =
    [
        ("metres", "m"), ("meters", "m"), ("metre", "m"), ("m", "m"), ("kilometres", "km"), ("kilometers", "km"), ("km", "km"),
        ("centimetres", "cm"), ("cm", "cm"), ("millimetres", "mm"), ("mm", "mm"), ("miles", "mi"), ("mile", "mi"), ("feet", "ft"),
        ("foot", "ft"), ("ft", "ft"), ("inches", "in"), ("yards", "yd"), ("kilograms", "kg"), ("kilos", "kg"), ("kg", "kg"),
        ("grams", "g"), ("g", "g"), ("milligrams", "mg"), ("mg", "mg"), ("micrograms", "μg"), ("μg", "μg"), ("pounds", "lb"),
        ("lbs", "lb"), ("lb", "lb"), ("ounces", "oz"), ("oz", "oz"), ("tonnes", "t"), ("metric tons", "t"), ("tons", "ton"),
        ("litres", "L"), ("liters", "L"), ("millilitres", "mL"), ("ml", "mL"), ("gallons", "gal"), ("barrels", "bbl"),
        ("acres", "acre"), ("hectares", "ha"), ("square metres", "m²"), ("square meters", "m²"), ("square kilometres", "km²"),
        ("sq km", "km²"), ("km2", "km²"), ("m2", "m²"), ("cubic metres", "m³"), ("cubic feet", "ft³"), ("km/h", "km/h"),
        ("kph", "km/h"), ("kilometres per hour", "km/h"), ("miles per hour", "mph"), ("miles an hour", "mph"), ("mph", "mph"),
        ("metres per second", "m/s"), ("knots", "kn"), ("degrees Celsius", "°C"), ("°C", "°C"), ("degrees Fahrenheit", "°F"),
        ("°F", "°F"), ("degrees", "°"), ("kilowatts", "kW"), ("megawatts", "MW"), ("MW", "MW"), ("gigawatts", "GW"),
        ("kilowatt-hours", "kWh"), ("kWh", "kWh"), ("MWh", "MWh"), ("megabytes", "MB"), ("MB", "MB"), ("gigabytes", "GB"),
        ("GB", "GB"), ("terabytes", "TB"), ("TB", "TB"), ("megabits", "Mbit"), ("Mbps", "Mbit/s"), ("calories", "kcal"),
        ("horsepower", "hp"), ("decibels", "dB"), ("hertz", "Hz"), ("GHz", "GHz"), ("nautical miles", "nmi"),
        ("teaspoons", "tsp"), ("tablespoons", "tbsp"), ("cups", "cup"), ("kilotons", "kt"), ("radians", "rad"),
    ];

    public static TheoryData<string, string> PhysicalSentences()
    {
        var data = new TheoryData<string, string>();
        foreach (var (written, symbol) in PhysicalForms)
        {
            data.Add($"Officials said the reading was 12 {written} on Tuesday.", symbol);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PhysicalSentences))]
    public void Recognize_PhysicalUnit_NormalisesToSymbol(string text, string symbol)
    {
        var quantity = Single(text).Quantity;

        quantity.Value.Should().Be(12);
        quantity.Unit.Kind.Should().Be(UnitKind.Physical);
        quantity.Unit.Name.Should().Be(symbol);
    }

    [Theory]
    [InlineData("Farmers harvested 1,200 tonnes of grain this season.", 1200d, "t")]
    [InlineData("The wall is 2 metres high.", 2d, "m")]
    [InlineData("The ramp rises at 45 degrees.", 45d, "°")]
    [InlineData("Each bag weighs 50 kg.", 50d, "kg")]
    [InlineData("The tunnel is 1.2 km long.", 1.2, "km")]
    [InlineData("Winds reached 130 km/h overnight.", 130d, "km/h")]
    [InlineData("The car can run at over 188 miles an hour.", 188d, "mph")]
    [InlineData("The Vorland van was doing 73 miles an hour before it overturned.", 73d, "mph")]
    [InlineData("The bus reached 112 km an hour before it left the Lindenport road.", 112d, "km/h")]
    [InlineData("Patients in Ostrava took 7 mg a day before surgery.", 7d, "mg/d")]
    [InlineData("The Brenmoor quarry shipped 430 tonnes a day earlier this year.", 430d, "t/d")]
    [InlineData("The estate covers 660 square meters.", 660d, "m²")]
    [InlineData("Temperatures fell to -5 °C in the capital.", -5d, "°C")]
    [InlineData("It was 98.6 degrees Fahrenheit at noon.", 98.6, "°F")]
    [InlineData("The heatwave peaked at 41°C on Friday.", 41d, "°C")]
    [InlineData("Water boils at 100° Celsius.", 100d, "°C")]
    [InlineData("The plant produces 250 megawatts.", 250d, "MW")]
    [InlineData("The update is a 4 GB download.", 4d, "GB")]
    [InlineData("The pipe has a 3-inch diameter.", 3d, "in")]
    [InlineData("They sailed a 776-foot airship.", 776d, "ft")]
    [InlineData("He bought a 45-acre farm.", 45d, "acre")]
    [InlineData("The firm added 1.5 million gallons of capacity.", 1.5e6, "gal")]
    [InlineData("The crane lifts 100t with ease.", 100d, "t")]
    [InlineData("I'm 1.8m tall.", 1.8, "m")]
    [InlineData("The bottle holds 75ml.", 75d, "mL")]
    [InlineData("The rifle fires a 7.62mm round.", 7.62, "mm")]
    [InlineData("The board is 10 \" long.", 10d, "in")]
    [InlineData("The weight is 20 (kg) on the label.", 20d, "kg")]
    [InlineData("The baby is over two pounds.", 2d, "lb")]
    [InlineData("She lost 25 pounds last year.", 25d, "lb")]
    [InlineData("The ring holds one carat.", 1d, "ct")]
    [InlineData("The park spans 190 km2 of forest.", 190d, "km²")]
    [InlineData("The ship travels at 20 knots.", 20d, "kn")]
    [InlineData("Add 1/2 cup of olive oil.", 0.5, "cup")]
    [InlineData("Add ½ teaspoon of salt.", 0.5, "tsp")]
    [InlineData("It takes 10 1/2 miles of cable.", 10.5, "mi")]
    [InlineData("The road is 1/4 mile long.", 0.25, "mi")]
    public void Recognize_PhysicalQuantity_ReadsValueAndUnit(string text, double value, string symbol)
    {
        var quantity = Single(text).Quantity;

        quantity.Value.Should().BeApproximately(value, 1e-9);
        quantity.Unit.Name.Should().Be(symbol);
    }

    [Theory]
    [InlineData("The deal is worth c $ 16.4 million.", "CAD", 16.4e6)]
    [InlineData("Exports rose to hk $ 10.05 billion.", "HKD", 1.005e10)]
    [InlineData("The fare is mxn$ 15.", "MXN", 15d)]
    [InlineData("The fare is aud$ 15.", "AUD", 15d)]
    [InlineData("They lost 75 usd million.", "USD", 75e6)]
    [InlineData("The price starts at dollar 22.5 million.", "USD", 22.5e6)]
    [InlineData("It costs 10 rmb.", "CNY", 10d)]
    [InlineData("Revenue was about MAUD 60 last year.", "AUD", 60e6)]
    [InlineData("Losses exceeded 30 MUSD in the quarter.", "USD", 30e6)]
    [InlineData("Tickets cost 15 €.", "EUR", 15d)]
    [InlineData("Each block now pays 6.25 BTC.", "BTC", 6.25)]
    [InlineData("Supply is capped at ₿21,000,000.", "BTC", 21e6)]
    [InlineData("The book costs 100 ₡.", "CRC", 100d)]
    [InlineData("The cost is 100元.", "CNY", 100d)]
    [InlineData("Nokia paid 420 million finnish markka.", "FIM", 420e6)]
    [InlineData("The bonds total 250 million dutch guilders.", "NLG", 250e6)]
    [InlineData("It only cost 3 dollars 50 cents.", "USD", 3.5)]
    [InlineData("It only cost thirteen dollars and forty-five cents.", "USD", 13.45)]
    [InlineData("It costs 15 dollars 50.", "USD", 15.5)]
    [InlineData("It costs half million usd.", "USD", 5e5)]
    [InlineData("It costs a quarter million us dollars.", "USD", 2.5e5)]
    [InlineData("It costs three quarters billion us dollars.", "USD", 7.5e8)]
    [InlineData("Am I eligible for a loan of 12,34,567.89 rupees?", "INR", 1234567.89)]
    [InlineData("The fee is USD115 per month.", "USD", 115d)]
    [InlineData("The fee is 115USD per month.", "USD", 115d)]
    [InlineData("He was fined 10,000 swiss francs.", "CHF", 10_000d)]
    [InlineData("The fund holds 100 chinese yuan.", "CNY", 100d)]
    [InlineData("The regulator fined the bank 50 million pounds.", "GBP", 50e6)]
    [InlineData("The winner gets 2,000 pounds sterling.", "GBP", 2000d)]
    [InlineData("Rent is 900 euros a month.", "EUR", 900d)]
    public void Recognize_Money_ReadsCurrencyAndValue(string text, string code, double value)
    {
        var quantity = Single(text).Quantity;

        quantity.Unit.Kind.Should().Be(UnitKind.Currency);
        quantity.Unit.Name.Should().Be(code);
        quantity.Value.Should().BeApproximately(value, Math.Abs(value) * 1e-9);
    }

    [Theory]
    [InlineData("A 45-year-old man was arrested.", 45d, "year of age")]
    [InlineData("The 28 - year - old runner won.", 28d, "year of age")]
    [InlineData("I'm only 29 years old!", 29d, "year of age")]
    [InlineData("The baby was only ten months old.", 10d, "month of age")]
    [InlineData("Symptoms appear at around 3 years of age.", 3d, "year of age")]
    [InlineData("The puppy is 6 weeks old.", 6d, "week of age")]
    [InlineData("A 90 day old bill is late.", 90d, "day of age")]
    [InlineData("The patient is a 87 yo man.", 87d, "year of age")]
    [InlineData("The suspect, aged 34, was released.", 34d, "year of age")]
    [InlineData("The wall is more than 500 years old.", 500d, "year of age")]
    [InlineData("An 8-month-old girl was rescued.", 8d, "month of age")]
    [InlineData("The promise is one year old.", 1d, "year of age")]
    [InlineData("The average age of those detained was 47.", 47d, "year of age")]
    [InlineData("The median age of the flood victims in Brenmoor is 71.", 71d, "year of age")]
    public void Recognize_Age_IsYearsOfAge(string text, double value, string unit)
    {
        var quantity = Single(text).Quantity;

        quantity.Value.Should().Be(value);
        quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("More than 40,000 fans packed the stadium on Saturday.", "More than 40,000 fans")]
    [InlineData("The storm destroyed over 300 homes along the coast.", "over 300 homes")]
    [InlineData("Twenty-five schools closed because of the heat.", "Twenty-five schools")]
    [InlineData("Thousands of students marched through the capital.", "Thousands of students")]
    [InlineData("Half a million people lost power after the hurricane.", "Half a million people")]
    [InlineData("About 1,000 police officers were deployed downtown.", "About 1,000 police officers")]
    [InlineData("Nearly 200 staff members signed the letter.", "Nearly 200 staff members")]
    [InlineData("Some 3,000 troops remain near the border.", "Some 3,000 troops")]
    [InlineData("At least 12 people died when the bridge collapsed.", "At least 12 people")]
    [InlineData("Around 80 flights left late yesterday.", "Around 80 flights")]
    public void Recognize_CountedNoun_SpanEndsAtHeadNoun(string text, string span)
    {
        Single(text).Span.Slice(text).ToString().Should().Be(span);
    }

    [Theory]
    [InlineData("About 1,000 police officers were deployed downtown.", "officer")]
    [InlineData("Nearly 200 staff members signed the letter.", "member")]
    [InlineData("The firm hired 40 sales representatives.", "representative")]
    [InlineData("Eight cabinet ministers received the money.", "minister")]
    [InlineData("India ordered 126 fighter jets.", "jet")]
    public void Recognize_CompoundNoun_HeadIsLastPlural(string text, string noun)
    {
        Single(text).Quantity.Unit.Name.Should().Be(noun);
    }

    [Theory]
    [InlineData("One in five adults smokes.", 20d)]
    [InlineData("Two in 10 people said no.", 20d)]
    [InlineData("One in four children lives in poverty.", 25d)]
    [InlineData("1 in 3 voters is undecided.", 100d / 3)]
    [InlineData("Almost one visitor in four fell ill at the Lindenport fair.", 25d)]
    [InlineData("One resident in ten has left Brenmoor.", 10d)]
    public void Recognize_Proportion_IsPercent(string text, double percent)
    {
        var quantity = Single(text).Quantity;

        quantity.Unit.Should().Be(Unit.Percent);
        quantity.Value.Should().BeApproximately(percent, 1e-3);
    }

    [Fact]
    public void Recognize_CountBetweenCountsOfTwoThings_IsNoProportion()
    {
        QuantityRecognizer.Default.Recognize("Four people in ten cars were stopped near Kestrel Bay.").Select(m => m.Quantity.Unit).Should().NotContain(Unit.Percent);
    }

    [Theory]
    [InlineData("Crews paved a 12 - mile stretch of the coast road.", 12d, "mi")]
    [InlineData("The council put up a 3 - foot fence along the canal.", 3d, "ft")]
    [InlineData("Workers at the mill began a 10 - day strike on Monday.", 10d, "day")]
    [InlineData("The 40 - minute delay angered commuters.", 40d, "minute")]
    public void Recognize_SpacedHyphenAfterDigits_JoinsTheUnitAsInACompound(string text, double value, string unit)
    {
        var quantity = Single(text).Quantity;

        quantity.Value.Should().Be(value);
        quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("Officials said 14 of the 20-tonne trucks were lost.", 14d)]
    [InlineData("The port will retire seven of the four-ton cranes next year.", 7d)]
    public void Recognize_CountOfThingsAHyphenatedMeasureDescribes_TakesNoUnitFromIt(string text, double count)
    {
        var mentions = QuantityRecognizer.Default.Recognize(text);

        mentions.Should().ContainSingle(m => m.Quantity.Value == count).Which.Quantity.Unit.Kind.Should().NotBe(UnitKind.Physical);
    }

    [Theory]
    [InlineData("Canada confirmed 40 cases, Mexico 12 and Spain 3.", 12)]
    [InlineData("Canada confirmed 40 cases, Mexico 12 and Spain 3.", 3)]
    [InlineData("Idaho reported 25 outbreaks, Montana 19, Nebraska 13.", 19)]
    [InlineData("The clubs sent 300 fans in all: England 191, Scotland 62.", 62)]
    [InlineData("Peru lost 8 boats and New Zealand 5.", 5)]
    public void Recognize_DigitsAfterAJoinedPlaceInAListOfCounts_AreAPlacesCount(string text, double count)
    {
        QuantityRecognizer.Default.Recognize(text).Should().Contain(m => m.Quantity.Value == count);
    }

    [Theory]
    [InlineData("The museum has 3 rockets, and Apollo 11 is the best known.", 11)]
    [InlineData("He bought 2 laptops, and Windows 10 came on both.", 10)]
    [InlineData("We drove 400 miles, then Route 66 took us west.", 66)]
    [InlineData("The airline ordered 40 jets, and Boeing 737 deliveries slipped.", 737)]
    [InlineData("The club won 3 titles, and Brenmoor 2 finished last.", 2)]
    [InlineData("London hosted 2 Games, and Paris 2024 drew 9 million fans.", 2024)]
    public void Recognize_DigitsAfterAJoinedNameThatIsNoPlace_StayAName(string text, double number)
    {
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == number);
    }

    [Theory]
    [InlineData("The floods killed 14 - weeks after the dam was repaired.")]
    [InlineData("The count rose to 14 - hours later it fell.")]
    public void Recognize_SpacedHyphenBeforeAPlural_IsADashNotACompound(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Unit.Kind == UnitKind.Duration);
    }

    [Theory]
    [InlineData("The talks ran over four days.", Qualifier.Exact, "day")]
    [InlineData("The strike lasted over two weeks.", Qualifier.Exact, "week")]
    [InlineData("Over 300 homes were destroyed.", Qualifier.MoreThan, "home")]
    [InlineData("Prices fell for under three months.", Qualifier.LessThan, "month")]
    public void Recognize_OverBeforeDuration_MeansDuring(string text, Qualifier qualifier, string unit)
    {
        var quantity = Single(text).Quantity;

        quantity.Qualifier.Should().Be(qualifier);
        quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("The match starts at 10:30 tonight.")]
    [InlineData("The polls open at 9 a.m. on Sunday.")]
    [InlineData("The polls close at 8 p.m. sharp.")]
    [InlineData("The Apollo 11 crew returned safely.")]
    [InlineData("Regulators grounded the 737 MAX again.")]
    [InlineData("He said 1 ) prices rise and 2 ) wages fall.")]
    [InlineData("Deposits go to account 1111-2222-3333.")]
    [InlineData("The gala is on sept. 30 this year.")]
    [InlineData("The vote was held in 2019.")]
    [InlineData("Windows 10 arrived with the laptop.")]
    [InlineData("The 1990s were calm.")]
    [InlineData("She finished 3rd in the race.")]
    [InlineData("Talks resume on dec. 12 in Geneva.")]
    public void Recognize_NotAnAmount_FindsNothing(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("On Tuesday 23 people died in the Brenmoor floods.", 23)]
    [InlineData("By Sunday 7 miners had climbed clear of the Orlen quarry.", 7)]
    [InlineData("Last Friday 230 families left the valley.", 230)]
    public void Recognize_DigitsAfterWeekday_AreACount(string text, double value)
    {
        Single(text).Quantity.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("In 2020 23 people died in the floods in Varnholt.", 23)]
    [InlineData("By 2019 41 schools had closed across the Orrin valley.", 41)]
    [InlineData("During 2021 57 miners were hurt at the Dask pits.", 57)]
    [InlineData("2022 18 officers were suspended at Brevik.", 18)]
    [InlineData("In 2020 1200 ballots in Mallow were spoiled.", 1200)]
    public void Recognize_DigitsAfterYear_AreACount(string text, double value)
    {
        Single(text).Quantity.Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_PercentAfterYear_KeepsItsUnit()
    {
        var quantity = Single("In 2020 23% of voters in Mallow stayed home.").Quantity;

        quantity.Value.Should().Be(23);
        quantity.Unit.Name.Should().Be("percent");
    }

    [Theory]
    [InlineData("In 2019 737 MAX jets were grounded at Dask.")]
    [InlineData("Orlen Air flies two 747 freighters.")]
    public void Recognize_ModelAfterYearOrCount_FindsNoCountForTheModel(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == 737 || m.Quantity.Value == 747);
    }

    [Theory]
    [InlineData("The passengers hurt in the Orlen crash were aged from 9 to 70.", 9, 70)]
    [InlineData("Volunteers aged from 18 to 65 may sign up in Kestrel.", 18, 65)]
    public void Recognize_AgedFromTo_IsARangeOfAges(string text, double low, double high)
    {
        var quantity = Single(text).Quantity;

        quantity.Low.Should().Be(low);
        quantity.High.Should().Be(high);
        quantity.Unit.Name.Should().Be("year of age");
    }

    [Theory]
    [InlineData("It was a mix of 3 in favour and 2 against.")]
    [InlineData("I'm 3 in line for the job.")]
    [InlineData("We won 2 in a row.")]
    [InlineData("She scored 30 points in 20 minutes.")]
    [InlineData("They bought 5 m of rope and 2 in total.")]
    [InlineData("The form number is 24703 L-202.")]
    public void Recognize_CommonWords_AreNotUnits(string text)
    {
        foreach (var mention in QuantityRecognizer.Default.Recognize(text))
        {
            mention.Quantity.Unit.Name.Should().NotBe("in");
            mention.Quantity.Unit.Name.Should().NotBe("mi");
            mention.Quantity.Unit.Name.Should().NotBe("L");
        }
    }

    [Theory]
    [InlineData("Rates rose 15% per annum.", "15% per annum")]
    [InlineData("Net fell to $1.40 a share.", "$1.40 a share")]
    [InlineData("Output fell by 500,000 barrels a day.", "500,000 barrels a day")]
    [InlineData("Revenue was $13.18 billion a year earlier.", "$13.18 billion")]
    public void Recognize_Rate_SpanCoversRate(string text, string span)
    {
        QuantityRecognizer.Default.Recognize(text)[0].Span.Slice(text).ToString().Should().Be(span);
    }

    private static QuantityMention Single(string text)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var mentions = QuantityRecognizer.Default.Recognize(text);
        mentions.Should().HaveCount(1, "'{0}' holds one quantity", text);
        return mentions[0];
    }
}
