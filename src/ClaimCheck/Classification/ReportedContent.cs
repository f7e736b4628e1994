using ClaimCheck.Attribution;
using ClaimCheck.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// What a one-sentence text reports, without the frame of attribution around it, as the attribution stage reads the frame: one
/// reporting cue (kind <c>reporting-verb</c>) with its source, at an edge of the sentence. A trailing frame ("40 schools will close,
/// the ministry said."; "…, according to police."; <c>," she said.</c>) leaves what precedes it; a leading one ("The ministry said
/// (that) 40 schools will close"; "According to police, …"; "The mayor told reporters on Monday that …") leaves what follows it.
/// </summary>
/// <remarks>No content is read when the sentence holds more or fewer than one cue, when the cue is an origin ("citing …"), when its
/// stance is a denial or non-committal (the frame is then itself the claim: "the club denied breaching the rules", <c>LABELING.md</c>
/// rule 19), when the frame stands inside the sentence ("…, the union said, until May"), or when fewer than
/// <see cref="MinContentWords"/> words are left.</remarks>
internal static class ReportedContent
{
    /// <summary>The fewest words a content must have to be read as a clause of its own ("So it said." leaves none).</summary>
    private const int MinContentWords = 3;

    /// <summary>The most tokens between a leading frame and the "that" which opens its content: an object or a time ("told reporters
    /// on Monday that").</summary>
    private const int MaxTokensBeforeThat = 4;

    private const string ClosingQuotes = "\"'”’»";

    private const string OpeningQuotes = "\"'“‘«";

    /// <summary>The content the single sentence of an annotated document reports, with its frame taken off.</summary>
    /// <param name="document">A document of one sentence, annotated with the attribution stage.</param>
    /// <returns>The content, or <see langword="null"/> when the sentence has no frame the content can be taken from.</returns>
    public static string? Of(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.Length != 1 || !document.TryGetLayer<AttributionLayer>(out var layer)
            || layer.In(0).Cues is not [var cue] || cue.IsOrigin || cue.Stance is ReportingStance.Denies or ReportingStance.NonCommittal)
        {
            return null;
        }

        var tokens = document.TokensOf(0);
        var sentence = document.Sentences[0].Span;
        var content = cue.Side == ReportedSide.Before
            ? BeforeFrame(document.Text, tokens, cue, sentence)
            : AfterFrame(document.Text, tokens, cue, sentence);
        return content is not null && WordCount(content) >= MinContentWords ? content : null;
    }

    /// <summary>The content before a frame that closes the sentence, with its trailing comma and quotation marks taken off and a full
    /// stop put back (a question or exclamation mark of the content stays).</summary>
    private static string? BeforeFrame(string text, ReadOnlySpan<Token> tokens, ReportingCue cue, TextSpan sentence)
    {
        if (cue.FirstToken == 0 || cue.ReportedFrom != 0)
        {
            return null;
        }

        for (var i = cue.EndToken; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                return null;
            }
        }

        var head = text.AsSpan(sentence.Start, tokens[cue.FirstToken].Span.Start - sentence.Start).Trim().TrimEnd(ClosingQuotes).TrimEnd(", ").TrimEnd(ClosingQuotes);
        head = head.TrimStart(OpeningQuotes).TrimStart();
        if (head.IsEmpty)
        {
            return null;
        }

        return head[^1] is '.' or '?' or '!' ? head.ToString() : string.Concat(head, ".");
    }

    /// <summary>The content after a frame that opens the sentence: from the token after it, past a comma or colon and past a "that"
    /// within <see cref="MaxTokensBeforeThat"/> words, to the sentence's end, with its first letter made a capital.</summary>
    private static string? AfterFrame(string text, ReadOnlySpan<Token> tokens, ReportingCue cue, TextSpan sentence)
    {
        if (cue.FirstToken != 0 || cue.EndToken >= tokens.Length)
        {
            return null;
        }

        var start = cue.EndToken;
        while (start < tokens.Length && tokens[start].Kind == TokenKind.Punctuation && IsCommaOrColon(text, tokens[start]))
        {
            start++;
        }

        for (var i = start; i < tokens.Length && i <= start + MaxTokensBeforeThat; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            if (tokens[i].Span.Slice(text).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                start = i + 1;
                break;
            }
        }

        if (start >= tokens.Length)
        {
            return null;
        }

        var rest = text.AsSpan(tokens[start].Span.Start, sentence.End - tokens[start].Span.Start).TrimEnd();
        return rest.IsEmpty ? null : string.Concat(char.ToUpperInvariant(rest[0]).ToString(), rest[1..]);
    }

    private static bool IsCommaOrColon(string text, Token token) => token.Span.Slice(text) is "," or ":";

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            count += isWordChar && !inWord ? 1 : 0;
            inWord = isWordChar;
        }

        return count;
    }
}
