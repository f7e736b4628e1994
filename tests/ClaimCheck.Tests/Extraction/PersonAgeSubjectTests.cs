using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Extraction;

/// <summary>An age given in apposition after a person's name is that person's ("Dara Kessel, 41,"), a surname alone being the person
/// the document names in full with it; ages of people named by no name, or by a surname the document gives two people, stay with no
/// subject. Sentences and names written for these tests.</summary>
public class PersonAgeSubjectTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static CheckReport Check(params string[] texts) =>
        Pipeline.Check([.. texts.Select((text, i) => new Document($"d{i}", text, $"Wire {i}", new DateOnly(2025, 4, 9)))]);

    private static Claim Age(CheckReport report, string document, double value) =>
        report.Claims.Single(c => c.DocumentId == document && c.Quantity is { } q && q.Value == value && q.Unit.IsAge);

    [Theory]
    [InlineData("Police in Brenmoor arrested Dara Kessel, 41, on Monday.")]
    [InlineData("Police in Brenmoor arrested Dara M. Kessel, 41, on Monday.")]
    [InlineData("Dara Kessel was arrested on Monday. Kessel, a 41-year-old nurse, denies the charge.")]
    [InlineData("Flood Hero Dara Kessel, 41, was arrested in Brenmoor on Monday.")]
    [InlineData("Brenmoor Nurse Dara Kessel, 41, Held Over Data Theft\n\nPolice held her on Monday.")]
    [InlineData("Police Hold Dara Kessel Over Data Theft\n\nDara Kessel was held in Brenmoor on Monday. Kessel, 41, denies it.")]
    public void Extract_AgeAfterANamedPerson_IsThePersonsAge(string text)
    {
        var claim = Age(Check(text), "d0", 41);

        claim.Subject.Should().Be("Dara Kessel");
        claim.Measure.Should().Be(PersonAges.Measure);
    }

    [Fact]
    public void Extract_AgeAfterANameWithAParticle_KeepsTheParticle()
    {
        Age(Check("Police in Brenmoor arrested Dara van Kessel, 41, on Monday."), "d0", 41).Subject.Should().Be("Dara van Kessel");
    }

    [Fact]
    public void Extract_AgeAfterAnOrganisationsName_IsNoPersonsAge()
    {
        var report = Check("Halvex Group, 40, said the blaze in Brenmoor destroyed its plant.");

        report.Claims.Should().NotContain(c => c.Measure == PersonAges.Measure && c.Subject == "Halvex Group");
    }

    [Fact]
    public void Extract_AgeOfAPersonNamedByNoName_StaysWithoutSubject()
    {
        Age(Check("Police in Brenmoor arrested a 41-year-old man on Monday."), "d0", 41).Subject.Should().BeNull("two unnamed people may be two people");
    }

    [Fact]
    public void Extract_SurnameTheDocumentGivesTwoPeople_StaysWithoutSubject()
    {
        var text = "Dara Kessel and her father Anton Kessel were held in Brenmoor. Kessel, 80, was freed on Friday.";

        Age(Check(text), "d0", 80).Subject.Should().BeNull("the surname alone could be either of the two Kessels");
    }

    [Fact]
    public void Compare_TwoReportsGiveOnePersonTheSameAge_Corroborate()
    {
        var report = Check(
            "Suspect held over Brenmoor data theft\n\nPolice arrested Dara Kessel, 41, over the theft on Monday.",
            "Nurse held in data theft\n\nDara Kessel was held on Monday. Kessel, a 41-year-old nurse, denies it.");

        var ids = new[] { Age(report, "d0", 41).Id, Age(report, "d1", 41).Id };
        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration && ids.All(f.ClaimIds.Contains));
    }

    [Fact]
    public void Compare_OnePersonGivenTwoAgesAfterATitleWord_IsADiscrepancy()
    {
        var report = Check(
            "Blaze in Kestrel Valley\n\nWitness Ana Morrow, 62, said the flames rose high on Monday.",
            "Blaze in Kestrel Valley\n\nAna Morrow, 26, who lives nearby, said the flames rose high on Monday.");

        Age(report, "d0", 62).Subject.Should().Be("Ana Morrow");
        var ids = new[] { Age(report, "d0", 62).Id, Age(report, "d1", 26).Id };
        report.Findings.Should().Contain(f => f.Kind == FindingKind.NumericDiscrepancy && ids.All(f.ClaimIds.Contains));
    }

    [Fact]
    public void Compare_TwoPeoplesAges_AreNoDiscrepancy()
    {
        var report = Check(
            "Two held over Brenmoor data theft\n\nPolice arrested Dara Kessel, 41, on Monday.",
            "Two held in data theft\n\nPolice also held Tomas Ardell, 29, on Monday.");

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.NumericDiscrepancy, "41 and 29 are two people's ages");
    }
}
