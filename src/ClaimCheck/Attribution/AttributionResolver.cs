using ClaimCheck.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

/// <summary>The sources named in one sentence, and the source it inherits when it names none.</summary>
internal sealed class SentenceAttribution
{
    public SentenceAttribution(IReadOnlyList<ReportingCue> cues, Attribution? inherited)
    {
        Cues = cues;
        Inherited = inherited;
    }

    public IReadOnlyList<ReportingCue> Cues { get; }

    public Attribution? Inherited { get; }

    /// <summary>The source of a claim at <paramref name="tokenIndex"/>: the nearest cue before it, else the first after it, else the inherited one.</summary>
    /// <remarks>When the nearest cue names only an organisation or a first-person pronoun and another cue in the sentence names a
    /// person ("Kirby said the U.S. believed …"), the person is the speaker and the inner cue's organisation is kept.</remarks>
    public (Attribution? Source, ReportingCue? Cue) For(int tokenIndex)
    {
        ReportingCue? nearest = null;
        foreach (var cue in Cues)
        {
            if (cue.CueToken <= tokenIndex)
            {
                nearest = cue;
            }
        }

        if (nearest is null)
        {
            foreach (var cue in Cues)
            {
                if (cue.CueToken > tokenIndex)
                {
                    nearest = cue;
                    break;
                }
            }
        }

        if (nearest is not { } chosen)
        {
            return (Inherited, null);
        }

        var source = chosen.Source;
        if (source is null || source.Speaker is null)
        {
            foreach (var other in Cues)
            {
                // An outer "Kirby said the U.S. believed …" comes before; a quote's speaker after "“We estimate …,” Kirby said".
                if (other.Source is { Speaker: not null } person && (other.CueToken < chosen.CueToken || chosen.IsFirstPerson))
                {
                    source = person with { Organization = person.Organization ?? source?.Organization, Affiliation = person.Affiliation ?? source?.Affiliation };
                    break;
                }
            }
        }

        return (source ?? Inherited, chosen);
    }
}

/// <summary>Resolves who says what in one document, sentence by sentence, remembering the people and organisations named so far.</summary>
/// <remarks>Handles "X said", "said X", "according to X", "as reported by X", appositives ("John Kirby, spokesperson for the
/// NSC, said"), titles ("Russian Foreign Ministry spokeswoman Maria Zakharova"), pronouns and surnames of people named earlier,
/// quotations that run over several sentences, headline prefixes ("US: …") and standfirsts under an attributed headline.
/// One instance per document; not thread-safe.</remarks>
internal sealed class AttributionResolver
{
    private readonly string _text;
    private readonly Dictionary<string, Attribution> _people = new(StringComparer.OrdinalIgnoreCase);
    private Attribution? _lastPerson;
    private Attribution? _lastSource;
    private Attribution? _previousSentenceSource;
    private Sentence? _previousSentence;
    private bool _previousEndedInsideQuote;

    public AttributionResolver(string text) => _text = text;

    public SentenceAttribution Resolve(Sentence sentence, ArraySegment<Token> tokens, List<EntityMention> entities)
    {
        var cues = new List<ReportingCue>();
        RememberAppositivePeople(tokens, entities);
        FindAccordingTo(tokens, entities, cues);
        FindVerbCues(tokens, entities, cues);
        cues.Sort((a, b) => a.CueToken.CompareTo(b.CueToken));
        ApplyBriefingOrigin(tokens, cues);

        Attribution? inherited = null;
        if (cues.Count == 0)
        {
            inherited = HeadlinePrefix(tokens, entities) ?? Inherit(sentence, tokens);
        }

        var quoteDepth = _previousEndedInsideQuote ? 1 : 0;
        foreach (var c in sentence.Span.Slice(_text))
        {
            if (c == '“')
            {
                quoteDepth++;
            }
            else if (c == '”')
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
            }
        }

        _previousEndedInsideQuote = quoteDepth > 0;
        _previousSentence = sentence;
        Attribution? sentenceSource = null;
        foreach (var cue in cues)
        {
            if (cue.Source is { } s)
            {
                sentenceSource = s;
            }
        }

        _previousSentenceSource = sentenceSource ?? inherited;
        if (sentenceSource is not null)
        {
            _lastSource = sentenceSource;
        }

