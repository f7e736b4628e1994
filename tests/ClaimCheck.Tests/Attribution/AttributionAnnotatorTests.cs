using ClaimCheck.Attribution;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Tests.Cli;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="AttributionAnnotator"/>: the stage as a whole — user lexicons, spans, documents read one after another.</summary>
public sealed class AttributionAnnotatorTests : IDisposable
{
    private const string Sentences =
        "The water board said 1,400 homes had no supply. According to the regional council, 300 homes were destroyed. "
        + "State television reported, citing the Red Cross as saying that the storm left 812 people dead. "
        + "Police gave a far lower crowd estimate of 40,000. The ferry carried 300 passengers, as reported by the Harbour Gazette. "
        + "Following a briefing from the water board, councillor Ana Ruiz said 300 wells were dry. She said 20 more would close. "
        + "Ana Ruiz, a spokeswoman for the port authority, said 12 cranes were damaged. “We counted 500 boats,” said harbour master Lena Holt. "
        + "The deputy mayor was quoted as saying 200 homes were flooded. One of the organisers said 40,000 people marched.";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimcheck-attribution-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Annotate_EveryCueKind_SetsTheSpanWhereTheSourceIsNamedInItsSentence()
    {
        var document = AttributionProbe.Annotate(Sentences);
        var layer = document.GetLayer<AttributionLayer>();
        var cues = 0;

        for (var s = 0; s < document.Sentences.Length; s++)
        {
            foreach (var cue in layer.In(s).Cues)
            {
                cue.Source.Should().NotBeNull();
                cue.Source!.Span.Should().NotBeNull("'{0}' names its source", document.Sentences[s].Span.Slice(Sentences).ToString());
                document.Sentences[s].Span.Contains(cue.Source.Span!.Value).Should().BeTrue();
                cue.Source.Cue.Should().NotBeNullOrEmpty();
                cues++;
            }
        }

        cues.Should().Be(12, "each sentence names one source (the briefing and the citation inform the verb after them), and the harbour master's “We counted” is a cue of its own inside his quote");
    }

    [Fact]
    public void Annotate_SameDocumentTwice_GivesTheSameSourcesWhateverWasReadBetween()
    {
        var first = Sources(AttributionProbe.Annotate(Sentences));
        AttributionProbe.Annotate("Fire chief Lena Holt said 300 homes burned. She said 20 more were at risk.");

        Sources(AttributionProbe.Annotate(Sentences)).Should().Equal(first);
    }

    [Fact]
    public void Annotate_WithoutATimeLayer_StillSkipsWordsBeforeTheVerb()
    {
        var document = AnnotatedDocument.Create(new Document("d", "The Red Cross has also said 300 people died."), Lexicon.BuiltIn);
        document = ClaimCheck.Entities.EntityRecognizer.Instance.Annotate(document, CancellationToken.None);

        var annotated = AttributionAnnotator.Instance.Annotate(document, CancellationToken.None);

        annotated.GetLayer<AttributionLayer>().In(0).Cues.Should().ContainSingle().Which.Source!.Organization.Should().Be("Red Cross");
    }

    [Theory]
    [InlineData("reporting-verb\taverred\tasserted\n", "The union averred that 30,000 workers joined the strike.", null, "union", "averred")]
    [InlineData("organisation\tTamsin Harrow\tTamsin Harrow\n", "Tamsin Harrow said 40 families were housed.", null, "Tamsin Harrow", "said")]
    [InlineData("attribution-word\tconvenor\ttitle\n", "Union convenor Ana Ruiz said 300 workers struck.", "Ana Ruiz", "Union", "said")]
    public void Extract_UserLexiconEntry_TakesEffectInAttribution(string lines, string text, string? speaker, string organization, string cue)
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(TestLexicons.Header + lines, "user.tsv")).Build();

        var source = pipeline.Extract(new Document("d", text)).First(c => c.Quantity is not null).Attribution;

        source.Should().NotBeNull();
        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be(organization);
        source.Cue.Should().Be(cue);
        var builtIn = ClaimChecker.DefaultPipeline.Extract(new Document("d", text)).First(c => c.Quantity is not null).Attribution;
        builtIn.Should().NotBe(source, "the entry changes what the built-in lexicon reads");
    }

    [Fact]
    public void Extract_UserDenialVerb_NegatesTheClaim()
    {
        var pipeline = new ClaimPipelineBuilder().AddLexicon(Lexicon.Parse(TestLexicons.Header + "reporting-verb\tgainsaid\tdenied\n", "user.tsv")).Build();

        var claim = pipeline.Extract(new Document("d", "The army gainsaid that 5,000 troops had crossed the border.")).First(c => c.Quantity is not null);

        claim.Attribution!.Organization.Should().Be("army");
        claim.Polarity.Should().Be(Claims.Polarity.Negated);
    }

    [Fact]
    public void CheckCommand_LexiconWithAReportingVerb_AttributesTheClaim()
    {
        var lexicon = Write("verbs.tsv", TestLexicons.Header + "reporting-verb\taverred\tasserted\n");
        var article = Write("a.txt", "The union averred that 30,000 workers joined the strike.");

        var (exitCode, output, error) = CliHarness.Run(["check", article, "--lexicon", lexicon, "--format", "json"]);

        exitCode.Should().Be(0, error);
        output.Should().Contain("\"cue\": \"averred\"");
        CliHarness.Run(["check", article, "--format", "json"]).Output.Should().NotContain("averred\"");
    }

    private static List<string> Sources(AnnotatedDocument document)
    {
        var layer = document.GetLayer<AttributionLayer>();
        return [.. Enumerable.Range(0, document.Sentences.Length).SelectMany(s => layer.In(s).Cues).Select(c => c.Source?.DisplayName ?? "-")];
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
