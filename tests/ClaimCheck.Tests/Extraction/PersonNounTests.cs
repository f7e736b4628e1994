using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Counts of people named by what they do or where they are (the lexicon's <c>person-noun</c> list): what befell them names
/// the measure, as for "people". Sentences written for these tests.</summary>
public class PersonNounTests
{
    [Theory]
    [InlineData("The mudslide at the Brenmoor quarry left at least 37 gold panners dead on Sunday.", 37, "deaths")]
    [InlineData("Nineteen dockworkers were injured when a crane toppled in the port of Kestrel Bay.", 19, "injuries")]
    [InlineData("Twelve herders are missing after the blizzard in the Vorland highlands.", 12, "missing")]
    [InlineData("The market fire in Lindenport left 240 vendors homeless, the council said.", 240, "displaced")]
    [InlineData("Police said 14 mourners were killed when the wall collapsed at the Ostrava cemetery.", 14, "deaths")]
    [InlineData("Four classmates died when the bus overturned on the Tesk pass, the Brenmoor school said.", 4, "deaths")]
    [InlineData("Three colleagues were injured when the scaffold gave way at the Brenmoor depot.", 3, "injuries")]
    [InlineData("Six neighbours are missing after the flood swept through the Lindenport lane.", 6, "missing")]
    public void Extract_CountOfPeopleNamedByARole_MeasuresWhatBefellThem(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Single(c => c.Quantity is { Value: var v } && v == value).Measure.Should().Be(measure);
    }

    [Fact]
    public void Extract_CountOfColleaguesWithNoOutcome_IsNoToll()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a",
            "The Brenmoor mayor thanked 40 colleagues at the council meeting in Lindenport.", "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Where(c => c.Quantity is { Value: 40 }).Should().NotContain(c => c.Measure == "deaths" || c.Measure == "injuries" || c.Measure == "missing");
    }
}
