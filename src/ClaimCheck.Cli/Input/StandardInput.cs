using ClaimCheck.Documents;

namespace ClaimCheck.Cli.Input;

/// <summary>Standard input for <c>check -</c>, refused when reading it could never end.</summary>
/// <remarks>A process started with standard input closed (<c>claimcheck check - &lt;&amp;-</c>) has no descriptor 0, so the
/// first file or pipe the runtime opens takes it: on Linux, a pipe the runtime keeps both ends of. Reading it would wait
/// for ever. Linux shows this in <c>/proc/self/fd</c>: descriptor 0 missing, or a pipe this process also holds open for
/// writing (it would also never see the end of input if the parent leaked the writing end to it). Elsewhere standard input
/// is used as it is.</remarks>
internal static class StandardInput
{
    private const string Descriptors = "/proc/self/fd";

    /// <summary>The console's standard input.</summary>
    /// <exception cref="DocumentReadException">Standard input is closed, or this process holds the only writer of its pipe.</exception>
    public static TextReader Open()
    {
        if (Problem() is { } problem)
        {
            throw new DocumentReadException($"standard input ('-') cannot be read: {problem}.", "<stdin>");
        }

        return Console.In;
    }

    /// <summary>Why standard input cannot be read to its end, or null.</summary>
    internal static string? Problem()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(Descriptors))
        {
            return null;
        }

        var input = Target(Path.Combine(Descriptors, "0"));
        if (input is null)
        {
            return "it is closed";
        }

        if (!input.StartsWith("pipe:", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var descriptor in Directory.EnumerateFileSystemEntries(Descriptors))
        {
            var name = Path.GetFileName(descriptor);
            if (name != "0" && Target(descriptor) == input && OpenForWriting(name))
            {
                return "it is closed (the process was started without it) or this process holds its pipe's only writer";
            }
        }

        return null;
    }

    private static string? Target(string link)
    {
        try
        {
            return new FileInfo(link).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether descriptor <paramref name="name"/> is open for writing (its <c>flags</c> in <c>/proc/self/fdinfo</c>:
    /// O_WRONLY is 1, O_RDWR 2).</summary>
    private static bool OpenForWriting(string name)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/self/fdinfo/{name}"))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    var flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                    return (flags & 3) is 1 or 2;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The descriptor closed meanwhile, or the line is not what Linux writes: not a writer we know of.
        }

        return false;
    }
}
