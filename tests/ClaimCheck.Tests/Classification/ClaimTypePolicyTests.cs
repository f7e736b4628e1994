using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class ClaimTypePolicyTests
{
    private static readonly ClaimTypePolicy Policy = new(new ClaimTypePolicyOptions { ModelOverrideScore = 0.7f, RuleTypeMinimumScore = 0 });

    [Theory]
    [InlineData(true, Modality.Asserted, ClaimType.Quantity)]
    [InlineData(true, Modality.Estimated, ClaimType.Quantity)]
    [InlineData(true, Modality.Planned, ClaimType.Prediction)]
    [InlineData(false, Modality.Forecast, ClaimType.Prediction)]
    [InlineData(false, Modality.NonCommittal, ClaimType.Event)]
    public void RuleType_ClaimFacts_GivesTheRulesType(bool hasQuantity, Modality modality, ClaimType expected)
    {
        ClaimTypePolicy.RuleType(hasQuantity, modality).Should().Be(expected);
    }

    [Theory]
    [InlineData(null, ClaimType.Opinion, 0.3f, ClaimType.Opinion)]
    [InlineData(null, ClaimType.NotAClaim, 0.9f, ClaimType.NotAClaim)]
    [InlineData(ClaimType.Quantity, ClaimType.CorrelationOrCausation, 0.8f, ClaimType.CorrelationOrCausation)]
    [InlineData(ClaimType.Quantity, ClaimType.CorrelationOrCausation, 0.6f, ClaimType.Quantity)]
    [InlineData(ClaimType.Event, ClaimType.NotAClaim, 0.99f, ClaimType.NotAClaim)]
    [InlineData(ClaimType.Event, ClaimType.NotAClaim, 0.5f, ClaimType.Event)]
    [InlineData(ClaimType.Prediction, ClaimType.Opinion, 0.7f, ClaimType.Opinion)]
    [InlineData(ClaimType.Event, ClaimType.Quantity, 0.95f, ClaimType.Event)]
    [InlineData(ClaimType.Prediction, ClaimType.Quantity, 0.95f, ClaimType.Prediction)]
    [InlineData(null, ClaimType.Quantity, 0.5f, ClaimType.Quantity)]
    public void Decide_RulesAndModel_ModelWinsOnlyWhenSure(ClaimType? ruleType, ClaimType modelType, float score, ClaimType expected)
    {
        Policy.Decide(ruleType, Prediction(modelType, score)).Should().Be(expected);
    }

    [Theory]
    [InlineData(ClaimType.Quantity, 0.05f, ClaimType.Event)]
    [InlineData(ClaimType.Quantity, 0.25f, ClaimType.Quantity)]
    [InlineData(ClaimType.Prediction, 0.1f, ClaimType.Event)]
    [InlineData(ClaimType.Prediction, 0.2f, ClaimType.Prediction)]
    public void Decide_ModelUnsureButRulingTheRulesTypeOut_TakesTheModelsType(ClaimType ruleType, float ruleTypeScore, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ruleType, Prediction(ClaimType.Event, 0.35f, (ruleType, ruleTypeScore))).Should().Be(expected);
    }

    [Fact]
    public void Decide_ModelSaysQuantityForAClaimTheRulesTypedOtherwise_KeepsTheRulesTypeHoweverLowItsScore()
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Prediction, Prediction(ClaimType.Quantity, 0.35f, (ClaimType.Prediction, 0.01f))).Should().Be(ClaimType.Prediction);
    }

    [Fact]
    public void Decide_RulesAlwaysWin_NeverAsksTheModelAboutATypedClaim()
    {
        var rulesOnly = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 2 });
        var asked = 0;

        var type = rulesOnly.Decide(ClaimType.Quantity, "Lindenport counted 4,310 visitors.", () =>
        {
            asked++;
            return Prediction(ClaimType.Opinion, 1);
        });

        type.Should().Be(ClaimType.Quantity);
        asked.Should().Be(0);
    }

    [Theory]
    [InlineData("Vorland's navy intends to station about 2,700 sailors in Kestrel Bay.", ClaimType.Prediction)]
    [InlineData("An official said Brenmoor intended to involve roughly 3,400 reservists in the drill.", ClaimType.Prediction)]
    [InlineData("The Ostrava utility is planning to lay 61 km of new pipe next year.", ClaimType.Prediction)]
    [InlineData("The Lindenport ferry is set to carry 1,150 passengers a day from March.", ClaimType.Prediction)]
    [InlineData("The Lindenport ferry was set to 40 knots for the trial.", ClaimType.Event)]
    [InlineData("Councillors in Brenmoor approved the mayor's plans to close 14 libraries.", ClaimType.Event)]
    [InlineData("Councillors in Brenmoor approved plans to close 14 libraries.", ClaimType.Event)]
    [InlineData("The Kestrel Bay heating is set to 18 degrees overnight.", ClaimType.Event)]
    [InlineData("Vorland's navy stationed 2,700 sailors in Kestrel Bay.", ClaimType.Event)]
    [InlineData("Thousands marched in Lindenport in protest at plans to close 3 hospital wards.", ClaimType.Event)]
    [InlineData("The Ostrava chain had intended to open 45 stores, and it opened them in May.", ClaimType.Event)]
    [InlineData("A Brenmoor carrier that plans to add 12 routes hired 300 pilots.", ClaimType.Prediction)]
    public void Decide_RulesPredictionModelEvent_KeepsThePredictionOnlyForAStatedIntention(string text, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Prediction, Prediction(ClaimType.Event, 0.55f, (ClaimType.Prediction, 0.25f)), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("At least 2,400 Vorland troops have been sent to Ostrava for exercises.", ClaimType.Quantity)]
    [InlineData("More than 650 families have arrived in Lindenport since the floods.", ClaimType.Quantity)]
    [InlineData("Nearly 1,300 residents have fled Kestrel Bay as Cyclone Orlen nears.", ClaimType.Quantity)]
    [InlineData("Officials say some 480 patients have been evacuated from Brenmoor's two hospitals.", ClaimType.Quantity)]
    [InlineData("Vorland sent 2,400 troops to Ostrava on Monday.", ClaimType.Event)]
    [InlineData("At least 2,400 Vorland troops, who have been sent to Ostrava, joined the drill.", ClaimType.Event)]
    [InlineData("At least 35 Brenmoor firefighters have been honoured for their work.", ClaimType.Event)]
    public void Decide_RulesQuantityModelEvent_KeepsTheQuantityOnlyForAHedgedCountThatWasMoved(string text, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Quantity, Prediction(ClaimType.Event, 0.55f, (ClaimType.Quantity, 0.4f)), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Brenmoor Mills said sales rose 6% to 412 million crowns, above the 398 million analysts had expected.", ClaimType.Quantity)]
    [InlineData("Kestrel Bay Telecom beat forecasts with a quarterly profit of 57 million.", ClaimType.Quantity)]
    [InlineData("Lindenport's jobless rate fell to 4.2% in May, short of the consensus estimate of 4.4%.", ClaimType.Quantity)]
    [InlineData("Brenmoor Mills expects sales of 430 million crowns, above the 410 million analysts had forecast.", ClaimType.Prediction)]
    [InlineData("Lindenport's jobless rate may fall to 4.2%, below the consensus estimate of 4.4%.", ClaimType.Prediction)]
    [InlineData("Ostrava's harvest will come in at 2.1 million tonnes, more than last year's forecast.", ClaimType.Prediction)]
    [InlineData("Brenmoor Mills sold 412 tonnes of flour in May, and its owners expected a busy June.", ClaimType.Prediction)]
    [InlineData("Kestrel Bay Telecom beat its rivals in the spring auction and expected a quiet year.", ClaimType.Prediction)]
    public void Decide_RulesPredictionModelQuantity_IsAQuantityOnlyForAFigureMeasuredAgainstAForecast(string text, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Prediction, Prediction(ClaimType.Quantity, 0.6f, (ClaimType.Prediction, 0.3f)), text).Should().Be(expected);
    }

    [Fact]
    public void Decide_FigureMeasuredAgainstAForecast_StaysARulesPredictionWhenTheModelIsUnsure()
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Prediction, Prediction(ClaimType.Quantity, 0.35f, (ClaimType.Prediction, 0.3f)),
            "Kestrel Bay Telecom beat forecasts with a quarterly profit of 57 million.").Should().Be(ClaimType.Prediction);
    }

    [Theory]
    [InlineData("Brenmoor Foods recalls its oat bars because they may contain nuts.", ClaimType.CorrelationOrCausation, ClaimType.Event)]
    [InlineData("The Ostrava festival was called off over poor ticket sales.", ClaimType.CorrelationOrCausation, ClaimType.Event)]
    [InlineData("Lindenport Dairy is recalling 4,200 pounds of butter over a possible listeria risk.", ClaimType.Quantity, ClaimType.Event)]
    [InlineData("Fearing a storm surge, the Kestrel Bay harbour master has suspended all ferry crossings until Friday due to gale warnings.", ClaimType.Opinion, ClaimType.Event)]
    [InlineData("Brenmoor Steel halted production at two plants after a fire in the furnace hall.", ClaimType.CorrelationOrCausation, ClaimType.Event)]
    [InlineData("Factory output in Lindenport paused because energy prices rose sharply.", ClaimType.CorrelationOrCausation, ClaimType.CorrelationOrCausation)]
    [InlineData("Vorland's exports halted following a 12% rise in tariffs, economists estimate.", ClaimType.CorrelationOrCausation, ClaimType.CorrelationOrCausation)]
    [InlineData("It is outrageous that the Brenmoor festival was cancelled because of a few complaints, the singer said.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("Critics believe the minister resigned because he feared the inquiry.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("Anyone arrested after curfew in Kestrel Bay must pay a fine of 500 euros.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("Drivers who are fined twice because of speeding lose their licence under the Vorland code.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("Police in Lindenport arrested 312 people over two days of protests.", ClaimType.Quantity, ClaimType.Quantity)]
    [InlineData("The Vorland carmaker recalled 80,000 vans after a brake fault was found.", ClaimType.RulesOrLaws, ClaimType.Event)]
    [InlineData("The frost split water mains across Ostrava because the pipes were old.", ClaimType.CorrelationOrCausation, ClaimType.CorrelationOrCausation)]
    [InlineData("Forty Lindenport flights will be cancelled because of the strike.", ClaimType.CorrelationOrCausation, ClaimType.CorrelationOrCausation)]
    [InlineData("The Ostrava match is to be postponed over safety fears.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("Brenmoor cancelled 7,400 flights over the past year.", ClaimType.Quantity, ClaimType.Quantity)]
    [InlineData("Vorland suspended over 300 permits.", ClaimType.Quantity, ClaimType.Quantity)]
    [InlineData("Because of the drought, Ostrava's farms recalled nothing and lost 12% of their wheat.", ClaimType.CorrelationOrCausation, ClaimType.CorrelationOrCausation)]
    [InlineData("Brenmoor Foods recalls its oat bars because they may contain nuts.", ClaimType.Prediction, ClaimType.Prediction)]
    public void Decide_DecisionToldWithItsReason_IsAnEvent(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("The Vorland assembly passed the tenancy bill on Tuesday by 41 votes to 12.", ClaimType.RulesOrLaws, ClaimType.Event)]
    [InlineData("The governor of Brenmoor vetoed the fishing quota law last week.", ClaimType.RulesOrLaws, ClaimType.Event)]
    [InlineData("Judges in Lindenport struck down the city's curfew order.", ClaimType.RulesOrLaws, ClaimType.Event)]
    [InlineData("The Kestrel Bay council brought in a new parking code in March.", ClaimType.RulesOrLaws, ClaimType.Event)]
    [InlineData("Under the tenancy bill, which passed on Tuesday, Vorland landlords must register every flat.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("The law approved in Brenmoor bans fishing within 3 km of the reef.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("From May, Ostrava shops will have to charge for plastic bags.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("The Lindenport senate passed the budget after a long debate.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("Since the Ostrava levy passed in 2021, hotels there have charged guests a nightly fee.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("Vorland cyclists face a 50-crown fine under rules introduced in 2023.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("Under a decree adopted last year, Ostrava cafés close at midnight.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("Brenmoor drivers pay a toll under new rules approved in March.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("The Vorland senate passed the tenancy bill under a fast-track procedure on Tuesday.", ClaimType.RulesOrLaws, ClaimType.Event)]
    [InlineData("A curfew adopted last spring limits Kestrel Bay bars to closing at midnight.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    [InlineData("Brenmoor tenants are barred from keeping dogs by a code the council approved in 2020.", ClaimType.RulesOrLaws, ClaimType.RulesOrLaws)]
    public void Decide_RuleEnactedNotStated_IsAnEvent(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("The mayor of Lindenport thanked the volunteers who cleared the beach.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Vorland's foreign minister condemned the shelling of Brenmoor in a statement.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Brenmoor's harbour master commended the lifeboat crew after Friday's rescue.", ClaimType.Prediction, ClaimType.Opinion)]
    [InlineData("Hundreds paid tribute to the Ostrava firefighter at Sunday's service.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("A Brenmoor court condemned him to ten years in prison.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Lindenport fire brigade evacuated 40 homes overnight.", ClaimType.Event, ClaimType.Event)]
    [InlineData("I thanked the nurses who sat with me all night in Kestrel Bay.", ClaimType.PersonalExperience, ClaimType.PersonalExperience)]
    [InlineData("Lindenport police urged drivers to stay off the coast road.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("The Brenmoor mayor called on the ferry company to restore the night sailings.", ClaimType.Prediction, ClaimType.Opinion)]
    [InlineData("Drivers in Kestrel Bay are urged to stay off the coast road.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The much praised Vorland choir cancelled its spring tour.", ClaimType.Event, ClaimType.Event)]
    [InlineData("A widely condemned tax on Brenmoor boats raised 3 million crowns.", ClaimType.Quantity, ClaimType.Quantity)]
    [InlineData("Condemned flats in Lindenport will be pulled down in June.", ClaimType.Prediction, ClaimType.Prediction)]
    [InlineData("Urged on by the crowd, Lindenport's runners took the final lap in record time.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Ostrava forecast called for heavy rain on Sunday.", ClaimType.Prediction, ClaimType.Prediction)]
    [InlineData("The Vorland coach called on his veteran striker in the second half.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Brenmoor candidate appealed to younger voters with cheaper rail fares.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Kestrel Bay residents were again urged to boil their water.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Lindenport ferry company apologised for Monday's cancellations.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Brenmoor Water says sorry for the third burst main this month.", ClaimType.Quantity, ClaimType.Opinion)]
    [InlineData("The Vorland rail operator issued a public apology for the signal failure.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("The Ostrava club regretted selling its captain in January.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Kestrel Bay's mayor praises the volunteers who rebuilt the pier.", ClaimType.Prediction, ClaimType.Opinion)]
    [InlineData("The Lindenport bus firm demanded an apology from its contractor.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Lindenport coastguard advised walkers to keep away from the crumbling cliffs.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Kestrel Bay walkers are often advised to carry a paper map.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Lindenport airline, advised by two banks, agreed to sell its ferry arm.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Lindenport food bank appeals for volunteers as winter nears", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Brenmoor police are appealing for witnesses to Sunday's crash on the ring road.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("The Kestrel Bay lifeboat crew appealed for calm after the ferry ran aground.", ClaimType.CorrelationOrCausation, ClaimType.Opinion)]
    [InlineData("Lindenport police appealed for the driver of the blue van to come forward.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Ostrava's harbour master was appealing for volunteers by the dock.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Blankets appealed for by the Kestrel Bay shelter arrived on Friday.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Appealing for calm, the Brenmoor mayor walked through the square.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Brenmoor club signs winger as coach left disappointed", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Brenmoor harbour master said she was delighted that the new pier had opened.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Kestrel Bay Water delighted by the new reservoir", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("The Vorland coach said he felt deeply disappointed with the draw.", ClaimType.Prediction, ClaimType.Opinion)]
    [InlineData("Lindenport's police chief was pleased that burglaries fell 4% last year.", ClaimType.Quantity, ClaimType.Quantity)]
    [InlineData("A delighted crowd in Ostrava cheered the returning rowers.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Ostrava mayor's speech pleased the fishermen of the old harbour.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Brenmoor council hopes the ferry will return in spring.", ClaimType.Prediction, ClaimType.Opinion)]
    [InlineData("Lindenport fishermen hoped that the quota would be lifted.", ClaimType.Prediction, ClaimType.Opinion)]
    [InlineData("Kestrel Bay's coach will be hoping his side keeps its unbeaten run.", ClaimType.Prediction, ClaimType.Opinion)]
    [InlineData("Vorland's mayor said she hoped Ostrava would reopen the border crossing.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("The Ostrava museum hopes to open a second gallery in May.", ClaimType.Prediction, ClaimType.Prediction)]
    [InlineData("Vorland shares rallied on hopes that the central bank would cut rates.", ClaimType.CorrelationOrCausation, ClaimType.CorrelationOrCausation)]
    [InlineData("The rescue gave them hope that the missing Brenmoor crew were alive.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Hopes of a Brenmoor ceasefire faded on Sunday.", ClaimType.Event, ClaimType.Event)]
    [InlineData("A Lindenport probe the agency hopes will reach Mars lifted off on Friday.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Their hopes for a Kestrel Bay title ended in the rain.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Brenmoor bonds rose amid hopes that the strike would end.", ClaimType.CorrelationOrCausation, ClaimType.CorrelationOrCausation)]
    [InlineData("The vote dashed hopes that Lindenport would host the games.", ClaimType.Event, ClaimType.Event)]
    [InlineData("She spoke of the hope that the Kestrel Bay ferry would return.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Flights at Bob Hope Airport resumed on Friday after the Vorland storm.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Lindenport's harbour master wished the departing crew a calm crossing.", ClaimType.Event, ClaimType.Opinion)]
    [InlineData("Brenmoor residents wish that the council would mend the sea wall.", ClaimType.Prediction, ClaimType.Opinion)]
    [InlineData("The Vorland minister wished to speak before the vote.", ClaimType.Event, ClaimType.Event)]
    public void Decide_ActOfThanksPraiseOrCondemnation_IsAnOpinion(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("The Lindenport coach said he was pleased with the draw.", ClaimType.Opinion)]
    [InlineData("She said she could hear the river rising behind the Kestrel Bay cottages.", ClaimType.PersonalExperience)]
    [InlineData("He remembers the Vorland mill shutting its gates for good.", ClaimType.PersonalExperience)]
    [InlineData("I waited six hours for a bus out of Ostrava.", ClaimType.PersonalExperience)]
    [InlineData("\"We lost the barn and half the flock,\" a Brenmoor farmer said.", ClaimType.PersonalExperience)]
    [InlineData("One Lindenport resident said she ran for the stairs when the shaking began.", ClaimType.PersonalExperience)]
    [InlineData("Witnesses in Ostrava said the lorry never slowed before the crossing.", ClaimType.PersonalExperience)]
    [InlineData("A passenger told the Vorland Herald she was thrown across the aisle.", ClaimType.PersonalExperience)]
    [InlineData("The Kestrel Bay residents were pleased with the new ferry timetable.", ClaimType.Opinion)]
    [InlineData("Brenmoor officials told residents they were pleased with the new ferry timetable.", ClaimType.Opinion)]
    [InlineData("The Vorland mayor said survivors would be pleased with the new housing plan.", ClaimType.Opinion)]
    public void Decide_PersonalExperienceWithoutAnOwnAccount_IsTheModelsNextType(string text, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.PersonalExperience, 0.5f, (ClaimType.Opinion, 0.3f)), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Had the rain held off, Brenmoor would probably have won the Kestrel Bay final.", ClaimType.Opinion)]
    [InlineData("A Vorland bill that would have let landlords evict tenants without notice was dropped.", ClaimType.Opinion)]
    [InlineData("The Lindenport ferry may have left the harbour early.", ClaimType.Opinion)]
    [InlineData("Without the new dam, Ostrava could not have stored the spring floods.", ClaimType.Opinion)]
    [InlineData("The Brenmoor rise would otherwise have lifted fares by 12%.", ClaimType.Opinion)]
    [InlineData("Brenmoor would have to close two schools next year.", ClaimType.Prediction)]
    [InlineData("Lindenport said its reservoirs would have to be rationed from August.", ClaimType.Prediction)]
    [InlineData("The Vorland crews will strike on Monday, which should have been a school day.", ClaimType.Prediction)]
    [InlineData("Ostrava expects to have finished the bridge by May.", ClaimType.Prediction)]
    [InlineData("Analysts expect the Brenmoor line may have reopened by June.", ClaimType.Prediction)]
    [InlineData("Kestrel Bay forecasts that its new pier should have opened before the summer.", ClaimType.Prediction)]
    public void Decide_PredictionTellingWhatWouldHaveBeen_IsTheModelsNextType(string text, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.Prediction, 0.5f, (ClaimType.Opinion, 0.3f)), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Will the Lindenport ferry fares rise again in 2027?", ClaimType.Prediction, ClaimType.NotAClaim)]
    [InlineData("Did Brenmoor really spend 4 million on consultants?", ClaimType.Quantity, ClaimType.NotAClaim)]
    [InlineData("\"Is the Ostrava bridge safe to cross?\"", ClaimType.Opinion, ClaimType.NotAClaim)]
    [InlineData("Q. Does the Vorland levy apply to holiday flats? ", ClaimType.RulesOrLaws, ClaimType.NotAClaim)]
    [InlineData("\"Why should we pay more?\" asked one Kestrel Bay resident.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("Lindenport asked whether the fares would rise.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Vorland jobless rate hits 9.4%: is the worst over?", ClaimType.Quantity, ClaimType.Quantity)]
    [InlineData("Brenmoor fares rise 8% — who will pay?", ClaimType.Quantity, ClaimType.Quantity)]
    [InlineData("Q: does the Kestrel Bay levy apply to boats?", ClaimType.RulesOrLaws, ClaimType.NotAClaim)]
    [InlineData("Reader asks: can I claim the Lindenport rebate?", ClaimType.Event, ClaimType.NotAClaim)]
    [InlineData("Brenmoor torn between two old parties: will the coalition hold?", ClaimType.Event, ClaimType.NotAClaim)]
    public void Decide_TextEndingAsAQuestion_IsNotAClaim(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("The Lindenport toll by district was as follows:", ClaimType.Quantity, ClaimType.NotAClaim)]
    [InlineData("Brenmoor council gave these reasons for the closure: ", ClaimType.Event, ClaimType.NotAClaim)]
    [InlineData("The Vorland levy rose to 4%: the highest in a decade.", ClaimType.Quantity, ClaimType.Quantity)]
    public void Decide_TextLeadingIntoAList_IsNotAClaim(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Brenmoor police declined on Friday to say how many shots were fired.", ClaimType.Event, ClaimType.NotAClaim)]
    [InlineData("The Vorland ministry would not name the warehouse where the crates were found.", ClaimType.Event, ClaimType.NotAClaim)]
    [InlineData("Lindenport's coach refused to say whether Ortiz will play on Saturday.", ClaimType.Prediction, ClaimType.NotAClaim)]
    [InlineData("A spokeswoman didn't disclose the size of the Kestrel Bay payout.", ClaimType.Quantity, ClaimType.NotAClaim)]
    [InlineData("The Ostrava mayor did not say that the depot would close.", ClaimType.Prediction, ClaimType.Prediction)]
    [InlineData("Brenmoor police declined to renew the licence of the bar.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Lindenport union said it would not give up its claim.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The Vorland firm declined, and the court later said it had acted lawfully.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Brenmoor's ferry line did not immediately identify the two crew members.", ClaimType.Event, ClaimType.NotAClaim)]
    [InlineData("The Ostrava brewery did not change its name until 1990.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Kestrel Bay residents did not have a say in the depot plan.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Vorland copper prices declined as traders say demand is weakening.", ClaimType.CorrelationOrCausation, ClaimType.CorrelationOrCausation)]
    [InlineData("The Lindenport club refused to use the name of its founder.", ClaimType.Event, ClaimType.Event)]
    public void Decide_SourceDecliningToTellADetail_IsNotAClaimHoweverSureTheModel(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.95f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("1. Ada Brenmoor, 2:14:05", ClaimType.Quantity)]
    [InlineData("T-3. Piet Vorland, -7", ClaimType.Quantity)]
    [InlineData("Hygiene score: 88", ClaimType.Quantity)]
    [InlineData("- Lindenport Greens: 14 seats", ClaimType.Quantity)]
    [InlineData("Kestrel Bay turnout: 61.5%", ClaimType.Quantity)]
    [InlineData("Ticket price: £12.50.", ClaimType.Quantity)]
    [InlineData("Ostrava flood appeal, 2024", ClaimType.NotAClaim)]
    [InlineData("Video, 00:02:11", ClaimType.NotAClaim)]
    [InlineData("Kick-off: 19:45", ClaimType.NotAClaim)]
    [InlineData("Doors open: 7pm", ClaimType.NotAClaim)]
    [InlineData("MARTA KOVAC, Lindenport, 4 June", ClaimType.NotAClaim)]
    [InlineData("Brenmoor Harbour Trust, 3 hours ago", ClaimType.NotAClaim)]
    [InlineData("The quay was rebuilt in 1990, officials said, at a cost of 4 million crowns", ClaimType.NotAClaim)]
    public void Decide_LineOfAResultsPage_IsAQuantityHoweverSureTheModel(string text, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.NotAClaim, 0.9f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Three hikers were rescued from the Brenmoor ridge on Sunday.", ClaimType.Event)]
    [InlineData("Customs officers at Lindenport seized 40 kg of saffron hidden in a lorry.", ClaimType.Event)]
    [InlineData("A Vorland landscape sold for 2.1 million crowns at the Ostrava auction.", ClaimType.Event)]
    [InlineData("Twelve guests fell ill after the wedding dinner at the Kestrel Bay hotel.", ClaimType.Event)]
    [InlineData("Six climbers have died on the Brenmoor massif so far this year.", ClaimType.Quantity)]
    [InlineData("Lindenport police arrested an average of 40 people a week in the spring.", ClaimType.Quantity)]
    [InlineData("The Ostrava floods killed 40 people and destroyed 900 homes.", ClaimType.Quantity)]
    [InlineData("A survey of 2,000 Vorland drivers found that one in three had been fined.", ClaimType.Quantity)]
    [InlineData("The Kestrel Bay ferry carried 40,000 passengers in July.", ClaimType.Quantity)]
    [InlineData("Velmora police arrested 3,000 drivers for drink-driving last year.", ClaimType.Quantity)]
    [InlineData("Over the last decade, 12 mines collapsed in the Karsby hills.", ClaimType.Quantity)]
    [InlineData("Measles killed 900 children across Vorland in 2018.", ClaimType.Quantity)]
    [InlineData("The fever has killed 2 million people worldwide since it emerged.", ClaimType.Quantity)]
    [InlineData("Researchers found that 40% of Vessa teenagers sleep less than seven hours.", ClaimType.Quantity)]
    [InlineData("Ten years after the mine collapsed, Karsby has 4,000 fewer people.", ClaimType.Quantity)]
    [InlineData("Two Orvik trawlermen went missing off the cape on Tuesday night.", ClaimType.Event)]
    [InlineData("Brenmoor Foods recalls 9,000 jars of honey sold in Lindenport.", ClaimType.Event)]
    [InlineData("Kestrel Motors is recalling about 1.2 million vans with faulty brake hoses.", ClaimType.Event)]
    [InlineData("Vorland carmakers recalled 2 million vehicles last year.", ClaimType.Quantity)]
    public void Decide_CountedIncident_IsAnEventWhenTheModelIsUnsureOfTheQuantity(string text, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Quantity, Prediction(ClaimType.Quantity, 0.55f, (ClaimType.Event, 0.3f)), text).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.85f, 0.1f)]
    [InlineData(0.6f, 0.15f)]
    public void Decide_CountedIncident_LeavesAQuantityTheModelIsSureOfOrGivesNoEvent(float quantityScore, float eventScore)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Quantity, Prediction(ClaimType.Quantity, quantityScore, (ClaimType.Event, eventScore)), "Three hikers were rescued from the Brenmoor ridge on Sunday.")
            .Should().Be(ClaimType.Quantity);
    }

    [Fact]
    public void Decide_CounterfactualPerfect_LeavesOtherTypesAlone()
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.Quantity, 0.5f, (ClaimType.Prediction, 0.3f)), "The Brenmoor levy would have raised 4 million a year.")
            .Should().Be(ClaimType.Quantity);
    }

    [Theory]
    [InlineData(0.3f, ClaimType.Quantity)]
    [InlineData(0.34f, ClaimType.Quantity)]
    [InlineData(0.36f, ClaimType.CorrelationOrCausation)]
    [InlineData(0.7f, ClaimType.CorrelationOrCausation)]
    public void Decide_CausalLinkTheModelScoresLow_IsTheModelsNextType(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.CorrelationOrCausation, score, (ClaimType.Quantity, 0.25f)), "Brenmoor's grain stores held 4,000 tonnes in March as the Vorland harvest came in.")
            .Should().Be(expected);
    }

    [Theory]
    [InlineData(0.3f, ClaimType.Opinion)]
    [InlineData(0.4f, ClaimType.PersonalExperience)]
    public void Decide_PersonalExperienceTheModelScoresLow_IsTheModelsNextTypeEvenWithAnOwnAccount(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.PersonalExperience, score, (ClaimType.Opinion, 0.25f)), "\"I have never seen the Lindenport quay so empty,\" one fisherman said.")
            .Should().Be(expected);
    }

    [Fact]
    public void Decide_CausalLinkTheModelScoresLow_PassesOverPersonalExperience()
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });
        var scores = new float[Enum.GetValues<ClaimType>().Length];
        Array.Fill(scores, 0.05f);
        scores[(int)ClaimType.CorrelationOrCausation] = 0.3f;
        scores[(int)ClaimType.PersonalExperience] = 0.25f;
        scores[(int)ClaimType.Opinion] = 0.15f;

        policy.Decide(null, new ClaimTypePrediction(ClaimType.CorrelationOrCausation, ImmutableArray.Create(scores)), "The Kestrel Bay ferry ran late after the storm.")
            .Should().Be(ClaimType.Opinion);
    }

    [Theory]
    [InlineData("The ban is meant to save water in Kestrel Bay during dry summers.", ClaimType.Opinion, ClaimType.RulesOrLaws)]
    [InlineData("This bill aims to give Vorland tenants more protection from sudden eviction.", ClaimType.Prediction, ClaimType.RulesOrLaws)]
    [InlineData("The proposed Ostrava Clean Harbour Act seeks to cut sulphur in ship fuel by half.", ClaimType.Prediction, ClaimType.RulesOrLaws)]
    [InlineData("The levy is also designed to keep Lindenport's old town quiet at night.", ClaimType.CorrelationOrCausation, ClaimType.RulesOrLaws)]
    [InlineData("Brenmoor passed a fishing law last year, which aims to protect the reef.", ClaimType.RulesOrLaws, ClaimType.Event)]
    [InlineData("The plan aims to plant 10,000 trees in Lindenport by 2030.", ClaimType.Prediction, ClaimType.Prediction)]
    [InlineData("A ban meant to curb night-time noise came into force in Ostrava on Monday.", ClaimType.Event, ClaimType.Event)]
    [InlineData("Thousands of Vorland farmers and their families say they feel let down by the law, which is meant to help them.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("The treaty is meant to end the fishing dispute: what do you think?", ClaimType.RulesOrLaws, ClaimType.NotAClaim)]
    public void Decide_WhatARuleIsFor_IsARule(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.9f, ClaimType.RulesOrLaws)]
    [InlineData(0.97f, ClaimType.Prediction)]
    public void Decide_WhatARuleIsFor_LeavesATypeTheModelIsSureOf(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.Prediction, score), "The curfew is intended to keep Ostrava's youngsters off the streets after dark.")
            .Should().Be(expected);
    }

    [Theory]
    [InlineData("The agency puts the rise in Vorland's bread prices down to a poor harvest.", ClaimType.Event, ClaimType.CorrelationOrCausation)]
    [InlineData("The fall in burglaries across Lindenport has been put down to more evening patrols.", ClaimType.Opinion, ClaimType.CorrelationOrCausation)]
    [InlineData("Brenmoor's harbour master put the silting of the channel down to years of dredging cuts, the report says.", ClaimType.Prediction, ClaimType.CorrelationOrCausation)]
    [InlineData("Officials are putting the shortage of nurses in Ostrava down to low pay and long shifts.", ClaimType.RulesOrLaws, ClaimType.CorrelationOrCausation)]
    [InlineData("At least 14 deaths in Ostrava have been put down to the floods.", ClaimType.Quantity, ClaimType.Quantity)]
    [InlineData("Councillor Ada Ruiz put her name down to speak at the Lindenport meeting.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The mayor put forward a plan to bring bus fares down to two crowns.", ClaimType.Prediction, ClaimType.Prediction)]
    [InlineData("What did the agency put the rise down to?", ClaimType.Event, ClaimType.NotAClaim)]
    [InlineData("Kestrel Air cancelled all flights from Brenmoor because of the fog, putting the chaos down to a radar fault.", ClaimType.Event, ClaimType.Event)]
    public void Decide_AThingPutDownToItsCause_IsACausalLink(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.75f, ClaimType.CorrelationOrCausation)]
    [InlineData(0.85f, ClaimType.Event)]
    public void Decide_AThingPutDownToItsCause_LeavesATypeTheModelIsSureOf(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.Event, score), "Police put the steady drop in car thefts in Vorland down to new steering locks.")
            .Should().Be(expected);
    }

    [Theory]
    [InlineData("Landslips on the Brenmoor coast usually happen when heavy rain soaks into the clay above the cliffs.", ClaimType.Event, ClaimType.CorrelationOrCausation)]
    [InlineData("Sea fog forms when warm air drifts over the cold water of Lindenport bay.", ClaimType.Opinion, ClaimType.CorrelationOrCausation)]
    [InlineData("Blockages in Ostrava's old sewers arise whenever fat poured down sinks sets hard in the pipes.", ClaimType.Event, ClaimType.CorrelationOrCausation)]
    [InlineData("The collapse happened when a lorry struck the Vorland bridge's central pier.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The flooding will happen when the Brenmoor dam's spillway is opened, engineers say.", ClaimType.Event, ClaimType.Event)]
    [InlineData("The flooding could only happen when the Brenmoor dam's spillway is opened.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("What happens when a Lindenport tenant stops paying rent", ClaimType.Event, ClaimType.Event)]
    [InlineData("Visitors must fill in the form when they arrive at the Ostrava archive.", ClaimType.Opinion, ClaimType.RulesOrLaws)]
    [InlineData("Sinkholes in Vorland occur when the weather is wet.", ClaimType.Quantity, ClaimType.Quantity)]
    public void Decide_HowAThingComesAboutInGeneral_IsACausalLink(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.75f, ClaimType.CorrelationOrCausation)]
    [InlineData(0.85f, ClaimType.Event)]
    public void Decide_HowAThingComesAboutInGeneral_LeavesATypeTheModelIsSureOf(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.Event, score), "Rip currents develop when waves break unevenly along the Brenmoor shore.")
            .Should().Be(expected);
    }

    [Theory]
    [InlineData("Landlords in Vorland must register every let with the council.", ClaimType.Opinion, ClaimType.RulesOrLaws)]
    [InlineData("The regulator has to approve any rise in Lindenport's ferry fares.", ClaimType.Opinion, ClaimType.RulesOrLaws)]
    [InlineData("Under the new code, Brenmoor's taxi drivers are required to carry a first-aid kit.", ClaimType.Opinion, ClaimType.RulesOrLaws)]
    [InlineData("Shops in Ostrava need not charge for paper bags.", ClaimType.Opinion, ClaimType.RulesOrLaws)]
    [InlineData("Anglers mustn't keep any cod shorter than 35 centimetres.", ClaimType.Opinion, ClaimType.RulesOrLaws)]
    [InlineData("We must do better for the children of Kestrel Bay.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("The union said Vorland's ministers must act now on pay.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("\"Landlords must do more,\" the mayor of Lindenport said.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("It is unfair that Ostrava's nurses have to pay for parking at work.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("You must see the Lindenport fireworks at least once.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("The ferry crew must have known about the leak before it left Brenmoor.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("Critics condemned the rule that pensioners in Vorland must reapply every year.", ClaimType.Opinion, ClaimType.Opinion)]
    [InlineData("Brenmoor's buses must now stop at every village on the coast road.", ClaimType.Event, ClaimType.Event)]
    public void Decide_ARequirementStatedInNoOnesVoice_IsARule(string text, ClaimType modelType, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(modelType, 0.6f), text).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.75f, ClaimType.RulesOrLaws)]
    [InlineData(0.85f, ClaimType.Opinion)]
    public void Decide_ARequirementStatedInNoOnesVoice_LeavesAnOpinionTheModelIsSureOf(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.Opinion, score), "Every school in Lindenport has to publish its admissions rules online.")
            .Should().Be(expected);
    }

    [Theory]
    [InlineData(0.6f, ClaimType.Event)]
    [InlineData(0.85f, ClaimType.RulesOrLaws)]
    public void Decide_RuleEnactedNotStated_LeavesARuleTheModelIsSureOf(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.RulesOrLaws, score), "The Ostrava council repealed its noise bylaw on Monday.")
            .Should().Be(expected);
    }

    [Theory]
    [InlineData(0.6f, ClaimType.Opinion)]
    [InlineData(0.95f, ClaimType.Event)]
    public void Decide_ActOfThanksPraiseOrCondemnation_LeavesATypeTheModelIsSureOf(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.Event, score), "The Brenmoor mayor applauded the rescue teams at the town hall.")
            .Should().Be(expected);
    }

    [Theory]
    [InlineData(0.6f, ClaimType.Event)]
    [InlineData(0.95f, ClaimType.CorrelationOrCausation)]
    public void Decide_DecisionToldWithItsReason_LeavesATypeTheModelIsSureOf(float score, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(null, Prediction(ClaimType.CorrelationOrCausation, score), "The Ostrava ferry line suspended its night sailings because of thick fog.")
            .Should().Be(expected);
    }

    [Fact]
    public void Decide_RulesEventModelEvent_HedgedCountThatWasMovedAddsNoQuantity()
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Event, Prediction(ClaimType.Event, 0.55f), "At least 2,400 Vorland troops have been sent to Ostrava.")
            .Should().Be(ClaimType.Event);
    }

    [Fact]
    public void Decide_WithoutTheText_AsksTheModelOnceAndAppliesNoIntentionRule()
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });
        var calls = 0;

        var type = policy.Decide(ClaimType.Prediction, () =>
        {
            calls++;
            return Prediction(ClaimType.Event, 0.55f, (ClaimType.Prediction, 0.25f));
        });

        type.Should().Be(ClaimType.Event, "without the sentence no intention can be read, so the sure model decides");
        calls.Should().Be(1);
    }

    [Theory]
    [InlineData(ClaimType.Event, "The Lindenport ferry company intends to add a night sailing to Brenmoor in May.", ClaimType.Prediction)]
    [InlineData(null, "Kestrel Bay's harbour board is planning to dredge the outer channel this winter.", ClaimType.Prediction)]
    [InlineData(ClaimType.Event, "Does the Vorland board intend to sell the Ostrava mill?", ClaimType.NotAClaim)]
    [InlineData(ClaimType.Event, "Brenmoor approved the harbour board's plans to dredge the outer channel.", ClaimType.Event)]
    [InlineData(ClaimType.Event, "The Ostrava chain had intended to open 45 stores, and it opened them in May.", ClaimType.Event)]
    [InlineData(ClaimType.Event, "The Kestrel Bay ferry firm is to cut two winter sailings.", ClaimType.Prediction)]
    [InlineData(null, "Two Brenmoor councillors are to face a standards inquiry", ClaimType.Prediction)]
    [InlineData(ClaimType.Event, "Nobody on the Lindenport ferry crew is to blame for the delay.", ClaimType.Event)]
    [InlineData(ClaimType.Event, "The Vorland minister is to the left of her party on housing.", ClaimType.Event)]
    public void Decide_ModelEventWithAStatedIntention_IsAPredictionWhateverTheRulesFound(ClaimType? ruleType, string text, ClaimType expected)
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ruleType, Prediction(ClaimType.Event, 0.55f, (ClaimType.Prediction, 0.25f)), text).Should().Be(expected);
    }

    [Fact]
    public void Decide_StatedIntentionButModelSaysOpinion_TakesTheModelsType()
    {
        var policy = new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = 0.4f, RuleTypeMinimumScore = 0.2f });

        policy.Decide(ClaimType.Prediction, Prediction(ClaimType.Opinion, 0.6f), "Critics say Vorland intends to waste 90 million on the Kestrel Bay bridge.")
            .Should().Be(ClaimType.Opinion);
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Constructor_BadOverrideScore_ThrowsNamingIt(float score)
    {
        var create = () => new ClaimTypePolicy(new ClaimTypePolicyOptions { ModelOverrideScore = score });

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(nameof(ClaimTypePolicyOptions.ModelOverrideScore));
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(1.1f)]
    [InlineData(float.NaN)]
    public void Constructor_BadRuleTypeMinimumScore_ThrowsNamingIt(float score)
    {
        var create = () => new ClaimTypePolicy(new ClaimTypePolicyOptions { RuleTypeMinimumScore = score });

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(nameof(ClaimTypePolicyOptions.RuleTypeMinimumScore));
    }

    [Theory]
    [InlineData("The government plans to build 300,000 homes.", ClaimType.Prediction)]
    [InlineData("JOIN US ON TELEGRAM", ClaimType.NotAClaim)]
    [InlineData("Ostrava's steelworks shipped 61,000 tonnes of rail in May, a record for the plant.", ClaimType.Quantity)]
    [InlineData("", ClaimType.NotAClaim)]
    public void TypeSentence_DefaultPipeline_AppliesRulesThenModel(string sentence, ClaimType expected)
    {
        var (type, prediction) = ClaimTypePolicy.Default.TypeSentence(sentence, ClaimChecker.DefaultPipeline);

        type.Should().Be(expected);
        prediction.Scores.Should().HaveCount(Enum.GetValues<ClaimType>().Length);
    }

    [Fact]
    public void TypeSentence_IncidentalCountTheModelRulesOut_TakesTheModelsType()
    {
        const string sentence = "Three cousins spent a rainy week wondering whether to sell the barn.";
        var rulesStandWhenUnsure = new ClaimTypePolicy(new ClaimTypePolicyOptions { RuleTypeMinimumScore = 0 });

        var (type, prediction) = ClaimTypePolicy.Default.TypeSentence(sentence, ClaimChecker.DefaultPipeline);
        var modelsType = Enum.GetValues<ClaimType>().MaxBy(prediction.Score);

        // The model is not sure enough to override the rules (that is another branch), but it all but rules out their count.
        prediction.Score(modelsType).Should().BeLessThan(ClaimTypePolicyOptions.DefaultModelOverrideScore);
        prediction.Score(ClaimType.Quantity).Should().BeLessThan(ClaimTypePolicyOptions.DefaultRuleTypeMinimumScore);
        modelsType.Should().NotBe(ClaimType.Quantity);
        type.Should().Be(modelsType);
        rulesStandWhenUnsure.TypeSentence(sentence, ClaimChecker.DefaultPipeline).Type.Should().Be(ClaimType.Quantity);
    }

    /// <summary>A prediction of <paramref name="type"/> at <paramref name="score"/>, with <paramref name="other"/>'s type at its
    /// score and the rest spread evenly over the other types.</summary>
    private static ClaimTypePrediction Prediction(ClaimType type, float score, (ClaimType Type, float Score) other)
    {
        var scores = new float[Enum.GetValues<ClaimType>().Length];
        var rest = (1 - score - other.Score) / (scores.Length - 2);
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = i == (int)type ? score : i == (int)other.Type ? other.Score : rest;
        }

        return new ClaimTypePrediction(type, ImmutableArray.Create(scores));
    }

    private static ClaimTypePrediction Prediction(ClaimType type, float score)
    {
        var scores = new float[Enum.GetValues<ClaimType>().Length];
        scores[(int)type] = score;
        var rest = (1 - score) / (scores.Length - 1);
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = i == (int)type ? score : rest;
        }

        return new ClaimTypePrediction(type, ImmutableArray.Create(scores));
    }
}
