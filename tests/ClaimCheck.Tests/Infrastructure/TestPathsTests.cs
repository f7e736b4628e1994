namespace ClaimCheck.Tests.Infrastructure;

public class TestPathsTests
{
    [Fact]
    public void RepositoryRoot_FromTestOutput_HoldsSolutionAndSeeds()
    {
        File.Exists(Path.Combine(TestPaths.RepositoryRoot, "ClaimCheck.sln")).Should().BeTrue();
        Directory.GetFiles(TestPaths.SeedsFolder, "*.txt").Should().HaveCount(5);
    }
}
