using ClaimCheck.Classification;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Tests.Classification;

public sealed class ClaimTypeCuesTests
{
    private static string[] Cues(string? text)
    {
        var features = new float[ClaimTypeCues.FeatureCount];
        ClaimTypeCues.Compute(text, features);
        features.Should().OnlyContain(f => f == 0 || f == 1);
        return [.. ClaimTypeCues.FeatureNames.Where((_, i) => features[i] == 1)];
    }

    [Theory]
    [InlineData("The canal flooded because the pumps failed.", "cause")]
    [InlineData("Late trains were blamed on a signalling fault.", "cause")]
    [InlineData("Under the new law, shops must close at ten.", "rule")]
    [InlineData("Selling fireworks to children is illegal.", "rule")]
    [InlineData("The bakery will open a second shop next spring.", "future")]
    [InlineData("They'll reopen the bridge after the repairs.", "future")]
    [InlineData("The mayor may be more popular than people think.", "hedge")]
    [InlineData("The new timetable is a disgrace.", "evaluative")]
    [InlineData("Sign up for our weekly newsletter.", "appeal")]
    [InlineData("The ferry company declined to comment.", "no-comment")]
    [InlineData("Bus fares rose by a third.", "quantity")]
    [InlineData("Rents in Lindenport keep rising.", "quantity")]
    [InlineData("Ferry bookings to Kestrel Bay are on the rise.", "quantity")]
    [InlineData("Wool exports from Brenmoor slowed in the spring.", "quantity")]
    [InlineData("The Vorland jazz festival was called off in June.", "event")]
    [InlineData("The regulator fined the Brenmoor quarry for dust.", "event")]
    [InlineData("Two climbers were rescued and the guide was arrested.", "event")]
    [InlineData("The club announced the signing on Friday.", "date")]
    [InlineData("The bakery's owner told the council about the leak.", "reporting")]
    public void Compute_CueWordOfAClass_SetsItsFeature(string text, string feature)
    {
        Cues(text).Should().Contain(feature);
    }

    [Theory]
    [InlineData("The new levy increases the risk of late fees in Vorland.", "cause")]
    [InlineData("The Brenmoor depot did not immediately respond to calls.", "no-comment")]
    public void Compute_PhraseOfSeveralWords_SetsItsFeature(string text, string feature)
    {
        Cues(text).Should().Contain(feature);
    }

    [Theory]
    [InlineData("The new levy increases the rent of every stall in Vorland.", "cause")]
    [InlineData("The Brenmoor depot did not immediately reopen after the storm.", "no-comment")]
    public void Compute_FirstWordsOfAPhraseOnly_LeaveItsFeatureUnset(string text, string feature)
    {
        Cues(text).Should().NotContain(feature);
    }

    [Fact]
    public void Compute_FirstPersonInAQuote_SetsFirstPersonQuoteAndTheirPairing()
    {
        Cues("\u201CI waited all night for the boat,\u201D the fisherman said.")
            .Should().Contain(["first-person", "quote", "quoted-first-person", "experience"]);
        Cues("We waited all night for the boat.").Should().Contain("first-person").And.NotContain(["quote", "quoted-first-person"]);
    }

    [Theory]
    [InlineData("I have been fishing off Kestrel Bay for nineteen years.")]
    [InlineData("I’ve been driving the Lindenport night bus since the depot opened.")]
    [InlineData("I had been teaching in Brenmoor for a decade when the school shut.")]
    public void Compute_FirstPersonPerfectOfBe_SetsExperience(string text)
    {
        Cues(text).Should().Contain(["first-person", "experience"]);
    }

    [Fact]
    public void Compute_FirstPersonWithoutPerfectOfBe_IsNoExperience()
    {
        Cues("I've asked the Vorland council for a second vote.").Should().Contain("first-person").And.NotContain("experience");
    }

    [Theory]
    [InlineData("Where did the money go?", "question")]
    [InlineData("Harbour news", "short")]
    [InlineData("Town Hall Votes To Close Old Library", "title-case")]
    [InlineData("The pier is 120 metres long.", "figure")]
    public void Compute_ShapeOfTheText_SetsItsFeature(string text, string feature)
    {
        Cues(text).Should().Contain(feature);
    }

    [Fact]
    public void Compute_WholeWordsOnly_AndMonthNamesOnlyWhenCapitalised()
    {
        // "lawn" is not "law", "banner" not "ban"; "may" in lower case is a hedge, not the month.
        var cues = Cues("The lawn and the banner may stay where they are for some weeks to come now.");

        cues.Should().NotContain(["rule", "date"]);
        cues.Should().Contain("hedge");
        Cues("The fair opens in May.").Should().Contain("date");
    }

    [Fact]
    public void Compute_PhraseOfSeveralWords_MatchesAcrossPunctuationAndCase()
    {
        Cues("The closure was, Due  To the storm, brief.").Should().Contain("cause");
    }

    [Theory]
    [InlineData("%20%20%")]
    [InlineData("a%b%c%d%e%f")]
    public void Compute_PercentSignsBetweenWords_AreWordsOfTheirOwn(string text)
    {
        Cues(text).Should().Contain("quantity");
    }

    [Fact]
    public void Compute_NothingToRead_GivesNoFeatures()
    {
        Cues(null).Should().BeEmpty();
        Cues("").Should().BeEmpty();
    }

    [Fact]
    public void Compute_BufferTooShort_Throws()
    {
        var compute = () => ClaimTypeCues.Compute("text", new float[ClaimTypeCues.FeatureCount - 1]);

        compute.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FeatureNames_OnePerFeature_CueClassesFirst()
    {
        ClaimTypeCues.FeatureNames.Should().HaveCount(ClaimTypeCues.FeatureCount).And.OnlyHaveUniqueItems();
        ClaimTypeCues.FeatureNames.Take(ClaimTypeCues.CueClassNames.Length).Should().Equal(ClaimTypeCues.CueClassNames);
    }

    [Fact]
    public void BuiltInLexicon_EveryCueClass_HasEntries()
    {
        var classes = Lexicon.BuiltIn.EntriesOf(LexiconKinds.ClaimTypeCue).SelectMany(e => e.Value.Split(' ')).ToHashSet();

        classes.Should().BeEquivalentTo(ClaimTypeCues.CueClassNames);
    }

    [Theory]
    [InlineData("claim-type-cue\tfor ever\tfuture evaluative", true)]
    [InlineData("claim-type-cue\tfor ever\tsomeday", false)]
    [InlineData("claim-type-cue\tfor ever\t", false)]
    public void Parse_ClaimTypeCueEntry_AcceptsOnlyKnownClasses(string line, bool valid)
    {
        var parse = () => Lexicon.Parse(Lexicon.Header + "\n" + line + "\n", "cues.tsv");

        if (valid)
        {
            parse().EntriesOf(LexiconKinds.ClaimTypeCue).Should().ContainSingle().Which.Value.Should().Be("future evaluative");
        }
        else
        {
            parse.Should().Throw<LexiconFormatException>();
        }
    }
}
