using System.Collections.Immutable;
using System.Collections.ObjectModel;

namespace ClaimCheck.Entities;

/// <summary>What lies in what, as texts and the lexicon say it: "Jeddah, Saudi Arabia" puts Jeddah in Saudi Arabia, "Papua New
/// Guinea's Tarvo province" puts Tarvo in Papua New Guinea, a capital lies in its country.</summary>
/// <remarks>One per document (<see cref="EntityLayer.Containment"/>); merge several (<see cref="With(PlaceContainment)"/>) for a check
/// over many documents. The first statement about a place wins; a statement that would make a cycle is ignored. Immutable and
/// thread-safe.</remarks>
public sealed class PlaceContainment
{
    private const int MaxDepth = 16;

    // Never changed after construction (a document's containment is small: a frozen dictionary would cost more to build than it saves).
    private readonly Dictionary<string, string> _within;
    private ReadOnlyDictionary<string, string>? _pairs;

    private PlaceContainment(Dictionary<string, string> within) => _within = within;

    /// <summary>No containment.</summary>
    public static PlaceContainment Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Each place and the place it lies in directly, by canonical name.</summary>
    public IReadOnlyDictionary<string, string> Pairs => _pairs ??= new ReadOnlyDictionary<string, string>(_within);

    /// <summary>How many places have a known container.</summary>
    public int Count => _within.Count;

    /// <summary>Containment from pairs of (inner, outer) names, in order: the first pair for a place wins, a pair that would make a
    /// cycle is skipped.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    public static PlaceContainment From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var within = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (inner, outer) in pairs)
        {
            TryAdd(within, inner, outer);
        }

        return within.Count == 0 ? Empty : new PlaceContainment(within);
    }

    /// <summary>This containment and then <paramref name="other"/>'s: where both place something, this one wins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public PlaceContainment With(PlaceContainment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._within.Count == 0)
        {
            return this;
        }

        if (_within.Count == 0)
        {
            return other;
        }

        return From(_within.Concat(other._within));
    }

    /// <summary>The place <paramref name="place"/> lies in directly, if known.</summary>
    public bool TryGetWithin(string place, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? outer) =>
        _within.TryGetValue(place, out outer);

    /// <summary>Whether <paramref name="inner"/> lies in <paramref name="outer"/>, directly or through places in between (a place is
    /// not in itself).</summary>
    public bool LiesWithin(string inner, string outer)
    {
        var current = inner;
        for (var depth = 0; depth < MaxDepth && _within.TryGetValue(current, out var parent); depth++)
        {
            if (parent == outer)
            {
                return true;
            }

            current = parent;
        }

        return false;
    }

    /// <summary>The places <paramref name="place"/> lies in, innermost first.</summary>
    public ImmutableArray<string> Containers(string place)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        var current = place;
        for (var depth = 0; depth < MaxDepth && _within.TryGetValue(current, out var parent); depth++)
        {
            result.Add(parent);
            current = parent;
        }

        return result.ToImmutable();
    }

    internal static bool TryAdd(Dictionary<string, string> within, string inner, string outer)
    {
        if (inner.Length == 0 || outer.Length == 0 || inner == outer || within.ContainsKey(inner))
        {
            return false;
        }

        // No cycles: outer must not already lie in inner.
        var current = outer;
        for (var depth = 0; depth < MaxDepth && within.TryGetValue(current, out var parent); depth++)
        {
            if (parent == inner)
            {
                return false;
            }

            current = parent;
        }

        within[inner] = outer;
        return true;
    }
}
