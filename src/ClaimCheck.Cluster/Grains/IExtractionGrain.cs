namespace ClaimCheck.Cluster.Grains;

/// <summary>Extracts claims from documents and adds each to the grain of its slot. Stateless: any silo runs it, several at once.</summary>
[Alias("claimcheck.extraction")]
internal interface IExtractionGrain : IGrainWithIntegerKey
{
    /// <summary>Extracts the batch's claims, adds them to their slots (awaiting every add) and returns them.</summary>
    [Alias("extract")]
    Task<ExtractionResult> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken = default);
}
