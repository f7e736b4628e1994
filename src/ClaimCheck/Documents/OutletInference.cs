namespace ClaimCheck.Documents;

/// <summary>Finds the outlet a document names for itself in a short "Source: X" line.</summary>
internal static class OutletInference
{
    private const int MaxOutletLength = 60;

    public static string? Infer(string text)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.StartsWith("Source:", StringComparison.OrdinalIgnoreCase))
            {
                var outlet = line["Source:".Length..].Trim();
                if (outlet.Length is > 0 and <= MaxOutletLength && !outlet.ContainsAny('.', '!', '?'))
                {
                    return outlet.ToString();
                }
            }
        }

        return null;
    }
}
