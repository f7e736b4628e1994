using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Cases a code review found wrong, kept so they stay right.</summary>
public class ComparisonRegressionTests
{
    private const string Wire = "Chile deployed 1,200 firefighters to the blaze on Sunday, officials said.";
    private const string Local = "Chile has deployed about 4,000 firefighters to the blaze, the interior ministry said.";

    [Fact]
    public void Check_DocumentsPublishedOnDifferentDays_StillReportTheDiscrepancy()
    {
        var report = ClaimChecker.Check(
        [
            new Document("wire", Wire, published: new DateOnly(2024, 2, 5)),
            new Document("local", Local, published: new DateOnly(2024, 2, 6)),
        ]);

        report.Findings.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.NumericDiscrepancy);
    }

    [Fact]
    public void Compare_BoundsInAnyDocumentOrder_GiveTheSameFindings()
    {
        Claim Bound(string document, Quantity quantity) => new()
        {
            Id = $"{document}#1", DocumentId = document, Span = new ClaimCheck.Text.TextSpan(0, 1), Text = "x", Type = ClaimType.Quantity,
            Subject = "Chile", Measure = "people", Quantity = quantity,
        };
        var person = Unit.Count("person");
        var first = new[] { Bound("a", Quantity.AtLeast(1_000, person)), Bound("b", Quantity.Create(2_000, Qualifier.AtMost, person)), Bound("c", Quantity.AtLeast(5_000, person)) };
        var renamed = new[] { Bound("z", Quantity.AtLeast(1_000, person)), Bound("b", Quantity.Create(2_000, Qualifier.AtMost, person)), Bound("c", Quantity.AtLeast(5_000, person)) };
        var documents = new[] { "a", "b", "c", "z" }.Select(id => new Document(id, "x")).ToArray();

        var kinds = new ClaimComparer().Compare(first, documents).Select(f => f.Kind);
        var renamedKinds = new ClaimComparer().Compare(renamed, documents).Select(f => f.Kind);

        kinds.Should().Equal(renamedKinds);
        kinds.Should().Equal([FindingKind.NumericDiscrepancy], "'at most 2,000' and 'at least 5,000' cannot both hold");
    }

    [Fact]
    public void Check_TotalsTwoMonthsApartThenFourMonths_ShowTheFirstTwoAsATimeline()
    {
        var report = ClaimChecker.Check(
        [
            new Document("jan", "The death toll in Peru rose to 1,000 on January 1, 2025, officials said.", published: new DateOnly(2025, 1, 2)),
            new Document("mar", "The death toll in Peru rose to 2,000 on March 1, 2025, officials said.", published: new DateOnly(2025, 3, 2)),
            new Document("may", "The death toll in Peru rose to 3,000 on May 1, 2025, officials said.", published: new DateOnly(2025, 5, 2)),
        ]);

        var evolution = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Evolution).Subject;
        evolution.ClaimIds.Select(id => id[..id.IndexOf('#', StringComparison.Ordinal)]).Should().BeEquivalentTo(["jan", "mar"]);
    }

    [Fact]
    public void Check_AffirmedForOnePlaceDeniedForAnother_IsNoPolarityConflict()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "North Korea has sent troops to Russia, the Pentagon said."),
            new Document("b", "North Korea has not sent troops to Ukraine, a spokesman said."),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void IndependentOrigins_TwoPeopleWithOneSurname_AreTwoOrigins()
    {
        Claim From(string document, string speaker) => new()
        {
            Id = $"{document}#1", DocumentId = document, Span = new ClaimCheck.Text.TextSpan(0, 1), Text = "x", Type = ClaimType.Quantity,
            Subject = "Chile", Measure = "people", Quantity = Quantity.Exactly(1_200, Unit.Count("person")),
            Attribution = new ClaimCheck.Attribution.Attribution(speaker, null, null, null, "said", null),
        };

        Origins.IndependentOrigins([From("a", "John Smith"), From("b", "Anna Smith")]).Should().Be(2);
        Origins.IndependentOrigins([From("a", "John Smith"), From("b", "John Smith")]).Should().Be(1);
    }

    [Fact]
    public void Extract_ExactlyAsManyClaimsAsTheLimit_DoesNotThrow()
    {
        var pipeline = new ClaimPipelineBuilder().UseMaxClaimsPerDocument(1).Build();

        var act = () => pipeline.Check([new Document("one", "Chile deployed 1,200 firefighters to the blaze. The weather was hot.")]);

        act.Should().NotThrow();
    }

    [Fact]
    public void Extract_TwoSourcesInOneSentence_TheFirstClaimKeepsItsOwnSourceAndPlace()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("d",
            "The health ministry said 300 people died in Chile, while Red Cross spokesman John Smith said 500 people died in Chile."));

        var first = claims.Single(c => c.Quantity is { Value: 300 });
        first.Attribution!.Organization.Should().Be("health ministry");
        first.Subject.Should().Be("Chile");
        claims.Single(c => c.Quantity is { Value: 500 }).Subject.Should().Be("Chile", "the speaker's body is not what the figure is about");
    }

    [Fact]
    public async Task ExtractAsync_NullDocument_ThrowsArgumentNull()
    {
        static async IAsyncEnumerable<Document> WithNull()
        {
            await Task.Yield();
            yield return null!;
        }

        var act = async () =>
        {
            await foreach (var _ in ClaimChecker.DefaultPipeline.ExtractAsync(WithNull()))
            {
            }
        };

        await act.Should().ThrowAsync<ArgumentNullException>();
    }
}
