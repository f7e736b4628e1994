using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="AttributionWordClasses"/>: the class names of <c>attribution-word</c> entries.</summary>
public sealed class AttributionWordClassesTests
{
    [Fact]
    public void ByName_ClassesTheLoaderAccepts_AreExactlyTheClassesAttributionReads()
    {
        AttributionWordClasses.ByName.Keys.Should().BeEquivalentTo(LexiconKinds.AttributionWordClasses);
    }

    [Theory]
    [InlineData("title", "Title")]
    [InlineData("title body", "Title, Body")]
    [InlineData("skip  stop", "Skip, Stop")]
    public void Parse_ValueWithOneOrMoreNames_IsTheirUnion(string value, string expected)
    {
        AttributionWordClasses.Parse(value).Should().Be(Enum.Parse<AttributionWordClass>(expected));
    }

    [Fact]
    public void Parse_UnknownName_IsRejectedByTheLoaderNamingTheLine()
    {
        var parse = () => Lexicon.Parse(TestLexicons.Header + "attribution-word\tconvenor\ttitel\n", "user.tsv");

        parse.Should().Throw<LexiconFormatException>().Which.Line.Should().Be(2);
    }
}
