namespace ClaimCheck.Documents;

/// <summary>What every string entering the library through <see cref="Document"/> is made into: well-formed UTF-16 (a lone
/// surrogate becomes U+FFFD, one character for one, so offsets into a text are unchanged), and for one-line names (outlet,
/// place, topic) no control characters (each becomes a space).</summary>
internal static class SafeText
{
    /// <summary><paramref name="value"/> with every unpaired surrogate replaced by U+FFFD; the same instance when it has none.</summary>
    public static string WellFormed(string value)
    {
        var first = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 || IsWellFormedFrom(value, first))
        {
            return value;
        }

        return string.Create(value.Length, (value, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan().CopyTo(span);
            for (var i = start; i < span.Length; i++)
            {
                if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(span[i]))
                {
                    span[i] = '\uFFFD';
                }
            }
        });
    }

    /// <summary>A one-line name: well-formed, control characters (line breaks, tabs, escapes) as spaces, trimmed; null when blank.</summary>
    public static string? Name(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var name = WellFormed(value);
        if (name.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0 || name.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') >= 0)
        {
            name = string.Create(name.Length, name, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = char.IsControl(source[i]) ? ' ' : source[i];
                }
            });
        }

        name = name.Trim();
        return name.Length == 0 ? null : name;
    }

    private static bool IsWellFormedFrom(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
