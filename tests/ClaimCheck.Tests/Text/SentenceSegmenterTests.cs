using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

public class SentenceSegmenterTests
{
    private const string Separator = " || ";

    [Theory]
    [InlineData("The bank raised rates. Markets fell sharply.", "The bank raised rates. || Markets fell sharply.")]
    [InlineData("It rained. It poured. It stopped.", "It rained. || It poured. || It stopped.")]
    [InlineData("Is the recession over? Economists are divided.", "Is the recession over? || Economists are divided.")]
    [InlineData("The striker scored twice! The crowd roared.", "The striker scored twice! || The crowd roared.")]
    [InlineData("He scored twice... The crowd went wild.", "He scored twice... || The crowd went wild.")]
    [InlineData("The plan costs 1.2 billion. Critics say it is too much.", "The plan costs 1.2 billion. || Critics say it is too much.")]
    [InlineData("The vote was 52 to 48. The bill passed.", "The vote was 52 to 48. || The bill passed.")]
    [InlineData("The patient, aged 42, was discharged. Doctors were relieved.", "The patient, aged 42, was discharged. || Doctors were relieved.")]
    [InlineData("The firm moved its headquarters to the U.S. The board approved the plan.", "The firm moved its headquarters to the U.S. || The board approved the plan.")]
    [InlineData("“We will appeal,” said the lawyer. The hearing ended at noon.", "“We will appeal,” said the lawyer. || The hearing ended at noon.")]
    [InlineData("Wages rose 3.4 percent. Prices rose faster.", "Wages rose 3.4 percent. || Prices rose faster.")]
    [InlineData("The court ruled on Jan. 5. The appeal failed.", "The court ruled on Jan. 5. || The appeal failed.")]
    [InlineData("The Vorland mill paid 40 Rs. The workers left.", "The Vorland mill paid 40 Rs. || The workers left.")]
    [InlineData("Each Orvik porter earned 65 Kes. Most went home early.", "Each Orvik porter earned 65 Kes. || Most went home early.")]
    [InlineData("“Is this fair?” asked one voter. “No,” said another.", "“Is this fair?” asked one voter. || “No,” said another.")]
    public void Split_NormalSentences_SplitsAtEachEnd(string text, string expected)
    {
        Texts(text).Should().Equal(expected.Split(Separator));
    }

    [Theory]
    [InlineData("The U.S. economy grew 2.5 percent in the third quarter.")]
    [InlineData("The U.N. Security Council met on Friday to discuss the famine.")]
    [InlineData("The vote is set for Oct. 17 in the capital.")]
    [InlineData("The hearing was moved to Sept. 30 after a defence request.")]
    [InlineData("Dr. Amelia Hart led the vaccine trial at the university hospital.")]
    [InlineData("Mr. Okafor resigned on Monday after the audit.")]
    [InlineData("Mrs. Patel and Ms. Moreau co-founded the charity.")]
    [InlineData("Prof. Lee and Gen. Ortiz met in Geneva.")]
    [InlineData("Sen. Warren questioned the bank's chief executive.")]
    [InlineData("John F. Kennedy International Airport was closed for hours.")]
    [InlineData("J. K. Rowling attended the premiere in London.")]
    [InlineData("She works for Acme Inc. in Ohio.")]
    [InlineData("St. Louis voters approved the stadium tax.")]
    [InlineData("The Lindenport council set aside Rs. 480 crore for new trams.")]
    [InlineData("Harnby's water board borrowed Kes. 4.6 million to fix its pumps.")]
    [InlineData("The price of petrol rose to 1.85 euros per litre.")]
    [InlineData("Inflation eased to 2.4 percent, from 3.1 percent a month earlier.")]
    [InlineData("“What now?” he asked.")]
    [InlineData("“Why should taxpayers foot the bill?” asked the opposition leader.")]
    [InlineData("“We are ready. We have trained for months,” the coach said.")]
    [InlineData("The inquiry (which began in May.) ended without charges.")]
    [InlineData("Results were announced in Room No. 4 of the town hall.")]
    public void Split_AbbreviationsDecimalsAndRunOnQuotes_KeepsOneSentence(string text)
    {
        Texts(text).Should().Equal(text);
    }

    [Theory]
    [InlineData("Floods hit the north.\nRescue teams arrived.", "Floods hit the north. || Rescue teams arrived.", "0 || 1")]
    [InlineData("The team won. They celebrate tonight.\n\n\nThe parade is on Sunday.", "The team won. || They celebrate tonight. || The parade is on Sunday.", "0 || 0 || 1")]
    [InlineData("Storm batters coast\r\nThousands of homes lost power overnight.", "Storm batters coast || Thousands of homes lost power overnight.", "0 || 1")]
    [InlineData("Mr. Grant left\nthe company in March.", "Mr. Grant left || the company in March.", "0 || 1")]
    public void Split_LineBreaks_StartNewParagraphs(string text, string expectedSentences, string expectedParagraphs)
    {
        var sentences = SentenceSegmenter.Split(text);

        sentences.Select(s => s.Span.Slice(text).ToString()).Should().Equal(expectedSentences.Split(Separator));
        sentences.Select(s => s.Paragraph.ToString(CultureInfo.InvariantCulture)).Should().Equal(expectedParagraphs.Split(Separator));
    }

    [Theory]
    [InlineData("Storm batters coast\nThousands of homes lost power overnight.", "True || False")]
    [InlineData("Election results: turnout hits record\nVoters queued for hours.", "True || False")]
    [InlineData("Is the recession over?\nEconomists are divided.", "False || False")]
    [InlineData("“We will rebuild,” says mayor\nCrews cleared debris on Tuesday.", "True || False")]
    public void Split_LineWithoutClosingPunctuation_IsHeading(string text, string expected)
    {
        SentenceSegmenter.Split(text).Select(s => s.IsHeading.ToString()).Should().Equal(expected.Split(Separator));
    }

    [Theory]
    [InlineData("  The mine reopened.   Output doubled.  ", 2, 2)]
    [InlineData("\tShares slid. ", 1, 1)]
    public void Split_SurroundingWhitespace_IsTrimmedFromSpans(string text, int expectedCount, int expectedFirstStart)
    {
        var sentences = SentenceSegmenter.Split(text);

        sentences.Should().HaveCount(expectedCount);
        sentences[0].Span.Start.Should().Be(expectedFirstStart);
        sentences.Should().OnlyContain(s => !char.IsWhiteSpace(text[s.Span.Start]) && !char.IsWhiteSpace(text[s.Span.End - 1]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n")]
    public void Split_EmptyOrBlankText_ReturnsNoSentences(string text)
    {
        SentenceSegmenter.Split(text).Should().BeEmpty();
    }

    private static string[] Texts(string text) => [.. SentenceSegmenter.Split(text).Select(s => s.Span.Slice(text).ToString())];
}
