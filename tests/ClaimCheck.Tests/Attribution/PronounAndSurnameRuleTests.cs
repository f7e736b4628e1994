using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="PronounAndSurnameRule"/>: pronouns and surnames of sources named earlier in the document.</summary>
public sealed class PronounAndSurnameRuleTests
{
    [Theory]
    [InlineData("Fire chief Lena Holt said the blaze was contained. She said 300 homes burned.", "300", "Lena Holt", null, "She")]
    [InlineData("Fire chief Lena Holt said the blaze was contained. Holt said 300 homes burned.", "300", "Lena Holt", null, "Holt")]
    [InlineData("The water board said supply would resume. It said 1,400 homes were still cut off.", "1,400", null, "water board", "It")]
    [InlineData("Local officials met on Monday. They said 40 roads were closed.", "40", null, null, null)]
    [InlineData("The Kestrel Bay Relief Fund on Friday called for an inquiry into the floods, which it said cost 37 lives.", "37", null, "Kestrel Bay Relief Fund", "it")]
    public void TryParse_PronounOrSurname_IsTheSourceNamedEarlierAtThisSpan(string text, string figure, string? speaker, string? organization, string? span)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        if (speaker is null && organization is null)
        {
            source.Should().BeNull("no source was named before");
            return;
        }

        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be(organization);
        source.Cue.Should().Be("said");
        AttributionProbe.SpanText(text, source).Should().Be(span);
    }

    [Fact]
    public void TryParse_FirstPersonInsideAQuotation_IsTheQuotesSpeaker()
    {
        const string text = "“We estimate that 3,000 boats were lost,” harbour master Lena Holt told reporters.";

        AttributionProbe.SourceAt(text, "3,000")!.Speaker.Should().Be("Lena Holt");
    }
}
