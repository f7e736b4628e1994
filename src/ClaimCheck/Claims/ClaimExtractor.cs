using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What extraction produced for one document.</summary>
/// <param name="Claims">The claims, at most the claim limit.</param>
/// <param name="SplitSentences">How many pieces were cut from over-long sentences.</param>
/// <param name="ReachedClaimLimit">Whether the claim limit stopped extraction before the end of the document.</param>
internal readonly record struct DocumentExtraction(ImmutableArray<Claim> Claims, int SplitSentences, bool ReachedClaimLimit);

/// <summary>Assembles claims from one document: quantity claims for every counted or monetary amount, and proposition claims
/// for sentences that say a country sends, supplies or fights with forces or weapons.</summary>
/// <remarks>Reads the text once per sentence (tokens, entities, quantities, time, attribution) and never re-parses. One call per
/// document; the instance holds no state between calls and is thread-safe.</remarks>
internal sealed class ClaimExtractor
{
    private readonly int _maxClaimsPerDocument;

    public ClaimExtractor(int maxClaimsPerDocument)
    {
        _maxClaimsPerDocument = maxClaimsPerDocument;
    }

    public DocumentExtraction Extract(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var state = new DocumentMemory(document);
        var stopped = false;
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExtractSentence(state, i);
            if (state.Claims.Count > _maxClaimsPerDocument)
            {
                stopped = true;
                break;
            }
        }

        var claims = state.Claims.Count > _maxClaimsPerDocument ? state.Claims.ToImmutable()[.._maxClaimsPerDocument] : state.Claims.ToImmutable();
        claims = state.WithBodiesCountry(claims);
        return new DocumentExtraction(claims, document.SplitSentences, stopped || state.Claims.Count > _maxClaimsPerDocument);
    }

    private void ExtractSentence(DocumentMemory state, int index)
    {
        var document = state.Annotated;
        var s = new SentenceView(document, index);
        var attribution = document.GetLayer<AttributionLayer>().In(index);
        state.RememberOrigins(s);

        QuantityClaims.ScopePreviousFigures(state, s);
        QuantityClaims.Extract(state, s, attribution);
        QuantityClaims.NamePartsOfFigureBefore(state, s);
        PropositionClaims.ExtractPropositions(state, s, attribution);
        EventClaims.ExtractEvents(state, s, attribution);
        state.RememberAgentBody(s);
    }
}
