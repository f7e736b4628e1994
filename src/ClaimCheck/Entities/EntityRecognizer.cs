using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimCheck.Entities.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>The stage that finds places and organisations: the names the document's lexicon knows, longest first, and the names
/// general English news rules recognise from the text (<c>Entities/Rules/</c>), with what the document says lies in what.</summary>
/// <remarks>
/// <para>Two passes over the document. The first finds the lexicon's names and runs the rules on runs of capitalised words (a rule
/// runs only when a cue word it declares stands before, inside or after the run), learning the names, their other forms
/// ("Tarvo Province", an acronym the text defines) and containment ("Jeddah, Saudi Arabia"). The second emits each sentence's mentions,
/// adding the learned names wherever else the document writes them, with <see cref="Entity.Within"/> from what the whole document
/// says. The lexicon wins: a rule never overrides a name the lexicon knows, except an organisation whose name holds a country's
/// ("Mineworkers Union of Zambia").</para>
/// <para>Stateless and thread-safe; the gazetteer and the cue words are compiled once per lexicon.</para>
/// </remarks>
public sealed class EntityRecognizer : IAnnotator
{
    private static readonly EntityRule[] RunRules =
    [
        new BrandNameRule(),
        new OrganisationRule(),
        new CompanyRule(),
        new PlaceNounRule(),
        new PlaceNounOfRule(),
        new LocativeRule(),
        new PlaceFollowerRule(),
        new AppositionRule(),
    ];

    private static readonly SentenceRule[] BeforeRunRules = [new DatelineRule(), new QuotedNicknameRule()];

    private static readonly SentenceRule[] AfterRunRules = [new AcronymRule(), new ContainmentRule()];

    /// <summary>The shared instance.</summary>
    public static EntityRecognizer Instance { get; } = new();

