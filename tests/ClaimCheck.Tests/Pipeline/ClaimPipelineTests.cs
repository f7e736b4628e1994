using ClaimCheck.Documents;
using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Pipeline;

public class ClaimPipelineTests
{
    private const string Protest = "Police said about 5,000 people joined the march in Lisbon. Portugal deployed 1,200 officers to the march.";

    [Fact]
    public void Check_DocumentLongerThanLimit_ThrowsLimitExceptionNamingLimitAndDocument()
    {
        var pipeline = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions { MaxDocumentLength = 50 }).Build();

        var act = () => pipeline.Check([new Document("long", Protest)]);

        act.Should().Throw<ClaimCheckLimitException>()
            .Where(e => e.LimitName == "MaxDocumentLength" && e.Limit == 50 && e.Actual == Protest.Length && e.DocumentId == "long")
            .WithMessage("*'long'*MaxDocumentLength*");
    }

    [Fact]
    public void Check_DocumentLongerThanLimitWithTruncate_KeepsThePrefixAndWarns()
    {
        var pipeline = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions { MaxDocumentLength = 60, LimitHandling = LimitHandling.Truncate }).Build();

        var report = pipeline.Check([new Document("long", Protest)]);

        report.Documents.Single().Text.Should().HaveLength(60);
        report.Warnings.Should().ContainSingle().Which.Should().Contain("truncated").And.Contain("MaxDocumentLength");
    }

    [Fact]
    public void Check_MoreDocumentsThanLimit_ThrowsOrSkipsWithWarning()
    {
        var documents = Enumerable.Range(0, 3).Select(i => new Document($"d{i}", Protest)).ToList();
        var strict = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions { MaxDocuments = 2 }).Build();
        var lenient = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions { MaxDocuments = 2, LimitHandling = LimitHandling.Truncate }).Build();

        strict.Invoking(p => p.Check(documents)).Should().Throw<ClaimCheckLimitException>().Which.LimitName.Should().Be("MaxDocuments");
        var report = lenient.Check(documents);
        report.Documents.Should().HaveCount(2);
        report.Warnings.Should().ContainSingle().Which.Should().Contain("MaxDocuments");
    }

    [Fact]
    public void Check_MoreClaimsThanLimitWithTruncate_KeepsTheFirstClaimsAndWarns()
    {
        var text = string.Join(" ", Enumerable.Range(1, 20).Select(i => $"Officials said {i * 100} people were evacuated."));
        var pipeline = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions { MaxClaimsPerDocument = 5, LimitHandling = LimitHandling.Truncate }).Build();

        var report = pipeline.Check([new Document("many", text)]);

        report.Claims.Should().HaveCount(5);
        report.Claims[0].Quantity!.Value.Value.Should().Be(100);
        report.Warnings.Should().ContainSingle().Which.Should().Contain("MaxClaimsPerDocument");
    }

    [Fact]
    public void Check_RunWithoutSentenceEnds_IsSplitIntoBoundedPiecesWithAWarning()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 1_000)) + "and 300 people were evacuated";
        var pipeline = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions { MaxSentenceLength = 500 }).Build();

        var report = pipeline.Check([new Document("run-on", text)]);

        report.Claims.Should().ContainSingle().Which.Quantity!.Value.Value.Should().Be(300);
        report.Claims[0].Span.Length.Should().BeLessThanOrEqualTo(500);
        report.Warnings.Should().ContainSingle().Which.Should().Contain("MaxSentenceLength");
    }

    [Theory]
    [InlineData(0, 1, 2_000, "MaxClaimsPerDocument")]
    [InlineData(10, 0, 2_000, "MaxDocumentLength")]
    [InlineData(10, 10, 99, "MaxSentenceLength")]
    public void Build_OptionOutOfRange_ThrowsNamingTheOption(int maxClaims, int maxLength, int maxSentence, string name)
    {
        var builder = new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions
        {
            MaxClaimsPerDocument = maxClaims == 0 ? 0 : 10,
            MaxDocumentLength = maxLength == 0 ? 0 : 1_000,
            MaxSentenceLength = maxSentence,
        });

        builder.Invoking(b => b.Build()).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(name);
    }

    [Fact]
    public void Check_DuplicateDocumentIds_ThrowsNamingTheId()
    {
        var act = () => ClaimChecker.Check([new Document("same", "a"), new Document("same", "b")]);

        act.Should().Throw<ArgumentException>().WithMessage("*'same'*");
    }

    [Fact]
    public async Task CheckAsync_StreamOfSeeds_GivesTheSameReportAsCheck()
    {
        var documents = SeedDocuments();

        var streamed = await ClaimChecker.DefaultPipeline.CheckAsync(ToAsync(documents));
        var direct = ClaimChecker.Check(documents);

        streamed.Claims.Should().BeEquivalentTo(direct.Claims, o => o.WithStrictOrdering());
        streamed.Findings.Should().BeEquivalentTo(direct.Findings, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ExtractAsync_ProducesClaimsBeforeTheStreamEnds()
    {
        var release = new TaskCompletionSource();
        var claims = new List<Claims.Claim>();

        await foreach (var claim in ClaimChecker.DefaultPipeline.ExtractAsync(BlockedAfterFirst(release.Task)))
        {
            claims.Add(claim);
            break; // the second document never arrives; the first one's claims must already be here
        }

        claims.Should().ContainSingle().Which.DocumentId.Should().Be("first");
        release.SetResult();
    }

    [Fact]
    public async Task CheckAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = () => ClaimChecker.DefaultPipeline.CheckAsync(ToAsync(SeedDocuments()), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Check_EightThreadsOverOnePipeline_GiveTheSingleThreadedResult()
    {
        var documents = SeedDocuments();
        var pipeline = new ClaimPipelineBuilder().Build();
        var expected = Jsonify(pipeline.Check(documents));

        var results = new string[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Jsonify(pipeline.Check(documents)));

        results.Should().OnlyContain(r => r == expected);
    }

    private static string Jsonify(ClaimCheck.Reporting.CheckReport report) => ClaimCheck.Reporting.JsonReportWriter.Write(report);

    private static List<Document> SeedDocuments() =>
        Directory.GetFiles(TestPaths.SeedsFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => new Document(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path))).ToList();

    private static async IAsyncEnumerable<Document> ToAsync(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    private static async IAsyncEnumerable<Document> BlockedAfterFirst(Task release)
    {
        yield return new Document("first", "Officials said 300 people were evacuated.");
        await release;
        yield return new Document("second", "Officials said 400 people were evacuated.");
    }
}
