using ClaimCheck.Claims;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A date in the clause after a semicolon dates that clause's figures, not those of the clause before it; a date before the
/// semicolon still carries on to a later clause that names none. Sentences written for these tests.</summary>
public class SemicolonClauseTimeTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 3, 4))]);
        return report.Claims.Last(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    [Theory]
    [InlineData("The Vantor index closed down 7.3% on Monday; its worst fall, in 1998, was 9.1%.", 7.3, 2025)]
    [InlineData("The Vantor index closed down 7.3% on Monday; its worst fall, in 1998, was 9.1%.", 9.1, 1998)]
    [InlineData("Shares of Halvex fell 4.6% by the close; in March 2020 they had lost 11.2% in a day.", 4.6, 2025)]
    [InlineData("In 2019 the Brenmoor plant made 41,000 cars; the Tarvo plant made 12,000 cars.", 12000, 2019)]
    public void Extract_FigureBeforeASemicolon_IsNotDatedByTheNextClause(string text, double value, int year)
    {
        QuantityClaim(text, value).Time!.Value.Start!.Value.Year.Should().Be(year);
    }
}
