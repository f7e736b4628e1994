using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace ClaimCheck.Lexicons;

/// <summary>An immutable set of word-list entries (places, aliases, units, currencies, reporting verbs…) that the recognisers read.</summary>
/// <remarks>
/// <para>The built-in English lexicon (<see cref="BuiltIn"/>) is loaded once from data files embedded in the assembly. A user adds
/// entries with <see cref="Load(string)"/> or <see cref="Parse(string, string)"/> and <see cref="ClaimPipelineBuilder.AddLexicon"/>;
/// later entries win over earlier ones for the same kind and term, so a user file can also correct a built-in entry.</para>
/// <para>The file format is UTF-8 tab-separated text with the header <c>kind	term	value	within</c>: one entry a line, the value and
/// the containing place optional where the kind allows (<see cref="LexiconKinds"/>); blank lines and lines starting with <c>#</c> are
/// skipped. Thread-safe; each recogniser compiles the kinds it reads into frozen look-ups once per lexicon.</para>
/// </remarks>
public sealed class Lexicon
{
    /// <summary>The header line every lexicon file starts with.</summary>
    public const string Header = "kind\tterm\tvalue\twithin";

    /// <summary>The longest term or value accepted, in characters.</summary>
    public const int MaxFieldLength = 200;

    private const string ResourcePrefix = "ClaimCheck.Lexicons.en.";

    private static readonly Lazy<Lexicon> BuiltInLexicon = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<Type, object> _compiled = new();
    private readonly FrozenDictionary<string, ImmutableArray<LexiconEntry>> _byKind;

