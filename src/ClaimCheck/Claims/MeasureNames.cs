namespace ClaimCheck.Claims;

/// <summary>How measure names are built: a measure, then the part of the people it counts after " · " ("deaths · children").</summary>
internal static class MeasureNames
{
    /// <summary>The separator between a measure and the part of the people it counts.</summary>
    public const string PartSeparator = " · ";

    /// <summary>The measure of a percentage whose text says neither of what it is a share nor what rate it is ("rose to 26%", "a 26%
    /// share"); a share-measure word or a holder names others ("turnout", "share of vote · Arvelo").</summary>
    public const string Share = "share";

    /// <summary>A measure without the part of the people it counts ("deaths" for "deaths · children").</summary>
    public static string Base(string measure)
    {
        var at = measure.IndexOf(PartSeparator, StringComparison.Ordinal);
        return at < 0 ? measure : measure[..at];
    }
}
