using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>Appositives: "John Kirby, spokesperson for the U.S. National Security Council, revealed …" names the speaker and their
/// role; "John Smith, the union leader, spoke …" is remembered for a later "he said" or "Smith said". A relative clause names the
/// body ("Jane Doe, who heads the agency, said"); a clause that says nothing of the speaker's role is skipped ("Greg Abbott,
/// speaking at a news conference, said"), and so are parentheses that are not about the speaker (", however,", ", citing the
/// ministry,").</summary>
internal sealed class AppositiveRule : ICueRule
{
    private const int MaxRoleTokens = 12;

    /// <inheritdoc/>
    public AttributionWordClass StartClasses => None;

    /// <inheritdoc/>
    public string StartCharacters => ",";

    /// <inheritdoc/>
    /// <remarks>Remembers "Name, the role," and adds no cue.</remarks>
    public bool TryMatch(AttributionContext context, int token)
    {
        var c = context;
        var comma = token;
        if (comma < 2 || !c.Is(comma + 1, Determiner) || c.Is(comma + 1, Partitive))
        {
            return false;
        }

        var nameStart = comma;
        while (nameStart > 0 && c.IsCapitalised(nameStart - 1) && !c.Is(nameStart - 1, Title) && !c.InEntity(nameStart - 1) && comma - nameStart < 3)
        {
            nameStart--;
        }

        var close = comma + 1;
        while (close < c.Count && close - comma < MaxRoleTokens && !c.IsChar(close, ',') && !c.IsChar(close, '.') && !c.IsChar(close, ';'))
        {
            close++;
        }

        if (comma - nameStart < 2 || c.IsWord(nameStart - 1) || !c.IsChar(close, ','))
        {
            return false;
        }

        var role = c.Sources.Parse(comma + 1, close, "appositive");
        var person = new Attribution(c.Slice(nameStart, comma), role?.Organization, role?.Speaker ?? role?.Role, role?.Affiliation, null, null)
        {
            IsIndependent = role?.IsIndependent ?? false,
        };
        c.Memory.Remember(person, isName: true);
        return true;
    }

    /// <summary>The subject of a verb whose subject ends with the comma at <paramref name="comma"/>: "Name, role, said", "the
    /// deputy governor, Jane Doe, said", "the General Confederation of Labour, the largest union, organiser of the strike, said".</summary>
    public static Attribution? SubjectBefore(AttributionContext c, int comma, string cue, out int first)
    {
        first = comma + 1;
        var open = PreviousComma(c, comma);
        if (open <= 0)
        {
            return null;
        }

        // ", however,", ", for its part,", ", citing the ministry,": the subject is before the parenthesis.
        if (IsParenthesis(c, open + 1, comma))
        {
            return SubjectPhrase.Before(c, SubjectPhrase.EndBefore(c, open), cue, out first);
        }

        var (roleStart, roleEnd) = (open + 1, comma);
        var nameStart = PhraseBefore(c, open);
        for (var hop = 0; hop < 2 && nameStart > 1 && c.IsChar(nameStart - 1, ',') && !HasCapital(c, nameStart, open)
             && PhraseBefore(c, nameStart - 1) is var earlier && HasCapital(c, earlier, nameStart - 1); hop++)
        {
            // An appositive before the appositive: the name is further left, and its role the first appositive.
            (roleStart, roleEnd, open) = (nameStart, open, nameStart - 1);
            nameStart = PhraseBefore(c, open);
        }

        var name = nameStart < open ? c.Sources.Parse(nameStart, open, cue) : null;
        if (name is null)
        {
            return null;
        }

        first = nameStart;
        var role = Role(c, roleStart, roleEnd, cue);
        var combined = IsDescription(name) && role is { Speaker: { } speaker } && speaker != role.Role
            ? role with { Role = name.Role ?? name.Speaker, Organization = role.Organization ?? name.Organization, Affiliation = role.Affiliation ?? name.Affiliation, IsIndependent = role.Organization is null ? name.IsIndependent : role.IsIndependent }
            : name with
            {
                Organization = name.Organization ?? role?.Organization,
                Role = name.Role ?? role?.Role ?? role?.Speaker,
                Affiliation = name.Affiliation ?? role?.Affiliation,
                IsIndependent = name.Organization is null ? role?.IsIndependent ?? false : name.IsIndependent,
            };
        combined = combined with { Cue = cue, Span = c.Span(nameStart, comma) };
        c.Memory.Remember(combined, isName: !IsDescription(combined));
        return combined;
    }

    /// <summary>The role an appositive [<paramref name="start"/>, <paramref name="end"/>) gives: a noun phrase ("the union
    /// leader"), or the body of a relative clause ("who heads the crisis authority"); null for any other clause.</summary>
    public static Attribution? Role(AttributionContext c, int start, int end, string cue)
    {
        if (c.Is(start, Relative))
        {
            // "who heads the agency", "who works for the council": the body after the clause's verb.
            var body = start + 2;
            if (body < end && c.IsLowerCase(start + 1) && c.Word(start + 1).EndsWith('s'))
            {
                body += c.Is(body, Affiliation) ? 1 : 0;
                var (_, last) = SourceParser.Trim(c, body, end);
                var namesABody = last > body && (c.Is(last - 1, Body) || c.IsCapitalised(last - 1)); // not "who imagines herself a tank"
                return namesABody && c.Sources.Parse(body, end, cue) is { } found
                    ? new Attribution(null, found.Organization ?? found.Speaker, null, found.Affiliation, cue, found.Span) { IsIndependent = found.IsIndependent }
                    : null;
            }

            return null;
        }

        return c.IsLowerCase(start) && c.Word(start).EndsWith("ing", StringComparison.Ordinal) ? null : c.Sources.Parse(start, end, cue);
    }

    // "the deputy governor", "the mayor", "officials": no person's name.
    private static bool IsDescription(Attribution source) => source.Speaker is null || source.Speaker == source.Role;

    private static int PreviousComma(AttributionContext c, int comma)
    {
        var open = comma - 1;
        while (open >= 0 && !c.IsChar(open, ',') && !c.IsQuote(open) && !c.IsChar(open, ';') && !c.IsChar(open, '.'))
        {
            open--;
        }

        return open >= 0 && c.IsChar(open, ',') ? open : -1;
    }

    // The noun phrase that ends at the comma at <paramref name="comma"/>, past a parenthetical acronym ("the Confederation (CGT),").
    private static int PhraseBefore(AttributionContext c, int comma)
    {
        var end = comma;
        if (c.IsChar(end - 1, ')'))
        {
            while (end > 0 && !c.IsChar(end - 1, '('))
            {
                end--;
            }

            end--;
        }

        var start = end > 0 ? SubjectPhrase.NounPhraseStart(c, end) : end;
        return start < end ? start : comma;
    }

    private static bool HasCapital(AttributionContext c, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (c.IsCapitalised(k) && k > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParenthesis(AttributionContext c, int start, int end)
    {
        if (SubjectPhrase.SkipPhraseStart(c, end - 1) == start)
        {
            return true;
        }

        foreach (var cue in c.Cues)
        {
            if (cue.IsOrigin && cue.FirstToken >= start && cue.FirstToken < end)
            {
                return true;
            }
        }

        return false;
    }
}
