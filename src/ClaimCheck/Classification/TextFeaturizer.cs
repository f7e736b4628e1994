using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ClaimCheck.Classification;

/// <summary>
/// Turns text into a sparse, hashed bag of normalised word n-grams and character n-grams, the way
/// ML.NET's text featurizer does, without allocating per call.
/// </summary>
/// <remarks>
/// <para>Normalisation: letters and digits are lower-cased (digits optionally mapped to <c>0</c>) and form
/// words; apostrophes inside words are dropped (<c>don't</c> → <c>dont</c>); the symbols
/// <c>? ! % $ € £</c> and quotation marks (straight or curly, all mapped to <c>"</c>) are one-character
/// words of their own; everything else separates words. The normalised text is the words joined by
/// single spaces with one space before and after.</para>
/// <para>Word n-grams are hashed from per-word hashes; character n-grams slide over the normalised text,
/// spaces included, so they see word boundaries. Hashes are FNV-1a over the normalised characters with a
/// final avalanche, computed on the fly: no substring is ever created. Only the first
/// <see cref="MaxTextLength"/> characters are read.</para>
/// <para>Instances are immutable and thread-safe; scratch space comes from <see cref="FeatureScratch"/>.</para>
/// </remarks>
internal sealed class TextFeaturizer
{
    /// <summary>Characters beyond this many are ignored, bounding the work on pathological input.</summary>
    public const int MaxTextLength = 20_000;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint WordSeed = 0x9E3779B1;
    private const uint CharSeed = 0x85EBCA77;

    private static readonly SearchValues<char> SymbolWords = SearchValues.Create("?!%$€£\"“”„«»");
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’");

    private readonly uint _mask;

    public TextFeaturizer(FeaturizerSettings settings)
    {
        Settings = settings;
        _mask = (uint)settings.Dimension - 1;
    }

    public FeaturizerSettings Settings { get; }

    /// <summary>
    /// Writes the distinct feature indices of <paramref name="text"/> in order of first occurrence, with their term
    /// weights (raw or sublinear TF; no IDF, not normalised), into <paramref name="scratch"/>.
    /// </summary>
    /// <returns>The number of distinct features.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Extract(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var s = Settings;
        var normalized = scratch.Chars(text.Length * 2 + 2);
        var wordStarts = scratch.WordStarts(text.Length + 1);
        var words = Normalize(text, normalized, wordStarts, s.NormalizeDigits, out var length);
        var span = normalized.AsSpan(0, length);

        var wordGrams = s.WordNgramMaxLength == 0 ? 0 : words * (s.WordNgramMaxLength - s.WordNgramMinLength + 1);
        var charGrams = s.CharNgramMaxLength == 0 ? 0 : length * (s.CharNgramMaxLength - s.CharNgramMinLength + 1);
        var bag = new FeatureBag(scratch, wordGrams + charGrams);

        if (s.WordNgramMaxLength > 0 && words > 0)
        {
            var wordHashes = scratch.WordHashes(words);
            for (var w = 0; w < words; w++)
            {
                var start = wordStarts[w];
                var end = span[start..].IndexOf(' ') + start;
                wordHashes[w] = Avalanche(Fnv(FnvOffset, span[start..end]));
            }

            for (var w = 0; w < words; w++)
            {
                var h = WordSeed;
                var last = Math.Min(words, w + s.WordNgramMaxLength);
                for (var k = w; k < last; k++)
                {
                    h = (BitOperations.RotateLeft(h, 5) ^ wordHashes[k]) * FnvPrime;
                    var n = k - w + 1;
                    if (n >= s.WordNgramMinLength)
                    {
                        bag.Add((int)(Avalanche(h + (uint)n) & _mask));
                    }
                }
            }
        }

        if (s.CharNgramMaxLength > 0)
        {
            for (var i = 0; i < length; i++)
            {
                var h = FnvOffset ^ CharSeed;
                var last = Math.Min(length, i + s.CharNgramMaxLength);
                for (var k = i; k < last; k++)
                {
                    h = (h ^ span[k]) * FnvPrime;
                    var n = k - i + 1;
                    if (n >= s.CharNgramMinLength)
                    {
                        bag.Add((int)(Avalanche(h ^ ((uint)n << 24)) & _mask));
                    }
                }
            }
        }

