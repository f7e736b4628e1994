using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Golden;

/// <summary>Each point of <c>../shared/seeds/EXPECTED.md</c>, as its own test, over the project's copy in <c>seeds/</c>.</summary>
public sealed class SeedExpectationsTests(SeedReportFixture seeds) : IClassFixture<SeedReportFixture>
{
    private Finding TroopCountDiscrepancy => seeds.Report.Findings.Single(f =>
        f.Kind == FindingKind.NumericDiscrepancy && f.Topic.StartsWith("North Korea · troops", StringComparison.Ordinal));

    private Finding DeploymentDispute => seeds.Report.Findings.Single(f =>
        f.Kind == FindingKind.PolarityConflict && f.Topic.StartsWith("North Korea · sent troops", StringComparison.Ordinal));

    [Fact]
    public void F1_NumericDiscrepancy_TwelveThousandAgainstThreeThousand_IsOneFindingAboutOneQuantity()
    {
        var finding = TroopCountDiscrepancy;
        finding.Sides.Should().HaveCount(2);
        var values = finding.Sides.Select(side => seeds.ClaimsOf(finding, side.ClaimIds).Select(c => c.Quantity!.Value.Value).Distinct().ToList()).ToList();
        values[0].Should().Equal(12_000);
        values[1].Should().Equal(3_000);
        finding.Explanation.Should().Contain("factor of about 4");
    }

