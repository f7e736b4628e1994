namespace ClaimCheck.Quantities;

/// <summary>A quantity while the rules read it: where its parts lie in the sentence's tokens and what they have said so far.</summary>
/// <remarks>Token positions are indices into the sentence (<see cref="QuantityScan.Tokens"/>); -1 means "none".</remarks>
internal struct QuantityDraft
{
    /// <summary>Starts a draft at token <paramref name="start"/>, where the number (or a currency before it) is written.</summary>
    public QuantityDraft(int start)
    {
        Start = start;
        NumberIndex = start;
        CurrencyScale = 1;
        ScaleAfter = 1;
        NounFirst = -1;
        NounEnd = -1;
        Unit = Unit.None;
        Per = Unit.None;
    }

    /// <summary>The first token of the amount proper: a currency before the number, or the number.</summary>
    public int Start;

    /// <summary>The token where the number starts.</summary>
    public int NumberIndex;

    /// <summary>The number as parsed.</summary>
    public ParsedNumber First;

    /// <summary>Whether the number is written in digits.</summary>
    public bool IsDigits;

    /// <summary>Where the digits start inside the number's token when a currency is joined before them ("RM59.48": 2); 0 otherwise.</summary>
    public int EmbeddedDigits;

    /// <summary>Whether the lead rule has read the unit with the number ("a seven-day average").</summary>
    public bool UnitRead;

    /// <summary>Whether the number names a thing by its term rather than an amount ("the 10-year Treasury yield").</summary>
    public bool IsLabel;

    /// <summary>The token after the number, its range and an increment word ("more").</summary>
    public int Next;

    /// <summary>The first token of the mention: a qualifier, an increment word or "between" before the number, if any.</summary>
    public int Before;

    /// <summary>The value (the low end of a range).</summary>
    public double Value;

    /// <summary>The high end of a range or a vague plural; null for a single value.</summary>
    public double? High;

    /// <summary>How the value bounds the true one.</summary>
    public Qualifier Qualifier;

    /// <summary>Whether the amount adds to an earlier total.</summary>
    public bool IsIncrement;

    /// <summary>Whether "between" stands before the number (so "and" may close a range).</summary>
    public bool BetweenRange;

    /// <summary>The ISO 4217 code of the currency, once read.</summary>
    public string? Currency;

    /// <summary>A multiplier carried by the currency word ("MUSD" → 10^6).</summary>
    public double CurrencyScale;

    /// <summary>A multiplier written after the currency ("75 USD million").</summary>
    public double ScaleAfter;

    /// <summary>Whether a prefix is joined to the currency sign ("C$").</summary>
    public bool HasPrefix;

    /// <summary>The minus sign before the number (0: none; 1: joined "-5"; 2: spaced "- 20"; 3: the word "minus"), or 4: "below zero"
    /// after it.</summary>
    public int Negative;

    /// <summary>The unit read so far.</summary>
    public Unit Unit;

    /// <summary>The token after the unit (and anything read after it).</summary>
    public int End;

    /// <summary>The first token of the counted noun phrase.</summary>
    public int NounFirst;

    /// <summary>The token after the counted noun phrase.</summary>
    public int NounEnd;

    /// <summary>Whether the amount is the size of an increase or a decrease.</summary>
    public QuantityChange Change;

    /// <summary>What a rate is per ("share" in "$1.40 a share"); <see cref="Unit.None"/> when the amount is not a rate.</summary>
    public Unit Per;

    /// <summary>Whether the amount is a total that earlier increments build.</summary>
    public bool IsTotal;

    /// <summary>The token after everything read: the unit, or the number and its range when there is no unit.</summary>
    public readonly int Last => Math.Max(End, Next);
}
