using System.Runtime.InteropServices;
using ClaimCheck.Entities;
using ClaimCheck.Entities.Rules;
using ClaimCheck.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Who or what a claim is about: an entity in the counted noun phrase, a possessor, "from/by/of X", the agent of the clause, or the country the sentence names.</summary>
internal static class Subjects
{
    /// <summary>Who a quantity is about: an entity in its noun phrase, a demonym counted right after it, a place it is given "for"
    /// right after it, a possessor, "from/by/of X", or the agent of the clause.</summary>
    internal static string? QuantitySubject(SentenceView s, QuantityMatch match, TextSpan? sourceSpan)
    {
        if (match.HasNounPhrase && s.EntityIn(match.NounFirstToken, match.NounEndToken) is { } inPhrase)
        {
            return inPhrase;
        }

        // "13 Israelis", "10 Thais had been freed": a demonym counted right after the figure says whose people they are, whoever
        // reports them ("Qatar said 10 Thais had been freed").
        if (s.MentionAt(match.EndToken) is { Form: EntityMentionForm.Demonym } counted && counted.FirstToken == match.EndToken)
        {
            return counted.Entity.Name;
        }

        if (PlaceForAfter(s, match) is { } placeFor)
        {
            return placeFor;
        }

        // "The G7's 50 billion US dollars"
        var first = match.FirstToken;
        if (first >= 2 && s.Tokens[first - 1].Kind == TokenKind.Possessive && s.EntityEndingAt(first - 1) is { } possessor)
        {
            return possessor;
        }

        if (SourceAfter(s, match.EndToken) is { } source)
        {
            return source;
        }

        return AgentBefore(s, first, sourceSpan, OwnClauseStart(s, match));
    }

    /// <summary>The first token of the clause a counted figure opens after a semicolon anywhere before it ("Storm damage was worst in
    /// Kestrel Bay; 160 boats were swept out to sea"), or 0 where it opens none. A name before that token is another clause's
    /// subject, not the figure's: the figure's own noun says what it counts and its own verb what happened to it. A bare number is
    /// not read ("Brenmoor reported 14 deaths; 12 were injured"): it leans on the clause before for what it counts, and often for
    /// where; nor a colon or a dash ("Brenmoor: 26 dead"), which introduce rather than end a clause; nor a clause joined by a comma
    /// and "and" or "while" ("Brenmoor lost its harbour wall, and 23 fishermen are still missing"), which across the stories more
    /// often goes on about the same place than turns to another (tried: +1 found, but most of the places it took away were right).</summary>
    private static int OwnClauseStart(SentenceView s, QuantityMatch match)
    {
        var first = match.FirstToken;
        if (!match.HasNounPhrase || match.HasNounBefore)
        {
            return 0;
        }

        for (var k = first - 1; k >= 0; k--)
        {
            if (s.Word(k) is ";")
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>The place a count is given for when "for" and the place's name follow it right away and the name ends the count's
    /// phrase ("the agency counts 14 for Brenmoor and 6 for Lindenport": each figure its own place's, not the sentence's first place), or null.
    /// A name that qualifies a noun after it ("12 for Vorland fraud") or that opens a list ("for Vorland and Estmark") is not read.</summary>
    private static string? PlaceForAfter(SentenceView s, QuantityMatch match)
    {
        var at = match.PhraseEndToken;
        if (s.Word(at) is not "for" || s.MentionAt(at + 1) is not { Form: EntityMentionForm.Name, Entity.Kind: EntityKind.Country or EntityKind.Place } mention
            || mention.FirstToken != at + 1)
        {
            return null;
        }

        var end = mention.EndToken;
        if (end >= s.Tokens.Count)
        {
            return mention.Entity.Name;
        }

        var lists = s.Word(end) is "," or "and" or "or" && s.MentionAt(end + 1) is not null;
        return (s.Tokens[end].Kind == TokenKind.Punctuation || s.Word(end) is "and") && !lists ? mention.Entity.Name : null;
    }

    /// <summary>How many tokens after an amount its recipient may be named ("$61 billion in aid for Vorland").</summary>
    private const int RecipientWindow = 7;

    // "$4 billion for Vorland", "$4 billion in military aid for Vorland": money given to one country is that country's, whoever
    // gives it (Recipient); money for several ("for Vorland, Lindenport and Chile") is none of theirs alone (Several).
    internal static (string? Recipient, bool Several) RecipientAfter(SentenceView s, QuantityMatch match)
    {
        var start = Math.Max(match.EndToken, match.NounEndToken);
        for (var j = start; j < Math.Min(s.Tokens.Count, start + RecipientWindow); j++)
        {
            if (s.Tokens[j].Kind is not TokenKind.Word || s.QuantityAt(j) is not null)
            {
                break;
            }

            if (s.Word(j) is not "for")
            {
                continue;
            }

            var at = s.Word(j + 1) is "the" ? j + 2 : j + 1;
            if (s.MentionAt(at) is not { Entity.Kind: EntityKind.Country } mention)
            {
                break;
            }

            return s.Word(mention.EndToken) is "," or "and" && s.MentionAt(mention.EndToken + 1) is { Entity.Kind: EntityKind.Country }
                ? (null, true)
                : (mention.Entity.Name, false);
        }

        return (null, false);
    }

    internal static string? ThemeOrigin(SentenceView s, int theme) => DemonymBefore(s, theme) ?? SourceAfter(s, theme + 1);

    /// <summary>The country of a demonym within two lower-case words before <paramref name="theme"/> ("North Korean troops", "a
    /// Chilean airstrike", "North Korean special forces"), or null.</summary>
    internal static string? DemonymBefore(SentenceView s, int theme)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.EndToken <= theme && mention.EndToken >= theme - 2 && mention.Form == EntityMentionForm.Demonym)
            {
                var between = true;
                for (var k = mention.EndToken; k < theme; k++)
                {
                    between &= s.Tokens[k].Kind == TokenKind.Word && char.IsLower(s.Word(k)[0]) || s.Word(k) is "-";
                }

                if (between)
                {
                    return mention.Entity.Name;
                }
            }
        }