    private Lexicon(ImmutableArray<LexiconEntry> entries)
    {
        Entries = entries;
        _byKind = entries.GroupBy(e => e.Kind, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>A lexicon with no entries.</summary>
    public static Lexicon Empty { get; } = new([]);

    /// <summary>The built-in English lexicon, loaded once from the data files embedded in the assembly.</summary>
    public static Lexicon BuiltIn => BuiltInLexicon.Value;

    /// <summary>Every entry, in the order read.</summary>
    public ImmutableArray<LexiconEntry> Entries { get; }

    /// <summary>The entries of one kind, in the order read; empty when there are none.</summary>
    public ImmutableArray<LexiconEntry> EntriesOf(string kind) => _byKind.TryGetValue(kind, out var entries) ? entries : [];

    /// <summary>Reads a lexicon file.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed; the message names the file, the line and the column.</exception>
    public static Lexicon Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: lexicon file not found.", path);
        }

        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    /// <summary>Parses lexicon text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed.</exception>
    public static Lexicon Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader, source);
    }

    /// <summary>Parses lexicon text from <paramref name="reader"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed.</exception>
    public static Lexicon Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        ReadInto(reader, source, entries);
        return new Lexicon(entries.ToImmutable());
    }

    /// <summary>This lexicon followed by <paramref name="other"/>: where both have an entry of the same kind and term, the other's wins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Lexicon With(Lexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Entries.IsEmpty)
        {
            return this;
        }

        return Entries.IsEmpty ? other : new Lexicon(Entries.AddRange(other.Entries));
    }

    /// <summary>The view a recogniser compiles from this lexicon, made once per lexicon and type and then shared.</summary>
    internal T Compiled<T>(Func<Lexicon, T> compile)
        where T : class =>
        (T)_compiled.GetOrAdd(typeof(T), static (_, state) => state.compile(state.lexicon), (compile, lexicon: this));

    /// <summary>Some of the built-in data files alone (by file name, as "reporting.tsv"), for a reader that needs only their
    /// kinds and should not pay for parsing the rest.</summary>
    internal static Lexicon LoadBuiltInFiles(params string[] fileNames) => LoadEmbedded(fileNames.Select(f => ResourcePrefix + f));

    private static Lexicon LoadBuiltIn() =>
        LoadEmbedded(typeof(Lexicon).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    private static Lexicon LoadEmbedded(IEnumerable<string> resourceNames)
    {
        var assembly = typeof(Lexicon).Assembly;
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        foreach (var name in resourceNames)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            ReadInto(reader, name, entries);
        }

        return new Lexicon(entries.ToImmutable());
    }

    private static void ReadInto(TextReader reader, string source, ImmutableArray<LexiconEntry>.Builder entries)
    {
        var lineNumber = 0;
        var sawHeader = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!sawHeader)
            {
                if (!IsHeader(line.TrimEnd()))
                {
                    throw new LexiconFormatException(source, lineNumber, 1,
                        $"expected the header '{Header.Replace("\t", "<TAB>", StringComparison.Ordinal)}', found '{Shorten(line)}'.");
                }

                sawHeader = true;
                continue;
            }

            entries.Add(ParseLine(line, source, lineNumber));
        }
    }

    // The full header, or its first two or three columns when a file uses no "within" (or no value) column.
    private static bool IsHeader(string line) => line is "kind\tterm" or "kind\tterm\tvalue" or Header;

    private static LexiconEntry ParseLine(string line, string source, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length > 4)
        {
            throw new LexiconFormatException(source, lineNumber, ColumnOf(fields, 4),
                $"expected at most 4 tab-separated fields (kind, term, value, within), found {fields.Length}.");
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Length > MaxFieldLength)
            {
                throw new LexiconFormatException(source, lineNumber, ColumnOf(fields, i), $"a field is longer than {MaxFieldLength} characters.");
            }

            if (fields[i].AsSpan().ContainsAnyInRange('\0', '\u001f'))
            {
                throw new LexiconFormatException(source, lineNumber, ColumnOf(fields, i), "a field holds a control character.");
            }
        }

        var kindName = fields[0].Trim();
        if (!LexiconKinds.All.TryGetValue(kindName, out var kind))
        {
            throw new LexiconFormatException(source, lineNumber, 1,
                $"unknown kind '{Shorten(kindName)}'; known kinds: {string.Join(", ", LexiconKinds.All.Keys.Order(StringComparer.Ordinal))}.");
        }

        var term = fields.Length > 1 ? Normalize(fields[1]) : string.Empty;
        if (term.Length == 0)
        {
            throw new LexiconFormatException(source, lineNumber, ColumnOf(fields, 1), $"a '{kind.Name}' entry needs a term in the second field.");
        }

        if (LexiconKinds.TermFormat(kind.Name, term) is { } termFormat)
        {
            throw new LexiconFormatException(source, lineNumber, ColumnOf(fields, 1),
                $"'{Shorten(term)}' is not a valid term for '{kind.Name}': expected {termFormat}.");
        }

        var value = fields.Length > 2 ? Normalize(fields[2]) : string.Empty;
        if (value.Length == 0)
        {
            value = kind.Value switch
            {
                LexiconValueRule.Required => throw new LexiconFormatException(source, lineNumber, ColumnOf(fields, 2),
                    $"a '{kind.Name}' entry needs a value in the third field ({kind.Description})."),
                LexiconValueRule.DefaultsToTerm => term,
                _ => string.Empty,
            };
        }
        else if (!LexiconKinds.IsValidValue(kind, value))
        {
            throw new LexiconFormatException(source, lineNumber, ColumnOf(fields, 2),
                $"'{Shorten(value)}' is not a valid value for '{kind.Name}': expected {kind.ValueFormat}.");
        }

        var within = fields.Length > 3 ? Normalize(fields[3]) : string.Empty;
        if (within.Length > 0 && !kind.AllowsWithin)
        {
            throw new LexiconFormatException(source, lineNumber, ColumnOf(fields, 3),
                $"a '{kind.Name}' entry takes no fourth field (only places and organisations lie within something).");
        }

        return new LexiconEntry(kind.Name, term, value, within.Length == 0 ? null : within);
    }

    // Inner runs of spaces are one space; curly apostrophes are kept as written (the text decides which one it uses).
    private static string Normalize(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : trimmed;
    }

    private static int ColumnOf(string[] fields, int index)
    {
        var column = 1;
        for (var i = 0; i < index && i < fields.Length; i++)
        {
            column += fields[i].Length + 1;
        }

        return column;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
