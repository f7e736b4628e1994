using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class QuantityScorerTests
{
    [Fact]
    public void Score_PerfectPredictions_AllOnes()
    {
        var gold = Item(Gold("5", "dollar", "="), Gold("10", "percentage", "up"));
        var predicted = Predictions(Single(5, "dollar", "="), Single(10, "percentage", "up"));

        var scores = QuantityScorer.Score([gold], [predicted]);

        // 2 gold, 2 predicted, every pair matches on value, unit and change: P = R = F1 = 2/2.
        scores.Should().Be(new QuantityScores(1, 2, 2, 2, 2, 2));
        scores.Value.Should().Be(new PrecisionRecallF1(1, 1, 1));
        scores.ValueUnit.Should().Be(new PrecisionRecallF1(1, 1, 1));
        scores.ValueChange.Should().Be(new PrecisionRecallF1(1, 1, 1));
    }

    [Fact]
    public void Score_NoPredictions_AllZero()
    {
        var scores = QuantityScorer.Score([Item(Gold("5", "dollar", "="), Gold("7", "dollar", "="))], [Predictions()]);

        // P = 0/0 -> 0, R = 0/2 = 0.
        scores.Should().Be(new QuantityScores(1, 2, 0, 0, 0, 0));
        scores.Value.Should().Be(new PrecisionRecallF1(0, 0, 0));
    }

    [Fact]
    public void Score_SentenceWithoutQuantities_CountsOnlyPredictions()
    {
        var scores = QuantityScorer.Score(
            [Item(Gold("5", "dollar", "=")), Item()],
            [Predictions(Single(5, "dollar", "=")), Predictions(Single(1998, "-", "="))]);

        // The year in the second sentence is a false positive: P = 1/2, R = 1/1, F1 = 2 * 0.5 * 1 / 1.5 = 2/3.
        scores.Should().Be(new QuantityScores(2, 1, 2, 1, 1, 1));
        scores.Value.Precision.Should().Be(0.5);
        scores.Value.Recall.Should().Be(1);
        scores.Value.F1.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact]
    public void Score_PartialMatches_CountsEachMatchType()
    {
        // Sorted by unit, gold is 5 dollar, 7 dollar, 9 percentage and predictions 5 dollar, 12 dollar, 9 euro.
        // 5 dollar: value, change and unit match. 7 dollar: nothing. 9 percentage: 9 euro matches value and change only.
        var gold = Item(Gold("5", "dollar", "="), Gold("7", "dollar", "="), Gold("9", "percentage", "="));
        var predicted = Predictions(Single(5, "dollar", "="), Single(9, "euro", "="), Single(12, "dollar", "="));

        var scores = QuantityScorer.Score([gold], [predicted]);

        // value: P = R = F1 = 2/3; value+unit: 1/3; value+change: 2/3.
        scores.Should().Be(new QuantityScores(1, 3, 3, 2, 1, 2));
        scores.Value.F1.Should().BeApproximately(2.0 / 3, 1e-12);
        scores.ValueUnit.F1.Should().BeApproximately(1.0 / 3, 1e-12);
        scores.ValueChange!.Value.F1.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact]
    public void Score_UnitMismatch_MatchesValueOnly()
    {
        var scores = QuantityScorer.Score([Item(Gold("5", "dollar", "="))], [Predictions(Single(5, "euro", "="))]);

        // value 1/1; value+unit 0/1; value+change 1/1 (change is scored whatever the unit).
        scores.Should().Be(new QuantityScores(1, 1, 1, 1, 0, 1));
    }

    [Fact]
    public void Score_UnitDiffersOnlyInCase_MatchesUnit()
    {
        var scores = QuantityScorer.Score([Item(Gold("5", "Dollar", "="))], [Predictions(Single(5, "dollar", "="))]);

        scores.ValueUnitMatches.Should().Be(1);
    }

    [Fact]
    public void Score_ChangeMismatch_MatchesValueAndUnitOnly()
    {
        var scores = QuantityScorer.Score([Item(Gold("5", "dollar", "~"))], [Predictions(Single(5, "dollar", "="))]);

        // value 1/1, value+unit 1/1, value+change 0/1.
        scores.Should().Be(new QuantityScores(1, 1, 1, 1, 1, 0));
        scores.ValueChange.Should().Be(new PrecisionRecallF1(0, 0, 0));
    }

    [Fact]
    public void Score_Ranges_MatchOnlyRangesWithBothEnds()
    {
        var gold = Item(Gold("40-50", "percentage", "~"), Gold("8", "year", "="));
        var predicted = Predictions(
            new PredictedQuantity(null, 40, 50, "%", "percentage", "~"),
            new PredictedQuantity(8, 8, 10, null, "year", "="));

        var scores = QuantityScorer.Score([gold], [predicted]);

        // 40-50 matches the predicted range; gold 8 does not match the predicted range 8-10 (Value = Low is still a range).
        // P = R = 1/2 for every match type.
        scores.Should().Be(new QuantityScores(1, 2, 2, 1, 1, 1));
    }

    [Fact]
    public void Score_DuplicatePrediction_CountsOnceAndCostsPrecision()
    {
        var scores = QuantityScorer.Score(
            [Item(Gold("5", "dollar", "="))],
            [Predictions(Single(5, "dollar", "="), Single(5, "dollar", "="))]);

        // The first copy matches value, unit and change and ends the gold quantity's scan; the second is unmatched.
        // P = 1/2, R = 1/1, F1 = 2/3.
        scores.Should().Be(new QuantityScores(1, 1, 2, 1, 1, 1));
        scores.ValueUnit.F1.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact]
    public void Score_PredictionUsedForUnitMatch_IsNotReused()
    {
        var scores = QuantityScorer.Score(
            [Item(Gold("5", "dollar", "="), Gold("5", "dollar", "="))],
            [Predictions(Single(5, "dollar", "="))]);

        // The one prediction is consumed by the first gold 5; the second gold 5 finds nothing. P = 1/1, R = 1/2.
        scores.Should().Be(new QuantityScores(1, 2, 1, 1, 1, 1));
    }

    [Fact]
    public void Score_SameValueInOtherUnits_ValueBudgetIsPerSentenceAsInCqe()
    {
        // CQE's evaluate_models.py decrements one per-sentence budget (the number of gold quantities) on every value
        // match, so two predictions of 5 in wrong units both count for gold 5 and gold 7 earns nothing itself.
        var gold = Item(Gold("5", "dollar", "="), Gold("7", "dollar", "="));
        var predicted = Predictions(Single(5, "euro", "="), Single(5, "yen", "="));

        var scores = QuantityScorer.Score([gold], [predicted]);

        // value 2 (P = 2/2, R = 2/2), value+unit 0, value+change 2.
        scores.Should().Be(new QuantityScores(1, 2, 2, 2, 0, 2));
    }

    [Fact]
    public void Score_SeveralValueMatchesBeforeUnitMatch_ChangeHasNoBudgetAsInCqe()
    {
        // CQE counts value+change for every value-matching prediction scanned before the unit match, without a budget:
        // sorted by unit the predictions are 5 euro, 5 yen; both match gold 5 dollar's value and change.
        var scores = QuantityScorer.Score(
            [Item(Gold("5", "dollar", "="))],
            [Predictions(Single(5, "yen", "="), Single(5, "euro", "="))]);

        // value 1 (budget 1), value+unit 0, value+change 2: recall 2/1, as CQE's script would report.
        scores.Should().Be(new QuantityScores(1, 1, 2, 1, 0, 2));
        scores.ValueChange!.Value.Recall.Should().Be(2);
    }

    [Fact]
    public void Score_OneWrongUnitPredictionForTwoEqualGold_CountsValueTwiceAsInCqe()
    {
        // A prediction that matches only the value is not consumed, so both gold 5s count it (budget 2).
        var scores = QuantityScorer.Score(
            [Item(Gold("5", "dollar", "="), Gold("5", "dollar", "="))],
            [Predictions(Single(5, "euro", "="))]);

        // value 2 of 1 predicted: precision 2/1, as CQE's script would report; value+unit 0.
        scores.Should().Be(new QuantityScores(1, 2, 1, 2, 0, 2));
        scores.Value.Precision.Should().Be(2);
    }

    [Fact]
    public void Score_ScanOrderFollowsNormalizedUnit_UnitMatchEndsScan()
    {
        // Sorted by unit the predictions are "dollar" before "euro": the unit match on 5 dollar ends gold 5's scan
        // before 5 euro is seen, so 5 euro is never counted. P = 1/2, R = 1/1 for every type.
        var scores = QuantityScorer.Score(
            [Item(Gold("5", "dollar", "="))],
            [Predictions(Single(5, "euro", "="), Single(5, "dollar", "="))]);

        scores.Should().Be(new QuantityScores(1, 1, 2, 1, 1, 1));
    }

    [Fact]
    public void Score_GoldWithoutChange_LeavesValueChangeUnscored()
    {
        var gold = Item(new GoldQuantity(QuantityValue.Single(5), null, "dollar", null));

        var scores = QuantityScorer.Score([gold], [Predictions(Single(5, "dollar", "="))]);

        scores.ValueChangeMatches.Should().BeNull();
        scores.ValueChange.Should().BeNull();
        scores.ValueUnit.Should().Be(new PrecisionRecallF1(1, 1, 1));
    }

    [Fact]
    public void Score_ListsOfDifferentLength_Throws()
    {
        var act = () => QuantityScorer.Score([Item()], []);

        act.Should().Throw<ArgumentException>().WithMessage("*1 gold items*");
    }

    [Fact]
    public void Score_PredictionWithoutValue_ThrowsNamingTheProblem()
    {
        var act = () => QuantityScorer.Score([Item()], [Predictions(new PredictedQuantity(null, 40, null, null, "-", "="))]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*Value, or both Low and High*");
    }

    private static QuantitySetItem Item(params GoldQuantity[] quantities) => new("a sentence", [.. quantities]);

    private static GoldQuantity Gold(string value, string normalizedUnit, string change)
    {
        QuantityValue.TryParse(value, out var parsed).Should().BeTrue();
        return new GoldQuantity(parsed, null, normalizedUnit, change);
    }

    private static PredictedQuantity Single(double value, string normalizedUnit, string change) =>
        new(value, null, null, null, normalizedUnit, change);

    private static List<PredictedQuantity> Predictions(params PredictedQuantity[] quantities) => [.. quantities];
}
