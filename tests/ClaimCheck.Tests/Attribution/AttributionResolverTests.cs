using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Attribution;

/// <summary>Attribution, modality and polarity, tested through the public pipeline.</summary>
public class AttributionResolverTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    [Theory]
    [InlineData("Mark Chen, a spokesperson for the Red Cross, said 800 volunteers were deployed.", "Mark Chen", "Red Cross", "spokesperson", "said")]
    [InlineData("Anna Berg, a spokeswoman for the city council, said 600 trees would be planted.", "Anna Berg", "city council", "spokeswoman", "said")]
    [InlineData("David Kim, a spokesperson for the health ministry, said 90 clinics had closed.", "David Kim", "health ministry", "spokesperson", "said")]
    [InlineData("Red Cross spokeswoman Jane Doe said 800 volunteers had arrived.", "Jane Doe", "Red Cross", "spokeswoman", "said")]
    [InlineData("Health ministry spokesman David Kim said 90 clinics had closed.", "David Kim", "Health ministry", "spokesman", "said")]
    [InlineData("Police spokeswoman Sarah Jones said 35 people were arrested.", "Sarah Jones", "Police", "spokeswoman", "said")]
    [InlineData("Health minister Jane Doe told reporters that 4,000 nurses had been hired.", "Jane Doe", null, "Health minister", "told")]
    [InlineData("The Census Bureau said 3,000 households were surveyed.", null, "Census Bureau", null, "said")]
    [InlineData("The finance ministry said 4,000 jobs were lost in the sector.", null, "finance ministry", null, "said")]
    [InlineData("The health and education ministry said 46 schools were shut.", null, "health and education ministry", null, "said")]
    [InlineData("The army and police said 152 people were hurt.", null, "police", null, "said")]
    [InlineData("The police and the ministry said 152 people were hurt.", null, "ministry", null, "said")]
    [InlineData("Officials told reporters that 120 people were injured.", null, "Officials", null, "told")]
    [InlineData("According to the World Health Organization, 2,500 people have died.", null, "World Health Organization", null, "according to")]
    [InlineData("According to the Red Cross, 5,000 families need shelter.", null, "Red Cross", null, "according to")]
    [InlineData("According to Reuters, the bank paid $2 billion to settle the case.", null, "Reuters", null, "according to")]
    [InlineData("According to police, 35 people were arrested.", null, "police", null, "according to")]
    [InlineData("According to police about 3,500 people gathered in the square.", null, "police", null, "according to")]
    [InlineData("According to the harbour authority some 40 boats were lost.", null, "harbour authority", null, "according to")]
    [InlineData("The company lost $3 million in the quarter, as reported by Reuters.", null, "Reuters", null, "reported")]
    [InlineData("The crash killed 12 passengers, as reported by the Associated Press.", null, "Associated Press", null, "reported")]
    [InlineData("“Sales fell by $3 million,” said Peter Hall, the company's finance director.", "Peter Hall", null, null, "said")]
    [InlineData("“We rescued 40 people overnight,” fire chief Maria Lopez said.", "Maria Lopez", null, "fire chief", "said")]
    [InlineData("The union estimated that 30,000 workers joined the strike.", null, "union", null, "estimated")]
    [InlineData("Analysts estimate that the company lost $500 million.", null, "Analysts", null, "estimate")]
    [InlineData("The army denied that it had deployed 5,000 troops to the border.", null, "army", null, "denied")]
    [InlineData("The company declined to confirm or deny that it had cut 500 jobs.", null, "company", null, "declined")]
    [InlineData("About 300 homes were destroyed, said fire chief Maria Lopez.", "Maria Lopez", null, "fire chief", "said")]
    [InlineData("About 300 homes were destroyed, said Maria Lopez.", "Maria Lopez", null, null, "said")]
    [InlineData("The strike cost the company $40 million, said chief executive Paul Grant.", "Paul Grant", null, "chief executive", "said")]
    [InlineData("The airline told reporters it had cancelled 300 flights.", null, "airline", null, "told")]
    [InlineData("The WHO estimated that 1.2 million children were unvaccinated.", null, "WHO", null, "estimated")]
    [InlineData("The central bank said 40 lenders had applied.", null, "central bank", null, "said")]
    [InlineData("Governor Ana Ruiz said 2,000 guards were deployed.", "Ana Ruiz", null, "Governor", "said")]
    [InlineData("Prime Minister Keir Starmer said 5,000 nurses would be hired.", "Keir Starmer", null, "Prime Minister", "said")]
    [InlineData("At least 1,200 people were evacuated, the mayor said.", "mayor", null, "mayor", "said")]
    [InlineData("Some 20,000 refugees arrived over the past week, said Elena Baptiste of the UNHCR.", "Elena Baptiste", "UNHCR", null, "said")]
    [InlineData("The National Commission for the Reception of Refugees said 900 families arrived.", null, "National Commission for the Reception of Refugees", null, "said")]
    [InlineData("The prefecture counted 18,000 demonstrators in the capital.", null, "prefecture", null, "counted")]
    [InlineData("According to the city police's unofficial figures, about 35,000 people took part.", null, "city police", null, "according to")]
    public void Extract_ReportingPattern_AttributesSpeakerAndOrganization(string text, string? speaker, string? organization, string? role, string cue)
    {
        var attribution = FirstClaim(text).Attribution;

        attribution.Should().NotBeNull();
        attribution!.Speaker.Should().Be(speaker);
        if (organization is not null)
        {
            attribution.Organization.Should().Be(organization);
        }

        if (role is not null)
        {
            attribution.Role.Should().Be(role);
        }

        attribution.Cue.Should().Be(cue);
    }

    [Theory]
    [InlineData("The parliament approved $4 billion for Chile on Friday.", "Chile", "amount")]
    [InlineData("Lawmakers approved $4 billion in military and economic aid for Chile on Friday.", "Chile", "aid")]
    [InlineData("Congress passed a $9 billion aid bill for Chile, Peru and Bolivia on Friday.", null, "aid")]
    [InlineData("The storm did $40 million of damage to roads in Chile on Friday.", "Chile", "damage")]
    public void Extract_MoneyForACountry_IsThatCountrysAndNamedAfterIn(string text, string? recipient, string measure)
    {
        var claim = FirstClaim(text);

        if (recipient is null)
        {
            claim.Subject.Should().NotBe("Chile", "money for several countries is none of them alone");
        }
        else
        {
            claim.Subject.Should().Be(recipient, "money given to one country is that country's");
        }

        claim.Measure.Should().Be(measure);
    }

    [Fact]
    public void Extract_FigureBeforeButAccordingTo_IsNotTheLaterSources()
    {
        var claims = Claims("The mayor's office gave a figure of 90,000 demonstrators, but according to police, about 35,000 people took part.");

        claims.Single(c => c.Quantity!.Value.Value == 90_000).Attribution!.Organization.Should().Be("mayor's office");
        claims.Single(c => c.Quantity!.Value.Value == 35_000).Attribution!.Organization.Should().Be("police", "'but according to police' reports what follows it");
    }

    [Fact]
    public void Extract_TheyAfterASourceNamedInTheSameSentence_IsThatSource()
    {
        var claims = Claims("Organisers said nearly 380,000 people marched. Police, however, said they counted 61,000 people at the peak.");

        claims.Single(c => c.Quantity!.Value.Value == 61_000).Attribution!.Organization.Should().Be("Police", "'they' is the police named just before, not the organisers of the sentence before");
    }

    [Theory]
    [InlineData("The Pentagon declined to confirm or deny that Canada sent troops to Latvia.", "Pentagon", "United States")]
    [InlineData("According to the World Health Organization, 2,500 people have died.", "World Health Organization", "World Health Organization")]
    [InlineData("Mark Chen, a spokesperson for the Red Cross, said 800 volunteers were deployed.", "Red Cross", "Red Cross")]
    public void Extract_KnownOrganization_ResolvesAffiliation(string text, string organization, string affiliation)
    {
        var attribution = FirstClaim(text).Attribution;

        attribution.Should().NotBeNull();
        attribution!.Organization.Should().Be(organization);
        attribution.Affiliation.Should().Be(affiliation);
    }

    [Theory]
    [InlineData("Chile rights groups said 117 people died in the floods.", "Chile rights groups", null)]
    [InlineData("A collective of opposition parties in Chile said 2,400 people were detained.", "collective of opposition parties in Chile", null)]
    [InlineData("Chile's government said 48 people died in the floods.", "Chile's government", "Chile")]
    [InlineData("Chile's human rights ministry said 48 people died in the floods.", "Chile's human rights ministry", "Chile")]
    public void Extract_AnIndependentBody_SpeaksForNoCountry(string text, string organization, string? affiliation)
    {
        var attribution = FirstClaim(text).Attribution;

        attribution.Should().NotBeNull();
        attribution!.Organization.Should().Be(organization);
        attribution.Affiliation.Should().Be(affiliation, "rights groups and opposition parties are in the country but do not speak for its state; its government and ministries do");
    }

    [Theory]
    [InlineData("John Smith, the union leader, said the strike was justified. He said 2,000 workers would walk out.", "John Smith")]
    [InlineData("Maria Lopez, the fire chief, said the blaze was contained. Lopez said 300 homes were destroyed.", "Maria Lopez")]
    [InlineData("Dr. Priya Nair, who leads the trial, said the results were clear. She said 1,200 patients took part.", "Priya Nair")]
    [InlineData("Fire chief Maria Lopez said: “We rescued 40 people overnight. About 2,000 homes remain at risk.”", "Maria Lopez")]
    [InlineData("“We rescued 40 people overnight,” fire chief Maria Lopez said. “About 2,000 homes remain at risk.”", "Maria Lopez")]
    [InlineData("John Smith, the union leader, spoke to reporters. He said 2,000 workers would strike.", "John Smith")]
    [InlineData("John Smith, the union leader, addressed the rally. Smith said 2,000 workers had joined.", "John Smith")]
    public void Extract_LaterSentence_InheritsEarlierSpeaker(string text, string speaker)
    {
        var claims = Claims(text);

        claims[^1].Attribution.Should().NotBeNull();
        claims[^1].Attribution!.Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("At least 1,200 people were evacuated from the valley.")]
    [InlineData("The storm destroyed 300 homes along the coast.")]
    [InlineData("The government plans to build 300,000 homes.")]
    public void Extract_NoReportingWords_HasNoAttribution(string text)
    {
        FirstClaim(text).Attribution.Should().BeNull();
    }

    [Theory]
    [InlineData("At least 1,200 people were evacuated, the mayor said.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("The union estimated that 30,000 workers joined the strike.", Modality.Estimated, Polarity.Affirmed)]
    [InlineData("The ministry estimated that 15,000 people were displaced.", Modality.Estimated, Polarity.Affirmed)]
    [InlineData("Analysts estimate that the company lost $500 million.", Modality.Estimated, Polarity.Affirmed)]
    [InlineData("The government plans to build 300,000 homes.", Modality.Planned, Polarity.Affirmed)]
    [InlineData("The club intends to sign 3 new players.", Modality.Planned, Polarity.Affirmed)]
    [InlineData("The airline intends to buy 40 aircraft next year.", Modality.Planned, Polarity.Affirmed)]
    [InlineData("The ministry is expected to hire 2,000 teachers.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("The deficit is expected to reach $2 billion.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Inflation is expected to fall to 2 percent next year.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("There could have been up to 300 passengers on the ferry, the agency said.", Modality.Estimated, Polarity.Affirmed)]
    [InlineData("As many as 40 people may have died in the fire.", Modality.Estimated, Polarity.Affirmed)]
    [InlineData("Organisers said the crowd in Ostrava was probably more than 9,000 people.", Modality.Estimated, Polarity.Affirmed)]
    [InlineData("The crowd in Ostrava was expected to reach 9,000 people.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Vorland's deficit was forecast at $3.7 billion for next year.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Turnout in Ostrava was projected at 64 percent.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("The company declined to confirm or deny that it had cut 500 jobs.", Modality.NonCommittal, Polarity.Affirmed)]
    [InlineData("Is the fund still paying out $40 million to the growers?", Modality.NonCommittal, Polarity.Affirmed)]
    [InlineData("“Will the toll pass 300?” a reporter asked the mayor.", Modality.NonCommittal, Polarity.Affirmed)]
    [InlineData("Officials cannot confirm that 200 people died.", Modality.NonCommittal, Polarity.Affirmed)]
    [InlineData("The mayor said he cannot confirm reports that 50 people died.", Modality.NonCommittal, Polarity.Affirmed)]
    [InlineData("The Pentagon declined to confirm or deny that Canada sent troops to Latvia.", Modality.NonCommittal, Polarity.Affirmed)]
    [InlineData("The army denied that it had deployed 5,000 troops to the border.", Modality.Asserted, Polarity.Negated)]
    [InlineData("Canada has not sent troops to Latvia, the defence minister said.", Modality.Asserted, Polarity.Negated)]
    [InlineData("The ministry rejected reports that Germany supplied weapons to Israel.", Modality.Asserted, Polarity.Negated)]
    [InlineData("The aid group distanced itself from the figure of 3,850 deaths that media had attributed to it.", Modality.Asserted, Polarity.Negated)]
    [InlineData("The charity disowned the toll of 3,850 that was published in its name.", Modality.Asserted, Polarity.Negated)]
    [InlineData("Canada sent troops to Latvia, the defence minister said.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("May said sales at its Lindenport shops fell 6% in the five weeks to Sunday.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("The loss narrowed as the cost of merging the May Street shops fell to $12 million.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Will Hallam said Brenmoor's council hired 45 wardens.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Ostrava's steelworks shipped 61,000 tonnes of rail in May, a record for the plant.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("The Kestrel Bay food bank fed 8,400 people in May, its manager said.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Brenmoor's bakeries sold 9,300 loaves in May and 8,800 in April.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Sales at the May Street shops in Ostrava may fall by 6% next year.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("May said October sales at its Kestrel Bay shops fell 4%.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Vorland's sales fell 3% after it closed 18 of the May Department Stores locations it bought.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("LINDENPORT SCHOOLS MAY CLOSE FOR 4 DAYS", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("MAY BE SHUT FOR 6 WEEKS, BRENMOOR COUNCIL SAYS", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Ostrava Fares May Rise 8% Next Year, Operator Warns", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Kestrel Bay Mill Will Cut 240 Jobs", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Vorland Air Could Cut 170 Jobs", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("May exceed 140 deaths, officials in Brenmoor warned.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Could exceed 140 deaths, officials in Brenmoor warned.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Likely 260 people died in the Ostrava flood.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Possibly 260 people died in the Ostrava flood.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("On May Day, 4,300 workers marched in Lindenport.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("The death toll in Brenmoor rose to 46 as expected, officials said.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Lindenport's jobless rate rose by less than economists had expected, to 5.4% in March.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Ferry fares in Kestrel Bay climbed faster than forecast, with a day return now costing $18.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Economists had expected Lindenport's jobless rate to rise to 5.4% in March.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("MAY DAY RALLY DRAWS 4,300 WORKERS IN LINDENPORT", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Actor Will Hallam donated $3 million to the Brenmoor hospital.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Reporters could reach Kestrel Bay only on Tuesday, when winds had dropped below 40 km/h.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("The flood may be the worst in Brenmoor since the spring of 1998, when 320 people drowned.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Rescuers will return to the Ostrava pass, where 41 climbers were stranded.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("Aid did not reach Lindenport until Thursday, after 57 bodies had been recovered.", Modality.Asserted, Polarity.Affirmed)]
    [InlineData("The storm could hit Vorland on Friday, when gusts may reach 190 km/h.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Rainfall in Brenmoor could peak on Friday, before falling to 40 mm on Saturday.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Forecasters expect that, when the storm reaches Vorland on Friday, 200 mm of rain will fall.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Officials said the storm could, when it makes landfall on Friday, bring gusts of up to 190 km/h.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Officials said the storm could, when it hit the coast, bring gusts of up to 190 km/h.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("The death toll in Brenmoor could, once again, top 300, officials said.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Police in Lindenport have not, since then, arrested more than 40 protesters.", Modality.Asserted, Polarity.Negated)]
    [InlineData("The typhoon will make landfall in Vorland on Saturday, when winds reach 190 km/h.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("Schools will stay closed until Friday, when 40 mm of rain is forecast in Brenmoor.", Modality.Forecast, Polarity.Affirmed)]
    [InlineData("The dam at Brenmoor could burst, since up to 300 mm of rain may fall on Friday.", Modality.Forecast, Polarity.Affirmed)]
    public void Extract_StanceWords_SetModalityAndPolarity(string text, Modality modality, Polarity polarity)
    {
        var claim = FirstClaim(text);

        claim.Modality.Should().Be(modality);
        claim.Polarity.Should().Be(polarity);
    }

    [Theory]
    [InlineData("Vorland's benchmark crude was 1.4% higher at $61.85 a barrel by 10:15 GMT.", Modality.Asserted)]
    [InlineData("Rescuers in Kestrel Bay had pulled 38 people from the water by 6 p.m.", Modality.Asserted)]
    [InlineData("Lindenport will have 4,300 charging points by 2031.", Modality.Planned)]
    [InlineData("Officials ordered 23,000 residents out of the Brenmoor valley by 6 p.m. on Friday.", Modality.Planned)]
    [InlineData("Ostrava's tram operator aims for 95% of trams on time by the end of the year.", Modality.Planned)]
    public void Extract_ByTime_IsADeadlineOnlyForADateNotATimeOfDay(string text, Modality modality)
    {
        Claims(text).Should().OnlyContain(c => c.Modality == modality);
    }

    [Theory]
    [InlineData("Medics in Lindenport had counted 43 bodies by Thursday morning.", Modality.Asserted)]
    [InlineData("Rescuers had already recovered 19 bodies in Brenmoor by Sunday.", Modality.Asserted)]
    [InlineData("The council had promised 2,700 homes in Ostrava by 2031.", Modality.Planned)]
    public void Extract_PastPerfectBeforeAFigureByADay_IsWhatWasDoneByThen(string text, Modality modality)
    {
        var claims = Claims(text).Where(c => c.Quantity is not null).ToList();

        claims.Should().ContainSingle().Which.Modality.Should().Be(modality);
    }

    [Theory]
    [InlineData("Canada sent troops to Latvia, the defence minister said.", "Canada", "troops", "deploy", "Latvia")]
    [InlineData("France deployed troops to Estonia last year.", "France", "troops", "deploy", "Estonia")]
    [InlineData("The United States supplied weapons to Israel, officials said.", "United States", "weapons", "supply", "Israel")]
    [InlineData("The ministry rejected reports that Germany supplied weapons to Israel.", "Germany", "weapons", "supply", "Israel")]
    public void Extract_Proposition_ReadsSubjectPredicateAndPlace(string text, string subject, string measure, string predicate, string place)
    {
        var claim = Claims(text).Single(c => c.Predicate is not null);

        claim.Type.Should().Be(ClaimType.Event);
        claim.Subject.Should().Be(subject);
        claim.Measure.Should().Be(measure);
        claim.Predicate.Should().Be(predicate);
        claim.Place.Should().Be(place);
    }

    [Theory]
    [InlineData("The government plans to build 300,000 homes.", ClaimType.Prediction)]
    [InlineData("The ministry is expected to hire 2,000 teachers.", ClaimType.Prediction)]
    [InlineData("The bank cut 4,500 jobs worldwide, the chief executive said.", ClaimType.Quantity)]
    public void Extract_Modality_DecidesClaimType(string text, ClaimType type)
    {
        FirstClaim(text).Type.Should().Be(type);
    }

    private static Claim[] Claims(string text) => [.. Pipeline.Extract(new Document("d", text))];

    private static Claim FirstClaim(string text)
    {
        var claims = Claims(text);
        claims.Should().NotBeEmpty("'{0}' makes a claim", text);
        return claims[0];
    }

    [Fact]
    public void Extract_TwoSourcesInOneSentence_EachClaimTakesTheNearestSource()
    {
        var claims = Claims("The hospital said 40 nurses had resigned, and the union said 80 nurses had left.");

        claims.Single(c => c.Quantity!.Value.Value == 40).Attribution!.Organization.Should().Be("hospital");
        claims.Single(c => c.Quantity!.Value.Value == 80).Attribution!.Organization.Should().Be("union");
    }

    [Theory]
    [InlineData("The charity said 120 families were rehoused.", "families")]
    [InlineData("The bank said 14 branches would close.", "branches")]
    [InlineData("The agency said 300 children were enrolled.", "children")]
    [InlineData("The airline said 12 aircraft were grounded.", "aircraft")]
    public void Extract_CountedNoun_MeasureIsItsPlural(string text, string measure)
    {
        FirstClaim(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("About 20,000 refugees crossed into Chad in the past week.", "arrivals per week")]
    [InlineData("Some 20,000 refugees arrived in Chad over the past seven days.", "arrivals per week")]
    [InlineData("About 300 migrants arrive on the island a day.", "arrivals per day")]
    [InlineData("About 1,700 refugees a day from Vorland are arriving in Chad.", "arrivals per day")]
    [InlineData("The commission registered 20,000 new refugees over the past week.", "arrivals per week")]
    [InlineData("The factory hired 400 workers in the past week.", "workers per week")]
    [InlineData("Chad hosts more than 1.2 million refugees.", "refugees")]
    [InlineData("About 140 people were killed in raids on two villages near Brenmoor a week ago, a prosecutor said.", "deaths")]
    [InlineData("The agency first counted 65 casualties in Vorland and revised the figure a day later.", "casualties")]
    [InlineData("In Ostrava, the storm has caused at least 37 deaths over the past weeks.", "deaths")]
    [InlineData("Floods have displaced 4,300 people in Brenmoor in the last months, the agency said.", "displaced")]
    [InlineData("The founder said he would give $40 million a month to the campaign.", "amount per month")]
    [InlineData("The campaign took in $6.2 million in donations over the six months to March 31.", "amount per 180 days")]
    [InlineData("The board paid a dividend of $1.40 a share to its investors.", "amount per share")]
    [InlineData("About 200 migrants boarded a canoe at Kestrel Bay, spending a week adrift until it overturned.", "aboard")]
    [InlineData("Some 90 refugees crossed from Vorland; they were a week into their trip when the dinghy sank.", "arrivals")]
    [InlineData("About 60 passengers embarked at Lindenport and drifted for a week before the coastguard found them.", "aboard · passengers")]
    [InlineData("Police in Brenmoor arrest 40 people a week, the mayor said.", "arrests per week")]
    [InlineData("Refugees keep coming from Vorland, with about 300 people crossing a day into Lindenport.", "arrivals per day")]
    [InlineData("Some 45 children are dying a day in the camps near Kestrel Bay, the agency said.", "deaths · children per day")]
    [InlineData("Some 45 children die in the camps near Kestrel Bay on an average day, the agency said.", "deaths · children per day")]
    [InlineData("About 30 children die in the camps near Lindenport in a normal week, a nurse said.", "deaths · children per week")]
    [InlineData("On a typical day, some 45 children die in the camps near Kestrel Bay, the agency said.", "deaths · children per day")]
    [InlineData("In a normal week 30 children die in the camps near Lindenport, a nurse said.", "deaths · children per week")]
    [InlineData("Some 45 children died in the camps near Kestrel Bay on a single day, the agency said.", "deaths · children")]
    [InlineData("Some 45 children died in the camps near Kestrel Bay on the first day, the agency said.", "deaths · children")]
    [InlineData("In the fourth week of the strike, Lindenport's clinics postponed 420 appointments.", "appointments per week")]
    [InlineData("In the week to 8 June, Brenmoor's hospitals postponed 385 appointments, the ministry said.", "appointments per week")]
    [InlineData("Over the first month, the Vorland airline cancelled 1,200 flights.", "flights per month")]
    [InlineData("In the latest week, about 2,000 migrants reached Kestrel Bay by boat.", "arrivals per week")]
    [InlineData("In the week since the flood, crews in Brenmoor have rescued 300 people.", "rescued")]
    [InlineData("In the second week of March, an earthquake near Kestrel Bay killed 40 people.", "deaths")]
    [InlineData("At least 31 people have died in a week of unrest in Brenmoor, the rights group said.", "deaths")] // the unrest's length
    [InlineData("At least 31 people have died in under a week of clashes in Brenmoor.", "deaths")]
    [InlineData("Some 400 people were detained in less than a week, the ministry said.", "arrests")]
    [InlineData("Landslides in Brenmoor have so far killed 139 people, half of them recovered in the last 48 hours, officials said.", "deaths")]
    [InlineData("Storms have killed 80 people in Ostrava, 30 of whom died in the past week.", "deaths")]
    [InlineData("Some 3,400 refugees crossed into Vorland within 48 hours, the agency said.", "arrivals")] // often the whole event's count
    [InlineData("Kestrel Bay received 312 mm of rain in two days, the weather office said.", "rainfall per 2 days")]
    [InlineData("Kestrel Bay received 312 mm of rain over two days of storms.", "rainfall per 2 days")]
    [InlineData("The Ostvik gauge measured 47 mm of rain in a single hour.", "rainfall per hour")]
    [InlineData("Kestrel Bay's yearly average is 715 mm of rain.", "rainfall")]
    public void Extract_CountOverAPeriod_IsAFlowMeasure(string text, string measure)
    {
        FirstClaim(text).Measure.Should().Be(measure);
    }
}