    [Fact]
    public void F1_NumericDiscrepancy_KeepsEveryThreeThousandClaimInTheOneFinding()
    {
        var finding = TroopCountDiscrepancy;
        var threeThousand = seeds.ClaimsOf(finding, finding.Sides[1].ClaimIds).ToList();
        threeThousand.Select(c => c.DocumentId[..3]).Should().BeEquivalentTo(["001", "002", "004"]);
        threeThousand.Should().Contain(c => c.Attribution!.DisplayName.Contains("National Intelligence Service", StringComparison.Ordinal));
        threeThousand.Should().Contain(c => c.Attribution!.Speaker == "Park Sun-won");
        seeds.Report.Findings.Count(f => f.Kind == FindingKind.NumericDiscrepancy && f.Topic.Contains("troops", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void F1_NumericDiscrepancy_NamesTheDocumentsAndSourcesOnEachSide()
    {
        var finding = TroopCountDiscrepancy;
        finding.Explanation.Should().Contain(seeds.DocumentId("001")).And.Contain("Kiev")
            .And.Contain("National Intelligence Service").And.Contain(seeds.DocumentId("002")).And.Contain(seeds.DocumentId("004"));
        seeds.ClaimsOf(finding, finding.Sides[0].ClaimIds).Single().Attribution!.Organization.Should().Be("Kiev");
    }

    [Fact]
    public void F1_AtLeastThreeThousand_IsALowerBound_NotTheConflictingSide()
    {
        var finding = TroopCountDiscrepancy;
        var sideClaims = finding.Sides.SelectMany(s => s.ClaimIds).Select(id => seeds.ClaimsById[id]);
        sideClaims.Should().NotContain(c => c.Quantity!.Value.Qualifier == Qualifier.AtLeast || c.Quantity!.Value.Qualifier == Qualifier.MoreThan);
        var kirby = seeds.ClaimsOf(finding, finding.Neutral).Where(c => c.Attribution?.Speaker == "John Kirby").ToList();
        kirby.Should().HaveCount(2, "Kirby's 'at least 3,000' in 000 and 004 fits both sides");
        kirby.Should().OnlyContain(c => c.Quantity!.Value.Qualifier == Qualifier.AtLeast);
    }

    [Fact]
    public void F2_PolarityConflict_NorthKoreaSentTroops_IsAffirmedByUsSouthKoreaAndUkraine()
    {
        var affirmed = seeds.ClaimsOf(DeploymentDispute, DeploymentDispute.Sides.Single(s => s.Label == "affirmed").ClaimIds).ToList();
        affirmed.Should().Contain(c => c.Attribution != null && c.Attribution.Speaker == "John Kirby");
        affirmed.Should().Contain(c => c.Attribution != null && c.Attribution.Organization == "US government");
        affirmed.Should().Contain(c => c.Attribution != null && c.Attribution.DisplayName.Contains("South Korea", StringComparison.Ordinal));
        affirmed.Should().Contain(c => c.Attribution != null && (c.Attribution.Organization == "Kiev" || c.Attribution.Organization == "Ukrainian military intelligence"));
    }

    [Fact]
    public void F2_PolarityConflict_IsDeniedByPyongyangsUnRepresentativeAndRussia()
    {
        var denied = seeds.ClaimsOf(DeploymentDispute, DeploymentDispute.Sides.Single(s => s.Label == "denied").ClaimIds).ToList();
        denied.Select(c => c.DocumentId[..3]).Should().BeEquivalentTo(["000", "003"]);
        denied.Should().Contain(c => c.Attribution != null && c.Attribution.Speaker != null && c.Attribution.Speaker.StartsWith("one of Pyongyang", StringComparison.Ordinal));
        denied.Should().Contain(c => c.Attribution != null && c.Attribution.Organization == "Russia");
        DeploymentDispute.Explanation.Should().Contain("denied by").And.Contain("Russia").And.Contain("Pyongyang");
    }

    [Fact]
    public void F2_DeclinedToConfirmOrDeny_IsNonCommittal_NotADenial()
    {
        var zakharova = seeds.Claims("002", "declined to confirm or deny").Concat(seeds.Claims("004", "declined to confirm or refute")).ToList();
        zakharova.Should().HaveCount(2);
        zakharova.Should().OnlyContain(c => c.Modality == Modality.NonCommittal && c.Polarity == Polarity.Affirmed);
        DeploymentDispute.Neutral.Should().Contain(zakharova.Select(c => c.Id));
        DeploymentDispute.Sides.SelectMany(s => s.ClaimIds).Should().NotContain(zakharova.Select(c => c.Id));
    }

    [Fact]
    public void F2_NatoCannotConfirm_IsNonCommittal_NotADenial()
    {
        var nato = seeds.Claims("003", "NATO cannot confirm").ToList();
        nato.Should().NotBeEmpty();
        nato.Should().OnlyContain(c => c.Modality == Modality.NonCommittal && c.Polarity == Polarity.Affirmed);
    }

    [Fact]
    public void ReadCorrectly_AdditionalFifteenHundred_IsAnIncrementLeadingToATotalOfThreeThousand()
    {
        foreach (var (document, fragment) in new[] { ("002", "an additional 1,500"), ("004", "1,500 more troops") })
        {
            var quantities = seeds.Claims(document, fragment).Where(c => c.Quantity is not null).Select(c => c.Quantity!.Value).ToList();
            quantities.Should().ContainSingle(q => q.IsIncrement && q.Value == 1_500);
            quantities.Should().ContainSingle(q => !q.IsIncrement && q.Value == 3_000 && q.Qualifier == Qualifier.Exact);
        }
    }

    [Fact]
    public void ReadCorrectly_EarlierFifteenHundredSpecialForces_ReadsAsGrowth_NotAContradiction()
    {
        var earlier = seeds.Claims("003", "1,500 special forces").Single(c => c.Quantity is not null);
        var evolution = seeds.Report.Findings.Single(f => f.Kind == FindingKind.Evolution);
        evolution.ClaimIds.Should().Contain(earlier.Id);
        seeds.Report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy)
            .SelectMany(f => f.Sides.SelectMany(s => s.ClaimIds)).Should().NotContain(earlier.Id);
    }

    [Fact]
    public void ReadCorrectly_PlansToSendTenThousand_ArePlanned_AndKeptOutOfTheCountComparison()
    {
        var plans = seeds.Claims("002", "intends to send up to 10,000")
            .Concat(seeds.Claims("004", "intends to send 10,000"))
            .Concat(seeds.Claims("003", "intended to involve about 10,000"))
            .Where(c => c.Quantity is not null).ToList();
        plans.Should().HaveCount(3);
        plans.Should().OnlyContain(c => c.Modality == Modality.Planned && c.Type == ClaimType.Prediction);
        var compared = seeds.Report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).SelectMany(f => f.ClaimIds);
        compared.Should().NotContain(plans.Select(c => c.Id), "plans are not compared with counts, and among themselves they agree");
    }

    [Fact]
    public void ReadCorrectly_BudanovExpectsArrival_IsAForecast_AndTheLaterArrivalIsNoContradiction()
    {
        var forecast = seeds.Claims("003", "We expect the first units to arrive tomorrow").ToList();
        forecast.Should().NotBeEmpty().And.OnlyContain(c => c.Modality == Modality.Forecast);
        var arrived = seeds.Claims("001", "have already arrived at the front").ToList();
        arrived.Should().NotBeEmpty().And.OnlyContain(c => c.Modality == Modality.Asserted && c.Polarity == Polarity.Affirmed);
        seeds.Report.Findings.Where(f => f.Kind != FindingKind.PolarityConflict).SelectMany(f => f.ClaimIds)
            .Should().NotContain(forecast.Concat(arrived).Select(c => c.Id));
    }

    [Fact]
    public void NotFlagged_G7LoanOfFiftyBillionDollars_AndItsConversionToEuros()
    {
        MoneyDiscrepancies().Should().BeEmpty();
        var euros = seeds.Claims("000", "around 46 billion euros").Select(c => c.Quantity).OfType<Quantity>().ToList();
        euros.Should().Contain(q => q.Unit == Unit.Currency("EUR") && q.Value == 46e9);
    }

    [Fact]
    public void NotFlagged_UsShareOfTwentyBillion_AndTheSplitThatAddsUpToFifty()
    {
        MoneyDiscrepancies().Should().BeEmpty();
        seeds.Claims("000", "$20 billion comes from the USA alone").Should().Contain(c => c.Subject == "United States" && c.Quantity!.Value.Value == 20e9);
    }

    [Fact]
    public void NotFlagged_AustinsFourHundredMillionPackage_AndEightHundredMillionForArms()
    {
        var amounts = seeds.Report.Claims.Where(c => c.Quantity is { Unit.Kind: UnitKind.Currency } q && (q.Value == 400e6 || q.Value == 800e6)).ToList();
        amounts.Should().HaveCountGreaterThanOrEqualTo(4);
        seeds.Report.Findings.Where(f => f.Kind != FindingKind.Corroboration).SelectMany(f => f.ClaimIds).Should().NotContain(amounts.Select(c => c.Id));
    }

    [Fact]
    public void NotFlagged_AustinInRomeAndInKiev_AreTwoTrips_NotAPlaceConflict()
    {
        seeds.Report.Findings.Where(f => f.Kind is FindingKind.NumericDiscrepancy or FindingKind.PolarityConflict)
            .Should().OnlyContain(f => f.Topic.StartsWith("North Korea", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("001", "500 being officers", 500d)]
    [InlineData("001", "three generals", 3d)]
    [InlineData("000", "around 210 billion euros", 210e9)]
    [InlineData("000", "up to 2.5 to 3 billion euros", 2.5e9)]
    [InlineData("000", "almost 1,000-day-long", 1_000d)]
    [InlineData("001", "13 million followers", 13e6)]
    [InlineData("003", "Three dozen world leaders", 36d)]
    public void NotFlagged_SingleSourceFigures_AreReadButNotCompared(string document, string fragment, double value)
    {
        var claim = seeds.Claims(document, fragment).Single(c => c.Quantity is { } q && q.Value == value);
        seeds.Report.Findings.SelectMany(f => f.ClaimIds).Should().NotContain(claim.Id);
    }

    [Fact]
    public void NotFlagged_SixteenthBricsSummit_IsAnOrdinal_NotAQuantity()
    {
        seeds.Claims("003", "16th annual BRICS summit").Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value == 16);
    }

    [Fact]
    public void Scoring_EveryExplanation_NamesTheDocumentsAndSourcesOnEachSide()
    {
        seeds.Report.Findings.Should().NotBeEmpty();
        foreach (var finding in seeds.Report.Findings)
        {
            foreach (var claim in finding.Sides.SelectMany(s => s.ClaimIds).Select(id => seeds.ClaimsById[id]))
            {
                finding.Explanation.Should().Contain(claim.DocumentId, $"finding {finding.Id} must name document {claim.DocumentId}");
                if (claim.Attribution is { } source)
                {
                    finding.Explanation.Should().Contain(source.DisplayName, $"finding {finding.Id} must name the source of {claim.Id}");
                }
            }
        }
    }

    [Fact]
    public void Scoring_OnlyTheExpectedKindsOfFinding_AreRaised()
    {
        seeds.Report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy).Should().ContainSingle();
        seeds.Report.Findings.Where(f => f.Kind == FindingKind.PolarityConflict).Should().ContainSingle();
    }

    [Fact]
    public void Evolution_FifteenHundredThenThreeThousandThenTwelveThousand_IsShownAsATimeline()
    {
        var evolution = seeds.Report.Findings.Single(f => f.Kind == FindingKind.Evolution);
        var totals = evolution.Sides
            .Select(side => side.ClaimIds.Select(id => seeds.ClaimsById[id].Quantity!.Value).Where(q => !q.IsIncrement).Select(q => q.Value).Distinct().ToList())
            .Where(values => values.Count > 0)
            .Select(values => values.Single())
            .ToList();

        totals.Should().Equal(1_500, 3_000, 12_000);
        evolution.Sides.Select(s => s.Label).Should().Contain(l => l.Contains("+1,500", StringComparison.Ordinal));
        evolution.Sides[^1].Label.Should().StartWith("later or disputed", "12,000 has no date that places it, and F1 reports it as a discrepancy");
    }

    [Fact]
    public void Origins_KirbysFigureRepeatedByThreeOutlets_CountsAsOneOrigin()
    {
        var kirbyAndUs = TroopCountDiscrepancy.Neutral.Select(id => seeds.ClaimsById[id]).ToList();
        kirbyAndUs.Select(c => c.DocumentId[..3]).Distinct().Should().BeEquivalentTo(["000", "002", "004"]);
        Origins.IndependentOrigins(kirbyAndUs).Should().Be(1, "Kirby speaks for the US government, which the other two outlets also cite");
        TroopCountDiscrepancy.Explanation.Should().Contain("1 independent origin)");
    }

    [Fact]
    public void Corroboration_FiftyBillionLoan_IsReportedAsAgreedByIndependentOutlets_NotFlagged()
    {
        var loan = seeds.Report.Findings.Single(f => f.Kind == FindingKind.Corroboration && f.ClaimIds.Any(id => seeds.ClaimsById[id].Quantity is { Value: 50e9 }));
        loan.IndependentOrigins.Should().BeGreaterThanOrEqualTo(2);
        loan.ClaimIds.Select(id => seeds.ClaimsById[id].DocumentId).Distinct().Should().HaveCountGreaterThanOrEqualTo(2);
        MoneyDiscrepancies().Should().BeEmpty();
    }

    private IEnumerable<Finding> MoneyDiscrepancies() =>
        seeds.Report.Findings.Where(f => f.Kind == FindingKind.NumericDiscrepancy
            && f.ClaimIds.Any(id => seeds.ClaimsById[id].Quantity is { Unit.Kind: UnitKind.Currency }));
}
