namespace ClaimCheck.Store;

/// <summary>How much a store holds.</summary>
/// <param name="Documents">Documents (one per id: the latest version).</param>
/// <param name="Claims">Claims of those documents.</param>
/// <param name="Findings">Findings that hold now.</param>
public sealed record StoreStatistics(long Documents, long Claims, long Findings);
