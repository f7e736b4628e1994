using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Classification;
using ClaimCheck.Documents;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>What extraction produced for one document.</summary>
/// <param name="Claims">The claims, at most the claim limit.</param>
/// <param name="SplitSentences">How many pieces were cut from over-long sentences.</param>
/// <param name="ReachedClaimLimit">Whether the claim limit stopped extraction before the end of the document.</param>
internal readonly record struct DocumentExtraction(ImmutableArray<Claim> Claims, int SplitSentences, bool ReachedClaimLimit);

/// <summary>Assembles claims from one document: quantity claims for every counted or monetary amount, and proposition claims
/// for sentences that say a country sends, supplies or fights with forces or weapons.</summary>
/// <remarks>Reads the text once per sentence (tokens, entities, quantities, time, attribution) and never re-parses. One call per
/// document; the instance holds no state between calls and is thread-safe.</remarks>
internal sealed class ClaimExtractor
{
    private readonly IClaimTypeClassifier _classifier;
    private readonly int _maxClaimsPerDocument;

    public ClaimExtractor(IClaimTypeClassifier classifier, int maxClaimsPerDocument)
    {
        _classifier = classifier;
        _maxClaimsPerDocument = maxClaimsPerDocument;
    }

    public DocumentExtraction Extract(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var state = new DocumentState(document);
        var stopped = false;
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExtractSentence(state, i);
            if (state.Claims.Count > _maxClaimsPerDocument)
            {
                stopped = true;
                break;
            }
        }

