using System.Runtime.InteropServices;

namespace ClaimCheck.Documents;

/// <summary>Tells regular files from the special files a path can also name (named pipes, devices, sockets), before anything
/// opens them: opening a named pipe blocks until something writes to it, and a device such as <c>/dev/zero</c> never ends.</summary>
/// <remarks>.NET has no public API for a file's type on Unix, so this asks the runtime's own native layer (the
/// <c>SystemNative_Stat</c> export of <c>libSystem.Native</c>, which <see cref="File"/> itself calls; its status record starts
/// with two 32-bit fields, flags then the mode, whose type bits are the POSIX ones on every platform .NET supports). It
/// follows symbolic links, so a link to <c>/dev/zero</c> is a device. On Windows, or should the export ever be missing,
/// every path counts as regular, and reading stays bounded by <see cref="DocumentReaderOptions.MaxDocumentLength"/>.</remarks>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int SymbolicLink = 0xA000;
    private const int Socket = 0xC000;

    /// <summary>What <paramref name="path"/> is when it is neither a regular file nor a folder ("a named pipe", "a
    /// character device"…), else null (also when it cannot be told).</summary>
    public static string? Special(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        int mode;
        try
        {
            var utf8 = System.Text.Encoding.UTF8.GetBytes(path + "\0");
            if (Stat(utf8, out var status) != 0)
            {
                return null;
            }

            mode = status.Mode;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (mode & TypeMask) switch
        {
            Regular or Directory or SymbolicLink => null,
            Fifo => "a named pipe",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            _ => "not a regular file",
        };
    }

    // Room for the whole native record (about 120 bytes today); only the first two fields are read.
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] utf8Path, out FileStatus status);
}
