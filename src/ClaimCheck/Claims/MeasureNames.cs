namespace ClaimCheck.Claims;

/// <summary>How measure names are built: a measure, then the part of the people it counts after " · " ("deaths · children").</summary>
internal static class MeasureNames
{
    /// <summary>The separator between a measure and the part of the people it counts.</summary>
    public const string PartSeparator = " · ";

    /// <summary>A measure without the part of the people it counts ("deaths" for "deaths · children").</summary>
    public static string Base(string measure)
    {
        var at = measure.IndexOf(PartSeparator, StringComparison.Ordinal);
        return at < 0 ? measure : measure[..at];
    }
}
