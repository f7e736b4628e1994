using System.Collections.Immutable;

namespace ClaimCheck.Text;

/// <summary>Mentions of one kind found in a document, grouped by sentence.</summary>
/// <typeparam name="T">The mention type.</typeparam>
/// <remarks>Immutable. Build one with <see cref="SentenceLayerBuilder{T}"/>, sentence by sentence.</remarks>
public abstract class SentenceLayer<T>
{
    private readonly ImmutableArray<int> _starts;

    /// <summary>Creates a layer from its mentions and where each sentence's mentions start.</summary>
    /// <param name="mentions">Every mention, sentence by sentence.</param>
    /// <param name="sentenceStarts">For each sentence, the index of its first mention, then one more entry: the total count.</param>
    /// <exception cref="ArgumentException"><paramref name="sentenceStarts"/> is empty, not ascending, or does not end at the count.</exception>
    protected SentenceLayer(ImmutableArray<T> mentions, ImmutableArray<int> sentenceStarts)
    {
        if (sentenceStarts.IsDefaultOrEmpty || sentenceStarts[0] != 0 || sentenceStarts[^1] != (mentions.IsDefault ? 0 : mentions.Length))
        {
            throw new ArgumentException("Sentence starts must begin at 0 and end at the number of mentions.", nameof(sentenceStarts));
        }

        for (var i = 1; i < sentenceStarts.Length; i++)
        {
            if (sentenceStarts[i] < sentenceStarts[i - 1])
            {
                throw new ArgumentException("Sentence starts must not decrease.", nameof(sentenceStarts));
            }
        }

        All = mentions.IsDefault ? [] : mentions;
        _starts = sentenceStarts;
    }

    /// <summary>Every mention, sentence by sentence.</summary>
    public ImmutableArray<T> All { get; }

    /// <summary>How many sentences the layer covers.</summary>
    public int SentenceCount => _starts.Length - 1;

    /// <summary>The mentions in sentence <paramref name="sentence"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is not a sentence index of this layer.</exception>
    public ReadOnlySpan<T> In(int sentence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentence, SentenceCount);
        return All.AsSpan(_starts[sentence], _starts[sentence + 1] - _starts[sentence]);
    }
}

/// <summary>Collects a <see cref="SentenceLayer{T}"/>'s mentions sentence by sentence. Not thread-safe.</summary>
/// <typeparam name="T">The mention type.</typeparam>
public sealed class SentenceLayerBuilder<T>
{
    private readonly ImmutableArray<T>.Builder _mentions = ImmutableArray.CreateBuilder<T>();
    private readonly ImmutableArray<int>.Builder _starts = ImmutableArray.CreateBuilder<int>();

    /// <summary>Starts the next sentence; mentions added from now on belong to it.</summary>
    public void NextSentence() => _starts.Add(_mentions.Count);

    /// <summary>Adds a mention to the current sentence.</summary>
    /// <exception cref="InvalidOperationException">No sentence was started.</exception>
    public void Add(T mention)
    {
        if (_starts.Count == 0)
        {
            throw new InvalidOperationException("Call NextSentence before adding mentions.");
        }

        _mentions.Add(mention);
    }

    /// <summary>Adds mentions to the current sentence.</summary>
    /// <exception cref="InvalidOperationException">No sentence was started.</exception>
    public void AddRange(IEnumerable<T> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var mention in mentions)
        {
            Add(mention);
        }
    }

    /// <summary>The mentions and the sentence starts, ready for a layer's constructor.</summary>
    public (ImmutableArray<T> Mentions, ImmutableArray<int> SentenceStarts) Build()
    {
        var starts = _starts.ToImmutable().Add(_mentions.Count);
        return (_mentions.ToImmutable(), starts);
    }
}
