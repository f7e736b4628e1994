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
    [InlineData("The Ostrava Transit Authority shut the line on Monday, and it said 230 trains were cancelled.", "230", null, "Ostrava Transit Authority", "it")]
    [InlineData("Inspectors visited the depot run by the Ostrava Transit Authority, which it said had cut 140 jobs.", "140", null, "Ostrava Transit Authority", "it")]
    [InlineData("Officers detained 14 members of the Ostrava Liberation Front, who they said had planned 4 bombings.", "4", null, null, null)]
    [InlineData("Rescuers reached the Brenmoor Quarry Company pit on Monday, where they said 47 miners had died.", "47", null, null, null)]
    [InlineData("Rescuers reached the Brenmoor Quarry Company pit on Monday, where it said 47 miners had died.", "47", null, null, null)]
    [InlineData("Striking nurses marched past the offices of the Kestrel Bay Health Trust, and they said 260 shifts went unfilled.", "260", null, null, null)]
    [InlineData("The Ostrava Transit Authority shut the line on Monday, and they said 230 trains were cancelled.", "230", null, null, null)]
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
