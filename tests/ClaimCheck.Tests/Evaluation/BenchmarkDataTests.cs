using ClaimCheck.Cli.Evaluation;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>Reads the benchmark files in ../shared and checks them against the counts their READMEs give.</summary>
public class BenchmarkDataTests
{
    [SharedDataFact("data/newsquant/formatted_test_set")]
    public void NewsQuantReader_EveryFormattedTestSet_MatchesReadmeCounts()
    {
        // (sentences, gold quantities) from ../shared/data/newsquant/README.md. NewsQuant.json is held out and
        // usually absent; the four Recognizers-Text-derived sets are always there.
        var expected = new Dictionary<string, (int Items, int Quantities)>
        {
            ["NewsQuant.json"] = (590, 904),
            ["currency-model.json"] = (180, 255),
            ["dimension-model.json"] = (93, 121),
            ["temperature-model.json"] = (36, 34),
            ["age-model.json"] = (19, 22),
        };

        var files = Directory.GetFiles(TestPaths.Shared("data", "newsquant", "formatted_test_set"), "*.json");

        files.Select(Path.GetFileName).Should().Contain(["currency-model.json", "dimension-model.json", "temperature-model.json", "age-model.json"]);
        foreach (var file in files)
        {
            var items = QuantitySetReader.Read(file);
            expected.Should().ContainKey(Path.GetFileName(file));
            (items.Length, items.Sum(i => i.Quantities.Length)).Should().Be(expected[Path.GetFileName(file)], file);

            // The gold scored as its own prediction is perfect on value and value+unit.
            var asPredictions = items.Select(i => (IReadOnlyList<PredictedQuantity>)[.. i.Quantities.Select(AsPrediction)]).ToList();
            var scores = QuantityScorer.Score(items, asPredictions);
            scores.Value.Should().Be(new PrecisionRecallF1(1, 1, 1), file);
            scores.ValueUnit.Should().Be(new PrecisionRecallF1(1, 1, 1), file);
        }
    }

    [SharedDataFact("data/newsquant/formatted_test_set/NewsQuant.json")]
    public void NewsQuantReader_NewsQuantJson_MatchesReadmeChangeAndUnitCounts()
    {
        var items = QuantitySetReader.Read(TestPaths.Shared("data", "newsquant", "formatted_test_set", "NewsQuant.json"));
        var quantities = items.SelectMany(i => i.Quantities).ToList();

        items.Count(i => i.Quantities.IsEmpty).Should().Be(115);
        quantities.CountBy(q => q.Change ?? "(none)").Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["="] = 667, ["~"] = 64, ["up"] = 60, ["down"] = 49, [">"] = 41, ["<"] = 23,
        });
        quantities.Count(q => q.NormalizedUnit == "percentage").Should().Be(154);
        quantities.Count(q => q.NormalizedUnit == "dollar").Should().Be(117);
    }

    [SharedDataFact("data/tempeval3/TBAQ-cleaned")]
    public void TimeMLReader_TbaqCleaned_MatchesReadmeCountsAndRoundTrips()
    {
        var timeBank = TimeMLReader.ReadFolder(TestPaths.Shared("data", "tempeval3", "TBAQ-cleaned", "TimeBank"));
        var aquaint = TimeMLReader.ReadFolder(TestPaths.Shared("data", "tempeval3", "TBAQ-cleaned", "AQUAINT"));

        // From ../shared/data/tempeval3/README.md: 183 + 73 documents; TIMEX3 inside <TEXT>: 1,243 + 579.
        timeBank.Should().HaveCount(183);
        aquaint.Should().HaveCount(73);
        timeBank.Sum(d => d.Timexes.Length).Should().Be(1243);
        aquaint.Sum(d => d.Timexes.Length).Should().Be(579);

        // Writing each document with its gold as the system's timexes reads back to the same text and spans,
        // and scores perfectly.
        var documents = timeBank.AddRange(aquaint);
        var asPredictions = documents
            .Select(d => (IReadOnlyList<PredictedTimex>)[.. d.Timexes.Select(t => new PredictedTimex(t.Start, t.Length, t.Type, t.Value))])
            .ToList();
        for (var i = 0; i < documents.Length; i++)
        {
            using var stream = new MemoryStream();
            TimeMLWriter.Write(stream, documents[i], asPredictions[i]);
            stream.Position = 0;
            var reread = TimeMLReader.Parse(stream, documents[i].Name, documents[i].Name);
            reread.Text.Should().Be(documents[i].Text, documents[i].Name);
            reread.Timexes.Should().Equal(documents[i].Timexes, documents[i].Name);
            reread.CreationDate.Should().Be(documents[i].CreationDate, documents[i].Name);
        }

        var scores = TimexScorer.Score(documents, asPredictions);
        scores.Should().Be(new TimexScores(256, 1822, 1822, 1822, 1822, 1822, 1822));
    }

    private static PredictedQuantity AsPrediction(GoldQuantity gold) =>
        gold.Value.IsRange
            ? new PredictedQuantity(null, gold.Value.Low, gold.Value.High, gold.Unit, gold.NormalizedUnit, gold.Change ?? "=")
            : new PredictedQuantity(gold.Value.Low, null, null, gold.Unit, gold.NormalizedUnit, gold.Change ?? "=");
}
