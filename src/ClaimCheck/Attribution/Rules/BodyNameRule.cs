using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>Organisations named in the text though no list knows them: a capitalised name whose head is a body word ("the National
/// Disaster Risk Reduction and Management Council", "the Civil Human Rights Front", "Kendall County Office of Emergency
/// Management", "the state of Minas Gerais"), or an acronym ("USGS", "HRW").</summary>
/// <remarks>Only a name that ends the phrase counts, and only in a phrase without a person's title: in "Defense Department
/// spokesman John Doe" and "spokesperson for the National Security Council" the title-and-name rule reads the person.</remarks>
internal sealed class BodyNameRule : ISourceRule
{
    /// <inheritdoc/>
    public bool TryParse(AttributionContext context, int start, int end, string cue, out Attribution? source)
    {
        source = null;
        var c = context;
        var isAcronym = end - start == 1 && c.IsAllCapitals(start) && !c.Memory.TryGetPerson(c.Word(start), out _);
        if (!isAcronym && (!EndsWithBodyName(c, start, end) || HasPersonTitle(c, start, end)))
        {
            return false;
        }

        source = new Attribution(null, TitleAndNameRule.Organisation(c, start, end), null, SourceParser.AffiliationIn(c, start, end), cue,
            c.Span(start, end)) { IsIndependent = SourceParser.IsIndependent(c, start, end) };
        return true;
    }

    // "spokesperson for the National Security Council" names a person by role: the title-and-name rule reads it.
    private static bool HasPersonTitle(AttributionContext c, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (c.IsLowerCase(k) && c.Is(k, Title))
            {
                return true;
            }
        }

        return false;
    }

    // Reading left over the capitalised name that ends the phrase: it is a body's when a body word ends it, or one is followed by
    // "of"/"for"/"on" and the rest of the name ("Office of Emergency Management"), with no title after that body word.
    private static bool EndsWithBodyName(AttributionContext c, int start, int end)
    {
        var sawTitle = false;
        for (var k = end - 1; k >= start; k--)
        {
            var capitalised = c.IsCapitalised(k);
            var joined = !capitalised && c.Is(k, Joiner) && k + 1 < end && k > start;
            var bodyBeforeJoiner = !capitalised && c.Is(k, Body) && c.Is(k + 1, Joiner) && k + 1 < end;
            if (!capitalised && !joined && !bodyBeforeJoiner)
            {
                return false;
            }

            if (c.Is(k, Body) && (k == end - 1 || c.Is(k + 1, Joiner)) && !sawTitle)
            {
                return true;
            }

            sawTitle |= capitalised && c.Is(k, Title);
        }

        return false;
    }
}
