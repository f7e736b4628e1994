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
    public void Extract_CountOfPeopleNamedByARole_MeasuresWhatBefellThem(string text, double value, string measure)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 3, 10)));

        claims.Single(c => c.Quantity is { Value: var v } && v == value).Measure.Should().Be(measure);
    }
}