        return new SentenceAttribution(cues, inherited);
    }

    private Attribution? Inherit(Sentence sentence, ArraySegment<Token> tokens)
    {
        if (_previousSentence is not { } previous || _previousSentenceSource is null)
        {
            return null;
        }

        var startsWithQuote = tokens.Count > 0 && Word(tokens[0]) is "“" or "\"";
        var adjacent = sentence.Paragraph - previous.Paragraph <= 1;
        if (adjacent && (startsWithQuote || _previousEndedInsideQuote))
        {
            return _previousSentenceSource with { Cue = null, Span = null };
        }

        // A standfirst under an attributed headline: consecutive heading lines share the headline's source.
        if (sentence.IsHeading && previous.IsHeading && adjacent)
        {
            return _previousSentenceSource with { Cue = null, Span = null };
        }

        return null;
    }

    // "John Smith, the union leader, spoke …": remember the person for later "he said" and "Smith said".
    private void RememberAppositivePeople(ArraySegment<Token> tokens, List<EntityMention> entities)
    {
        for (var comma = 2; comma + 2 < tokens.Count; comma++)
        {
            if (Word(tokens[comma]) is not "," || Word(tokens[comma + 1]) is not ("the" or "a" or "an"))
            {
                continue;
            }

            var nameStart = comma;
            while (nameStart > 0 && tokens[nameStart - 1].Kind == TokenKind.Word && char.IsUpper(Word(tokens[nameStart - 1])[0])
                   && !IsTitle(tokens[nameStart - 1]) && !IsInEntity(entities, nameStart - 1) && comma - nameStart < 3)
            {
                nameStart--;
            }

            if (comma - nameStart < 2 || (nameStart > 0 && tokens[nameStart - 1].Kind == TokenKind.Word))
            {
                continue;
            }

            var close = comma + 1;
            while (close < tokens.Count && close - comma < 12 && Word(tokens[close]) is not ("," or "." or ";"))
            {
                close++;
            }

            if (close >= tokens.Count || Word(tokens[close]) is not ",")
            {
                continue;
            }

            var role = ParseSource(tokens, entities, comma + 1, close, "appositive");
            var person = new Attribution(Slice(tokens, nameStart, comma), role?.Organization, role?.Speaker ?? role?.Role, role?.Affiliation, null, null);
            Remember(person);
        }
    }

    // "Following a briefing from South Korea's National Intelligence Service, lawmaker Park Sun-won reported …" and
    // "Following a National Intelligence Service briefing, …": the briefing's author is where the speaker's information comes from.
    private void ApplyBriefingOrigin(ArraySegment<Token> tokens, List<ReportingCue> cues)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Word(tokens[i]).Equals("briefing", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string? origin = null;
            if (i + 2 < tokens.Count && Word(tokens[i + 1]) is "from" or "by")
            {
                var start = i + 2;
                while (start < tokens.Count && Word(tokens[start]) is "the" or "The")
                {
                    start++;
                }

                var end = start;
                while (end < tokens.Count && end - start < 8 && !IsPhraseEnd(tokens, end))
                {
                    end++;
                }

                origin = end > start ? Slice(tokens, start, end) : null;
            }
            else
            {
                var start = i;
                while (start > 0 && tokens[start - 1].Kind is TokenKind.Word or TokenKind.Possessive && char.IsUpper(Word(tokens[start - 1])[0]) || start > 0 && tokens[start - 1].Kind == TokenKind.Possessive)
                {
                    start--;
                }

                origin = start < i ? Slice(tokens, start, i) : null;
            }

            if (origin is null)
            {
                continue;
            }

            for (var c = 0; c < cues.Count; c++)
            {
                if (cues[c].Source is { Speaker: not null } source && cues[c].CueToken > i)
                {
                    cues[c] = cues[c] with { Source = source with { Organization = origin } };
                }
            }

            return;
        }
    }

    // "US: Over 3,000 North Korean Troops Training in Russia"
    private Attribution? HeadlinePrefix(ArraySegment<Token> tokens, List<EntityMention> entities)
    {
        for (var i = 1; i < Math.Min(tokens.Count, 5); i++)
        {
            if (Word(tokens[i]) is ":")
            {
                foreach (var mention in entities)
                {
                    if (mention.FirstToken == 0 && mention.EndToken == i)
                    {
                        var name = Slice(tokens, 0, i);
                        return new Attribution(null, name, null, mention.Entity.Name, ":", Span(tokens, 0, i));
                    }
                }

                return null;
            }
        }

        return null;
    }

    private void FindAccordingTo(ArraySegment<Token> tokens, List<EntityMention> entities, List<ReportingCue> cues)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!Word(tokens[i]).Equals("according", StringComparison.OrdinalIgnoreCase) || !Word(tokens[i + 1]).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var start = i + 2;
            var end = start;
            while (end < tokens.Count && end - start < 12 && !IsPhraseEnd(tokens, end))
            {
                end++;
            }

            if (end > start)
            {
                cues.Add(new ReportingCue(i, ReportingStance.Asserts, ParseSource(tokens, entities, start, end, "according to")));
            }
        }
    }

    private void FindVerbCues(ArraySegment<Token> tokens, List<EntityMention> entities, List<ReportingCue> cues)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // Reporting verbs are lower-case mid-sentence: "United States" is not "states".
            if (tokens[i].Kind != TokenKind.Word || (i > 0 && char.IsUpper(Word(tokens[i])[0]))
                || !ReportingLexicon.Verbs.TryGetValue(Word(tokens[i]).ToString(), out var stance))
            {
                continue;
            }

            var previous = i > 0 ? Word(tokens[i - 1]) : [];
            var isNounOrPassive = previous.Equals("the", StringComparison.OrdinalIgnoreCase) || previous.Equals("a", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("to", StringComparison.OrdinalIgnoreCase) || previous.Equals("or", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("nor", StringComparison.OrdinalIgnoreCase) || previous.Equals("is", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("are", StringComparison.OrdinalIgnoreCase) || previous.Equals("was", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("were", StringComparison.OrdinalIgnoreCase) || previous.Equals("be", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("been", StringComparison.OrdinalIgnoreCase) || previous.Equals("these", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("media", StringComparison.OrdinalIgnoreCase) || previous.Equals("news", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("recent", StringComparison.OrdinalIgnoreCase) || previous.Equals("earlier", StringComparison.OrdinalIgnoreCase) && i > 1 && Word(tokens[i - 2]).Equals("the", StringComparison.OrdinalIgnoreCase)
                || (i > 0 && tokens[i - 1].Kind == TokenKind.Possessive)
                || (i > 0 && char.IsLower(previous[0]) && ReportingLexicon.Verbs.ContainsKey(previous.ToString())); // "rejected reports that …": a noun
            if (isNounOrPassive)
            {
                continue;
            }

            var cue = Word(tokens[i]).ToString().ToLowerInvariant();

            // "as reported by Efe", "as confirmed by Ukrainian military intelligence"
            if (i + 1 < tokens.Count && Word(tokens[i + 1]).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                var byStart = i + 2;
                var byEnd = byStart;
                while (byEnd < tokens.Count && byEnd - byStart < 10 && !IsPhraseEnd(tokens, byEnd))
                {
                    byEnd++;
                }

                if (byEnd > byStart)
                {
                    cues.Add(new ReportingCue(i, stance, ParseSource(tokens, entities, byStart, byEnd, cue)));
                }

                continue;
            }

            var subjectEnd = i;
            while (subjectEnd > 0 && ReportingLexicon.SkippableBeforeVerb.Contains(Word(tokens[subjectEnd - 1]).ToString()))
            {
                subjectEnd--;
            }

            var before = subjectEnd > 0 ? Word(tokens[subjectEnd - 1]) : [];
            Attribution? source = null;
            var afterQuote = subjectEnd == 0 || before is "”" or "\"" || (before is "," && subjectEnd > 1 && Word(tokens[subjectEnd - 2]) is "”" or "\"");
            if (!afterQuote)
            {
                source = SubjectBefore(tokens, entities, subjectEnd, cue);
            }

            // Inverted: "“…,” said US Defense Secretary Lloyd Austin …", "About 300 homes were destroyed, said fire chief Maria Lopez."
            if (source is null && (afterQuote || before is ","))
            {
                var start = i + 1;
                var end = start;
                while (end < tokens.Count && end - start < 14 && !IsPhraseEnd(tokens, end))
                {
                    end++;
                }

                source = end > start ? ParseSource(tokens, entities, start, end, cue) : null;
            }

            if (source is not null || stance != ReportingStance.Asserts)
            {
                var firstPerson = subjectEnd > 0 && Word(tokens[subjectEnd - 1]) is "We" or "we" or "I";
                cues.Add(new ReportingCue(i, stance, source, firstPerson));
            }
        }
    }

    private Attribution? SubjectBefore(ArraySegment<Token> tokens, List<EntityMention> entities, int end, string cue)
    {
        var j = end - 1;
        if (j < 0)
        {
            return null;
        }

        // Appositive: "John Kirby, spokesperson for the U.S. National Security Council, revealed"
        if (Word(tokens[j]) is ",")
        {
            var comma = j - 1;
            while (comma >= 0 && Word(tokens[comma]) is not ("," or "“" or "”" or "\"" or ";" or "."))
            {
                comma--;
            }

            if (comma > 0 && Word(tokens[comma]) is ",")
            {
                var nameEnd = comma;
                var nameStart = NounPhraseStart(tokens, nameEnd);
                if (nameStart < nameEnd)
                {
                    var name = ParseSource(tokens, entities, nameStart, nameEnd, cue);
                    var role = ParseSource(tokens, entities, comma + 1, j, cue);
                    if (name is not null && role is not null)
                    {
                        var combined = name with
                        {
                            Organization = name.Organization ?? role.Organization,
                            Role = name.Role ?? role.Role ?? role.Speaker,
                            Affiliation = name.Affiliation ?? role.Affiliation,
                        };
                        Remember(combined);
                        return combined;
                    }
                }
            }

            return null;
        }

        // Skip a parenthetical acronym: "the South Korean National Intelligence Service (NIS) estimated"
        if (Word(tokens[j]) is ")")
        {
            var open = j;
            while (open >= 0 && Word(tokens[open]) is not "(")
            {
                open--;
            }

            if (open <= 0)
            {
                return null;
            }

            j = open - 1;
        }

        var phraseEnd = j + 1;
        var phraseStart = NounPhraseStart(tokens, phraseEnd);
        return phraseStart < phraseEnd ? ParseSource(tokens, entities, phraseStart, phraseEnd, cue) : null;
    }

    private int NounPhraseStart(ArraySegment<Token> tokens, int end)
    {
        var start = end;
        while (start > 0 && end - start < 10)
        {
            var token = tokens[start - 1];
            if (token.Kind is not (TokenKind.Word or TokenKind.Possessive or TokenKind.Number)
                && !(Word(token) is "-" && token.IsJoined))
            {
                break;
            }

            var word = Word(token);
            if (token.Kind == TokenKind.Word && ReportingLexicon.SubjectStops.Contains(word.ToString()) && !IsAllCapitals(word))
            {
                break;
            }

            // A lower-case word is the phrase's head when it comes last ("the hospital said"), or a modifier when a
            // determiner, possessive or capitalised word soon precedes it ("the central bank said"); otherwise it ends the phrase.
            if (token.Kind == TokenKind.Word && char.IsLower(word[0]) && !ReportingLexicon.Titles.Contains(word.ToString())
                && !ReportingLexicon.OrganizationWords.Contains(word.ToString()) && word is not ("the" or "of" or "one")
                && (start != end || word.EndsWith("ed", StringComparison.Ordinal) || ReportingLexicon.Verbs.ContainsKey(word.ToString()))
                && (start == end || !DeterminerWithin(tokens, start - 1, 3)))
            {
                break;
            }

            start--;
        }

        return start;
    }

    private bool DeterminerWithin(ArraySegment<Token> tokens, int index, int distance)
    {
        for (var k = index - 1; k >= Math.Max(0, index - distance); k--)
        {
            var token = tokens[k];
            var word = Word(token);
            if (token.Kind == TokenKind.Possessive || word is "the" or "The" or "a" or "A" or "an" or "An" or "its" or "their" or "his" or "her" or "our")
            {
                return true;
            }

            if (token.Kind != TokenKind.Word || ReportingLexicon.SubjectStops.Contains(word.ToString()))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Turns the tokens naming a source into a speaker, organisation, role and affiliation.</summary>
    private Attribution? ParseSource(ArraySegment<Token> tokens, List<EntityMention> entities, int start, int end, string cue)
    {
        // Drop a trailing time phrase ("on Monday") and a leading determiner.
        while (end > start && (tokens[end - 1].Kind != TokenKind.Word || ReportingLexicon.SkippableBeforeVerb.Contains(Word(tokens[end - 1]).ToString())))
        {
            end--;
        }

        while (start < end && Word(tokens[start]) is "the" or "The" or "a" or "A" or "an" or "An")
        {
            start++;
        }

        if (start >= end)
        {
            return null;
        }

        var span = Span(tokens, start, end);
        string? affiliation = null;
        foreach (var mention in entities)
        {
            if (mention.FirstToken >= start && mention.EndToken <= end)
            {
                affiliation = mention.Entity.Name;
                break;
            }
        }

        // "one of Pyongyang's UN representatives", "a senior official": a description of a speaker, with the body it belongs to.
        var firstWord = Word(tokens[start]);
        if (firstWord.Equals("one", StringComparison.OrdinalIgnoreCase) && start + 1 < end && Word(tokens[start + 1]) is "of")
        {
            string? body = null;
            foreach (var mention in entities)
            {
                if (mention.FirstToken >= start && mention.EndToken <= end)
                {
                    body = Slice(tokens, mention.FirstToken, mention.EndToken);
                    break;
                }
            }

            var description = new Attribution(Slice(tokens, start, end), body, null, affiliation, cue, span);
            return description;
        }

        // "Elena Baptiste of the UNHCR", "Jane Doe from the ministry": a named person, then the body they speak for.
        for (var k = start + 2; k < end - 1; k++)
        {
            if (Word(tokens[k]) is not ("of" or "from" or "at") || !IsCapitalizedRun(tokens, start, k))
            {
                continue;
            }

            var person = ParseSource(tokens, entities, start, k, cue);
            var body = ParseSource(tokens, entities, k + 1, end, cue);
            if (person?.Speaker is not null && body is not null)
            {
                var combined = person with { Organization = body.Organization ?? body.Speaker, Affiliation = person.Affiliation ?? body.Affiliation, Span = span };
                Remember(combined);
                return combined;
            }

            break;
        }

        // Pronouns and surnames of people named earlier.
        if (end - start == 1)
        {
            var single = Word(tokens[start]).ToString();
            if (ReportingLexicon.Pronouns.Contains(single))
            {
                return single.ToLowerInvariant() switch
                {
                    "he" or "she" => _lastPerson,
                    "we" or "i" => _previousSentenceSource ?? _lastSource,
                    _ => _lastSource,
                };
            }

            if (_people.TryGetValue(single, out var known))
            {
                return known with { Cue = cue, Span = span };
            }
        }

        // A person's name: the trailing run of capitalised words that are neither titles, organisation words nor entities.
        var nameStart = end;
        while (nameStart > start)
        {
            var token = tokens[nameStart - 1];
            var word = Word(token).ToString();
            if (token.Kind != TokenKind.Word || !char.IsUpper(word[0]) || ReportingLexicon.Titles.Contains(word)
                || ReportingLexicon.OrganizationWords.Contains(word) || IsInEntity(entities, nameStart - 1) || word.Contains('.', StringComparison.Ordinal))
            {
                break;
            }

            nameStart--;
        }

        string? speaker = null;
        string? role = null;
        string? organization = null;
        var rest = end;
        if (end - nameStart >= 2 || (end - nameStart == 1 && nameStart > start && IsTitle(tokens[nameStart - 1])))
        {
            speaker = Slice(tokens, nameStart, end);
            rest = nameStart;
        }
        else if (end - nameStart == 1 && nameStart == start && !IsInEntity(entities, start))
        {
            speaker = Slice(tokens, nameStart, end); // a surname on its own, first seen here
            rest = nameStart;
        }

        if (rest > start)
        {
            // Titles sit just before the name, in either case ("Prime Minister", "lawmaker"); an organisation word or an
            // entity ends them ("Russian Foreign Ministry | spokeswoman", "US | Defense Secretary").
            var titleStart = rest;
            while (titleStart > start && IsTitle(tokens[titleStart - 1]) && !IsInEntity(entities, titleStart - 1)
                   && !ReportingLexicon.OrganizationWords.Contains(Word(tokens[titleStart - 1]).ToString()))
            {
                titleStart--;
            }

            if (titleStart < rest)
            {
                role = Slice(tokens, titleStart, rest);
            }

            // "spokesperson for the U.S. National Security Council"
            var forIndex = -1;
            for (var k = start; k < titleStart; k++)
            {
                if (Word(tokens[k]) is "for" or "of" or "at" && k > start)
                {
                    // Only a role before the preposition splits it off ("spokesperson for the NSC"); a name with "of" in it
                    // ("National Commission for the Reception of Refugees") stays whole.
                    var roleOnly = true;
                    for (var r = start; r < k && roleOnly; r++)
                    {
                        roleOnly = IsTitle(tokens[r]) || Word(tokens[r]) is "a" or "an" or "the";
                    }

                    forIndex = roleOnly ? k : -1;
                    break;
                }
            }

            if (forIndex > 0 && speaker is null)
            {
                role ??= Slice(tokens, start, forIndex);
                var orgStart = forIndex + 1;
                while (orgStart < titleStart && Word(tokens[orgStart]) is "the" or "The")
                {
                    orgStart++;
                }

                organization = orgStart < titleStart ? Slice(tokens, orgStart, titleStart) : null;
            }
            else if (titleStart > start)
            {
                organization = Slice(tokens, start, titleStart);
            }
        }

        // "Ukrainian military intelligence", "the Russian Foreign Ministry": a body named by adjective and common nouns.
        if (speaker is null && role is not null && ReportingLexicon.OrganizationWords.Contains(role.Split(' ')[^1]))
        {
            organization = organization is null ? role : $"{organization} {role}";
            role = null;
        }

        // "the mayor said": a speaker described by role; "officials said", "analysts estimate": a group, kept as the organisation.
        if (speaker is null && organization is null && role is not null)
        {
            if (role.EndsWith('s'))
            {
                organization = role;
                role = null;
            }
            else
            {
                speaker = role;
            }
        }

        if (speaker is null && organization is null)
        {
            return null;
        }

        // "one of Pyongyang's UN representatives": a description, not an organisation.
        if (speaker is null && organization is not null && organization.StartsWith("one of", StringComparison.OrdinalIgnoreCase))
        {
            speaker = organization;
            organization = null;
        }

        var attribution = new Attribution(speaker, organization, role, affiliation, cue, span);
        Remember(attribution);
        return attribution;
    }

    private void Remember(Attribution attribution)
    {
        if (attribution.Speaker is not { } speaker || speaker.Contains(' ', StringComparison.Ordinal) is false && _people.ContainsKey(speaker))
        {
            return;
        }

        if (speaker.StartsWith("one of", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var parts = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stored = attribution with { Cue = null, Span = null };
        _people[speaker] = stored;
        if (parts.Length >= 2)
        {
            _people[parts[^1]] = stored;
        }

        _lastPerson = stored;
    }

    // Two or more capitalised words, none a title, ending just before "of"/"from": a person's name.
    private bool IsCapitalizedRun(ArraySegment<Token> tokens, int start, int end)
    {
        if (end - start < 2 || end - start > 4)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var word = Word(tokens[i]);
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(word[0]) || IsTitle(tokens[i]) || ReportingLexicon.OrganizationWords.Contains(word.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInEntity(List<EntityMention> entities, int token)
    {
        foreach (var mention in entities)
        {
            if (token >= mention.FirstToken && token < mention.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTitle(Token token) => token.Kind == TokenKind.Word && ReportingLexicon.Titles.Contains(Word(token).ToString());

    private bool IsPhraseEnd(ArraySegment<Token> tokens, int index)
    {
        var word = Word(tokens[index]);
        if (tokens[index].Kind == TokenKind.Punctuation && !(word is "-" && tokens[index].IsJoined) && word is not ("." or "(" or ")"))
        {
            return true;
        }

        if (word is "." && !(index > 0 && tokens[index].IsJoined && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].Span.Length <= 3))
        {
            return true;
        }

        return word.Equals("on", StringComparison.Ordinal) || word.Equals("that", StringComparison.Ordinal) || word.Equals("in", StringComparison.Ordinal)
            || word.Equals("during", StringComparison.Ordinal) || word.Equals("at", StringComparison.Ordinal) && index > 0 && !IsTitle(tokens[index - 1]) // "a researcher at Oxford" keeps "at"
            || word.Equals("after", StringComparison.Ordinal) || word.Equals("while", StringComparison.Ordinal) || word.Equals("when", StringComparison.Ordinal);
    }

    private ReadOnlySpan<char> Word(Token token) => token.Span.Slice(_text);

    private string Slice(ArraySegment<Token> tokens, int start, int end) => Span(tokens, start, end).Slice(_text).ToString();

    private static TextSpan Span(ArraySegment<Token> tokens, int start, int end) => TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
}
