namespace ClaimCheck.Cluster.Grains;

/// <summary>The pipeline a silo's grains extract and compare with (one per silo, registered by
/// <see cref="ClaimCheckClusterHosting.AddClaimCheckGrains"/>).</summary>
internal sealed record ClusterPipeline(ClaimPipeline Pipeline);
