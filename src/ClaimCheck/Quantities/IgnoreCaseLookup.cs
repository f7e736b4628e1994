using System.Collections.Frozen;
using System.Text;

namespace ClaimCheck.Quantities;

/// <summary>A frozen look-up by span that keeps ASCII keys apart from the others, so that a look-up of an ASCII word (nearly every
/// word of English news) takes the frozen dictionary's fast ASCII hashing even when the keys include "₵", "złoty" or "ரூ"; and that
/// turns most misses away before hashing, by a filter on a word's length and its first and last letters.</summary>
/// <typeparam name="T">What a key stands for.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class IgnoreCaseLookup<T>
{
    /// <summary>Words longer than this share the filter of this length.</summary>
    private const int FilterLengths = 32;

    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _ascii;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _other;
    private readonly bool _hasOther;
    private readonly ulong[] _filter = new ulong[FilterLengths];

    /// <summary>Builds the look-up with <paramref name="comparer"/> (ordinal, or ordinal ignoring case).</summary>
    public IgnoreCaseLookup(IEnumerable<KeyValuePair<string, T>> pairs, StringComparer comparer)
    {
        var ascii = new Dictionary<string, T>(comparer);
        var other = new Dictionary<string, T>(comparer);
        foreach (var (key, value) in pairs)
        {
            if (Ascii.IsValid(key))
            {
                ascii[key] = value;
                if (key.Length > 0)
                {
                    _filter[Math.Min(key.Length, FilterLengths - 1)] |= FilterBit(key);
                }
            }
            else
            {
                other[key] = value;
            }
        }

        _ascii = ascii.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        _other = other.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        _hasOther = other.Count > 0;
    }

    /// <summary>What <paramref name="key"/> stands for, if it is a key.</summary>
    /// <remarks>A word with other characters than ASCII never equals an ASCII key, so the ASCII keys are tried first and the word is
    /// checked for other characters only when some key has them.</remarks>
    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        if (MayHold(key) && _ascii.TryGetValue(key, out value!))
        {
            return true;
        }

        value = default!;
        return _hasOther && !Ascii.IsValid(key) && _other.TryGetValue(key, out value!);
    }

    /// <summary>Whether <paramref name="key"/> is a key.</summary>
    public bool ContainsKey(ReadOnlySpan<char> key) =>
        (MayHold(key) && _ascii.ContainsKey(key)) || (_hasOther && !Ascii.IsValid(key) && _other.ContainsKey(key));

    // One of 64 bits from the first and last characters, folded to lower case (an ASCII letter's case is bit 0x20).
    private static ulong FilterBit(ReadOnlySpan<char> word) => 1UL << (((word[0] | 0x20) ^ ((word[^1] | 0x20) * 7)) & 63);

    private bool MayHold(ReadOnlySpan<char> key) =>
        key.Length > 0 && (_filter[Math.Min(key.Length, FilterLengths - 1)] & FilterBit(key)) != 0;
}
