namespace ClaimCheck.Store;

/// <summary>What a check did with a document.</summary>
public enum DocumentIngest
{
    /// <summary>The store did not hold the id: the document, its claims and findings were added.</summary>
    Added,

    /// <summary>The store held the id with other content: this version replaced the earlier one's claims and findings.</summary>
    Replaced,

    /// <summary>The store held the same content already: nothing changed but its last-seen time.</summary>
    Unchanged,
}

/// <summary>A document as the store holds it after a check.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Version">1 for the first content stored under the id, raised by one each time a changed article replaces it.</param>
/// <param name="Ingest">What the check did.</param>
/// <param name="Claims">How many claims the stored version has.</param>
public sealed record StoredDocument(string Id, int Version, DocumentIngest Ingest, int Claims);
