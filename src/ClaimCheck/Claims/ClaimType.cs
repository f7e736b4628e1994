namespace ClaimCheck.Claims;

/// <summary>
/// What kind of statement a claim is; decides how (and whether) it can be checked.
/// </summary>
/// <remarks>Aligned with Full Fact's claim-type schema so results can be mapped onto it.</remarks>
public enum ClaimType
{
    /// <summary>A quantity in the past or present ("3,000 troops were sent").</summary>
    Quantity,

    /// <summary>A forecast, plan or intention ("intends to send 10,000 soldiers by December").</summary>
    Prediction,

    /// <summary>A claim that one thing causes or goes with another.</summary>
    CorrelationOrCausation,

    /// <summary>A statement about what rules or laws say or require.</summary>
    RulesOrLaws,

    /// <summary>A first-person account of something the speaker experienced.</summary>
    PersonalExperience,

    /// <summary>Something happened: arrivals, meetings, attacks, decisions.</summary>
    Event,

    /// <summary>An evaluative statement that cannot be checked.</summary>
    Opinion,

    /// <summary>Questions, boilerplate, fragments: nothing to check.</summary>
    NotAClaim,
}
