using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Dates of disasters named by a noun or a verb of their own (a stampede, a landslide, a dam that gave way): two reports
/// of one such event on different days are a <see cref="FindingKind.DateMismatch"/>; the same day in words and in digits, or a
/// later event of another kind, is none.</summary>
public sealed class DisasterDateTests
{
    [Fact]
    public void Check_OneStampedeOnTwoDays_IsADateMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "A stampede at a food handout in Brenmoor late on Tuesday killed 31 people, the governor said.", "Vorland Wire", new DateOnly(2025, 3, 12)),
            new Document("daily", "At least 31 people died in a stampede in Brenmoor on Wednesday, witnesses said.", "Lindenport Daily", new DateOnly(2025, 3, 12)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.DateMismatch)
            .Which.Sides.Select(s => s.Label).Should().Equal("2025-03-11", "2025-03-12");
    }

    [Fact]
    public void Check_OneLandslideOnTheSameDayInWordsAndDigits_IsNoDateMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "A landslide buried 40 homes in Kestrel Valley on Sunday, the regional office said.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("daily", "The landslide of 9 March in Kestrel Valley buried 40 homes, officials said.", "Lindenport Daily", new DateOnly(2025, 3, 12)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.DateMismatch, "Sunday 9 March is one day written two ways");
    }

    [Fact]
    public void Check_ADamThatGaveWayBesideATollReadByALaterDay_IsNoDateMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The Brenmoor dam gave way on Sunday, flooding six villages, the regional office said.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("daily", "The toll from the dam collapse in Brenmoor stood at 60 by Wednesday, the regional office said.", "Lindenport Daily", new DateOnly(2025, 3, 12)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.DateMismatch, "Wednesday is when the toll was read, after the collapse");
    }

    [Fact]
    public void Check_ACollapseAndALandslideOnALaterDay_AreNoDateMismatch()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", "The Brenmoor dam gave way on Sunday, flooding six villages, the regional office said.", "Vorland Wire", new DateOnly(2025, 3, 10)),
            new Document("daily", "A landslide buried a road near Brenmoor on Wednesday, a week after the rains began, officials said.", "Lindenport Daily", new DateOnly(2025, 3, 13)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.DateMismatch, "a landslide three days later is another event");
    }
}
