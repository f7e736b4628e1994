using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A share of the vote, seats or votes belong to the candidate or party the sentence ties them to: figures of one holder are
/// compared, figures of different holders never are. Texts, names and figures written for these tests.</summary>
public class HeldFigureTests
{
    private static readonly DateOnly Day = new(2025, 3, 10);

    private static List<HashSet<double>> Values(CheckReport report, FindingKind kind) =>
        report.Findings.Where(f => f.Kind == kind)
            .Select(f => f.Sides.SelectMany(side => side.ClaimIds).Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).ToHashSet())
            .ToList();

    [Fact]
    public void Check_TwoBodiesGivingEachCandidateADifferentShare_DisputesEachCandidatesShareOnItsOwn()
    {
        var report = ClaimChecker.Check(
        [
            new Document("commission", "Paraguay's electoral commission said Tomas Arvelo won 58.4% of the vote, Ines Markova 37.1% and Pavel Orrin 4.5%.", "Asuncion Wire", Day),
            new Document("court", "Paraguay's electoral court said Arvelo, who ran for the Coastal Alliance, took 52.6 per cent, against 41.2% for Ines Markova.", "Chaco Daily", Day),
        ]);

        var disputes = Values(report, FindingKind.NumericDiscrepancy);
        disputes.Should().Contain(v => v.SetEquals(new[] { 58.4, 52.6 }), "Arvelo's two shares dispute each other");
        disputes.Should().Contain(v => v.SetEquals(new[] { 37.1, 41.2 }), "Markova's two shares dispute each other");
        disputes.Should().NotContain(v => v.Contains(58.4) && v.Contains(41.2), "Arvelo's share is not Markova's");
        disputes.Should().NotContain(v => v.Contains(4.5), "only one outlet gives Orrin's share");
    }

    [Fact]
    public void Check_ACandidateWhoLeadsOrWonARoundWithAShare_HoldsIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("night", "In Vorland's presidential vote the incumbent, Petra Lindqvist, leads with 39.2%, the commission said.", "Vorland Wire", Day),
            new Document("morning", "By the commission's tally, Petra Lindqvist won the first round with 46.3 percent and faces a runoff in Vorland.", "Lindenport Daily", Day.AddDays(1)),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 39.2 or 46.3 }).Should().HaveCount(2)
            .And.OnlyContain(c => c.Measure == "share of vote · Lindqvist", "'leads with' and 'won the first round … with' tie the share to the candidate");
    }

    [Fact]
    public void Check_YesAndNoSharesRestatedAsVotes_AreComparedAnswerByAnswer()
    {
        var report = ClaimChecker.Check(
        [
            new Document("night", "Unofficial results in Vorland gave Yes 51.4 percent, or 24,900,000 votes, and No 48.6 percent, or 23,500,000 votes.", "Vorland Wire", Day),
            new Document("board", "Vorland's election board gave Yes 51.2 percent, that is 25,100,000 votes, and No 48.8 percent, or 23,900,000 votes.", "Lindenport Daily", Day),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 23_500_000 or 23_900_000 }).Should().HaveCount(2)
            .And.OnlyContain(c => c.Measure.EndsWith("· No", StringComparison.Ordinal) && c.Polarity == Polarity.Affirmed, "'and No 48.6 percent, or …' gives the No side's votes");
        report.Claims.Where(c => c.Quantity is { Value: 24_900_000 or 25_100_000 }).Should().OnlyContain(c => c.Measure.EndsWith("· Yes", StringComparison.Ordinal));
        var compared = report.Findings.Select(f => f.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quantity!.Value.Value).ToHashSet());
        compared.Should().NotContain(v => (v.Contains(24_900_000) || v.Contains(25_100_000)) && (v.Contains(23_500_000) || v.Contains(23_900_000)), "Yes votes and No votes are different quantities");
    }

    [Fact]
    public void Check_ANameBeforeWhatItWonWithAFigureAndNoCommaBetween_HoldsIt()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Petra Lindqvist won the runoff with 54.3% of the vote in Vorland.", "Vorland Wire", Day),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 54.3 }).Should().ContainSingle().Which.Measure.Should().Contain("Lindqvist", "nothing but lower-case words of what she won stand between the verb and 'with'");
    }

    [Fact]
    public void Check_ANameBeforeWhatItWonWithAFigureAndACommaBetween_HoldsNothing()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Petra Lindqvist won the debate, and the poll ended with 44.7% for nobody in particular in Vorland.", "Vorland Wire", Day),
        ]);

        report.Claims.Should().NotContain(c => c.Measure.Contains("Lindqvist"), "a comma and a second clause stand between the verb and 'with'");
    }

    [Fact]
    public void Check_TheGapBetweenAnAnnouncedAndAFinalShare_IsNoFigureOfItsOwn()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "Vorland's court said Tomas Arvelo took 61.32% of the vote, 4% less than the board had announced.", "Vorland Wire", Day),
            new Document("daily", "The court gave Arvelo 61.32 percent, roughly four percent lower than the total the board had declared.", "Lindenport Daily", Day),
        ]);

        report.Claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == 4, "'4% less than' compares two figures the texts give");
        report.Claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == 61.32).Should().HaveCount(2, "the shares themselves are still claims");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.Corroboration && f.Topic.Contains("fall"), "no gap is corroborated");
    }

    [Fact]
    public void Check_SharesOfDifferentCandidatesFromOneBody_AreNoDiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The electoral court of Paraguay gave Tomas Arvelo 52.6% of the vote against 41.2% for Ines Markova.", "Asuncion Wire", Day),
            new Document("b", "In Paraguay, Markova received 41.2% of the vote and Arvelo's victory came with 52.6%.", "Chaco Daily", Day),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "each candidate's share is given alike by both outlets");
        Values(report, FindingKind.Corroboration).Should().Contain(v => v.SetEquals(new[] { 52.6 }), "Arvelo's 52.6% is corroborated");
    }

    [Fact]
    public void Check_AShareComparedWithAnEarlierFigure_IsTheSameCandidatesShare()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Paraguay's electoral court said Arvelo obtained 52.6 per cent of the vote, lower than the 58.4 per cent the commission had announced.", "Asuncion Wire", Day),
            new Document("b", "Paraguay's commission had announced that Ines Markova took 37.1% of the vote.", "Chaco Daily", Day),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 58.4 }).Should().ContainSingle().Which.Measure.Should().Be("share of vote · Arvelo", "the figure compared with Arvelo's is Arvelo's earlier share");
        Values(report, FindingKind.NumericDiscrepancy).Should().NotContain(v => v.Contains(37.1), "Markova's share is another quantity");
    }

    [Fact]
    public void Check_SeatsOfDifferentParties_AreComparedPartyByParty()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "In Paraguay, the commission said the Coastal Alliance won 112 seats, and the Green Front won 40 seats.", "Asuncion Wire", Day),
            new Document("b", "In Paraguay, the court said the Coastal Alliance won 98 seats.", "Chaco Daily", Day),
        ]);

        var disputes = Values(report, FindingKind.NumericDiscrepancy);
        disputes.Should().ContainSingle("the Alliance's seats are disputed").Which.Should().BeEquivalentTo(new[] { 112d, 98d });
    }

    [Fact]
    public void Check_ShareWithNoHolder_StaysWithOtherSharesWithNoHolder()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Turnout in Paraguay was 61%. Tomas Arvelo won 52.6% of the vote.", "Asuncion Wire", Day),
            new Document("b", "Turnout in Paraguay was 64%.", "Chaco Daily", Day),
        ]);

        var disputes = Values(report, FindingKind.NumericDiscrepancy);
        disputes.Should().ContainSingle().Which.Should().BeEquivalentTo(new[] { 61d, 64d }, "turnout is still compared; Arvelo's share has no counterpart");
    }

    [Fact]
    public void Check_Holders_ArePeopleByTheirLastNameFoldedAndPartiesByTheirName()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Paraguay's court gave Inés Márkova 41.2% of the vote. The court said the Coastal Alliance won 98 seats.", "Asuncion Wire", Day),
        ]);

        report.Claims.Select(c => c.Measure).Should().Contain(["share of vote · Markova", "seats · Coastal Alliance"]);
    }

    [Fact]
    public void Check_DeclaredWinnerAndAnOppositionCount_DisputeEachCandidatesFigures()
    {
        var report = ClaimChecker.Check(
        [
            new Document("council", "Paraguay's council declared President Tomas Arvelo victorious with 51.3% of the votes against 44.8% for Inés Márkova. The council credited Arvelo with 5.1 million votes.", "Asuncion Wire", Day),
            new Document("opposition", "Paraguay's opposition said Ines Markova took 68% of the vote. And Arvelo, 30%. Its own count gave Arvelo only 2.7 million votes.", "Chaco Daily", Day),
        ]);

        var disputes = Values(report, FindingKind.NumericDiscrepancy);
        disputes.Should().Contain(v => v.SetEquals(new[] { 51.3, 30 }), "Arvelo's share per the council and per the opposition");
        disputes.Should().Contain(v => v.SetEquals(new[] { 44.8, 68 }), "Markova's share, her name spelt with and without accents");
        disputes.Should().Contain(v => v.SetEquals(new[] { 5_100_000d, 2_700_000d }), "Arvelo's votes");
        disputes.Should().NotContain(v => v.Contains(51.3) && v.Contains(68), "the two candidates' shares are different quantities");
    }

    [Fact]
    public void Check_FiguresThatWentFromOneValueToAnother_AreTheirHoldersShares()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "In Paraguay the recount trimmed Arvelo's vote share, which went from 58 to 52 per cent. His rival, Ines Markova, who went from 37 to 41 per cent, gained most.", "Asuncion Wire", Day),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 52 }).Should().ContainSingle().Which.Measure.Should().Be("share of vote · Arvelo");
        report.Claims.Where(c => c.Quantity is { Value: 41 }).Should().ContainSingle().Which.Measure.Should().Be("share of vote · Markova");
    }

    [Fact]
    public void Check_NegationInsideARelativeClauseAboutTheHolder_DoesNotDenyTheFigure()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Paraguay's court said Ines Markova, who holds no public office, took 41.2% of the vote, compared with 37.1% in the first count.", "Asuncion Wire", Day),
            new Document("b", "Paraguay's court said Markova took 41.2% of the vote.", "Chaco Daily", Day),
        ]);

        report.Claims.Where(c => c.Quantity is not null).Should().OnlyContain(c => c.Polarity == Polarity.Affirmed, "'no seat' is said of Markova, not of her share");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Check_AWholePercentageBesideTheShareItRounds_IsNoDiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Paraguay's court said Tomas Arvelo won 52.4% of the vote.", "Asuncion Wire", Day),
            new Document("b", "Paraguay's court said Arvelo won 52 per cent of the vote.", "Chaco Daily", Day),
            new Document("c", "Paraguay's commission said Arvelo won 58.4% of the vote.", "Lake Herald", Day),
        ]);

        var disputes = Values(report, FindingKind.NumericDiscrepancy);
        disputes.Should().ContainSingle().Which.Should().Contain(58.4, "the commission's figure still disputes the court's");
        disputes.Should().NotContain(v => v.SetEquals(new[] { 52.4, 52 }), "52 per cent is 52.4% rounded");
    }

    [Theory]
    [InlineData("47", false)] // 47.8% with its decimals cut off
    [InlineData("48", false)] // 47.8% rounded
    [InlineData("46", true)]
    [InlineData("49", true)]
    public void Check_AWholePercentageBesideAPreciseShare_DisputesItOnlyWhenNeitherRoundedNorCut(string whole, bool disputed)
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Paraguay's court said Tomas Arvelo won 47.8% of the vote.", "Asuncion Wire", Day),
            new Document("b", $"Paraguay's court said Arvelo won {whole} per cent of the vote.", "Chaco Daily", Day),
        ]);

        Values(report, FindingKind.NumericDiscrepancy).Should().HaveCount(disputed ? 1 : 0);
    }

    [Theory]
    [InlineData("Ines Markova, who leads Vorland's Green Front, ended with 9.56% of the vote in the final results (up from 3.17%).", 9.56, "share of vote · Markova")]
    [InlineData("Ines Markova, who leads Vorland's Green Front, ended with 9.56% of the vote in the final results (up from 3.17%).", 3.17, "share of vote · Markova")]
    [InlineData("In Vorland, the outgoing president, Tomas Arvelo, received 7,112,000 votes.", 7112000, "votes · Arvelo")]
    [InlineData("In Vorland, Arvelo won with 61.4% of the vote.", 61.4, "share of vote · Arvelo")]
    [InlineData("In Vorland, the Union for Renewal has 11.2%, the commission said.", 11.2, "share of vote · Union for Renewal")]
    [InlineData("Four parties are expected to enter Vorland's parliament: Coastal Alliance 52.9%, Union for Renewal 11.9%.", 11.9, "share of vote · Union for Renewal")]
    [InlineData("Arvelo, 71, was re-elected with 58.3 percent of the vote, according to the electoral board.", 58.3, "share of vote · Arvelo")]
    [InlineData("Arvelo, 71, was re-elected with 58.3 percent of the vote, according to the electoral board, while Markova, who came second with 30.1 percent, rejected the count.", 30.1, "share of vote · Markova")]
    [InlineData("In Vorland, Markova had claimed 51.6% of the vote against 40.2% for Arvelo.", 51.6, "share of vote · Markova")]
    [InlineData("In Vorland, Markova has claimed she won 51.6 percent of the vote.", 51.6, "share of vote · Markova")]
    [InlineData("In Ostravia, Delmont, 64, won 57.2% of the vote on Sunday.", 57.2, "share of vote · Delmont")]
    [InlineData("In Ostravia, Delmont, the outgoing mayor, took 44.8 percent.", 44.8, "share of vote · Delmont")]
    [InlineData("In Ostravia, Ilse Varga said she won 57.2 percent of the vote.", 57.2, "share of vote · Varga")]
    public void Extract_HolderBeforeWithAnAsideOrAVerbBeforeWith_HoldsTheFigure(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", Day));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Ilse Varga carried Ostravia's mayoralty on 51.7%, beating Jonas Delmont (30.2%), Petra Lindqvist (9.4%) and the Green Front (2.6%).", 30.2, "share of vote · Delmont")]
    [InlineData("Ilse Varga carried Ostravia's mayoralty on 51.7%, beating Jonas Delmont (30.2%), Petra Lindqvist (9.4%) and the Green Front (2.6%).", 9.4, "share of vote · Lindqvist")]
    [InlineData("Ilse Varga carried Ostravia's mayoralty on 51.7%, beating Jonas Delmont (30.2%), Petra Lindqvist (9.4%) and the Green Front (2.6%).", 2.6, "share of vote · Green Front")]
    [InlineData("Results for the Ostravia seat: Ilse Varga (51.7%), Jonas Delmont (30.2%), Petra Lindqvist (9.4%).", 30.2, "share of vote · Delmont")]
    [InlineData("With most ballots in Ostravia tallied, Ilse Varga stood on 51.7%; Jonas Delmont trails with 30.2 per cent.", 30.2, "share of vote · Delmont")]
    [InlineData("With most ballots in Ostravia tallied, Jonas Delmont trails with 30.2 per cent and Petra Lindqvist with 9.4 per cent.", 9.4, "share of vote · Lindqvist")]
    [InlineData("Petra Lindqvist, who toured 40 towns in Ostravia, took 6.3 percent.", 6.3, "share of vote · Lindqvist")]
    public void Extract_ANameBeforeAParenthesisHoldingTheFigureAloneOrAFollowingCandidateOrSibling_HoldsIt(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", Day));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Fact]
    public void Extract_ANameBeforeAParenthesisWithNoRivalCueOrListBeforeIt_HoldsNothing()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "Ilse Varga took 51.7% of the vote, though ballots cast at Harwell Academy (61%) were counted last.", "Vorland Wire", Day));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 61).Which.Measure.Should().NotContain("Harwell", "a name before a bracketed figure is no candidate's name in a list of results");
    }

    [Fact]
    public void Extract_AParenthesisHoldingMoreThanTheFigure_NamesNoHolderBeforeIt()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "In Ostravia, the count put Jonas Delmont (30.2% of ballots counted so far) behind.", "Vorland Wire", Day));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 30.2).Which.Measure.Should().NotContain("Delmont", "the parenthesis says more than the figure: it is no list item of a result");
    }

    [Theory]
    [InlineData("Varga says she won 48.3 percent of the vote, well ahead of her rivals.", 48.3, "share of vote · Varga")]
    [InlineData("Varga took 48.3 percent of the vote, her campaign said.", 48.3, "share of vote · Varga")]
    public void Extract_AHolderARuleTookForAPlaceElsewhereInTheDocument_StillHoldsTheFigureItWins(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a",
            "Police in Ostravia broke up a rally in Varga's home region on Monday.\n\n" + text, "Vorland Wire", Day));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == value).Should().ContainSingle().Which.Measure.Should().Be(measure,
            "a name that wins a share is its holder, whatever other words made of it");
    }

    [Theory]
    [InlineData("In Ostravia, spokeswoman Ilse Varga said he won 57.2 percent of the vote.")]
    [InlineData("In Ostravia, campaign manager Ilse Varga said he won 57.2 percent of the vote.")]
    public void Extract_PronounAfterAProxysReportingVerb_NamesNoHolder(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", Day));

        claims.Where(c => c.Quantity != null && c.Quantity.Value.Value == 57.2).Should().ContainSingle()
            .Which.Measure.Should().Be("share of vote", "a spokeswoman's or a campaign manager's 'he' is someone else");
    }

    [Fact]
    public void Check_ListsOfSharesAfterAColon_AreComparedPartyByParty()
    {
        var report = ClaimChecker.Check(
        [
            new Document("poll", "In Vorland, the Kestrel exit poll gave these figures: Coastal Alliance 40.9%; Union for Renewal (Orrin, Velt) 16.7%; Green Front 7.3%.", "Vorland Wire", Day),
            new Document("count", "In Vorland, four parties are expected to enter parliament: Coastal Alliance 52.9%, Union for Renewal 11.9%, Green Front 7.3%.", "Lindenport Daily", Day),
        ]);

        var disputes = Values(report, FindingKind.NumericDiscrepancy);
        disputes.Should().Contain(v => v.SetEquals(new[] { 40.9, 52.9 }), "the Alliance's poll share and its count dispute each other");
        disputes.Should().Contain(v => v.SetEquals(new[] { 16.7, 11.9 }), "so do the Union's");
        disputes.Should().NotContain(v => v.Contains(40.9) && v.Contains(16.7), "the Alliance's share is not the Union's");
        Values(report, FindingKind.Corroboration).Should().Contain(v => v.SetEquals(new[] { 7.3 }), "the Front's 7.3% is given alike");
    }

    [Theory]
    [InlineData("Of 18.2 million votes in Vorland, Ana Ruiz won 10.4 million, Bo Lind 9.5 million and Cy Moro 3.4 million.")]
    [InlineData("In Vorland, Ruiz leads with more than 11.2 million votes. Lind follows with 9.5 million, Moro has 3.4 million and Dee Tal just over 206,000.")]
    [InlineData("In Vorland, Lind had 9.5 million votes and Ruiz 10.4 million, state radio reported.")]
    public void Extract_BareFiguresListedWithTheirHolders_AreEachHoldersVotes(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", Day));

        var held = claims.Where(c => c.Quantity != null && c.Measure.StartsWith("votes · ", StringComparison.Ordinal))
            .ToDictionary(c => c.Measure, c => c.Quantity!.Value.Value);
        held.Should().Contain("votes · Lind", 9_500_000, "a bare figure after its holder counts what the list's count of votes counts");
        held.Keys.Should().Contain(k => k.EndsWith("Ruiz", StringComparison.Ordinal));
        held.Values.Should().OnlyHaveUniqueItems("each figure is its own holder's");
    }

    [Fact]
    public void Check_TwoOutletsListingEachCandidatesVotes_MeetHolderByHolder()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "In Vorland, Ana Ruiz leads with more than 11.21 million votes. Bo Lind follows with 9.5 million and Cy Moro has 3.1 million.", "Vorland Wire", Day),
            new Document("b", "Of 24 million votes in Vorland, Ruiz won 11.2 million, Lind 9.5 million and Moro 3.4 million.", "Lindenport Daily", Day),
        ]);

        Values(report, FindingKind.NumericDiscrepancy).Should().ContainSingle("only Moro's figures differ")
            .Which.Should().BeEquivalentTo(new[] { 3_100_000d, 3_400_000d });
        Values(report, FindingKind.Corroboration).Should().Contain(v => v.SetEquals(new[] { 9_500_000d }), "both outlets give Lind's votes alike");
    }
}
