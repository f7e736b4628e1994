namespace ClaimCheck.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes, digits or dots ("Sun-won", "U.S.", "G7").</summary>
    Word,

    /// <summary>Digits, possibly with thousands separators (including Indian grouping) and a decimal point ("3,000", "2.5"),
    /// or a vulgar fraction ("½").</summary>
    Number,

    /// <summary>A currency sign ("$", "€", "£", "¥", "₴", "₽", "₹", "₩", …).</summary>
    Currency,

    /// <summary>A possessive ending ("'s", "’s", or a bare apostrophe after a plural).</summary>
    Possessive,

    /// <summary>Any other single character that is not whitespace.</summary>
    Punctuation,
}

/// <summary>A token: its kind, where it is, and whether whitespace separates it from the previous token.</summary>
/// <param name="Span">Where the token lies in the document text.</param>
/// <param name="Kind">What the token is made of.</param>
/// <param name="IsJoined">True when no whitespace lies between this token and the previous one ("20" and "bn" in "20bn").</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, bool IsJoined);
