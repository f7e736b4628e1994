namespace ClaimCheck.Attribution.Rules;

/// <summary>Headline prefixes: "US: Over 3,000 North Korean Troops Training in Russia" is what the United States says.</summary>
/// <remarks>Only a known entity that is the whole prefix (within the first few words) counts, so that "Air India crash: toll
/// rises" names no source.</remarks>
internal sealed class HeadlinePrefixRule : IInheritanceRule
{
    private const int MaxPrefixTokens = 4;

    /// <inheritdoc/>
    public Attribution? Inherit(AttributionContext context)
    {
        var c = context;
        for (var i = 1; i < Math.Min(c.Count, MaxPrefixTokens + 1); i++)
        {
            if (!c.IsChar(i, ':'))
            {
                continue;
            }

            return c.TryGetEntity(0, out var mention) && mention.FirstToken == 0 && mention.EndToken == i
                ? new Attribution(null, c.Slice(0, i), null, mention.Entity.Name, ":", c.Span(0, i)) { IsIndependent = SourceParser.IsIndependent(c, 0, i) }
                : null;
        }

        return null;
    }
}
