using ClaimCheck.Attribution;
using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Lexicons;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;
using Source = ClaimCheck.Attribution.Attribution;

namespace ClaimCheck.Tests.Attribution;

/// <summary>Runs the stages up to attribution on a text and reads its attribution layer, as the claims stage does.</summary>
internal static class AttributionProbe
{
    private static readonly IAnnotator[] Stages =
        [EntityRecognizer.Instance, QuantityRecognizer.Default, TimeExpressionRecognizer.Default, AttributionAnnotator.Instance];

    public static AnnotatedDocument Annotate(string text, Lexicon? lexicon = null)
    {
        var document = AnnotatedDocument.Create(new Document("d", text, published: new DateOnly(2024, 5, 6)), lexicon ?? Lexicon.BuiltIn);
        foreach (var stage in Stages)
        {
            document = stage.Annotate(document, CancellationToken.None);
        }

        return document;
    }

    /// <summary>The source and cue of a claim whose key token is the first token reading <paramref name="token"/> (a figure such as
    /// "40,000", or a word), in the first sentence that holds it.</summary>
    public static (Source? Source, ReportingCue? Cue) At(string text, string token, Lexicon? lexicon = null)
    {
        var document = Annotate(text, lexicon);
        var layer = document.GetLayer<AttributionLayer>();
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var tokens = document.TokensOf(s);
            for (var t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Span.Slice(text).SequenceEqual(token))
                {
                    return layer.In(s).For(t);
                }
            }
        }

        throw new ArgumentException($"'{token}' is not a token of '{text}'.", nameof(token));
    }

    /// <summary>The source of the claim at <paramref name="token"/>.</summary>
    public static Source? SourceAt(string text, string token, Lexicon? lexicon = null) => At(text, token, lexicon).Source;

    /// <summary>The text of the source's span, or null.</summary>
    public static string? SpanText(string text, Source? source) => source?.Span is { } span ? span.Slice(text).ToString() : null;

    public static void ShouldBe(this Source? source, string? speaker, string? organization, string? role, string? cue)
    {
        if (speaker is null && organization is null && role is null && cue is null)
        {
            source.Should().BeNull();
            return;
        }

        source.Should().NotBeNull();
        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be(organization);
        source.Role.Should().Be(role);
        source.Cue.Should().Be(cue);
    }
}