        var claims = state.Claims.Count > _maxClaimsPerDocument ? state.Claims.ToImmutable()[.._maxClaimsPerDocument] : state.Claims.ToImmutable();
        return new DocumentExtraction(claims, document.SplitSentences, stopped || state.Claims.Count > _maxClaimsPerDocument);
    }

    private void ExtractSentence(DocumentState state, int index)
    {
        var document = state.Annotated;
        var s = new SentenceContext(document, index);
        var attribution = document.GetLayer<AttributionLayer>().In(index);
        state.RememberForceOrigin(s);
        state.RememberCountries(s);

        foreach (var match in s.Quantities)
        {
            var quantity = match.Mention.Quantity;
            if (quantity.Unit.Kind == UnitKind.None)
            {
                continue;
            }

            var measure = (OutcomeOf(s, match) ?? PercentageOf(s, match) ?? MeasureOf(s, match)) + FlowPeriod(s, match);
            var place = PlaceAfter(s, match.EndToken);
            var target = match.FirstToken;
            var (source, cue) = attribution.For(target);
            var subject = QuantitySubject(s, match, source?.Span)
                ?? (measure == "troops" ? state.ForceOrigin : null)
                ?? (ClaimLexicon.OutcomeMeasures.Contains(measure) ? place ?? CountryIn(s) ?? state.TopicCountry : null);
            var (modality, polarity) = Stance(s, target, cue, isProposition: false);
            if (modality is not (Modality.Planned or Modality.Forecast) && HasDeadlineAfter(s, match.EndToken))
            {
                modality = Modality.Planned;
            }

            state.Add(new Claim
            {
                Id = string.Empty,
                DocumentId = state.Document.Id,
                Span = s.Sentence.Span,
                Text = s.SentenceText,
                Type = modality is Modality.Planned or Modality.Forecast ? ClaimType.Prediction : ClaimType.Quantity,
                Subject = subject,
                Measure = measure,
                Place = place,
                Quantity = quantity,
                QuantitySpan = match.Mention.Span,
                Polarity = polarity,
                Modality = modality,
                Time = TimeFor(s, match.FirstToken, match.EndToken, state.Document),
                Attribution = source,
            });
        }

        ExtractPropositions(state, s, attribution, () => _classifier.Classify(s.SentenceText));
        ExtractEvents(state, s, attribution);
    }

    /// <summary>Event claims: something happened to something, at a time and a place ("the ferry sank in the Bali Strait on Sunday",
    /// "talks in the Saudi city of Jeddah on Sunday"), so that reports placing one event differently can be compared.</summary>
    private static void ExtractEvents(DocumentState state, SentenceContext s, SentenceAttribution attribution)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word || EventClass(s, i) is not { } eventClass || !seen.Add(eventClass))
            {
                continue;
            }

            var anchor = EventAnchor(s, i) ?? "event";
            var place = EventPlace(s, i + 1);
            var time = EventDate(s, i);
            if (place is null && time is null)
            {
                continue;
            }

            var (source, cue) = attribution.For(i);
            var (modality, polarity) = Stance(s, i, cue, isProposition: true);
            state.Add(new Claim
            {
                Id = string.Empty,
                DocumentId = state.Document.Id,
                Span = s.Sentence.Span,
                Text = s.SentenceText,
                Type = modality is Modality.Planned or Modality.Forecast ? ClaimType.Prediction : ClaimType.Event,
                Measure = anchor,
                Predicate = eventClass,
                Place = place?.Place,
                PlaceWithin = place?.Within,
                Polarity = polarity,
                Modality = modality,
                Time = time,
                Attribution = source,
            });
        }
    }

    private static string? EventClass(SentenceContext s, int i)
    {
        var word = s.Word(i);
        if (word.Equals("took", StringComparison.OrdinalIgnoreCase) && s.Word(i + 1).Equals("effect", StringComparison.OrdinalIgnoreCase))
        {
            return "begin";
        }

        if (word.Equals("came", StringComparison.OrdinalIgnoreCase) && s.Word(i + 1).Equals("into", StringComparison.OrdinalIgnoreCase)
            && (s.Word(i + 2).Equals("force", StringComparison.OrdinalIgnoreCase) || s.Word(i + 2).Equals("effect", StringComparison.OrdinalIgnoreCase)))
        {
            return "begin";
        }

        if (word.Equals("went", StringComparison.OrdinalIgnoreCase) && s.Word(i + 1).Equals("down", StringComparison.OrdinalIgnoreCase))
        {
            return "sink";
        }

        return ClaimLexicon.EventPredicates.TryGetValue(word.ToString(), out var eventClass) ? eventClass : null;
    }

    // The thing the event happens to: the nearest event noun before the predicate in its clause, or just after it ("met … for talks").
    private static string? EventAnchor(SentenceContext s, int predicate)
    {
        if (ClaimLexicon.EventAnchors.TryGetValue(s.Word(predicate).ToString(), out var itself))
        {
            return itself;
        }

        for (var j = predicate - 1; j >= Math.Max(0, predicate - 8); j--)
        {
            var word = s.Word(j).ToString();
            if (ClaimLexicon.ClauseBreaks.Contains(word) || word is ";" or ":")
            {
                break;
            }

            if (ClaimLexicon.EventAnchors.TryGetValue(word, out var anchor))
            {
                return anchor;
            }
        }

        for (var j = predicate + 1; j < Math.Min(s.Tokens.Count, predicate + 12); j++)
        {
            if (ClaimLexicon.EventAnchors.TryGetValue(s.Word(j).ToString(), out var anchor))
            {
                return anchor;
            }
        }

        return null;
    }

    // The date of an event: the nearest resolved date after the predicate within a short distance ("sank … on Sunday"), else the
    // nearest before it ("Sunday's capsizing"); English puts an event's time after its verb more often than before.
    private static TimeScope? EventDate(SentenceContext s, int predicate)
    {
        const int MaxCharactersAfter = 90;
        TimeScope? after = null;
        TimeScope? before = null;
        var afterDistance = int.MaxValue;
        var beforeDistance = int.MaxValue;
        var at = s.Tokens[predicate].Span;
        foreach (var time in s.Times)
        {
            if (time.Kind is not (TimeExpressionKind.Date or TimeExpressionKind.Time) || time.Scope.Start is null || time.Scope.End is null)
            {
                continue;
            }

            if (time.Span.Start >= at.End)
            {
                var distance = time.Span.Start - at.End;
                if (distance <= MaxCharactersAfter && distance < afterDistance)
                {
                    after = time.Scope;
                    afterDistance = distance;
                }
            }
            else if (at.Start - time.Span.End is var distance && distance >= 0 && distance < beforeDistance)
            {
                before = time.Scope;
                beforeDistance = distance;
            }
        }

        return after ?? before;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = FrozenSet.Create(StringComparer.Ordinal,
        "city", "town", "island", "port", "capital", "region", "province", "village", "state", "district", "coast").GetAlternateLookup<ReadOnlySpan<char>>();

    // "in Jeddah, Saudi Arabia", "in the Saudi city of Jeddah", "off the coast of Tobruk, in eastern Libya", "south of the Greek
    // island of Crete", "in the Bali Strait", "in Saudi Arabia": the place and, when the text says, the country it is in.
    private static (string Place, string? Within)? EventPlace(SentenceContext s, int from)
    {
        for (var j = from; j < Math.Min(s.Tokens.Count, from + 14); j++)
        {
            var word = s.Word(j);
            if (word is ";" or ":" || ClaimLexicon.ClauseBreaks.Contains(word.ToString()))
            {
                return null;
            }

            int k;
            if (word is "in" or "at" or "off" or "near" or "outside")
            {
                k = j + 1;
            }
            else if ((word.EndsWith("south", StringComparison.OrdinalIgnoreCase) || word.EndsWith("north", StringComparison.OrdinalIgnoreCase)
                      || word.EndsWith("east", StringComparison.OrdinalIgnoreCase) || word.EndsWith("west", StringComparison.OrdinalIgnoreCase))
                     && s.Word(j + 1) is "of")
            {
                k = j + 2;
            }
            else
            {
                continue;
            }

            string? within = null;
            while (k < s.Tokens.Count && (s.Word(k) is "the" or "of" || PlaceNouns.Contains(s.Word(k)) || IsDirection(s.Word(k))
                   || MentionAt(s, k) is { Form: EntityMentionForm.Demonym }))
            {
                if (MentionAt(s, k) is { Form: EntityMentionForm.Demonym } demonym)
                {
                    within = demonym.Entity.Name;
                    k = demonym.EndToken;
                    continue;
                }

                k++;
            }

            var end = k;
            while (end < s.Tokens.Count && end - k < 4 && s.Tokens[end].Kind == TokenKind.Word && char.IsUpper(s.Word(end)[0])
                   && !TimeExpressionRecognizer.IsCalendarWord(s.Word(end)))
            {
                end++;
            }

            if (end == k)
            {
                continue;
            }

            var name = s.Text[s.Tokens[k].Span.Start..s.Tokens[end - 1].Span.End];
            if (MentionAt(s, k) is { Form: EntityMentionForm.Name } entity && entity.EndToken == end && entity.Entity.Kind == EntityKind.Country)
            {
                if (name == entity.Entity.Name)
                {
                    return (entity.Entity.Name, null);
                }

                within ??= entity.Entity.Name;
            }

            // ", Saudi Arabia" / ", in eastern Libya" after the place names the country it is in.
            var after = end;
            if (s.Word(after) is ",")
            {
                after++;
                if (s.Word(after) is "in")
                {
                    after++;
                }

                while (after < s.Tokens.Count && IsDirection(s.Word(after)))
                {
                    after++;
                }

                if (MentionAt(s, after) is { Form: EntityMentionForm.Name } country && country.Entity.Kind == EntityKind.Country)
                {
                    within ??= country.Entity.Name;
                }
            }

            return (name, within == name ? null : within);
        }

        return null;
    }

    private static bool IsDirection(ReadOnlySpan<char> word) =>
        word is "central" or "far" or "coast" || (word.EndsWith("ern", StringComparison.Ordinal) && word.Length > 5); // eastern, northwestern …

    private static void ExtractPropositions(DocumentState state, SentenceContext s, SentenceAttribution attribution, Func<ClaimTypePrediction> classify)
    {
        ClaimTypePrediction? sentenceType = null;
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = s.Word(i).ToString();
            string? predicate = null;
            var themeIndex = -1;
            if (ClaimLexicon.Predicates.TryGetValue(word, out var cls))
            {
                predicate = cls;
                themeIndex = FindTheme(s, i);
            }
            else if (word is "are" or "is" or "were" or "was" && i > 0 && ClaimLexicon.Themes.ContainsKey(s.Word(i - 1).ToString())
                     && NextWordSkipping(s, i + 1) is { } inIndex && s.Word(inIndex).Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                predicate = "deploy"; // "North Korean troops are in Russia"
                themeIndex = i - 1;
            }

            if (predicate is null || themeIndex < 0)
            {
                continue;
            }

            var measure = ClaimLexicon.Themes[s.Word(themeIndex).ToString()];
            if (!seen.Add((predicate, measure)))
            {
                continue;
            }

            // The agent stands before an active predicate ("North Korea has not sent troops"); a passive or nominal one
            // ("soldiers being deployed", "troop deployment") takes the origin of its theme or of the forces named earlier.
            var subject = ThemeOrigin(s, themeIndex)
                ?? (themeIndex > i ? AgentBefore(s, i) : null)
                ?? (measure == "troops" ? state.ForceOrigin : null);
            var (source, cue) = attribution.For(i);
            var (modality, polarity) = Stance(s, i, cue, isProposition: true);
            var place = PlaceAfter(s, Math.Max(i, themeIndex) + 1);
            var claim = new Claim
            {
                Id = string.Empty,
                DocumentId = state.Document.Id,
                Span = s.Sentence.Span,
                Text = s.SentenceText,
                Type = modality is Modality.Planned or Modality.Forecast ? ClaimType.Prediction : EventType(sentenceType ??= classify()),
                Subject = subject,
                Measure = measure,
                Predicate = predicate,
                Place = place,
                Polarity = polarity,
                Modality = modality,
                Time = TimeFor(s, i, i + 1, state.Document),
                Attribution = source,
            };
            state.Add(claim);
            state.LastProposition = (claim, s.Index);
        }

        if (seen.Count == 0)
        {
            ReferBack(state, s, attribution);
        }
    }

    /// <summary>The classifier's score above which its type replaces <see cref="ClaimType.Event"/> for a proposition.</summary>
    private const float ConfidentScore = 0.5f;

    // A proposition is an event unless the classifier is confident the sentence is another checkable kind (a rule, a causal
    // claim, an opinion, a personal account); "not a claim", "quantity" and "prediction" do not fit a proposition without an
    // amount whose modality the rules already read.
    private static ClaimType EventType(ClaimTypePrediction classified) =>
        classified.Type is ClaimType.NotAClaim or ClaimType.Quantity or ClaimType.Prediction || classified.Score(classified.Type) < ConfidentScore
            ? ClaimType.Event
            : classified.Type;

    // "Zakharova declined to confirm or deny the reports": a stance on the proposition of a sentence just before.
    private static void ReferBack(DocumentState state, SentenceContext s, SentenceAttribution attribution)
    {
        if (state.LastProposition is not ({ } earlier, var index) || s.Index - index > 2)
        {
            return;
        }

        foreach (var cue in attribution.Cues)
        {
            if (cue.Stance is not (ReportingStance.NonCommittal or ReportingStance.Denies))
            {
                continue;
            }

            for (var j = cue.CueToken + 1; j < Math.Min(s.Tokens.Count, cue.CueToken + 8); j++)
            {
                if (!ClaimLexicon.ReferringNouns.Contains(s.Word(j).ToString()))
                {
                    continue;
                }

                var (modality, polarity) = Stance(s, j, cue, isProposition: true);
                if (cue.Stance == ReportingStance.Denies && modality != Modality.NonCommittal)
                {
                    (modality, polarity) = (Modality.Asserted, Polarity.Negated);
                }

                state.Add(earlier with
                {
                    Id = string.Empty,
                    Span = s.Sentence.Span,
                    Text = s.SentenceText,
                    Type = ClaimType.Event,
                    Modality = modality,
                    Polarity = polarity,
                    Time = TimeFor(s, j, j + 1, state.Document),
                    Attribution = cue.Source ?? attribution.Inherited,
                });
                return;
            }
        }
    }

    private static int FindTheme(SentenceContext s, int predicate)
    {
        // After the predicate: "sent troops", "deployment of troops", "presence of North Korean troops".
        for (var j = predicate + 1; j < Math.Min(s.Tokens.Count, predicate + 7); j++)
        {
            var word = s.Word(j).ToString();
            if (ClaimLexicon.Themes.ContainsKey(word))
            {
                return j;
            }

            if (s.Tokens[j].Kind == TokenKind.Punctuation && word is not ("“" or "”" or "\"" or "-") || ClaimLexicon.ClauseBreaks.Contains(word) || word is "that" or "if")
            {
                break;
            }
        }

        // Before it: "troops had been deployed", "soldiers being deployed", "troop deployment".
        for (var j = predicate - 1; j >= Math.Max(0, predicate - 5); j--)
        {
            var word = s.Word(j).ToString();
            if (ClaimLexicon.Themes.ContainsKey(word))
            {
                return j;
            }

            if (s.Tokens[j].Kind == TokenKind.Punctuation && word is not ("“" or "”" or "\"") || ClaimLexicon.ClauseBreaks.Contains(word) || word is "that")
            {
                break;
            }
        }

        return -1;
    }

    private static int? NextWordSkipping(SentenceContext s, int index)
    {
        while (index < s.Tokens.Count && s.Word(index) is "already" or "currently" or "now" or "still" or "reportedly")
        {
            index++;
        }

        return index < s.Tokens.Count ? index : null;
    }

    /// <summary>What happened to the people counted, when a verb right after says so ("32 miners died" → deaths,
    /// "40 people were injured" → injuries); null otherwise.</summary>
    private static string? OutcomeOf(SentenceContext s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit;
        if (unit.Kind != UnitKind.Count || !ClaimLexicon.PersonNouns.Contains(unit.Name))
        {
            return null;
        }

        // "killing 32 miners", "have vaccinated 120,000 people", "rescued 61 people": the verb before the number.
        var before = s.Word(match.FirstToken - 1).ToString();
        if (before is "killing" or "injuring" or "wounding")
        {
            return ClaimLexicon.Outcomes[before.Replace("ing", "ed", StringComparison.Ordinal)];
        }

        if (ClaimLexicon.Outcomes.TryGetValue(before, out var outcomeBefore) && before.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return outcomeBefore;
        }

        var start = match.HasNounPhrase ? match.NounFirstToken : match.EndToken;
        var end = Math.Min(s.Tokens.Count, Math.Max(match.EndToken, start) + 5);
        for (var i = start; i < end; i++)
        {
            if (ClaimLexicon.Outcomes.TryGetValue(s.Word(i).ToString(), out var outcome))
            {
                return outcome;
            }

            if (s.Tokens[i].Kind == TokenKind.Punctuation || s.Word(i) is "and" or "but" or "while")
            {
                break;
            }
        }

        return null;
    }

    // "Turnout in Tuesday's election was 78.5%", "put turnout at 78.5%": the share named before the percentage in its clause.
    private static string? PercentageOf(SentenceContext s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Unit.Kind != UnitKind.Percentage)
        {
            return null;
        }

        for (var i = match.FirstToken - 1; i >= Math.Max(0, match.FirstToken - 14); i--)
        {
            var word = s.Word(i).ToString();
            if (ClaimLexicon.ClauseBreaks.Contains(word) || word is ";" or ":")
            {
                break;
            }

            if (ClaimLexicon.PercentageMeasures.Contains(word))
            {
                return word.ToLowerInvariant();
            }
        }

        return null;
    }

    // The first country named in the sentence, by name or adjective.
    private static string? CountryIn(SentenceContext s)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.Entity.Kind == EntityKind.Country)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>For a count over a period ("20,000 new refugees arrived in the past week", "300 a day"), " per N days": a flow,
    /// not compared with a stock ("Chad hosts 1.2 million refugees"). Empty for a stock.</summary>
    private static string FlowPeriod(SentenceContext s, QuantityMatch match)
    {
        if (match.Mention.Quantity.Unit.Kind is not (UnitKind.Count or UnitKind.Currency))
        {
            return string.Empty;
        }

        var end = Math.Min(s.Tokens.Count, match.EndToken + 12);
        for (var i = match.EndToken; i < end; i++)
        {
            var word = s.Word(i);
            if (ClaimLexicon.ClauseBreaks.Contains(word.ToString()) || word is ";" or ":")
            {
                break;
            }

            // "a day", "per week", "each month"
            if (word is "a" or "per" or "each" or "every" && PeriodDays(s.Word(i + 1)) is { } rate)
            {
                return FormatPeriod(rate);
            }

            // "in the past week", "over the last seven days", "during the previous 24 hours"
            if (word is "in" or "over" or "during" or "within" && s.Word(i + 1) is "the" && s.Word(i + 2) is "past" or "last" or "previous")
            {
                var unitIndex = i + 3;
                var count = 1.0;
                if (NumberParser.TryParseAt(s.Text, s.Tokens, unitIndex, out var number) && !number.IsVague)
                {
                    count = number.Value;
                    unitIndex += number.TokenCount;
                }

                if (PeriodDays(s.Word(unitIndex)) is { } days)
                {
                    return FormatPeriod(count * days);
                }
            }
        }

        return string.Empty;
    }

    private static double? PeriodDays(ReadOnlySpan<char> unit) => unit switch
    {
        "hour" or "hours" => 1.0 / 24,
        "day" or "days" => 1,
        "week" or "weeks" => 7,
        "fortnight" => 14,
        "month" or "months" => 30,
        "year" or "years" => 365,
        _ => null,
    };

    private static string FormatPeriod(double days) =>
        days == 1 ? " per day" : days == 7 ? " per week" : days == 365 ? " per year" : days == 30 ? " per month"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" per {days:0.##} days");

    private static string MeasureOf(SentenceContext s, QuantityMatch match)
    {
        var unit = match.Mention.Quantity.Unit;
        switch (unit.Kind)
        {
            case UnitKind.Count:
                return ClaimLexicon.MeasureSynonyms.TryGetValue(unit.Name, out var synonym) ? synonym : ClaimLexicon.Plural(unit.Name);
            case UnitKind.Currency:
                if (match.HasNounPhrase)
                {
                    for (var i = match.NounFirstToken; i < match.NounEndToken; i++)
                    {
                        if (ClaimLexicon.MoneyMeasures.TryGetValue(s.Word(i).ToString(), out var money))
                        {
                            return money;
                        }
                    }
                }

                return "amount";
            case UnitKind.Percentage:
                return "share";
            case UnitKind.Duration:
                return "duration";
            default:
                return unit.Name;
        }
    }

    /// <summary>Who a quantity is about: an entity in its noun phrase, a possessor, "from/by/of X", or the agent of the clause.</summary>
    private static string? QuantitySubject(SentenceContext s, QuantityMatch match, TextSpan? sourceSpan)
    {
        if (match.HasNounPhrase && EntityIn(s, match.NounFirstToken, match.NounEndToken) is { } inPhrase)
        {
            return inPhrase;
        }

        // "The G7's 50 billion US dollars"
        var first = match.FirstToken;
        if (first >= 2 && s.Tokens[first - 1].Kind == TokenKind.Possessive && EntityEndingAt(s, first - 1) is { } possessor)
        {
            return possessor;
        }

        if (SourceAfter(s, match.EndToken) is { } source)
        {
            return source;
        }

        return AgentBefore(s, first, sourceSpan);
    }

    private static string? ThemeOrigin(SentenceContext s, int theme)
    {
        // "North Korean troops", "North Korean special forces"
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

        return SourceAfter(s, theme + 1);
    }

    // "from North Korea", "by Pyongyang", "of the Russian central bank", "from Great Britain, Canada and Japan"
    private static string? SourceAfter(SentenceContext s, int index)
    {
        for (var j = index; j < Math.Min(s.Tokens.Count, index + 4); j++)
        {
            var word = s.Word(j);
            if (!(word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)))
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

                var mention = MentionAt(s, k);
                if (mention is null)
                {
                    break;
                }

                names.Add(mention.Value.Entity.Name);
                k = mention.Value.EndToken;
                if (k < s.Tokens.Count && s.Word(k) is "," or "and" && MentionAt(s, k + 1) is not null)
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

    /// <summary>The nearest named country or body before <paramref name="index"/> that acts as the clause's subject.</summary>
    private static string? AgentBefore(SentenceContext s, int index, TextSpan? sourceSpan = null)
    {
        for (var m = s.Entities.Count - 1; m >= 0; m--)
        {
            var mention = s.Entities[m];
            if (mention.EndToken > index || mention.Form != EntityMentionForm.Name)
            {
                continue;
            }

            if (mention.EndToken < s.Tokens.Count && s.Tokens[mention.EndToken].Kind == TokenKind.Possessive)
            {
                continue;
            }

            if (mention.FirstToken > 0 && IsPreposition(s.Word(mention.FirstToken - 1)))
            {
                continue;
            }

            if (mention.FirstToken > 1 && s.Word(mention.FirstToken - 1) is "the" or "The" && IsPreposition(s.Word(mention.FirstToken - 2)))
            {
                continue;
            }

            if (IsInPrepositionalList(s, m))
            {
                continue;
            }

            // "Red Cross spokesman John Smith said 500 people died": the speaker's body is the source, not the subject.
            if (sourceSpan is { } speaking && speaking.Contains(TextSpan.FromBounds(s.Tokens[mention.FirstToken].Span.Start, s.Tokens[mention.EndToken - 1].Span.End)))
            {
                continue;
            }

            // "a $400 million US aid package, as well as $800 million in loans": an entity inside another amount's noun phrase
            // modifies that amount, not the clause.
            if (IsInsideAnotherAmount(s, mention, index))
            {
                continue;
            }

            // The source of a reporting verb is who speaks, not what the claim is about ("The Red Cross said 300 people died").
            if (IsSourceOfReportingVerb(s, mention.EndToken))
            {
                continue;
            }

            return mention.Entity.Name;
        }

        return null;
    }

    private static bool IsInsideAnotherAmount(SentenceContext s, EntityMention mention, int index)
    {
        foreach (var match in s.Quantities)
        {
            var end = match.HasNounPhrase ? Math.Max(match.EndToken, match.NounEndToken) : match.EndToken;
            if (match.FirstToken < index && mention.FirstToken >= match.FirstToken && mention.EndToken <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSourceOfReportingVerb(SentenceContext s, int after)
    {
        var j = after;
        while (j < s.Tokens.Count && Attribution.ReportingLexicon.SkippableBeforeVerb.Contains(s.Word(j).ToString()))
        {
            j++;
        }

        return j < s.Tokens.Count && (Attribution.ReportingLexicon.Verbs.ContainsKey(s.Word(j).ToString()) || s.Word(j) is "," or "according");
    }

    // "in Ukraine and South Korea": a later item of a list that a preposition governs.
    private static bool IsInPrepositionalList(SentenceContext s, int mentionIndex)
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

    private static bool IsPreposition(ReadOnlySpan<char> word) =>
        word is "to" or "in" or "for" or "from" or "with" or "of" or "at" or "on" or "against" or "by" or "into" or "over" or "about"
            or "toward" or "towards" or "across" or "within" or "inside" or "near" or "between" or "among" or "under" or "via";

    // "to Russia", "in eastern Russia", "into Russian territory", "in Russia's Far East", "in the Russian region of Kursk"
    private static string? PlaceAfter(SentenceContext s, int index)
    {
        for (var j = index; j < Math.Min(s.Tokens.Count, index + 8); j++)
        {
            var word = s.Word(j);
            if (ClaimLexicon.ClauseBreaks.Contains(word.ToString()))
            {
                return null;
            }

            if (!(word is "to" or "in" or "into" or "inside" or "within"))
            {
                continue;
            }

            var k = j + 1;
            while (k < s.Tokens.Count && k < j + 4 && (s.Word(k) is "the" or "north" or "south" or "east" or "west" || IsDirection(s.Word(k))))
            {
                k++;
            }

            if (MentionAt(s, k) is { } mention)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    private static bool HasDeadlineAfter(SentenceContext s, int index)
    {
        for (var j = index; j + 1 < s.Tokens.Count && j < index + 6; j++)
        {
            if (s.Word(j) is "by" && (s.Times.Exists(t => t.Span.Start == s.Tokens[j + 1].Span.Start) || s.Word(j + 1) is "the" && s.Word(j + 2) is "end"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The modality and polarity of a claim whose key word is at <paramref name="target"/>, from the cues in its clause.</summary>
    private static (Modality, Polarity) Stance(SentenceContext s, int target, ReportingCue? cue, bool isProposition)
    {
        var start = ClauseStart(s, target);
        var nonCommittal = cue is { Stance: ReportingStance.NonCommittal };
        var negated = cue is { Stance: ReportingStance.Denies };
        var planned = false;
        var forecast = cue is { Stance: ReportingStance.Expects } && cue.Value.CueToken < target;
        var estimated = cue is { Stance: ReportingStance.Estimates };
        for (var i = start; i < target; i++)
        {
            var word = s.Word(i).ToString();
            if (word.Equals("confirm", StringComparison.OrdinalIgnoreCase) || word.Equals("verify", StringComparison.OrdinalIgnoreCase)
                || word.Equals("verified", StringComparison.OrdinalIgnoreCase))
            {
                for (var k = Math.Max(start, i - 3); k < i; k++)
                {
                    var before = s.Word(k).ToString();
                    if (before is "declined" or "refused" or "cannot" or "not" or "unable" or "neither" || before.EndsWith("n’t", StringComparison.Ordinal) || before.EndsWith("n't", StringComparison.Ordinal))
                    {
                        nonCommittal = true;
                    }
                }
            }
            else if (word is "whether" or "unsure" or "unclear" or "uncertain" || (word is "if" or "If" && isProposition))
            {
                nonCommittal = true;
            }
            else if (ClaimLexicon.NegationCues.Contains(word) || word.EndsWith("n’t", StringComparison.Ordinal) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                negated = true;
            }
            else if (ClaimLexicon.PlanCues.Contains(word) && i + 1 < s.Tokens.Count && (s.Word(i + 1) is "to" || word is "intention" or "intentions" or "planned" or "pledged" or "promised" or "proposed"))
            {
                planned = true;
            }
            else if (ClaimLexicon.ForecastCues.Contains(word))
            {
                forecast = true;
            }
            else if (ClaimLexicon.EstimateCues.Contains(word))
            {
                estimated = true;
            }
        }

        if (isProposition && !nonCommittal)
        {
            foreach (var token in s.Tokens)
            {
                if (ClaimLexicon.DenialMarkers.Contains(token.Span.Slice(s.Text).ToString()))
                {
                    negated = true;
                    break;
                }
            }
        }

        if (nonCommittal)
        {
            return (Modality.NonCommittal, Polarity.Affirmed);
        }

        var polarity = negated ? Polarity.Negated : Polarity.Affirmed;
        var modality = planned ? Modality.Planned : forecast ? Modality.Forecast : estimated ? Modality.Estimated : Modality.Asserted;
        return (modality, polarity);
    }

    private static int ClauseStart(SentenceContext s, int target)
    {
        for (var i = target - 1; i >= 0; i--)
        {
            if (ClaimLexicon.ClauseBreaks.Contains(s.Word(i).ToString()))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static TimeScope? TimeFor(SentenceContext s, int first, int end, Document document)
    {
        TimeExpression? best = null;
        var bestDistance = int.MaxValue;
        var start = s.Tokens[Math.Min(first, s.Tokens.Count - 1)].Span.Start;
        var stop = s.Tokens[Math.Min(end, s.Tokens.Count) - 1].Span.End;
        foreach (var time in s.Times)
        {
            if (time.Kind is TimeExpressionKind.Duration or TimeExpressionKind.Set)
            {
                continue;
            }

            // A figure's own date first ("rose to 112 on Tuesday"), then a date that modifies a noun ("Tuesday's election"), and the
            // date of the report ("the ministry said on Thursday") only when nothing else dates it.
            var distance = time.Span.Start >= stop ? time.Span.Start - stop : start - time.Span.End + 1;
            if (IsReportDate(s, time))
            {
                distance += 20_000;
            }
            else if (IsPossessed(s, time))
            {
                distance += 10_000;
            }

            if (distance >= 0 && distance < bestDistance)
            {
                best = time;
                bestDistance = distance;
            }
        }

        if (best is not null)
        {
            return best.Scope;
        }

        return document.Published is { } published ? new TimeScope(published, published, "document date") { Source = TimeScopeSource.PublicationDate } : null;
    }

    // "said on Saturday", "told reporters Friday", "announced on Monday"
    private static bool IsReportDate(SentenceContext s, TimeExpression time)
    {
        var index = -1;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Span.Start >= time.Span.Start)
            {
                index = i;
                break;
            }
        }

        var k = index - 1;
        if (k >= 0 && s.Word(k) is "on" or "late" or "early")
        {
            k--;
        }

        if (k >= 0 && s.Word(k) is "reporters" or "journalists")
        {
            k--;
        }

        return k >= 0 && Attribution.ReportingLexicon.Verbs.ContainsKey(s.Word(k).ToString());
    }

    private static bool IsPossessed(SentenceContext s, TimeExpression time)
    {
        foreach (var token in s.Tokens)
        {
            if (token.Span.Start >= time.Span.End)
            {
                return token.Kind == TokenKind.Possessive && token.Span.Start == time.Span.End;
            }
        }

        return false;
    }

    private static string? EntityIn(SentenceContext s, int first, int end)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.FirstToken >= first && mention.EndToken <= end)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    private static string? EntityEndingAt(SentenceContext s, int end)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.EndToken == end)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    private static EntityMention? MentionAt(SentenceContext s, int index)
    {
        foreach (var mention in s.Entities)
        {
            if (mention.FirstToken == index)
            {
                return mention;
            }
        }

        return null;
    }

    private sealed class SentenceContext
    {
        private string? _sentenceText;

        public SentenceContext(AnnotatedDocument document, int index)
        {
            Index = index;
            Text = document.Text;
            Sentence = document.Sentences[index];
            Tokens = document.TokenSegment(index);
            Entities = [.. document.GetLayer<EntityLayer>().In(index)];
            Quantities = [.. document.GetLayer<QuantityLayer>().In(index)];
            Times = [.. document.GetLayer<TimeLayer>().In(index)];
        }

        public int Index { get; }

        /// <summary>The sentence's text, made once and shared by every claim from it.</summary>
        public string SentenceText => _sentenceText ??= Sentence.Span.Slice(Text).ToString();

        public string Text { get; }

        public Sentence Sentence { get; }

        public ArraySegment<Token> Tokens { get; }

        public List<EntityMention> Entities { get; }

        public List<QuantityMatch> Quantities { get; }

        public List<TimeExpression> Times { get; }

        public ReadOnlySpan<char> Word(int index) => index >= 0 && index < Tokens.Count ? Tokens[index].Span.Slice(Text) : [];
    }

    private sealed class DocumentState(AnnotatedDocument document)
    {
        public AnnotatedDocument Annotated { get; } = document;

        public Document Document { get; } = document.Document;

        public ImmutableArray<Claim>.Builder Claims { get; } = ImmutableArray.CreateBuilder<Claim>();

        /// <summary>The last proposition claim and the index of its sentence, for sentences that refer back to it.</summary>
        public (Claim? Claim, int Sentence) LastProposition { get; set; }

        /// <summary>The country whose forces the document last named ("North Korean soldiers"), for bare "the troops" later.</summary>
        public string? ForceOrigin { get; private set; }

        public void Add(Claim claim) => Claims.Add(claim with { Id = $"{Document.Id}#{Claims.Count + 1}" });

        /// <summary>The country the document names most often so far (ties: the first named), for casualty counts whose sentence
        /// names no place ("32 miners died" in a report about Zambia).</summary>
        public string? TopicCountry { get; private set; }

        private readonly Dictionary<string, int> _countryMentions = new(StringComparer.Ordinal);

        public void RememberCountries(SentenceContext s)
        {
            foreach (var mention in s.Entities)
            {
                if (mention.Entity.Kind != EntityKind.Country)
                {
                    continue;
                }

                var count = _countryMentions[mention.Entity.Name] = _countryMentions.GetValueOrDefault(mention.Entity.Name) + 1;
                if (TopicCountry is null || (TopicCountry != mention.Entity.Name && count > _countryMentions[TopicCountry]))
                {
                    TopicCountry = mention.Entity.Name;
                }
            }
        }

        public void RememberForceOrigin(SentenceContext s)
        {
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (ClaimLexicon.Themes.TryGetValue(s.Word(i).ToString(), out var measure) && measure == "troops" && ThemeOrigin(s, i) is { } origin)
                {
                    ForceOrigin = origin;
                }
            }
        }
    }
}
