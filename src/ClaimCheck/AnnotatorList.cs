using System.Collections.ObjectModel;
using ClaimCheck.Text;

namespace ClaimCheck;

/// <summary>The ordered stages of a <see cref="ClaimPipelineBuilder"/> that annotate a document before claims are assembled.</summary>
/// <remarks>A list: add, insert, remove or replace stages by position or by type. Each stage may read the layers of the stages before
/// it; the claims stage reads the entity, quantity, time and attribution layers, so a replacement must add the same layer type.</remarks>
public sealed class AnnotatorList : Collection<IAnnotator>
{
    internal AnnotatorList(IEnumerable<IAnnotator> annotators)
        : base([.. annotators])
    {
    }

    /// <summary>The first stage of type <typeparamref name="TAnnotator"/>, or null.</summary>
    public TAnnotator? Find<TAnnotator>()
        where TAnnotator : class, IAnnotator =>
        this.OfType<TAnnotator>().FirstOrDefault();

    /// <summary>Replaces the first stage of type <typeparamref name="TAnnotator"/> with <paramref name="replacement"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="replacement"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No stage is of that type.</exception>
    public void Replace<TAnnotator>(IAnnotator replacement)
        where TAnnotator : class, IAnnotator
    {
        ArgumentNullException.ThrowIfNull(replacement);
        this[IndexOf<TAnnotator>()] = replacement;
    }

    /// <summary>Inserts <paramref name="annotator"/> just after the first stage of type <typeparamref name="TAnnotator"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="annotator"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No stage is of that type.</exception>
    public void InsertAfter<TAnnotator>(IAnnotator annotator)
        where TAnnotator : class, IAnnotator
    {
        ArgumentNullException.ThrowIfNull(annotator);
        Insert(IndexOf<TAnnotator>() + 1, annotator);
    }

    /// <inheritdoc/>
    protected override void InsertItem(int index, IAnnotator item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
    }

    /// <inheritdoc/>
    protected override void SetItem(int index, IAnnotator item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }

    private int IndexOf<TAnnotator>()
        where TAnnotator : class, IAnnotator
    {
        for (var i = 0; i < Count; i++)
        {
            if (this[i] is TAnnotator)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The pipeline has no {typeof(TAnnotator).Name} stage.");
    }
}
