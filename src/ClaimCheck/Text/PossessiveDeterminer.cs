namespace ClaimCheck.Text;

/// <summary>A possessive standing where a determiner would ("12 of Vorland's 30 districts", "40 of the country's 66 provinces", "120 of
/// parliament's 350 seats"): one to three words closed by a possessive ending, read like "the" before the whole of a part.</summary>
internal static class PossessiveDeterminer
{
    /// <summary>The most words the possessor may take before its ending ("the ruling party's").</summary>
    private const int MaxPossessorWords = 3;

    /// <summary>The token after the possessive determiner that opens at <paramref name="start"/>, or <paramref name="start"/> when no
    /// possessive closes a run of words there.</summary>
    internal static int After(ReadOnlySpan<Token> tokens, int start)
    {
        for (var i = start; i >= 0 && i < tokens.Length && i < start + MaxPossessorWords; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                return start;
            }

            if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Possessive)
            {
                return i + 2;
            }
        }

        return start;
    }

    /// <summary>The "of" before a possessive determiner that ends right before <paramref name="end"/> ("of the country's" before
    /// "81"), or -1 when no possessive ends there or no "of" opens it.</summary>
    internal static int OfBefore(ReadOnlySpan<Token> tokens, string text, int end)
    {
        var possessive = end - 1;
        if (possessive < 2 || possessive >= tokens.Length || tokens[possessive].Kind != TokenKind.Possessive)
        {
            return -1;
        }

        for (var i = possessive - 1; i >= 0 && i >= possessive - 1 - MaxPossessorWords; i--)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                return -1;
            }

            if (tokens[i].Span.Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return i < possessive - 1 ? i : -1;
            }
        }

        return -1;
    }
}
