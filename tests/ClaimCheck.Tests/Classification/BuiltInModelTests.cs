using System.Text.Json;
using ClaimCheck.Classification;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Classification;

/// <summary>
/// The shipped model (<c>src/ClaimCheck/Classification/Model/claim-types.zip</c>, embedded in the library) and the data
/// it says it was trained on cannot drift apart: <c>claim-types.training.json</c> beside it holds the fingerprint of the
/// training examples, and it must match the data now in <c>src/ClaimCheck/Classification/Data</c> (every .tsv there and
/// in its subfolders, less the held-out news slice). When this fails, regenerate the model with
/// <c>src/ClaimCheck/Classification/Data/train-builtin.sh</c>.
/// </summary>
public sealed class BuiltInModelTests
{
    private static string ClassificationFolder => Path.Combine(TestPaths.RepositoryRoot, "src", "ClaimCheck", "Classification");

    [Fact]
    public void Fingerprint_ShippedModel_MatchesTheTrainingDataInTheRepository()
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(ClassificationFolder, "Model", "claim-types.training.json")));
        var (training, _) = HeldOutSlice.Split(LabeledTextReader.ReadPath(Path.Combine(ClassificationFolder, "Data")));

        var fingerprint = TrainingDataFingerprint.Compute(training);

        fingerprint.Should().Be(
            recorded.RootElement.GetProperty("trainingDataSha256").GetString(),
            "the built-in model must be retrained (src/ClaimCheck/Classification/Data/train-builtin.sh) whenever its data changes");
        recorded.RootElement.GetProperty("examples").GetInt32().Should().Be(training.Count);
    }

    [Fact]
    public void Labels_ShippedModel_AreThoseRecordedBesideIt()
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(ClassificationFolder, "Model", "claim-types.training.json")));

        ClaimTypeClassifier.Default.Model.Labels.Should().Equal(recorded.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public void EmbeddedModel_IsTheFileInTheRepository()
    {
        using var embedded = typeof(ClaimTypeClassifier).Assembly.GetManifestResourceStream(ClaimTypeClassifier.ModelResourceName)!;
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);

        copy.ToArray().Should().Equal(File.ReadAllBytes(Path.Combine(ClassificationFolder, "Model", "claim-types.zip")));
    }

    [Fact]
    public void Compute_SameExamples_IgnoresIdsAndSourcesButNotOrder()
    {
        LabeledText[] examples = [new("a b", "x") { Id = "1", Source = "p" }, new("c", "y")];

        var fingerprint = TrainingDataFingerprint.Compute(examples);

        fingerprint.Should().MatchRegex("^[0-9a-f]{64}$");
        TrainingDataFingerprint.Compute([new("a b", "x"), new("c", "y") { Source = "q" }]).Should().Be(fingerprint);
        TrainingDataFingerprint.Compute([examples[1], examples[0]]).Should().NotBe(fingerprint);
        TrainingDataFingerprint.Compute([new("a b", "y"), new("c", "y")]).Should().NotBe(fingerprint);
    }
}
