using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>A body referred back to by a common noun: "the organisation said" is the last body the text named as a source, one named
/// earlier in the same sentence first ("A spokesman for the Red Crescent said the organisation had not issued a toll").</summary>
/// <remarks>Only a body named by a proper name is taken ("Red Crescent", not "the ministry"); otherwise the phrase is left to the
/// body-name rule, as before. The source keeps this sentence's cue and the noun's span.</remarks>
internal sealed class AnaphoricBodyRule : ISourceRule
{
    /// <inheritdoc/>
    public bool TryParse(AttributionContext context, int start, int end, string cue, out Attribution? source)
    {
        source = null;
        if (end - start != 1 || !context.Is(start, AnaphoricBody) || !context.IsLowerCase(start) || !context.IsWord(start - 1, "the"))
        {
            return false;
        }

        var earlier = context.Cues.FindLast(c => c.Source is not null && c.EndToken <= start && IsNamedBody(c.Source)).Source;
        var named = earlier ?? (IsNamedBody(context.Memory.LastSource) ? context.Memory.LastSource : null);
        if (named is null)
        {
            return false;
        }

        source = new Attribution(null, named.Organization, null, null, cue, context.Span(start, end)) { IsIndependent = named.IsIndependent };
        return true;
    }

    private static bool IsNamedBody(Attribution? attribution) =>
        attribution?.Organization is { Length: > 0 } organization && char.IsUpper(organization[0]);
}
