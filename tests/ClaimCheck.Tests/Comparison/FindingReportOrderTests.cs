using ClaimCheck.Comparison;

namespace ClaimCheck.Tests.Comparison;

public sealed class FindingReportOrderTests
{
    [Fact]
    public void Order_DisputesFirstThenMostSevereThenKindAndTopic()
    {
        var agreement = Make(FindingKind.Corroboration, FindingSeverity.Info, "Tarnland · deaths", "a#1", "b#1");
        var minor = Make(FindingKind.NumericDiscrepancy, FindingSeverity.Low, "Tarnland · deaths", "a#1", "b#2");
        var major = Make(FindingKind.NumericDiscrepancy, FindingSeverity.High, "Tarnland · injured", "a#3", "b#4");
        var conflict = Make(FindingKind.PolarityConflict, FindingSeverity.High, "Tarnland · sent troops", "a#5", "b#5");

        new[] { agreement, minor, conflict, major }.Order(FindingReportOrder.Instance).Should().Equal(major, conflict, minor, agreement);
    }

    [Fact]
    public void Order_TwoFindingsOfOneKindAndTopic_FollowTheirClaimsWhateverOrderTheyCameIn()
    {
        var about = Make(FindingKind.Corroboration, FindingSeverity.Info, "Tarnland · troops", "b#7", "c#11");
        var atLeast = Make(FindingKind.Corroboration, FindingSeverity.Info, "Tarnland · troops", "a#3", "c#2");

        new[] { about, atLeast }.Order(FindingReportOrder.Instance).Should().Equal(atLeast, about);
        new[] { atLeast, about }.Order(FindingReportOrder.Instance).Should().Equal(atLeast, about);
    }

    [Fact]
    public void Compare_AFindingWithTheClaimsOfAnotherAndMore_ComesAfterIt()
    {
        var two = Make(FindingKind.Corroboration, FindingSeverity.Info, "Tarnland · troops", "a#1", "b#1");
        var three = Make(FindingKind.Corroboration, FindingSeverity.Info, "Tarnland · troops", "a#1", "b#1", "c#1");

        FindingReportOrder.Instance.Compare(two, three).Should().BeNegative();
        FindingReportOrder.Instance.Compare(three, two).Should().BePositive();
        FindingReportOrder.Instance.Compare(two, two with { Id = "F9" }).Should().Be(0);
    }

    private static Finding Make(FindingKind kind, FindingSeverity severity, string topic, params string[] claims) => new()
    {
        Id = "F1",
        Kind = kind,
        Severity = severity,
        Topic = topic,
        ClaimIds = [.. claims],
        Sides = [new FindingSide("12", [.. claims])],
        Explanation = "test",
    };
}
