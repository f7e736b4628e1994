namespace ClaimCheck.Quantities;

/// <summary>How a stated number bounds the true value.</summary>
public enum Qualifier
{
    /// <summary>The value as stated ("3,000 troops").</summary>
    Exact,

    /// <summary>Close to the value ("about", "around", "roughly", "nearly", "almost", "some").</summary>
    Approximately,

    /// <summary>The value or more ("at least", "no fewer than").</summary>
    AtLeast,

    /// <summary>Strictly more than the value ("more than", "over", "above").</summary>
    MoreThan,

    /// <summary>The value or less ("at most", "no more than").</summary>
    AtMost,

    /// <summary>Strictly less than the value ("fewer than", "less than", "under", "below").</summary>
    LessThan,

    /// <summary>Any amount up to the value ("up to", "as many as").</summary>
    UpTo,

    /// <summary>Between <see cref="Quantity.Low"/> and <see cref="Quantity.High"/> ("2.5 to 3 billion", "between 400 and 750").</summary>
    Range,
}
