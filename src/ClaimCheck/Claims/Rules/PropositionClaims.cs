using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Proposition claims: a subject does something to a theme ("North Korea has not sent troops to Russia"), affirmed, denied or left open, so that sources that disagree can be compared. Started by a predicate word.</summary>
internal static class PropositionClaims
{
    internal static void ExtractPropositions(DocumentMemory state, SentenceView s, SentenceAttribution attribution)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = s.Word(i);
            string? predicate = null;
            var themeIndex = -1;
            var measure = string.Empty;
            var deniedWithoutTheme = false;
            var (key, last) = PredicateAt(s, i);
            if (key is not null && s.Words.Predicates.TryGetValue(key, out var cls))
            {
                predicate = cls;

                // The only theme measures the class takes, if any: "targeting civilians" is an attack, "targeting weapons" is not;
                // "fired tear gas" is a use of force, "residents are using their hands" is not.
                var themes = s.Words.PredicateThemes[key];
                (themeIndex, measure) = FindTheme(s, last, themes);

                // A denied act with no theme in its clause denies it of the one theme its class takes: "the army denied any shooting
                // took place", "police denied opening fire" deny an attack on civilians; "denied opening fire on Brenmoor troops" names
                // a theme of another class, and denies nothing of civilians.
                if (themeIndex < 0 && themes.Count == 1 && IsDeniedRightAfterItsCue(s, i, attribution) && FindTheme(s, last, FrozenSet<string>.Empty).Index < 0)
                {
                    (themeIndex, measure, deniedWithoutTheme) = (last, themes.Single(), true);
                }
            }
            else if (word is "are" or "is" or "were" or "was" && i > 0 && s.Words.Themes.TryGetValue(s.Word(i - 1), out var present)
                     && NextWordSkipping(s, i + 1) is { } inIndex && s.Word(inIndex).Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                predicate = "deploy"; // "North Korean troops are in Russia"
                themeIndex = i - 1;
                measure = present;
            }

            if (predicate is null || themeIndex < 0)
            {
                continue;
            }

            var causedEvent = s.Words.EventThemes.Contains(measure);

            // An event its agent causes: "the explosion caused damage" names the cause, not what was done, so a theme before the
            // predicate needs the passive's "by" ("the strike was carried out by ...").
            // "injuries caused by the blast" makes the event the cause too.
            var passiveAgent = causedEvent ? Subjects.AgentAfterBy(s, i + 1) : null;
            if (causedEvent && (themeIndex < i && passiveAgent is null || IsAfterBy(s, themeIndex)) || !seen.Add((predicate, measure)))
            {
                continue;
            }

            var (source, cue) = attribution.For(i);
            string? subject;
            if (causedEvent)
            {
                // Its agent is a demonym before the theme ("a Chilean airstrike") or "by" after it, never "of" the place nor an
                // earlier sentence's agent.
                // A blaming verb names its agent after it even in the passive ("the blast was blamed on Chile by Peru").
                subject = (s.Words.BlameVerbs.Contains(word) ? Subjects.BlamedAfter(s, i) : null)
                    ?? Subjects.DemonymBefore(s, themeIndex) ?? Subjects.AgentAfterBy(s, themeIndex + 1) ?? passiveAgent
                    ?? CauseBefore(s, i) ?? ActiveAgent(s, i, themeIndex, word, source, cue, state.LastAgentBody);
            }
            else if (deniedWithoutTheme)
            {
                // "the army denied any shooting took place": the act the source denies is its own.
                subject = Subjects.PronounAgent(s, i, source, cue) ?? Subjects.AgentBefore(s, i) ?? Subjects.AgentNounBefore(s, i, state.LastAgentBody)
                    ?? source?.Organization;
            }
            else
            {
                // The agent stands before an active predicate ("North Korea has not sent troops"); a passive or nominal one
                // ("soldiers being deployed", "troop deployment") takes the origin of its theme or of the forces named earlier.
                subject = Subjects.ThemeOrigin(s, themeIndex) ?? ActiveAgent(s, i, themeIndex, word, source, cue, state.LastAgentBody) ?? state.OriginOf(measure);
            }

