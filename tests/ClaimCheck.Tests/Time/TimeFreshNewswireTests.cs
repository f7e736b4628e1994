using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>Time shapes the fresh own TimeML documents of branch timex-i showed unread: "a fortnight" as a unit of two weeks, "May"
/// opening a range of months, a word in "-ed" after a preposition read as an adjective, and "the" before "coming winter"; and those
/// of branch timex-j (second round): a bare schedule verb after a plural subject ("Presales open on Friday") and "the past summer".</summary>
public class TimeFreshNewswireTests
{
    // A Wednesday in October.
    private static readonly DateOnly Reference = new(2024, 10, 23);

    [Theory]
    [InlineData("The Brenmoor ferry was out of service for a fortnight.", "a fortnight", "P2W")]
    [InlineData("Repairs to the Kestrel Bay pier will take two fortnights.", "two fortnights", "P4W")]
    [InlineData("The Vorland council voted on the plan a fortnight ago.", "a fortnight ago", "2024-W41")]
    [InlineData("Lindenport buses to the coast run every fortnight.", "every fortnight", "P2W")]
    public void Recognize_Fortnight_IsTwoWeeks(string text, string span, string value) => Check(text, span, value);

    [Fact]
    public void Recognize_FortnightAfterACountedPlural_IsARateNotALength()
    {
        const string text = "The Lindenport yard builds 30 boats a fortnight.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().NotContain(e => e.Kind == TimeExpressionKind.Duration);
    }

    [Theory]
    [InlineData("The market in Kestrel Bay ran from May to August.", "2024-05")]
    [InlineData("Between May and July the Brenmoor trains ran late.", "2024-05")]
    public void Recognize_MayOpeningARangeOfMonths_IsTheMonth(string text, string value) => Check(text, "May", value);

    [Theory]
    [InlineData("Officials in Vorland read a letter from May to the board.")]
    [InlineData("Lindenport may decide from May onwards.")]
    public void Recognize_MayNotOpeningARangeOfMonths_IsNoMonth(string text) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference).Select(e => e.Span.Slice(text).ToString()).Should().NotContain("May");

    [Theory]
    [InlineData("Delays are expected on unplowed streets on Thursday.", "2024-10-24")]
    [InlineData("Nurses in Brenmoor plan a protest for unpaid wages on Friday.", "2024-10-25")]
    public void Recognize_WordInEdAfterAPreposition_IsAnAdjectiveNotAPastVerb(string text, string value)
    {
        var day = TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().ContainSingle().Which;

        day.Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_VerbInThePastBeforeAWordInEdAfterAPreposition_StillLooksBack()
    {
        const string text = "Crews worked on damaged roads on Thursday.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().ContainSingle().Which.Value.Should().Be("2024-10-17");
    }

    [Theory]
    [InlineData("Doctors in Vorland said the coming winter may be severe.", "the coming winter", "2024-WI")]
    [InlineData("The Brenmoor dam should be finished by the coming spring.", "the coming spring", "2025-SP")]
    public void Recognize_TheBeforeARelativeSeason_JoinsItsSpan(string text, string span, string value) => Check(text, span, value);

    [Fact]
    public void Recognize_TheComingWeeks_IsStillAVagueLength()
    {
        const string text = "Lindenport expects more rain in the coming weeks.";

        TimeExpressionRecognizer.Default.Recognize(text, Reference).Should().ContainSingle().Which.Value.Should().Be("PXW");
    }

    [Theory]
    [InlineData("Kestrel Bay presales start on Friday.", "Friday", "2024-10-25")]
    [InlineData("Lindenport ferry bookings open on Saturday.", "Saturday", "2024-10-26")]
    [InlineData("Brenmoor dockers said new shifts begin Monday.", "Monday", "2024-10-28")]
    public void Recognize_BareScheduleVerbAfterAPluralSubject_PointsForward(string text, string span, string value) =>
        Check(text, span, value);

    [Theory]
    [InlineData("The Brenmoor shops were open on Saturday.", "Saturday", "2024-10-19")]
    [InlineData("The Vorland talks had failed to start on Monday.", "Monday", "2024-10-21")]
    public void Recognize_BareScheduleWordNotAfterAPluralSubject_StillLooksBack(string text, string span, string value) =>
        Check(text, span, value);

    [Fact]
    public void Recognize_ThePastBeforeASeason_IsTheLatestSeason() =>
        Check("Over the past summer, Lindenport ferry fares rose.", "the past summer", "2024-SU");

    [Fact]
    public void Recognize_ThePastSummerToldInFebruary_IsLastYearsSummer()
    {
        const string text = "Over the past summer, Lindenport ferry fares rose.";

        TimeExpressionRecognizer.Default.Recognize(text, new DateOnly(2025, 2, 12))
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == "the past summer").Which.Value.Should().Be("2024-SU");
    }

    [Fact]
    public void Recognize_NowBeforeTheVerbFall_IsStillPresentRef() =>
        Check("Brenmoor harbour dues now fall due in March.", "now", "PRESENT_REF");

    [Fact]
    public void Recognize_ThePastSetOffFromASeason_IsStillAReference() =>
        Check("In the past, summer fares in Brenmoor rose.", "the past", "PAST_REF");

    private static void Check(string text, string span, string value) =>
        TimeExpressionRecognizer.Default.Recognize(text, Reference)
            .Should().ContainSingle(e => e.Span.Slice(text).ToString() == span).Which.Value.Should().Be(value);
}
