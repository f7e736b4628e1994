using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// The held-out slice of news data: the texts of about one source in five (20%), chosen by a stable hash of the
/// source id, so every sentence of a page lands on the same side and the split never changes as files grow.
/// <see cref="TextClassifierTrainer"/> never trains on it; <c>claimcheck eval classifier --held-out</c> scores on it.
/// </summary>
/// <remarks>
/// A source is held out when the first four bytes of the SHA-256 of its UTF-8 id, read as a big-endian unsigned
/// integer, modulo 100, are below <see cref="Percent"/>. Texts without a <see cref="LabeledText.Source"/> (the
/// written claim-type sentences, ClaimBuster) are never held out. The share of sentences held out is only about
/// 20%: sources differ in size.
/// </remarks>
public static class HeldOutSlice
{
    /// <summary>The share of sources held out, in percent: 20.</summary>
    public const int Percent = 20;

    /// <summary>Whether a source's texts are held out.</summary>
    /// <param name="source">A source id, or <see langword="null"/> for a text without one (never held out).</param>
    /// <returns><see langword="true"/> when the source belongs to the held-out slice.</returns>
    public static bool Contains(string? source)
    {
        if (string.IsNullOrEmpty(source))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(source), hash);
        var value = ((uint)hash[0] << 24) | ((uint)hash[1] << 16) | ((uint)hash[2] << 8) | hash[3];
        return value % 100 < Percent;
    }

    /// <summary>Splits examples into those a model may train on and the held-out slice, each in input order.</summary>
    /// <param name="examples">The examples.</param>
    /// <returns>The training part and the held-out part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or one of its items is <see langword="null"/>.</exception>
    public static (IReadOnlyList<LabeledText> Training, IReadOnlyList<LabeledText> HeldOut) Split(IEnumerable<LabeledText> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var training = new List<LabeledText>();
        var heldOut = new List<LabeledText>();
        foreach (var example in examples)
        {
            ArgumentNullException.ThrowIfNull(example, nameof(examples));
            (Contains(example.Source) ? heldOut : training).Add(example);
        }

        return (training, heldOut);
    }
}
