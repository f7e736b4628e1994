namespace ClaimCheck.Tests.Infrastructure;

/// <summary>Locates the repository and the <c>../shared</c> folder beside it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> LazyRepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The folder holding <c>ClaimCheck.sln</c>.</summary>
    public static string RepositoryRoot => LazyRepositoryRoot.Value;

    /// <summary>The <c>shared</c> folder beside the repository (may not exist).</summary>
    public static string SharedRoot => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The project's copy of the seed articles.</summary>
    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>A path under <see cref="SharedRoot"/>.</summary>
    public static string Shared(params string[] parts) => Path.Combine([SharedRoot, .. parts]);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ClaimCheck.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>
/// A fact that needs a file or folder under <c>../shared</c>; skipped with the reason when it is absent,
/// so the suite passes on a machine that has only the project.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        var path = TestPaths.Shared(relativePath.Split('/'));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Skip = $"needs ../shared/{relativePath}, which is not present on this machine";
        }
    }
}

/// <summary>The theory counterpart of <see cref="SharedDataFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        var path = TestPaths.Shared(relativePath.Split('/'));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Skip = $"needs ../shared/{relativePath}, which is not present on this machine";
        }
    }
}
