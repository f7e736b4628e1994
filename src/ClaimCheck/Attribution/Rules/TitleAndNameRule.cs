using static ClaimCheck.Attribution.AttributionWordClass;

namespace ClaimCheck.Attribution.Rules;

/// <summary>Titles and names: "Prime Minister Keir Starmer", "Russian Foreign Ministry spokeswoman Maria Zakharova", "the mayor",
/// "officials", "spokesperson for the National Security Council", "the finance ministry", "Ukrainian military intelligence".</summary>
/// <remarks>The last rule tried: the trailing run of capitalised words that are neither titles, body words nor entities is the
/// speaker's name; the titles before it are the role; what comes before them is the organisation. A phrase with no name, no title
/// and a lower-case head that names no one ("the crowd", "the country's history") is not a source.</remarks>
internal sealed class TitleAndNameRule : ISourceRule
{
    // Capitalised at the start of a sentence, these are not surnames ("Other reports", "Altogether, …").
    private const AttributionWordClass NotAName = Determiner | Partitive | Stop | Skip | PreAdjective | Pronoun | Document;

    /// <inheritdoc/>
    public bool TryParse(AttributionContext context, int start, int end, string cue, out Attribution? source)
    {
        source = Read(context, start, end, cue);
        if (source?.Speaker is not null)
        {
            context.Memory.Remember(source, isName: source.Role is null || source.Speaker != source.Role);
        }

        return true;
    }

    /// <summary>Reads tokens [<paramref name="start"/>, <paramref name="end"/>) as titles and a name, without remembering them.</summary>
    public static Attribution? Read(AttributionContext c, int start, int end, string cue)
    {
        var nameStart = NameStart(c, start, end);
        string? speaker = null;
        var rest = end;
        if (end - nameStart >= 2 || (end - nameStart == 1 && nameStart > start && c.Is(nameStart - 1, Title | TitleModifier)))
        {
            speaker = c.Slice(nameStart, end);
            rest = nameStart;
        }
        else if (end - nameStart == 1 && nameStart == start && !c.InEntity(start) && !c.Is(start, NotAName))
        {
            // One capitalised word alone: a surname first seen here, or a group at the start of a sentence ("Witnesses said").
            if (start == 0 && c.IsPlural(start))
            {
                return new Attribution(null, c.Slice(start, end), null, null, cue, c.Span(start, end)) { IsIndependent = SourceParser.IsIndependent(c, start, end) };
            }

            speaker = c.Slice(start, end);
            rest = start;
        }

        var (role, organization) = rest > start ? RoleAndOrganisation(c, start, rest, hasSpeaker: speaker is not null) : (null, null);
        if (speaker is null && organization is null && role is not null)
        {
            // "the mayor said": a speaker described by role; "officials said", "analysts estimate": a group, kept as the organisation.
            if (c.IsPlural(rest - 1))
            {
                (organization, role) = (role, null);
            }
            else
            {
                speaker = role;
            }
        }

        if ((speaker is null && organization is null) || (speaker is null && role is null && !SourceParser.CanHeadSource(c, HeadOf(c, start, end))))
        {
            return null;
        }

        return new Attribution(speaker, organization, role, SourceParser.AffiliationIn(c, start, end), cue, c.Span(start, end))
        {
            IsIndependent = SourceParser.IsIndependent(c, start, end),
        };
    }

    /// <summary>The organisation named by tokens [<paramref name="start"/>, <paramref name="end"/>) as it should be shown: without a
    /// possessive at the end ("Forbes's" → "Forbes") or a common noun's possessive at the start ("the country's medical services" →
    /// "medical services"; "the junta's information office" keeps its body).</summary>
    public static string Organisation(AttributionContext c, int start, int end)
    {
        if (end - start > 1 && c.IsPossessive(end - 1))
        {
            end--;
        }

        if (end - start > 2 && c.IsLowerCase(start) && c.IsPossessive(start + 1) && !c.Is(start, Body | Title))
        {
            start += 2;
        }

        return c.Slice(start, end);
    }

    private static bool IsDemonym(AttributionContext c, int i) => c.TryGetEntity(i, out var mention) && mention.Form == Entities.EntityMentionForm.Demonym;

    // The first title after a possessive ("ministry's | deputy for child protection"), or -1.
    private static int OwnedTitle(AttributionContext c, int start, int rest)
    {
        for (var p = start + 1; p < rest - 1; p++)
        {
            if (c.IsPossessive(p) && c.Is(p + 1, Title) && c.IsLowerCase(p + 1))
            {
                return p + 1;
            }
        }

        return -1;
    }

    // The head of a noun phrase: its last word, or the last word before a preposition ("the authority of the province",
    // "authorities in the province").
    private static int HeadOf(AttributionContext c, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (c.Is(k, Preposition) && c.IsLowerCase(k))
            {
                return k - 1;
            }
        }

