using ClaimCheck.Comparison;
using ClaimCheck.Documents;

using static ClaimCheck.Tests.Comparison.FindingValues;

namespace ClaimCheck.Tests.Comparison;

/// <summary>The length of a period a government declares ("five days of national mourning") or of an event a length is written
/// before ("the 16-hour outage") is compared across outlets, in one unit as given and across units in days; other lengths of time
/// stay uncompared. Texts written for these tests; the country's disaster and its figures are made up.</summary>
public class DeclaredPeriodTests
{
    [Fact]
    public void Check_DaysOfNationalMourningGivenDifferently_AreADiscrepancyAboutTheCountry()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Ecuador has declared five days of national mourning after a ferry sank off Lindenport.", "Vorland Wire", new DateOnly(2025, 6, 2)),
            new Document("second", "The prime minister cleared his schedule and declared three days of national mourning in Ecuador.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        var periods = report.Claims.Where(c => c.Quantity is { Value: 5 or 3 }).ToList();
        periods.Should().HaveCount(2).And.OnlyContain(c => c.Measure == "mourning" && c.Subject == "Ecuador");
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([3, 5]);
    }

    [Theory]
    [InlineData("The governor ordered a three-day mourning period in Ecuador after the ferry sank.", 3, "mourning")]
    [InlineData("Ecuador's government imposed a 24-hour curfew on the port city.", 24, "curfew")]
    [InlineData("A 21-day lockdown of two Ecuadorian provinces began on Friday.", 21, "lockdown")]
    [InlineData("Ecuador observed a seven-day national mourning for the victims.", 7, "mourning")]
    public void Extract_HyphenedLengthBeforeADeclaredPeriod_IsThatPeriodsLength(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2025, 6, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == value)
            .Which.Should().Match<Claims.Claim>(c => c.Measure == measure && c.Subject == "Ecuador");
    }

    [Theory]
    [InlineData("The outage in Ecuador lasted more than 20 hours.", 20, "outage")]
    [InlineData("The strike in Ecuador lasted nine hours.", 9, "strike")]
    [InlineData("Ecuador's blackout, which lasted nearly seven hours, shut the airports.", 7, "outage")]
    [InlineData("The blackout, which began in Ecuador on Friday morning, lasted for at least nine hours.", 9, "outage")]
    [InlineData("In Ecuador a walkout lasting three days shut the ports.", 3, "strike")]
    public void Extract_LengthAPeriodLasted_IsThatPeriodsLength(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2025, 6, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == value)
            .Which.Should().Match<Claims.Claim>(c => c.Measure == measure && c.Subject == "Ecuador");
    }

    [Fact]
    public void Check_HowLongAnOutageLastedGivenAlike_IsACorroboration()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Phone lines went dead across Ecuador. The outage lasted more than 20 hours.", "Vorland Wire", new DateOnly(2025, 6, 2)),
            new Document("second", "Ecuador's network failed on Friday; the outage, which began before dawn, lasted more than 20 hours.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Corroboration && f.Topic.Contains("outage"));
    }

    [Theory]
    [InlineData("The outage in Ecuador ended after rescuers searched for 15 hours.")]
    [InlineData("The outage hit Ecuador; talks with 40 firms lasted 15 hours.")]
    [InlineData("During the blackout in Ecuador, the council meeting lasted 15 hours.")]
    [InlineData("After the strike in Ecuador ended, talks between the union and ministers lasted 15 hours.")]
    public void Extract_LengthNotSaidOfThePeriod_StaysADuration(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2025, 6, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 15).Which.Measure.Should().Be("duration");
    }

    [Theory]
    [InlineData("Ecuador's negotiators began three-day ceasefire talks in Lindenport.")]
    [InlineData("Ecuador's rescuers searched for three days curfew or not.")]
    [InlineData("Ecuador's operator gave three days of credit after the outage.")]
    public void Extract_LengthNotNamingADeclaredPeriod_StaysADuration(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2025, 6, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 3).Which.Measure.Should().Be("duration");
    }

    [Fact]
    public void Check_ALengthOfTimeThatIsNoDeclaredPeriod_StaysADuration()
    {
        var report = ClaimChecker.Check([new Document("first", "Ecuador's rescuers searched for five days of heavy rain.", "Vorland Wire", new DateOnly(2025, 6, 2))]);

        report.Claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 5).Which.Measure.Should().Be("duration");
    }

    [Theory]
    [InlineData("Residents of Brenmoor face ten hours of curfew each night.")]
    public void Extract_DailyLengthOfAPeriod_IsNoDeclaredPeriod(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2025, 6, 2)));

        claims.Should().NotContain(c => c.Measure == "ceasefire" || c.Measure == "curfew");
    }

    [Fact]
    public void Check_LengthsOfOneOutageGivenDifferently_AreADiscrepancyAboutTheOutage()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "The 16-hour outage on Monday cut phone lines across Ecuador, the telecoms regulator said.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("second", "Customers in Ecuador lost service in the 11-hour outage on Monday, the operator said.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        report.Claims.Where(c => c.Quantity is { Value: 16 or 11 }).Should().HaveCount(2).And.OnlyContain(c => c.Measure == "outage" && c.Subject == "Ecuador");
        var discrepancy = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.NumericDiscrepancy).Subject;
        SideValues(report, discrepancy).Should().Equal([11, 16]);
    }

    [Fact]
    public void Check_OneStrikeGivenInHoursAndInDays_AgreesAcrossUnits()
    {
        var report = ClaimChecker.Check(
        [
            new Document("first", "Unions in Ecuador began a 48-hour strike on Tuesday against the pension bill.", "Vorland Wire", new DateOnly(2025, 6, 3)),
            new Document("second", "Ecuador's unions started a two-day strike on Tuesday over the pension bill.", "Lindenport Daily", new DateOnly(2025, 6, 3)),
        ]);

        report.Claims.Where(c => c.Quantity != null && c.Measure == "strike").Should().HaveCount(2, "a length written before the strike is the strike's");
        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "48 hours and two days are one length");
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration);
    }

    [Theory]
    [InlineData("Ecuador's operator published a plan for a 12-hour outage window next month.")]
    [InlineData("Ecuador's rescuers worked through a 12-hour shift.")]
    public void Extract_ALengthBeforeANounNoEventNames_StaysADuration(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2025, 6, 2)));

        claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value.Value == 12).Which.Measure.Should().Be("duration");
    }
}
