using System.Globalization;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Quantities;

/// <summary>Quantities in general news, beyond the development sets: percent in every spelling, currencies, counted nouns for any
/// noun, compound and technical units, points and per-game statistics, ages, changes, qualifiers, ranges, rates, and the numbers
/// that are not amounts. Every sentence is written for these tests.</summary>
public sealed class QuantityNewsTests
{
    public static TheoryData<string, double, UnitKind, string> Units => new()
    {
        // A counted noun after a qualifier that follows the number; a number after an age verb that counts a noun.
        { "The club has won 12 or more league titles since the war.", 12, UnitKind.Count, "title" },
        { "Of the 40 clubs, six of them won 3 or more titles.", 6, UnitKind.None, "" },
        { "The plant turned 400 tonnes of waste into fuel last year.", 400, UnitKind.Physical, "t" },

        // Crop statistics in lakh, million and thousand metric tons and in million hectares.
        { "Vorland mills bought 42 LMT of wheat from farmers.", 4.2e6, UnitKind.Physical, "t" },
        { "The Ostrava grain harvest reached 8.4MMT this year.", 8.4e6, UnitKind.Physical, "t" },
        { "Brenmoor stocks fell to 450 KMT by March.", 450e3, UnitKind.Physical, "t" },
        { "The Brenmoor pit shipped 185 ktonnes of zinc in the quarter.", 185e3, UnitKind.Physical, "t" },
        // Gold output in million and thousand ounces.
        { "Vorland Gold poured 4.14 MMoz last year.", 4.14e6, UnitKind.Physical, "oz" },
        { "The Quessa mine produced 1.2Moz of gold.", 1.2e6, UnitKind.Physical, "oz" },
        { "Kestrel Bay Mining guided to 350 koz for the year.", 350e3, UnitKind.Physical, "oz" },
        // "Mt" after a figure is million tonnes, as mining reports write it.
        { "Kestrel Bay's terminal loaded 17.3 Mt of coking coal last year.", 17.3e6, UnitKind.Physical, "t" },
        { "Kestrel Bay homes on 512 Kbps lines will get faster links.", 512, UnitKind.Physical, "kbit/s" },
        { "Growers in Lindenport sowed 1.2 MHA of barley.", 1.2e6, UnitKind.Physical, "ha" },

        // Livestock by the head.
        { "The national sheep flock fell to 14.2m head this summer.", 14.2e6, UnitKind.Count, "head" },
        { "Farmers sold 3,400 head of cattle at the Lindenport fair.", 3400, UnitKind.Count, "head" },
        { "The Vorland league fired five head coaches this season.", 5, UnitKind.Count, "coach" },
        // A capitalised name that only looks plural, before a lower-case plural, says where; the plural is what is counted.
        { "Hail flattened crops in four Upper Vessmarks parishes on Sunday.", 4, UnitKind.Count, "parish" },
        { "Inspectors closed six Brenmoor Heights bakeries last month.", 6, UnitKind.Count, "bakery" },
        { "The ministry named 12 Ostrava Rangers fans among the injured.", 12, UnitKind.Count, "fan" },
        // A currency code or abbreviation after an amount with the bare "$" says which dollar it is.
        { "The province paid $45,000 Cdn for the farmland.", 45000, UnitKind.Currency, "CAD" },
        { "The studio's new film cost $2 million AUD to make.", 2e6, UnitKind.Currency, "AUD" },
        { "The club paid $3 million for the Lindenport striker.", 3e6, UnitKind.Currency, "USD" },
        // A currency's name capitalised after the bare "$" starts a proper noun: the dollar stays the US dollar.
        { "The think tank paid $2,700 Rand Corporation analysts for the review.", 2700, UnitKind.Currency, "USD" },
        { "The charity gave $5 Won Pharmaceuticals vouchers to every volunteer.", 5, UnitKind.Currency, "USD" },
        { "She paid $12 Franc Dubois for the painting.", 12, UnitKind.Currency, "USD" },
        { "The firm paid $7 million NZD to settle the claim.", 7e6, UnitKind.Currency, "NZD" },
        // "AUS$" is the Australian dollar, as "AU$" and "A$" are.
        { "The Vorland Open paid its champion AUS$2.5 million.", 2.5e6, UnitKind.Currency, "AUD" },
        // A magnitude joined to its reading by a hyphen.
        { "A magnitude-5.9 quake shook Quessa overnight.", 5.9, UnitKind.Count, "magnitude" },
        // Percent in every spelling, percentage points, basis points.
        { "Shares of the retailer climbed 12 per cent on Tuesday.", 12, UnitKind.Percentage, "percent" },
        { "The index slipped 0.4 percent in early trade.", 0.4, UnitKind.Percentage, "percent" },
        { "Turnout reached 71% in the capital.", 71, UnitKind.Percentage, "percent" },
        { "Margins narrowed to 3.2 pct from a year ago.", 3.2, UnitKind.Percentage, "percent" },
        { "House prices are up 6pc on the year, the lender said.", 6, UnitKind.Percentage, "percent" },
        { "Support for the mayor fell 4 percentage points in a month.", 4, UnitKind.Percentage, "percentage point" },
        { "The lead widened to 9 percentage-points after the debate.", 9, UnitKind.Percentage, "percentage point" },
        { "The central bank lifted rates by 25 basis points.", 25, UnitKind.Count, "basis point" },
        { "The spread tightened by 15bps overnight.", 15, UnitKind.Count, "basis point" },
        { "The yield premium shrank 40 bps in a week.", 40, UnitKind.Count, "basis point" },
        { "Almost one percent of voters spoiled their ballots.", 1, UnitKind.Percentage, "percent" },
        { "Only a tenth of a percent separated the two candidates.", 0.1, UnitKind.Percentage, "percent" },

        // Money: signs, codes, words after the number, adjective + name, prefixes, sub-units.
        { "The ticket costs ¥3,400 at the stadium gate.", 3400, UnitKind.Currency, "JPY" },
        { "The merger is valued at 2.5 trillion yen.", 2.5e12, UnitKind.Currency, "JPY" },
        { "The bakery sold its shop for 1.2 million ringgit.", 1.2e6, UnitKind.Currency, "MYR" },
        { "Palm oil futures settled at RM3,912 a tonne.", 3912, UnitKind.Currency, "MYR" },
        // A currency letter joined to an amount written large.
        { "Vorland's lenders wrote off N41.7 billion last year.", 41.7e9, UnitKind.Currency, "NGN" },
        { "A season ticket in Lindenport costs N85,000.", 85000, UnitKind.Currency, "NGN" },
        { "The Brenmoor mine will need R2.35 trillion over a decade.", 2.35e12, UnitKind.Currency, "ZAR" },
        { "The utility posted a profit of RM412.6 million.", 412.6e6, UnitKind.Currency, "MYR" },
        { "Rent in Tel Aviv averages 7,800 shekels a month.", 7800, UnitKind.Currency, "ILS" },
        { "The museum raised NIS 42 million from donors.", 42e6, UnitKind.Currency, "ILS" },
        { "The city budget includes ₪15 million for buses.", 15e6, UnitKind.Currency, "ILS" },
        { "The miner was bought for 3.1 billion Australian dollars.", 3.1e9, UnitKind.Currency, "AUD" },
        { "A litre of petrol now costs A$2.10 in Perth.", 2.10, UnitKind.Currency, "AUD" },
        { "The pipeline will cost C$12 billion to finish.", 12e9, UnitKind.Currency, "CAD" },
        { "Lindenport set aside $C45 million for its harbour.", 45e6, UnitKind.Currency, "CAD" },
        { "The province set aside 450 million Canadian dollars.", 450e6, UnitKind.Currency, "CAD" },
        { "The painting fetched £3.4m at auction.", 3.4e6, UnitKind.Currency, "GBP" },
        { "The club was fined 50,000 pounds sterling.", 50000, UnitKind.Currency, "GBP" },
        { "The winner takes home 12 million pounds.", 12e6, UnitKind.Currency, "GBP" },
        { "Shares in the brewer closed at Rs 412.35 on Friday.", 412.35, UnitKind.Currency, "INR" },
        { "The state approved a Rs 2,500 crore highway plan.", 2.5e10, UnitKind.Currency, "INR" },
        { "The phone is priced at ₹14,999 in India.", 14999, UnitKind.Currency, "INR" },
        { "Farmers were paid 800 rupees a quintal.", 800, UnitKind.Currency, "INR" },
        { "Lagos traders now pay ₦1,500 for a loaf.", 1500, UnitKind.Currency, "NGN" },
        // A scale abbreviation joined in the same word as a currency's letters; "Rs." with its full stop before the amount.
        { "The Brenmoor utility must cut R7bn from its building plan.", 7e9, UnitKind.Currency, "ZAR" },
        { "Vorland's grid operator borrowed RM18bn last year.", 18e9, UnitKind.Currency, "MYR" },
        { "The Kestrel Bay clinic spent R6m on scanners.", 6e6, UnitKind.Currency, "ZAR" },
        { "The Ostrava water board spent R8M on pipes.", 8e6, UnitKind.Currency, "ZAR" },
        // A period then "ago" is a time wherever it stands; "later" or "earlier" ends its clause, or a new one starts after it.
        { "Sales at the Brenmoor plant were $3.5 billion a year ago as demand fell.", 3.5e9, UnitKind.Currency, "USD" },
        { "Rents in Lindenport rose to $870 a month later.", 870, UnitKind.Currency, "USD" },
        { "Net income in Ostrava rose to $7 million from $4 million a year earlier on strong demand.", 4e6, UnitKind.Currency, "USD" },
        { "The Lindenport refinery will cost Rs. 4,350 crore to build.", 4.35e10, UnitKind.Currency, "INR" },
        // A ship's crew counted with the singular noun; square metres written "sqm".
        { "The trawler sank off Kestrel Bay with 14 crew aboard.", 14, UnitKind.Count, "crew" },
        { "A 612 sqm villa in Ostrava changed hands last week.", 612, UnitKind.Physical, "m²" },
        { "A jeepney ride costs ₱13 in Manila.", 13, UnitKind.Currency, "PHP" },
        { "The bond raised 600 million Swiss francs.", 600e6, UnitKind.Currency, "CHF" },
        { "A kilo of beef sells for 9,000 pesos in Buenos Aires.", 9000, UnitKind.Currency, "MXN" },
        { "The loan totals 2 billion Argentine pesos.", 2e9, UnitKind.Currency, "ARS" },
        { "The startup raised R$45 million in São Paulo.", 45e6, UnitKind.Currency, "BRL" },
        { "The carrier lost 3.4 billion rand last year.", 3.4e9, UnitKind.Currency, "ZAR" },
        { "Exports earned 9 billion Turkish lira.", 9e9, UnitKind.Currency, "TRY" },
        { "The fine was set at 40,000 Swedish kronor.", 40000, UnitKind.Currency, "SEK" },
        { "The order is worth 1.5 billion zlotys.", 1.5e9, UnitKind.Currency, "PLN" },
        { "Wages rose to 14,000 Kenyan shillings a month.", 14000, UnitKind.Currency, "KES" },
        { "The Vorland board now pays 2,700 kshs for a bag of maize.", 2700, UnitKind.Currency, "KES" },
        // A straight double quote or a double prime joined to a figure, closing no quotation: inches.
        { "Brenmoor's gauge caught 3.24\" of rain in an hour.", 3.24, UnitKind.Physical, "in" },
        { "Kestrel Bay had 6.5\" of rain, and 2\" fell in the first hour.", 2, UnitKind.Physical, "in" },
        { "The Ostrava storm left 14″ of snow.", 14, UnitKind.Physical, "in" },
        { "The refinery deal is worth USD 2.3 billion.", 2.3e9, UnitKind.Currency, "USD" },
        { "The fund returned EUR 450 million to investors.", 450e6, UnitKind.Currency, "EUR" },
        { "The stake was sold for 75 million euros.", 75e6, UnitKind.Currency, "EUR" },
        { "The prize is worth €20,000 this year.", 20000, UnitKind.Currency, "EUR" },
        { "Hong Kong's airport fee rises to HK$120.", 120, UnitKind.Currency, "HKD" },
        { "The condo sold for S$2.8 million.", 2.8e6, UnitKind.Currency, "SGD" },
        { "The coin traded at 61,000 dollars on the exchange.", 61000, UnitKind.Currency, "USD" },
        { "Stamps now cost 73 cents each.", 73, UnitKind.Count, "cent" },
        { "The stock closed at 346.8p in London.", 346.8, UnitKind.Count, "penny" },
        { "A pint of milk went up by 4 pence.", 4, UnitKind.Count, "penny" },
        { "The counter rose 12 sen to RM2.40.", 12, UnitKind.Count, "sen" },
        { "Gasoline fell 9¢ a gallon this week.", 9, UnitKind.Count, "cent" },
        { "Crews moved residents over 2 miles from the plant.", 2, UnitKind.Physical, "mi" },
        { "Gusts of 58 m.p.h. hit the Brenmoor coast overnight.", 58, UnitKind.Physical, "mph" },
        { "The rupee slipped 14 paise against the dollar.", 14, UnitKind.Count, "paisa" },
        { "Officers seized 340 gm of heroin in the raid.", 340, UnitKind.Physical, "g" },

        // The head of the noun phrase after a number, for any noun.
        { "The company will open 120 charging stations this year.", 120, UnitKind.Count, "station" },
        { "Retailers sold 3 million headphones in December.", 3e6, UnitKind.Count, "headphone" },
        { "The team traded three draft picks for the forward.", 3, UnitKind.Count, "pick" },
        { "The airline grounded 14 jets after the inspection.", 14, UnitKind.Count, "jet" },
        { "Volunteers planted 2,400 oak saplings along the river.", 2400, UnitKind.Count, "sapling" },
        { "The council will demolish six empty houses.", 6, UnitKind.Count, "house" },
        { "Firefighters rescued 17 horses from the barn.", 17, UnitKind.Count, "horse" },
        { "The festival drew 80,000 visitors over the weekend.", 80000, UnitKind.Count, "visitor" },
        { "Police arrested 23 people after the match.", 23, UnitKind.Count, "person" },
        { "The county reported 412 new cases on Monday.", 412, UnitKind.Count, "case" },
        { "The quake damaged 1,300 buildings in the old town.", 1300, UnitKind.Count, "building" },
        { "The ministry hired 900 more teachers.", 900, UnitKind.Count, "teacher" },
        { "The chain will close 45 stores in the spring.", 45, UnitKind.Count, "store" },
        { "Nine cabinet ministers resigned on Thursday.", 9, UnitKind.Count, "minister" },
        { "The survey questioned 2,004 registered voters.", 2004, UnitKind.Count, "voter" },
        { "The bill passed with 61 votes in the Senate.", 61, UnitKind.Count, "vote" },
        { "The recall covers 240,000 vehicles in Europe.", 240000, UnitKind.Count, "vehicle" },
        { "The mill laid off 350 workers in March.", 350, UnitKind.Count, "worker" },
        { "The ship carried 4,200 containers from Shanghai.", 4200, UnitKind.Count, "container" },
        { "Rangers counted 31 wolves in the park.", 31, UnitKind.Count, "wolf" },
        { "The library lent 12,000 e-books last year.", 12000, UnitKind.Count, "e-book" },
        { "Only one lifeguard was on duty that afternoon.", 1, UnitKind.Count, "lifeguard" },
        { "One tornado warning was issued for the county.", 1, UnitKind.Count, "warning" },
        { "The striker has one assist this season.", 1, UnitKind.Count, "assist" },
        { "The coach used an 82-game season to rest his stars.", 82, UnitKind.Count, "game" },
        { "They overturned a 17-point deficit in the last quarter.", 17, UnitKind.Count, "point" },
        { "The navy plans a 355-ship fleet by 2040.", 355, UnitKind.Count, "ship" },
        { "The lender added 2,000 jobs in the region.", 2000, UnitKind.Count, "job" },
        { "The marathon had 30,000 runners and 4,000 volunteers.", 30000, UnitKind.Count, "runner" },
        { "The quarterback threw for 212 passing yards.", 212, UnitKind.Physical, "yd" },
        { "Three police officers were hurt in the clash.", 3, UnitKind.Count, "officer" },

        // Points and per-game statistics.
        { "The index closed at 7,412.5 points on Friday.", 7412.5, UnitKind.Count, "point" },
        { "The Dow shed 512 points by the close.", 512, UnitKind.Count, "point" },
        { "She averages 11 points per game this season.", 11, UnitKind.Count, "point" },
        { "The center pulled down 14 rebounds against Denver.", 14, UnitKind.Count, "rebound" },
        { "He led the league with 30.4 ppg last year.", 30.4, UnitKind.Count, "point per game" },
        { "The pitcher struck out 11 batters in seven innings.", 11, UnitKind.Count, "batter" },
        { "The winger scored 23 league goals last season.", 23, UnitKind.Count, "goal" },
        { "The rookie ran for 143 rushing yards on Sunday.", 143, UnitKind.Physical, "yd" },
        { "The shortstop hit 31 home runs in 2023.", 31, UnitKind.Count, "run" },
        { "The champion won by 3 strokes at the Open.", 3, UnitKind.Count, "stroke" },

        // Compound and technical units.
        { "Homes in the district sell for $450 per square foot.", 450, UnitKind.Currency, "USD" },
        { "The hybrid gets 52 miles per gallon on the highway.", 52, UnitKind.Physical, "mi/gal" },
        { "The compact is rated at 38 mpg in the city.", 38, UnitKind.Physical, "mi/gal" },
        { "The tyres were inflated to 35 psi before the race.", 35, UnitKind.Physical, "psi" },
        { "The engine revs to 9,000 rpm.", 9000, UnitKind.Physical, "rpm" },
        { "The phone packs a 5,000mAh battery.", 5000, UnitKind.Physical, "mAh" },
        { "Ozone readings reached 92 ppb downtown.", 92, UnitKind.Physical, "ppb" },
        { "Carbon dioxide passed 420 ppm at the observatory.", 420, UnitKind.Physical, "ppm" },
        { "The display refreshes at 144Hz.", 144, UnitKind.Physical, "Hz" },
        { "The charger delivers 65W to the laptop.", 65, UnitKind.Physical, "W" },
        { "The truck's diesel makes 1,050 lb-ft of torque.", 1050, UnitKind.Physical, "lb·ft" },
        { "The wrench is rated for 250 foot-pounds.", 250, UnitKind.Physical, "ft·lbf" },
        { "Glaciers lost 270 gigatons of ice last year.", 270, UnitKind.Physical, "Gt" },
        { "The ice shelf shed 150 gigatonnes in a decade.", 150, UnitKind.Physical, "Gt" },
        { "Henry Hub gas settled at $2.85 per MMBtu.", 2.85, UnitKind.Currency, "USD" },
        { "The field pumps 120,000 bpd of crude.", 120000, UnitKind.Physical, "bbl/d" },
        { "The field produces 500,000 barrels a day.", 500000, UnitKind.Physical, "bbl/d" },
        { "The camera has a 50MP main sensor.", 50, UnitKind.Physical, "MP" },
        { "The panel is rated at 1,600 nits of brightness.", 1600, UnitKind.Physical, "cd/m²" },
        { "Storm winds reached 120 km/h on the coast.", 120, UnitKind.Physical, "km/h" },
        // A conversion in brackets between a unit and its rate: both figures take the rate.
        { "Cyclone Orlen's gusts reached 171 kilometres (106 miles) per hour near Kestrel Bay.", 171, UnitKind.Physical, "km/h" },
        { "Cyclone Orlen's gusts reached 171 kilometres (106 miles) per hour near Kestrel Bay.", 106, UnitKind.Physical, "mph" },
        { "Cyclone Vessa's winds hit 135 km (about 84 miles) per hour off Brenmoor.", 135, UnitKind.Physical, "km/h" },
        { "Cyclone Vessa crept west at 17 km (11 miles) an hour.", 11, UnitKind.Physical, "mph" },
        { "The Brenmoor ferry sails 14 km (9 miles) from the pier.", 14, UnitKind.Physical, "km" },
        // A power word joined to the figure ("33,000sq ft").
        { "The Kestrel Bay villa has 27,500sq ft of living space.", 27500, UnitKind.Physical, "ft²" },
        { "Ostrava sold a 640sq m plot to Vessa Homes.", 640, UnitKind.Physical, "m²" },
        // A power written as a plain or a caret digit ("ft2", "m^2"), a dose a day as "mg/d", a percentage point as "% point".
        { "The Vorland warehouse covers 37,410ft2 of floor.", 37410, UnitKind.Physical, "ft²" },
        { "The Brenmoor plot has 300 m^2 of garden.", 300, UnitKind.Physical, "m²" },
        { "Ostrava patients took 20 mg/d of the statin.", 20, UnitKind.Physical, "mg/d" },
        { "Lindenport growth was cut by 0.1% point.", 0.1, UnitKind.Percentage, "percentage point" },
        // A superscript power joined to the denominator of a rate.
        { "Lindenport's soot peaked at 87 µg/m³ on Monday.", 87, UnitKind.Physical, "μg/m³" },
        { "Ideal cholesterol is below 200 mg/dL for adults.", 200, UnitKind.Physical, "mg/dL" },
        { "The plant will add 300 MW of solar capacity.", 300, UnitKind.Physical, "MW" },
        { "The city used 12 terawatt hours of power.", 12, UnitKind.Physical, "TWh" },
        { "The heat hit 41.2C in Seville on Sunday.", 41.2, UnitKind.Physical, "°C" },
        { "Dallas sweltered at 104F all afternoon.", 104, UnitKind.Physical, "°F" },
        { "The lot covers 3.2 square miles of wetland.", 3.2, UnitKind.Physical, "mi²" },
        { "The flat measures 650 sq ft in all.", 650, UnitKind.Physical, "ft²" },
        { "Output reached 0.4 Bcf a day in June.", 0.4e9, UnitKind.Physical, "ft³/d" },
        { "The chip is built on a 3nm process.", 3, UnitKind.Physical, "nm" },
        { "Broadband speeds average 90 Mbps in the city.", 90, UnitKind.Physical, "Mbit/s" },

        // Durations.
        { "The strike lasted 11 days.", 11, UnitKind.Duration, "day" },
        { "The trial will run for three weeks.", 3, UnitKind.Duration, "week" },
        { "The deal took 18 months to close.", 18, UnitKind.Duration, "month" },
        { "The flight was delayed by 5 hrs.", 5, UnitKind.Duration, "hour" },
        { "The rover has worked on Mars for a decade and 4 years more.", 4, UnitKind.Duration, "year" },
        { "The seven-day average of cases fell again.", 7, UnitKind.Duration, "day" },
        { "The yen hit a nine-week high against the euro.", 9, UnitKind.Duration, "week" },
        { "The index posted its biggest one-day loss since March.", 1, UnitKind.Duration, "day" },
        { "The team ended a two-game losing streak.", 2, UnitKind.Count, "game" },
        { "The commute is a four-mile drive each way.", 4, UnitKind.Physical, "mi" },
        { "Drivers hauled a three-ton statue into the square.", 3, UnitKind.Physical, "ton" },
        { "A magnitude 6.1 earthquake struck off the coast.", 6.1, UnitKind.Count, "magnitude" },
        { "A 5.8-magnitude quake rattled the capital.", 5.8, UnitKind.Count, "magnitude" },
        { "A 5.3 magnitude quake shook Lindenport overnight.", 5.3, UnitKind.Count, "magnitude" },
        { "A tremor measuring 4.4 shook Vorland at dawn.", 4.4, UnitKind.Count, "magnitude" },

        // A temperature letter apart from the figure, radiation doses, oil in mb/d and kb/d, seconds joined to a decimal, a depth that
        // looks like a year, pounds that are a price per share, a counted noun with an irregular plural.
        { "Lindenport reached 37 C on Tuesday afternoon.", 37, UnitKind.Physical, "°C" },
        { "The old record, 36.4 C (97.5 F), fell in Vorland.", 97.5, UnitKind.Physical, "°F" },
        { "Workers at the Vorland plant received 17 mSv last year.", 17, UnitKind.Physical, "mSv" },
        { "A dental scan gives about 7 μSv, the clinic said.", 7, UnitKind.Physical, "μSv" },
        { "Output in Vorland fell to 1.37 mb/d in May.", 1.37e6, UnitKind.Physical, "bbl/d" },
        { "Lindenport cut its exports by 61 kb/d.", 61000, UnitKind.Physical, "bbl/d" },
        { "The sprinter clocked 10.37s in Lindenport.", 10.37, UnitKind.Duration, "second" },
        { "Divers reached a depth of 1850 metres off Vorland.", 1850, UnitKind.Physical, "m" },
        { "The offer values Vorland Mining at 13.20 pounds a share.", 13.20, UnitKind.Currency, "GBP" },
        { "Elsa Vorlund, the town's oldest resident, has 23 grandchildren.", 23, UnitKind.Count, "grandchild" },

        // Figures in groups after a name are amounts, not models; containers in TEU; a rate per a cubic unit; a hyphenated plural.
        { "Floods cut power to 61,300 homes in Vorland, Ostrava 48,250 and Brenmoor 9,120.", 48250, UnitKind.None, "" },
        { "Traffic through Lindenport reached 2.7 million TEU last year.", 2.7e6, UnitKind.Count, "twenty-foot equivalent unit" },
        // A ship's capacity in deadweight tonnes, any case; "despite" after a bare figure is no counted noun.
        { "The Brenmoor yard has launched tankers of 4.6mn dwt since it opened.", 4.6e6, UnitKind.Count, "deadweight ton" },
        { "The Vorland yard will launch a 210,000 DWT bulk carrier.", 210000, UnitKind.Count, "deadweight ton" },
        { "Ticket sales at the Lindenport fair climbed 6% to 2.3 million despite the rain.", 2.3e6, UnitKind.None, "" },
        { "Ozone in Ostrava peaked at 180 micrograms per cubic metre.", 180, UnitKind.Physical, "μg/m³" },
        { "Soot levels in Brenmoor reached 61 ug/m3 on Monday.", 61, UnitKind.Physical, "μg/m³" },
        { "The Vorland review pooled 41 meta-analyses of diet trials.", 41, UnitKind.Count, "meta-analysis" },

        // Lower-case "kgs" is kilograms, not the Kyrgyz som's code; fuel use per 100 km; water works by the megalitre or cubic metre
        // a day; a number after a lower-case identifier word that a unit follows is a distance; a
        // hyphenated squared unit; a scale word joined by a hyphen.
        { "Customs at Kestrel Bay seized 37.4kgs of heroin.", 37.4, UnitKind.Physical, "kg" },
        { "The Ostrava hatchback uses 4.7 L/100km on the motorway.", 4.7, UnitKind.Physical, "L/100km" },
        { "The new engine saves 0.8 litres per 100 kilometres.", 0.8, UnitKind.Physical, "L/100km" },
        { "The Brenmoor plant treats 640 Ml/d of river water.", 640, UnitKind.Physical, "ML/d" },
        { "A 75 MLD plant will supply Lindenport.", 75, UnitKind.Physical, "ML/d" },
        { "The reservoir holds 12,400 megalitres after the rains.", 12400, UnitKind.Physical, "ML" },
        { "The Vorland desalination works makes 0.9mn m3/d.", 900000, UnitKind.Physical, "m³/d" },
        { "Villagers blocked a road 140 kilometres from the Brenmoor mine.", 140, UnitKind.Physical, "km" },
        { "The Lindenport buyer paid for a 6,350-square-foot villa.", 6350, UnitKind.Physical, "ft²" },
        { "Vorland approved a ₹418.6-crore bridge.", 4.186e9, UnitKind.Currency, "INR" },
        { "Kestrel Bay won a $35-million grant.", 35e6, UnitKind.Currency, "USD" },
        // A sign joined before the letters of a prefix; a currency letter before a price to the hundredth; Indian scales.
        { "Vorland tin closed at $US27.615 a pound.", 27.615, UnitKind.Currency, "USD" },
        { "The Vorland miners earned $A3.7 billion in the year.", 3.7e9, UnitKind.Currency, "AUD" },
        { "The Lindenport dairy sold $NZ640 million of butter.", 640e6, UnitKind.Currency, "NZD" },
        { "A flat in Kestrel Bay went for $HK8.15 million.", 8.15e6, UnitKind.Currency, "HKD" },
        { "Onions sold for P72.35 per kilo in Lindenport.", 72.35, UnitKind.Currency, "PHP" },
        { "The Brenmoor mill raised INR 340 Cr from lenders.", 3.4e9, UnitKind.Currency, "INR" },
        { "The Ostrava clinic got Rs 35 lakhs from the trust.", 3.5e6, UnitKind.Currency, "INR" },
        // A currency letter before a whole amount and a rate is a price ("N95 masks" stays a name).
        { "Diesel in Vorland now sells at N1,140 per litre and petrol at N830 per litre.", 830, UnitKind.Currency, "NGN" },
        { "Kestrel Bay garages raised petrol to N617/litre on Monday.", 617, UnitKind.Currency, "NGN" },
        // A currency letter and three whole digits beside an earlier amount in its currency.
        { "A sack of Orvik rice sold for ₦820 in May against N910 now.", 910, UnitKind.Currency, "NGN" },
        { "Brenmoor rice now costs P48 a kilo at the market.", 48, UnitKind.Currency, "PHP" },
        // Vitamin doses in international units; gas priced per mmbtu in lower case.
        { "The Lindenport trial gave 2,400 IU of vitamin D to each volunteer.", 2400, UnitKind.Physical, "IU" },
        { "A Lindenport clinic hands out 1,500 international units to each patient.", 1500, UnitKind.Physical, "IU" },
        // Medical and sea measures.
        { "Systolic pressure in the Vorland trial fell 7 mmHg.", 7, UnitKind.Physical, "mmHg" },
        { "Her glucose was 6.4 mmol/L at the Brenmoor clinic.", 6.4, UnitKind.Physical, "mmol/L" },
        { "The Vorland study aimed for a vitamin D level of 75 nmol/L.", 75, UnitKind.Physical, "nmol/L" },
        { "Brenmoor patients averaged 14 µmol/L of homocysteine.", 14, UnitKind.Physical, "μmol/L" },
        { "The Kestrel Bay ferry route is 410 nmi long.", 410, UnitKind.Physical, "nmi" },
        { "The star lies 312 light years from the Sun.", 312, UnitKind.Physical, "ly" },
        // "pounds" next to a money word is money ("fined", "worth", "in fines"), and a weight without one; bare degrees stay bare
        // degrees even after a temperature of the same sentence (NewsQuant's convention: a scale counts only next to its figure).
        { "A Brenmoor driver was fined 120 pounds for speeding.", 120, UnitKind.Currency, "GBP" },
        { "The Ostrava trader ran up 85 pounds in fines.", 85, UnitKind.Currency, "GBP" },
        { "Every flat in Kestrel Bay is worth a million pounds or more.", 1e6, UnitKind.Currency, "GBP" },
        { "The Brenmoor boxer lost 14 pounds before the fight.", 14, UnitKind.Physical, "lb" },
        { "The prize boxer lost 14 pounds before the Brenmoor bout.", 14, UnitKind.Physical, "lb" },
        { "Lindenport passed 31 degrees C, and Ostrava reached 29 degrees.", 29, UnitKind.Physical, "°" },
        { "The Vorland ship turned 90 degrees off the cape.", 90, UnitKind.Physical, "°" },
        // "pounds of" and a noun is a weight; the money window stops at punctuation; a weighing word nearer the number than a money
        // word makes a weight; verbs after "pounds" and another currency later in the clause make a weight; more money words.
        { "Brenmoor grocers raised the price of 3 pounds of pears.", 3, UnitKind.Physical, "lb" },
        { "The Vorland cook paid for 17 pounds of lamb.", 17, UnitKind.Physical, "lb" },
        { "They cut the cost of 6 pounds of tea in Ostrava.", 6, UnitKind.Physical, "lb" },
        { "Despite the cost, 45 pounds of tea reached Lindenport.", 45, UnitKind.Physical, "lb" },
        { "The Kestrel Bay runner spent a year losing 23 pounds.", 23, UnitKind.Physical, "lb" },
        { "The prize ram weighed 340 pounds at the Vorland fair.", 340, UnitKind.Physical, "lb" },
        { "Posting 35 pounds costs about $28 from Ostrava.", 35, UnitKind.Physical, "lb" },
        { "Each sack of 25 pounds costs 9 dollars in Brenmoor.", 25, UnitKind.Physical, "lb" },
        { "The Lindenport council was fined a total of 700 pounds.", 700, UnitKind.Currency, "GBP" },
        { "The Vorland clerk earned 90 pounds a week.", 90, UnitKind.Currency, "GBP" },
        { "The Ostrava team won 400 pounds at the fair.", 400, UnitKind.Currency, "GBP" },
        { "The Brenmoor firm faces 800 pounds in charges.", 800, UnitKind.Currency, "GBP" },
        { "Rent in Kestrel Bay rose from £700 to 850 pounds a month.", 850, UnitKind.Currency, "GBP" },
        { "Brenmoor hit 97 degrees Fahrenheit (36C), and the low was 68 degrees.", 68, UnitKind.Physical, "°" },
        { "Vorland reached 131 degrees Fahrenheit (55.1 degrees) on Friday.", 55.1, UnitKind.Physical, "°" },
        { "Lindenport rose to 33C as the Vorland ship turned 20 degrees.", 33, UnitKind.Physical, "°C" },

        // A bare count right before an amount with a unit counts the noun after the amount; the amount measures each thing counted.
        { "Vorland's athletics club added four 400-meter tracks this spring.", 4, UnitKind.Count, "track" },
        { "Nurses in Brenmoor may be rostered for six 12-hour shifts in a row.", 6, UnitKind.Count, "shift" },
        { "The Lindenport lottery paid out three $1 million prizes last year.", 3, UnitKind.Count, "prize" },
        { "The Ostrava port handled 200,000 60-kilogram sacks of cocoa.", 200000, UnitKind.Count, "sack" },
        { "Patients in the Kestrel Bay trial took two 500 mg tablets each morning.", 2, UnitKind.Count, "tablet" },
        // A number word joined to a noun by a hyphen after a count is an amount of its own, as "8-car" is.
        { "The Vorland metro runs 120 eight-car trains at rush hour.", 120, UnitKind.Count, "train" },
        { "The Vorland metro runs 120 eight-car trains at rush hour.", 8, UnitKind.Count, "car" },
        { "The Brenmoor suburban line runs 35 6-car trains.", 35, UnitKind.Count, "train" },
        { "The council approved 40 three-bedroom houses in Lindenport.", 3, UnitKind.Count, "bedroom" },
        // Not when the word after the hyphen makes a fixed adjective that counts nothing.
        { "Orlen handed out 250 one-off grants to farmers.", 250, UnitKind.Count, "grant" },
        { "The Kestrel Bay ferry sold 600 one-way tickets on Monday.", 600, UnitKind.Count, "ticket" },
        // Ore grades written "gpt" (grams per tonne).
        { "Drill core from the Vessa claim assayed 2.7gpt over a short stretch.", 2.7, UnitKind.Physical, "g/t" },
        // A name of four capitals that ends in a currency code after "T" or "B", right before a figure, is a name, not trillions
        // or billions of that currency.
        { "By the close, TRUB 9.4% and Kelcoin 3.1% were the day's worst movers.", 9.4, UnitKind.Percentage, "percent" },
        { "Tokens tracked by Velmar Data traded mixed on Friday: BUSD 2.1% weaker, Orrin 0.8% firmer.", 2.1, UnitKind.Percentage, "percent" },
        // "number one in" is a rank: the count after "in" stands, and no proportion is read.
        { "Velora ranked number one in 37 regions last year.", 37, UnitKind.Count, "region" },
        // Not after "of", and not when the word after the amount restates its unit.
        { "Seven of the three-ton trucks broke down near Ostrava.", 7, UnitKind.None, "" },
        { "He kept 2 $20 dollars notes in his wallet.", 2, UnitKind.None, "" },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void Recognize_NewsAmount_ReadsValueAndUnit(string text, double value, UnitKind kind, string unit)
    {
        var mention = Find(text, value);

        mention.Quantity.Unit.Kind.Should().Be(kind, "the unit of {0} in '{1}'", value, text);
        mention.Quantity.Unit.Name.Should().Be(unit);
    }

    public static TheoryData<string, double, string> Ages => new()
    {
        { "The suspect, aged 19, was released on bail.", 19, "year of age" },
        { "Brenmoor police said MAREK OSTROWIC (52) was detained.", 52, "year of age" },
        { "The Lindenport mayor, 71, stepped down in March.", 71, "year of age" },
        { "A Brenmoor teacher, 58, was hurt in the crash.", 58, "year of age" },
        { "The actor died at 91 in his home in Rome.", 91, "year of age" },
        { "The singer retired at the age of 62.", 62, "year of age" },
        { "Marta Ruiz, 34, was named head coach on Monday.", 34, "year of age" },
        { "Driver Tom Keller, 58, of Leeds, was unhurt.", 58, "year of age" },
        { "The victim, Sam Ortiz (27), was found near the pier.", 27, "year of age" },
        { "The fleet's average age is 11 years.", 11, "year of age" },
        { "The median age was 42 years in the survey.", 42, "year of age" },
        { "A 67-year-old woman was taken to hospital.", 67, "year of age" },
        { "The colt is only 18 months old.", 18, "month of age" },
        { "Two brothers aged 12 and 14 were rescued.", 14, "year of age" },
        { "The plan raises the pension age to 67 by 2030.", 67, "year of age" },
        { "The clinic treats patients aged 65 and over.", 65, "year of age" },
        { "The house is more than 200 years old.", 200, "year of age" },
        { "A twenty-five-year-old man was arrested.", 25, "year of age" },
        { "Voters aged 18 to 24 backed the measure.", 18, "year of age" },
        { "Doctors urged people over 75 to book a booster.", 75, "year of age" },
        { "Residents over 70 make up a third of Lindenport's voters.", 70, "year of age" },
        { "The jab protected 91% of volunteers 60 and older in Vorland.", 60, "year of age" },
        { "The Ostrava trial enrolled subjects over 55 only.", 55, "year of age" },
        { "The ban covers children under 16, the minister said.", 16, "year of age" },
        { "A woman of 43 from Lindenport was charged with theft.", 43, "year of age" },
        { "Two children of 7 and 11 were pulled from the Brenmoor flood.", 7, "year of age" },
        { "The Vorland toll reached 19, two girls of six and nine among them.", 6, "year of age" },
        { "The title of oldest villager passed to Ada Vorlund, 113.", 113, "year of age" },
        { "The island's oldest resident died aged 112 years and 41 days.", 41, "day of age" },
        { "The former mayor of Vorland turns 104 on Sunday.", 104, "year of age" },
        { "Her grandmother lived to 109 in a village near Lindenport.", 109, "year of age" },
        { "At 38, the goalkeeper signed a new two-year deal.", 38, "year of age" },
        { "The mare was 3 years, 2 months and 9 days old at the sale.", 3, "year of age" },
        { "The mare was 3 years, 2 months and 9 days old at the sale.", 2, "month of age" },
        { "The driver, 52, was cut free from the car in Brenmoor.", 52, "year of age" },
        { "Kestrel Bay residents said to be 105 or older get a letter from the mayor.", 105, "year of age" },
        { "Ilse Varga was only 19 when she won the Lindenport marathon.", 19, "year of age" },
        { "The Ostrava councillor, who was 81 at the election, stood down.", 81, "year of age" },
        { "Asked her age, the Kestrel Bay villager said she is 108.", 108, "year of age" },
        { "The Vorland man who drowned was 31, from a village near Brenmoor.", 31, "year of age" },
        { "The Lindenport woman who was killed was 34.", 34, "year of age" },
        { "Ada Vorlund married at 23 and moved to Brenmoor.", 23, "year of age" },
        { "The Vorland scheme is open to riders as young as 14.", 14, "year of age" },
        { "The painter Mara Velt died of pneumonia on March 3 at 91.", 91, "year of age" },
        { "The tenor Jiri Holan died in Brenmoor at 77, his family said.", 77, "year of age" },
        { "The Lindenport novelist died aged 64 of heart failure.", 64, "year of age" },
        { "The Vorland sculptor died at 83 of cancer.", 83, "year of age" },
        { "Tamsin Kade, then 23, joined the Vessa choir.", 23, "year of age" },
        { "The Orvik nurse, then 24, was posted to a clinic in Vessa.", 24, "year of age" },
        { "Petra Lunn retired from the Orvik post office at 61, her niece said.", 61, "year of age" },
        { "Jonas Reyl debuted for the Vessa side at 17.", 17, "year of age" },
        { "Tomas Arle enlisted in the Orvik navy at 17 in 1940.", 17, "year of age" },
    };

    [Theory]
    [MemberData(nameof(Ages))]
    public void Recognize_Age_IsTimeOfAge(string text, double value, string unit)
    {
        var mention = Find(text, value);

        mention.Quantity.Unit.Kind.Should().Be(UnitKind.Duration);
        mention.Quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("The Vorland index stood at 95 in 2010.", 95)]
    [InlineData("Lindenport's bond yield peaked at 11 in 2008.", 11)]
    [InlineData("At 9, the market in Lindenport opened lower.", 9)]
    [InlineData("Vorland shares turned 2.5 higher by midday.", 2.5)]
    [InlineData("The Brenmoor index was 95 at the close.", 95)]
    [InlineData("It was 12 and rising in Vorland by noon.", 12)]
    [InlineData("The death toll was 12 when rescuers arrived.", 12)]
    [InlineData("He is 6 and 0 in title fights.", 6)]
    [InlineData("The toll of those who drowned was 31.", 31)]
    [InlineData("The number who drowned was 31, officials in Vorland said.", 31)]
    [InlineData("Two hikers died near Kestrel Bay; the search ended at 40.", 40)]
    [InlineData("The Brenmoor driver died when the van hit a wall at 45 mph.", 45)]
    [InlineData("Three people died in the fire at 17 Hart Street in Vorland.", 17)]
    [InlineData("The Brenmoor index, now 95, is near its peak.", 95)]
    [InlineData("The Vorland fund closed at 40 in 2019.", 40)]
    [InlineData("The Lindenport judge retired from the bench at 9 on Friday.", 9)]
    [InlineData("The Brenmoor fund won new investors and closed at 40.", 40)]
    [InlineData("Analysts wrote that the Vorland index would end at 40.", 40)]
    [InlineData("The Kestrel Bay party won the seat at 52.", 52)]
    [InlineData("Lindenport won the final at 25 in 2019.", 25)]
    [InlineData("Vorland won the vote at 14.", 14)]
    [InlineData("The firm married its two units and listed them at 45.", 45)]
    [InlineData("Brent, now 85, has climbed for a week.", 85)]
    [InlineData("The Vorland Index, now 95, is near its peak.", 95)]
    public void Recognize_ALevelOrClockHourAfterAt_IsNoAge(string text, double value)
    {
        QuantityRecognizer.Default.Recognize(text)
            .Should().NotContain(m => m.Quantity.Value == value && m.Quantity.Unit.Kind == UnitKind.Duration, "'{0}' gives no age", text);
    }

    [Fact]
    public void Recognize_YearLikeCountBeforePlus_StaysACount()
    {
        var mention = QuantityRecognizer.Default.Recognize("Brenmoor put its 1900-plus council homes up for sale.")
            .Should().ContainSingle(m => m.Quantity.Value == 1900, "'-plus' after four digits makes them a count, not a year").Subject;

        mention.Quantity.Unit.Name.Should().Be("home");
        mention.Quantity.Qualifier.Should().Be(Qualifier.MoreThan);
    }

    [Theory]
    [InlineData("About 300 Vorland St Orlen residents signed the letter.", 300)]
    [InlineData("Some 1,200 Kestrel St Vessa homes lost power.", 1200)]
    [InlineData("As of June 30, 1200 were infected in Brenmoor.", 1200)]
    [InlineData("At Kestrel Bay Hospital 58 patients were treated for burns.", 58)]
    [InlineData("In Lindenport 43 people died after the storm.", 43)]
    public void Recognize_CountAfterSaintOrDate_StaysACount(string text, double value)
    {
        QuantityRecognizer.Default.Recognize(text)
            .Should().Contain(m => m.Quantity.Value == value, "'{0}' counts people or homes", text);
    }

    [Fact]
    public void Recognize_CountBeforeAbbreviatedSaint_StaysACount()
    {
        QuantityRecognizer.Default.Recognize("Brenmoor fielded 4 St Orlen pupils in the final.")
            .Should().Contain(m => m.Quantity.Value == 4, "a two-letter street abbreviation makes a house number only after the street's name");
    }

    [Fact]
    public void Recognize_TopAsAVerb_KeepsTheFigure()
    {
        QuantityRecognizer.Default.Recognize("Officials in Vorland said arrivals may top 7,400 this year.")
            .Should().Contain(m => m.Quantity.Value == 7400, "'top' with no determiner before it is a verb, not a ranking's tier");
    }

    public static TheoryData<string, double, QuantityChange> Changes => new()
    {
        // A plus sign joined to a figure marks a gain; a sum does not.
        { "Vorland coffee was 3.15 higher (+2.35%) at the close.", 2.35, QuantityChange.Increase },
        { "Ostrava robusta +47 in early trade.", 47, QuantityChange.Increase },
        { "The quiz asked whether 3+4 was 7 in Brenmoor.", 4, QuantityChange.None },
        { "Overnight lows in Kestrel Bay of +3C are forecast.", 3, QuantityChange.None },
        { "Brenmoor will swing from -4C to +6C by Friday.", 6, QuantityChange.None },
        { "Vorland shares closed +1.8% at 61 crowns.", 1.8, QuantityChange.Increase },
        { "Lindenport callers can ring +31 45 6602 118 for help.", 31, QuantityChange.None },
        { "Kestrel Bay keeps clocks at UTC+9 all year, with 41 ferries a day.", 9, QuantityChange.None },
        { "The carmaker will lay off 1,200 workers at its Vorland plant.", 1200, QuantityChange.Decrease },
        { "Brenmoor's two dairies lowered their milk intake by a combined 9,500 litres.", 9500, QuantityChange.Decrease },
        { "Flats in Brenmoor are 9.5% cheaper than a year ago.", 9.5, QuantityChange.Decrease },
        { "Kestrel Bay season tickets are 4 percent dearer this year.", 4, QuantityChange.Increase },
        { "Field trials showed yield reductions of 12% on the dry plots.", 12, QuantityChange.Decrease },
        { "Ticket sales rose by 9% in Vorland and 14% in Lindenport.", 14, QuantityChange.Increase },
        { "The thaw raised the Vorland lake by 4.1 metres and Brenmoor's by 2.6 metres.", 2.6, QuantityChange.Increase },
        { "Vorland copper had its steepest one-day fall in a decade.", 1, QuantityChange.None },
        { "The Brenmoor index ended a three-month decline on Friday.", 3, QuantityChange.None },
        { "The airline plans to eliminate 450 positions by June.", 450, QuantityChange.Decrease },
        { "The insurer is cutting 6% of its staff, or 310 jobs, this year.", 310, QuantityChange.Decrease },
        { "Diesel was down 3.1p a litre or 2% on the week.", 2, QuantityChange.Decrease },
        { "Petrol rose 23 cents to $4.10 a gallon.", 23, QuantityChange.Increase },
        { "Petrol rose 23 cents to $4.10 a gallon.", 4.10, QuantityChange.None },
        { "Sales fell by 3% in the quarter.", 3, QuantityChange.Decrease },
        { "The shares were up 8 per cent at midday.", 8, QuantityChange.Increase },
        { "The index was down 1.2% in late trading.", 1.2, QuantityChange.Decrease },
        { "The stock gained 4.5 percent on the news.", 4.5, QuantityChange.Increase },
        { "The bank shed 40 cents to close at $12.80.", 40, QuantityChange.Decrease },
        { "The bank shed 40 cents to close at $12.80.", 12.80, QuantityChange.None },
        { "Exports jumped 14% from a year earlier.", 14, QuantityChange.Increase },
        { "Imports slid 6.3 percent in July.", 6.3, QuantityChange.Decrease },
        { "The currency plunged 9% against the dollar.", 9, QuantityChange.Decrease },
        { "Home prices climbed 2.4% in the spring.", 2.4, QuantityChange.Increase },
        { "Payrolls increased by 210,000 jobs in May.", 210000, QuantityChange.Increase },
        { "The firm cut 1,200 jobs in Europe.", 1200, QuantityChange.Decrease },
        { "Employers added 175,000 jobs last month.", 175000, QuantityChange.Increase },
        { "Unemployment dropped to 3.9% in June.", 3.9, QuantityChange.None },
        { "Prices went from $5 to $3 in a week.", 5, QuantityChange.None },
        { "Prices went from $5 to $3 in a week.", 3, QuantityChange.None },
        { "The shares ended 6.9% higher in London.", 6.9, QuantityChange.Increase },
        { "The stock closed 2 percent lower at 410p.", 2, QuantityChange.Decrease },
        { "Tuition will see a 4% rise next year.", 4, QuantityChange.Increase },
        { "The retailer reported a 9% decline in sales.", 9, QuantityChange.Decrease },
        { "The board approved a 3 percent pay increase.", 3, QuantityChange.Increase },
        { "Output posted a 2.1% drop in March.", 2.1, QuantityChange.Decrease },
        { "The Dow fell 512 points, or 1.4%, to 35,100.", 1.4, QuantityChange.Decrease },
        { "The Dow fell 512 points, or 1.4%, to 35,100.", 35100, QuantityChange.None },
        { "The central bank lowered its main rate by half a percentage point.", 0.5, QuantityChange.Decrease },
        { "Gold gave up $7.40 to $1,915.20 an ounce.", 7.40, QuantityChange.Decrease },
        { "Gold gave up $7.40 to $1,915.20 an ounce.", 1915.20, QuantityChange.None },
        { "The tracker edged up 0.2% on Monday.", 0.2, QuantityChange.Increase },
        { "Brent eased 31 cents to $82.10 a barrel.", 31, QuantityChange.Decrease },
        { "The party won 42 seats, up from 30.", 30, QuantityChange.None },
        { "The ruling party lost 13 seats in the vote.", 13, QuantityChange.Decrease },
        { "The opposition gained 11 seats in the north.", 11, QuantityChange.Increase },
        { "The team made up 14 points in the final quarter.", 14, QuantityChange.None },
        { "Fares will be raised by 5% in January.", 5, QuantityChange.Increase },
        { "The subsidy was slashed by 40% this year.", 40, QuantityChange.Decrease },
        { "Growth accelerated to 2.9% in the fourth quarter.", 2.9, QuantityChange.None },
        { "The fund's assets swelled 18% to $4 billion.", 18, QuantityChange.Increase },
        { "Traffic deaths declined 7 percent last year.", 7, QuantityChange.Decrease },
        { "The wage bill grew 4.2 per cent in 2023.", 4.2, QuantityChange.Increase },
        { "Spending was trimmed by $3 billion in the budget.", 3e9, QuantityChange.Decrease },
        { "The stock tumbled 22% after the recall.", 22, QuantityChange.Decrease },
        { "Crude soared 5 percent after the attack.", 5, QuantityChange.Increase },
        { "Wheat futures dipped 1.1% in Chicago.", 1.1, QuantityChange.Decrease },
        { "The yield rose 6 basis points to 4.31%.", 6, QuantityChange.Increase },
        { "In the end 4,120 voters turned up at Lindenport's polling stations.", 4120, QuantityChange.None },
        { "About 900 fans showed up outside the Brenmoor ground.", 900, QuantityChange.None },
        { "Gales knocked down 3,400 pines across Kestrel Bay.", 3400, QuantityChange.None },
        { "Vorland's ports reported gains of 6.2 percent and 4.8 percent.", 6.2, QuantityChange.Increase },
        { "Ostrava publishers paid advances of $15,000 to six authors.", 15000, QuantityChange.None },
        { "Ostrava's mills saw dips of 2.5% in March.", 2.5, QuantityChange.Decrease },
        { "The yield rose 6 basis points to 4.31%.", 4.31, QuantityChange.None },
        { "The index is 11 points higher than a week ago.", 11, QuantityChange.Increase },
        { "The ratio has narrowed by 0.3 points since June.", 0.3, QuantityChange.Decrease },
        { "Costs have ballooned by 60% since the launch.", 60, QuantityChange.Increase },
        { "The index closed 1.2%, or 48 points, lower on Friday.", 1.2, QuantityChange.Decrease },
        { "The index closed 1.2%, or 48 points, lower on Friday.", 48, QuantityChange.Decrease },
        { "Wheat slid 2.4% and the corn contract 3.1% on Monday.", 3.1, QuantityChange.Decrease },
        { "Exports grew by 40,000 tonnes in May and by 55,000 tonnes in June.", 55000, QuantityChange.Increase },
        { "Fees will be cut by 5% or 8% next year.", 8, QuantityChange.Decrease },
        { "Smokers in the study were 25% more likely to fall ill.", 25, QuantityChange.Increase },
        { "The shekel ended 0.2% firmer against the dollar.", 0.2, QuantityChange.Increase },
        { "Copper now trades 15 percent below its March peak.", 15, QuantityChange.Decrease },
        { "The average commute lengthened by 6 minutes last year.", 6, QuantityChange.Increase },
        { "The season was extended by two weeks.", 2, QuantityChange.Increase },
        { "The fund suffered a 5% loss in March.", 5, QuantityChange.Decrease },
        { "The party polled four per cent less than in the spring.", 4, QuantityChange.Decrease },
        { "Payrolls grew only 90,000 last month.", 90000, QuantityChange.Increase },
        { "The pound fell just 0.1% on Friday.", 0.1, QuantityChange.Decrease },

        { "Farms make up just 3 percent of Brenmoor's economy.", 3, QuantityChange.None },
        { "Vorland's trade surplus is 9% bigger than a year ago.", 9, QuantityChange.Increase },
        { "The Ostrava harvest was 4% smaller than in 2019.", 4, QuantityChange.Decrease },

        // A direction verb further back from "by", past a "from" that starts no amount; and a second "by" amount joined by "and" to
        // a first.
        { "The pill lowered the chance of a stroke in Vorland by 31 percent.", 31, QuantityChange.Decrease },
        { "The scheme cut the number of deaths from falls by 18%.", 18, QuantityChange.Decrease },
        { "Brenmoor raised the charges for water from its reservoirs by 6 percent.", 6, QuantityChange.Increase },
        { "Diet cut salt by 2 grams and systolic pressure by 5 mmHg.", 5, QuantityChange.Decrease },
        { "Sales fell 25%-30% in Ostrava this year.", 25, QuantityChange.Decrease },

        // A margin or an agent after a passive is no change, nor is a "by" amount past "to" and a verb; the verb after "to" still counts.
        { "The bill to lift the Vorland speed limit was passed by 214 votes to 97.", 214, QuantityChange.None },
        { "A proposal to trim harbour fees in Lindenport was rejected by 17 votes.", 17, QuantityChange.None },
        { "Bonds slid after a scheme to freeze tolls was endorsed by 71% of councillors.", 71, QuantityChange.None },
        { "Ostrava plans to cut its water use by 14 percent.", 14, QuantityChange.Decrease },
        { "The port raised the cost of a berth in Kestrel Bay by 9 percent.", 9, QuantityChange.Increase },

        // A second "by" after "and" and a passive names an agent, not a second change.
        { "The Brenmoor lender cut rates by 0.35 points and was followed by 4 rival lenders.", 4, QuantityChange.None },
        { "Exports rose by 7% and were helped by 2 new ports.", 2, QuantityChange.None },
        { "Exports rose by 7% and were helped by 2 new ports.", 7, QuantityChange.Increase },
        // A pay raise after a percentage is an increase.
        { "Staff at Brenmoor get a 4% raise this year.", 4, QuantityChange.Increase },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Recognize_ChangeWords_MarkIncreaseOrDecrease(string text, double value, QuantityChange change)
    {
        Find(text, value).Change.Should().Be(change);
    }

    public static TheoryData<string, double, Qualifier> Qualifiers => new()
    {
        { "The shares were up about 8 per cent.", 8, Qualifier.Approximately },
        { "Brenmoor paid roughly a 23 percent premium for the stake.", 23, Qualifier.Approximately },
        { "Lindenport shares carry nearly a 6 percent yield.", 6, Qualifier.Approximately },
        { "Vessa stock traded at around a 14 percent discount.", 14, Qualifier.Approximately },

        // "about" and "around" before an article are prepositions, not approximations.
        { "The Vorland film is about a 13-year-old fisherman.", 13, Qualifier.Exact },
        { "Ostrava exporters worried about a 35 percent tariff.", 35, Qualifier.Exact },
        { "Reporters asked about a $7 billion Brenmoor deal.", 7e9, Qualifier.Exact },
        { "The Kestrel Bay chapel was built around a 70-foot oak.", 70, Qualifier.Exact },
        { "The stock fell more than 3% in an hour.", 3, Qualifier.MoreThan },
        { "Sales rose nearly 40% in the quarter.", 40, Qualifier.Approximately },
        { "The number of dead in Vorland was approaching 600 on Sunday.", 600, Qualifier.Approximately },
        { "Brenmoor's flood toll approaches 90 as the water recedes.", 90, Qualifier.Approximately },
        { "Households earning $50,000 or more pay the surcharge.", 50000, Qualifier.MoreThan },
        // The tilde written for "about"; "average" as the verb before a figure, but not after "the", a possessive or a determiner,
        // where it is the adjective naming the statistic; nor after "need(s) to", which sets a required figure.
        { "Tickets for the Harrowfield gala cost ~$45 each.", 45, Qualifier.Approximately },
        { "Shifts at the Vessa sawmill average 9 hours.", 9, Qualifier.Approximately },
        { "Readings at the Kelby weather mast average -6 C in a typical February.", -6, Qualifier.Approximately },
        { "The average 4.2% rise in Corley rents surprised landlords.", 4.2, Qualifier.Exact },
        { "Velmar's average 2.5% fee is the lowest in Harrowfield.", 2.5, Qualifier.Exact },
        { "Commuters blamed their average 12-minute wait on the Corley signals.", 12, Qualifier.Exact },
        { "To stay in the league, Orrin Rovers need to average 2 points a match.", 2, Qualifier.Exact },
        { "The Kelby pension fund needs to average 6% a year until 2040.", 6, Qualifier.Exact },
        { "People sleeping six hours or less were at risk.", 6, Qualifier.LessThan },
        { "The trial enrolled adults aged 50 and over.", 50, Qualifier.AtLeast },
        { "The dollar bought 145 yen on average in May.", 145, Qualifier.Approximately },
        { "Employers added an average of 190,000 jobs a month.", 190000, Qualifier.Approximately },
        { "The forward averaged 21.5 points a game.", 21.5, Qualifier.Approximately },
        { "Gusts topped 70 mph on the ridge.", 70, Qualifier.MoreThan },
        { "Inflation exceeded 9% last autumn.", 9, Qualifier.MoreThan },
        { "Most homes lie within 5 miles of the plant.", 5, Qualifier.AtMost },
        { "Well over 2,000 people joined the march.", 2000, Qualifier.MoreThan },
        { "Losses were estimated at $3.2 million.", 3.2e6, Qualifier.Approximately },
        { "The storm could dump up to 2 feet of snow.", 2, Qualifier.UpTo },
        { "As many as 400 flights were cancelled.", 400, Qualifier.UpTo },
        { "Fewer than 50 tickets are left for the final.", 50, Qualifier.LessThan },
        { "At least 14 people died in the floods.", 14, Qualifier.AtLeast },
        { "No more than 30 guests may attend.", 30, Qualifier.AtMost },
        { "The Ostrava thermometer rose no higher than -14.5 degrees C.", -14.5, Qualifier.AtMost },
        { "Vorland's reserve ratio may fall no lower than 6.5%.", 6.5, Qualifier.AtLeast },
        { "Roughly 1,200 homes lost power overnight.", 1200, Qualifier.Approximately },
        { "Some 600 workers walked out on Friday.", 600, Qualifier.Approximately },
        { "Just under 40% of voters backed the plan.", 40, Qualifier.LessThan },
        { "The project will cost upwards of $5 billion.", 5e9, Qualifier.MoreThan },
        { "Up to 3 inches (7.6 centimetres) of rain fell.", 7.6, Qualifier.UpTo },
        { "The firm employs 30,000 people or so worldwide.", 30000, Qualifier.Approximately },
        { "The rover can travel up to 40 km, or 25 miles, on one charge.", 25, Qualifier.UpTo },
        { "The glacier lost about 300 feet, or 91 metres, of ice.", 91, Qualifier.Approximately },
        { "Gusts could top 60 mph on the coast tonight.", 60, Qualifier.MoreThan },
        { "Winds eased to near 15 mph by dawn.", 15, Qualifier.Approximately },
        { "Some patients waited longer than 12 weeks for surgery.", 12, Qualifier.MoreThan },
        { "Half the squad shot 40% or better from the floor.", 40, Qualifier.MoreThan },
        { "The probe passed as close as 50 miles from the moon.", 50, Qualifier.AtMost },
        { "Growth is forecast to slow and average 1.5% next year.", 1.5, Qualifier.Approximately },
        { "The inmate served more than 2 years and 3 months before release.", 3, Qualifier.MoreThan },
        { "Overnight lows of around -7 degrees are expected in the valleys.", -7, Qualifier.Approximately },
        { "The council must decide within the next three weeks.", 3, Qualifier.AtMost },
        { "The gauge on the pass fell below minus 20C for a week.", -20, Qualifier.LessThan },

        // A verb before "up to" or "over" that takes it: the level reached, the number handed over.
        { "Vorland's bond yield edged up to 4.35% on Friday.", 4.35, Qualifier.Exact },
        { "The Lindenport yard handed over 23 ferries last year.", 23, Qualifier.Exact },
        { "Lindenport's rents averaged only 2.9% growth over the decade.", 2.9, Qualifier.Approximately },

        // A comparative adjective and "than" before the number bound it.
        { "Only Vorland flats bigger than 1,400 sq ft were taxed.", 1400, Qualifier.MoreThan },
        { "Lindenport lambs lighter than 47 lb. sold first.", 47, Qualifier.LessThan },
        // A denied movement past a figure is a floor or a ceiling.
        { "The Vorland fare cannot drop below $14 under the new rules.", 14, Qualifier.AtLeast },
        { "Brenmoor's shop price could not go below 230 crowns, the maker said.", 230, Qualifier.AtLeast },
        { "Shifts in Kestrel Bay must not exceed 11 hours.", 11, Qualifier.AtMost },
        { "Vorland's flood bills since 2019 added up to 940 million crowns.", 940e6, Qualifier.Exact },
        { "Barges wider than 11.5m cannot pass the Brenmoor lock.", 11.5, Qualifier.MoreThan },
        { "Kestrel Bay's exports were 6% higher than two years earlier.", 2, Qualifier.Exact },
        // ... but not after a difference, nor before a past time.
        { "The Lindenport crowd was 35% larger than 12 years ago.", 12, Qualifier.Exact },
        { "Vorland's ewes are 15 per cent heavier than 25 years ago.", 25, Qualifier.Exact },
        { "Brenmoor's sea ice is thinner than 40 years ago.", 40, Qualifier.Exact },
        { "Kestrel Bay's imports were 7% bigger than three years earlier.", 3, Qualifier.Exact },
        { "Ostrava's fleet was smaller than 9 years previously.", 9, Qualifier.Exact },
        { "The new Vessa arena is four times bigger than 1,850-seat Orlen Hall.", 1850, Qualifier.Exact },
    };

    public static TheoryData<string, double> Negatives => new()
    {
        { "The thermometer at the pass read minus 14.5C at dawn.", -14.5 },
        { "The central bank cut its deposit rate to minus 0.25 percent.", -0.25 },
        { "The poll has a margin of error of plus or minus 4 points.", 4 },

        // "below zero", and degrees "below" with nothing it compares with after it; not a difference from normal, a peak or a market level.
        { "Brenmoor fell to 23 below zero on Tuesday night.", -23 },
        { "The gauge in Ostrava read 31 degrees below in the early hours.", -31 },
        { "The Kestrel index closed 120 below at 3,400.", 120 },
        { "The wind chill reached 44 degrees below zero.", -44 },
        { "Highs in Vorland ran 11 degrees below normal.", 11 },
        { "Lindenport shares are 17% below their peak.", 17 },
    };

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Recognize_MinusSignOrWord_GivesTheSign(string text, double value)
    {
        Find(text, value).Quantity.Value.Should().Be(value);
    }

    [Theory]
    [MemberData(nameof(Qualifiers))]
    public void Recognize_QualifierWords_SetTheBound(string text, double value, Qualifier qualifier)
    {
        Find(text, value).Quantity.Qualifier.Should().Be(qualifier);
    }

    public static TheoryData<string, double, double, UnitKind, string> Ranges => new()
    {
        { "Gusts reached 45 mph to 55 mph overnight.", 45, 55, UnitKind.Physical, "mph" },
        { "Forecasts put growth at 2% to 2.5% next year.", 2, 2.5, UnitKind.Percentage, "percent" },
        { "The fee is between £250 million and £280 million.", 250e6, 280e6, UnitKind.Currency, "GBP" },
        { "Seas may stand 0.3m to 0.8m higher by 2100.", 0.3, 0.8, UnitKind.Physical, "m" },
        { "Kestrel Bay set the price band at Rs. 318 to Rs. 334 per share.", 318, 334, UnitKind.Currency, "INR" },
        { "The dose is 20 to 40 milligrams a day.", 20, 40, UnitKind.Physical, "mg/d" },
        { "Most places got between two and four inches of rain.", 2, 4, UnitKind.Physical, "in" },
        { "The trip takes 3-4 hours by road.", 3, 4, UnitKind.Duration, "hour" },
        { "Tickets cost $40-$60 at the door.", 40, 60, UnitKind.Currency, "USD" },
        { "The pack holds 8-10 batteries.", 8, 10, UnitKind.Count, "battery" },
        { "Trials enrol 30,000 to 50,000 people each.", 30000, 50000, UnitKind.Count, "person" },
        { "Gauges showed anywhere from 1 to 2 1/2 inches of rain.", 1, 2.5, UnitKind.Physical, "in" },
        { "Seats ranging from $15 to $40 sold out in an hour.", 15, 40, UnitKind.Currency, "USD" },
        // A price or a span "from X to Y" with no verb of change.
        { "A Vorland footbridge costs from $215 to $290 per square foot.", 215, 290, UnitKind.Currency, "USD" },
        { "The Ostrava viaducts' decks run from $120 to $310 a foot.", 120, 310, UnitKind.Currency, "USD" },
        { "Lindenport's jetties have spans from 7 ft to 96 ft.", 7, 96, UnitKind.Physical, "ft" },
        { "The old bells of Lindenport weigh from 300 to 900 kg.", 300, 900, UnitKind.Physical, "kg" },
        { "Adult eels in Kestrel Bay measure from 40 to 75 cm.", 40, 75, UnitKind.Physical, "cm" },
        // A percent sign at both ends after a change word; an amount joined to its currency, then digits or the same letters.
        { "Vorland Mutual's rents rose 4%-6% last quarter.", 4, 6, UnitKind.Percentage, "percent" },
        { "Flats in Lindenport let for AED42,000 - 51,000 a year.", 42000, 51000, UnitKind.Currency, "AED" },
        { "A Brenmoor studio rents for between Dh61,000 and Dh68,000.", 61000, 68000, UnitKind.Currency, "AED" },
        { "Ostrava rice sells for P47.10 to P52.80 per kilo.", 47.1, 52.8, UnitKind.Currency, "PHP" },
        { "The fund puts ₹15-25 lakhs into each Vorland start-up.", 1.5e6, 2.5e6, UnitKind.Currency, "INR" },
    };

    public static TheoryData<string> NoRanges => new()
    {
        // "from X to Y" after a range-from word used as a noun, or after a change verb in the clause, is a change.
        "Vorland Mutual shares rose in early trading from $14 to $17.",
        "The Lindenport council raised the cost from $4 to $6 per sack.",
        "Brenmoor extended the run from 12 to 18 weeks.",
        "Better care raised the life span from 64 to 77 years in Ostrava.",
        "Engineers doubled the span from 150 m to 300 m.",
        "Kestrel Bay widened the bridge's span from 60 m to 90 m.",
        // After a change, a spaced dash opens an aside rather than joining two ends.
        "Rents in Lindenport rose 4% — 7% in euro terms — over the year.",
        "Rents in Lindenport rose 4% - 7% in euro terms - over the year.",
    };

    [Theory]
    [MemberData(nameof(NoRanges))]
    public void Recognize_FromToAfterNounOrChange_IsNoRange(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Qualifier == Qualifier.Range, "'{0}' states a change", text);
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Recognize_Range_ReadsBothEndsAndTheUnit(string text, double low, double high, UnitKind kind, string unit)
    {
        var quantity = Find(text, low).Quantity;

        quantity.Qualifier.Should().Be(Qualifier.Range);
        quantity.High.Should().Be(high);
        quantity.Unit.Kind.Should().Be(kind);
        quantity.Unit.Name.Should().Be(unit);
    }

    public static TheoryData<string, double, UnitKind, string> Rates => new()
    {
        { "The board declared a dividend of $1.40 a share.", 1.40, UnitKind.Count, "share" },
        { "The guard averages 11 points per game.", 11, UnitKind.Count, "game" },
        { "Brent traded at $84 a barrel on Monday.", 84, UnitKind.Physical, "bbl" },
        { "Gas at the Vorland hub settled at $3.12/mmbtu.", 3.12, UnitKind.Physical, "MMBtu" },
        { "Homes sold for $310 per square foot in May.", 310, UnitKind.Physical, "ft²" },
        { "Flats in the old town sell for €5,200 per square metre.", 5200, UnitKind.Physical, "m²" },
        { "Building in Kestrel Bay costs $8,100/m^2 on average.", 8100, UnitKind.Physical, "m²" },
        { "The loan carries 7% per annum in interest.", 7, UnitKind.Duration, "year" },
        { "Diesel costs $4.80 a gallon in California.", 4.80, UnitKind.Physical, "gal" },
        { "The club pays 40 cents a share each quarter.", 40, UnitKind.Count, "share" },
        { "The shekel was fixed at NIS 3.71 per dollar.", 3.71, UnitKind.Currency, "USD" },
        { "The rookie averages 7.2 rebounds per game.", 7.2, UnitKind.Count, "game" },
        { "Employers added 220,000 jobs a month on average.", 220000, UnitKind.Duration, "month" },
        { "The council pays a 12-cent-a-share dividend.", 12, UnitKind.Count, "share" },
        { "Crude settled at $71 a barrel after the report.", 71, UnitKind.Physical, "bbl" },
        { "The centre grabbed 12.5 rebounds a game before his injury.", 12.5, UnitKind.Count, "game" },
        { "Factories lost 12,000 jobs a month in spring and 9,000 a month in summer.", 9000, UnitKind.Duration, "month" },
        { "Soybeans closed at $13.47 a bushel in Lindenport.", 13.47, UnitKind.Physical, "bu" },
        { "Copper fetched $4.13 a pound in Vorland.", 4.13, UnitKind.Physical, "lb" },
        { "Brenmoor steers brought $171.40 per cwt on Tuesday.", 171.4, UnitKind.Physical, "cwt" },
        { "Vorland hogs closed at $83.15/cwt in light trade.", 83.15, UnitKind.Physical, "cwt" },
        { "Lindenport recorded 318 deaths per 100,000 residents last winter.", 318, UnitKind.Count, "100000 resident" },
        { "Brenmoor logged 47.3 admissions per 100,000 people in the week.", 47.3, UnitKind.Count, "100000 people" },
        { "Kestrel Bay logged 12.6 births per 1,000 persons last year.", 12.6, UnitKind.Count, "1000 people" },

        // A rate after a converted amount in brackets is the rate of both amounts.
        { "Vorland wool fetched £2,410 (€2,790) a tonne on Monday.", 2410, UnitKind.Physical, "t" },
        { "Vorland wool fetched £2,410 (€2,790) a tonne on Monday.", 2790, UnitKind.Physical, "t" },

        // A time joined by hyphens to the amount.
        { "The Vorland striker will earn £212,000-a-week.", 212000, UnitKind.Duration, "week" },

        // An abbreviation that makes money a rate on its own; a counted lexicon unit after "per" or "/" keeps its name.
        { "A four-bedroom flat in Kestrel Bay sold at S$2,915 psf.", 2915, UnitKind.Physical, "ft²" },
        { "Villas in Brenmoor now rent for AED185,000 pa.", 185000, UnitKind.Duration, "year" },
        { "Spot rates from Lindenport to Ostrava rose to $1,437 per TEU.", 1437, UnitKind.Count, "twenty-foot equivalent unit" },
        { "Boxes from Vorland to Brenmoor cost US$2,214/FEU this week.", 2214, UnitKind.Count, "forty-foot equivalent unit" },
        // An amount that runs to an amount in the same unit with a rate takes the rate; an amount after "and" does not.
        { "Parking in central Vorland went from €2.50 to €3.20 an hour after the vote.", 2.50, UnitKind.Duration, "hour" },
        { "Lindenport bus drivers are offered £11 or £12 per hour.", 11, UnitKind.Duration, "hour" },
        // A length joined to its unit before the noun the rate is per.
        { "Brenmoor shippers are charged $1,480 per 20-foot crate.", 1480, UnitKind.Count, "crate" },
        { "Kestrel Bay exporters paid $1,980 per 20ft box last month.", 1980, UnitKind.Count, "box" },

        // A period followed by "earlier" is a time only when the clause ends there.
        { "Lindenport renters paid $47 a month earlier this year for parking.", 47, UnitKind.Duration, "month" },
        { "Ostrava tenants paid $260 a week later in the decade.", 260, UnitKind.Duration, "week" },

        // An exchange rate against a currency named in more than one word.
        { "Kestrel Bay money changers fixed the rupiah at IDR 16,410 per US dollar.", 16410, UnitKind.Currency, "USD" },
        { "Lindenport banks quoted 7.83 Hong Kong dollars per US dollar.", 7.83, UnitKind.Currency, "USD" },
    };

    [Theory]
    [MemberData(nameof(Rates))]
    public void Recognize_Rate_NamesWhatTheAmountIsPer(string text, double value, UnitKind kind, string per)
    {
        var mention = Find(text, value);

        mention.Per.Kind.Should().Be(kind);
        mention.Per.Name.Should().Be(per);
    }

    public static TheoryData<string, double> Fractions => new()
    {
        { "Almost half of the votes were counted by midnight.", 0.5 },
        { "A quarter of a million people lined the route.", 250000 },
        { "The index dipped half a percentage point.", 0.5 },
        { "Two-thirds of the members voted yes.", 2.0 / 3 },
        { "The fund lost one-third of its value.", 1.0 / 3 },
        { "The shortstop is batting .287 this month.", 0.287 },
        { "Officials voted for a .25-point cut.", 0.25 },
        { "Workers put in two and a half extra hours.", 2.5 },
        { "The mayor said a million and a half visitors came to Vorland.", 1.5e6 },
        { "Organisers counted two million and a half marchers in Ostrava.", 2.5e6 },
        { "Fans bought three and a half million tickets.", 3.5e6 },
        { "The economy grew 1/2 percent in the quarter.", 0.5 },
        { "Nearly three quarters of a billion dollars was raised.", 7.5e8 },
        { "Waiting lists have shrunk by four fifths since the peak.", 0.8 },
        { "Nearly two thirds of renters said their costs rose.", 2.0 / 3 },
        { "Vorland savers are told to follow the 60/25/15 rule.", 60 }, // no day and month: a split, not a date
        { "The Ostrava board agreed a 45/45/10 split of the fund.", 45 },
    };

    [Theory]
    [MemberData(nameof(Fractions))]
    public void Recognize_FractionsAndLeadingPoints_ReadTheValue(string text, double value)
    {
        QuantityRecognizer.Default.Recognize(text).Should().Contain(m => Math.Abs(m.Quantity.Value - value) < 1e-6, "'{0}' states {1}", text, value);
    }

    [Theory]
    [InlineData("The Ostrava river rose a half metre overnight.", 0.5, "m")]
    [InlineData("Engineers found a quarter inch crack in the Brenmoor bridge.", 0.25, "in")]
    [InlineData("Runners in Kestrel Bay walked a half mile to the finish.", 0.5, "mi")]
    public void Recognize_ArticleAndFractionBeforeAUnit_IsTheFractionInThatUnit(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Fact]
    public void Recognize_SatoshisAfterANumber_IsTheBitcoinSubunit() =>
        Find("Transfer fees on the Brenmoor exchange fell to 40 satoshis.", 40).Quantity.Unit.Name.Should().Be("satoshi");

    [Theory]
    [InlineData("Vorland exports fell for a third year running.")]
    [InlineData("Lindenport prices rose for a fifth month in a row.")]
    public void Recognize_ArticleAndOrdinalBeforeAUnitOfTime_IsNoFraction(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value > 0 && m.Quantity.Value < 1, "'{0}' has an ordinal, not a fraction", text);

    [Theory]
    [InlineData("Police in Kestrel Bay said that one person died in the fire.")]
    [InlineData("The Vorland ministry confirmed that one soldier was wounded.")]
    public void Recognize_OneAfterTheConjunctionThat_IsACount(string text) =>
        Find(text, 1).Quantity.Unit.Kind.Should().Be(UnitKind.Count);

    [Theory]
    [InlineData("Brenmoor voters said they preferred that one.")]
    [InlineData("That one was the costliest storm in Lindenport.")]
    public void Recognize_ThatOneWithNoNounAfterIt_IsAPronoun(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == 1, "'{0}' has a pronoun, not a count", text);

    [Theory]
    [InlineData("The odds of taking the Brenmoor jackpot are one in 41.6 million.")]
    [InlineData("Lindenport puts the chance of a direct hit at one in 12,500.")]
    [InlineData("Harwick insurers rate the risk of a winter flood at one in 2500.")]
    public void Recognize_OneInALargeWhole_IsTheCountOfTheOdds(string text) =>
        Find(text, 1).Quantity.Unit.Kind.Should().Be(UnitKind.None);

    [Fact]
    public void Recognize_OneInAYear_StaysAPronoun() =>
        QuantityRecognizer.Default.Recognize("Only one in 2019 finished the Vorland course.").Should().NotContain(m => m.Quantity.Value == 1);

    [Fact]
    public void Recognize_OneInAYearBeforeEighteenHundred_StaysAPronoun() =>
        QuantityRecognizer.Default.Recognize("Just one in 1500 sailed from the Quillon harbour.").Should().NotContain(m => m.Quantity.Value == 1);

    [Fact]
    public void Recognize_OneInAThousandWithAComma_IsOnlyAProportion()
    {
        var quantity = QuantityRecognizer.Default.Recognize("Harwick surveyors judged one in 1,000 bridges unsafe.").Should().ContainSingle().Subject.Quantity;
        quantity.Unit.Kind.Should().Be(UnitKind.Percentage);
        quantity.Value.Should().Be(0.1);
    }

    public static TheoryData<string, string> NotAmounts => new()
    {
        { "Brenmoor police gave reference 417 of 19/08/23 to callers.", "19" }, // a date written with slashes
        { "The lender reported the hack to regulators on Friday in its 8-K.", "8" }, // a form, not eight of anything
        { "Its latest 10-Q shows the charge in full.", "10" },
        { "Two-wheeler sales in Vorland rose 8% in the quarter.", "2" }, // a vehicle type, not a count
        { "A four-wheeler was stopped at the Brenmoor check-post.", "4" },
        { "Floods hit regions 4 and 5 of Lindenport province.", "5" }, // identifiers listed after a plural label
        { "The ferry was renamed number 7 after the refit.", "7" }, // "number" after a verb stays an identifier
        { "Vorland's governor signed proclamations 57 and 58 on Tuesday.", "58" },
        { "Vorland's governor signed proclamations 57 and 58 on Tuesday.", "57" },
        { "The Vessa notice is dated 4/11/2022 in Ostrava.", "4" },
        { "Thousands marched through Brenmoor on Sunday (14/9) against the plan.", "14" }, // a weekday's date in brackets
        { "Vorland's council met on Tuesday (3/18) and again on Friday.", "3" },
        { "Nurses picketed the Brenmoor hospital on Thursday (11) over unpaid overtime.", "11" }, // a day alone in brackets, not an age
        { "Fans expect the iPhone 9 to go on sale in the autumn.", "9" },
        { "Brenmoor fell to 23 below zero on Tuesday night.", "0" },
        { "The iPad 4 models will ship with a faster chip.", "4" },
        { "The Lindenport side finished in the top six for the first time.", "6" },
        { "She stayed in the world's top ten for most of the decade.", "10" },
        { "The 10-year Treasury yield rose to 4.2%.", "10" },
        { "Rates on 30-year fixed mortgages hit 7%.", "30" },
        { "The two-year note yield slipped on Friday.", "2" },
        { "Vessa traders sold 3-year and 7-year notes on Monday.", "3" }, // two terms of one instrument joined by "and"
        { "Orlen's 5-year or 30-year bonds may be sold first.", "5" },
        { "Kestrel Valley homeowners took out 25-year loans at 5%.", "25" },
        { "The 10-year benchmark closed higher in Vessa.", "10" },
        { "Ostrava's 20-year borrowing costs climbed on Monday.", "20" },
        { "The 15-year debt sold out in Lindenport within an hour.", "15" },
        { "Vessa played in rounds 1,2 and 3 of the cup.", "1.2" }, // a list written without spaces, not a decimal comma
        { "The team went 13-16 in May.", "13" },
        { "Congress passed Public Law 117-58 last year.", "117" },
        { "The BA.2 variant spread quickly in March.", "2" },
        { "Drivers who saw the Ostrava crash should quote reference 4471920.", "4471920" },
        { "The firm booked a one-time gain on the sale.", "1" },
        { "No one was hurt in the blaze.", "1" },
        { "Thousand Oaks recorded heavy rain overnight.", "1000" },
        { "COVID-19 cases rose in the region.", "19" },
        { "Fans watched the second half of the game indoors.", "0.5" },
        { "The Apollo 11 landing site was photographed again.", "11" },
        { "The vote is set for June 12 in Ohio.", "12" },
        { "The law took effect in 2019.", "2019" },
        { "She finished 4th in the final.", "4" },
        { "The 1990s were a boom decade for the town.", "1990" },
        { "The polls close at 8 p.m. on Tuesday.", "8" },
        { "Call 555-0134 for tickets.", "555" },
        { "Route 66 reopened after the storm.", "66" },
        { "Each one of the players signed the letter.", "1" },
        { "The prime minister met one of the leaders.", "1" },
        { "The protest began on may 19, organisers said.", "19" },
        { "Section 230 shields the platforms.", "230" },
        { "The B.1.1.7 strain was first seen in Kent.", "1" },
        { "The first quarter was the weakest of the year.", "0.25" },
        { "The marchers passed 4 Boulevard Magenta at noon.", "4" },
        { "Reporters waited outside 10 Downing Street.", "10" },
        { "The shop at 221 Baker Street closed.", "221" },
        { "The Lindenport bakery at 312 Harbour St. reopened on Friday.", "312" },
        { "Crews were sent to the 1400 block of North Vessa Avenue in Brenmoor.", "1400" },
        { "Tourists flocked to the Three Gorges Dam in May.", "3" },
        { "The FTSE 100 risers were led by miners.", "100" },
        { "The fair runs from June 10 to 14 in Leeds.", "14" },
        { "Talks are set for March 3 and 4, officials said.", "4" },
        { "The Galaxy Note 9 uses a larger battery.", "9" },
        { "The chapel at Lindenport was built in 1647.", "1647" },
        { "The Vorland mine has been worked since 1712, records show.", "1712" },
        { "The Lindenport bridge opened on March 3, 1761, and still stands.", "1761" },
        { "Vorland logged 7.3 cases per 100,000 people in March.", "100000" },
        { "Deaths per 100,000 residents in Lindenport fell to 41 last year.", "100000" },

        // Shooting lines, and aircraft models after "the" or after a count.
        { "The Vorland guard went 7-for-11 from the floor.", "7" },
        { "The Vorland guard went 7-for-11 from the floor.", "11" },
        { "Kestrel Bay opened the half 5-of-5 from deep.", "5" },
        { "The Ostrava airline ordered 14 jets: 9 for the 321, 5 for the 330.", "321" },
        { "The Ostrava airline took delivery of three 350 freighters.", "350" },
        // A currency letter with a small figure and nothing after it is a name.
        { "Lindenport nurses were issued N95 masks.", "95" },
        { "The R2 road out of Brenmoor reopened.", "2" },
        { "Lindenport drivers need a P1 licence.", "1" },
        // A drawn score; numbers listed after a plural identifier word.
        { "Vorland drew 2-2 with Ostrava on Saturday.", "2" },
        { "Brenmoor fought back for a 3-3 draw in Lindenport.", "3" },
        { "The Vorland ring road is shut between junctions 8 and 9 tonight.", "9" },
        { "Sections 4, 7 and 11 of the Brenmoor charter were struck down.", "11" },
        // A catalogue name after "and" whose last letter could be a scale ("b" for billion) is no listed amount.
        { "The survey had already found Vessa d, whose year lasts four days, and Kestrel 3844b, which circles its star in 9 hours.", "3844000000000" },
    };

    [Fact]
    public void Recognize_ScaleAbbreviationBeforeAName_IsATitle()
    {
        QuantityRecognizer.Default.Recognize("In 2021 Cr Hollis was elected mayor of Lindenport.").Should().NotContain(m => m.Quantity.Value > 1e6);
        QuantityRecognizer.Default.Recognize("The Brenmoor mill raised INR 340 Cr from lenders.").Should().Contain(m => m.Quantity.Value == 3.4e9);
    }

    [Fact]
    public void Recognize_AnEqualPairAboveAScore_IsKept() =>
        QuantityRecognizer.Default.Recognize("The two Brenmoor firms formed a 50-50 joint venture.").Should().Contain(m => m.Quantity.Value == 50);

    [Theory]
    [InlineData("Lindenport cancelled its N95 million masks order.")]
    [InlineData("The Vorland depot stacked N95 dozen boxes.")]
    [InlineData("Lindenport paid N40 lakh for the plot.")]
    [InlineData("Lindenport paid N40cr for the plot.")]
    [InlineData("Brenmoor Motors showed its R1T pickup in Vorland.")] // one joined letter is a scale only as a lower-case m or k
    [InlineData("The R1b haplogroup is common in Ostrava.")]
    [InlineData("The naira fell as Lindenport ordered N737 jets.")]
    [InlineData("The naira slipped as Brenmoor bought an N737 jet.")]
    [InlineData("The yen rose while Vorland launched its Y500 tablet.")]
    [InlineData("The rand firmed; Kestrel Bay's R370 road reopened on Monday.")]
    public void Recognize_CurrencyLetterBeforeCountOrSmallScale_IsNoMoney(string text)
    {
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Unit.Kind == UnitKind.Currency, "'{0}' names no money", text);
    }

    [Theory]
    [InlineData("In the flooded regions 12,000 homes in Vorland lost power.", 12000)]
    [InlineData("Across both sections 300 Brenmoor fans stood for the anthem.", 300)]
    [InlineData("The injured now number 214, the health ministry said.", 214)] // "number" as a verb
    [InlineData("Arrests could number 3,500 by Friday, officials warned.", 3500)]
    [InlineData("The dead number 45, the interior ministry said.", 45)] // the people counted, right before "number", make it a verb
    [InlineData("Those detained number 60, police said.", 60)]
    [InlineData("Casualties number 300 across the two towns.", 300)]
    public void Recognize_NumberAfterAPluralLabelWithNoListGoingOn_IsACount(string text, double value) =>
        QuantityRecognizer.Default.Recognize(text).Should().Contain(m => m.Quantity.Value == value, "'{0}' counts {1}", text, value);

    [Theory]
    [MemberData(nameof(NotAmounts))]
    public void Recognize_NumberThatIsNotAnAmount_IsNotAQuantity(string text, string value)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);

        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == number, "'{0}' holds no amount {1}", text, value);
    }

    public static TheoryData<string, double, string> Coordinated => new()
    {
        { "Turnout went from 48 to 61 percent in ten years.", 48, "percent" },
        { "The quarterback completed 20 of 29 passes.", 20, "pass" },
        { "Earnings beat forecasts in 58 of the past 60 quarters.", 58, "quarter" },
        { "The screen shows 1,080 by 2,400 pixels.", 1080, "pixel" },
        { "Prices rose 5 or 6 percent last year.", 5, "percent" },
        { "The council sold 40 of its 90 buses.", 40, "bus" },
        { "Strikes shut schools in 14 of Vorland's 26 districts.", 14, "district" }, // a possessive stands where "the" would
        { "Rallies were held in 38 of the country's 66 provinces.", 38, "province" },
        { "The laptop panel has 2560 x 1600 pixels.", 2560, "pixel" },
        { "Factories lost 12,000 jobs a month in spring and 9,000 a month in summer.", 9000, "job" },
        { "Quakes of magnitude 4.7 and 5.2 hit Vorland on Sunday.", 5.2, "magnitude" },
        // "ones" counts what the count before it in the sentence counts.
        { "Inspectors found 12 confirmed outbreaks in Vorland, plus 30 suspected ones.", 30, "outbreak" },
        { "The city opened four new clinics this year and will rebuild two older ones.", 2, "clinic" },
    };

    [Theory]
    [MemberData(nameof(Coordinated))]
    public void Recognize_NumberPairedWithAnother_SharesItsUnit(string text, double value, string unit)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);
    }

    public static TheoryData<string, double[]> Dense => new()
    {
        { "Revenue rose 12% to $4.1 billion, while net profit fell 3% to $610 million.", [12, 4.1e9, 3, 6.1e8] },
        { "The bank earned €2.3 billion, up from €1.9 billion, on a 14% jump in fees.", [2.3e9, 1.9e9, 14] },
        { "Shares gained 2.5% to 181.40 pence, valuing the group at £6.2bn.", [2.5, 181.40, 6.2e9] },
        { "Oil climbed 71 cents to $83.40 a barrel and gold added $9 to $2,010 an ounce.", [71, 83.40, 9, 2010] },
        { "Dow up 300 points as Nasdaq hits record; yields slip to 4.1%", [300, 4.1] },
        { "Inflation eases to 3.2% in March, lowest in two years", [3.2, 2] },
        { "Tesla recalls 2 million cars over Autopilot flaw", [2e6] },
        { "Storm leaves 400,000 without power, 3 dead", [400000, 3] },
        { "The S&P 500 fell 1.1%, the Nasdaq lost 1.6% and the Dow shed 0.5%.", [1.1, 1.6, 0.5] },
        { "Q3 sales reached RM1.2 billion, a 9.4% rise, while costs grew 6% to RM870 million.", [1.2e9, 9.4, 6, 8.7e8] },
        { "Profit before tax was Rs 1,024 crore against Rs 880 crore a year ago.", [1.024e10, 8.8e9] },
        { "The ECB raised rates by 25 basis points to 4%, its tenth rise in a row.", [25, 4] },
        { "About 1,500 homes were flooded and 12,000 people moved to shelters.", [1500, 12000] },
        { "The 45-year-old striker has scored 11 goals in 20 games.", [45, 11, 20] },
        { "Tickets range from $35 to $120, and 8,000 seats remain.", [35, 8000] },
        { "The merger creates a group with 90,000 staff and sales of $30bn.", [90000, 3e10] },
        { "Turnout was 64.2 per cent, down 3.1 percentage points from 2019.", [64.2, 3.1] },
        { "Mortgage rates hit 7.1%, the highest in 22 years, the agency said.", [7.1, 22] },
        { "Wildfires have burned 1.2 million acres and destroyed 900 structures.", [1.2e6, 900] },
        { "The fund cut its stake to 4.9% from 6.3%, selling 2.1 million shares.", [4.9, 6.3, 2.1e6] },
        { "The airline flew 8.4 million passengers in July, 12% more than a year before.", [8.4e6, 12] },
        { "Unemployment held at 4.2% as employers added 143,000 jobs.", [4.2, 143000] },
        { "The yen weakened past 150 per dollar, a 33-year low.", [150, 33] },
        { "The city spent $2.7 million on 40 electric buses.", [2.7e6, 40] },
        { "Measles cases rose to 1,274, the most since 1992.", [1274] },
        { "The economy shrank for two quarters in a row.", [2] },
        { "Police said they called Tom 3 times before the raid.", [3] },
        { "Storm Leaves Three Dead In Texas", [3] },
        { "On May 2 and 3 more people were rescued.", [3] },
    };

    [Theory]
    [MemberData(nameof(Dense))]
    public void Recognize_DenseFinancialSentenceOrHeadline_FindsEveryAmount(string text, double[] values)
    {
        var found = QuantityRecognizer.Default.Recognize(text).Select(m => m.Quantity.Value).ToList();

        foreach (var value in values)
        {
            found.Should().Contain(v => Math.Abs(v - value) <= Math.Abs(value) * 1e-9, "'{0}' states {1}", text, value);
        }
    }

    public static TheoryData<string, double> NoChange => new()
    {
        { "Unemployment is 4% in the state.", 4 },
        { "The group holds a 4% stake in the lender.", 4 },
        { "The bank said 5,000 more jobs were at risk.", 5000 },
        { "The firm now employs 12,000 people.", 12000 },
        { "The rate rose to 5.25% in July.", 5.25 },
        { "The index fell from 4,200 in May.", 4200 },
        { "The toll climbed to 61 on Friday.", 61 },
        { "Sales reached $1.2 billion last year.", 1.2e9 },
        { "The company made up 3 of the 10 largest deals.", 3 },
        { "The project set up 40 new clinics.", 40 },
        { "The scheme helps 40,000 households earning up to $30,000 a year.", 40000 },
        { "Profits rose 5% and 40% of analysts now rate the stock a buy.", 40 },
        { "The council asked for $2 million more than the mayor had proposed.", 2e6 },
        { "The night was 6 degrees above the old record low.", 6 },
        { "The offense piled up 450 yards in the win.", 450 },
        { "The visitors rallied from 18 points down to win.", 18 },
        { "The insurer posted a £12 million loss for the year.", 12e6 },
        { "Kestrel Bay Robotics raised $48 million from investors.", 48e6 },
        { "The Vessa club paid £23m up front for the Ostrava striker.", 23e6 },
        { "The Vorland lender plans to raise Rs 7,500 crore through bonds.", 75e9 },
    };

    [Theory]
    [MemberData(nameof(NoChange))]
    public void Recognize_LevelOrShare_IsNotAChange(string text, double value)
    {
        Find(text, value).Change.Should().Be(QuantityChange.None);
    }

    [Theory]
    [InlineData("Vorland shipped 8,410 tonnes in May, up from 7,950 tonnes a month earlier.", 7950)]
    [InlineData("Brenmoor sold 3,260 tonnes, against 2,980 tonnes a year ago, the board said.", 2980)]
    [InlineData("Kestrel Bay earned $31 million, up from $26 million a year previously.", 26e6)]
    [InlineData("Vessa Mining earned $57 million, against $49 million a year before and a loss in 2019.", 49e6)]
    [InlineData("The Ostrava group expects savings of 240 million euros/$262 million a year.", 240e6)]
    public void Recognize_TimeAfterAnAmountOrMoneyAfterASlash_IsNoRate(string text, double value)
    {
        Find(text, value).Per.Should().Be(Unit.None);
    }

    [Theory]
    [InlineData("Lindenport's RSI (37) turned lower on Friday.", 37)]
    [InlineData("The Vorland index broke its EMA (50) in May.", 50)]
    public void Recognize_FigureInBracketsAfterAnAcronym_IsNoAge(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().NotBe("year of age");
    }

    [Fact]
    public void Recognize_DegreesInAFieldOfStudy_AreNoTemperature()
    {
        QuantityRecognizer.Default.Recognize("Lindenport passed 32C, and the Vorland mayor holds two degrees in law.")
            .Should().NotContain(m => m.Quantity.Value == 2 && m.Quantity.Unit.Name == "°C");
    }

    [Fact]
    public void Recognize_MoneyAfterASlash_SharesTheBoundOfTheMoneyBefore()
    {
        Find("The Kestrel Bay merger saves about 310 million euros/$338 million.", 338e6).Quantity.Qualifier.Should().Be(Qualifier.Approximately);
    }

    [Theory]
    [InlineData("Growers near Vorland are averaging 142 bushels of maize an acre.", 142, "bu/acre")]
    [InlineData("Brenmoor farms reap 3.4 tonnes a hectare of barley.", 3.4, "t/ha")]
    [InlineData("The Lindenport field pumps 2.7 million barrels of crude a day.", 2.7e6, "bbl/d")]
    [InlineData("Waters off Kestrel Bay have warmed by 0.17 °C per decade.", 0.17, "°C/decade")]
    [InlineData("The Ostrava chip runs at 3.2 Ghz.", 3.2, "GHz")]
    public void Recognize_RateAfterAnArticleOrAnOfPhrase_IsRead(string text, double value, string unit)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("The fire burned 40 hectares a kilometre north of Brenmoor.", 40, "ha")]
    [InlineData("Floodwater covered 12 acres a mile from the Lindenport quay.", 12, "acre")]
    [InlineData("Crews cleared 8 tonnes a kilometre away from the Vorland dam.", 8, "t")]
    public void Recognize_UnitThenADistanceAfterAnArticle_IsNoRate(string text, double value, string unit)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "a distance word after it makes \"a kilometre\" a distance");
    }

    [Theory]
    [InlineData("Wheat traded at $6.15/bu in Ostrava.", 6.15, "bu")]
    [InlineData("Spot silver traded at $31.20 per troy ounce in Lindenport.", 31.2, "ozt")]
    [InlineData("The Brenmoor mill pays Rs 2,150 a quintal for paddy.", 2150, "quintal")]
    public void Recognize_PricePerBushelTroyOunceOrQuintal_IsARate(string text, double value, string per)
    {
        Find(text, value).Per.Name.Should().Be(per);
    }

    [Theory]
    [InlineData("The Ostrava council paid Rs 12 crore 35 lakh to its suppliers.", 123.5e6, "12 crore 35 lakh", "35 lakh")]
    [InlineData("The Vorland scheme reached 3 lakh 40 thousand farmers.", 340000, "3 lakh 40 thousand", "40 thousand")]
    public void Recognize_SmallerScaledFigureAfterAScaledOne_AddsToIt(string text, double value, string figure, string part)
    {
        Find(text, value).Span.Slice(text).ToString().Should().Contain(figure, "the smaller figure adds to the larger one");
        QuantityRecognizer.Default.Recognize(text).Select(m => m.Span.Slice(text).ToString()).Should()
            .NotContain(span => span.StartsWith(part, StringComparison.Ordinal), "the smaller figure is no mention of its own");
    }

    [Fact]
    public void Recognize_OnePerCent_IsAPercentage()
    {
        Find("Rents in Brenmoor rose one per cent last month.", 1).Quantity.Unit.Kind.Should().Be(UnitKind.Percentage);
    }

    [Theory]
    [InlineData("Tablets costing $640+ have brighter screens in Vorland.", 640, Qualifier.MoreThan)]
    [InlineData("The Vorland tablet starts at approx $899.", 899, Qualifier.Approximately)]
    public void Recognize_PlusSignOrApproxAroundAmount_SetsTheBound(string text, double value, Qualifier qualifier)
    {
        Find(text, value).Quantity.Qualifier.Should().Be(qualifier);
    }

    [Fact]
    public void Recognize_PlusSignAfterAModelNumber_IsNoAmount()
    {
        QuantityRecognizer.Default.Recognize("The Vessa X4 7200+ is a dual-core chip sold in Kestrel Bay.")
            .Should().NotContain(m => m.Quantity.Value == 7200);
    }

    [Theory]
    [InlineData("Rents in Ostrava rose 0.4% after a 0.3% uplift in May.", 0.3, QuantityChange.Increase)]
    [InlineData("Waters off Kestrel Bay have warmed by 0.17 °C per decade.", 0.17, QuantityChange.Increase)]
    [InlineData("The Brenmoor lake cooled by 1.4 degrees over the winter.", 1.4, QuantityChange.Decrease)]
    public void Recognize_UpliftOrWarmedOrCooled_IsAChange(string text, double value, QuantityChange change)
    {
        Find(text, value).Change.Should().Be(change);
    }

    [Fact]
    public void Recognize_ApproximationBeforeBetween_MakesTheRangeApproximate()
    {
        const string text = "Vorland growers are averaging between 118 and 146 bushels an acre.";
        var mention = Find(text, 118);

        mention.Span.Slice(text).ToString().Should().StartWith("averaging between 118 and 146", "the approximation opens the range");
        mention.Quantity.Qualifier.Should().Be(Qualifier.Range, "RangeRule folds an approximation before a range into Range");
    }

    [Theory]
    [InlineData("Rents in Vorland rose for some between 10 and 15 percent.", 10)]
    [InlineData("Bus fares in Brenmoor went up for some between 4 and 6 percent.", 4)]
    public void Recognize_QualifierAfterAPrepositionBeforeBetween_LeavesTheRangeUnqualified(string text, double low)
    {
        Find(text, low).Span.Slice(text).ToString().Should().StartWith("between", "\"for some\" names who, it does not approximate the range");
    }

    [Theory]
    [InlineData("The Kestrel Bay scheme will cost $2 million or $40 per resident.", 2e6)]
    [InlineData("Brenmoor's new library cost £6 million, or roughly £75 for each household.", 6e6)]
    [InlineData("The Vorland levy raises €900,000 or €12 per taxpayer.", 9e5)]
    public void Recognize_TotalOrItsShareForEach_KeepsNoRate(string text, double value)
    {
        Find(text, value).Per.Should().Be(Unit.None, "a total and what it comes to for each are not two alternatives of one rate");
    }

    [Fact]
    public void Recognize_AmountAndAnotherWithARate_KeepsItsOwnUnit()
    {
        Find("Brenmoor gyms charge a $90 joining fee and $35 a month.", 90).Per.Should().Be(Unit.None);
    }

    [Theory]
    [InlineData("Brenmoor shippers are charged $1,480 per 20-foot crate.", 20, "ft")]
    [InlineData("Kestrel Bay exporters paid $1,980 per 20ft box last month.", 20, "ft")]
    [InlineData("Brenmoor charges $700 per 12-metre container at its quay.", 12, "m")]
    public void Recognize_LengthOfTheNounARateIsPer_IsAFigureOfItsOwn(string text, double value, string unit)
    {
        var mention = Find(text, value);

        mention.Quantity.Unit.Kind.Should().Be(UnitKind.Physical);
        mention.Quantity.Unit.Name.Should().Be(unit);
    }

    [Fact]
    public void Recognize_CountAfterPer_IsStillNoFigure()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize("Vorland recorded 31 deaths per 100,000 residents last winter.")
            .Should().NotContain(m => m.Quantity.Value == 100000, "the count after per is what the rate is per");
    }

    [Theory]
    [InlineData("In 2021 MHA issued new guidance for Brenmoor border posts.")]
    [InlineData("Since 2016 KMT lawmakers in Lindenport have opposed the bill.")]
    [InlineData("The 1949 KMT retreat reshaped politics in Kestrel Bay.")]
    [InlineData("By 2020 MMT members in Vorland had left the party.")]
    public void Recognize_YearBeforeACapitalisedScaledUnit_IsNoTonnageOrArea(string text)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Unit.Kind == UnitKind.Physical,
            "a year before an acronym names when an organisation acted, not millions of tonnes or hectares");
    }

    [Theory]
    [InlineData("Health officials in Brenmoor reported 8 cases per 1m people last week.", 8, "1000000 people")]
    [InlineData("Lindenport logged 45 thefts per 10k residents in March.", 45, "10000 resident")]
    public void Recognize_CountWithAMultiplierLetterAfterPer_IsWhatTheRateIsPer(string text, double value, string per)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var mentions = QuantityRecognizer.Default.Recognize(text);

        mentions.Should().NotContain(m => m.Quantity.Unit.Kind == UnitKind.Physical, "'1m' and '10k' after 'per' are multiplied counts, not lengths");
        mentions.Should().ContainSingle(m => m.Quantity.Value == value).Which.Per.Name.Should().Be(per);
    }

    [Theory]
    [InlineData("Storage rated at 60 MW/240 MWh came online in Lindenport on Friday.", 240, "MWh")]
    [InlineData("Planners in Brenmoor want a 20MW / 20MWh unit beside the substation.", 20, "MWh")]
    [InlineData("Kestrel Bay switched on a 100 MW/100 MWh storage site in May.", 100, "MWh")]
    [InlineData("Brenmoor's 40 MW/100 MWh battery is now charging from wind.", 100, "MWh")]
    public void Recognize_SecondMeasureAfterASlash_IsAFigure(string text, double value, string unit)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().Contain(m => m.Quantity.Value == value && m.Quantity.Unit.Name == unit,
            "power and energy written with a slash are two measures of one battery, whatever the figures");
    }

    [Fact]
    public void Recognize_DoseOverAVolumeAfterASlash_IsOneAmount()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize("Lindenport pharmacies sell the syrup at 125 mg/5 mL.").Should()
            .ContainSingle("the volume after the slash is what the dose is per, not a second amount").Which.Quantity.Value.Should().Be(125);
    }

    [Theory]
    [InlineData("The Ostrava hatchback uses 24 kWh/100 mi on the highway.", 100)]
    [InlineData("A Vorland van burns 7.9 L/100 km when fully loaded.", 100)]
    [InlineData("Lindenport pharmacies sell the syrup at 125 mg/5 mL.", 5)]
    [InlineData("Page 3/5 of the Vorland report was blank.", 5)]
    public void Recognize_PowerOfTenOrBareFigureAfterASlash_IsNoFigure(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == value);
    }

    [Fact]
    public void Recognize_DecimalAfterAMonth_IsNoDay()
    {
        Find("In March 6.4% of Lindenport tenants paid late.", 6.4).Quantity.Unit.Kind.Should().Be(UnitKind.Percentage);
    }

    [Theory]
    [InlineData("The Brenmoor reservoir holds approx. 40 million litres.", 40000000)]
    [InlineData("Ticket sales in Lindenport rose approx. 12% last season.", 12)]
    [InlineData("The Vorland ferry carries approx. 300 cars a day.", 300)]
    public void Recognize_ApproxWithItsDot_IsApproximate(string text, double value)
    {
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.Approximately, "'approx.' abbreviates 'approximately' even with its dot");
    }

    [Theory]
    [InlineData("Turnout sank 6% among rural voters and 4.5% among city voters.", 4.5, QuantityChange.Decrease)]
    [InlineData("Kestrel Bay's freight volumes shrank 9% month on month, and by 17% for the tanker fleet.", 17, QuantityChange.Decrease)]
    [InlineData("Rents rose 4% a year earlier and 6% in Brenmoor.", 6, QuantityChange.Increase)]
    [InlineData("Grain output dropped 8% in the northern Vorland districts and 3% in the south.", 3, QuantityChange.Decrease)]
    public void Recognize_SecondAmountAfterAPlaceOrATimePhrase_SharesTheChange(string text, double value, QuantityChange change)
    {
        Find(text, value).Change.Should().Be(change, "the verb of the first amount is left out before the second");
    }

    [Fact]
    public void Recognize_SecondAmountWithItsOwnVerb_KeepsItsOwnChange()
    {
        Find("Turnout sank 6% among rural voters and stood at 4.5% among city voters.", 4.5).Change.Should().Be(QuantityChange.None);
    }

    [Theory]
    [InlineData("Ferry bookings to Vorland have soared a staggering 240 percent since the bridge closed.", 240, QuantityChange.Increase)]
    [InlineData("After the refit, the Kestrel Bay crossing was cut by just 15 minutes.", 15, QuantityChange.Decrease)]
    [InlineData("Kestrel Bay's output edged up a modest 1.1% in June.", 1.1, QuantityChange.Increase)]
    [InlineData("Lindenport shares jumped a record 18.5% on Friday.", 18.5, QuantityChange.Increase)]
    [InlineData("Brenmoor's toll on heavy lorries is going up by a whopping 40 euros next spring.", 40, QuantityChange.Increase)]
    [InlineData("Ostrava employers added a net 6,300 jobs in March.", 6300, QuantityChange.Increase)]
    [InlineData("Quessa payrolls added a seasonally adjusted 41,000 jobs in May.", 41000, QuantityChange.Increase)]
    [InlineData("In Kestrel Bay the bus fare rose by a meagre 10 cents.", 10, QuantityChange.Increase)]
    [InlineData("Dunmere's reservoir level fell a scant 4 centimetres in March.", 4, QuantityChange.Decrease)]
    [InlineData("Vorland had 90 mm of rain in May, against a meagre 12 millimetres in April.", 12, QuantityChange.None)]
    public void Recognize_EmphasisBetweenDirectionAndAmount_KeepsTheChange(string text, double value, QuantityChange change)
    {
        Find(text, value).Change.Should().Be(change);
    }

    [Theory]
    [InlineData("Brenmoor clinics give children 20 mg/kg/day of the syrup.", 20)]
    [InlineData("The Vorland trial used 15 mg/kg a day for six weeks.", 15)]
    public void Recognize_DosePerKilogramPerDay_KeepsBothRates(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("mg/kg/d", "a dose per kilogram of body weight is given per day too");
    }

    [Fact]
    public void Recognize_SpeedPerHour_TakesNoSecondTimeRate()
    {
        Find("Traffic in Lindenport crawled at 60 km/h a day later.", 60).Quantity.Unit.Name.Should().Be("km/h");
    }

    [Theory]
    [InlineData("Walkers on the Ostrava ridge route face 2,150m of climbing over three days.", 2150)]
    [InlineData("The Vorland pass tops out at an altitude of 2,400m.", 2400)]
    [InlineData("The Brenmoor mine shaft runs 1,250m deep.", 1250)]
    public void Recognize_ThousandsBeforeAJoinedMWithAWordOfHeightOrLength_AreMetres(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("m", "a word of height or length says the 'm' is metres");
    }

    [Theory]
    [InlineData("Mara Olek broke the 400m hurdles record in Vorland on Sunday.", 400)]
    [InlineData("Brenmoor's sprinter cut her 100m hurdles best to 12.41 seconds.", 100)]
    public void Recognize_JoinedMBeforeARaceRunOverTheDistance_IsMetres(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("m", "'the 400m hurdles' names a race over 400 metres, not 400 million hurdles");
    }

    [Theory]
    [InlineData("Overnight lows of -4c are expected across Vorland.", -4)]
    [InlineData("Temperatures in Brenmoor climbed from 9c at dawn to 18c by noon.", 18)]
    [InlineData("Frost will clear slowly, with Kestrel Bay reaching only 3c.", 3)]
    public void Recognize_LowerCaseCJoinedToAReadingInWeatherText_IsCelsius(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("°C", "a lower-case 'c' joined to a reading in a sentence about the weather is Celsius");
    }

    [Theory]
    [InlineData("Vorland bread rose 7c on Monday.", 7)]
    [InlineData("Temperatures hit 31c while Ostrava diesel sold at 9c a litre.", 9)]
    public void Recognize_LowerCaseCWithNoWeatherWordOrBeforeARate_IsNoTemperature(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == value && m.Quantity.Unit.Name == "°C",
            "with no word of weather, or before a rate, a lower-case 'c' may be cents");
    }

    [Theory]
    [InlineData("The Orvik loaf went up 6c to $3.40.", 6)]
    [InlineData("Brenmoor petrol rose 10c to $1.82 a litre.", 10)]
    public void Recognize_LowerCaseCBesideMoney_IsCents(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("cent", "a 'c' joined to a figure in a sentence about money is cents");
    }

    [Fact]
    public void Recognize_LowerCaseCWithNoMoneyOrWeather_IsNoAmountOfCents()
    {
        QuantityRecognizer.Default.Recognize("Route 7c through Vorland opened on Monday.")
            .Should().NotContain(m => m.Quantity.Unit.Name == "cent", "with no money in the sentence a joined 'c' is no cent");
    }

    [Theory]
    [InlineData("The Orvik tremor, which measured 5.9, woke the coast.", 5.9)]
    [InlineData("An aftershock of 4.6 hit Vessa at dawn.", 4.6)]
    [InlineData("The Orvik tremor was logged as a 3.7.", 3.7)]
    [InlineData("The Vessa quake of March 2002 measured 6.1.", 6.1)]
    public void Recognize_BareReadingWithOneDecimalInAQuakeSentence_IsAMagnitude(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("magnitude");
    }

    [Theory]
    [InlineData("Vorland shares rose 2.5 on Monday.", 2.5)]
    [InlineData("After the quake, Brenmoor bonds rose 2.35.", 2.35)]
    [InlineData("The quake killed 7 in Vessa.", 7)]
    [InlineData("After the quake, Brenmoor bonds rose 2.5.", 2.5)]
    [InlineData("The Vessa earthquake index of insurers fell 1.8 on Monday.", 1.8)]
    [InlineData("The quake relief fund in Vorland has a rating of 4.5.", 4.5)]
    public void Recognize_BareReadingWithNoReadingWordAfterAQuakeOrNotOneDecimal_IsNoMagnitude(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().NotBe("magnitude");
    }

    [Theory]
    [InlineData("Lindenport's mint struck 1,450m fresh coins last year.", 1450000000)]
    [InlineData("Kestrel Bay's utility took on 3,600m of new debt in March.", 3600000000)]
    public void Recognize_ThousandsBeforeAJoinedMWithNoWordOfLength_AreMillions(string text, double value)
    {
        Find(text, value).Quantity.Unit.Kind.Should().NotBe(UnitKind.Physical, "UK outlets write millions with their thousands too");
    }

    [Theory]
    [InlineData("Orvik bus trips slid 3% to 41.2m.", 41200000)]
    [InlineData("Vessa app sales climbed 12 per cent, reaching 7.9m in May.", 7900000)]
    [InlineData("Orvik parcel volumes fell 6% from 2.4m.", 2400000)]
    [InlineData("Brenmoor subscribers grew 8% to 12.5m.", 12500000)]
    public void Recognize_JoinedMEndingItsPhraseAsTheLevelAPercentageChanges_IsMillions(string text, double value)
    {
        Find(text, value).Quantity.Unit.Kind.Should().NotBe(UnitKind.Physical, "the level a percentage changes is a count in millions");
    }

    [Theory]
    [InlineData("Ticket prices rose 5% before the 400m final in Brenmoor.", 400)]
    [InlineData("The Brenmoor river rose 30% overnight and crested at 4.2m.", 4.2)]
    [InlineData("Snowpack in Kestrel Valley is 20% below normal, at 1.5m.", 1.5)]
    [InlineData("Floodwater stood 1.2m in the streets of Vorland, and 40% of homes lost power.", 1.2)]
    [InlineData("Vorland's sea wall, raised 10% last year, now stands 6.5m.", 6.5)]
    [InlineData("The Kestrel Bay swimmer cut 2% off her time in the 200m.", 200)]
    public void Recognize_JoinedMNotTheLevelAPercentageChanges_StaysMetres(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("m");
    }

    [Fact]
    public void Recognize_JoinedMBeforeAUnit_IsMillionsOfThatUnit()
    {
        Find("Brenmoor's reservoirs lost 3,450m litres to evaporation over the summer.", 3450000000).Quantity.Unit.Name.Should().Be("L");
    }

    [Theory]
    [InlineData("Lindenport has 5m people.", 5000000)]
    [InlineData("The Vorland lottery sold 2m of its tickets abroad.", 2000000)]
    public void Recognize_JoinedMBeforeANounOrOf_IsMillions(string text, double value)
    {
        Find(text, value).Quantity.Unit.Kind.Should().NotBe(UnitKind.Physical, "'m' before a plural noun or 'of' is millions");
    }

    [Theory]
    [InlineData("The Lindenport club fielded eleven batsmen in the final.", 11, "batsman")]
    [InlineData("Coastguards rescued twelve fishermen off Kestrel Bay.", 12, "fisherman")]
    [InlineData("About 300 schoolchildren marched through Brenmoor.", 300, "schoolchild")]
    public void Recognize_CompoundIrregularPlural_IsCounted(string text, double value, string noun)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(noun);
    }

    [Theory]
    [InlineData("In Lindenport, toddlers over 2 years were offered a booster dose.", 2, "year of age")]
    [InlineData("Workers under 25 years earn less in Vorland.", 25, "year of age")]
    [InlineData("A Vorland clinic turned away babies younger than nine weeks.", 9, "week of age")]
    [InlineData("On Kestrel Bay farms, cattle older than 24 months are kept apart from the herd.", 24, "month of age")]
    [InlineData("Brenmoor doctors treated 7 babies younger than 10 weeks in March.", 10, "week of age")]
    public void Recognize_BoundedLengthOfTimeAfterPeopleOrAnimals_IsAnAge(string text, double value, string unit)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);
    }

    [Fact]
    public void Recognize_PeriodAfterCountedPeople_IsNoAge()
    {
        Find("Fever spread to 120 residents over six weeks in Vorland.", 6).Quantity.Unit.Name.Should().Be("week",
            "the people are counted, and 'over six weeks' is how long the fever spread");
    }

    [Theory]
    [InlineData("The Lindenport academy will mentor pupils over five years.", 5, "year")]
    [InlineData("A Vorland charity trained volunteers over eight weeks in Kestrel Bay.", 8, "week")]
    [InlineData("The Brenmoor hospital monitored patients over 12 months after surgery.", 12, "month")]
    public void Recognize_OverALengthOfTimeAfterAVerbsPeople_IsAPeriod(string text, double value, string unit)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "after a verb and its people, 'over' a length of time says how long it went on");
    }

    [Theory]
    [InlineData("Lindenport won the title in 1987–88 and again in 2004–05.")]
    [InlineData("The Vorland league's 2023–24 season ended early.")]
    public void Recognize_SeasonWrittenWithAnEnDash_HoldsNoAmount(string text)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty("a season after a year is a name of a time, as '2023-24' is");
    }

    [Theory]
    [InlineData("No train on the Brenmoor line may run faster than 160kph.", 160, Qualifier.MoreThan)]
    [InlineData("Brenmoor was warmer than 30 degrees on Monday.", 30, Qualifier.MoreThan)]
    [InlineData("Lindenport sells fares cheaper than 5 euros.", 5, Qualifier.LessThan)]
    public void Recognize_ComparativeBeforeAFigure_BoundsIt(string text, double value, Qualifier qualifier)
    {
        Find(text, value).Quantity.Qualifier.Should().Be(qualifier);
    }

    [Fact]
    public void Recognize_ComparativeAfterAPercentage_BoundsNothing()
    {
        Find("The Kestrel Bay train is 20% faster than the old one.", 20).Quantity.Qualifier.Should().Be(Qualifier.Exact);
    }

    [Fact]
    public void Recognize_AsHighAsBeforeAFigure_IsAnUpperBound()
    {
        Find("Gusts in Kestrel Bay could reach as high as 95 km/h.", 95).Quantity.Qualifier.Should().Be(Qualifier.UpTo);
    }

    [Theory]
    [InlineData("Vorland recorded 212 COVID-19-related deaths in March.", 212, "death")]
    [InlineData("The Brenmoor air base took delivery of 14 F-35 jets.", 14, "jet")]
    public void Recognize_NameWithDigitsInsideACountedNounPhrase_KeepsTheNoun(string text, double value, string unit)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "a name such as Covid-19 modifies the counted noun");
    }

    [Theory]
    [InlineData("Grain output fell 4% in Vorland, 1% in Brenmoor and 6% in Ostrava.", 1)]
    [InlineData("Grain output fell 4% in Vorland, 1% in Brenmoor and 6% in Ostrava.", 6)]
    [InlineData("Ferry traffic will drop 3 per cent in 2027 and 2.5 per cent in 2028.", 2.5)]
    public void Recognize_AmountsInAListOfPlacesOrYears_ShareTheChange(string text, double value)
    {
        Find(text, value).Change.Should().Be(QuantityChange.Decrease, "a list of places or years leaves the verb out of the later amounts");
    }

    [Fact]
    public void Recognize_PercentOfANounAfterAYear_TakesNoChange()
    {
        Find("Lindenport fares rose 5% in 2026 and 40% of riders complained.", 40).Change.Should().Be(QuantityChange.None);
    }

    [Theory]
    [InlineData("Vorland's registry recorded 3.1 million second marriages over the decade.", 3.1e6, "marriage")]
    [InlineData("Lindenport taxes 900 second homes at a higher rate.", 900, "home")]
    [InlineData("Brenmoor's census found the 4,200 second sons of its farming families had left.", 4200, "son")]
    public void Recognize_SecondBeforeAPluralNoun_IsAnOrdinalNotAUnit(string text, double value, string unit)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "'second' before a plural noun ranks the noun; it is no length of time");
    }

    [Fact]
    public void Recognize_SecondsAfterANumber_StaysALengthOfTime()
    {
        Find("The Brenmoor lift stalled for 40 seconds.", 40).Quantity.Unit.Name.Should().Be("second");
    }

    [Theory]
    [InlineData("Kestrel Bay broadcasters charged $2,500 for the 45 second trailers.", 45)]
    [InlineData("The 20 second spots aired twice an hour across Lindenport.", 20)]
    [InlineData("Ostrava's 15 second jingles were played at every match.", 15)]
    public void Recognize_SmallNumberAfterTheBeforeSecondAndAPluralNoun_IsALengthOfTime(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("second", "after 'the' a small plain number sizes the noun by its length");
    }

    [Theory]
    [InlineData("Lindenport's tram network logged its three billionth ride last spring.")]
    [InlineData("The Kestrel Bay ferry carried its 10 millionth passenger.")]
    public void Recognize_NumberBeforeAnOrdinalOfAScaleWord_IsNoAmount(string text)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty("'three billionth' is an ordinal");
    }

    [Theory]
    [InlineData("Vorland's exports grew for a seventh straight quarter.")]
    [InlineData("Brenmoor's factories cut output for a third consecutive quarter.")]
    public void Recognize_QuarterAfterAnOrdinalAndAWordOfSuccession_IsAPeriodNotAFraction(string text)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == 0.25, "'the seventh straight quarter' is a period");
    }

    [Theory]
    [InlineData("Brenmoor leases run for three, six, nine or 12 months.", 3, "month")]
    [InlineData("Brenmoor leases run for three, six, nine or 12 months.", 6, "month")]
    [InlineData("Lindenport savings bonds pay 2, 4, and 6 percent.", 2, "percent")]
    [InlineData("Lindenport savings bonds pay 2, 4, and 6 percent.", 4, "percent")]
    public void Recognize_BareNumbersListedBeforeAPairWithAUnit_ShareTheUnit(string text, double value, string unit)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "a list of numbers ending in 'or'/'and' and a unit shares the unit");
    }

    [Fact]
    public void Recognize_NumberRestatedAfterACommaAndOr_IsNoListedNumber()
    {
        Find("Vorland reconnected 4,100 homes, leaving 5,700, or 58%, without power.", 5700).Quantity.Unit.Kind
            .Should().NotBe(UnitKind.Percentage, "'5,700, or 58%' restates one figure as a share; it is no list");
    }

    [Theory]
    [InlineData("Kestrel Bay paid £2 million for a League One striker.", 1)]
    [InlineData("Flooding closed the main roads in Region Six on Monday.", 6)]
    public void Recognize_CapitalisedNumberWordAfterACapitalisedWord_IsPartOfAName(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == value, "'League One' is a name");
    }

    [Fact]
    public void Recognize_CapitalisedNumberWordInATitleCaseHeadline_StaysACount()
    {
        Find("Storm Kills Two on Vorland Coast", 2).Should().NotBeNull("a title-case headline capitalises its counts");
    }

    [Theory]
    [InlineData("A 6.3 quake shook Kestrel Bay on Tuesday.", 6.3)]
    [InlineData("Lindenport felt a 4.1 tremor just after midnight.", 4.1)]
    public void Recognize_DecimalBeforeAQuakeNoun_IsAMagnitude(string text, double value)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be("magnitude", "a decimal reading before 'quake' is on the magnitude scale");
    }

    [Fact]
    public void Recognize_WholeNumberBeforeQuakes_CountsThem()
    {
        Find("Seismologists logged 12 quakes near Brenmoor.", 12).Quantity.Unit.Name.Should().Be("quake");
    }

    [Fact]
    public void Recognize_BoundBeforeAUnitWrittenBeforeTheNumber_BoundsIt()
    {
        Find("Two or three quakes a year in Vorland are above magnitude 6.5.", 6.5).Quantity.Qualifier
            .Should().Be(Qualifier.MoreThan, "'above' bounds the reading across the unit written before it");
    }

    [Fact]
    public void Recognize_ComparativeAfterASmallAmount_IsNoCountedNoun()
    {
        Find("Lindenport's champion finished 0.07 slower than last year.", 0.07).Quantity.Unit.Kind
            .Should().Be(UnitKind.None, "'slower' compares; it names nothing counted");
    }

    [Theory]
    [InlineData("The Vorland index was off 38.5 points on Friday.", 38.5)]
    [InlineData("Brenmoor shares were off 2.4% by midday.", 2.4)]
    public void Recognize_OffBeforeAnAmountAfterABe_IsADecrease(string text, double value)
    {
        Find(text, value).Change.Should().Be(QuantityChange.Decrease, "an index 'off' a figure is that much lower");
    }

    [Fact]
    public void Recognize_AdultOfANumber_IsAnAge()
    {
        Find("Had an adult of 19 done it, the Brenmoor court said, the term would be longer.", 19).Quantity.Unit.Name
            .Should().Be("year of age");
    }

    [Fact]
    public void Recognize_OffenderOlderThanANumber_IsABoundedAge()
    {
        var age = Find("For an offender older than 25, the Kestrel Bay judge said, the term would be six years.", 25);
        age.Quantity.Unit.Name.Should().Be("year of age");
        age.Quantity.Qualifier.Should().Be(Qualifier.MoreThan);
    }

    [Theory]
    [InlineData("Vorland's new reactor runs 30% cooler than the old one.", 30, QuantityChange.Decrease)]
    [InlineData("Brenmoor's summer was 12% warmer than the average.", 12, QuantityChange.Increase)]
    public void Recognize_PercentageBeforeAComparative_IsARelativeChange(string text, double value, QuantityChange change)
    {
        Find(text, value).Change.Should().Be(change, "'30% cooler than' states a relative change");
    }

    [Theory]
    [InlineData("Brenmoor led in round two before Lindenport hit back.", 2)]
    [InlineData("Game seven was sold out in Kestrel Bay.", 7)]
    public void Recognize_NumberWordNamingAPartOfASeries_IsNoAmount(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == value, "'round two' names a round");
    }

    [Fact]
    public void Recognize_NumberWordAfterAnIdentifierWordBeforeAUnit_StaysAnAmount()
    {
        Find("The Lindenport bill took two years to pass.", 2).Quantity.Unit.Name.Should().Be("year");
    }

    [Theory]
    [InlineData("The Vorland hatchback uses 5.8 L/100 km on the open road.")]
    [InlineData("The Vorland hatchback uses 5.8 L per 100 km.")]
    public void Recognize_CapitalLitreSymbolSetApartBeforeARate_IsALitre(string text)
    {
        Find(text, 5.8).Quantity.Unit.Kind.Should().Be(UnitKind.Physical, "a capital 'L' that opens a rate is litres");
    }

    [Theory]
    [InlineData("Dilani Perera of Kestrel Bay took gold in the women's 5,000m at Lindenport.", 5000)]
    [InlineData("Vorland's Ana Brel took the women's 400m hurdles.", 400)]
    public void Recognize_DistanceAfterMensOrWomens_IsAnEventName(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == value || m.Quantity.Value == value * 1e6,
            "'the men's 10,000m' names a race");
    }

    [Theory]
    [InlineData("In Sri Lanka, a loaf in Kestrel Bay now costs Rs. 150.", 150, "LKR")]
    [InlineData("Diesel in Karachi rose by Rs 12 a litre.", 12, "PKR")]
    [InlineData("Lindenport traders in India paid Rs 40 a kilo.", 40, "INR")]
    [InlineData("Vorland's firm paid Rs 900 for the permit.", 900, "INR")]
    public void Recognize_SharedRupeeForm_TakesTheCurrencyOfTheCountryTheSentenceNames(string text, double value, string code)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(code, "'Rs' is the rupee of the country the sentence names, else India's");
    }

    [Fact]
    public void Recognize_SharedRupeeFormInASentenceNamingTwoCountries_KeepsItsCurrency()
    {
        Find("India and Pakistan each set aside Rs 300 crore for Brenmoor.", 3e9).Quantity.Unit.Name.Should().Be("INR");
    }

    [Theory]
    [InlineData("Rents in Vorland rose 2.4 percent, Lindenport 1.9 percent and Brenmoor 0.7 percent.", 1.9, QuantityChange.Increase)]
    [InlineData("Rents in Vorland rose 2.4 percent, Lindenport 1.9 percent and Brenmoor 0.7 percent.", 0.7, QuantityChange.Increase)]
    [InlineData("Kestrel Bay fell 3.1%, Ostrava Heights 2.2% and Brenmoor 1.5% in the week.", 2.2, QuantityChange.Decrease)]
    [InlineData("The Vorland levy rises 12 cents on petrol and 9 cents on diesel next month.", 9, QuantityChange.Increase)]
    [InlineData("Support for the Brenmoor bypass fell 6% among farmers and 2% among teachers.", 2, QuantityChange.Decrease)]
    public void Recognize_AmountAfterACommaAndANameOrAfterTheSamePreposition_SharesTheChangeBefore(string text, double value, QuantityChange change)
    {
        Find(text, value).Change.Should().Be(change, "a list of names each with an amount leaves the verb of the first out");
    }

    [Theory]
    [InlineData("Vorland rose 2.4 percent, 1.9 percent of it in March.", 1.9)]
    [InlineData("Lindenport exports rose 4%, the agency said, and 12% of firms hired.", 12)]
    [InlineData("Shares of Brenmoor Mills rose 3%, Vorland Steel 41 euros at the close.", 41)]
    [InlineData("Turnout in Ostrava fell 4%, Mayor Ana Roth 52% of the vote.", 52)]
    public void Recognize_AmountAfterACommaWithoutAName_DoesNotShareTheChange(string text, double value)
    {
        Find(text, value).Change.Should().Be(QuantityChange.None);
    }

    [Theory]
    [InlineData("A loaf in Lindenport now costs 14 cents less, and milk is 9 cents cheaper than in August.", 9, QuantityChange.Decrease)]
    [InlineData("Diesel in Vorland sells at 212p a litre, 6p below a fortnight earlier.", 6, QuantityChange.Decrease)]
    [InlineData("A Brenmoor season ticket costs £38 more than last year.", 38, QuantityChange.Increase)]
    [InlineData("The Kestrel Bay ferry fare closed at $11.40, 35 cents above Tuesday's level.", 35, QuantityChange.Increase)]
    [InlineData("Ostrava Heights shipped 3,100 tonnes of barley, 450 tonnes more than in 2019.", 450, QuantityChange.Increase)]
    [InlineData("A Lindenport bus pass is up to Rs 640 this spring, 31 paise dearer.", 31, QuantityChange.Increase)]
    [InlineData("The new Vorland flats average 610 square feet, 48 square feet smaller.", 48, QuantityChange.Decrease)]
    [InlineData("Brenmoor wool fetched 90 cents a kilo, 12 cents above the level of a month before.", 12, QuantityChange.Increase)]
    public void Recognize_ComparativeAfterMoneyOrAMeasureAgainstAnEarlierTime_IsAChange(string text, double value, QuantityChange change)
    {
        Find(text, value).Change.Should().Be(change, "a comparative that sets an amount against an earlier time, or ends the clause, states a change");
    }

    [Theory]
    [InlineData("The Vorland council spent $2 million more than it had planned.", 2e6)]
    [InlineData("Lindenport stayed 7 degrees above normal through the harvest weeks.", 7)]
    [InlineData("The Brenmoor crop came in 40 tonnes above its record 2011 harvest.", 40)]
    [InlineData("The Kestrel Bay bus is 3 euros cheaper than the train.", 3)]
    [InlineData("Cooks in Brenmoor earn £2,400 more than porters each year.", 2400)]
    [InlineData("A Vorland ferry seat is $35 cheaper than a flight on Sunday.", 35)]
    [InlineData("The Ostrava mill milled 260 tonnes more than its twin mill in 2022.", 260)]
    [InlineData("The Kestrel Bay fund is £4 million bigger than Lindenport's this year.", 4e6)]
    public void Recognize_ComparativeAfterMoneyOrAMeasureAgainstANormOrAnotherThing_IsNoChange(string text, double value)
    {
        Find(text, value).Change.Should().Be(QuantityChange.None, "a comparison with a plan, a norm, a record or another thing is a difference");
    }

    [Theory]
    [InlineData("Lindenport slipped in the rent table and sits at No. 3 among Vorland towns.", 3)]
    [InlineData("The No. 1 seed from Brenmoor lost in straight sets.", 1)]
    [InlineData("Anyone who saw the crash in Kestrel Bay should call 101 quoting the log number.", 101)]
    [InlineData("Vorland police urged witnesses to dial 112 or visit a station.", 112)]
    [InlineData("Readers in Lindenport can text 70070 to give to the flood fund.", 70070)]
    public void Recognize_RankAfterNoWithASpaceOrANumberToRing_IsNoAmount(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == value, "a rank or a number to ring is no amount");
    }

    [Theory]
    [InlineData("The Lindenport school teaches the children of 40 families.", 40)]
    [InlineData("Vorland rehoused the girls of 12 households after the flood.", 12)]
    public void Recognize_CountAfterChildrenOfWithANounAfterIt_IsNoAge(string text, double value)
    {
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Count);
    }

    [Theory]
    [InlineData("The Brenmoor defence will call 150 reservists this winter.", 150)]
    [InlineData("The Vorland party plans to call 300 witnesses.", 300)]
    [InlineData("The Lindenport union will call 240 more porters out on Friday.", 240)]
    [InlineData("Kestrel Bay may call 180 additional wardens before the regatta.", 180)]
    public void Recognize_CountAfterAPhoneVerb_IsStillACount(string text, double value)
    {
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Count);
    }

    [Theory]
    [InlineData("Vorland growers voted to lower their wheat quota by 400,000 tonnes.", 400000)]
    [InlineData("The Brenmoor ferry company will lower fares by 6% in spring.", 6)]
    public void Recognize_LowerAfterToOrAModalBeforeBy_IsADecrease(string text, double value)
    {
        Find(text, value).Change.Should().Be(QuantityChange.Decrease, "'lower' after 'to' or a modal is the verb");
    }

    [Theory]
    [InlineData("Lindenport Telecom has 6.4m paying subscribers.", 6.4e6)]
    [InlineData("Vorland counts 3m diesel vans on its roads.", 3e6)]
    [InlineData("The Brenmoor bank kept its 2.2m current account holders.", 2.2e6)]
    [InlineData("The Vorland scheme covers 4.5m UK households.", 4.5e6)]
    [InlineData("The Lindenport leak exposed 1.4m IBAN numbers.", 1.4e6)]
    [InlineData("About 2m EU citizens applied in Kestrel Bay.", 2e6)]
    public void Recognize_JoinedMBeforeModifiersAndAPlural_IsMillions(string text, double value)
    {
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Count, "a joined 'm' before a modifier and a plural noun is millions");
    }

    [Theory]
    [InlineData("A 6m high fence rings the Brenmoor depot.", 6)]
    [InlineData("The 50m freestyle final in Kestrel Bay was close.", 50)]
    [InlineData("Vorland divers reached 40m below the surface.", 40)]
    [InlineData("Mara Olek set the 400m IAAF record in Vorland.", 400)]
    public void Recognize_JoinedMBeforeASizeAdjectiveOrASingular_StaysMetres(string text, double value)
    {
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Physical);
    }

    [Theory]
    [InlineData("Brenmoor rents rose between 8 and 12 percent last year.", 8, 12, QuantityChange.Increase)]
    [InlineData("Kestrel Bay fares fell by between 2% and 4% in spring.", 2, 4, QuantityChange.Decrease)]
    [InlineData("Vorland wages climbed by between 3 and 5 per cent.", 3, 5, QuantityChange.Increase)]
    public void Recognize_BetweenRangeAfterAChangeVerb_IsTheSizeOfTheChange(string text, double low, double high, QuantityChange change)
    {
        var mention = Find(text, low);

        mention.Quantity.High.Should().Be(high, "'between' opens a range even after a verb of change");
        mention.Change.Should().Be(change);
    }

    [Theory]
    [InlineData("Vorland logged 9.3 cases per million people last winter.", 9.3, "1000000 people")]
    [InlineData("Lindenport recorded 41.5 deaths per 100,000 population.", 41.5, "100000 population")]
    [InlineData("The Brenmoor rate was 12.2 per 1,000 population in 2021.", 12.2, "1000 population")]
    public void Recognize_RatePerAScaleWordOrACollectiveNoun_KeepsTheCount(string text, double value, string per)
    {
        Find(text, value).Per.Name.Should().Be(per);
    }

    [Theory]
    [InlineData("Brenmoor power traded at $48/megawatt hour on Monday.", 48)]
    [InlineData("Vorland's grid paid $61 per megawatthour at the peak.", 61)]
    public void Recognize_PricePerMegawattHourSpelledOut_IsARatePerMegawattHour(string text, double value)
    {
        Find(text, value).Per.Name.Should().Be("MWh");
    }

    [Fact]
    public void Recognize_TermBeforeFixedRate_IsALabel()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize("The 15-year fixed rate in Vorland fell to 5.1%.")
            .Should().NotContain(m => m.Quantity.Value == 15, "the term of a fixed-rate loan names the product");
    }

    [Theory]
    [InlineData("The Lindenport clinic saw one measles case in March.", "case")]
    [InlineData("One news crew was stuck in Kestrel Bay overnight.", "crew")]
    public void Recognize_OneBeforeANounEndingInSThatIsNoPlural_CountsOne(string text, string unit)
    {
        Find(text, 1).Quantity.Unit.Name.Should().Be(unit, "'measles' and 'news' end in 's' without ending the noun phrase");
    }

    [Theory]
    [InlineData("Vorland admitted 61.2 per 100,000 children aged 0-4 with flu.", 0, 4)]
    [InlineData("Lindenport vaccinated infants aged 0–2 first.", 0, 2)]
    public void Recognize_AgeRangeFromZeroWithADash_IsAnAge(string text, double low, double high)
    {
        var quantity = Find(text, low).Quantity;

        quantity.High.Should().Be(high);
        quantity.Unit.Name.Should().Be("year of age");
    }

    [Theory]
    [InlineData("Brenmoor logged 48.6 admissions for every 100,000 people.", 48.6, "100000 people")]
    [InlineData("Vorland saw 7 deaths for every 1,000 births last year.", 7, "1000 birth")]
    public void Recognize_ForEveryAPowerOfTen_IsARatePerThatCount(string text, double value, string per)
    {
        Find(text, value).Per.Name.Should().Be(per);
    }

    [Theory]
    [InlineData("Kestrel Bay holders get three bonus shares for every 17 they own.", 17)]
    [InlineData("Lindenport has one warden for every 30 visitors.", 30)]
    public void Recognize_ForEveryAnotherAmount_IsAnAmountOfItsOwn(string text, double value)
    {
        Find(text, value).Quantity.Value.Should().Be(value, "an amount set against another is no rate base");
    }

    [Theory]
    [InlineData("A further R12.5 billion funds clinics across Esterlund.", 12.5e9, "ZAR")]
    [InlineData("The Velmora council backed a P3.4-trillion budget last week.", 3.4e12, "PHP")]
    [InlineData("Quenby's senate cut a P12-billion grant from the plan.", 12e9, "PHP")]
    [InlineData("Dunmere's treasury set up an R7-billion relief fund.", 7e9, "ZAR")]
    public void Recognize_CurrencyLetterWithDecimalsOrHyphenBeforeAScale_IsMoney(string text, double value, string code)
    {
        Find(text, value).Quantity.Unit.Name.Should().Be(code, "decimals or a hyphen before 'billion' write money, whatever word follows");
    }

    [Fact]
    public void Recognize_WholeFigureAfterACurrencyLetterBeforeAScaleAndAPluralNoun_IsNoMoney()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize("Velmora sent N95 million masks to its clinics.")
            .Should().NotContain(m => m.Quantity.Unit.Name == "NGN", "'N95' names a mask, not an amount of naira");
    }

    [Fact]
    public void Recognize_CurrencyLetterAndDigitsHyphenedToAWordNoScale_IsNoMoney()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize("The Quenby air show flew a restored P51-Mustang.")
            .Should().NotContain(m => m.Quantity.Unit.Name == "PHP", "only a power of a thousand after the hyphen makes the word money");
    }

    [Theory]
    [InlineData("One third of the seed in Dunmere was lost.", 1.0 / 3)]
    [InlineData("Carrow spends one fifth of its budget on roads.", 0.2)]
    public void Recognize_OneBeforeASingularFractionOfSomething_IsTheFraction(string text, double value)
    {
        Find(text, value).Quantity.Value.Should().BeApproximately(value, 1e-9);
    }

    [Fact]
    public void Recognize_NumberWordsRangeBeforeAScale_ScalesBothEnds()
    {
        var quantity = Find("Quenby households may claim four to seven million won apiece.", 4e6).Quantity;

        quantity.High.Should().Be(7e6, "the multiplier after the second end applies to the first, as with digits");
    }

    [Fact]
    public void Recognize_MoneyPerSf_IsPerSquareFoot()
    {
        Find("Office space in Brenton rents for $52 per sf.", 52).Per.Name.Should().Be("ft²");
    }

    [Theory]
    [InlineData("Cocoa traded at 143.5 cents per pound in Velmora.", 143.5)]
    [InlineData("Brenton butchers paid 90 pence a pound for lamb.", 90)]
    public void Recognize_HundredthsPerPound_IsPerPoundOfWeight(string text, double value)
    {
        Find(text, value).Per.Name.Should().Be("lb", "cents or pence are not priced per pound sterling");
    }

    [Fact]
    public void Recognize_TimeBeforeToAndTheLevelReached_IsNoRate()
    {
        Find("Carrow growers lifted output from 3.9t/ha a year before to 4.4t/ha.", 3.9).Quantity.Unit.Name.Should().Be("t/ha");
    }

    [Theory]
    [InlineData("The Carrow water board expects to recover R9 billion from unpaid bills.", 9e9)]
    [InlineData("Quenby detectives recovered $8,500 hidden in a van.", 8500)]
    public void Recognize_RecoverRightBeforeMoney_IsNoRise(string text, double value)
    {
        Find(text, value).Change.Should().Be(QuantityChange.None, "money recovered is collected, not a rise");
    }

    [Theory]
    [InlineData("Dunmere Chemicals lifted its sales to Rs. 412.37 millions in the quarter.", 412.37e6)]
    [InlineData("The Carrow treasury set aside 3 billions for new roads.", 3e9)]
    public void Recognize_DigitsBeforeAPluralOfAMillionOrMore_MultipliesThem(string text, double value)
    {
        Find(text, value).Quantity.Value.Should().Be(value, "right after digits \"millions\" is the multiplier, not a second, vague number");
    }

    [Fact]
    public void Recognize_PluralOfAMillionWithNoFigureBefore_StaysVague()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize("Millions of Quenby homes lost power.")
            .Should().NotContain(m => m.Quantity.Value >= 2e6 && m.Quantity.Qualifier == Qualifier.Exact, "no digits stand before the plural");

        var mentions = QuantityRecognizer.Default.Recognize("Crews restored 40 substations serving millions of Quenby homes.");
        mentions.Should().Contain(m => m.Quantity.Value == 40, "the count of substations stays as written");
        mentions.Should().NotContain(m => m.Quantity.Value >= 40e6, "\"millions\" scales only digits right before it, not a figure words earlier");
    }

    [Fact]
    public void Recognize_RatePerAScaleWordWithNothingAfter_IsPerThatCount()
    {
        Find("Brenmoor logged 41 cases per million.", 41).Per.Name.Should().Be("1000000", "\"per million\" at the end is per 1,000,000, as \"per million people\" is");
        Find("Brenmoor logged 41 cases per million from 97 before.", 41).Per.Name.Should().Be("1000000", "a preposition after the scale word is no counted noun");
    }

    [Fact]
    public void Recognize_StormSurgeBeforeARange_IsARangeNotARise()
    {
        var mention = Find("A storm surge of 3 to 6 feet flooded Quenby's harbour.", 3);

        mention.Quantity.High.Should().Be(6, "a storm surge is the sea pushed ashore, not a rise of 3 to a level of 6");
        mention.Change.Should().Be(QuantityChange.None);
    }

    [Fact]
    public void Recognize_AndOverBeforeTheNextFigure_BoundsThatFigureOnly()
    {
        var mentions = new[] { Find("The Vessa party took 19 seats and over 31 per cent of all ballots.", 19), Find("The Vessa party took 19 seats and over 31 per cent of all ballots.", 31) };

        mentions[0].Quantity.Qualifier.Should().Be(Qualifier.Exact, "\"and over\" opens the next figure here");
        mentions[1].Quantity.Qualifier.Should().Be(Qualifier.MoreThan);
        Find("Visitors to Vessa aged 16 and over pay full price.", 16).Quantity.Qualifier.Should().Be(Qualifier.AtLeast, "with no figure after it the phrase bounds the one before");
        Find("Vessa polled tenants aged 70 and over 60% of whom rent alone.", 70).Quantity.Qualifier.Should().Be(Qualifier.AtLeast, "after an age \"and over\" is its age band, even with a figure next");
    }

    [Theory]
    [InlineData("A flat in Vessa town rents for Kshs. 14,500 a month.", 14500)]
    [InlineData("Brenmoor tenants pay KShs 9,000 for a single room.", 9000)]
    [InlineData("The Quenby plot sold for KSh. 2.4 million.", 2.4e6)]
    [InlineData("Vessa county collected Kes. 3.8 billion in rates last year.", 3.8e9)]
    [InlineData("A Brenmoor borehole costs Kes 650,000 to drill.", 650000)]
    public void Recognize_KenyanShillingPrefixWithAPeriodOrAPlural_IsMoney(string text, double value) =>
        Find(text, value).Quantity.Unit.Should().Be(Unit.Currency("KES"));

    [Theory]
    [InlineData("Vorland passed a 98.6-trillion-yen spending plan.", 98.6e12, "JPY")]
    [InlineData("Ostrava agreed a 4.2-billion-euro rail deal.", 4.2e9, "EUR")]
    public void Recognize_ScaleAndCurrencyJoinedByHyphens_IsMoney(string text, double value, string iso) =>
        Find(text, value).Quantity.Unit.Should().Be(Unit.Currency(iso), "the multiplier and the currency follow the number in one hyphenated word");

    [Theory]
    [InlineData("Lindenport's Ana Pereda, the 3,000m steeplechase champion, won again.", 3000)]
    [InlineData("Tomas Ek won the 10,000m final in Vessa.", 10000)]
    public void Recognize_JoinedMAfterThousandsBeforeARace_IsMetres(string text, double value) =>
        Find(text, value).Quantity.Unit.Should().Be(Unit.Physical("m"), "a race run over the distance names metres, not millions");

    [Theory]
    [InlineData("Lindenport's mint struck 1,450m fresh coins last year.", 1.45e9)]
    [InlineData("The Vessa club paid a 1,200m final instalment to its lenders.", 1.2e9)]
    [InlineData("Brenmoor cut its 2,300m race budget.", 2.3e9)]
    public void Recognize_JoinedMAfterThousandsBeforeANoun_StaysMillions(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().NotBe(UnitKind.Physical, "a race word that goes on into a noun phrase names no race");

    [Theory]
    [InlineData("Buyers in Carrow need a 10% down payment on new flats.", 10)]
    [InlineData("The Vessa bank cut its minimum down payments to 5% this spring.", 5)]
    public void Recognize_PercentBeforeDownPayment_IsNoFall(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.None, "a down payment is the share paid at the start, not a fall");

    [Fact]
    public void Recognize_CatalogueNumberOfAGalaxy_IsNotAnAmount() =>
        QuantityRecognizer.Default.Recognize("Galaxy NGC 7014 lies far beyond the Vessa observatory's reach.")
            .Should().NotContain(m => m.Quantity.Value == 7014, "\"NGC 7014\" names a galaxy");

    [Theory]
    [InlineData("In Vorland the rise was 3.7% over the year.", 3.7, QuantityChange.Increase)]
    [InlineData("In Brenmoor the drop was 2.1%.", 2.1, QuantityChange.Decrease)]
    public void Recognize_ChangeNounThenWasThenAmount_IsTheChange(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change);

    [Fact]
    public void Recognize_EmphasisBeforeASecondAmountAfterAnd_SharesTheVerb() =>
        Find("Quenby bus fares went up 4.5% and rail fares just 0.8%.", 0.8).Change.Should().Be(QuantityChange.Increase, "the verb of the first amount is left out");

    [Theory]
    [InlineData("Carrow's rates rose by a fifth, the council said.", 0.2)]
    [InlineData("Ostrava cut its bus fleet by nearly a third in two years.", 1.0 / 3)]
    public void Recognize_FractionAfterBy_IsTheSizeOfTheChange(string text, double value) =>
        Find(text, value).Quantity.Value.Should().BeApproximately(value, 1e-6);

    [Fact]
    public void Recognize_FractionWordBeforeANounAfterBy_IsNoFraction() =>
        QuantityRecognizer.Default.Recognize("The Vessa seat was won by a third party candidate.")
            .Should().NotContain(m => Math.Abs(m.Quantity.Value - (1.0 / 3)) < 1e-6, "\"a third party\" is no fraction");

    [Theory]
    [InlineData("A Tarnow loaf costs 9p more than in early May.", 9)]
    [InlineData("Diesel in Velmora became 6p per litre dearer since March.", 6)]
    [InlineData("Ferry tickets to Quenby are £4 cheaper than in late June.", 4)]
    public void Recognize_ComparativeThenPartOfAMonthOrSince_IsAChange(string text, double value) =>
        Find(text, value).Change.Should().NotBe(QuantityChange.None, "the comparison is with an earlier time");

    [Fact]
    public void Recognize_ComparativeThenLateBeforeANoun_IsADifference() =>
        Find("Morning fares in Carrow are £3 dearer than late trains.", 3).Change.Should().Be(QuantityChange.None, "\"late trains\" names no time");

    [Theory]
    [InlineData("The winds in Dunmere eased at 03.45 and again at 05.10.", 3.45)]
    [InlineData("The winds in Dunmere eased at 03.45 and again at 05.10.", 5.1)]
    [InlineData("The Vessa flood peaked at 00.30 on Sunday.", 0.3)]
    public void Recognize_DottedClockTimeWithALeadingNought_IsNotAnAmount(string text, double value) =>
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => Math.Abs(m.Quantity.Value - value) < 1e-9, "a nought before the hour marks a clock time");

    [Theory]
    [InlineData("Shares in Orvik closed at 10.30 pence.", 10.3)]
    [InlineData("Rain in Carrow fell at 0.45 inches an hour.", 0.45)]
    public void Recognize_DecimalWithoutALeadingNoughtHour_StaysAnAmount(string text, double value) =>
        Find(text, value).Quantity.Value.Should().Be(value);

    [Theory]
    [InlineData("Revenue at Orvik passed $3 billion last year.", 3e9)]
    [InlineData("Grain stocks in Velmora passed 2m tonnes.", 2e6)]
    [InlineData("The Tarnow index is passing 5,000 points.", 5000)]
    public void Recognize_VerbOfGoingPastAFigure_IsALowerBound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.MoreThan);

    [Theory]
    [InlineData("The rock passed 9,000 miles (14,000 km) from the Vessa observatory's moon.", 9000)]
    [InlineData("The comet passed 3 million km from Earth.", 3e6)]
    [InlineData("The Ostrava judge passed 14 months on the driver.", 14)]
    [InlineData("The Harwick motion passed 215 to 210 in the assembly.", 215)]
    public void Recognize_VerbOfGoingPastADistanceOrATime_SetsNoBound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.Exact, "a distance passed at or a sentence passed is no bound");

    [Theory]
    [InlineData("The Velmora charity runs 40 clinics spread over 18 provinces.", 18)]
    [InlineData("The Karsby book fair is split over two weekends in May.", 2)]
    [InlineData("Its 120 stalls are scattered over 12 villages around Ostrava.", 12)]
    public void Recognize_OverAfterAVerbOfSpreading_SetsNoBound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.Exact, "after a verb of spreading 'over' says across what");

    [Theory]
    [InlineData("The Velmora charity runs clinics in over 18 provinces.", 18)]
    [InlineData("The Karsby fire spread over more than 300 hectares.", 300)]
    [InlineData("Over 12 villages around Ostrava were flooded.", 12)]
    public void Recognize_OverNotAfterAVerbOfSpreading_IsALowerBound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.MoreThan);

    [Theory]
    [InlineData("Over the year the delays at Karsby add up to 400 million minutes.", 4e8)]
    [InlineData("Ostrava's debts, adding up to £3 billion, were written off.", 3e9)]
    public void Recognize_SumAfterAddUpTo_IsExact(string text, double value)
    {
        var mention = Find(text, value);
        mention.Quantity.Qualifier.Should().Be(Qualifier.Exact, "the parts add up to the figure");
        mention.Change.Should().Be(QuantityChange.None, "a sum is no rise");
    }

    [Theory]
    [InlineData("The Vessa detour adds up to 12 days to a voyage.", 12)]
    [InlineData("Each Tarnow module may add up to 1TB of storage.", 1)]
    [InlineData("The Velmora plant will add up to 500 jobs.", 500)]
    [InlineData("A new Orvik wing could add up to 40 beds.", 40)]
    public void Recognize_AddUpToBeforeWhatIsAdded_IsABound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.UpTo);

    [Theory]
    [InlineData("Officials in Vorland said arrivals may top 7,400 this year.", 7400)]
    [InlineData("Brenmoor plots can top $2,600 a square foot.", 2600)]
    [InlineData("The Orvik harvest is expected to top 41 million tonnes.", 41e6)]
    public void Recognize_TopAfterAModalOrTo_IsALowerBound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.MoreThan, "a figure that may be topped is passed");

    [Fact]
    public void Recognize_TopAsARanking_SetsNoBound() =>
        Find("The top 12 Lindenport firms paid no tax.", 12).Quantity.Qualifier.Should().Be(Qualifier.Exact);

    [Theory]
    [InlineData("A Karsby grower got 19-20 quintal per acre.", 19)]
    [InlineData("Farmers near Ostrava averaged 14 quintal an acre.", 14)]
    public void Recognize_QuintalSingular_IsTheCountedUnit(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("quintal");

    [Fact]
    public void Recognize_OverseasBeforePlural_CountsThePlural() =>
        Find("Velmora College took 640 overseas students.", 640).Quantity.Unit.Name.Should().Be("student");

    [Theory]
    [InlineData("The lagoon at Karsby warmed to 29˚C in August.", 29, "°C")]
    [InlineData("Brenmoor sweltered at 38ºC on Friday.", 38, "°C")]
    [InlineData("The Vessa hot spring runs at 104˚F all year.", 104, "°F")]
    public void Recognize_DegreeSignLookalikes_ReadTheScale(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Fact]
    public void Recognize_PartsPerMillionByVolume_IsPpm() =>
        Find("Air sampled above Lindenport held 412 ppmv of carbon dioxide.", 412).Quantity.Unit.Name.Should().Be("ppm");

    [Theory]
    [InlineData("Fines for Orvik landlords can go up to $40,000.", 40000)]
    [InlineData("The wait for a Velmora permit could go up to nine weeks.", 9)]
    [InlineData("Penalties may go up to 6 years in prison.", 6)]
    public void Recognize_GoUpToAfterAModal_IsABound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.UpTo, "what can go up to a figure is capped by it");

    [Fact]
    public void Recognize_GoneUpToWithoutAModal_ReachesTheFigure() =>
        Find("The toll in Karsby has gone up to 64.", 64).Quantity.Qualifier.Should().Be(Qualifier.Exact);

    [Theory]
    [InlineData("The Velmora reservoir held 412,000 acre-feet in June.", 412000)]
    [InlineData("Lake Orvik is down to 96,310 acre-ft after the dry winter.", 96310)]
    [InlineData("Farms near Karsby drew 1,200 acre feet from the river.", 1200)]
    public void Recognize_AcreFeet_IsAVolumeOfWater(string text, double value)
    {
        var quantity = Find(text, value).Quantity;

        quantity.Unit.Kind.Should().Be(UnitKind.Physical);
        quantity.Unit.Name.Should().Be("ac-ft");
    }

    [Theory]
    [InlineData("The Brenmoor smelter turned out 48,250 mt of zinc last quarter.", 48250)]
    [InlineData("Velmora exported 2.4 million MT of rice.", 2400000)]
    [InlineData("Karsby port handled 61.7 mt of cargo in the year, against 58.9 mt a year before.", 61700000)]
    public void Recognize_MetricTonsWrittenMt_AreTonnesOrMillionsAfterASmallFigure(string text, double value)
    {
        var quantity = Find(text, value).Quantity;

        quantity.Unit.Kind.Should().Be(UnitKind.Physical);
        quantity.Unit.Name.Should().Be("t", "'{0}' weighs {1} tonnes", text, value);
    }

    [Theory]
    [InlineData("The Orvik clinic pays $4.80 a dose for the vaccine.", 4.8, "dose")]
    [InlineData("A generic version should cost under $25 a vial.", 25, "vial")]
    [InlineData("The pills sold for $1.10 per tablet last year.", 1.1, "tablet")]
    [InlineData("Freight from Lindenport reached $3,900 per container.", 3900, "container")]
    public void Recognize_PriceOfADoseOrAContainer_IsARate(string text, double value, string per) =>
        Find(text, value).Per.Name.Should().Be(per);

    [Theory]
    [InlineData("Sales in Velmora rose 7%, 4% and 2% in the three regions.", 4)]
    [InlineData("Sales in Velmora rose 7%, 4% and 2% in the three regions.", 2)]
    [InlineData("Bus fares rose 5% and 3%, and tram fares by 2%.", 2)]
    [InlineData("Exports to Velmora were up 6.1 percent, Orvik and the Isles 4.2 percent and Karsby 1.5 percent.", 4.2)]
    public void Recognize_PercentagesListedAfterOneVerb_ShareItsChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.Increase, "the verb before the first amount of the list is written once");

    [Fact]
    public void Recognize_YardsListedAfterAVerb_DoNotShareItsChangeByComma() =>
        Find("Kessler racked up 301 total yards, 214 passing yards and 87 rushing yards.", 214).Change.Should().Be(QuantityChange.None);

    [Theory]
    [InlineData("Brenmoor expects growth of 2 percent to 3 percent next year.", 2, 3)]
    [InlineData("Analysts see a rise of 4% to 6% in Orvik rents.", 4, 6)]
    public void Recognize_ChangeNounOfARange_IsARange(string text, double low, double high)
    {
        var quantity = Find(text, low).Quantity;

        quantity.Qualifier.Should().Be(Qualifier.Range);
        quantity.High.Should().Be(high);
    }

    [Fact]
    public void Recognize_ChangeVerbBeforeTo_StillReachesALevel() =>
        Find("The Velmora jobless rate rose 0.2% to 4.1%.", 4.1).Quantity.Qualifier.Should().NotBe(Qualifier.Range);

    [Fact]
    public void Recognize_MagnitudeOf_IsAMagnitude() =>
        Find("The agency gave the Karsby quake a magnitude of 5.9.", 5.9).Quantity.Unit.Name.Should().Be("magnitude");

    [Theory]
    [InlineData("Trollers off Orvik landed 14,800 salmon in the first week.", 14800, "salmon")]
    [InlineData("Anglers on the Velmora river kept 2,300 trout.", 2300, "trout")]
    public void Recognize_FishCountedInTheSingular_IsACountedNoun(string text, double value, string noun) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(noun);

    [Theory]
    [InlineData("The county set aside Sh 2.4 billion for new clinics.", 2.4e9, "KES")]
    [InlineData("Traders in Brenmoor asked Sh120 for a kilo of beans.", 120, "KES")]
    [InlineData("A sack of maize fetched Sh85,000 in Kampala last week.", 85000, "UGX")]
    [InlineData("School fees in Tanzania rose to Shs 650,000 a term.", 650000, "TZS")]
    [InlineData("The Orvik plant will cost Rs 800 crore, its Kenyan partner said.", 8e9, "INR")]
    public void Recognize_ShillingsWrittenSh_AreTheShillingOfThePlaceNamed(string text, double value, string currency)
    {
        var quantity = Find(text, value).Quantity;

        quantity.Unit.Kind.Should().Be(UnitKind.Currency);
        quantity.Unit.Name.Should().Be(currency);
    }

    [Theory]
    [InlineData("Onions sold for N1,212.40 per kg in Karsby market.", 1212.4)]
    [InlineData("A crate of eggs cost N2,905.5 in March.", 2905.5)]
    [InlineData("A loaf of bread now costs N615.8 on average.", 615.8)]
    public void Recognize_NairaLetterWithThousandsOrATenth_IsMoney(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("NGN");

    [Fact]
    public void Recognize_LetterWithOneDigitAndATenth_StaysAName() =>
        QuantityRecognizer.Default.Recognize("The R2.5 junction reopened on Monday.").Should().NotContain(m => m.Quantity.Unit.Kind == UnitKind.Currency);

    [Fact]
    public void Recognize_MillimetresOfMercuryWrittenApart_AreOneUnit() =>
        Find("Patients in the Velmora trial had readings of 150 mm Hg or more.", 150).Quantity.Unit.Name.Should().Be("mmHg");

    [Theory]
    [InlineData("Orders were 12% above the same quarter of 2019.")]
    [InlineData("Sales fell in the final half of 2022, the Karsby group said.")]
    public void Recognize_FractionWordOfAYear_IsNoFraction(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == 0.25 || m.Quantity.Value == 0.5, "'{0}' names a part of a year", text);

    [Theory]
    [InlineData("Spot rates from Lindenport were $1,850, $920 and $640 per container.", 1850)]
    [InlineData("Spot rates from Lindenport were $1,850, $920 and $640 per container.", 920)]
    [InlineData("In Brenmoor petrol costs Sh 182.30, diesel Sh 171.05 and kerosene Sh 160.90 per litre.", 182.3)]
    [InlineData("The Orvik regulator cut petrol by N12.50, diesel by N9.80 and kerosene by N7.25 per litre.", 9.8)]
    public void Recognize_PricesListedBeforeOneRate_ShareIt(string text, double value) =>
        Find(text, value).Per.Kind.Should().NotBe(UnitKind.None, "'{0}' writes the rate once after the list", text);

    [Theory]
    [InlineData("Velmora's minimum wage is now $11.40 an hour, up from $10.90.", 10.9)]
    [InlineData("Container rates fell 9%, or $310, to $3,140 per container.", 310)]
    [InlineData("The levy raised $40 million and $2 a share went to holders.", 40e6)]
    public void Recognize_PriceNotListedWithARate_KeepsNone(string text, double value) =>
        Find(text, value).Per.Should().Be(Unit.None);

    [Theory]
    [InlineData("Velmora's jobless rate slipped a tenth of a percentage point in May.", 0.1, "percentage point")]
    [InlineData("The new Orvik runway is a third of a mile longer.", 1.0 / 3, "mi")]
    [InlineData("The Brenmoor skater lost the final by one-hundredth of a second.", 0.01, "second")]
    [InlineData("Vorland's skier finished six-hundredths of a second clear.", 0.06, "second")]
    [InlineData("The Lindenport relay lost by two hundredths of a second.", 0.02, "second")]
    [InlineData("The Kestrel Bay pier is two-thirds of a mile long.", 2.0 / 3, "mi")]
    public void Recognize_FractionOfAUnit_TakesTheUnit(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Theory]
    [InlineData("Some twenty - five Brenmoor homes lost power .", 25)]
    [InlineData("The Orvik court heard ninety - nine witnesses .", 99)]
    public void Recognize_TensAndOnesAcrossASpacedHyphen_AreOneNumber(string text, double value) =>
        QuantityRecognizer.Default.Recognize(text).Should().ContainSingle("tokenised text writes every hyphen between spaces")
            .Which.Quantity.Value.Should().BeApproximately(value, 1e-9);

    [Theory]
    [InlineData("Once built, the Vorland depot will cover 84 000 m².", 84000, "m²")]
    [InlineData("Some 2 450 000 voters in Ostrava cast a ballot.", 2450000, "voter")]
    [InlineData("The Brenmoor wind farm adds 1 500 MW to the grid.", 1500, "MW")]
    public void Recognize_ThousandsSetOffBySpaces_AreOneNumber(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Fact]
    public void Recognize_NumberAnIdentifierWordNamesBeforeThreeDigits_StaysSeparate() =>
        QuantityRecognizer.Default.Recognize("In round 3 200 more ballots were counted in Brenmoor.")
            .Should().NotContain(m => m.Quantity.Value == 3200, "'round 3' names a round; 200 ballots are counted in it");

    [Theory]
    [InlineData("The Lindenport club ran 3 100-metre heats on Sunday.", 3)]
    [InlineData("Orvik Air flies 9 747s and four 787s.", 9)]
    [InlineData("The Kestrel Bay yard handed over 14 320 NEOs in May.", 14)]
    public void Recognize_ThreeDigitsAfterASpaceThatNameSomething_StaySeparate(string text, double value) =>
        QuantityRecognizer.Default.Recognize(text).Should().Contain(m => m.Quantity.Value == value, "'{0}' does not write one number", text);

    [Theory]
    [InlineData("Brenmoor cut the diesel levy by 4.35 c/l overnight.", 4.35, "cent/L")]
    [InlineData("Levies in Vorland add 12 c/kWh to household bills.", 12, "cent/kWh")]
    public void Recognize_CentsPerUnitWrittenApart_AreARateInCents(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Fact]
    public void Recognize_TemperatureLetterWrittenApart_IsNoCent() =>
        Find("Ostrava hit 33 c on Monday.", 33).Quantity.Unit.Name.Should().BeOneOf(["°C", ""], "a lone 'c' after a temperature is no cent; read as Celsius or as no unit");

    [Theory]
    [InlineData("Trains will span the 1.8km-wide Orvik gorge.", 1.8, "km")]
    [InlineData("A 40km-long queue formed outside Lindenport.", 40, "km")]
    [InlineData("The 300m-high Kestrel Bay tower opened on Monday.", 300, "m")]
    [InlineData("Brenmoor plans a 25 storey tower by the station.", 25, "storey")]
    public void Recognize_UnitBeforeAnAdjectiveOfSizeOrASingularStorey_IsTheUnit(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Theory]
    [InlineData("Vorland's utility fitted 4 500 prepaid meters last year.", 4500, "meter")]
    [InlineData("Brenmoor replaced 800 old water meters.", 800, "meter")]
    [InlineData("The Ostrava pipe runs 12 000 meters under the bay.", 12000, "m")]
    public void Recognize_MeterAfterAModifierOfItsOwn_IsADeviceCountedNotALength(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Theory]
    [InlineData("Vorland trial patients took 5.0-10.0 mg of the drug a day.", 5, 10)]
    [InlineData("The Ostrava dose ran 5.5-10.5 mg per kilo.", 5.5, 10.5)]
    public void Recognize_RangeOfDecimalsJoinedByAHyphen_IsARangeNotAPhoneNumber(string text, double low, double high)
    {
        var mention = Find(text, low);

        mention.Quantity.High.Should().Be(high);
    }

    [Theory]
    [InlineData("Ostrava house prices rose 6.2% on the year and 0.7% in the month.", 0.7)]
    [InlineData("Vorland rents fell 3% over the week and 8% in Brenmoor.", 8)]
    [InlineData("Kestrel Bay office rents rose 12% over the year and Lindenport's 9%.", 9)]
    [InlineData("Vorland exports slipped 4.1% in the quarter and car sales 2.9%.", 2.9)]
    [InlineData("Brenmoor output grew 1.4 percent over the quarter, and 3 percent on the year.", 3)]
    public void Recognize_SecondAmountAfterAPhraseOfTimeOrAPossessive_SharesTheVerb(string text, double value) =>
        Find(text, value).Change.Should().NotBe(QuantityChange.None, "the verb of the first amount is left out of '{0}'", text);

    [Theory]
    [InlineData("Visitor arrivals in Vorland by air rose 6.2% and those by ferry 31.5%.", 31.5, QuantityChange.Increase)]
    [InlineData("Kestrel wheat exports fell 4.4% and those from Brenmoor 7.9%.", 7.9, QuantityChange.Decrease)]
    [InlineData("The Ostrava composite index gained 2.3% and that of the Lindenport exchange 1.6%.", 1.6, QuantityChange.Increase)]
    [InlineData("Sales of Marrow cars climbed 12 percent and imports of used vans 8 percent.", 8, QuantityChange.Increase)]
    [InlineData("Spending by visitors from the west grew 9 percent and by those from the south 14 percent.", 14, QuantityChange.Increase)]
    [InlineData("Brenmoor rents fell 2.1% and in the northern suburbs 3.4%.", 3.4, QuantityChange.Decrease)]
    public void Recognize_AmountAfterAndALongerSubject_SharesTheLeftOutVerb(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change, "the verb of the first amount is left out of '{0}'", text);

    [Theory]
    [InlineData("Bus fares in Vorland rose 4% and those for trains stayed at 12%.", 12)]
    [InlineData("Kestrel fares rose 5% and the share of riders paying cash was 40%.", 40)]
    [InlineData("Ostrava exports grew 3% and those of the Brenmoor mills reached 18%.", 18)]
    public void Recognize_AmountAfterAndASubjectWithItsOwnVerb_IsNoSharedChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.None, "'{0}' gives the amount its own verb", text);

    [Fact]
    public void Recognize_AmountOfAnotherThingAfterAPhraseOfTime_IsNoChange() =>
        Find("Vorland prices rose 6.2% in the month and 40% of homes sold above asking.", 40).Change
            .Should().Be(QuantityChange.None, "40% says what share of homes, not how much prices rose");

    [Theory]
    [InlineData("Vorland retailers raised prices by 3 to 6 per cent.", 3, 6, QuantityChange.Increase)]
    [InlineData("Brenmoor water use fell 10 to 15 percent in July.", 10, 15, QuantityChange.Decrease)]
    public void Recognize_BarePercentRangeAfterAChange_IsTheSizeOfTheChange(string text, double low, double high, QuantityChange change)
    {
        var mention = Find(text, low);

        mention.Quantity.High.Should().Be(high);
        mention.Change.Should().Be(change);
    }

    [Theory]
    [InlineData("Ostrava's jobless rate rose 0.2 to 5.1 percent.", 5.1)]
    [InlineData("Lindenport inflation climbed from 3 to 8 percent.", 8)]
    public void Recognize_PercentAfterToFarAboveABareChangeOrAfterFrom_IsTheLevelReached(string text, double level) =>
        Find(text, level).Quantity.Qualifier.Should().NotBe(Qualifier.Range, "'{0}' gives the level reached, not the end of a range", text);

    [Theory]
    [InlineData("Vorland trial patients began at 148 mm Hg over 96 mm Hg.", 96)]
    [InlineData("The Brenmoor placebo group started at 151 over 97 mm Hg.", 97)]
    public void Recognize_PressureOverAnotherReading_IsNoBound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.Exact, "'over' between two readings of '{0}' sets no bound", text);

    [Fact]
    public void Recognize_AgeOverAfterACount_KeepsItsBound() =>
        Find("Some 1,200 Ostrava residents over 65 were moved.", 65).Quantity.Qualifier.Should().Be(Qualifier.MoreThan);

    [Theory]
    [InlineData("Vorland crude rose 2% to $80 and Brenmoor gas 4% to $3.10.", 4, QuantityChange.Increase)]
    [InlineData("Ostrava shares fell 3% to 410p and Kestrel Bay stock 5% to 220p.", 5, QuantityChange.Decrease)]
    public void Recognize_SecondChangeAfterTheLevelTheFirstReached_SharesTheVerb(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change, "the verb of the first change is left out of '{0}'", text);

    [Fact]
    public void Recognize_ShareOfSomethingElseAfterTheLevelReached_IsNoChange() =>
        Find("Lindenport shares fell 3% to 410p and 20% of traders sold.", 20).Change
            .Should().Be(QuantityChange.None, "20% says how many traders sold, not how far shares fell");

    [Theory]
    [InlineData("\"We sold 300\" was all the Vorland manager said.")]
    [InlineData("The Brenmoor mayor said: \"Turnout rose 300\" and left.")]
    public void Recognize_QuoteClosingAQuotationAfterAFigure_IsNoInch(string text) =>
        Find(text, 300).Quantity.Unit.Name.Should().NotBe("in", "the quote mark in '{0}' ends a quotation", text);

    [Theory]
    [InlineData("The Vorland central bank raised its key lending rate 50 basis points to 6.25 percent.", 50, QuantityChange.Increase)]
    [InlineData("The Brenmoor institute cut its growth forecast 0.3 points to 2.9%.", 0.3, QuantityChange.Decrease)]
    public void Recognize_AmountAfterAVerbAndWhatItChangedBeforeTheLevelReached_IsTheChange(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change, "'{0}' names what changed between the verb and the amount", text);

    [Fact]
    public void Recognize_AmountAfterAVerbAndANounWithoutTheLevelReached_IsNoChange() =>
        Find("Ostrava's Vorbank raised its stake 20% last year.", 20).Change
            .Should().Be(QuantityChange.None, "no level reached follows the amount, which may be the stake's size");

    [Theory]
    [InlineData("Vorland gusts reached 35 mph (56 km/h) or above.", 35, Qualifier.MoreThan)]
    [InlineData("Vorland gusts reached 35 mph (56 km/h) or above.", 56, Qualifier.MoreThan)]
    [InlineData("Brenmoor nights at 14 degrees Fahrenheit (-10 degrees Celsius) or colder split the pipes.", 14, Qualifier.LessThan)]
    [InlineData("Brenmoor nights at 14 degrees Fahrenheit (-10 degrees Celsius) or colder split the pipes.", -10, Qualifier.LessThan)]
    public void Recognize_QualifierAfterAConversionInBrackets_BoundsBothAmounts(string text, double value, Qualifier qualifier) =>
        Find(text, value).Quantity.Qualifier.Should().Be(qualifier, "the bound after the bracket in '{0}' holds for both readings", text);

    [Fact]
    public void Recognize_NearingBeforeAnAmount_IsAnApproximation() =>
        Find("Ostrava inflation is nearing 70%.", 70).Quantity.Qualifier.Should().Be(Qualifier.Approximately);

    [Fact]
    public void Recognize_EnlargeByAnAmount_IsARise() =>
        Find("The Lindenport scheme would enlarge the old barn by 45%.", 45).Change.Should().Be(QuantityChange.Increase);

    [Theory]
    [InlineData("Vorland food prices rose 7.7%, housing and energy 21.6% and transport 19.4%.", 21.6)]
    [InlineData("Vorland food prices rose 7.7%, housing and energy 21.6% and transport 19.4%.", 19.4)]
    [InlineData("In Brenmoor petrol fell 3.1%, diesel 2.8%.", 2.8)]
    public void Recognize_PercentageAfterACommaAndALowerCaseItem_SharesTheVerb(string text, double value) =>
        Find(text, value).Change.Should().NotBe(QuantityChange.None, "'{0}' leaves the verb out before {1}%", text, value);

    [Theory]
    [InlineData("Ostrava prices rose 4%, inflation was 3%.")]
    [InlineData("Lindenport sales rose 5%, the highest share 3%.")]
    public void Recognize_PercentageAfterACommaAndAClauseOfItsOwn_IsNoChange(string text) =>
        Find(text, 3).Change.Should().Be(QuantityChange.None, "3% in '{0}' is a level in a clause of its own", text);

    [Theory]
    [InlineData("Pressure at the Vorland station fell to 944 mb overnight.", 944)]
    [InlineData("At its deepest the Brenmoor hurricane read 927 mb.", 927)]
    [InlineData("Off Vessa the gusts topped 85 knots as readings sank to 913 mb.", 913)]
    [InlineData("The Orlen storm deepened to 968 mb overnight.", 968)]
    public void Recognize_MbInASentenceAboutPressureOrAStorm_IsMillibars(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("mbar", "'{0}' speaks of air pressure or a storm", text);

    [Fact]
    public void Recognize_MbElsewhere_StaysMegabits() =>
        Find("The Ostrava council's file is 100 mb.", 100).Quantity.Unit.Name.Should().Be("Mbit");

    [Theory]
    [InlineData("Vorland's bus passes for 16- and 17-year-olds will cost less.", 16)]
    [InlineData("Vorland's bus passes for 16- and 17-year-olds will cost less.", 17)]
    [InlineData("Brenmoor's new wage floor for 21- or 22-year-olds starts in May.", 21)]
    [InlineData("Lindenport surveyed 300 18-year-olds about their first jobs.", 18)]
    public void Recognize_HyphenLeftForTheNextFigureOrYearOlds_IsAnAge(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("year of age", "'{0}' gives {1} as an age", text, value);

    [Theory]
    [InlineData("Ostrava flats with 2- or 3-bedroom layouts sold first.", 2, "bedroom")]
    [InlineData("The Vorland yard builds 10- and 12-metre boats.", 10, "m")]
    public void Recognize_NumberWithAHyphenBeforeOrAndAnother_TakesTheUnitOfTheOther(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "the hyphen after {1} in '{0}' leaves its unit to the next figure", text, value);

    [Theory]
    [InlineData("Joblessness among Brenmoor's 16- to 19-year-olds fell.", 16, 19)]
    [InlineData("Vorland steers of 700- to 800-pound weight sold higher.", 700, 800)]
    public void Recognize_NumberWithAHyphenBeforeToAndAnother_IsARange(string text, double low, double high)
    {
        var mention = Find(text, low);
        mention.Quantity.Qualifier.Should().Be(Qualifier.Range, "'{0}' gives a range from {1} to {2}", text, low, high);
        mention.Quantity.High.Should().Be(high);
        mention.Quantity.Unit.Kind.Should().NotBe(UnitKind.None);
    }

    [Theory]
    [InlineData("The Ostrava lender made SEK 22.7 m after tax.", 22_700_000, "SEK")]
    [InlineData("Brenmoor paid £45 M for the ferry, SEK 9.2 m of it in cash.", 45_000_000, "GBP")]
    [InlineData("Brenmoor paid £45 M for the ferry, SEK 9.2 m of it in cash.", 9_200_000, "SEK")]
    [InlineData("The Vorland club sold its stadium for $20 k.", 20_000, "USD")]
    public void Recognize_MultiplierLetterSetOffFromMoney_IsTheMultiplier(string text, double value, string currency) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(currency);

    [Theory]
    [InlineData("The Vorland mast is 22.7 m tall.", 22.7, "m")]
    [InlineData("Lindenport paid $3 M&A fees.", 3, "USD")]
    public void Recognize_LetterAfterALengthOrGoingOnInAWord_IsNoMultiplier(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Theory]
    [InlineData("A Vorland storm is named once its winds pass 39 mph.", 39)]
    [InlineData("Brenmoor's debt could pass $4 billion next year.", 4_000_000_000)]
    public void Recognize_PassBeforeAFigure_IsALowerBound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.MoreThan, "going past {1} in '{0}' bounds it", text, value);

    [Fact]
    public void Recognize_PassAFigureAway_IsWhereItWentBy() =>
        Find("The Lindenport comet will pass 420,000 km away in 2031.", 420_000).Quantity.Qualifier.Should().Be(Qualifier.Exact);

    [Theory]
    [InlineData("Vorland's jobless count fell by 41,000 in the north and by 12,000 in the south.", 12_000, QuantityChange.Decrease)]
    [InlineData("The Brenmoor drug cut strokes by 22%, heart attacks by 17% and deaths by 9%.", 17, QuantityChange.Decrease)]
    [InlineData("The Brenmoor drug cut strokes by 22%, heart attacks by 17% and deaths by 9%.", 9, QuantityChange.Decrease)]
    [InlineData("Lindenport fares rose by 8% in 2021 and by a further 5% a year later.", 5, QuantityChange.Increase)]
    public void Recognize_AmountAfterByWithTheVerbLeftOut_SharesTheChangeBefore(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change, "'by {1}' after a change in '{0}' leaves its verb out", text, value);

    [Theory]
    [InlineData("Ostrava sales rose 5% in May, led by 10% in fuel.", 10)]
    [InlineData("Vessa sales rose 5% in May, driven by 10% in fuel.", 10)]
    [InlineData("Orlen Mills profits rose 6%, hit by 3% in fees.", 3)]
    [InlineData("Kestrel exports fell 4% in June, helped by 2% in grain.", 2)]
    [InlineData("Kestrel Bay rents rose 6% this year; by 2030 a 4% share of flats will be social.", 4)]
    public void Recognize_AmountAfterTheByOfAVerbOrAfterASentenceBreak_KeepsNoChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.None);

    [Theory]
    [InlineData("Vorland has ratified 38 men's relay records since 1990.", 38, "record")]
    [InlineData("Brenmoor runs 12 children's hospitals.", 12, "hospital")]
    [InlineData("Lindenport fielded 6 women's teams this season.", 6, "team")]
    public void Recognize_PluralPossessiveBeforeTheNoun_CountsTheNoun(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "the possessive in '{0}' owns what is counted", text);

    [Fact]
    public void Recognize_PossessiveAtTheEndOfThePhrase_CountsTheOwner() =>
        Find("The prize went to 40 men's.", 40).Quantity.Unit.Name.Should().Be("man");

    [Theory]
    [InlineData("The Vorland central bank made a 25-basis-point cut.", 25, "basis point")]
    [InlineData("Brenmoor's jobless rate posted a one-percentage-point rise.", 1, "percentage point")]
    [InlineData("A 2-percentage-point gap opened in Lindenport.", 2, "percentage point")]
    public void Recognize_HyphenatedUnitOfSeveralWords_IsThatUnit(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "the hyphenated words after {1} in '{0}' name one unit", text, value);

    [Theory]
    [InlineData("Vorland's sea level went up by 10 to 20cm last century.", 10, 20)]
    [InlineData("Brenmoor bus fares rose by 15 to 25 cents.", 15, 25)]
    public void Recognize_ByAndABareNumberToAnAmountAfterAChange_IsARangeOfTheChange(string text, double low, double high)
    {
        var mention = Find(text, low);
        mention.Quantity.High.Should().Be(high, "'by {1} to {2}' in '{0}' is the size of the change as a range", text, low, high);
        mention.Change.Should().Be(QuantityChange.Increase);
    }

    [Theory]
    [InlineData("Vorland plans to spend Y3.67 trillion on its railways this year.", 3.67e12)]
    [InlineData("Lindenport's council set aside roughly Y718.4 billion for schools.", 718.4e9)]
    public void Recognize_YenLetterBeforeAnAmountWithAMultiplier_IsYen(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("JPY", "'Y' joined to an amount with a multiplier in '{0}' is yen", text);

    [Fact]
    public void Recognize_YLetterBeforeASmallWholeFigure_IsNoMoney() =>
        QuantityRecognizer.Default.Recognize("Brenmoor banks feared the Y2K bug.").Should().NotContain(m => m.Quantity.Unit.Kind == UnitKind.Currency);

    [Theory]
    [InlineData("Each Vessa driver paid R5K to the council.", "ZAR")]
    [InlineData("Lindenport traders risk a N5K fine for late stalls.", "NGN")]
    public void Recognize_OtherLetterBeforeADigitAndACapitalK_IsMoney(string text, string code) =>
        Find(text, 5000).Quantity.Unit.Name.Should().Be(code, "only 'Y' before a digit and 'K' makes a name ('Y2K'); '{0}' gives money", text);

    [Theory]
    [InlineData("Off Vessa the storm brought a surge of 9 to 12 feet.", 9)]
    [InlineData("The 14-foot surge flooded Orlen's harbour.", 14)]
    [InlineData("Forecasters in Kestrel warned of surges of 2 to 3 metres.", 2)]
    public void Recognize_HeightNounBesideALength_IsNoChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.None, "the surge in '{0}' is how high the sea stands, not a rise", text);

    [Theory]
    [InlineData("Brenmoor sales saw a surge of 20% in June.", 20)]
    [InlineData("Lindenport fares had a 15% surge.", 15)]
    public void Recognize_SurgeBesideAPercentage_StaysARise(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.Increase);

    [Theory]
    [InlineData("In Vessa, onion prices fell by Tk 7 to 11 per kilogram.", 7, 11)]
    [InlineData("After the floods, Orlen lentils went up Rs 3 to 7 per kg.", 3, 7)]
    [InlineData("Brenmoor cab fares rose by $1 to 3 after the strike.", 1, 3)]
    public void Recognize_CurrencySignBeforeTheFirstEndOnlyAfterAChange_IsARangeOfTheChange(string text, double low, double high)
    {
        var mention = Find(text, low);
        mention.Quantity.High.Should().Be(high, "the sign before {1} alone in '{0}' covers both ends of the change", text, low, high);
        mention.Quantity.Unit.Kind.Should().Be(UnitKind.Currency);
    }

    [Theory]
    [InlineData("Lindenport shares rose by $2 to $50 on Monday.", 2, 50)] // the sign repeated: the level reached
    [InlineData("Kestrel stock rose 50 cents to $3.20.", 50, 3.2)]
    [InlineData("Vorland potatoes rose by Rs 5 to 45 a kg.", 5, 45)] // far larger: the level reached
    public void Recognize_CurrencyChangeToALevel_IsTheIncrementThenTheLevel(string text, double increment, double level)
    {
        Find(text, increment).Quantity.Qualifier.Should().NotBe(Qualifier.Range, "'{0}' gives the increment {1}, then the level {2}", text, increment, level);
        Find(text, level).Quantity.Qualifier.Should().NotBe(Qualifier.Range);
    }

    [Theory]
    [InlineData("The death toll in Vessa rose by 12 to 45 on Tuesday.", 12, 45)]
    [InlineData("The number of dead in Orlen rose by 3 to 11.", 3, 11)]
    [InlineData("Arrests in Kestrel rose by 40 to 150.", 40, 150)]
    [InlineData("Brenmoor's count of missing climbers rose by 4 to 9 people.", 4, 9)]
    public void Recognize_ByACountToALevelAfterAChange_IsTheIncrementThenTheLevel(string text, double increment, double level)
    {
        var change = Find(text, increment);
        change.Quantity.Qualifier.Should().NotBe(Qualifier.Range, "'by {0} to {1}' with no unit after {1} is a rise to a level", increment, level);
        change.Change.Should().Be(QuantityChange.Increase);
        Find(text, level).Quantity.Qualifier.Should().NotBe(Qualifier.Range);
    }

    [Fact]
    public void Recognize_ChangeToALevelMuchLargerAfterBy_StaysTwoAmounts() =>
        Find("The Lindenport index rose by 2 to 5,000 points.", 2).Quantity.Qualifier.Should().NotBe(Qualifier.Range);

    [Theory]
    [InlineData("A bag of Vorland rice that cost N900 last year is dearer now.", 900)]
    [InlineData("Brenmoor traders paid N650 for each crate.", 650)]
    [InlineData("Cooking gas went from N715 to N1,050 in Lindenport.", 715)]
    [InlineData("Cooking gas went from N715 to N1,050 in Lindenport.", 1050)]
    [InlineData("A Kestrel Bay ticket rose from R240 in March to R310 in June.", 240)]
    [InlineData("A Kestrel Bay ticket rose from R240 in March to R310 in June.", 310)]
    [InlineData("Vorland bus fares are between P120 and P180.", 120)] // one range of money
    [InlineData("Brenmoor bread is priced at N650 this week.", 650)]
    public void Recognize_CurrencyLetterBeforeWholeDigitsInMoneyWording_IsMoney(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Currency, "'{0}' names {1} as money", text, value);

    [Theory]
    [InlineData("Lindenport paid for N950 masks in bulk.")] // a plural noun after the amount counts it
    [InlineData("Traffic was diverted from the R300 to the R102 near Brenmoor.")]
    [InlineData("Lindenport drivers spent hours on the R102 after the crash.")]
    [InlineData("Ostrava bought parts from P400 and Q500 suppliers.")]
    [InlineData("Lindenport drivers have crossed the R102 400 times this year.")] // a road and a count, not R102,400
    public void Recognize_CurrencyLetterBeforeDigitsAsAName_IsNoMoney(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Unit.Kind == UnitKind.Currency, "'{0}' names no money", text);

    [Theory]
    [InlineData("Wholesale onions in Vorland fetch 1500 to 4000 rupees per quintal.", 1500, 4000)]
    [InlineData("The Brenmoor seams lie between 1900 and 2,600 metres down.", 1900, 2600)]
    [InlineData("Lindenport plots sell for 2000-6500 dollars each.", 2000, 6500)]
    public void Recognize_YearLookingLowEndOfARangeBeforeAUnit_IsAnAmount(string text, double low, double high) =>
        Find(text, low).Quantity.High.Should().Be(high, "'{0}' is a range from {1} to {2}", text, low, high);

    [Theory]
    [InlineData("Vorland's output grew from 1990 to 2020 by a third.")]
    [InlineData("The Brenmoor archive covers 1850 to 1900 and holds 300 maps.")]
    [InlineData("Kestrel Bay revenue from 2010 to 2015 rose by 40%.")]
    [InlineData("Vorland aims for 500 MW by 2030 and 9,000 MW by 2040.")]
    [InlineData("Brenmoor grew in 1990 to 2,500 tonnes of coal a week.")]
    public void Recognize_YearToYear_StaysYears(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value >= 1800 && m.Quantity.Value <= 2100, "'{0}' names years", text);

    [Theory]
    [InlineData("Vessa's summer ran 1.4°C warmer than the 1981–2010 mean.", 1.4, QuantityChange.Increase)]
    [InlineData("Orlen was 3 to 6 °C colder than average through March.", 3, QuantityChange.Decrease)]
    [InlineData("Brenmoor's winter came in 2.1 degrees higher than the long-term average.", 2.1, QuantityChange.Increase)]
    [InlineData("Kestrel rents are $40 dearer than the national average.", 40, QuantityChange.Increase)]
    [InlineData("Vorland had a night 5 degrees colder than usual.", 5, QuantityChange.Decrease)]
    [InlineData("Lindenport's autumn was 0.8°C (1.4°F) warmer than normal.", 0.8, QuantityChange.Increase)]
    [InlineData("Lindenport's autumn was 0.8°C (1.4°F) warmer than normal.", 1.4, QuantityChange.Increase)]
    public void Recognize_ComparativeThanABaseline_IsAChange(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change, "in '{0}' the amount is how far the reading departs from a long-run level", text);

    [Theory]
    [InlineData("Vessa had 411 mm of rain, 160 mm above normal for the season.", 160)] // no "than": a difference from a level
    [InlineData("Orlen's June ran 1.1C above the 20th-century average.", 1.1)]
    [InlineData("Kestrel was 4 degrees warmer than Brenmoor on Sunday.", 4)] // compared with another place, not a baseline
    public void Recognize_DifferenceWithoutThanABaseline_IsNoChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.None, "'{0}' states a difference, not a departure from a baseline", text);

    [Theory]
    [InlineData("The typhoon packed winds of 120 kts near Vessa.", 120, "kn")]
    [InlineData("The comet passed 1.3 AU from the Sun.", 1.3, "au")]
    [InlineData("Most of the belt's rocks orbit 2 to 4 astronomical units out.", 2, "au")]
    public void Recognize_KnotsAndAstronomicalUnits_AreMeasures(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "'{0}' gives {1} in {2}", text, value, unit);

    [Theory]
    [InlineData("The Vessa warehouse measures 120 by 45 by 18 metres.", 120, "m")]
    [InlineData("The Vessa warehouse measures 120 by 45 by 18 metres.", 45, "m")]
    [InlineData("The Orlen asteroid is about 31 by 13 by 13 km.", 31, "km")]
    [InlineData("Brenmoor's pool is 50 by 25 metres.", 50, "m")]
    public void Recognize_SidesOfASizeJoinedByBy_AllTakeTheLastUnit(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "every side of the size in '{0}' is in the unit written after the last", text);

    [Fact]
    public void Recognize_TemperaturePerCentury_IsARatePerCentury() =>
        Find("Sea temperatures off Vessa have climbed about 0.9°C per century.", 0.9).Quantity.Unit.Name.Should().Be("°C/century");

    [Theory]
    [InlineData("Daily walks cut both Vessa readings by 4.1 and 2.2 mm Hg.", 2.2, QuantityChange.Decrease)]
    [InlineData("Rents in Orlen rose 3 or 4 percent last year.", 3, QuantityChange.Increase)]
    [InlineData("Brenmoor's fares went up 5 and 7 cents.", 5, QuantityChange.Increase)]
    public void Recognize_BareNumberJoinedToAChangedAmount_SharesTheChange(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change, "in '{0}' both numbers are sides of one change", text);

    [Theory]
    [InlineData("Orlen's ridership rose 4 percent in May and June and 2.5 percent in July.", 2.5)]
    [InlineData("Vessa's ferry trips fell 8 percent in 2014 and tram trips 3.5 percent.", 3.5)]
    public void Recognize_AmountAfterATimePhraseOfMonthsOrAYear_SharesTheChange(string text, double value) =>
        Find(text, value).Change.Should().NotBe(QuantityChange.None, "in '{0}' the second amount leaves out the verb of the first", text);

    [Theory]
    [InlineData("The Kestrel loan used up 40 per cent of the fund.", 40)]
    [InlineData("Fuel ate up 12% of Brenmoor's budget.", 12)]
    public void Recognize_PhrasalVerbWithUp_IsNoChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.None, "'{0}' gives a share, not a rise", text);

    [Theory]
    [InlineData("Kestrel shops pay between R3 000 and R9 000 a month in rent.", 3000)]
    [InlineData("The Vessa council spent R4 500 on new locks.", 4500)]
    [InlineData("A Lindenport flat costs R1 250.50 a month.", 1250.5)]
    public void Recognize_CurrencyLetterWithThousandsSetOffByASpace_IsMoney(string text, double value)
    {
        var mention = Find(text, value);
        mention.Quantity.Unit.Name.Should().Be("ZAR", "'{0}' writes rand with its thousands set off by a space", text);
    }

    [Theory]
    [InlineData("A lorry jack-knifed on the N7 400 metres short of the Vessa interchange.", 400, "m")]
    [InlineData("The bus broke down on the R34 800 m past the Orlen weighbridge.", 800, "m")]
    [InlineData("Convoys leave the N3 600 km north of Kestrel Bay.", 600, "km")]
    public void Recognize_RoadNameBeforeADistance_IsTheDistanceNotMoney(string text, double value, string unit)
    {
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Unit.Kind == UnitKind.Currency, "'{0}' names a road, not money", text);
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "'{0}' gives a distance after the road's name", text);
    }

    [Fact]
    public void Recognize_TakaWrittenBeforeTheAmount_IsTaka() =>
        Find("Onions in Vessa fetch Taka 90 a kg this week.", 90).Quantity.Unit.Name.Should().Be("BDT");

    [Theory]
    [InlineData("Kestrel's Green Route shed 5.2 percent, the Amber Route 2.7 percent and the Violet Route 1.6 percent.", 2.7)]
    [InlineData("Kestrel's Green Route shed 5.2 percent, the Amber Route 2.7 percent and the Violet Route 1.6 percent.", 1.6)]
    [InlineData("Exports from Orlen fell 6%, the Netherlands 2%.", 2)]
    public void Recognize_NameWithTheAfterAComma_SharesTheChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.Decrease, "in '{0}' the verb of the first amount is left out of the next", text);

    [Fact]
    public void Recognize_ChangeAfterByPastTheLevelOfTheFirst_SharesTheChange() =>
        Find("Jobless women in Orlen fell by 10,000 to 1.09 million and jobless men by 39,000 to 1.43 million.", 39000).Change
            .Should().Be(QuantityChange.Decrease, "the second 'by' amount leaves out the verb of the first, past the level it reached");

    [Theory]
    [InlineData("Snowfall at Vessa was 36% short in February and 8% in March.", 36)]
    [InlineData("Rain in central Orlen was 40 percent less than usual.", 40)]
    [InlineData("Brenmoor had 12% fewer visitors than last year.", 12)]
    public void Recognize_PercentageBeforeLessFewerOrShort_IsAFall(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.Decrease, "in '{0}' the percentage is how far the figure falls short", text);

    [Theory]
    [InlineData("Orlen's February snow was 29% short and March 6%.", 6)]
    [InlineData("In August 7% of Vessa's rents were late.", 7)]
    public void Recognize_NumberAfterAMonthBeforeAPercentSign_IsAPercentageNotADay(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Percentage, "in '{0}' the number after the month is a percentage", text);

    [Theory]
    [InlineData("Lindenport grocers sell three tomatoes for 12 shillings.", 3, "tomato")]
    [InlineData("Each Vessa farm lost 40 potatoes to blight.", 40, "potato")]
    public void Recognize_CountedNounInOes_TakesItsSingularInO(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "'{0}' counts {1} {2}", text, value, unit);

    [Theory]
    [InlineData("Gas bills in Vessa go up by between 11,27% and 12,86% next year.", 11.27, "percent")]
    [InlineData("Street cleaning in Orlen costs 5,7% more from March.", 5.7, "percent")]
    [InlineData("Kestrel flats carry a sewer charge of R31,45 a month.", 31.45, "ZAR")]
    [InlineData("The rand ended at R16,85 to the euro in Lindenport.", 16.85, "ZAR")]
    public void Recognize_DecimalCommaBeforeAPercentSignOrAfterACurrencyLetter_IsADecimal(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "'{0}' writes {1} with a decimal comma", text, value);

    [Theory]
    [InlineData("The Vessa crown gained on the dollar 1.3% by Friday.", 1.3, "percent")]
    [InlineData("Orlen's lira slid against the euro 0.8 percent overnight.", 0.8, "percent")]
    [InlineData("Brenmoor traders sold the yen 2% lower at the close.", 2, "percent")]
    [InlineData("The Kestrel deal was worth dollar 22.5 million to the port.", 22.5e6, "USD")]
    [InlineData("Lindenport bonds paid euro 40 million in coupons.", 40e6, "EUR")]
    public void Recognize_CurrencyWordBeforeAPercentage_NamesTheCurrencyNotAnAmount(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit, "in '{0}' the currency word before {1} is {2}", text, value, unit);

    [Theory]
    [InlineData("In Vessa, rent increases range from 3 to 5 percent a year.", 3, 5)]
    [InlineData("Storm surges run from four to six feet on the Orlen shore.", 4, 6)]
    [InlineData("Brenmoor's price cuts vary from $2 to $9 a tonne.", 2, 9)]
    public void Recognize_PluralChangeNounBeforeARangeFromVerb_IsARange(string text, double low, double high) =>
        Find(text, low).Quantity.High.Should().Be(high, "the plural change noun in '{0}' is the subject of the verb that opens the range", text);

    [Fact]
    public void Recognize_ChangeVerbBeforeAPluralNounAndFrom_IsALevelChange()
    {
        Find("Lindenport raises costs from $3 to $5 a ticket.", 3).Quantity.Qualifier.Should().NotBe(Qualifier.Range, "'costs' is what is raised, from one level to another");
        Find("Lindenport raises costs from $3 to $5 a ticket.", 5).Quantity.Qualifier.Should().NotBe(Qualifier.Range);
    }

    [Theory]
    [InlineData("Tram trips across Vorland should average 47 minutes next year.", 47)]
    [InlineData("Brenmoor fares could average $14 a trip by spring.", 14)]
    public void Recognize_ModalBeforeAverage_IsApproximate(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.Approximately, "'{0}' forecasts an average", text);

    [Fact]
    public void Recognize_MustAverage_IsARequirementNotAnEstimate() =>
        Find("Lorry drivers on the Ostrava ring road must average 52 km/h under the new rule.", 52).Quantity.Qualifier
            .Should().NotBe(Qualifier.Approximately, "'must average' sets a required figure, it does not estimate one");

    [Fact]
    public void Recognize_OrFasterAfterASpeed_IsALowerBound() =>
        Find("Lindenport homes get fibre at 400 Mbps or faster.", 400).Quantity.Qualifier.Should().Be(Qualifier.MoreThan);

    [Theory]
    [InlineData("The Vessa bakery gave away 6 USD15 coupons on Monday.", 6, "coupon", 15, "USD")]
    [InlineData("Orlen fans won 2 EUR40 vouchers each.", 2, "voucher", 40, "EUR")]
    public void Recognize_CountBeforeACodeJoinedToDigits_CountsTheNounAndKeepsTheAmount(string text, double count, string noun, double amount, string currency)
    {
        Find(text, count).Quantity.Unit.Name.Should().Be(noun, "in '{0}' {1} counts the {2}, past the amount before them", text, count, noun);
        Find(text, amount).Quantity.Unit.Name.Should().Be(currency, "in '{0}' the code joined to {1} is its currency", text, amount);
    }

    [Theory]
    [InlineData("All 38 of the Kestrel miners walked out.", 38)]
    [InlineData("All 12 of them finished the Brenmoor rally.", 12)]
    public void Recognize_NumberAfterAQuantifierOpeningTheSentence_IsACountNotAName(string text, double value) =>
        QuantityRecognizer.Default.Recognize(text).Should().ContainSingle(m => m.Quantity.Value == value, "the capitalised quantifier that opens '{0}' names nothing", text);

    [Theory]
    [InlineData("Ticket sales at the Brask arena climbed by 55 to 610; those of Dunmere's hall, by 3,420 to 8,130.", 3420, 8130)]
    [InlineData("Over the spring Norvale's grain reserve was topped up by €2.6 million to €48.9 million.", 2.6e6, 48.9e6)]
    [InlineData("The Hethby shelter's waiting list swelled by 23 to 415 during the cold spell.", 23, 415)]
    public void Recognize_ByBeforeABareOrRepeatedSecondNumber_IsAChangeAndALevelNotARange(string text, double change, double level)
    {
        Find(text, change).Quantity.High.Should().Be(change, "in '{0}' {1} after 'by' is the size of a change, not the low end of a range", text, change);
        Find(text, level).Quantity.Value.Should().Be(level, "in '{0}' {1} is the level the change reached", text, level);
    }

    [Theory]
    [InlineData("Tavrin's bonds outyield Molvey's by 15 to 40 basis points.", 15, 40)]
    [InlineData("Lake levels in Quessa dropped by 6 to 9 cm over the summer.", 6, 9)]
    [InlineData("Repairs to the Corby footbridge were pushed back by three to five days.", 3, 5)]
    [InlineData("Pollsters expect Ms Arlen to carry the Tessmoor ward by 70 to 90 votes.", 70, 90)]
    [InlineData("At the Dunmere dig the volunteers were outnumbered by 15 to 25 onlookers.", 15, 25)]
    public void Recognize_ByBeforeARangeWithAUnitOrCountedNounAfterTheSecondNumber_StaysARange(string text, double low, double high) =>
        Find(text, low).Quantity.High.Should().Be(high, "in '{0}' the unit or counted noun written once after {2} makes {1} to {2} one range", text, low, high);

    [Fact]
    public void Recognize_PerMetricTonne_IsARateInTonnes()
    {
        var mention = Find("Tavrin zinc closed at $2,915 per metric tonne.", 2915);
        mention.Quantity.Unit.Name.Should().Be("USD");
        mention.Per.Name.Should().Be("t", "'metric tonne' is the tonne, as 'metric ton' is");
    }

    [Fact]
    public void Recognize_CountOfMetricTonnes_IsInTonnes() =>
        Find("Dunmere quarries shipped 18,400 metric tonnes of granite last year.", 18400).Quantity.Unit.Name
            .Should().Be("t", "'metric tonnes' is the plural of 'metric tonne'");

    [Fact]
    public void Recognize_Satang_IsTheBahtSubunit() =>
        Find("A bag of sticky rice from the Chanthor stall costs 50 satang.", 50).Quantity.Unit.Name.Should().Be("satang");

    [Fact]
    public void Recognize_RpWithAFullStop_IsTheRupiahAndNoSentenceEnd() =>
        Find("Quessa shallots sold for Rp. 31 thousand per kg on Friday.", 31000).Quantity.Unit.Name.Should().Be("IDR");

    [Fact]
    public void Recognize_CapitalisedKbitPerSecond_IsASpeed() =>
        Find("The Tavrin line guarantees 384 Kbit/s upstream.", 384).Quantity.Unit.Name.Should().Be("kbit/s");

    [Theory]
    [InlineData("The Molvey ferry crossing takes a little over three hours.", 3, Qualifier.MoreThan)]
    [InlineData("Quessa's reservoir holds a little under 40 gigalitres.", 40, Qualifier.LessThan)]
    public void Recognize_ALittleOverOrUnder_IsABound(string text, double value, Qualifier qualifier) =>
        Find(text, value).Quantity.Qualifier.Should().Be(qualifier, "'{0}' bounds {1}", text, value);

    [Fact]
    public void Recognize_WentBackUpTo_IsTheLevelReachedNotACeiling() =>
        Find("Having dipped in spring, ferry fares at Brask went back up to €12.50 by August.", 12.5).Quantity.Qualifier
            .Should().NotBe(Qualifier.UpTo, "'went back up to' reaches a level, as 'went up to' does");

    [Theory]
    [InlineData("Forecourts at Dunmere charged 151.36ppl for unleaded on Monday.", 151.36)]
    [InlineData("Creamery buyers cut the Tavrin milk price by 1.25ppl.", 1.25)]
    public void Recognize_Ppl_IsPencePerLitre(string text, double value)
    {
        var mention = Find(text, value);
        mention.Quantity.Unit.Name.Should().Be("penny", "'ppl' is pence per litre");
        mention.Per.Name.Should().Be("L", "'ppl' carries its litre");
    }

    [Fact]
    public void Recognize_PennyAloneBeforeALitre_KeepsItsSpelledRate() =>
        Find("Quessa diesel rose 2p a litre overnight.", 2).Per.Name.Should().Be("L", "the written rate is read as before");

    [Fact]
    public void Recognize_PplOutsideMoney_IsNoRate() =>
        Find("The Brask index reached 12 points before ppl trading opened.", 12).Per.Name.Should().BeEmpty("'ppl' rates only a money unit joined to it");

    [Fact]
    public void Recognize_OnePointHigherThan_CountsPointsAndRises()
    {
        var mention = Find("Molvey Air filled 81.2% of its seats, one point higher than a year before.", 1);
        mention.Quantity.Unit.Name.Should().Be("point", "the comparative before 'than' is no part of the counted noun");
        mention.Change.Should().Be(QuantityChange.Increase);
    }

    [Fact]
    public void Recognize_OneNounBeforeThanWithoutComparative_KeepsItsHead() =>
        Find("Dunmere council hired one engineer rather than two.", 1).Quantity.Unit.Name.Should().Be("engineer");

    [Fact]
    public void Recognize_ANetAmountAfterTo_IsTheLevel() =>
        Find("Ostrava jobless claims rose by 2,000 to a seasonally adjusted 31,500.", 31500).Change
            .Should().Be(QuantityChange.None, "'to' ends the search for a direction, the emphasis words included");

    [Fact]
    public void Recognize_PercentPricier_IsARise() =>
        Find("Tavrin apples are 7.4% pricier than last autumn.", 7.4).Change.Should().Be(QuantityChange.Increase, "'pricier' is 'dearer'");

    [Theory]
    [InlineData("Two in five Ostrava voters were over the age of 60.", 60, Qualifier.MoreThan)]
    [InlineData("Brenmoor pools let children under the age of 8 in free.", 8, Qualifier.LessThan)]
    [InlineData("The Vessa poet won the prize at the age of 71.", 71, Qualifier.Exact)]
    [InlineData("The Lindenport crew had an average age of 34 years.", 34, Qualifier.Exact)]
    public void Recognize_QualifierBeforeAgeOf_BoundsTheAge(string text, double value, Qualifier qualifier)
    {
        var mention = Find(text, value);

        mention.Quantity.Unit.Name.Should().Be("year of age");
        mention.Quantity.Qualifier.Should().Be(qualifier);
    }

    [Fact]
    public void Recognize_WordJoinedToDigitsByHyphen_StaysAnIdentifier() =>
        QuantityRecognizer.Default.Recognize("Dunmere clinics treated 40 COVID-19 patients in June.")
            .Should().NotContain(m => m.Quantity.Value == 19, "only a unit written before numbers, such as 'magnitude', is joined to its reading");

    [Theory]
    [InlineData("Lindenport stocks hit their lowest in 7-3/4 months.", 7.75)]
    [InlineData("The Vorland krona rose to a 3-1/2-week high.", 3.5)]
    public void Recognize_WholeAndFractionJoinedByHyphen_AddsTheFraction(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Duration);

    [Fact]
    public void Recognize_ScoreWithHyphen_ReadsNoFraction() =>
        QuantityRecognizer.Default.Recognize("The Ostrava side won 3-1 at home on Sunday.")
            .Should().NotContain(m => m.Quantity.Value > 3 && m.Quantity.Value < 4);

    [Fact]
    public void Recognize_PaidBeforePluralNoun_QualifiesTheCountedNoun()
    {
        const string text = "Dunmere Telecom ended June with 3.9 million paid subscribers.";
        var mention = Find(text, 3_900_000);

        mention.Quantity.Unit.Name.Should().Be("subscriber");
        mention.CountedNoun!.Value.Slice(text).ToString().Should().Be("paid subscribers", "'paid' qualifies the noun, not ends the phrase");
    }

    [Fact]
    public void Recognize_PaidAfterNumberOpeningClause_StaysTheVerb() =>
        Find("Of the 30 Ostrava clubs inspected, 12 paid fines.", 12).Quantity.Unit.Name
            .Should().NotBe("fine", "a number that opens its clause is the subject 'paid' is the verb of").And.NotBe("paid fine");

    [Theory]
    [InlineData("Vessa Streaming booked 1.7m paid new members in the quarter.", 1_700_000)]
    [InlineData("Kestrel Bay clinics logged 1.2m reported cases last winter.", 1_200_000)]
    public void Recognize_JoinedMBeforeParticipleAndPlural_IsMillions(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().NotBe(UnitKind.Physical);

    [Fact]
    public void Recognize_JoinedMBeforeParticipleAndSingular_StaysMetres() =>
        Find("The Brask crane lifted a 12m reported load.", 12).Quantity.Unit.Kind.Should().Be(UnitKind.Physical);

    [Theory]
    [InlineData("Each Vessa home needs 50 litres a day and never less than 20 litres.", 20, Qualifier.AtLeast)]
    [InlineData("Brenmoor clinics give never more than two doses.", 2, Qualifier.AtMost)]
    [InlineData("A Lindenport span can stretch as far as 130 metres.", 130, Qualifier.UpTo)]
    public void Recognize_NeverAndAsFarAsBeforeNumber_SetTheBound(string text, double value, Qualifier qualifier) =>
        Find(text, value).Quantity.Qualifier.Should().Be(qualifier);

    [Fact]
    public void Recognize_AsFarAsBeforePlace_ReadsNoBound() =>
        Find("Dunmere crews drove as far as Kestrel Bay with 40 tents.", 40).Quantity.Qualifier.Should().Be(Qualifier.Exact);

    [Theory]
    [InlineData("Close to half the Vessa population is short of food.")]
    [InlineData("Ostrava copper has lost more than half its value.")]
    [InlineData("Brenmoor families spend almost half their income on rent.")]
    public void Recognize_HalfBeforeDeterminer_IsAFraction(string text) =>
        Find(text, 0.5).Quantity.Value.Should().Be(0.5);

    [Theory]
    [InlineData("In the second half the Lindenport side scored twice.")]
    [InlineData("In the quarter the Dunmere bank earned more.")]
    public void Recognize_OrdinalHalfOrQuarterBeforeThe_IsNoFraction(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value < 1);

    [Theory]
    [InlineData("The Ostrava ferry was stuck in port for over 11 hours.", 11)]
    [InlineData("Vessa patients face a wait of over six weeks for a scan.", 6)]
    [InlineData("The Dunmere flight was delayed by over three hours.", 3)]
    public void Recognize_OverAfterPrepositionBeforeTime_IsALowerBound(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.MoreThan);

    [Fact]
    public void Recognize_OverAfterVerbBeforeTime_IsAPeriod() =>
        Find("The Lindenport talks ran over four days.", 4).Quantity.Qualifier.Should().Be(Qualifier.Exact);

    [Theory]
    [InlineData("The Vessa sketch is expected to make $700,000-$1.4m.", 700_000, 1_400_000)]
    [InlineData("Brenmoor flats sell for 1,500-2 million krona.", 1_500, 2_000_000)]
    [InlineData("The Dunmere lot should fetch $900,000 to $1.5 million.", 900_000, 1_500_000)]
    [InlineData("The Ostrava plant will cost 500-600 million euros.", 500_000_000, 600_000_000)]
    public void Recognize_RangeWithScaleOnSecondEnd_ScalesTheFirstOnlyWhenItIsNoWholeFigure(string text, double low, double high)
    {
        var quantity = Find(text, low).Quantity;

        quantity.High.Should().Be(high);
    }

    [Fact]
    public void Recognize_ChangeByWholeFigureToScaledLevel_IsNoRange() =>
        Find("Vessa bus journeys rose by 42,000 to 7.3 million last year.", 42_000).Quantity.Qualifier.Should().NotBe(Qualifier.Range);

    [Fact]
    public void Recognize_NumberedFromTo_IsARange() =>
        Find("Brenmoor's wild deer numbered from 3,100 to 3,900 animals.", 3_100).Quantity.High.Should().Be(3_900);

    [Fact]
    public void Recognize_YearDigitsJoinedToUnitByHyphen_IsAnAmount() =>
        Find("Vessa school menus assume a 2000-calorie diet.", 2000).Quantity.Unit.Kind.Should().Be(UnitKind.Physical);

    [Fact]
    public void Recognize_YearDigitsBeforeHyphenatedNoun_StaysAYear() =>
        QuantityRecognizer.Default.Recognize("Brenmoor reopened its 2019-era depot in May.")
            .Should().NotContain(m => m.Quantity.Value == 2019);

    [Theory]
    [InlineData("Vessa repayments would stretch over 15 to 20 years.", 15, 20)]
    [InlineData("The Brenmoor works are spread over three to four months.", 3, 4)]
    public void Recognize_OverBeforeRangeOfTime_IsTheRange(string text, double low, double high)
    {
        var quantity = Find(text, low).Quantity;

        quantity.High.Should().Be(high);
        quantity.Qualifier.Should().Be(Qualifier.Range);
    }

    [Fact]
    public void Recognize_MilliampereHourWithCapitalH_IsAPhysicalUnit() =>
        Find("The Dunmere handset has a 4,850mAH battery.", 4850).Quantity.Unit.Kind.Should().Be(UnitKind.Physical);

    [Fact]
    public void Recognize_AgeAtNumberOfYears_IsAnAge() =>
        Find("Brenmoor has the oldest median age at 44.6 years.", 44.6).Quantity.Unit.Name.Should().Be("year of age");

    [Fact]
    public void Recognize_AtNumberOfYearsWithoutAge_StaysADuration() =>
        Find("The Ostrava lease was fixed at 25 years.", 25).Quantity.Unit.Name.Should().Be("year");

    [Theory]
    [InlineData("Police put the Vessa crowd at 25,000-35,000.", 25_000, 35_000)]
    [InlineData("The Brenmoor herd is estimated at 12000-15000.", 12_000, 15_000)]
    public void Recognize_BareDashPairOfThousands_IsARange(string text, double low, double high)
    {
        var quantity = Find(text, low).Quantity;

        quantity.High.Should().Be(high);
        quantity.Qualifier.Should().Be(Qualifier.Range);
    }

    [Theory]
    [InlineData("The Ostrava side went 113-116 over the decade.", 113)]
    [InlineData("Vessa schools were rebuilt in 1990-1995.", 1990)]
    [InlineData("The Brenmoor rock is thought to measure 14-38m (46-125ft).", 14_000_000)]
    public void Recognize_SmallOrYearLikeBareDashPair_IsNoRange(string text, double first) =>
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == first && m.Quantity.High != null);

    [Theory]
    [InlineData("The Dunmere agency pledged RM17.2bil for flood gates.", 17_200_000_000)]
    [InlineData("The Dunmere scheme will cost RM3.5mil.", 3_500_000)]
    public void Recognize_BilAndMilJoinedToFigure_ScaleIt(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Currency);

    [Theory]
    [InlineData("The Tarnvik council spent $2bil on the bridge.", 2_000_000_000)]
    [InlineData("Vessa traders lost RM48mil in the fire.", 48_000_000)]
    public void Recognize_BilAndMilJoinedAfterDigits_ScaleThem(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Currency);

    [Theory]
    [InlineData("Crews in Dunmere laid 6 mil plastic sheeting over the beds.", 6)]
    [InlineData("The Ostrava shop sold 40 mil bags to farmers.", 40)]
    [InlineData("The Brenmoor fund spent 3 bil units of credit.", 3)]
    public void Recognize_BilAndMilAsSeparateWord_LeaveTheFigureUnscaled(string text, double value)
    {
        Find(text, value);
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value >= 1_000_000);
    }

    [Fact]
    public void Recognize_InsideBeforeTime_IsAnUpperBound() =>
        Find("Three Brenmoor swimmers finished inside 61 seconds.", 61).Quantity.Qualifier.Should().Be(Qualifier.AtMost);

    [Fact]
    public void Recognize_InsideWithoutNumberAfter_SetsNoBound() =>
        Find("Inside the Vessa depot, 40 buses stood idle.", 40).Quantity.Qualifier.Should().Be(Qualifier.Exact);

    [Theory]
    [InlineData("Flats in Brenmoor took 38 days to sell on average last spring.", 38)]
    [InlineData("Each Kestrel Valley household recycled 212kg of glass on average.", 212)]
    [InlineData("Vessa pupils spend £3.40 a day per child for lunches on average.", 3.4)]
    [InlineData("Ferries at Lindenport carried 460 passengers on average in June and 510 passengers in July.", 510)]
    [InlineData("Trains into Dunmere ran 6.5 minutes late on average in the north but 2.1 minutes in the south.", 2.1)]
    [InlineData("Brenmoor hens can on average expect 7.5 years of life.", 7.5)]
    [InlineData("Sales in Quessa grew on average by 3.2 per cent.", 3.2)]
    public void Recognize_OnAverageAFewWordsAway_IsApproximate(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.Approximately);

    [Fact]
    public void Recognize_OnAverageAfterBracketedConversion_ApproximatesBothAmounts()
    {
        const string text = "Each Kestrel Valley home threw out 480kg (1,058lb) of food on average.";
        Find(text, 480).Quantity.Qualifier.Should().Be(Qualifier.Approximately);
        Find(text, 1058).Quantity.Qualifier.Should().Be(Qualifier.Approximately);
    }

    [Theory]
    [InlineData("Brenmoor lost $2 billion a year on average across 12 years.", 12)]
    [InlineData("The 30 biggest Vessa firms shed 9 percent each on average in 48 hours.", 48)]
    [InlineData("The 30 biggest Vessa firms shed more than 9 percent each on average in 48 hours.", 48)]
    [InlineData("Vorland ferries sailed 14 times a day, and on average carried 300 cars.", 14)]
    [InlineData("Ostrava bakers sold 90 loaves before noon while rivals on average sold fewer.", 90)]
    public void Recognize_OnAverageBearingOnAnotherAmountOrClause_LeavesThisOneExact(string text, double value) =>
        Find(text, value).Quantity.Qualifier.Should().Be(Qualifier.Exact);

    [Theory]
    [InlineData("Vessa Water leaked 212.4m litres a day against a goal of 205.1m.", 205_100_000)]
    [InlineData("The Brenmoor clinic list grew to 2.3m in May, covering 1.9m separate patients.", 2_300_000)]
    [InlineData("Kestrel Fibre signed 4m new customers, against fewer than 1m a year before.", 1_000_000)]
    public void Recognize_JoinedMWhereTheSentenceWritesMillionsSo_IsMillions(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().NotBe(UnitKind.Physical);

    [Theory]
    [InlineData("The £45m Dunmere footbridge spans 310m.", 310)]
    [InlineData("The Lindenport tower will rise 340m next to the old 120m mast.", 340)]
    [InlineData("A 40m by 40m plaza covers 1600 sq.m of Vessa.", 40)]
    public void Recognize_JoinedMBesideMoneyOrMetres_StaysMetres(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.Physical);

    [Theory]
    [InlineData("Kestrel Valley spruce sold for $64.20 per cubic metre last quarter.", 64.2, "m³")]
    [InlineData("Office space in Brenmoor lets at £31 a square foot.", 31, "ft²")]
    [InlineData("Vessa pine fetched 410 krona per cubic metre at the mill gate.", 410, "m³")]
    public void Recognize_RatePerSquaredOrCubedUnit_IsPerThePoweredUnit(string text, double value, string per)
    {
        var mention = Find(text, value);
        mention.Per.Kind.Should().Be(UnitKind.Physical);
        mention.Per.Name.Should().Be(per);
    }

    [Theory]
    [InlineData("Vessa Mills sawed 210 million board feet of pine last year.", 210e6, "bd ft")]
    [InlineData("The Dunmere engine gives 2.1 million lbf of thrust at lift-off.", 2.1e6, "lbf")]
    [InlineData("Lindenport homes burned 380 therms of gas over the winter.", 380, "thm")]
    public void Recognize_TimberThrustAndGasUnits_AreMeasures(string text, double value, string unit)
    {
        var mention = Find(text, value);
        mention.Quantity.Unit.Kind.Should().Be(UnitKind.Physical);
        mention.Quantity.Unit.Name.Should().Be(unit);
    }

    [Theory]
    [InlineData("Gas for Lindenport traded at 64p/therm on Monday.", 64, UnitKind.Physical, "thm")]
    [InlineData("Brenmoor free-range eggs fetch 15p/doz more than in spring.", 15, UnitKind.Count, "dozen")]
    public void Recognize_MoneyPerThermOrDozen_NamesWhatItIsPer(string text, double value, UnitKind kind, string per)
    {
        var mention = Find(text, value);
        mention.Per.Kind.Should().Be(kind);
        mention.Per.Name.Should().Be(per);
    }

    [Theory]
    [InlineData("Six Ostrava bakeries cut 40 jobs last month.", 6)]
    [InlineData("Fourteen Brenmoor councils cut more than 8 per cent from their library budgets.", 14)]
    public void Recognize_SubjectCountBeforeDirectionVerbAndItsAmount_IsNoChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.None);

    [Fact]
    public void Recognize_AmountAfterSubjectAndDirectionVerb_TakesTheChange() =>
        Find("Six Ostrava bakeries cut 40 jobs last month.", 40).Change.Should().Be(QuantityChange.Decrease);

    [Theory]
    [InlineData("Lindenport now has more than 2000 bus stops.", 2000, UnitKind.Count)]
    [InlineData("Fewer than 1900 pupils sat the Vessa entrance exam.", 1900, UnitKind.Count)]
    [InlineData("The Dunmere oaks are at least 1850 years old.", 1850, UnitKind.Duration)]
    public void Recognize_YearLikeFigureAfterTwoWordBoundBeforePlural_IsACount(string text, double value, UnitKind kind)
    {
        var quantity = Find(text, value).Quantity;

        quantity.Qualifier.Should().NotBe(Qualifier.Exact);
        quantity.Unit.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("Under 2019 rules, Brenmoor tenants paid less.", 2019)]
    [InlineData("The Kestrel Valley chapel was built around 1900 by farmers.", 1900)]
    [InlineData("Ferry crossings from Kestrel Bay remain more than 2019 levels.", 2019)]
    [InlineData("Hotel stays in Vorland are still less than 2018 figures.", 2018)]
    [InlineData("The Lindenport docks handled at least 2017 volumes last year.", 2017)]
    public void Recognize_YearAfterOneWordBoundOrBeforeNoPlural_StaysAYear(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == value, "'{0}' names the year {1}", text, value);
    }

    [Theory]
    [InlineData("The median age of Brenmoor nurses was 41.2 years in 2010 and 43.5 years in 2020.", 43.5)]
    [InlineData("At 39.4 years, the average age of Kestrel Valley pilots is the highest on record.", 39.4)]
    [InlineData("The mean age of the Vessa trial group was 62 years, against 58 years in the placebo group.", 58)]
    [InlineData("Lindenport's median age climbed from 36.1 years in 2001 to 38.4 years in 2021.", 36.1)]
    public void Recognize_LengthOfTimeInASentenceNamingAnAgeStatistic_IsAnAge(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("year of age", "'{0}' states an age statistic", text);

    [Theory]
    [InlineData("The median age in Lindenport rose 1.3 years over the decade.", 1.3)]
    [InlineData("The average age of Ostrava teachers has climbed steadily over 10 years.", 10)]
    [InlineData("Vessa's median age hit 40 years, five years earlier than forecast.", 5)]
    [InlineData("The average age of Dunmere voters fell for 12 years in a row.", 12)]
    public void Recognize_ChangeOrPeriodInASentenceNamingAnAgeStatistic_StaysALengthOfTime(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("year", "'{0}' gives {1} years as a change or a period", text, value);

    [Theory]
    [InlineData("The Brenmoor reservoirs hold 12.5 bcm of water.", 12.5e9)]
    [InlineData("Kestrel Valley dams held 7.25 BCM on Monday against 6.1 BCM at the same date.", 6.1e9)]
    public void Recognize_BcmAfterAFigure_IsBillionCubicMetres(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("m³");

    [Theory]
    [InlineData("Kestrel Valley keeps $8 of each fare, roughly a third.", Qualifier.Approximately)]
    [InlineData("Arlow's ferry traffic has grown by more than a third.", Qualifier.MoreThan)]
    public void Recognize_ArticleAndFractionAfterAQualifierEndingThePhrase_IsAnAmount(string text, Qualifier qualifier) =>
        Find(text, 1.0 / 3).Quantity.Qualifier.Should().Be(qualifier);

    [Theory]
    [InlineData("The Brenmoor council talked about a third.", 1.0 / 3)]
    [InlineData("Lindenport phone lines rose 1.9% more than a quarter earlier.", 0.25)]
    [InlineData("Vessa asked about a third option for the bridge.", 1.0 / 3)]
    public void Recognize_FractionAfterAPrepositionOrBeforeATimeWord_IsNoAmount(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => Math.Abs(m.Quantity.Value - value) < 1e-9, "'{0}' states no {1}", text, value);
    }

    [Theory]
    [InlineData("Nobody has won the Vessa draw since the prize rolled over 14 times.", Qualifier.Exact)]
    [InlineData("The Vessa prize has rolled over more than 14 times this year.", Qualifier.MoreThan)]
    public void Recognize_AfterRolledOver_OverSetsNoBound(string text, Qualifier qualifier) =>
        Find(text, 14).Quantity.Qualifier.Should().Be(qualifier);

    [Fact]
    public void Recognize_SuchBetweenNumberAndPlural_CountsThePlural() =>
        Find("Dunmere held four such auctions before May.", 4).Quantity.Unit.Name.Should().Be("auction");

    [Fact]
    public void Recognize_NumberWordYearOlds_IsAnAge() =>
        Find("Clinics in Kestrel Valley vaccinated one-year-olds first.", 1).Quantity.Unit.Name.Should().Be("year of age");

    [Fact]
    public void Recognize_TermsListedBeforeAnInstrument_AreLabels()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize("Lindenport auctioned three-year, ten-year and thirty-year bonds on Tuesday.")
            .Should().NotContain(m => m.Quantity.Value == 3 || m.Quantity.Value == 10 || m.Quantity.Value == 30);
    }

    [Fact]
    public void Recognize_TermsListedBeforeNoInstrument_StayLengthsOfTime() =>
        Find("Brenmoor offered two-year, three-year contracts.", 2).Quantity.Unit.Name.Should().Be("year");

    [Theory]
    [InlineData("Vorland's exporters shipped 2,150 cars, topping the 1,900 strategists had predicted.", 1_900)]
    [InlineData("Ostrava sold 812 homes in March, against 790 the month before and 845 analysts have projected.", 845)]
    [InlineData("Orvik's mills hired 64 people in June, below the 70 analysts expected.", 70)]
    public void Recognize_FigureBeforeAForecastClause_CountsNoForecasters(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().Be(UnitKind.None);

    [Theory]
    [InlineData("The 300 traders expected for the Brenmoor fair did not arrive.", 300, "trader")]
    [InlineData("Organisers in Arlow welcomed the 400 experts expected.", 400, "expert")]
    [InlineData("The 35 economists expected for the Kestrel summit stayed home.", 35, "economist")]
    [InlineData("Lindenport's hotel housed the 90 analysts expected.", 90, "analyst")]
    public void Recognize_ForecastersAwaitedWithNoAuxiliaryOrComparison_AreCounted(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Theory]
    [InlineData("Some 20 analysts expected the Brenmoor bank to cut rates.", 20, "analyst")]
    [InlineData("The 12 economists polled by the Kestrel Post expected a rise.", 12, "economist")]
    public void Recognize_ForecastersWhoseVerbTakesAnObject_AreCounted(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Theory]
    [InlineData("A Brenmoor tax adds 27p a packet to cigarettes.", 27, "packet")]
    [InlineData("The Vessa club pays its keeper 1.2 million euros a season.", 1.2e6, "season")]
    public void Recognize_MoneyAPacketOrASeason_IsARate(string text, double value, string per) =>
        Find(text, value).Per.Name.Should().Be(per);

    [Theory]
    [InlineData("Dunmere exported 500 MT of rice last month.", 500)]
    [InlineData("The Vessa mill shipped 2.2 million MT of sugar.", 2.2e6)]
    [InlineData("Brenmoor grew 2.1 million tonnes of wheat and exported 300 MT of rice.", 300)]
    [InlineData("Kestrel Valley may harvest 6.4 million tonnes, after 7 MT last year.", 7)]
    public void Recognize_MtAfterAFigure_IsTonnesEvenBesideMillionTonnes(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("t");

    [Theory]
    [InlineData("Vessa bus fares grew three to four percent this year.", 3, 4)]
    [InlineData("Lindenport rents rose by two to three percent.", 2, 3)]
    [InlineData("Prices in Brenmoor will rise about one to two percent.", 1, 2)]
    [InlineData("Kestrel Valley had one to two inches of rain.", 1, 2)]
    public void Recognize_RangeWrittenInWords_IsOneRange(string text, double low, double high)
    {
        var quantity = Find(text, low).Quantity;

        quantity.High.Should().Be(high);
    }

    [Theory]
    [InlineData("One to watch is the Arlow mayor.")]
    [InlineData("The Kestrel talks were one to one.")]
    public void Recognize_OneBeforeToWithNoLargerNumber_StaysAPronoun(string text)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == 1, "'{0}' counts nothing", text);
    }

    [Theory]
    [InlineData("The Brenmoor storm dropped a month's rain in one go.")]
    [InlineData("Kestrel Valley paid off the loan in one hit.")]
    [InlineData("The Vessa line could one day reach the coast.")]
    [InlineData("Arlow hopes its port will one day rival Lindenport.")]
    [InlineData("Arlow hopes to one day host 20,000 fans.")]
    public void Recognize_OneInAnIdiomOfMannerOrTime_IsNoCount(string text)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        QuantityRecognizer.Default.Recognize(text).Should().NotContain(m => m.Quantity.Value == 1, "'{0}' says how or when, not how many", text);
    }

    [Theory]
    [InlineData("The Brenmoor fair lasts one day.")]
    [InlineData("Vessa cut the wait from three days to one day.")]
    [InlineData("Kestrel Bay took 40 mm of rain in one hour.")]
    [InlineData("Will one day of rain end the drought in Brenmoor?")]
    [InlineData("Would one day be enough to see Kestrel Valley?")]
    [InlineData("In May one day of strikes cost Arlow $3 million.")]
    [InlineData("Could one day's rain flood Kestrel Valley?")]
    [InlineData("Vessa staff will one day a week work from home.")]
    public void Recognize_OneDayOrInOneBeforeAUnit_StaysACount(string text) =>
        Find(text, 1).Quantity.Unit.Kind.Should().Be(UnitKind.Duration);

    [Fact]
    public void Recognize_MannerNounBeforeAnotherNoun_StaysACount() =>
        Find("The Brenmoor band sold 3 million copies in one hit single.", 1).Quantity.Unit.Kind.Should().Be(UnitKind.Count);

    [Fact]
    public void Recognize_SpacecraftAfterACount_IsTheCountedNoun() =>
        Find("A Vessa launcher lifted 17 spacecraft last week.", 17).Quantity.Unit.Name.Should().Be("spacecraft");

    [Theory]
    [InlineData("An Arlow grocer charges 6.75 crowns an egg.", 6.75, "egg")]
    [InlineData("A Brenmoor bakery sells bread at 90 cents a loaf.", 90, "loaf")]
    public void Recognize_MoneyAnEggOrALoaf_IsARate(string text, double value, string per) =>
        Find(text, value).Per.Name.Should().Be(per);

    [Theory]
    [InlineData("Kestrel Bay rents stood 12 percent dearer, parking 8 percent and storage 6 percent.", 8, QuantityChange.Increase)]
    [InlineData("Kestrel Bay rents stood 12 percent dearer, parking 8 percent and storage 6 percent.", 6, QuantityChange.Increase)]
    [InlineData("Vorland rail fares were 6 percent cheaper, bus passes 2 percent.", 2, QuantityChange.Decrease)]
    [InlineData("Brenmoor exports were 8 percent higher, imports 5 percent.", 5, QuantityChange.Increase)]
    [InlineData("Brenmoor exports were 8 percent lower, imports 5 percent.", 5, QuantityChange.Decrease)]
    public void Recognize_PercentagesListedAfterAComparative_ShareItsChange(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change);

    [Theory]
    [InlineData("Arlow plums were 9 percent dearer, figs 4 percent cheaper and melons 2 percent.", 4, QuantityChange.Decrease)]
    [InlineData("Vessa tram fares were 6 percent cheaper, 30 percent of riders said.", 30, QuantityChange.None)]
    public void Recognize_ItemAfterAComparativeWithItsOwnReading_KeepsIt(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change);

    [Theory]
    [InlineData("The Vorland rial slipped to 42,150 per dollar on Monday.", 42150, "IRR")]
    [InlineData("Brenmoor traders said the shilling ended at 131.4 per US dollar, its weakest in a year.", 131.4, "KES")]
    [InlineData("The yen fell to 148.2 per dollar in Arlow and to 160.9 per euro.", 148.2, "JPY")]
    public void Recognize_BareFigurePerDollarBesideACurrencyName_IsThatCurrencyPerDollar(string text, double value, string currency)
    {
        var mention = Find(text, value);
        mention.Quantity.Unit.Should().Be(Unit.Currency(currency));
        mention.Per.Should().Be(Unit.Currency("USD"));
    }

    [Theory]
    [InlineData("The euro rose to 1.09 per dollar in Arlow trading.", 1.09)]
    [InlineData("The rand and the naira both fell, Brenmoor dealers quoting 18.4 per dollar.", 18.4)]
    [InlineData("The shilling ended at 131.4 against the dollar in Kestrel Valley.", 131.4)]
    [InlineData("The naira slid as the Brenmoor club gave 500 per dollar fund member.", 500)]
    public void Recognize_BareFigurePerDollarWithNoOneQuotedCurrency_IsNoMoney(string text, double value) =>
        Find(text, value).Quantity.Unit.Kind.Should().NotBe(UnitKind.Currency);

    [Fact]
    public void Recognize_CurrencyLetterPerDollar_IsAnExchangeRate()
    {
        var mention = Find("The naira weakened to N612 per dollar in Brenmoor.", 612);
        mention.Quantity.Unit.Should().Be(Unit.Currency("NGN"));
        mention.Per.Should().Be(Unit.Currency("USD"));
    }

    [Fact]
    public void Recognize_CurrencyLetterBeforeToTheDollar_IsMoney() =>
        Find("Kestrel Valley dealers sold at N748 to the dollar on Friday.", 748).Quantity.Unit.Should().Be(Unit.Currency("NGN"));

    [Fact]
    public void Recognize_CentsPerLitreAbbreviated_IsCentsPerLitre()
    {
        var mention = Find("A Kestrel Valley co-op now pays 31.5 cpl for milk.", 31.5);
        mention.Quantity.Unit.Name.Should().Be("cent");
        mention.Per.Name.Should().Be("L");
    }

    [Theory]
    [InlineData("Arlow's economy will contract by 2.1% next year.", 2.1)]
    [InlineData("The Brenmoor glacier thinned by 3 metres last summer.", 3)]
    public void Recognize_ContractOrThinnedBeforeAnAmount_IsADecrease(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.Decrease);

    [Fact]
    public void Recognize_MandatoryMinimumOf_IsALowerBound() =>
        Find("The Vessa charge carries a mandatory minimum of seven years.", 7).Quantity.Qualifier.Should().Be(Qualifier.AtLeast);

    [Theory]
    [InlineData("Vorland advises 25 grams of sugar a day at most.", 25, Qualifier.AtMost)]
    [InlineData("The Arlow trial will run for 12 weeks at least.", 12, Qualifier.AtLeast)]
    public void Recognize_AtMostOrAtLeastAfterTheAmount_Bounds(string text, double value, Qualifier qualifier) =>
        Find(text, value).Quantity.Qualifier.Should().Be(qualifier);

    [Fact]
    public void Recognize_FigureBeforeALengthOfTimeInWords_CountsNoTime()
    {
        var mentions = QuantityRecognizer.Default.Recognize("Vessa counted 2,967 herons, up from 2,226 four years before.");
        mentions.Should().Contain(m => m.Quantity.Value == 2226 && m.Quantity.Unit.Kind != UnitKind.Duration);
        mentions.Should().Contain(m => m.Quantity.Value == 4 && m.Quantity.Unit.Kind == UnitKind.Duration);
    }

    [Fact]
    public void Recognize_TermOfSavingsCertificates_IsALabel() =>
        QuantityRecognizer.Default.Recognize("Brenmoor banks sell two-year savings certificates paying 18 percent.")
            .Should().NotContain(m => m.Quantity.Value == 2);

    [Theory]
    [InlineData("Vessa's lithium output fell by 300 mt to 5,500 mt.", 300)]
    [InlineData("Arlow mined 1,795 mt of tin and just 2 mt of tungsten.", 2)]
    [InlineData("Kestrel Valley barley yielded 3.2 mt/ha this year.", 3.2)]
    public void Recognize_SmallFigureInMtBesideThousandsOrPerArea_IsPlainTonnes(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().StartWith("t");

    [Theory]
    [InlineData("New cars sold in Vorland emitted 127 g CO2/km on average.", 127, "g/km")]
    [InlineData("Brenmoor's fleet emitted 398 grams of CO2 per mile last year.", 398, "g/mi")]
    public void Recognize_GasBetweenUnitAndRate_KeepsTheRate(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Fact]
    public void Recognize_MbBesideAWindSpeed_IsMillibars() =>
        Find("The Brenmoor system peaked at 180 mph and 902 mb.", 902).Quantity.Unit.Name.Should().Be("mbar");

    [Fact]
    public void Recognize_CurrencyWithSignAfterPer_IsThatCurrency() =>
        Find("Arlow's bank quoted SGD1.36 per US$ on Friday.", 1.36).Per.Should().Be(Unit.Currency("USD"));

    [Fact]
    public void Recognize_RateNounBeforeEarlier_IsATimeNotARate() =>
        Find("The baht had closed at 32.5 per dollar a session earlier.", 32.5).Per.Should().Be(Unit.Currency("USD"));

    [Fact]
    public void Recognize_RateNounThatNamesNoPeriodBeforeBefore_StaysARate() =>
        Find("Vessa households pay ₹4.5 a unit, against ₹3 a unit before.", 3).Per.Name.Should().Be("unit");

    [Fact]
    public void Recognize_FigureByAPercentage_IsNoSideOfASize() =>
        Find("Kestrel Valley missed its target of 1,500 by 5%.", 1500).Quantity.Unit.Kind.Should().NotBe(UnitKind.Percentage);

    [Fact]
    public void Recognize_IdentifierWordBeforeAScaledFigure_IsAnAmount() =>
        Find("Vorland's plan of building 20 million homes by 2040 is bold.", 20_000_000).Quantity.Unit.Kind.Should().Be(UnitKind.Count);

    [Fact]
    public void Recognize_ChangeAgainstACurrencyThenAnd_SharesTheVerb() =>
        Find("The Vessa crown firmed 3.9% against the dollar and the Arlow mark 2.1%.", 2.1).Change.Should().Be(QuantityChange.Increase);

    [Theory]
    [InlineData("Kestrel flats went for 2,340 euro/sq.m last spring.")]
    [InlineData("Kestrel flats went for 2,340 euros per sq. m last spring.")]
    public void Recognize_PriceBySqDotM_IsPerSquareMetre(string text) =>
        Find(text, 2340).Per.Name.Should().Be("m²");

    [Theory]
    [InlineData("Vessa's new rail tunnel will need $AU 4.5 billion.", "AUD")]
    [InlineData("Arlow's ferry terminal came in at $US 4.5 billion.", "USD")]
    public void Recognize_SignedPrefixApartFromTheFigure_IsThatCurrency(string text, string code) =>
        Find(text, 4_500_000_000).Quantity.Unit.Should().Be(Unit.Currency(code));

    [Theory]
    [InlineData("Traders in Vessa swapped one dollar for 27.4 kwacha on Friday.", 27.4, "ZMW")]
    [InlineData("Maize in Lilongwe sold for 12.5 kwacha a kilo.", 12.5, "MWK")]
    [InlineData("Copper miners near Lusaka earn 12.5 kwacha an hour.", 12.5, "ZMW")]
    public void Recognize_Kwacha_IsTheCurrencyOfThePlaceNamed(string text, double value, string code) =>
        Find(text, value).Quantity.Unit.Should().Be(Unit.Currency(code));

    [Theory]
    [InlineData("Letter volumes rose 14% at Vorland Post and 37% at Kestrel Freight.", 37, QuantityChange.Increase)]
    [InlineData("Ticket sales fell 14 percent at theatres and 9.5 percent at cinemas.", 9.5, QuantityChange.Decrease)]
    [InlineData("The Arlow mark lost 3% against the yen, 5% against the franc and 1.5% against the rupee.", 1.5, QuantityChange.Decrease)]
    public void Recognize_SameChangeAtOrAgainstEachPart_SharesTheVerb(string text, double value, QuantityChange change) =>
        Find(text, value).Change.Should().Be(change);

    [Fact]
    public void Recognize_FeeThenARate_KeepsTheFeeWithoutTheRate()
    {
        const string text = "A Vessa taxi asks a $4.10 flag fall and then $2.05 per km.";
        Find(text, 4.1).Per.Should().Be(Unit.None);
        Find(text, 2.05).Per.Name.Should().Be("km");
    }

    [Fact]
    public void Recognize_ListedPricesBeforeOneRate_StillShareIt() =>
        Find("Vessa pumps sold petrol at $1.90, diesel at $1.75 and kerosene at $1.60 per litre.", 1.9).Per.Name.Should().Be("L");

    [Theory]
    [InlineData("Arlow growers expect 61 bushels per planted acre this year.", 61, "bu/acre")]
    [InlineData("Brenmoor farms grew 6.1 tonnes per planted hectare.", 6.1, "t/ha")]
    public void Recognize_ParticipleBetweenPerAndUnit_KeepsTheRate(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Theory]
    [InlineData("Vessa's new hatchback burns 6 litres per hundred kilometres.", 6, "L")]
    [InlineData("Arlow cattle take 3 kg per feed ration.", 3, "kg")]
    public void Recognize_ScaleWordOrEedWordBetweenPerAndUnit_IsNoParticiple(string text, double value, string unit) =>
        Find(text, value).Quantity.Unit.Name.Should().Be(unit);

    [Theory]
    [InlineData("The Brenmoor pass got 2m of snow overnight.", 2)]
    [InlineData("Kestrel Valley streets lay under 1.5m of floodwater.", 1.5)]
    public void Recognize_JoinedMBeforeALayerMeasuredInDepth_IsMetres(string text, double value) =>
        Find(text, value).Quantity.Unit.Name.Should().Be("m");

    [Fact]
    public void Recognize_JoinedMBeforeALayerWordThatQualifiesAPluralNoun_IsMillions() =>
        Find("Vessa sold 2m of water bottles last summer.", 2_000_000).Quantity.Value.Should().Be(2_000_000);

    [Fact]
    public void Recognize_JoinedMOfACountedThing_StaysMillions() =>
        Find("Vessa shipped 2m of the new phones.", 2_000_000).Quantity.Unit.Name.Should().NotBe("m");

    [Theory]
    [InlineData("The Vessa central bank took 25 basis points off its main rate.", 25)]
    [InlineData("Arlow's lender had taken a cumulative 50 basis points off its mortgage rate.", 50)]
    [InlineData("Kestrel Valley's sprinter took 0.12 seconds off the meeting record.", 0.12)]
    [InlineData("The profit warning wiped 14% off Brenmoor Mining's share price.", 14)]
    public void Recognize_RemovalVerbAndOffAroundTheAmount_IsADecrease(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.Decrease);

    [Fact]
    public void Recognize_RemovalVerbAndOffAroundACount_StaysUnchanged() =>
        Find("The new Vessa bridge should take 6,000 lorries a day off the ferries.", 6000).Change.Should().Be(QuantityChange.None);

    [Theory]
    [InlineData("Brenmoor agreed to cut the herring catch by a further 6%.", 6)]
    [InlineData("Arlow's bank has cut its rate by a cumulative 75 basis points.", 75)]
    public void Recognize_FurtherOrCumulativeAfterBy_KeepsTheChange(string text, double value) =>
        Find(text, value).Change.Should().Be(QuantityChange.Decrease);

    [Fact]
    public void Recognize_PercentageBeforeLift_IsARise() =>
        Find("Kestrel Valley hotels filled 81% of rooms, a 12.5% lift on last year.", 12.5).Change.Should().Be(QuantityChange.Increase);

    [Theory]
    [InlineData("The Vessa ministry gets 8.2 million tala next year.", 8_200_000, "WST")]
    [InlineData("The Arlow council set aside Vt150 million for roads.", 150_000_000, "VUV")]
    public void Recognize_TalaAndVt_ArePacificCurrencies(string text, double value, string code) =>
        Find(text, value).Quantity.Unit.Should().Be(Unit.Currency(code));

    [Fact]
    public void Recognize_MoneyPerPoundBesideSterling_IsPerPoundSterling() =>
        Find("Until 1990 the Vessa crown was pegged to sterling at 4.35 crowns per pound.", 4.35).Per.Should().Be(Unit.Currency("GBP"));

    [Fact]
    public void Recognize_MoneyPerPoundWithoutSterling_IsPerPoundOfWeight() =>
        Find("Arlow butchers charge $4.35 per pound for beef.", 4.35).Per.Name.Should().Be("lb");

    private static QuantityMention Find(string text, double value)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var mentions = QuantityRecognizer.Default.Recognize(text);
        mentions.Should().Contain(m => Math.Abs(m.Quantity.Value - value) <= Math.Abs(value) * 1e-9, "'{0}' states {1}", text, value);
        return mentions.First(m => Math.Abs(m.Quantity.Value - value) <= Math.Abs(value) * 1e-9);
    }
}
