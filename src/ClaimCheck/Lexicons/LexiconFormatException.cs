namespace ClaimCheck.Lexicons;

/// <summary>A lexicon file is malformed: names the file, the line and the column of the first problem.</summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or name) the lexicon was read from.</param>
    /// <param name="line">The 1-based line of the problem.</param>
    /// <param name="column">The 1-based column (in characters) where the offending field starts.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    public LexiconFormatException(string source, int line, int column, string problem)
        : base($"{source}:{line}:{column}: {problem}")
    {
        SourceName = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file (or name) the lexicon was read from.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>The 1-based column where the offending field starts.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
