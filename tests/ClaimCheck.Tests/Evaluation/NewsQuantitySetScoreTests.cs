using ClaimCheck.Cli.Evaluation;
using ClaimCheck.Quantities;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>Scores ClaimCheck's quantities on the news sets written for it (<c>tests/data/quantities</c>) with CQE's match rules, so
/// a change that loses ground on news it was not written for fails here. Each floor sits just below the F1 the rules reach.</summary>
public sealed class NewsQuantitySetScoreTests
{
    [Theory]
    [InlineData("news-quantities-3.json", 0.975, 0.92, 0.94)]
    [InlineData("news-quantities-4.json", 0.99, 0.97, 0.975)]
    [InlineData("news-quantities-5.json", 0.975, 0.92, 0.94)]
    [InlineData("news-quantities-6.json", 0.97, 0.92, 0.945)]
    [InlineData("news-quantities-7.json", 0.975, 0.92, 0.95)]
    [InlineData("news-quantities-8.json", 0.97, 0.93, 0.945)]
    [InlineData("news-quantities-9.json", 0.96, 0.915, 0.91)]
    [InlineData("news-quantities-10.json", 0.975, 0.945, 0.945)]
    [InlineData("news-quantities-11.json", 0.96, 0.9, 0.925)]
    [InlineData("news-quantities-12.json", 0.95, 0.92, 0.915)]
    [InlineData("news-quantities-13.json", 0.98, 0.935, 0.955)]
    [InlineData("news-quantities-14.json", 0.98, 0.95, 0.95)]
    [InlineData("news-quantities-15.json", 0.98, 0.965, 0.96)]
    [InlineData("news-quantities-16.json", 0.975, 0.91, 0.96)]
    [InlineData("news-quantities-17.json", 0.975, 0.945, 0.915)]
    [InlineData("news-quantities-18.json", 0.975, 0.91, 0.965)]
    [InlineData("news-quantities-19.json", 0.98, 0.95, 0.955)]
    [InlineData("news-quantities-20.json", 0.985, 0.965, 0.95)]
    [InlineData("news-quantities-21.json", 0.99, 0.965, 0.96)]
    [InlineData("news-quantities-22.json", 0.98, 0.945, 0.945)]
    [InlineData("news-quantities-23.json", 0.98, 0.97, 0.935)]
    [InlineData("news-quantities-24.json", 0.975, 0.96, 0.955)]
    [InlineData("news-quantities-25.json", 0.985, 0.975, 0.925)]
    [InlineData("news-quantities-26.json", 0.98, 0.955, 0.935)]
    [InlineData("news-quantities-27.json", 0.96, 0.895, 0.935)]
    [InlineData("news-quantities-28.json", 0.98, 0.935, 0.93)]
    [InlineData("news-quantities-29.json", 0.975, 0.92, 0.925)]
    [InlineData("news-quantities-30.json", 0.985, 0.935, 0.925)]
    [InlineData("news-quantities-31.json", 0.97, 0.885, 0.915)]
    [InlineData("news-quantities-32.json", 0.975, 0.92, 0.915)]
    [InlineData("news-quantities-33.json", 0.985, 0.895, 0.945)]
    [InlineData("news-quantities-34.json", 0.975, 0.82, 0.93)]
    [InlineData("news-quantities-35.json", 0.985, 0.89, 0.95)]
    [InlineData("news-quantities-36.json", 0.98, 0.915, 0.94)]
    [InlineData("news-quantities-37.json", 0.975, 0.885, 0.915)]
    [InlineData("news-quantities-38.json", 0.975, 0.94, 0.92)]
    [InlineData("news-quantities-39.json", 0.98, 0.955, 0.945)]
    [InlineData("news-quantities-40.json", 0.985, 0.93, 0.935)]
    [InlineData("news-quantities-41.json", 0.985, 0.96, 0.93)]
    [InlineData("news-quantities-42.json", 0.99, 0.955, 0.94)]
    [InlineData("news-quantities-43.json", 0.995, 0.955, 0.94)]
    [InlineData("news-quantities-44.json", 0.99, 0.965, 0.96)]
    [InlineData("news-quantities-45.json", 0.995, 0.985, 0.955)]
    [InlineData("news-quantities-46.json", 0.995, 0.955, 0.96)]
    [InlineData("news-quantities-47.json", 0.995, 0.97, 0.98)]
    [InlineData("news-quantities-48.json", 0.985, 0.95, 0.925)]
    [InlineData("news-quantities-49.json", 0.985, 0.92, 0.97)]
    [InlineData("news-quantities-50.json", 0.985, 0.905, 0.97)]
    [InlineData("news-quantities-51.json", 0.98, 0.855, 0.945)]
    [InlineData("news-quantities-52.json", 0.984, 0.89, 0.955)]
    [InlineData("news-quantities-53.json", 0.98, 0.865, 0.94)]
    [InlineData("news-quantities-54.json", 0.975, 0.835, 0.95)]
    [InlineData("news-quantities-55.json", 0.98, 0.935, 0.945)]
    [InlineData("news-quantities-56.json", 0.985, 0.915, 0.95)]
    [InlineData("news-quantities-57.json", 0.98, 0.87, 0.955)]
    [InlineData("news-quantities-58.json", 0.975, 0.96, 0.965)]
    [InlineData("news-quantities-59.json", 0.99, 0.97, 0.96)]
    [InlineData("news-quantities-60.json", 0.99, 0.965, 0.98)]
    public void Score_NewsSet_StaysAboveItsFloor(string file, double value, double valueUnit, double valueChange)
    {
        var items = QuantitySetReader.Read(Path.Combine(TestPaths.RepositoryRoot, "tests", "data", "quantities", file));
        var predictions = QuantityEvaluation.Predict(items, new ClaimCheckQuantityExtractor(QuantityRecognizer.Default));

        var scores = QuantityScorer.Score(items, predictions);

        scores.Value.F1.Should().BeGreaterThanOrEqualTo(value, "value F1 on {0}", file);
        scores.ValueUnit.F1.Should().BeGreaterThanOrEqualTo(valueUnit, "value+unit F1 on {0}", file);
        scores.ValueChange!.Value.F1.Should().BeGreaterThanOrEqualTo(valueChange, "value+change F1 on {0}", file);
    }
}
