using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="ReportingLexicon"/>: the attribution words compiled from a lexicon's entries.</summary>
public sealed class ReportingLexiconTests
{
    [Theory]
    [InlineData("said", nameof(ReportingStance.Asserts))]
    [InlineData("Said", nameof(ReportingStance.Asserts))]
    [InlineData("estimated", nameof(ReportingStance.Estimates))]
    [InlineData("forecast", nameof(ReportingStance.Expects))]
    [InlineData("REJECTED", nameof(ReportingStance.Denies))]
    [InlineData("declined", nameof(ReportingStance.NonCommittal))]
    public void TryGetVerb_BuiltInVerbInAnyCase_HasItsStance(string word, string stance)
    {
        ReportingLexicon.For(Lexicon.BuiltIn).TryGetVerb(word, out var found).Should().BeTrue();
        found.Should().Be(Enum.Parse<ReportingStance>(stance));
    }

    [Theory]
    [InlineData("according")]
    [InlineData("spokesperson")]
    [InlineData("United")]
    public void TryGetVerb_PhraseStartTitleOrName_IsNoVerb(string word)
    {
        ReportingLexicon.For(Lexicon.BuiltIn).TryGetVerb(word, out _).Should().BeFalse();
    }

    [Fact]
    public void For_UserEntries_AddVerbsAndWordClassesAndReplaceEarlierOnes()
    {
        var lexicon = ReportingLexicon.For(TestLexicons.With(
            "reporting-verb\taverred\tasserted\nreporting-verb\tgainsaid\tdenied\nreporting-verb\tsaid\testimated\n"
            + "attribution-word\tconvenor\ttitle\nattribution-word\tin the end\tskip\nreporting-verb\tas per\n"));

        lexicon.TryGetVerb("averred", out var averred).Should().BeTrue();
        averred.Should().Be(ReportingStance.Asserts);
        lexicon.TryGetVerb("gainsaid", out var gainsaid).Should().BeTrue();
        gainsaid.Should().Be(ReportingStance.Denies);
        lexicon.TryGetVerb("said", out var said).Should().BeTrue();
        said.Should().Be(ReportingStance.Estimates, "the user's entry comes after the built-in one");
        lexicon.ClassesOf("Convenor").Should().HaveFlag(AttributionWordClass.Title);
        lexicon.SkipPhrases.Should().ContainSingle(p => p.SequenceEqual(new[] { "in", "the", "end" }));
        lexicon.ReportingPhrases.Select(p => p.Text).Should().Contain(["according to", "as per"]);
        lexicon.ClassesOf("as").Should().HaveFlag(AttributionWordClass.ReportingPhraseStart);
    }

    [Fact]
    public void For_SameLexicon_IsCompiledOnce()
    {
        ReportingLexicon.For(Lexicon.BuiltIn).Should().BeSameAs(ReportingLexicon.For(Lexicon.BuiltIn));
    }

    [Fact]
    public void MayStartCue_EveryWordThatStartsACue_PassesInAnyCase()
    {
        var lexicon = ReportingLexicon.For(Lexicon.BuiltIn);
        var words = Lexicon.BuiltIn.EntriesOf(LexiconKinds.ReportingVerb).Select(e => e.Term.Split(' ')[0])
            .Concat(Lexicon.BuiltIn.EntriesOf(LexiconKinds.AttributionWord).Where(e => !e.Term.Contains(' ', StringComparison.Ordinal)
                && (AttributionWordClasses.Parse(e.Value) & AttributionWordClass.CueStart) != 0).Select(e => e.Term))
            .ToList();

        words.Should().NotBeEmpty();
        words.Should().OnlyContain(w => lexicon.MayStartCue(w) && lexicon.MayStartCue(w.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("Vorland")]
    [InlineData("")]
    public void MayStartCue_CommonWordsAndNames_AreRejectedWithoutALookUp(string word)
    {
        ReportingLexicon.For(Lexicon.BuiltIn).MayStartCue(word).Should().BeFalse();
    }

    [Fact]
    public void TermOf_WordInTheLexicon_IsTheLexiconsOwnString()
    {
        var lexicon = ReportingLexicon.For(Lexicon.BuiltIn);

        lexicon.TermOf("Said").Should().BeSameAs(lexicon.TermOf("said")).And.Be("said");
        lexicon.TermOf("Averred").Should().Be("averred");
    }
}
