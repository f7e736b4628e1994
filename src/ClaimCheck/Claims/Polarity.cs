namespace ClaimCheck.Claims;

/// <summary>Whether a claim affirms or denies its proposition.</summary>
public enum Polarity
{
    /// <summary>The proposition is stated as true.</summary>
    Affirmed,

    /// <summary>The proposition is negated or denied ("has not sent troops", "rejected the reports", "groundless rumor").</summary>
    Negated,
}
