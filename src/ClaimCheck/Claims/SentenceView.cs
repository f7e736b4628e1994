using ClaimCheck.Attribution;
using ClaimCheck.Entities;
using ClaimCheck.Quantities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>One sentence of an annotated document as the claim rules read it: its tokens and the mentions every earlier stage found
/// in it. Built once per sentence; not thread-safe.</summary>
internal sealed class SentenceView
{
    private string? _sentenceText;

    public SentenceView(AnnotatedDocument document, int index)
    {
        Index = index;
        Words = ClaimWords.For(document.Lexicon);
        Gazetteer = EntityGazetteer.For(document.Lexicon);
        Reporting = ReportingLexicon.For(document.Lexicon);
        EntityCues = EntityCues.For(document.Lexicon);
        TimeWords = TimeWords.For(document.Lexicon);
        Text = document.Text;
        Sentence = document.Sentences[index];
        Tokens = document.TokenSegment(index);
        Entities = [.. document.GetLayer<EntityLayer>().In(index)];
        Quantities = [.. document.GetLayer<QuantityLayer>().In(index)];
        Times = [.. document.GetLayer<TimeLayer>().In(index)];
        ReportingCues = document.TryGetLayer<AttributionLayer>(out var attribution) ? attribution.In(index).Cues : [];
    }

    public int Index { get; }

    /// <summary>The claim words of the document's lexicon.</summary>
    public ClaimWords Words { get; }

    /// <summary>The time words of the document's lexicon (clock words, parts of the day).</summary>
    public TimeWords TimeWords { get; }

    /// <summary>The reporting words of the document's lexicon.</summary>
    public ReportingLexicon Reporting { get; }

    /// <summary>The places and organisations of the document's lexicon.</summary>
    public EntityGazetteer Gazetteer { get; }

    /// <summary>The entity cue words of the document's lexicon ("northern" before a place).</summary>
    public EntityCues EntityCues { get; }

    /// <summary>The sentence's text, made once and shared by every claim from it.</summary>
    public string SentenceText => _sentenceText ??= Sentence.Span.Slice(Text).ToString();

    public string Text { get; }

    public Sentence Sentence { get; }

    public ArraySegment<Token> Tokens { get; }

    public List<EntityMention> Entities { get; }

    public List<QuantityMatch> Quantities { get; }

    public List<TimeExpression> Times { get; }

    /// <summary>The reporting constructions the attribution stage found in the sentence ("according to the mayor", "police said");
    /// empty when the document has no attribution layer.</summary>
    public IReadOnlyList<ReportingCue> ReportingCues { get; }

    public ReadOnlySpan<char> Word(int index) => index >= 0 && index < Tokens.Count ? Tokens[index].Span.Slice(Text) : [];

    /// <summary>Whether token <paramref name="index"/> lies inside a time expression.</summary>
    public bool IsInTimeExpression(int index)
    {
        var span = Tokens[index].Span;
        foreach (var time in Times)
        {
            if (time.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="index"/> lies inside a quantity that is not a duration (another figure).</summary>
    public bool IsInAmount(int index)
    {
        foreach (var match in Quantities)
        {
            if (index >= match.FirstToken && index < match.EndToken && match.Mention.Quantity.Unit.Kind is not (UnitKind.Duration or UnitKind.None))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first entity named wholly inside tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public string? EntityIn(int first, int end)
    {
        foreach (var mention in Entities)
        {
            if (mention.FirstToken >= first && mention.EndToken <= end)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>The entity whose mention ends just before token <paramref name="end"/>.</summary>
    public string? EntityEndingAt(int end)
    {
        foreach (var mention in Entities)
        {
            if (mention.EndToken == end)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    /// <summary>The quantity that starts at token <paramref name="index"/>.</summary>
    public QuantityMatch? QuantityAt(int index)
    {
        foreach (var match in Quantities)
        {
            if (match.FirstToken == index)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>The quantity whose tokens hold token <paramref name="index"/>, or null.</summary>
    public QuantityMatch? QuantityCovering(int index)
    {
        foreach (var match in Quantities)
        {
            if (match.FirstToken <= index && index < match.EndToken)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Whether a quantity ends right before token <paramref name="end"/>.</summary>
    public bool HasQuantityEndingAt(int end)
    {
        foreach (var match in Quantities)
        {
            if (match.EndToken == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity mention that starts at token <paramref name="index"/>.</summary>
    public EntityMention? MentionAt(int index)
    {
        foreach (var mention in Entities)
        {
            if (mention.FirstToken == index)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The entity mention whose tokens include token <paramref name="index"/> ("New" in "New Zealand"), or null.</summary>
    public EntityMention? MentionCovering(int index)
    {
        foreach (var mention in Entities)
        {
            if (mention.FirstToken <= index && index < mention.EndToken)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The words that open the sentence before its first comma, in lower case and joined by spaces ("of the dead" in "Of the
    /// dead, 12 were…"), when the comma is among the first <paramref name="maxTokens"/> tokens and before <paramref name="before"/>;
    /// otherwise null.</summary>
    public string? OpeningBeforeComma(int maxTokens, int before)
    {
        for (var comma = 1; comma <= maxTokens && comma < before; comma++)
        {
            if (Word(comma) is ",")
            {
                var words = new string[comma];
                for (var k = 0; k < comma; k++)
                {
                    words[k] = Word(k).ToString().ToLowerInvariant();
                }

                return string.Join(' ', words);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="name"/> is an organisation: a mention of the sentence says so (a name the entity rules
    /// recognised from the text), or the lexicon does.</summary>
    public bool IsOrganization(string name)
    {
        foreach (var mention in Entities)
        {
            if (mention.Entity.Name == name)
            {
                return mention.Entity.Kind == EntityKind.Organization;
            }
        }

        return Gazetteer.ByName.TryGetValue(name, out var entity) && entity.Kind == EntityKind.Organization;
    }
}
