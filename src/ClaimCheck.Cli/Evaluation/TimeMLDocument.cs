using System.Collections.Immutable;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>A TimeML document reduced to what timex evaluation needs: its metadata, the plain text and the gold TIMEX3s in it.</summary>
/// <param name="Name">The file name relative to the folder it was read from (e.g. <c>TimeBank/ABC19980108.1830.0711.tml</c>).</param>
/// <param name="CreationDate">The date of the document creation time (the <c>&lt;DCT&gt;</c> TIMEX3's value).</param>
/// <param name="Header">
/// The elements before <c>&lt;TEXT&gt;</c> (<c>DOCID</c>, <c>DCT</c>, <c>TITLE</c>, …) as XML, kept verbatim so a
/// document written back carries the same metadata.
/// </param>
/// <param name="Text">The plain text of <c>&lt;TEXT&gt;</c>, inline tags removed and entities decoded.</param>
/// <param name="Timexes">The gold TIMEX3s inside <c>&lt;TEXT&gt;</c>, in document order, as offsets into <paramref name="Text"/>.</param>
internal sealed record TimeMLDocument(
    string Name, DateOnly CreationDate, ImmutableArray<string> Header, string Text, ImmutableArray<TimexAnnotation> Timexes);

/// <summary>A gold TIMEX3: its span in the plain text, type and value.</summary>
internal sealed record TimexAnnotation(int Start, int Length, string Type, string Value)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}
