namespace ClaimCheck.Quantities;

/// <summary>Whether a stated amount is the size of a change rather than a level.</summary>
public enum QuantityChange
{
    /// <summary>A level, a total or a count: "unemployment is 4%", "rose to $4.10".</summary>
    None,

    /// <summary>The size of an increase: "rose 23 cents", "up 12 per cent", "a 4% jump", "6.9% higher".</summary>
    Increase,

    /// <summary>The size of a decrease: "fell by 3%", "down 1.2%", "shed 40 cents", "a 9% decline".</summary>
    Decrease,
}
