using ClaimCheck.Cli.Evaluation;
using ClaimCheck.Tests.Infrastructure;
using ClaimCheck.Time;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>Scores ClaimCheck's time expressions on the TimeML news written for it (<c>tests/data/timex</c>, none of it from
/// TimeBank or AQUAINT) as TempEval-3 does, so a change that loses ground on text the rules were not tuned on fails here. Each
/// floor sits just below what the rules reach.</summary>
public sealed class OwnTimexSetScoreTests
{
    [Fact]
    public void Score_OwnNewsSet_StaysAboveItsFloor()
    {
        var documents = TimeMLReader.ReadFolder(Path.Combine(TestPaths.RepositoryRoot, "tests", "data", "timex"));
        var predictions = TimexEvaluation.Predict(documents, new ClaimCheckTimexExtractor(TimeExpressionRecognizer.Default));

        var scores = TimexScorer.Score(documents, predictions);

        scores.GoldTimexes.Should().Be(3876);
        scores.Strict.F1.Should().BeGreaterThanOrEqualTo(0.975, "strict span F1");
        scores.Value.F1.Should().BeGreaterThanOrEqualTo(0.929, "value F1");
        scores.Type.F1.Should().BeGreaterThanOrEqualTo(0.970, "type F1");
    }
}
