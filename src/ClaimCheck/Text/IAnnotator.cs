namespace ClaimCheck.Text;

/// <summary>A pipeline stage that reads an <see cref="AnnotatedDocument"/> and adds one layer of mentions to it.</summary>
/// <remarks>Implementations are registered in order with <see cref="ClaimPipelineBuilder.Annotators"/>; each may read the layers of the
/// stages before it. An annotator is shared by every document and thread of a pipeline: it must hold no per-document state and
/// must not throw on odd prose (return the document with an empty layer instead).</remarks>
public interface IAnnotator
{
    /// <summary>Returns <paramref name="document"/> with this stage's layer added.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken);
}
