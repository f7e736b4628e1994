using ClaimCheck.Entities;

namespace ClaimCheck.Tests.Entities;

public class PlaceContainmentTests
{
    private static KeyValuePair<string, string> In(string inner, string outer) => new(inner, outer);

    [Fact]
    public void From_Chain_LiesWithinEveryContainer()
    {
        var containment = PlaceContainment.From([In("Selvik", "Karnavi"), In("Karnavi", "Papua New Guinea")]);

        containment.LiesWithin("Selvik", "Papua New Guinea").Should().BeTrue();
        containment.LiesWithin("Selvik", "Selvik").Should().BeFalse();
        containment.LiesWithin("Papua New Guinea", "Selvik").Should().BeFalse();
        containment.Containers("Selvik").Should().Equal("Karnavi", "Papua New Guinea");
    }

    [Fact]
    public void From_PairThatWouldMakeACycle_IsSkipped()
    {
        var containment = PlaceContainment.From([In("A", "B"), In("B", "C"), In("C", "A")]);

        containment.Count.Should().Be(2);
        containment.TryGetWithin("C", out _).Should().BeFalse();
    }

    [Fact]
    public void From_TwoStatementsForOnePlace_TheFirstWins()
    {
        var containment = PlaceContainment.From([In("Ostrelo", "Kenya"), In("Ostrelo", "Uganda")]);

        containment.TryGetWithin("Ostrelo", out var within).Should().BeTrue();
        within.Should().Be("Kenya");
    }

    [Fact]
    public void With_TwoDocuments_MergesWhatEachSays()
    {
        var first = PlaceContainment.From([In("Jeddavo", "Saudi Arabia")]);
        var second = PlaceContainment.From([In("Jeddavo", "Yemen"), In("Kostavo", "North Macedonia")]);

        var merged = first.With(second);

        merged.Pairs.Should().BeEquivalentTo(new Dictionary<string, string> { ["Jeddavo"] = "Saudi Arabia", ["Kostavo"] = "North Macedonia" });
        first.With(PlaceContainment.Empty).Should().BeSameAs(first);
    }
}