    /// <inheritdoc/>
    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        // The buffers of one document at a time, kept per thread: a document allocates its mentions, its names and little else.
        var work = t_workspace ?? new Workspace();
        t_workspace = null;
        try
        {
            return Annotate(document, work, cancellationToken);
        }
        finally
        {
            work.End();
            t_workspace = work;
        }
    }

    [ThreadStatic]
    private static Workspace? t_workspace;

    private static AnnotatedDocument Annotate(AnnotatedDocument document, Workspace work, CancellationToken cancellationToken)
    {
        var gazetteer = EntityGazetteer.For(document.Lexicon);
        var text = document.Text;
        var scan = work.Scan;
        var memory = scan.Document;
        scan.Begin(text, gazetteer, EntityCues.For(document.Lexicon));
        var sentences = document.Sentences;
        var count = sentences.Length;
        work.Reserve(count);

        // Pass 1: the lexicon's names and the rules, sentence by sentence.
        var lexicon = work.Lexicon;
        var found = work.Found;
        var names = work.NameTokens;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            work.LexiconStarts[i] = lexicon.Count;
            work.FoundStarts[i] = found.Count;
            work.NameStarts[i] = names.Count;
            var startsParagraph = i == 0 || sentences[i - 1].Paragraph != sentences[i].Paragraph;
            scan.Reset(i, sentences[i], startsParagraph, document.TokenSegment(i));
            foreach (var rule in BeforeRunRules)
            {
                rule.Apply(scan, 0);
            }

            if (!scan.IsTitleCase)
            {
                ApplyRunRules(scan);
                ApplySentenceRules(scan);
            }

            lexicon.AddRange(scan.Lexicon);
            found.AddRange(scan.Found);
            scan.AddUncoveredCapitals(names);
        }

        work.LexiconStarts[count] = lexicon.Count;
        work.FoundStarts[count] = found.Count;
        work.NameStarts[count] = names.Count;
        var (mainCountry, setElsewhere) = MainCountry(document, gazetteer, scan.Cues, memory, lexicon, work.LexiconStarts, found, work.FoundStarts);
        memory.AssumeCountry(mainCountry, setElsewhere);
        LearnCountriesOfBodies(memory, lexicon, found, work.LexiconStarts, work.FoundStarts, count);

        // Pass 2: each sentence's mentions, the learned names wherever the document writes them, containment from the whole document.
        var all = ImmutableArray.CreateBuilder<EntityMention>(lexicon.Count + found.Count);
        var starts = ImmutableArray.CreateBuilder<int>(count + 1);
        var mentions = work.Mentions;
        Span<char> buffer = stackalloc char[EntityGazetteer.MaxNameLength];
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starts.Add(all.Count);
            mentions.Clear();
            var tokens = document.TokenSegment(i);
            var covered = work.Covered(tokens.Count);
            for (var f = work.FoundStarts[i]; f < work.FoundStarts[i + 1]; f++)
            {
                var hit = found[f];
                var (entity, place) = hit.Entity is { } known ? (known, hit.Place) : memory.Resolve(hit.Name!);
                if (place is not null)
                {
                    memory.ContainFromLexicon(place);
                }

                mentions.Add(new EntityMention(entity, hit.First, hit.End - hit.First, EntityMentionForm.Name) { Place = place, Rule = hit.Rule });
                covered.Slice(hit.First, hit.End - hit.First).Fill(true);
            }

            for (var m = work.LexiconStarts[i]; m < work.LexiconStarts[i + 1]; m++)
            {
                var mention = lexicon[m];
                if (covered.Slice(mention.FirstToken, mention.TokenCount).Contains(true))
                {
                    continue; // inside an organisation's name ("Mineworkers Union of Zambia")
                }

                if ((mention.Place ?? mention.Entity).Within is not null)
                {
                    memory.ContainFromLexicon(mention.Place ?? mention.Entity);
                }

                mentions.Add(mention);
                covered.Slice(mention.FirstToken, mention.TokenCount).Fill(true);
            }

            if (memory.HasForms && work.NameStarts[i] < work.NameStarts[i + 1])
            {
                AddLearnedForms(text, tokens, memory, covered, mentions, CollectionsMarshal.AsSpan(names)[work.NameStarts[i]..work.NameStarts[i + 1]], buffer);
            }

            if (mentions.Count > 1)
            {
                mentions.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
            }

            MarkModifiers(text, tokens, mentions);
            all.AddRange(CollectionsMarshal.AsSpan(mentions));
        }

        starts.Add(all.Count);
        return document.WithLayer(new EntityLayer(all.DrainToImmutable(), starts.MoveToImmutable(), memory.Containment()));
    }

    // The country the document names most (a name in its first three sentences, the headline and lead, counts thrice), when one
    // is named more than any other: where the places the text names but does not place lie. A country named only in passing (a
    // firm's nationality, a neighbour across a border: PassingCountries) is not counted. Also whether the document seems set
    // elsewhere: it names places of the lexicon (a region, a capital) inside other countries but none inside this one.
    private static (Entity? Country, bool SetElsewhere) MainCountry(AnnotatedDocument document, EntityGazetteer gazetteer, EntityCues cues, DocumentEntities memory, List<EntityMention> lexicon, int[] starts,
        List<Found> found, int[] foundStarts)
    {
        var sentences = document.Sentences.Length;
        Entity? best = null;
        int bestWeight = 0, secondWeight = 0;
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var withPlaces = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sentences; i++)
        {
            var placeFound = PlaceFoundIn(memory, found, foundStarts, i);
            var mentions = CollectionsMarshal.AsSpan(lexicon)[starts[i]..starts[i + 1]];
            foreach (var mention in mentions)
            {
                var entity = mention.Entity;
                if ((mention.Place ?? entity) is { Kind: EntityKind.Place } place && gazetteer.CountryOf(place.Name) is { } country)
                {
                    withPlaces.Add(country);
                }

                if (entity.Kind == EntityKind.Country && !PassingCountries.IsSetAside(document.TokenSegment(i).AsSpan(), document.Text, mention, cues, mentions, placeFound))
                {
                    weights[entity.Name] = weights.GetValueOrDefault(entity.Name) + (i < 3 ? 3 : 1);
                }
            }
        }

        foreach (var (name, weight) in weights)
        {
            if (weight > bestWeight)
            {
                secondWeight = bestWeight;
                bestWeight = weight;
                best = lexicon.Find(m => m.Entity.Name == name).Entity;
            }
            else if (weight > secondWeight)
            {
                secondWeight = weight;
            }
        }

        return bestWeight > secondWeight && best is not null ? (best, withPlaces.Count > 0 && !withPlaces.Contains(best.Name)) : (null, false);
    }

    // Whether the rules found a place in the sentence ("at Kessel", "Kessel, a town in …"), beside which a country named in passing
    // places nothing.
    private static bool PlaceFoundIn(DocumentEntities memory, List<Found> found, int[] foundStarts, int sentence)
    {
        for (var f = foundStarts[sentence]; f < foundStarts[sentence + 1]; f++)
        {
            var hit = found[f];
            if (hit.Entity is { Kind: EntityKind.Place or EntityKind.Country } || (hit.Name is { } name && memory.TryGetKind(name, out var kind) && kind == EntityKind.Place))
            {
                return true;
            }
        }

        return false;
    }

    // "the Mineworkers Union of Zambia": an organisation whose name holds a country of the lexicon belongs to it (the name hides
    // the country's mention, so the entity keeps it as Within).
    private static void LearnCountriesOfBodies(DocumentEntities memory, List<EntityMention> lexicon, List<Found> found, int[] lexiconStarts,
        int[] foundStarts, int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            for (var f = foundStarts[i]; f < foundStarts[i + 1]; f++)
            {
                var hit = found[f];
                // A brand named after a place ("Kenya Airways") is no body of the place.
                if (hit.Name is not { } name || hit.Rule == BrandNameRule.RuleName || !memory.TryGetKind(name, out var kind) || kind != EntityKind.Organization)
                {
                    continue;
                }

                for (var m = lexiconStarts[i]; m < lexiconStarts[i + 1]; m++)
                {
                    var mention = lexicon[m];
                    if (mention.FirstToken >= hit.First && mention.EndToken <= hit.End && mention.Entity.Kind == EntityKind.Country)
                    {
                        memory.Belongs(name, mention.Entity.Name);
                        break;
                    }
                }
            }
        }
    }

    private static void ApplyRunRules(SentenceScan scan)
    {
        var consumed = 0;
        for (var r = 0; r < scan.Runs.Count; r++)
        {
            var run = scan.Runs[r];
            var start = Math.Max(run.First, consumed);
            while (start < run.End)
            {
                if (scan.TryGetFound(start, out var already))
                {
                    start = already.End;
                    continue;
                }

                var sub = new NameRun(start, run.End);
                var before = BeforeCues(scan, start);
                var inside = EntityCue.None;
                for (var t = start; t < run.End; t++)
                {
                    inside |= scan.Cue(t);
                }

                var after = scan.Cue(run.End);
                var matched = false;
                foreach (var rule in RunRules)
                {

                    if (((before & rule.Before) | (inside & rule.Inside) | (after & rule.After)) != 0 && rule.TryMatch(scan, sub, out var end))
                    {
                        consumed = Math.Max(consumed, end);
                        start = Math.Max(end, start + 1);
                        matched = true;
                        break;
                    }
                }

                if (!matched)
                {
                    break;
                }
            }
        }
    }

    // The cues before a run: the word just before it and, past "the" and place modifiers, the word before those ("in the remote Sahel"),
    // and a locative for a direction and "of" ("north of Kelvarra").
    private static EntityCue BeforeCues(SentenceScan scan, int first)
    {
        var t = first - 1;
        var cues = scan.Cue(t);
        for (var guard = 0; guard < 3 && t >= 0 && (scan.IsWord(t, "the") || (cues & EntityCue.PlaceModifier) != 0); guard++)
        {
            t--;
            cues |= scan.Cue(t);
        }

        // "north of Kelvarra": a direction before "of" makes it a locative.
        return scan.IsWord(t, "of") && t > 0 && (scan.Cue(t - 1) & EntityCue.Direction) != 0 ? cues | EntityCue.Locative : cues;
    }

    // The sentence rules start at their cue, which stands just after a name: a lexicon mention, a found name or a run.
    private static void ApplySentenceRules(SentenceScan scan)
    {
        var lexiconCount = scan.Lexicon.Count;
        for (var m = 0; m < lexiconCount; m++)
        {
            ApplyAt(scan, scan.Lexicon[m].EndToken);
        }

        for (var r = 0; r < scan.Runs.Count; r++)
        {
            ApplyAt(scan, scan.Runs[r].End);
        }

        for (var f = 0; f < scan.Found.Count; f++)
        {
            ApplyAt(scan, scan.Found[f].End);
        }
    }

    private static void ApplyAt(SentenceScan scan, int index)
    {
        var cue = scan.Cue(index);
        if (cue == EntityCue.None)
        {
            return;
        }

        foreach (var rule in AfterRunRules)
        {
            if ((cue & rule.Cue) != 0)
            {
                rule.Apply(scan, index);
            }
        }
    }

    // "a National Intelligence Service briefing", "an Tarvo province official": after "a" or "an", a name modifies the noun after it,
    // as a demonym does; it names the entity but is not the clause's subject.
    private static void MarkModifiers(string text, ArraySegment<Token> tokens, List<EntityMention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Form != EntityMentionForm.Name || mention.FirstToken == 0 || mention.EndToken >= tokens.Count)
            {
                continue;
            }

            var article = tokens[mention.FirstToken - 1].Span.Slice(text);
            var next = tokens[mention.EndToken];
            if (article is "a" or "an" or "A" or "An" && next.Kind == TokenKind.Word && char.IsLower(text[next.Span.Start]))
            {
                mentions[m] = mention with { Form = EntityMentionForm.Demonym };
            }
        }
    }

    private static void AddLearnedForms(string text, ArraySegment<Token> tokens, DocumentEntities memory, Span<bool> covered, List<EntityMention> mentions,
        ReadOnlySpan<int> capitals, Span<char> buffer)
    {
        var next = 0;
        foreach (var t in capitals)
        {
            if (t < next || covered[t] || !memory.StartsForm(tokens[t].Span.Slice(text)))
            {
                continue;
            }

            for (var count = Math.Min(memory.MaxFormTokens, tokens.Count - t); count >= 1; count--)
            {
                if (covered.Slice(t, count).Contains(true) || !EntityGazetteer.TryJoin(text, tokens, t, count, buffer, out var length)
                    || !memory.TryGetForm(buffer[..length], out var target))
                {
                    continue;
                }

                var (entity, place) = target.Entity is { } known ? (known, target.Place) : memory.Resolve(target.Name!);
                mentions.Add(new EntityMention(entity, t, count, target.Form) { Place = place, Rule = "document" });
                covered.Slice(t, count).Fill(true);
                next = t + count;
                break;
            }
        }
    }

    /// <summary>The buffers one document needs, reused by the next document on the same thread.</summary>
    private sealed class Workspace
    {
        private bool[] _covered = new bool[64];

        public SentenceScan Scan { get; } = new();

        public List<EntityMention> Lexicon { get; } = [];

        public List<Found> Found { get; } = [];

        public List<int> NameTokens { get; } = [];

        public List<EntityMention> Mentions { get; } = [];

        public int[] LexiconStarts { get; private set; } = new int[64];

        public int[] FoundStarts { get; private set; } = new int[64];

        public int[] NameStarts { get; private set; } = new int[64];

        public void Reserve(int sentences)
        {
            if (LexiconStarts.Length <= sentences)
            {
                var size = Math.Max(sentences + 1, LexiconStarts.Length * 2);
                LexiconStarts = new int[size];
                FoundStarts = new int[size];
                NameStarts = new int[size];
            }
        }

        /// <summary>A cleared flag per token of a sentence.</summary>
        public Span<bool> Covered(int tokens)
        {
            if (_covered.Length < tokens)
            {
                _covered = new bool[Math.Max(tokens, _covered.Length * 2)];
            }

            var span = _covered.AsSpan(0, tokens);
            span.Clear();
            return span;
        }

        public void End()
        {
            Scan.End();
            Lexicon.Clear();
            Found.Clear();
            NameTokens.Clear();
            Mentions.Clear();
        }
    }
}
