using ClaimCheck.Attribution;
using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="ReportingVerbRule"/>: "X said" and "said X", on sentences written for these tests.</summary>
public sealed class ReportingVerbRuleTests
{
    [Theory]
    [InlineData("The water board said 1,400 homes had no supply.", "1,400", null, "water board", null, "said")]
    [InlineData("The ministry wrongly claimed 40 people died.", "40", null, "ministry", null, "claimed")]
    [InlineData("The Red Cross on Monday said 300 people died.", "300", null, "Red Cross", null, "said")]
    [InlineData("The port authority late on Friday said 12 cranes were damaged.", "12", null, "port authority", null, "said")]
    [InlineData("Officials said authorities have so far confirmed 71 deaths.", "71", null, "authorities", null, "confirmed")]
    [InlineData("Rescuers said 40 people were pulled from the rubble.", "40", null, "Rescuers", null, "said")]
    [InlineData("Local people say 90 houses were washed away.", "90", null, "Local people", null, "say")]
    [InlineData("Local media say about 100 people are dead.", "100", null, "Local media", null, "say")]
    [InlineData("Local media reported 40 deaths in the valley.", "40", null, "Local media", null, "reported")]
    [InlineData("Local reports say 125 people were killed.", "125", null, "Local reports", null, "say")]
    [InlineData("Other reports, however, said 20 people had died.", "20", null, "Other reports", null, "said")]
    [InlineData("Some 150 homes are believed to have been buried, the mayor said.", "150", "mayor", null, "mayor", "said")]
    [InlineData("An estimated 300 people were killed, the army said.", "300", null, "army", null, "said")]
    [InlineData("A doctor who asked not to be named told reporters 40 patients had died.", "40", "doctor", null, "doctor", "told")]
    [InlineData("Two nurses who treated the wounded said 60 people arrived overnight.", "60", null, "Two nurses", "nurses", "said")]
    [InlineData("Two diplomats who are coordinating their countries' responses told reporters 60 pilgrims died.", "60", null, "Two diplomats", "diplomats", "told")]
    [InlineData("The governor toured the area and said 300 homes were destroyed.", "300", "governor", null, "governor", "said")]
    [InlineData("Police in the capital said 35 people were arrested.", "35", null, "Police in the capital", null, "said")]
    [InlineData("“We counted 500 boats,” said harbour master Lena Holt.", "500", "Lena Holt", null, "harbour master", "said")]
    public void TryMatch_SubjectBeforeOrAfterTheVerb_IsTheSource(string text, string figure, string? speaker, string? organization, string? role, string cue)
    {
        AttributionProbe.SourceAt(text, figure).ShouldBe(speaker, organization, role, cue);
    }

    [Theory]
    [InlineData("The crash in the capital has claimed 274 lives.", "274")]
    [InlineData("Twelve people were confirmed dead and 78 were reported missing.", "78")]
    [InlineData("At least 100 civilians were reported dead after the attack.", "100")]
    [InlineData("The search continued as 40 boats scoured the bay.", "40")]
    [InlineData("The previous estimate had been 60 homes.", "60")]
    [InlineData("The landslide destroyed an estimated 348 houses.", "348")]
    [InlineData("The worst single attack reported during the war killed 300 people.", "300")]
    [InlineData("Officials declined to confirm or deny reports of 40 deaths.", "40")]
    [InlineData("Osterby drew the biggest crowd of the ride, with 4,300 cyclists counted.", "4,300")]
    public void TryMatch_ReportingWordThatIsNoVerbOrHasNoSource_AttributesNothingToIt(string text, string figure)
    {
        var (source, cue) = AttributionProbe.At(text, figure);

        (source?.Organization ?? source?.Speaker).Should().NotBe("capital").And.NotBe("crew").And.NotBe("search").And.NotBe("landslide").And.NotBe("4,300 cyclists");
        if (cue is { } found)
        {
            found.Stance.Should().Be(ReportingStance.NonCommittal, "only 'declined' reports a stance here");
        }
    }

    [Theory]
    [InlineData("Mayor Says 300 Homes Flooded", "300", "Mayor", "said")]
    [InlineData("Relief Agency Says 40 Villages Cut Off", "40", null, "says")]
    [InlineData("Report Says 75% of Staff Will Go", "75", null, "says")]
    public void TryMatch_TitleCaseHeadline_ReadsTheCapitalisedVerb(string text, string figure, string? speaker, string cue)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        source.Should().NotBeNull();
        source!.Speaker.Should().Be(speaker);
        source.Cue.Should().BeOneOf(cue, "says");
    }

    [Fact]
    public void TryMatch_UnitedStatesBeforeAVerb_IsNotTheVerbStates()
    {
        var source = AttributionProbe.SourceAt("The United States warned that 3,000 soldiers had crossed the border.", "3,000");

        source.Should().NotBeNull();
        source!.Organization.Should().Be("United States");
        source.Cue.Should().Be("warned");
    }

    [Theory]
    [InlineData("The union estimated that 30,000 workers joined the strike.", nameof(ReportingStance.Estimates))]
    [InlineData("The bank expects 400 branches to close.", nameof(ReportingStance.Expects))]
    [InlineData("The army denied that 5,000 troops had crossed.", nameof(ReportingStance.Denies))]
    [InlineData("The company declined to say whether 500 jobs would go.", nameof(ReportingStance.NonCommittal))]
    [InlineData("The hospital said 40 nurses had resigned.", nameof(ReportingStance.Asserts))]
    public void TryMatch_VerbFromTheLexicon_CarriesItsStance(string text, string stance)
    {
        var figure = text.Split(' ').First(w => char.IsDigit(w[0]));

        AttributionProbe.At(text, figure).Cue!.Value.Stance.Should().Be(Enum.Parse<ReportingStance>(stance));
    }

    [Fact]
    public void TryMatch_ContactRelativeOnALaterFigure_ReportsThatFigureAlone()
    {
        // "the 18 dead the Velmar council reported" is the council's figure; the 6 before it is not.
        const string text = "The blaze at the Tarvo depot killed 6 workers, far short of the 18 dead the Velmar council reported.";

        AttributionProbe.SourceAt(text, "18")!.Organization.Should().Be("Velmar council");
        AttributionProbe.SourceAt(text, "6").Should().BeNull();
    }

    [Fact]
    public void TryMatch_OneTrailingSourceForTwoFigures_StaysTheSourceOfBoth()
    {
        // No relative clause: the council reports both figures of the sentence.
        const string text = "The blaze at the Tarvo depot killed 6 workers and injured 18 more, the Velmar council reported.";

        AttributionProbe.SourceAt(text, "6")!.Organization.Should().Be("Velmar council");
        AttributionProbe.SourceAt(text, "18")!.Organization.Should().Be("Velmar council");
    }

    [Fact]
    public void TryMatch_FigureWithoutDeterminerBeforeTheSource_IsNotAContactRelative()
    {
        // "injured 18 more the council reported" (a comma left out) still reports the whole sentence.
        const string text = "The blaze at the Tarvo depot killed 6 workers and injured 18 more the Velmar council reported.";

        AttributionProbe.SourceAt(text, "6")!.Organization.Should().Be("Velmar council");
    }
}
