using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class AttributionFrameTests
{
    [Theory]
    [InlineData("The Velmar council said that bus fares will rise in May.", "bus fares will rise in May.")]
    [InlineData("Officials in Ostrava said the bridge was closed after the storm.", "the bridge was closed after the storm.")]
    [InlineData("A spokesman told reporters that the plant had stopped work.", "the plant had stopped work.")]
    [InlineData("According to the Lindenport survey, most tenants have moved out.", "most tenants have moved out.")]
    [InlineData("The ferry was delayed by fog, the port authority said.", "The ferry was delayed by fog.")]
    [InlineData("The ferry was delayed by fog, said Mira Kestrel.", "The ferry was delayed by fog.")]
    [InlineData("Three roads were closed, according to Vorland police.", "Three roads were closed.")]
    [InlineData("\"We have lost the harvest,\" she said.", "\"We have lost the harvest.\"")]
    public void ReportedContent_AttributionFrame_IsDropped(string text, string expected)
    {
        AttributionFrame.ReportedContent(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("The mayor of Brenmoor said so.")]
    [InlineData("The coach said nothing.")]
    [InlineData("Fares rise in winter, the council said.")]
    [InlineData("A guard told the visitors to leave the hall.")]
    [InlineData("Insurance claims increased by 5% in Velmar.")]
    [InlineData("The minister, who said little, was booed at the rally.")]
    [InlineData("The museum reopened on Friday after repairs.")]
    [InlineData("")]
    public void ReportedContent_NoFrameOrNoClauseLeft_KeepsTheText(string text)
    {
        AttributionFrame.ReportedContent(text).Should().Be(text);
    }
}
