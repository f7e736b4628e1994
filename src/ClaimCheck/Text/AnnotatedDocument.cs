using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Text;

/// <summary>A document read once into sentences and tokens, with one immutable layer of mentions added by each recogniser.</summary>
/// <remarks>
/// <para>The text is kept once (<see cref="Document"/>); sentences, tokens and every mention are offsets into it. A stage
/// (<see cref="IAnnotator"/>) reads the layers earlier stages added and returns a new document with its own layer
/// (<see cref="WithLayer{TLayer}"/>); nothing is re-parsed and nothing is changed in place. Token indices in layers are relative to
/// their sentence (<see cref="TokensOf"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AnnotatedDocument
{
    private readonly Token[] _tokens;
    private readonly int[] _sentenceTokenStarts;
    private readonly FrozenDictionary<Type, object> _layers;

    private AnnotatedDocument(Document document, Lexicon lexicon, ImmutableArray<Sentence> sentences, Token[] tokens, int[] sentenceTokenStarts,
        FrozenDictionary<Type, object> layers)
    {
        Document = document;
        Lexicon = lexicon;
        Sentences = sentences;
        _tokens = tokens;
        _sentenceTokenStarts = sentenceTokenStarts;
        _layers = layers;
    }

    /// <summary>The document, whose text every span points into.</summary>
    public Document Document { get; }

    /// <summary>The document's text.</summary>
    public string Text => Document.Text;

    /// <summary>The lexicon the recognisers read (the built-in one and any the pipeline was given).</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The sentences, in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Every token of the document, sentence by sentence.</summary>
    public ImmutableArray<Token> Tokens => ImmutableCollectionsMarshal.AsImmutableArray(_tokens);

    /// <summary>How many sentences were cut from runs of text longer than the sentence limit.</summary>
    public int SplitSentences { get; private init; }

    /// <summary>Splits <paramref name="document"/> into sentences and tokens.</summary>
    /// <param name="document">The document.</param>
    /// <param name="lexicon">The lexicon the recognisers will read.</param>
    /// <param name="maxSentenceLength">The longest sentence (<see cref="SentenceSegmenter.Split(string, int)"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="lexicon"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSentenceLength"/> is below 1.</exception>
    public static AnnotatedDocument Create(Document document, Lexicon lexicon, int maxSentenceLength = SentenceSegmenter.DefaultMaxSentenceLength)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lexicon);
        var sentences = SentenceSegmenter.Split(document.Text, maxSentenceLength);
        var tokens = new List<Token>(document.Text.Length / 5);
        var starts = new int[sentences.Length + 1];
        var split = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            starts[i] = tokens.Count;
            Tokenizer.Tokenize(document.Text, sentences[i].Span, tokens);
            if (sentences[i].IsSplit)
            {
                split++;
            }
        }

        starts[sentences.Length] = tokens.Count;
        return new AnnotatedDocument(document, lexicon, sentences, [.. tokens], starts, FrozenDictionary<Type, object>.Empty) { SplitSentences = split };
    }

    /// <summary>The tokens of one sentence.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is not a sentence index.</exception>
    public ReadOnlySpan<Token> TokensOf(int sentence) => TokenSegment(sentence);

    /// <summary>The tokens of one sentence, as the recognisers index them.</summary>
    internal ArraySegment<Token> TokenSegment(int sentence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentence, Sentences.Length);
        var start = _sentenceTokenStarts[sentence];
        return new ArraySegment<Token>(_tokens, start, _sentenceTokenStarts[sentence + 1] - start);
    }

    /// <summary>The layer of type <typeparamref name="TLayer"/>.</summary>
    /// <exception cref="InvalidOperationException">No stage added such a layer; the message names it.</exception>
    public TLayer GetLayer<TLayer>()
        where TLayer : class =>
        TryGetLayer<TLayer>(out var layer)
            ? layer
            : throw new InvalidOperationException(
                $"The document has no {typeof(TLayer).Name}: the stage that adds it did not run (check the pipeline's annotators and their order).");

    /// <summary>The layer of type <typeparamref name="TLayer"/>, if a stage added one.</summary>
    public bool TryGetLayer<TLayer>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TLayer? layer)
        where TLayer : class
    {
        if (_layers.TryGetValue(typeof(TLayer), out var found))
        {
            layer = (TLayer)found;
            return true;
        }

        layer = null;
        return false;
    }

    /// <summary>This document with <paramref name="layer"/> added, replacing any layer of the same type.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="layer"/> is null.</exception>
    public AnnotatedDocument WithLayer<TLayer>(TLayer layer)
        where TLayer : class
    {
        ArgumentNullException.ThrowIfNull(layer);
        var layers = new Dictionary<Type, object>(_layers) { [typeof(TLayer)] = layer };
        return new AnnotatedDocument(Document, Lexicon, Sentences, _tokens, _sentenceTokenStarts, layers.ToFrozenDictionary())
        {
            SplitSentences = SplitSentences,
        };
    }
}
