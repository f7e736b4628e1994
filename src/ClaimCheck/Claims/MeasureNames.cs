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

    /// <summary>The measure of an amount of money whose text names nothing it is ("$35 million", "a further 90 million euros").</summary>
    public const string UnnamedMoney = "amount";

    /// <summary>The suffix of the size of a rise in a percentage or in money ("price rise").</summary>
    public const string RiseSuffix = " rise";

    /// <summary>The suffix of the size of a fall in a percentage or in money ("cost fall").</summary>
    public const string FallSuffix = " fall";

    /// <summary>The separator before the period or unit a measure is a rate per ("cost per week", "people per square metre").</summary>
    public const string PerSeparator = " per ";

    /// <summary>The suffixes that may follow a measure's name, in the order they are added: a change, then a period or unit.</summary>
    private static readonly string[] NameSuffixes = [RiseSuffix, FallSuffix, PerSeparator];

    /// <summary>Whether a measure counts a whole, not a part of the people it counts ("deaths", not "deaths · children").</summary>
    public static bool IsWhole(string measure) => !measure.Contains(PartSeparator, StringComparison.Ordinal);

    /// <summary>A measure split into its name and the change and period after it ("cost", " rise per week" for "cost rise per
    /// week"); the suffix is empty when there is none.</summary>
    public static (string Name, string Suffix) SplitSuffix(string measure)
    {
        var nameEnd = measure.Length;
        foreach (var suffix in NameSuffixes)
        {
            var at = measure.IndexOf(suffix, StringComparison.Ordinal);
            if (at > 0 && at < nameEnd)
            {
                nameEnd = at;
            }
        }

        return (measure[..nameEnd], measure[nameEnd..]);
    }

    /// <summary>What a part's whole is named by after the part separator ("deaths · of 23", the part of a toll of 23 a report gives).</summary>
    public const string OfWhole = "of ";

    /// <summary>The measure a part is compared under: a part that names who it counts and then the figure of the whole its report took it
    /// from ("deaths · children · of 23" for "23 died, six of them children") is that named part, whatever whole each report gives, so
    /// it meets another report's "Thirty people, six of them children, died" ("deaths · children") and a later "25 died, six of them
    /// children", while the whole (its own slot) and a part named by its whole alone ("deaths · of 23") keep apart. Any other measure is
    /// itself.</summary>
    public static string NamedPartWithoutWhole(string measure)
    {
        // Only a part of a whole its report gives a figure for ("deaths · children · of 31"), not of a listed total or a named set
        // ("deaths · of a listed total", "deaths · of the injured").
        var at = measure.LastIndexOf(PartSeparator + OfWhole, StringComparison.Ordinal);
        var figure = at + PartSeparator.Length + OfWhole.Length;
        return at > Base(measure).Length && figure < measure.Length && char.IsAsciiDigit(measure[figure]) ? measure[..at] : measure;
    }

    /// <summary>A measure without the part of the people it counts ("deaths" for "deaths · children").</summary>
    public static string Base(string measure)
    {
        var at = measure.IndexOf(PartSeparator, StringComparison.Ordinal);
        return at < 0 ? measure : measure[..at];
    }
}
