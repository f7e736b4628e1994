using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>A figure some sources give and another calls false. Texts written for these tests; the town is made up.</summary>
public class FigureDenialTests
{
    [Theory]
    [InlineData("The government said unofficial tolls of more than 3,900 dead were false.")]
    [InlineData("The ministry called reports that 3,900 people had died in Brenmoor “false”.")]
    [InlineData("Officials dismissed the figure of 3,900 deaths as baseless.")]
    public void Extract_AFigureCalledFalse_IsDenied(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null).Which.Polarity.Should().Be(Polarity.Negated);
    }

    [Theory]
    [InlineData("The Brenmoor bottling plant dismissed 300 workers last week.")]
    [InlineData("Ostrava Foods dismissed more than 1,200 employees after the strike.")]
    [InlineData("The mill dismisses about 40 seasonal staff every winter.")]
    public void Extract_DismissedBeforeACountOfPeople_RemovesThemFromTheirPostsAndDeniesNothing(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null).Which.Polarity.Should().Be(Polarity.Affirmed);
    }

    [Theory]
    [InlineData("The ministry dismissed claims that 300 people had died in Brenmoor.")]
    [InlineData("The ministry dismissed reports of 300 deaths in Brenmoor.")]
    public void Extract_DismissedBeforeAClaimOfAFigure_StillDeniesIt(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null).Which.Polarity.Should().Be(Polarity.Negated);
    }

    [Fact]
    public void Extract_AFalseWordBesideAFigure_DoesNotDenyIt()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "Official figures show 57 people died in Brenmoor, despite false rumours online."));

        claims.Should().ContainSingle(c => c.Quantity != null).Which.Polarity.Should().Be(Polarity.Affirmed);
    }

    [Fact]
    public void Check_ATollCalledFalse_ConflictsWithTheSourceThatGaveIt_NotWithLowerBounds()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "At least 3,900 people died in the floods in Brenmoor, Chile, local media reported.", "Coast Wire", new DateOnly(2026, 3, 2)),
            new Document("b", "At least 57 people died in the floods in Brenmoor, Chile, the mayor said.", "Andes Daily", new DateOnly(2026, 3, 2)),
            new Document("c", "The Chilean government said unofficial tolls of more than 3,900 dead in Brenmoor were false.", "Gulf Daily", new DateOnly(2026, 3, 3)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        var given = conflict.Sides.Single(s => s.Label == "affirmed").ClaimIds;
        given.Should().OnlyContain(id => id.StartsWith("a#", StringComparison.Ordinal), "'at least 57' does not say 3,900");
    }

    [Fact]
    public void Extract_NotTrueAfterAFigure_DeniesItAndNotTheFigureAfter()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a",
            "The government says reports of 3,900 dead in Brenmoor are 'not true', puts the toll at 57.", "Coast Wire", new DateOnly(2026, 3, 3)));

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 3900 && c.Polarity == Polarity.Negated)
            .And.Contain(c => c.Quantity != null && c.Quantity.Value.Value == 57 && c.Polarity == Polarity.Affirmed);
    }

    [Theory]
    [InlineData("The ministry said it is not true that 3,900 people died in the floods in Brenmoor.", Polarity.Negated, Modality.Asserted)]
    [InlineData("Police said unknown gunmen killed 57 people in Brenmoor.", Polarity.Affirmed, Modality.Asserted)]
    public void Extract_NotTrueThatAndUnknown_KeepTheirOrdinaryMeaning(string text, Polarity polarity, Modality modality)
    {
        var claim = ClaimChecker.DefaultPipeline.Extract(new Document("a", text)).Single(c => c.Quantity != null);

        claim.Polarity.Should().Be(polarity);
        claim.Modality.Should().Be(modality);
    }
    [Theory]
    [InlineData("On 4 March the Vorland police denied shooting marchers but said nine people had died in Lindenport.", Polarity.Affirmed)]
    [InlineData("The Vorland police denied shooting marchers, but nine people had died in Lindenport, they said.", Polarity.Affirmed)]
    [InlineData("The commander said every helicopter returned to base without incident, and that about 40 rebels were killed in Lindenport.", Polarity.Affirmed)]
    [InlineData("The mayor said Tarnfield had not been brought to a standstill and announced 46 arrests in Lindenport.", Polarity.Affirmed)]
    [InlineData("The Vorland police denied that nine people had died in Lindenport.", Polarity.Negated)]
    [InlineData("The Vorland police denied that the fire spread and that nine people had died in Lindenport.", Polarity.Negated)]
    public void Extract_ADenialBeforeAContrastOrASecondReportedClause_DoesNotReachTheFigure(string text, Polarity polarity)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 3, 5)));

        claims.Should().ContainSingle(c => c.Quantity != null).Which.Polarity.Should().Be(polarity);
    }

    [Theory]
    [InlineData("The Orlen mill dismissed more than 600 workers after a stoppage that it says cost it $9 million.", Polarity.Affirmed)]
    [InlineData("The strike closed 14 berths at Tarnfield, and the union rejected the council's offer.", Polarity.Affirmed)]
    [InlineData("The Tarnfield union rejected claims that the stoppage cost the mill $9 million.", Polarity.Negated)]
    [InlineData("Reports that 600 workers had been laid off were dismissed by the Orlen mill.", Polarity.Negated)]
    [InlineData("The Vorland border agency rejected 40 asylum seekers at the Tarnfield crossing.", Polarity.Affirmed)]
    [InlineData("The Orlen mill dismissed two guards after the stoppage.", Polarity.Affirmed)]
    [InlineData("More than 300 teachers in Vorland were dismissed from their posts.", Polarity.Affirmed)]
    public void Extract_ADenialVerbThatActsOnACountOrStandsInALaterClause_DoesNotDenyTheFigure(string text, Polarity polarity)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 5, 14)));

        claims.Where(c => c.Quantity != null).Should().NotBeEmpty().And.OnlyContain(c => c.Polarity == polarity);
    }

    [Theory]
    [InlineData("The Brenmoor council said without warning that it had spent $4 million on roads.", Polarity.Affirmed)]
    [InlineData("A clerk who asked not to be named said 37 prisoners were still held in Lindenport.", Polarity.Affirmed)]
    [InlineData("The ministry has not updated its count and still says 212 people died in Lindenport.", Polarity.Affirmed)]
    [InlineData("The ministry did not say that 212 people died in Lindenport.", Polarity.Negated)]
    [InlineData("No one in Lindenport has been reported sick by the 212 clinics.", Polarity.Negated)]
    [InlineData("The Vorland police denied the reports, saying 14 people had died in Lindenport.", Polarity.Affirmed)]
    [InlineData("The Vorland police denied reports that 14 people had died in Lindenport, saying they were false.", Polarity.Negated)]
    public void Extract_ANegationBeforeAReportingVerb_ReachesTheReportOnlyWhenItNegatesTheVerb(string text, Polarity polarity)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 5, 14)));

        claims.Should().ContainSingle(c => c.Quantity != null).Which.Polarity.Should().Be(polarity);
    }
}
