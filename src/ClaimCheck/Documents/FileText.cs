using System.Text;

namespace ClaimCheck.Documents;

/// <summary>Opens files as text the way <see cref="DocumentReader"/> reads them: regular files only (a named pipe or a device
/// is refused before it is opened), in the encoding their byte-order mark or HTML declares (<see cref="EncodingSniffer"/>),
/// refused when they are not text, and read in pieces so that no more than a bound is ever held in memory.</summary>
internal static class FileText
{
    /// <summary>How much of a file is looked at to tell whether it is text.</summary>
    public const int SampleBytes = 65_536;

    private const int ChunkChars = 81_920;

    /// <summary>An open file: its text reader (positioned after any byte-order mark) and what decoding it found.</summary>
    public sealed class Opened(TextReader reader, Encoding encoding, CountingFallback invalid, string? unknownLabel) : IDisposable
    {
        public TextReader Reader { get; } = reader;

        /// <summary>The encoding read in.</summary>
        public Encoding Encoding { get; } = encoding;

        /// <summary>Counts the byte sequences that were not valid in <see cref="Encoding"/> (each read as U+FFFD).</summary>
        public CountingFallback Invalid { get; } = invalid;

        /// <summary>A charset the page declared that no decoder knows (it was read as UTF-8), else null.</summary>
        public string? UnknownLabel { get; } = unknownLabel;

        public void Dispose() => Reader.Dispose();

        /// <summary>What a reader should warn about once the file is read: an unknown declared charset, invalid bytes.</summary>
        public IEnumerable<string> Warnings(string path)
        {
            if (UnknownLabel is not null)
            {
                yield return $"{path}: the page declares the charset '{UnknownLabel}', which is not known; it was read as UTF-8.";
            }

            if (Invalid.Count > 0)
            {
                yield return $"{path}: {Invalid.Count:N0} byte sequence{(Invalid.Count == 1 ? " is" : "s are")} not valid {Encoding.WebName} and {(Invalid.Count == 1 ? "was" : "were")} read as U+FFFD "
                    + "(if the file is in another encoding, give it a byte-order mark or, in HTML, a <meta charset>).";
            }
        }
    }

    /// <summary>Opens <paramref name="path"/> as text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="html">Whether an HTML <c>&lt;meta charset&gt;</c> may name the encoding.</param>
    /// <exception cref="DocumentReadException">The path is not a regular file, cannot be opened, or is not text.</exception>
    public static Opened Open(string path, bool html)
    {
        if (FileKind.Special(path) is { } kind)
        {
            throw new DocumentReadException($"{path}: not a regular file ({kind}); only regular files are read.", path);
        }

        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (!stream.CanSeek)
            {
                throw new DocumentReadException($"{path}: not a regular file; only regular files are read.", path);
            }

            var sample = new byte[(int)Math.Min(SampleBytes, Math.Max(stream.Length, 4))];
            var length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
            var (encoding, skip, unknown) = EncodingSniffer.Detect(sample.AsSpan(0, length), html);
            if (NotTextReason(sample.AsSpan(skip, length - skip), encoding) is { } reason)
            {
                throw new DocumentReadException($"{path}: not a text file ({reason}).", path);
            }

            stream.Position = skip;
            var invalid = new CountingFallback();
            var decoding = (Encoding)encoding.Clone();
            decoding.DecoderFallback = invalid;
            var reader = new StreamReader(stream, decoding, detectEncodingFromByteOrderMarks: false, bufferSize: SampleBytes, leaveOpen: false);
            stream = null;
            return new Opened(reader, encoding, invalid, unknown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException($"{path}: {e.Message}", path, null, e);
        }
        finally
        {
            stream?.Dispose();
        }
    }

    /// <summary>Reads from <paramref name="reader"/> up to <paramref name="max"/> characters and tells whether more follow, so
    /// that a source of any length costs at most <paramref name="max"/> characters of memory.</summary>
    /// <param name="reader">The source.</param>
    /// <param name="max">The most characters kept.</param>
    /// <param name="more">Whether the source holds more than <paramref name="max"/> characters (the rest is not read).</param>
    /// <returns>The text, at most <paramref name="max"/> characters; when cut, never between the halves of a surrogate pair.</returns>
    public static string ReadAtMost(TextReader reader, int max, out bool more)
    {
        var text = new StringBuilder();
        var buffer = new char[(int)Math.Min(ChunkChars, max + 1L)];
        while (text.Length <= max)
        {
            var wanted = (int)Math.Min(buffer.Length, max + 1L - text.Length);
            var read = reader.Read(buffer, 0, wanted);
            if (read == 0)
            {
                break;
            }

            text.Append(buffer, 0, read);
        }

        more = text.Length > max;
        if (!more)
        {
            return text.ToString();
        }

        var cut = max > 0 && char.IsHighSurrogate(text[max - 1]) && char.IsLowSurrogate(text[max]) ? max - 1 : max;
        return text.ToString(0, cut);
    }

    /// <summary>How many characters are left in <paramref name="reader"/>, read in pieces and not kept.</summary>
    public static long CountToEnd(TextReader reader)
    {
        var buffer = new char[ChunkChars];
        long count = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            count += read;
        }

        return count;
    }

    /// <summary>Why bytes in <paramref name="encoding"/> are not text: NUL characters, or mostly control characters or invalid
    /// sequences; else null.</summary>
    public static string? NotTextReason(ReadOnlySpan<byte> sample, Encoding encoding)
    {
        var invalid = new CountingFallback();
        var decoding = (Encoding)encoding.Clone();
        decoding.DecoderFallback = invalid;
        var text = decoding.GetString(sample);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return "it contains NUL bytes, like a binary file";
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        // A multi-byte character cut at the end of the sample is not evidence of binary content.
        var bad = control + invalid.Count;
        if (text.Length > 0 && bad * 10 > text.Length && bad > 4)
        {
            return control >= invalid.Count ? "it is mostly control characters" : $"it is mostly not valid {encoding.WebName.ToUpperInvariant()}";
        }

        return null;
    }
}
