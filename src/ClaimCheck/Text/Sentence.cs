namespace ClaimCheck.Text;

/// <summary>A sentence of a document: its span, the paragraph (line) it belongs to and whether it is a heading.</summary>
/// <param name="Span">Where the sentence lies in the document text, without surrounding whitespace.</param>
/// <param name="Paragraph">The zero-based index of the non-empty line the sentence is on.</param>
/// <param name="IsHeading">Whether the line has no closing punctuation (a headline, standfirst or label).</param>
/// <param name="IsSplit">Whether this piece was cut from a run of text longer than the maximum sentence length.</param>
public readonly record struct Sentence(TextSpan Span, int Paragraph, bool IsHeading, bool IsSplit = false);
