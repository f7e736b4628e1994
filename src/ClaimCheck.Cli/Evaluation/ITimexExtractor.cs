namespace ClaimCheck.Cli.Evaluation;

/// <summary>The time-expression extraction the <c>eval timex</c> command scores; an adapter over ClaimCheck's extractor.</summary>
internal interface ITimexExtractor
{
    /// <summary>Extracts and normalises the time expressions of <paramref name="text"/>, resolving relative ones against <paramref name="documentCreationDate"/>.</summary>
    IReadOnlyList<PredictedTimex> Extract(string text, DateOnly documentCreationDate);
}

/// <summary>One time expression found by the system under evaluation.</summary>
/// <param name="Start">Offset of the first character in the text given to the extractor.</param>
/// <param name="Length">Number of characters; at least 1.</param>
/// <param name="Type">TimeML type: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</param>
/// <param name="Value">TimeML value: <c>2013-03-22</c>, <c>P1M</c>, <c>PRESENT_REF</c>, <c>XXXX-WXX-1</c>, …</param>
internal sealed record PredictedTimex(int Start, int Length, string Type, string Value)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}
