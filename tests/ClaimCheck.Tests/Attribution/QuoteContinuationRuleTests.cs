using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="QuoteContinuationRule"/> and <see cref="HeadlinePrefixRule"/>: sentences that name no source inherit one.</summary>
public sealed class QuoteContinuationRuleTests
{
    [Theory]
    [InlineData("Harbour master Lena Holt said: “We lost 40 boats overnight. About 2,000 homes are at risk.”")]
    [InlineData("“We lost 40 boats overnight,” harbour master Lena Holt said. “About 2,000 homes are at risk.”")]
    public void Inherit_QuotationThatRunsOn_IsTheSpeakers(string text)
    {
        var (source, cue) = AttributionProbe.At(text, "2,000");

        cue.Should().BeNull();
        source!.Speaker.Should().Be("Lena Holt");
        source.Span.Should().BeNull("an inherited source is not named in the sentence");
    }

    [Fact]
    public void Inherit_UnquotedSentenceAfterAQuote_IsNobodys()
    {
        AttributionProbe.SourceAt("Harbour master Lena Holt said: “We lost 40 boats.” About 2,000 homes are at risk.", "2,000").Should().BeNull();
    }

    [Fact]
    public void Inherit_HeadlinePrefixedByACountry_IsThatCountrys()
    {
        var source = AttributionProbe.SourceAt("Vorland: 3,000 Troops Moved to the Border", "3,000", TestLexicons.WithVorland);

        source!.Organization.Should().Be("Vorland");
        source.Affiliation.Should().Be("Vorland");
        source.Cue.Should().Be(":");
    }

    [Fact]
    public void Inherit_HeadlinePrefixThatIsNoEntity_IsNobodys()
    {
        AttributionProbe.SourceAt("Port blast: toll climbs to 40", "40").Should().BeNull();
    }
}
