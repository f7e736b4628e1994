using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>A document or figure stands for its author: "figures released by the interior ministry", "a count by the organisers",
/// "figures from the local police" and "a Washington Post report" name the ministry, the organisers, the police and the paper;
/// "the statement said" is the last source named.</summary>
/// <remarks>A document without an author ("official figures", "media reports") is left to the other rules, which keep it as
/// written.</remarks>
internal sealed class DocumentOriginRule : ISourceRule
{
    /// <inheritdoc/>
    public bool TryParse(AttributionContext context, int start, int end, string cue, out Attribution? source)
    {
        var c = context;
        source = null;
        var document = FirstDocument(c, start, end);
        if (document < 0)
        {
            return false;
        }

        // "figures released by X", "a count by X", "figures from X": the author follows.
        var by = document + 1;
        if (c.Is(by, ByParticiple))
        {
            by++;
        }

        if (by < end - 1 && c.Is(by, Author) && c.IsLowerCase(by))
        {
            source = c.Sources.Parse(by + 1, AuthorEnd(c, by + 1, end), cue);
            return source is not null;
        }

        // "a Washington Post report", "the UN estimate", "HRW's report", "the police's unofficial figures": a named author before the
        // document, or before its possessive and up to two words that describe the document.
        var authorEnd = document;
        for (var k = document - 1; k >= Math.Max(start, document - 3); k--)
        {
            if (c.IsPossessive(k))
            {
                authorEnd = k;
                break;
            }

            if (!c.IsLowerCase(k) || c.Is(k, Body | Document))
            {
                break;
            }
        }

        if (c.IsChar(authorEnd - 1, ')'))
        {
            // "a Human Rights Watch (HRW) report"
            while (authorEnd > start && !c.IsChar(authorEnd - 1, '('))
            {
                authorEnd--;
            }

            authorEnd--;
        }

        if (authorEnd > start && IsNamedAuthor(c, authorEnd - 1))
        {
            source = c.Sources.Parse(start, authorEnd, cue);
            return source is not null;
        }

        // "the statement said": a definite document alone is the one the last source issued.
        if (document == start && end - start == 1 && c.Memory.LastSource is { } last && start > 0 && c.IsWord(start - 1, "the"))
        {
            source = last with { Cue = cue, Span = c.Span(start, end) };
            return true;
        }

        return false;
    }

    // "Washington Post", "UN", "interior ministry", "Saudi": not a capitalised title or adjective at the start of a sentence
    // ("Official reports", "Local reports").
    private static bool IsNamedAuthor(AttributionContext c, int k) =>
        c.Is(k, Body) || c.InEntity(k) || c.IsAllCapitals(k) || (c.IsCapitalised(k) && k > 0 && !c.Is(k, Title | TitleModifier | PreAdjective));

    private static int FirstDocument(AttributionContext c, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (c.Is(k, Document) && c.IsLowerCase(k))
            {
                return k;
            }
        }

        return -1;
    }

    // "the interior ministry and relayed by several media": a second participle ends the author.
    private static int AuthorEnd(AttributionContext c, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (c.IsWord(k, "and") && (c.Is(k + 1, ByParticiple) || c.Word(k + 1).EndsWith("ed", StringComparison.Ordinal)))
            {
                return k;
            }
        }

        return end;
    }
}
