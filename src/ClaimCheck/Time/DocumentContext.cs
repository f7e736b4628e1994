namespace ClaimCheck.Time;

/// <summary>What earlier sentences of a document said that later time expressions depend on: the fiscal quarter in question
/// ("a year earlier" after "the third quarter" is the third quarter of the year before) and the last date named.</summary>
/// <remarks>Made by <see cref="TimeExpressionRecognizer"/> for one document and carried from sentence to sentence; never shared
/// between documents or threads.</remarks>
internal sealed class DocumentContext
{
    /// <summary>The last fiscal quarter named (year, 1–4), or null.</summary>
    public (int Year, int Quarter)? Quarter { get; set; }

    /// <summary>Whether the current sentence named a fiscal quarter ("… in the third quarter, against … last year").</summary>
    public bool QuarterInSentence { get; set; }

    /// <summary>Starts the next sentence.</summary>
    public void NextSentence() => QuarterInSentence = false;
}
