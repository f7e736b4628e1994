using System.Buffers;
using ClaimCheck.Attribution.Rules;
using ClaimCheck.Entities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Attribution;

/// <summary>Resolves who says what in one document, sentence by sentence: runs the cue rules from the words that can start them,
/// lets origins ("citing X", "a briefing from X") inform the nearest reporting verb, and, when a sentence names no source, asks the
/// inheritance rules (quotations that run on, standfirsts, headline prefixes).</summary>
/// <remarks>The rules live in <c>Attribution/Rules/</c>, one file per family. Reads one document at a time (<see cref="Start"/>) and
/// may be reused for the next; not thread-safe.</remarks>
internal sealed class AttributionResolver
{
    private static readonly ICueRule[] CueRules =
    [
        new CitingRule(), new AccordingToRule(), new ReportedByRule(), new ByPossessiveCountRule(), new ReportingVerbRule(), new FigureGivingRule(), new BriefingOriginRule(),
        new AppositiveRule(),
    ];

    private static readonly IInheritanceRule[] InheritanceRules = [new HeadlinePrefixRule(), new QuoteContinuationRule()];

    private static readonly AttributionWordClass StartClasses = UnionOfStartClasses();

    private static readonly SearchValues<char> StartCharacters = SearchValues.Create(string.Concat(CueRules.Select(r => r.StartCharacters)));

    private readonly AttributionContext _context = new();

    /// <summary>Starts resolving a document with <paramref name="text"/>, reading the words of <paramref name="lexicon"/>.</summary>
    public void Start(string text, ReportingLexicon lexicon) => _context.Start(text, lexicon);

    public SentenceAttribution Resolve(Sentence sentence, ArraySegment<Token> tokens, ReadOnlySpan<EntityMention> entities, ReadOnlySpan<TimeExpression> times)
    {
        var c = _context;
        c.Load(sentence, tokens, entities, times);
        FindCues(c);
        ApplyOrigins(c.Cues);
        c.Cues.Sort(static (a, b) => a.CueToken.CompareTo(b.CueToken));

        Attribution? inherited = null;
        for (var r = 0; r < InheritanceRules.Length && c.Cues.Count == 0 && inherited is null; r++)
        {
            inherited = InheritanceRules[r].Inherit(c);
        }

        Attribution? named = null;
        foreach (var cue in c.Cues)
        {
            named = cue.Source ?? named;
        }

        c.Memory.EndSentence(sentence, c.EndsInsideQuote, named, inherited);
        return c.Cues.Count == 0 && inherited is null ? SentenceAttribution.None : new SentenceAttribution([.. c.Cues], inherited);
    }

    private static void FindCues(AttributionContext c)
    {
        var i = 0;
        while (i < c.Count)
        {
            var next = i + 1;
            if ((c.MayStartCue(i) && c.Is(i, StartClasses)) || (c.IsPunctuation(i) && StartCharacters.Contains(c.Word(i)[0])))
            {
                foreach (var rule in CueRules)
                {
                    var cues = c.Cues.Count;
                    if (IsStartOf(rule, c, i) && rule.TryMatch(c, i))
                    {
                        next = c.Cues.Count > cues ? Math.Max(next, c.Cues[^1].EndToken) : next;
                        break;
                    }
                }
            }

            i = next;
        }
    }

    private static bool IsStartOf(ICueRule rule, AttributionContext c, int i) =>
        c.Is(i, rule.StartClasses) || (c.IsPunctuation(i) && rule.StartCharacters.Contains(c.Word(i)[0], StringComparison.Ordinal));

    // "X, citing Y, said": the nearest reporting verb takes the cited source; a speaker informed by a body keeps speaking and takes
    // the body as their organisation ("lawmaker Park, following a briefing from the agency, said").
    private static void ApplyOrigins(List<ReportingCue> cues)
    {
        for (var o = cues.Count - 1; o >= 0; o--)
        {
            var origin = cues[o];
            if (!origin.IsOrigin || origin.Source is not { } author)
            {
                continue;
            }

            var target = NearestVerbCue(cues, origin);
            if (target >= 0)
            {
                var speaker = cues[target].Source;
                var merged = speaker is { Speaker: not null } && author.Speaker is null
                    ? speaker with { Organization = author.Organization, Affiliation = speaker.Affiliation ?? author.Affiliation, IsIndependent = author.IsIndependent }
                    : author;
                cues[target] = cues[target] with { Source = merged };
            }

            if (target >= 0 || origin.Origin == CueOrigin.Briefing)
            {
                cues.RemoveAt(o);
            }
        }
    }

    private static int NearestVerbCue(List<ReportingCue> cues, ReportingCue origin)
    {
        var best = -1;
        for (var k = 0; k < cues.Count; k++)
        {
            var candidate = cues[k];
            var allowed = !candidate.IsOrigin && (origin.Origin != CueOrigin.Briefing || (candidate.CueToken > origin.CueToken && candidate.Source?.Speaker is not null));
            if (allowed && (best < 0 || Math.Abs(candidate.CueToken - origin.CueToken) < Math.Abs(cues[best].CueToken - origin.CueToken)))
            {
                best = k;
            }
        }

        return best;
    }

    private static AttributionWordClass UnionOfStartClasses()
    {
        var classes = AttributionWordClass.None;
        foreach (var rule in CueRules)
        {
            classes |= rule.StartClasses;
        }

        // The lexicon's quick test (MayStartCue) knows only the CueStart classes.
        return classes & AttributionWordClass.CueStart;
    }
}
