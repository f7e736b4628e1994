using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>A named person, then the body they speak for: "Elena Baptiste of the UNHCR", "Jane Doe from the health ministry",
/// "Serhan Aktoprak of the UN migration agency".</summary>
internal sealed class NameOfBodyRule : ISourceRule
{
    /// <inheritdoc/>
    public bool TryParse(AttributionContext context, int start, int end, string cue, out Attribution? source)
    {
        source = null;
        for (var k = start + 2; k < end - 1; k++)
        {
            if (!context.Is(k, Affiliation) || !context.IsLowerCase(k) || !IsName(context, start, k))
            {
                continue;
            }

            var person = TitleAndNameRule.Read(context, start, k, cue);
            var body = context.Sources.Parse(k + 1, end, cue);
            if (person?.Speaker is null || body is null)
            {
                return false;
            }

            source = person with
            {
                Organization = body.Organization ?? body.Speaker,
                Affiliation = person.Affiliation ?? body.Affiliation,
                Span = context.Span(start, end),
            };
            context.Memory.Remember(source, isName: true);
            return true;
        }

        return false;
    }

    // Two to four capitalised words, none a title or a body word, ending just before "of"/"from"/"at": a person's name.
    private static bool IsName(AttributionContext c, int start, int end)
    {
        if (end - start is < 2 or > 4)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!c.IsCapitalised(i) || c.Is(i, Title | TitleModifier | Body) || c.IsAllCapitals(i))
            {
                return false;
            }
        }

        return true;
    }
}
