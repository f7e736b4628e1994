namespace ClaimCheck.Claims;

/// <summary>How a claim is put forward.</summary>
public enum Modality
{
    /// <summary>Stated as fact.</summary>
    Asserted,

    /// <summary>Given as an estimate or belief ("estimated", "believes", "we estimate").</summary>
    Estimated,

    /// <summary>A plan or intention ("intends to send", "plans to", "by December").</summary>
    Planned,

    /// <summary>A forecast or expectation ("expects", "is expected to", "will likely").</summary>
    Forecast,

    /// <summary>Neither affirmed nor denied ("declined to confirm or deny", "cannot confirm", "if", "whether").</summary>
    NonCommittal,
}
