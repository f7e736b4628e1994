using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Lexicons;

public sealed class LexiconTests
{
    private const string Header = "kind\tterm\tvalue\twithin\n";

    [Fact]
    public void Parse_PlaceAliasAndOrganisation_ReadsEveryField()
    {
        var lexicon = Lexicon.Parse(Header + "place\tOstrava\tOstrava\tCzech Republic\nalias\tVorlandia\tVorland\norganisation\tRelief Wire\t\n", "test.tsv");

        lexicon.Entries.Should().Equal(
            new LexiconEntry("place", "Ostrava", "Ostrava", "Czech Republic"),
            new LexiconEntry("alias", "Vorlandia", "Vorland", null),
            new LexiconEntry("organisation", "Relief Wire", "Relief Wire", null));
    }

    [Fact]
    public void Parse_PlaceWithoutValue_TakesTheTermAsItsName()
    {
        Lexicon.Parse(Header + "place\tVorland\n", "test.tsv").Entries.Should().ContainSingle()
            .Which.Should().Be(new LexiconEntry("place", "Vorland", "Vorland", null));
    }

    [Theory]
    [InlineData("kind\tterm\n")]
    [InlineData("kind\tterm\tvalue\n")]
    [InlineData("# a newsroom's places\n\nkind\tterm\tvalue\twithin\n")]
    public void Parse_ShorterHeaderOrCommentsFirst_IsAccepted(string header)
    {
        Lexicon.Parse(header + "denial-verb\trepudiated\n", "test.tsv").EntriesOf("denial-verb").Should().ContainSingle();
    }

    [Theory]
    [InlineData("place\tVorland\n", 1, 1, "expected the header")]
    [InlineData(Header + "plase\tVorland\n", 2, 1, "unknown kind 'plase'")]
    [InlineData(Header + "place\tVorland\n\nalias\tVorlandia\n", 4, 17, "'alias' entry needs a value")]
    [InlineData(Header + "place\t\tVorland\n", 2, 7, "needs a term")]
    [InlineData(Header + "currency\tvorlander\tvorland dollars\n", 2, 20, "not a valid value for 'currency'")]
    [InlineData(Header + "alias\tDPRK\tNorth Korea\tAsia\n", 2, 24, "takes no fourth field")]
    [InlineData(Header + "currency-letter\tVd\tVRD\n", 2, 17, "'Vd' is not a valid term for 'currency-letter': expected a single capital letter")]
    [InlineData(Header + "currency-letter\tv\tVRD\n", 2, 17, "'v' is not a valid term for 'currency-letter'")]
    [InlineData(Header + "unit-conversion\tfurlong\tkm\n", 2, 25, "not a valid value for 'unit-conversion'")]
    [InlineData(Header + "sized-thing\tlighthouse\theight\n", 2, 24, "not a valid value for 'sized-thing'")]
    [InlineData(Header + "place\ta\tb\tc\td\n", 2, 13, "at most 4 tab-separated fields")]
    public void Parse_MalformedLine_NamesTheFileLineAndColumn(string text, int line, int column, string problem)
    {
        var parse = () => Lexicon.Parse(text, "newsroom.tsv");

        var error = parse.Should().Throw<LexiconFormatException>().Which;
        error.SourceName.Should().Be("newsroom.tsv");
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
        error.Problem.Should().Contain(problem);
        error.Message.Should().StartWith($"newsroom.tsv:{line}:{column}: ");
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFoundNamingIt()
    {
        var load = () => Lexicon.Load("/no/such/lexicon.tsv");

        load.Should().Throw<FileNotFoundException>().WithMessage("*/no/such/lexicon.tsv*");
    }

    [Fact]
    public void With_SameKindAndTerm_LaterEntryIsLast()
    {
        var first = Lexicon.Parse(Header + "alias\tthe Island\tIreland\n", "a.tsv");
        var second = Lexicon.Parse(Header + "alias\tthe Island\tTaiwan\n", "b.tsv");

        first.With(second).EntriesOf("alias").Select(e => e.Value).Should().Equal("Ireland", "Taiwan");
        first.With(Lexicon.Empty).Should().BeSameAs(first);
    }

    [Fact]
    public void BuiltIn_EveryEmbeddedFile_LoadsWithKnownKindsAndCountries()
    {
        var builtIn = Lexicon.BuiltIn;

        builtIn.Should().BeSameAs(Lexicon.BuiltIn);
        builtIn.EntriesOf(LexiconKinds.Place).Should().Contain(e => e.Term == "North Korea");
        builtIn.EntriesOf(LexiconKinds.Alias).Should().Contain(new LexiconEntry("alias", "DPRK", "North Korea", null));
        builtIn.EntriesOf("capital").Should().Contain(new LexiconEntry("capital", "Pyongyang", "North Korea", null));
        builtIn.Entries.Select(e => e.Kind).Distinct().Should().OnlyContain(kind => LexiconKinds.All.ContainsKey(kind));
    }

    [Fact]
    public void BuiltIn_EveryProgressMeasure_IsACumulativeMeasure()
    {
        var cumulative = Lexicon.BuiltIn.EntriesOf("cumulative-measure").Select(e => e.Term).ToHashSet(StringComparer.Ordinal);

        Lexicon.BuiltIn.EntriesOf("progress-measure").Select(e => e.Term).Should().OnlyContain(term => cumulative.Contains(term),
            "a claim's measure name comes from the cumulative measures; a progress measure outside them is never met");
    }

    [Fact]
    public void BuiltIn_EveryDrainingMeasure_IsACumulativeMeasure()
    {
        var cumulative = Lexicon.BuiltIn.EntriesOf("cumulative-measure").Select(e => e.Term).ToHashSet(StringComparer.Ordinal);

        Lexicon.BuiltIn.EntriesOf("draining-measure").Select(e => e.Term).Should().NotBeEmpty()
            .And.OnlyContain(term => cumulative.Contains(term), "only cumulative measures are read as counts over time; a draining measure outside them is never met");
    }
}