            subject = state.AgentOfStory(subject, s.Words);
            var (modality, polarity) = Stances.Stance(s, i, cue, isProposition: true);
            var place = Places.PlaceAfter(s, Math.Max(i, themeIndex) + 1);
            var claim = new Claim
            {
                Id = string.Empty,
                DocumentId = state.Document.Id,
                Span = s.Sentence.Span,
                Text = s.SentenceText,
                Type = ClaimRuleTypes.Of(hasQuantity: false, modality),
                Subject = subject,
                Measure = measure,
                Predicate = predicate,
                Place = place,
                Polarity = polarity,
                Modality = modality,
                Time = TimeAnchors.TimeFor(s, i, i + 1, state.Document),
                Attribution = source,
            };
            state.Add(claim);
            state.LastProposition = (claim, s.Index);
        }

        if (seen.Count == 0)
        {
            ReferBackClaims.ReferBack(state, s, attribution);
        }
    }

    /// <summary>The most words that may stand between a denial verb and the act it denies ("denied any shooting").</summary>
    private const int DeniedActReach = 1;

    // The predicate entry that starts at `first`: two words ("opened fire") before one, with the index of its last word; (null, -1)
    // when the word is punctuation.
    private static (string? Key, int Last) PredicateAt(SentenceView s, int first)
    {
        if (first + 1 < s.Tokens.Count && s.Tokens[first + 1].Kind == TokenKind.Word)
        {
            var phrase = string.Concat(s.Word(first), " ", s.Word(first + 1));
            if (s.Words.Predicates.TryGetValue(phrase, out _))
            {
                return (phrase, first + 1);
            }
        }

        return (s.Word(first).ToString(), first);
    }

    // Whether a denial verb stands right before the act at `predicate`, at most DeniedActReach words apart ("denied opening fire",
    // "denied any shooting"), with no punctuation between.
    private static bool IsDeniedRightAfterItsCue(SentenceView s, int predicate, SentenceAttribution attribution)
    {
        if (attribution.For(predicate).Cue is not { Stance: ReportingStance.Denies } cue || cue.CueToken >= predicate || predicate - cue.CueToken - 1 > DeniedActReach)
        {
            return false;
        }

        for (var j = cue.CueToken + 1; j < predicate; j++)
        {
            if (s.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    // The agent of an active predicate: the source when a pronoun stands for it ("the front denies that it targeted civilians"),
    // the name or body before it ("North Korea has not sent troops", "police fired tear gas"),
    // the object of a blaming verb ("blamed Chile for the blast") or, with neither, the source whose reporting verb the predicate
    // follows ("the front denied carrying out the attack").
    private static string? ActiveAgent(SentenceView s, int predicate, int theme, ReadOnlySpan<char> word, Attribution.Attribution? source, ReportingCue? cue,
        string? documentAgent) =>
        (s.Words.BlameVerbs.Contains(word) ? Subjects.BlamedAfter(s, predicate)
            : theme > predicate ? Subjects.PronounAgent(s, predicate, source, cue) ?? Subjects.AgentBefore(s, predicate) ?? Subjects.AgentNounBefore(s, predicate, documentAgent) : null)
        ?? (cue is { } reporting && reporting.CueToken + 1 == predicate ? source?.Organization : null);

    // "by the blast", "by a blast".
    private static bool IsAfterBy(SentenceView s, int theme) =>
        theme > 0 && s.Word(theme - 1) is "by" || theme > 1 && s.Word(theme - 1) is "the" or "a" or "an" && s.Word(theme - 2) is "by";

    // "an airstrike by the Chilean air force caused the blast": the agent of another caused event before the predicate, in its clause.
    private static string? CauseBefore(SentenceView s, int predicate)
    {
        for (var j = predicate - 1; j >= Math.Max(0, predicate - 8); j--)
        {
            var word = s.Word(j);
            if (s.Words.Themes.TryGetValue(word, out var measure) && s.Words.EventThemes.Contains(measure))
            {
                return Subjects.DemonymBefore(s, j) ?? Subjects.AgentAfterBy(s, j + 1);
            }

            if (s.Words.ClauseBreaks.Contains(word) || word is "that" or ";")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The theme of the predicate at <paramref name="predicate"/> and its measure, or (-1, "") when it has none: the first
    /// theme after it in its clause ("sent troops", "deployment of troops", "fired tear gas"), else before it ("troops had been
    /// deployed", "troop deployment"), of the measures in <paramref name="onlyThemes"/> when that is not empty.</summary>
    internal static (int Index, string Measure) FindTheme(SentenceView s, int predicate, FrozenSet<string> onlyThemes)
    {
        for (var j = predicate + 1; j < Math.Min(s.Tokens.Count, predicate + 7); j++)
        {
            if (ThemeAt(s, j, onlyThemes) is { } measure)
            {
                return (j, measure);
            }

            var word = s.Word(j);
            if (s.Tokens[j].Kind == TokenKind.Punctuation && word is not ("“" or "”" or "\"" or "-") || s.Words.ClauseBreaks.Contains(word) || word is "that" or "if")
            {
                break;
            }
        }

        for (var j = predicate - 1; j >= Math.Max(0, predicate - 5); j--)
        {
            // Reading leftwards, a two-word theme is met at its second word ("the drone strike was carried out").
            if (j > 0 && ThemeAt(s, j - 1, onlyThemes) is { } phrase && !s.Words.Themes.ContainsKey(s.Word(j - 1)))
            {
                return (j - 1, phrase);
            }

            if (ThemeAt(s, j, onlyThemes) is { } measure)
            {
                return (j, measure);
            }

            var word = s.Word(j);
            if (s.Tokens[j].Kind == TokenKind.Punctuation && word is not ("“" or "”" or "\"") || s.Words.ClauseBreaks.Contains(word) || word is "that")
            {
                break;
            }
        }

        return (-1, string.Empty);
    }

    // The measure of a theme word at `j`, or of a two-word theme starting there ("tear gas"), when the class takes it.
    private static string? ThemeAt(SentenceView s, int j, FrozenSet<string> onlyThemes)
    {
        var measure = s.Words.Themes.TryGetValue(s.Word(j), out var single) ? single
            : j + 1 < s.Tokens.Count && s.Words.ThemePhrases.TryGetValue(s.Word(j), out var phrases) ? ThemePhraseAt(s, j + 1, phrases)
            : null;
        return measure is not null && (onlyThemes.Count == 0 || onlyThemes.Contains(measure)) ? measure : null;
    }

    private static string? ThemePhraseAt(SentenceView s, int second, ImmutableArray<(string Second, string Measure)> phrases)
    {
        foreach (var (word, measure) in phrases)
        {
            if (s.Word(second).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return measure;
            }
        }

        return null;
    }

    internal static int? NextWordSkipping(SentenceView s, int index)
    {
        while (index < s.Tokens.Count && s.Word(index) is "already" or "currently" or "now" or "still" or "reportedly")
        {
            index++;
        }

        return index < s.Tokens.Count ? index : null;
    }
}