        return end - 1;
    }

    // The trailing run of capitalised words that are neither titles, body words, acronyms nor entities ("Maria Zakharova"); initials
    // inside it stay ("G.S. Malik").
    private static int NameStart(AttributionContext c, int start, int end)
    {
        var nameStart = end;
        while (nameStart > start)
        {
            var t = nameStart - 1;
            var initials = nameStart < end && IsInitials(c, t);
            if (!c.IsCapitalised(t) || c.Is(t, Title | TitleModifier | Body) || c.InEntity(t)
                || (!initials && (c.IsAllCapitals(t) || c.Word(t).Contains('.'))))
            {
                break;
            }

            nameStart--;
        }

        return nameStart;
    }

    private static bool IsInitials(AttributionContext c, int t) => c.IsWord(t) && IsInitials(c.Word(t)) && !c.InEntity(t);

    /// <summary>Whether <paramref name="word"/> is a name's dotted initials ("G.S.", "J.R."): at most six characters, a full stop, and
    /// two or more letters, all capitals.</summary>
    internal static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length > 6 || !word.Contains('.'))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    // Titles sit just before the name, in either case ("Prime Minister", "lawmaker"); a body word or an entity ends them ("Russian
    // Foreign Ministry | spokeswoman", "US | Defense Secretary"). Before them, or after "for"/"of" ("spokesperson for the council"),
    // is the organisation.
    private static (string? Role, string? Organisation) RoleAndOrganisation(AttributionContext c, int start, int rest, bool hasSpeaker)
    {
        var of = hasSpeaker ? -1 : RolePreposition(c, start, rest);
        if (of > 0)
        {
            var orgStart = of + 1;
            while (orgStart < rest && c.Is(orgStart, Determiner))
            {
                orgStart++;
            }

            return (c.Slice(start, of), orgStart < rest ? Organisation(c, orgStart, rest) : null);
        }

        // "the agency's head of office in the region": the body owns the title that follows its possessive. A title that owns a
        // body in turn ("the country's ombudsman's office", "Vorland's prosecutor general's office") names that body, not the owner.
        if (!hasSpeaker && !c.Is(rest - 1, Title | TitleModifier) && OwnedTitle(c, start, rest) is var owned and > 0)
        {
            return c.Is(HeadOf(c, owned, rest), Body) ? (null, Organisation(c, start, rest)) : (c.Slice(owned, rest), Organisation(c, start, owned));
        }

        // A demonym among the titles is part of them ("a senior Saudi official"); the entity stays the affiliation.
        var titleStart = rest;
        while (titleStart > start && ((c.Is(titleStart - 1, Title | TitleModifier) && !c.InEntity(titleStart - 1) && !c.Is(titleStart - 1, Body))
               || (titleStart < rest && IsDemonym(c, titleStart - 1))))
        {
            titleStart--;
        }

        // "harbour master", "camp director": a first word that is no body or name before a title is part of it (capitalised only at
        // the start of a sentence: "Harbour master Lena Holt").
        var modifier = titleStart - 1;
        if (titleStart < rest && modifier == start && !c.Is(modifier, Body | Determiner | Stop | Preposition) && !c.InEntity(modifier) && !c.IsAllCapitals(modifier)
            && (c.IsLowerCase(modifier) || modifier == 0))
        {
            titleStart--;
        }

        var role = titleStart < rest ? c.Slice(titleStart, rest) : null;
        var organization = titleStart > start ? Organisation(c, start, titleStart) : null;

        // "Ukrainian military intelligence", "Mali's military": a body named by adjectives and a body word or a title modifier.
        if (!hasSpeaker && role is not null && (c.Is(rest - 1, Body) || !c.Is(rest - 1, Title)))
        {
            organization = organization is null ? role : $"{organization} {role}";
            role = null;
        }

        return (role, organization);
    }

    // "spokesperson for the council", "officials from the ministry": a preposition after nothing but titles splits the role from the
    // body; a name with "of" in it
    // ("National Commission for the Reception of Refugees") stays whole, and so does a group ("organisers of the march").
    private static int RolePreposition(AttributionContext c, int start, int rest)
    {
        for (var k = start + 1; k < rest - 1; k++)
        {
            if (c.Is(k, Affiliation) && c.IsLowerCase(k))
            {
                for (var r = start; r < k; r++)
                {
                    // "zonal head of the agency": the first word may modify the title.
                    var modifier = r == start && c.IsLowerCase(r) && !c.Is(r, Body) && c.Is(r + 1, Title);
                    if (!c.Is(r, Title | TitleModifier | Determiner) && !modifier)
                    {
                        return -1;
                    }
                }

                return SourceParser.CanHeadSource(c, rest - 1) ? k : -1;
            }
        }

        return -1;
    }
}