        return null;
    }

    /// <summary>The country whose side a count stands on: a demonym and a <c>side-noun</c> before the figure in its clause ("On the
    /// Vorlandian side, 58 soldiers died", "the Vorlandian side lost 58 soldiers"), or null. A side that another country's name or
    /// demonym follows before the figure, other than in an opening "On the … side,", speaks of that country's deeds ("The Vorlandian
    /// side said Ostravan shelling killed 58 people"), not of its own toll.</summary>
    internal static string? SideBefore(SentenceView s, QuantityMatch match)
    {
        for (var j = match.FirstToken - 1; j > 0; j--)
        {
            if (s.Word(j) is ";" || s.Tokens[j].Kind == TokenKind.Number)
            {
                return null;
            }

            if (s.Words.SideNouns.Contains(s.Word(j)) && DemonymBefore(s, j) is { } side)
            {
                var sideNoun = j;
                return s.Word(j + 1) is "," || !s.Entities.Exists(m => m.FirstToken > sideNoun && m.EndToken <= match.FirstToken
                    && m.Entity.Kind is EntityKind.Country or EntityKind.Place && m.Entity.Name != side && (m.Place?.Within ?? m.Entity.Within) != side) ? side : null;
            }
        }

        return null;
    }

    // "from North Korea", "by Pyongyang", "of the Russian central bank", "from Great Britain, Canada and Japan": the first "from",
    // "by" or "of" within four words of `index`, before any punctuation.
    internal static string? SourceAfter(SentenceView s, int index) => NamesAfter(s, index, 4, fromOnly: false);

    // "had crossed into Chad from Sudan": where the people counted came from, the first "from" within `window` words of `index`.
    internal static string? OriginAfter(SentenceView s, int index, int window) => NamesAfter(s, index, window, fromOnly: true);

    /// <summary>The agent of a passive or of an attack noun: the names after the first "by" within three words of
    /// <paramref name="index"/> ("carried out by Chilean aircraft", "an airstrike by the Chilean air force"), or null.</summary>
    internal static string? AgentAfterBy(SentenceView s, int index) => NamesAfter(s, index, 3, fromOnly: false, byOnly: true);

    private static string? NamesAfter(SentenceView s, int index, int window, bool fromOnly, bool byOnly = false)
    {
        for (var j = index; j < Math.Min(s.Tokens.Count, index + window); j++)
        {
            var word = s.Word(j);
            if (!(word.Equals("by", StringComparison.OrdinalIgnoreCase) && !fromOnly
                || !byOnly && (word.Equals("from", StringComparison.OrdinalIgnoreCase) || !fromOnly && word.Equals("of", StringComparison.OrdinalIgnoreCase))))
            {
                if (s.Tokens[j].Kind == TokenKind.Punctuation)
                {
                    return null;
                }

                continue;
            }

            var names = new List<string>();
            var k = j + 1;
            while (k < s.Tokens.Count)
            {
                if (s.Word(k) is "the" or "The")
                {
                    k++;
                    continue;
                }

                var mention = s.MentionAt(k);
                if (mention is null)
                {
                    break;
                }

                names.Add(mention.Value.Entity.Name);
                k = mention.Value.EndToken;
                if (k < s.Tokens.Count && s.Word(k) is "," or "and" && s.MentionAt(k + 1) is not null)
                {
                    k++;
                    continue;
                }

                break;
            }

            if (names.Count > 0)
            {
                return string.Join(", ", names.Distinct(StringComparer.Ordinal));
            }

            return null;
        }

        return null;
    }

    /// <summary>The place a population figure belongs to: a place the sentence names before the figure ("Lindenport, a city of 900,000"),
    /// else right after it ("the 2 million people of Vorland"), as the place itself, never the country it lies in; null when the sentence
    /// names none (a population is a fact about one place, so it is not given the document's place).</summary>
    internal static string? PopulationPlace(SentenceView s, QuantityMatch match)
    {
        EntityMention? before = null;
        EntityMention? after = null;
        foreach (var mention in s.Entities)
        {
            if (mention.Form != EntityMentionForm.Name || mention.Entity.Kind is not (EntityKind.Place or EntityKind.Country))
            {
                continue;
            }

            if (mention.EndToken <= match.FirstToken)
            {
                before = mention;
            }
            else if (after is null && mention.FirstToken >= match.EndToken && mention.FirstToken <= Math.Max(match.EndToken, match.NounEndToken) + 2)
            {
                after = mention;
            }
        }

        return (after ?? before) is { } named ? (named.Place ?? named.Entity).Name : null;
    }

    /// <summary>Whether the words just before a population figure that names no place refer back to a place by "the" and a place noun
    /// (<c>claim-place-noun</c>) up to six words before it: "the city of 350,000", "the city, home to 350,000" — the place the report
    /// is about. "A town of 5,000" (some other place) and "a block home to 150 people" (no place noun) do not. It cannot tell the
    /// report's place from another that a sentence before named and "the town" refers back to.</summary>
    internal static bool PopulationOfTheReportsPlace(SentenceView s, QuantityMatch match)
    {
        for (var j = match.FirstToken - 1; j >= Math.Max(1, match.FirstToken - PopulationReferentWindow); j--)
        {
            if (s.Words.PlaceNouns.Contains(s.Word(j)) && s.Word(j - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return !TimeAnchors.HasClauseBreak(s, j, match.FirstToken);
            }
        }

        return false;
    }

    // How many words before a population figure "the" and its place noun may stand ("the city, home to some 350,000").
    private const int PopulationReferentWindow = 6;

    /// <summary>The body named by a common noun before <paramref name="index"/> in its clause ("the ministry denied that police had
    /// used tear gas" → police; "accused the police of using"), or null. Read only when no named agent precedes. A member noun alone
    /// ("officers fired") acts for <paramref name="documentAgent"/>, the body an earlier sentence named by an agent noun, if any.</summary>
    internal static string? AgentNounBefore(SentenceView s, int index, string? documentAgent)
    {
        for (var j = index - 1; j >= Math.Max(0, index - 6); j--)
        {
            var word = s.Word(j);
            if (s.Words.AgentMemberNouns.Contains(word))
            {
                // "police officers", "army officers": members act for the body named right before them ("prison officers" for none);
                // "officers" alone, for the body the document named before ("Police blocked the bridge. … officers fired").
                if (j == 0 || !s.Words.AgentNouns.ContainsKey(s.Word(j - 1)))
                {
                    return IsBodylessMember(s, j) ? null : documentAgent;
                }

                j--;
                word = s.Word(j);
            }

            if (s.Words.AgentNouns.TryGetValue(word, out var agent))
            {
                // "the Chilean army", "Chile's police": the country the body belongs to, as a named agent would give it.
                return OwnerBefore(s, j) ?? agent;
            }

            if (s.Tokens[j].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(word) || word is "that")
            {
                return null;
            }
        }

        return null;
    }

    // "prison officers", "customs officers": a noun before the member noun names a body that is none of the agents. A determiner, a
    // conjunction or a verb ("the officers", "denied officers had") leaves the member noun bare.
    private static bool IsBodylessMember(SentenceView s, int member)
    {
        if (member == 0 || s.Tokens[member - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var before = s.Word(member - 1);
        return !before.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !s.Words.BareMemberCues.Contains(before);
    }

    // A demonym or a possessive name right before the noun at `noun`.
    private static string? OwnerBefore(SentenceView s, int noun)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.EndToken == noun && mention.Form == EntityMentionForm.Demonym
                || mention.EndToken == noun - 1 && s.Tokens[mention.EndToken].Kind == TokenKind.Possessive)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>The source itself as the agent when a pronoun stands right before the predicate ("the front denies that it targeted
    /// civilians", "they have not sent troops"): the body the source names, as the entities know it, else its organisation.</summary>
    internal static string? PronounAgent(SentenceView s, int predicate, Attribution.Attribution? source, Attribution.ReportingCue? cue)
    {
        var j = predicate - 1;
        while (j >= 0 && s.Word(j) is "had" or "has" or "have" or "was" or "were" or "did" or "ever" or "never" or "not")
        {
            j--;
        }

        // The pronoun opens the reporting verb's complement ("denies that it", "denied it had"): "the ministry said officers were
        // attacked and they fired" is about the officers.
        if (j < 1 || s.Word(j) is not ("it" or "they") || source is null || !(s.Word(j - 1) is "that" || cue is { } reporting && reporting.CueToken == j - 1))
        {
            return null;
        }

        if (source.Span is { } named)
        {
            foreach (var mention in s.Entities)
            {
                if (named.Contains(SpanOf(s, mention)))
                {
                    return mention.Entity.Name;
                }
            }
        }

        return source.Organization;
    }

    /// <summary>The agent a blaming verb names as its object: the first name after <paramref name="predicate"/> in its clause
    /// ("blamed Chile for the blast", "blamed the blast on Chile"), or null.</summary>
    internal static string? BlamedAfter(SentenceView s, int predicate)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.FirstToken <= predicate)
            {
                continue;
            }

            for (var k = predicate + 1; k < mention.FirstToken; k++)
            {
                if (s.Tokens[k].Kind == TokenKind.Punctuation || s.Words.ClauseBreaks.Contains(s.Word(k)))
                {
                    return null;
                }
            }

            // Right after the verb or after "on" ("blamed Chile", "blamed the blast on Chile"), not "a leak in the Turkish capital".
            var before = mention.FirstToken - 1;
            if (s.Word(before) is "the" && before > predicate)
            {
                before--;
            }

            if (before == predicate || s.Word(before) is "on")
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="mention"/> is a news agency's credit, in brackets before a dash ("(Harbour Business Wire) - Acme Group
    /// said …", "LONDON (Capital Wire) -"): it names who filed the report, not what its figures are about.</summary>
    internal static bool IsBracketedCredit(ReadOnlySpan<Token> tokens, string text, EntityMention mention) =>
        mention.FirstToken > 0 && mention.EndToken + 1 < tokens.Length && tokens[mention.FirstToken - 1].Span.Slice(text) is "("
        && tokens[mention.EndToken].Span.Slice(text) is ")" && tokens[mention.EndToken + 1].Span.Slice(text) is "-" or "—" or "–";

    /// <summary>The nearest named country or body before <paramref name="index"/> that acts as the clause's subject; none named
    /// before <paramref name="clauseStart"/>, where the clause that holds <paramref name="index"/> begins.</summary>
    internal static string? AgentBefore(SentenceView s, int index, TextSpan? sourceSpan = null, int clauseStart = 0)
    {
        for (var m = s.Entities.Count - 1; m >= 0; m--)
        {
            var mention = s.Entities[m];
            if (mention.EndToken > index || mention.Form != EntityMentionForm.Name)
            {
                continue;
            }

            if (mention.FirstToken < clauseStart)
            {
                return null;
            }

            if (mention.EndToken < s.Tokens.Count && s.Tokens[mention.EndToken].Kind == TokenKind.Possessive)
            {
                continue;
            }

            // "LINDENPORT (Agency / 10 May) – The number of dead … has risen to 28": a dateline says where the report was filed, not
            // who or where the figure is about.
            if (mention.Rule == DatelineRule.RuleName || IsBracketedCredit(s.Tokens.AsSpan(), s.Text, mention))
            {
                continue;
            }

            if (mention.FirstToken > 0 && IsPreposition(s.Word(mention.FirstToken - 1)) && !IsWithClauseSubject(s, mention, index))
            {
                continue;
            }

            // "in the Velmar region", "to mainland China", "in northern Syria": an article or a place modifier after the preposition.
            if (mention.FirstToken > 1 && (s.Word(mention.FirstToken - 1) is "the" or "The" || s.EntityCues.Of(s.Word(mention.FirstToken - 1)).HasFlag(EntityCue.PlaceModifier))
                && IsPreposition(s.Word(mention.FirstToken - 2)) && !IsWithClauseSubject(s, mention, index))
            {
                continue;
            }

            if (IsInPrepositionalList(s, m))
            {
                continue;
            }

            if (CountryOfPlacePair(s, m) is { } pairCountry)
            {
                return pairCountry; // "the storm struck Brenmoor and Kestrel Valley, killing 42": both places', so their country's
            }

            // "Red Cross spokesman John Smith said 500 people died": the speaker's body is the source, not the subject.
            if (sourceSpan is { } speaking && speaking.Contains(SpanOf(s, mention)))
            {
                continue;
            }

            // "a $400 million US aid package, as well as $800 million in loans": an entity inside another amount's noun phrase
            // modifies that amount, not the clause.
            if (IsInsideAnotherAmount(s, mention, index))
            {
                continue;
            }

            // The source of a reporting verb is who speaks, not what the claim is about ("The Red Cross said 300 people died"), and
            // who is told is who hears it ("survivors told the UN refugee agency that 750 people were aboard").
            if (IsSourceOfReportingVerb(s, mention.EndToken) || IsHearer(s.Tokens.AsSpan(), s.Text, mention, s.Words))
            {
                continue;
            }

            return mention.Entity.Name;
        }

        return null;
    }

    /// <summary>Whether <paramref name="name"/> is an organisation whose name begins or ends with a <c>public-body</c> head noun ("Interior
    /// Ministry", "Department of Transportation"): a body of a country's state, not a company or a group of its own.</summary>
    internal static bool IsPublicBody(SentenceView s, string name) => HasPublicBodyHead(s.Words, name) && s.IsOrganization(name);

    /// <summary>Whether <paramref name="name"/> begins or ends with a <c>public-body</c> head noun; whether it names an organisation
    /// is for the caller to know.</summary>
    internal static bool HasPublicBodyHead(ClaimWords words, string name)
    {
        var first = name.AsSpan(0, name.IndexOf(' ') is var space and >= 0 ? space : name.Length);
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        return words.PublicBodies.Contains(first) || words.PublicBodies.Contains(last);
    }

    internal static bool IsInsideAnotherAmount(SentenceView s, EntityMention mention, int index)
    {
        foreach (var match in s.Quantities)
        {
            var end = match.PhraseEndToken;
            if (match.FirstToken < index && mention.FirstToken >= match.FirstToken && mention.EndToken <= end)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsSourceOfReportingVerb(SentenceView s, int after)
    {
        var j = after;
        while (j < s.Tokens.Count && s.Reporting.IsSkippableBeforeVerb(s.Word(j)))
        {
            j++;
        }

        return j < s.Tokens.Count && (s.Reporting.IsVerb(s.Word(j)) || s.Word(j) is "," or "according");
    }

    /// <summary>Whether <paramref name="mention"/> is who hears a report: the name right after a verb whose object hears it ("told the
    /// UN agency that …", "told Reuters"), or after its article; not "told Lindenport residents to leave", an order whose object is who
    /// must act. Who is told is neither a figure's subject nor what the report is about.</summary>
    internal static bool IsHearer(ReadOnlySpan<Token> tokens, string text, EntityMention mention, ClaimWords words)
    {
        var j = mention.FirstToken - 1;
        if (j >= 0 && tokens[j].Span.Slice(text) is "the")
        {
            j--;
        }

        if (j < 0 || !words.HearerVerbs.Contains(tokens[j].Span.Slice(text)))
        {
            return false;
        }

        for (var k = mention.EndToken; k < Math.Min(tokens.Length, mention.EndToken + HearerNounWords + 1); k++)
        {
            var word = tokens[k].Span.Slice(text);
            if (word is "to")
            {
                return false;
            }

            if (tokens[k].Kind != TokenKind.Word || !char.IsLower(word[0]))
            {
                break;
            }
        }

        return true;
    }

    // "bonds rallied, with the FTSE 100 up 0.8% by noon", "with Vorland up 2%": the name after "with" (and "the") is the subject of the
    // clause "with" opens when the change of the figure at `index` follows it at once, its change word ("down", "up") between.
    private static bool IsWithClauseSubject(SentenceView s, EntityMention mention, int index)
    {
        var with = mention.FirstToken - (s.Word(mention.FirstToken - 1) is "the" or "The" ? 2 : 1);
        if (with < 0 || !s.Word(with).Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return s.QuantityCovering(index) is { } quantity && quantity.Mention.Change != QuantityChange.None
            && quantity.FirstToken - mention.EndToken is 0 or 1;
    }

    /// <summary>How many nouns may follow a told name before the "to" of an order ("told Lindenport residents to leave").</summary>
    private const int HearerNounWords = 3;

    /// <summary>The country that the places of a list ending at mention <paramref name="mentionIndex"/> lie in together, when the
    /// mention is the last of two or more known places joined by "and" (commas before it: "struck Brenmoor, Tarvo and Kestrel
    /// Valley"): a figure after such a list is given for the places together, not for the last one named, so its subject is the
    /// country they share; null when the mention ends no such list or they share none (one of them is a country, or they lie in
    /// different ones: tried reading no subject there, it lost more than it gained). A place and the country it lies in ("Brenmoor,
    /// Vorland") is one place, not a list.</summary>
    private static string? CountryOfPlacePair(SentenceView s, int mentionIndex)
    {
        var last = s.Entities[mentionIndex];
        if (!IsPlace(last) || last.FirstToken < 1 || s.Word(last.FirstToken - 1) is not "and")
        {
            return null;
        }

        string? common = WithinOf(last);
        var joiner = last.FirstToken - 1;
        var items = 1;
        for (var m = mentionIndex - 1; m >= 0; m--)
        {
            var previous = s.Entities[m];
            var end = joiner - (s.Word(joiner - 1) is "," ? 1 : 0);
            while (end > previous.EndToken && s.Words.PlaceNouns.Contains(s.Word(end - 1)))
            {
                end--; // "Brenmoor province and Tarvo"
            }

            if (previous.EndToken != end || !IsPlace(previous) || previous.Form != EntityMentionForm.Name
                || WithinOf(previous) == last.Entity.Name || WithinOf(last) == previous.Entity.Name)
            {
                break;
            }

            items++;
            common = WithinOf(previous) == common ? common : null;
            joiner = previous.FirstToken - 1;
            if (joiner < 1 || s.Word(joiner) is not ",")
            {
                break;
            }
        }

        return items < 2 ? null : common;
    }

    private static bool IsPlace(EntityMention mention) =>
        mention.Form == EntityMentionForm.Name && (mention.Place is not null || mention.Entity.Kind is EntityKind.Place or EntityKind.Country);

    private static string? WithinOf(EntityMention mention) => mention.Place?.Within ?? mention.Entity.Within;

    // "in Ukraine and South Korea": a later item of a list that a preposition governs.
    internal static bool IsInPrepositionalList(SentenceView s, int mentionIndex)
    {
        for (var m = mentionIndex; m > 0; m--)
        {
            var joiner = s.Word(s.Entities[m].FirstToken - 1);
            if (!(joiner is "and" or "," or "or") || s.Entities[m - 1].EndToken != s.Entities[m].FirstToken - 1)
            {
                return false;
            }

            var previous = s.Entities[m - 1];
            if (previous.FirstToken > 0 && IsPreposition(s.Word(previous.FirstToken - 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan SpanOf(SentenceView s, EntityMention mention) =>
        TextSpan.FromBounds(s.Tokens[mention.FirstToken].Span.Start, s.Tokens[mention.EndToken - 1].Span.End);

    /// <summary>Whether the word is "the", "its" or "their", in any case: the words that can open a noun phrase whose figure is
    /// then that phrase's own ("the 12 dead", "its three largest parties").</summary>
    internal static bool IsTheOrPossessive(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word is a possessive pronoun written in lower case, "its", "their", "his", "her" or "our": the owner of
    /// what follows ("12 of its pupils", "their projections").</summary>
    internal static bool IsPossessivePronoun(ReadOnlySpan<char> word) => word is "its" or "their" or "his" or "her" or "our";

    internal static bool IsPreposition(ReadOnlySpan<char> word) =>
        word is "to" or "in" or "for" or "from" or "with" or "of" or "at" or "on" or "against" or "by" or "into" or "over" or "about"
            or "toward" or "towards" or "across" or "within" or "inside" or "near" or "between" or "among" or "under" or "via";

    /// <summary>The first country the sentence names, by name or adjective, leaving out the source's words ("Ukraine says 300 people
    /// were killed") and the side that attacked ("in a Russian airstrike"): where a toll's people were when nothing nearer says. Given
    /// the toll's first token (<paramref name="figure"/>), a country named by its own name after "in" in the toll's clause comes
    /// first: it says where the toll was counted ("38 killed as Ostravan airliner crashes in Vorland": Vorland, not the carrier's
    /// Ostrava); a capital after "in" ("a group based in Lindenport") names a city, and a place in another clause, after a
    /// semicolon, another toll's.</summary>
    internal static string? CountryIn(SentenceView s, TextSpan? sourceSpan, int figure = -1)
    {
        string? first = null;
        foreach (var mention in s.Entities)
        {
            if (mention.Entity.Kind != EntityKind.Country || PartyDemonyms.NamesAnotherParty(s.Tokens.AsSpan(), s.Text, mention, s.Words)
                || IsNationalityAside(s, mention) || PassingCountries.IsSetAside(s.Tokens.AsSpan(), s.Text, mention, s.EntityCues, CollectionsMarshal.AsSpan(s.Entities))
                || IsOtherCountsNationality(s, mention, figure) || IsInLaterClause(s, mention, figure))
            {
                continue;
            }

            if (sourceSpan is { } source && source.Contains(SpanOf(s, mention)))
            {
                continue;
            }

            if (figure >= 0 && mention is { Form: EntityMentionForm.Name, Place: null } && IsAfterIn(s, mention) && !HasSemicolonBetween(s, figure, mention.FirstToken))
            {
                return mention.Entity.Name;
            }

            first ??= mention.Entity.Name;
        }

        return first;
    }

    /// <summary>Whether <paramref name="mention"/> is a demonym counted by a later figure than the toll's at <paramref name="figure"/>
    /// ("37 people died, among them 22 Vorlanders", "killed 18 workers, five Ostran nationals among them", "had 37 people, 22 of
    /// them Vorlanders", "Of the 37 aboard, 22 were Vorlanders"): it says who that part of the people were, not where the toll's
    /// people were. Only a demonym within the other figure's mention or its counted phrase, after its "of them" in words only, or
    /// right after its "were" is read, and only a figure after the toll's: an earlier one often lends its people to an elliptical
    /// toll ("9 Vorlanders died and 30 were in hospital"). Unknown (negative) <paramref name="figure"/> reads nothing.</summary>
    private static bool IsOtherCountsNationality(SentenceView s, EntityMention mention, int figure)
    {
        if (figure < 0 || mention.Form != EntityMentionForm.Demonym)
        {
            return false;
        }

        foreach (var match in s.Quantities)
        {
            if (match.FirstToken > figure && mention.FirstToken > match.FirstToken
                && (mention.FirstToken < match.PhraseEndToken || mention.FirstToken == match.EndToken || IsOfThemNationality(s, match, mention)
                    || (mention.FirstToken == match.EndToken + 1 && Ellipses.IsCopula(s, match.EndToken))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words may stand between "of them" and the demonym that says who they were ("42 of them are thought to have
    /// been Vorlanders").</summary>
    private const int OfThemWindow = 6;

    // "42 of them are thought to have been Vorlanders": a count of "of them" whose clause, in words only, ends in a demonym.
    private static bool IsOfThemNationality(SentenceView s, QuantityMatch match, EntityMention mention)
    {
        var at = match.EndToken;
        if (s.Word(at) is not "of" || s.Word(at + 1) is not ("them" or "whom") || mention.FirstToken > at + 2 + OfThemWindow)
        {
            return false;
        }

        for (var k = at + 2; k < mention.FirstToken; k++)
        {
            if (s.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return mention.FirstToken >= at + 2;
    }

    // "37 people were killed, and 22 of them were Nepalis; the others were from Pakistan and Egypt": a country named after a semicolon
    // that follows the toll's figure is another clause's (the other victims' nations, another toll), not where the toll was counted.
    // Unknown (negative) figure reads nothing.
    private static bool IsInLaterClause(SentenceView s, EntityMention mention, int figure) =>
        figure >= 0 && mention.FirstToken > figure && HasSemicolonBetween(s, figure, mention.FirstToken);

    /// <summary>Whether a semicolon stands among the tokens from <paramref name="a"/> to <paramref name="b"/> (either order).</summary>
    internal static bool HasSemicolonBetween(SentenceView s, int a, int b)
    {
        for (var k = Math.Min(a, b); k < Math.Max(a, b); k++)
        {
            if (s.Word(k) is ";")
            {
                return true;
            }
        }

        return false;
    }

    // "in Vorland", "in neighbouring Vorland": a name after "in", one lower-case modifier between.
    private static bool IsAfterIn(SentenceView s, EntityMention mention)
    {
        var before = mention.FirstToken - 1;
        if (before >= 1 && s.Word(before) is { Length: > 0 } modifier && char.IsLower(modifier[0]) && !s.Word(before).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        return before >= 0 && s.Word(before).Equals("in", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsNationalityAside(SentenceView s, EntityMention mention) => IsNationalityAside(s.Tokens.AsSpan(), s.Text, mention, s.Words);

    /// <summary>Whether <paramref name="mention"/> stands in an aside on who the people counted were ("17 people, most of them Ostran
    /// nationals", "victims, mainly Vorlander workers", "8,700 refugees, most of them from Vorland") or on one person ("Ana Ruiz, a
    /// Vorlandian tourist"): it says where they come from, not where the count was made or what the report is about.</summary>
    internal static bool IsNationalityAside(ReadOnlySpan<Token> tokens, string text, EntityMention mention, ClaimWords words)
    {
        var first = mention.FirstToken;
        if (IsOnePersonsNationality(tokens, text, mention, words))
        {
            return true;
        }

        if (mention.Form != EntityMentionForm.Demonym)
        {
            // "most of them from Vorland": a country's name in the aside only after "from"
            if (first < 3 || tokens[first - 1].Span.Slice(text) is not "from")
            {
                return false;
            }

            first--;
        }

        return first >= 2
            && ((tokens[first - 2].Span.Slice(text) is "of" && tokens[first - 1].Span.Slice(text) is "them" or "whom")
                || tokens[first - 1].Span.Slice(text) is "mostly" or "mainly" or "largely" or "chiefly");
    }

    // "a Vorlandian refugee", "an Ostran tourist": a demonym between "a" or "an" and a noun for one person says where that person is
    // from; "Vorlandian refugees" may be the people the report counts.
    private static bool IsOnePersonsNationality(ReadOnlySpan<Token> tokens, string text, EntityMention mention, ClaimWords words) =>
        mention.Form == EntityMentionForm.Demonym && mention.FirstToken >= 1 && mention.EndToken < tokens.Length
        && tokens[mention.FirstToken - 1].Span.Slice(text) is "a" or "an" or "A" or "An"
        && words.PersonNouns.Contains(tokens[mention.EndToken].Span.Slice(text));

    /// <summary>A country other than <paramref name="topicCountry"/> that the sentence names as where things happened ("in Vorland",
    /// "in neighbouring Vorland", "a Vorland village", "a Vorlandian town"), outside the source's words; null when there is none. An event's own measures (its winds, its
    /// rainfall) recorded there are that country's, not those of the country the report is about.</summary>
    internal static string? LocativeCountryIn(SentenceView s, TextSpan? sourceSpan, string? topicCountry)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.Entity.Kind != EntityKind.Country || mention.Entity.Name == topicCountry
                || sourceSpan is { } source && source.Contains(SpanOf(s, mention)))
            {
                continue;
            }

            // "raided a Vorland village", "a Vorlandian town", "struck the Vorland town of Brenmoor": the country's name or demonym
            // before a place noun places it.
            if (s.EntityCues.Of(s.Word(mention.EndToken)).HasFlag(EntityCue.PlaceNoun))
            {
                return mention.Entity.Name;
            }

            if (IsAfterIn(s, mention))
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>How many levels of containment are followed up to a country ("Brenmoor" → "Tocantins" → "Brazil").</summary>
    private const int ContainmentDepth = 8;

    /// <summary>The country a place that is not itself a country lies in: by the containment the text or the lexicon gives ("Brenmoor,
    /// Tocantins"), else, for a place no list puts in a country, the country the document is about; null when
    /// <paramref name="name"/> is a country, a body, or a name the sentence does not know as a place and that is not the place the
    /// document is about.</summary>
    internal static string? CountryAbove(SentenceView s, string name, string? topicCountry, string? topicPlace)
    {
        EntityMention? named = null;
        foreach (var mention in s.Entities)
        {
            if (mention.Entity.Name == name || mention.Place?.Name == name)
            {
                named = mention;
                break;
            }
        }

        var entity = named is { } m ? (m.Entity.Name == name ? m.Entity : m.Place)
            : s.Gazetteer.ByName.TryGetValue(name, out var known) ? known : null;
        if (entity is null ? name != topicPlace : entity.Kind != EntityKind.Place)
        {
            return null;
        }

        return CountryOf(s, entity) ?? (named is { } at ? RegionAfter(s, at) : null) ?? (topicCountry == name ? null : topicCountry);
    }

    // The country a place lies in by the containment its entity or the lexicon gives.
    private static string? CountryOf(SentenceView s, Entity? entity)
    {
        for (var depth = 0; depth < ContainmentDepth && entity?.Within is { } parent; depth++)
        {
            if (!s.Gazetteer.ByName.TryGetValue(parent, out var container))
            {
                return null;
            }

            if (container.Kind == EntityKind.Country)
            {
                return container.Name;
            }

            entity = container;
        }

        return null;
    }

    // "in Brenmoor, Tocantins": a known region (or a country) right after the place, set off by a comma, says which country it is in.
    private static string? RegionAfter(SentenceView s, EntityMention mention) =>
        s.Word(mention.EndToken) is "," && s.MentionAt(mention.EndToken + 1) is { Form: EntityMentionForm.Name } region
            ? region.Entity.Kind == EntityKind.Country ? region.Entity.Name : region.Entity.Kind == EntityKind.Place ? CountryOf(s, region.Entity) : null
            : null;
}
