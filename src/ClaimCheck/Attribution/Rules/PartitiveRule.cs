using ClaimCheck.Text;
using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>A speaker described by the group they belong to: "one of Pyongyang's UN representatives", "two of the organisers",
/// "several of the witnesses", "one diplomat", "two Arab diplomats".</summary>
/// <remarks>The description is the speaker; the group's body (the entity it names, else its organisation) is the organisation. A
/// description is not a name, so it is not remembered for later surnames.</remarks>
internal sealed class PartitiveRule : ISourceRule
{
    /// <inheritdoc/>
    public bool TryParse(AttributionContext context, int start, int end, string cue, out Attribution? source)
    {
        source = null;
        var c = context;
        if (!c.Is(start, Partitive) && c.Token(start).Kind != TokenKind.Number)
        {
            return false;
        }

        var span = c.Span(start, end);
        var affiliation = SourceParser.AffiliationIn(c, start, end);
        var independent = SourceParser.IsIndependent(c, start, end);
        if (end - start > 2 && c.IsWord(start + 1, "of"))
        {
            string? body;
            if (c.TryGetFirstEntity(start + 2, end, out var mention))
            {
                body = c.Slice(mention.FirstToken, mention.EndToken);
            }
            else
            {
                var group = c.Sources.Parse(start + 2, end, cue);
                body = group?.Organization ?? group?.Speaker;
            }

            source = new Attribution(c.Slice(start, end), body, null, affiliation, cue, span) { IsIndependent = independent };
            return true;
        }

        // "one diplomat": a person named by their role; "two Arab diplomats", "several security sources": a group.
        if (end - start >= 2 && c.Is(end - 1, Title))
        {
            var description = c.Slice(start, end);
            source = c.IsPlural(end - 1)
                ? new Attribution(null, description, c.Slice(end - 1, end), affiliation, cue, span) { IsIndependent = independent }
                : new Attribution(description, null, c.Slice(end - 1, end), affiliation, cue, span) { IsIndependent = independent };
            return true;
        }

        return false;
    }
}
