namespace ClaimCheck.Classification;

/// <summary>The layouts <see cref="LabeledTextReader"/> reads.</summary>
public enum LabeledTextFormat
{
    /// <summary>A JSON array of objects (<c>.json</c> starting with <c>[</c>).</summary>
    JsonArray,

    /// <summary>One JSON object per line (<c>.jsonl</c>, <c>.ndjson</c>, or <c>.json</c> starting with <c>{</c>); blank lines are skipped.</summary>
    JsonLines,

    /// <summary>Tab-separated values with a header line naming the fields; no quoting.</summary>
    Tsv,

    /// <summary>Comma-separated values with a header line (RFC 4180 quoting: <c>"a, ""b"""</c>, quoted fields may span lines).</summary>
    Csv,
}
