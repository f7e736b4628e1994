namespace ClaimCheck.Claims;

/// <summary>How measure names are built: a measure, then the part of the people it counts after " · " ("deaths · children").</summary>
internal static class MeasureNames
{
    /// <summary>The separator between a measure and the part of the people it counts.</summary>
    public const string PartSeparator = " · ";

    /// <summary>The measure of a percentage whose text says neither of what it is a share nor what rate it is ("rose to 26%", "a 26%
    /// share"); a share-measure word, a compound ending in "share" or "rate", or a holder names others ("turnout", "market share",
    /// "share of vote · Arvelo").</summary>
    public const string Share = "share";

    /// <summary>The measure of a percentage given as a rate of nothing the text names ("the rate fell to 4%").</summary>
    public const string Rate = "rate";

    /// <summary>Whether a measure counts a whole, not a part of the people it counts ("deaths", not "deaths · children").</summary>
    public static bool IsWhole(string measure) => !measure.Contains(PartSeparator, StringComparison.Ordinal);

    /// <summary>A measure without the part of the people it counts ("deaths" for "deaths · children").</summary>
    public static string Base(string measure)
    {
        var at = measure.IndexOf(PartSeparator, StringComparison.Ordinal);
        return at < 0 ? measure : measure[..at];
    }
}
