using ClaimCheck.Tests.Infrastructure;

namespace ClaimCheck.Tests.Golden;

/// <summary>Compares output with a reviewed file under <c>tests/ClaimCheck.Tests/Golden/</c>; on a mismatch writes
/// <c>*.received.*</c> beside it so the change can be reviewed by eye and accepted by renaming.</summary>
internal static class GoldenFile
{
    public static void Verify(string fileName, string actual)
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ClaimCheck.Tests", "Golden");
        var expectedPath = Path.Combine(folder, fileName);
        var receivedPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        normalized.Should().Be(expected, $"the output changed: review {receivedPath} and, if it is right, rename it to {fileName}");
    }
}
