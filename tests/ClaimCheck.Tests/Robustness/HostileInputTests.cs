using ClaimCheck.Documents;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Robustness;

/// <summary>One test per kind of bad input the library must take without failing or guessing.</summary>
public class HostileInputTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    [Fact]
    public void Document_NullText_ThrowsArgumentNull()
    {
        var act = () => new Document("d", null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\t\r\n  \u00A0 ")]
    public void Check_EmptyOrWhitespaceText_GivesNoClaimsAndNoWarnings(string text)
    {
        var report = Pipeline.Check([new Document("blank", text)]);

        report.Claims.Should().BeEmpty();
        report.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Document_EmptyId_ThrowsNamingTheParameter()
    {
        var act = () => new Document(" ", "text");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void Extract_LoneSurrogatesAndNulBytes_AreReadAroundAndSpansStayInTheText()
    {
        var text = "Officials said\uD800 about 3,000 troops\0 were sent by Russia to Syria.\uDC00";

        var claims = Pipeline.Extract(new Document("broken", text));

        claims.Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 3_000 && c.Quantity.Value.Qualifier == Qualifier.Approximately);
        claims.Should().OnlyContain(c => c.Span.End <= text.Length);
        ClaimCheck.Reporting.JsonReportWriter.Write(Pipeline.Check([new Document("broken", text)])).Should().Contain("said\uFFFD about");
    }

    [Fact]
    public void Document_LoneSurrogatesInTextIdAndNames_BecomeReplacementCharactersOneForOne()
    {
        var document = new Document("id\uD800", "a\uDC00b \uD83D\uDE00 c\uD800", "Out\uDBFFlet") { Place = "Val\uDC00dora", Topic = "\uD800" };

        document.Text.Should().Be("a\uFFFDb \uD83D\uDE00 c\uFFFD", "a pair stays, a lone half becomes U+FFFD, and offsets do not move");
        document.Id.Should().Be("id\uFFFD");
        document.Outlet.Should().Be("Out\uFFFDlet");
        document.Place.Should().Be("Val\uFFFDdora");
        document.Topic.Should().Be("\uFFFD");
    }

    [Fact]
    public void Document_ControlCharactersInNames_BecomeSpaces()
    {
        var document = new Document("d", "x", "Daily\u001B]0;owned\u0007 Planet\n") { Place = "Val\tdora", Topic = "\u009B2J" };

        document.Outlet.Should().Be("Daily ]0;owned  Planet");
        document.Place.Should().Be("Val dora");
        document.Topic.Should().Be("2J");
    }

    [Fact]
    public void Extract_InvalidUtf8DecodedWithReplacementCharacters_IsReadAsText()
    {
        var bytes = "Police said 200 people were arrested."u8.ToArray().Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).ToArray();
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        var claims = Pipeline.Extract(new Document("utf8", text));

        text.Should().Contain("\uFFFD");
        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 200);
    }

    [Fact]
    public void Extract_BinaryJunk_GivesNoClaimsWithoutFailing()
    {
        var random = new Random(7);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var text = System.Text.Encoding.Latin1.GetString(bytes);

        var act = () => Pipeline.Check([new Document("binary", text)]);

        act.Should().NotThrow();
    }

    [Fact]
    public void Extract_OneFollowedByTenThousandZeros_IsNotANumber()
    {
        var text = "They said 1" + new string('0', 10_000) + " troops were sent.";

        var claims = Pipeline.Extract(new Document("huge", text));

        claims.Should().NotContain(c => c.Quantity != null);
        NumberParser.TryParse("1" + new string('0', 10_000), out _).Should().BeFalse();
    }

    [Fact]
    public void Extract_OneCommaOneRepeatedAMillionTimes_IsNotAQuantityAndFinishes()
    {
        var text = string.Join(",", Enumerable.Repeat("1", 1_000_000)) + " troops";

        var claims = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions { MaxDocumentLength = 3_000_000 }).Build()
            .Extract(new Document("ones", text));

        claims.Should().NotContain(c => c.Quantity != null && c.Quantity.Value.Value > 1_000);
    }

    [Theory]
    [InlineData("?!?!?!...!!!???...;;;:::,,,---———")]
    [InlineData("..................................................................................")]
    [InlineData("$$$ €€€ £££ %%% ### @@@ /// \\\\\\ ((( ))) [[[ ]]]")]
    public void Extract_PathologicalPunctuation_GivesNoClaims(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 2_000));

        Pipeline.Extract(new Document("punctuation", text)).Should().BeEmpty();
    }

    [Fact]
    public void Extract_DeeplyNestedQuotes_KeepsTheClaimAndItsSpeaker()
    {
        var nested = string.Concat(Enumerable.Repeat("“‘", 500)) + "About 300 people were evacuated" + string.Concat(Enumerable.Repeat("’”", 500));
        var text = nested + ", the mayor said.";

        var claims = Pipeline.Extract(new Document("quotes", text));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 300);
    }

    [Fact]
    public void Extract_RightToLeftAndZeroWidthCharacters_AreIgnoredBetweenWords()
    {
        var text = "\u202BOfficials\u200B said\u200D about\u2060 3,000\uFEFF troops were sent by Russia\u202C to Syria.";

        var claim = Pipeline.Extract(new Document("bidi", text)).First(c => c.Quantity != null);

        claim.Quantity!.Value.Value.Should().Be(3_000);
        claim.Quantity.Value.Qualifier.Should().Be(Qualifier.Approximately);
        claim.Subject.Should().Be("Russia");
    }

    [Fact]
    public void Extract_MixedScripts_ReadsTheEnglishAndSkipsTheRest()
    {
        var text = "Войска прибыли. 部队已经抵达。 Officials said 1,200 people were evacuated. جنود ٣٠٠٠ وصلوا.";

        var claims = Pipeline.Extract(new Document("scripts", text));

        claims.Should().ContainSingle(c => c.Quantity!.Value.Value == 1_200);
    }
}