        return bag.Finish(s.SublinearTf);
    }

    /// <summary>Applies optional per-feature scales (IDF; features scaled to 0 vanish) and L2-normalises.</summary>
    /// <remarks>The arithmetic is exactly that of <see cref="TextClassifierModel.Predict(ReadOnlySpan{char}, Span{float})"/>.</remarks>
    /// <returns>The number of features left.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Weigh(Span<int> indices, Span<float> values, ReadOnlySpan<float> scales)
    {
        var kept = 0;
        var squares = 0f;
        for (var i = 0; i < indices.Length; i++)
        {
            var v = scales.IsEmpty ? values[i] : values[i] * scales[indices[i]];
            if (v != 0)
            {
                indices[kept] = indices[i];
                values[kept++] = v;
                squares += v * v;
            }
        }

        if (squares > 0)
        {
            var inverseNorm = 1f / MathF.Sqrt(squares);
            for (var i = 0; i < kept; i++)
            {
                values[i] *= inverseNorm;
            }
        }

        return kept;
    }

    /// <summary>Writes the normalised text (see the type remarks) and the start of each word.</summary>
    /// <returns>The number of words.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Normalize(ReadOnlySpan<char> text, Span<char> output, Span<int> wordStarts, bool normalizeDigits, out int length)
    {
        var o = 0;
        var words = 0;
        var inWord = false;
        output[o++] = ' ';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    wordStarts[words++] = o;
                    inWord = true;
                }

                output[o++] = normalizeDigits && char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            }
            else if (inWord && Apostrophes.Contains(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // An apostrophe inside a word joins its two halves.
            }
            else
            {
                if (inWord)
                {
                    output[o++] = ' ';
                    inWord = false;
                }

                if (SymbolWords.Contains(c))
                {
                    wordStarts[words++] = o;
                    output[o++] = c is '$' or '€' or '£' or '?' or '!' or '%' ? c : '"';
                    output[o++] = ' ';
                }
            }
        }

        if (inWord)
        {
            output[o++] = ' ';
        }

        length = o;
        return words;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fnv(uint h, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            h = (h ^ c) * FnvPrime;
        }

        return h;
    }

    /// <summary>The MurmurHash3 32-bit finaliser: spreads FNV's weak low bits over the whole word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Avalanche(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>Counts feature occurrences in an open-addressing table, keeping distinct features in first-seen order.</summary>
    private ref struct FeatureBag
    {
        private readonly Span<int> _table;
        private readonly int[] _indices;
        private readonly float[] _values;
        private readonly int _tableMask;
        private int _count;

        public FeatureBag(FeatureScratch scratch, int capacity)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, capacity * 2));
            _table = scratch.Table(size).AsSpan(0, size);
            _table.Clear();
            _tableMask = size - 1;
            _indices = scratch.FeatureIndices(capacity);
            _values = scratch.FeatureValues(capacity);
            _count = 0;
        }

        /// <summary>Counts one occurrence of <paramref name="index"/> (a hash, so its low bits are already well spread).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int index)
        {
            var slot = index & _tableMask;
            while (true)
            {
                var entry = _table[slot];
                if (entry == 0)
                {
                    _indices[_count] = index;
                    _values[_count] = 1;
                    _table[slot] = ++_count;
                    return;
                }

                if (_indices[entry - 1] == index)
                {
                    _values[entry - 1]++;
                    return;
                }

                slot = (slot + 1) & _tableMask;
            }
        }

        /// <summary>Applies sublinear TF if asked.</summary>
        /// <returns>The number of distinct features.</returns>
        public readonly int Finish(bool sublinear)
        {
            if (sublinear)
            {
                for (var i = 0; i < _count; i++)
                {
                    _values[i] = 1f + MathF.Log(_values[i]);
                }
            }

            return _count;
        }
    }
}
