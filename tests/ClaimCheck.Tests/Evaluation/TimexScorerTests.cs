using System.Collections.Immutable;
using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class TimexScorerTests
{
    // "Met on Monday and again last week."
    //  0123456789012345678901234567890123
    // "Monday" is 7+6, "last week" is 24+9, "week" is 29+4.
    private const string Text = "Met on Monday and again last week.";
    private static readonly TimexAnnotation Monday = new(7, 6, "DATE", "2013-03-18");
    private static readonly TimexAnnotation LastWeek = new(24, 9, "DATE", "2013-W11");

    [Fact]
    public void Score_PerfectPredictions_AllOnes()
    {
        var scores = Score([Monday, LastWeek], [new(7, 6, "DATE", "2013-03-18"), new(24, 9, "DATE", "2013-W11")]);

        // 2 gold, 2 system, 2 strict, 2 relaxed, 2 values: every P, R, F1 is 2/2.
        scores.Should().Be(new TimexScores(1, 2, 2, 2, 2, 2, 2));
        scores.Strict.Should().Be(new PrecisionRecallF1(1, 1, 1));
        scores.Relaxed.Should().Be(new PrecisionRecallF1(1, 1, 1));
        scores.Value.Should().Be(new PrecisionRecallF1(1, 1, 1));
    }

    [Fact]
    public void Score_NoPredictions_AllZero()
    {
        var scores = Score([Monday, LastWeek], []);

        scores.Should().Be(new TimexScores(1, 2, 0, 0, 0, 0, 0));
        scores.Relaxed.Should().Be(new PrecisionRecallF1(0, 0, 0));
    }

    [Fact]
    public void Score_OverlappingButNotExactSpan_IsRelaxedNotStrict()
    {
        var scores = Score([LastWeek], [new(29, 4, "DATE", "2013-W11")]);

        // "week" inside "last week": strict 0/1; relaxed 1/1; the value is right, so value P = R = 1/1.
        scores.Should().Be(new TimexScores(1, 1, 1, 0, 1, 1, 1));
        scores.Strict.Should().Be(new PrecisionRecallF1(0, 0, 0));
        scores.Relaxed.Should().Be(new PrecisionRecallF1(1, 1, 1));
        scores.Value.Should().Be(new PrecisionRecallF1(1, 1, 1));
    }

    [Fact]
    public void Score_AdjacentSpans_DoNotOverlap()
    {
        // "Met " ends where "on" begins: 0+4 and 4+2 share no character.
        var scores = Score([new TimexAnnotation(4, 2, "DATE", "X")], [new(0, 4, "DATE", "X")]);

        scores.RelaxedMatches.Should().Be(0);
    }

    [Fact]
    public void Score_ValueWrongButSpanRight_CountsSpanNotValue()
    {
        var scores = Score([Monday], [new(7, 6, "DATE", "XXXX-WXX-1")]);

        // strict 1/1, relaxed 1/1, value 0/1.
        scores.Should().Be(new TimexScores(1, 1, 1, 1, 1, 0, 1));
        scores.Value.Should().Be(new PrecisionRecallF1(0, 0, 0));
    }

    [Fact]
    public void Score_TypeWrongButValueRight_CountsValueNotType()
    {
        var scores = Score([Monday, LastWeek], [new(7, 6, "TIME", "2013-03-18"), new(24, 9, "DATE", "2013-W11")]);

        // Both pairs have the gold value; only "last week" has the gold type: type P = R = 1/2.
        scores.Should().Be(new TimexScores(1, 2, 2, 2, 2, 2, 1));
        scores.Type.Should().Be(new PrecisionRecallF1(0.5, 0.5, 0.5));
    }

    [Fact]
    public void Score_ValueDiffersOnlyByTime_IsNotAMatch()
    {
        var scores = Score([Monday], [new(7, 6, "DATE", "2013-03-18T00:00")]);

        scores.ValueMatches.Should().Be(0);
    }

    [Fact]
    public void Score_PartialWithFalsePositive_ScoresEachMatchType()
    {
        // Monday exact and right; "Met" (0+3) is spurious; "last week" missed.
        var scores = Score([Monday, LastWeek], [new(7, 6, "DATE", "2013-03-18"), new(0, 3, "DATE", "PAST_REF")]);

        // strict, relaxed and value: P = 1/2, R = 1/2, F1 = 1/2.
        scores.Should().Be(new TimexScores(1, 2, 2, 1, 1, 1, 1));
        scores.Value.Should().Be(new PrecisionRecallF1(0.5, 0.5, 0.5));
    }

    [Fact]
    public void Score_DuplicatePrediction_MatchesGoldOnce()
    {
        var scores = Score([Monday], [new(7, 6, "DATE", "2013-03-18"), new(7, 6, "DATE", "2013-03-18")]);

        // One pair only: P = 1/2, R = 1/1, F1 = 2/3 for every match type.
        scores.Should().Be(new TimexScores(1, 1, 2, 1, 1, 1, 1));
        scores.Strict.F1.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact]
    public void Score_OnePredictionOverlappingTwoGold_MatchesOnlyTheFirst()
    {
        // "Monday and again last week" (7+26) overlaps both gold timexes but pairs with one.
        var scores = Score([Monday, LastWeek], [new(7, 26, "DATE", "2013-03-18")]);

        // relaxed P = 1/1, R = 1/2; value 1 (paired with Monday, the first by offset).
        scores.Should().Be(new TimexScores(1, 2, 1, 0, 1, 1, 1));
    }

    [Fact]
    public void Score_ExactPairsBeforeOverlaps_ExactPredictionKeepsItsGold()
    {
        // "on Monday" (4+9) overlaps Monday and comes first by offset, but the exact "Monday" prediction pairs first,
        // so its right value counts and "on Monday" stays unmatched.
        var scores = Score([Monday], [new(4, 9, "DATE", "wrong"), new(7, 6, "DATE", "2013-03-18")]);

        // strict 1, relaxed 1, value 1 out of 2 system and 1 gold.
        scores.Should().Be(new TimexScores(1, 1, 2, 1, 1, 1, 1));
    }

    [Fact]
    public void Score_SeveralDocuments_SumsCountsBeforeDividing()
    {
        var first = Document([Monday, LastWeek]);
        var second = Document([Monday, LastWeek]);
        IReadOnlyList<PredictedTimex> firstPredictions = [new(7, 6, "DATE", "2013-03-18"), new(24, 9, "DATE", "2013-W11")];
        IReadOnlyList<PredictedTimex> secondPredictions = [];

        var scores = TimexScorer.Score([first, second], [firstPredictions, secondPredictions]);

        // Micro-average: 2 matches out of 2 system and 4 gold: P = 1, R = 1/2, F1 = 2/3.
        scores.Should().Be(new TimexScores(2, 4, 2, 2, 2, 2, 2));
        scores.Strict.Precision.Should().Be(1);
        scores.Strict.Recall.Should().Be(0.5);
        scores.Strict.F1.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact]
    public void Score_ListsOfDifferentLength_Throws()
    {
        var act = () => TimexScorer.Score([Document([])], []);

        act.Should().Throw<ArgumentException>();
    }

    private static TimexScores Score(TimexAnnotation[] gold, PredictedTimex[] predicted) =>
        TimexScorer.Score([Document(gold)], [predicted]);

    private static TimeMLDocument Document(TimexAnnotation[] gold) =>
        new("doc.tml", new DateOnly(2013, 3, 22), ImmutableArray<string>.Empty, Text, [.. gold]);
}
