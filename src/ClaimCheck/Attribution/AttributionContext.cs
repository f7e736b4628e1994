using ClaimCheck.Entities;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Attribution;

/// <summary>What the attribution rules read: the sentence being resolved (its tokens, each token's word classes, its entity and time
/// mentions), the cues found in it so far, and the document's memory of sources.</summary>
/// <remarks>Read one document at a time (<see cref="Start"/>), sentence by sentence; the per-token arrays are reused across
/// sentences and documents, so reading a sentence allocates nothing. Not thread-safe.</remarks>
internal sealed class AttributionContext
{
    private const int InitialTokens = 64;

    private ArraySegment<Token> _tokens;
    private AttributionWordClass[] _classes = new AttributionWordClass[InitialTokens];
    private int[] _entityAt = new int[InitialTokens];
    private EntityMention[] _entities = new EntityMention[8];
    private int _entityCount;

    public AttributionContext() => Sources = new SourceParser(this);

    public string Text { get; private set; } = string.Empty;

    public ReportingLexicon Lexicon { get; private set; } = null!;

    /// <summary>The people and sources named so far in the document.</summary>
    public SourceMemory Memory { get; } = new();

    /// <summary>Turns the tokens that name a source into an <see cref="Attribution"/>.</summary>
    public SourceParser Sources { get; }

    /// <summary>The cues found so far in the current sentence.</summary>
    public List<ReportingCue> Cues { get; } = [];

    /// <summary>The current sentence.</summary>
    public Sentence Sentence { get; private set; }

    /// <summary>How many tokens the current sentence has.</summary>
    public int Count => _tokens.Count;

    /// <summary>Starts reading a document: forgets the previous document's sources.</summary>
    public void Start(string text, ReportingLexicon lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        Memory.Clear();
        Cues.Clear();
        _tokens = default;
    }

    /// <summary>Whether the current sentence ends inside a quotation (one opened here or before and not closed).</summary>
    public bool EndsInsideQuote { get; private set; }

    /// <summary>Makes <paramref name="sentence"/> the current sentence; each word's classes are looked up the first time a rule asks.</summary>
    public void Load(Sentence sentence, ArraySegment<Token> tokens, ReadOnlySpan<EntityMention> entities, ReadOnlySpan<TimeExpression> times)
    {
        Sentence = sentence;
        _tokens = tokens;
        Cues.Clear();
        if (_classes.Length < tokens.Count)
        {
            _classes = new AttributionWordClass[Math.Max(tokens.Count, _classes.Length * 2)];
            _entityAt = new int[_classes.Length];
        }

        var time = 0;
        var quoteDepth = Memory.PreviousEndedInsideQuote ? 1 : 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            _classes[i] = token.Kind == TokenKind.Word ? AttributionWordClass.Unresolved : AttributionWordClass.None;
            _entityAt[i] = -1;
            while (time < times.Length && times[time].Span.End <= token.Span.Start)
            {
                time++;
            }

            if (time < times.Length && times[time].Span.Overlaps(token.Span))
            {
                _classes[i] |= AttributionWordClass.InTimeExpression;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                var c = Text[token.Span.Start];
                quoteDepth = c == '“' ? quoteDepth + 1 : c == '”' ? Math.Max(0, quoteDepth - 1) : quoteDepth;
            }
        }

        EndsInsideQuote = quoteDepth > 0;

        if (_entities.Length < entities.Length)
        {
            _entities = new EntityMention[entities.Length * 2];
        }

        entities.CopyTo(_entities);
        _entityCount = entities.Length;
        for (var m = 0; m < entities.Length; m++)
        {
            for (var t = entities[m].FirstToken; t < entities[m].EndToken && t < tokens.Count; t++)
            {
                _entityAt[t] = m;
            }
        }
    }

    public Token Token(int i) => _tokens[i];

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Word(int i) => _tokens[i].Span.Slice(Text);

    /// <summary>The cue text of token <paramref name="i"/>: the lexicon's term for it ("said").</summary>
    public string CueOf(int i) => Lexicon.TermOf(Word(i));

    /// <summary>Whether token <paramref name="i"/> exists and belongs to one of <paramref name="classes"/>.</summary>
    public bool Is(int i, AttributionWordClass classes)
    {
        if ((uint)i >= (uint)_tokens.Count)
        {
            return false;
        }

        var found = _classes[i];
        if ((found & AttributionWordClass.Unresolved) != 0)
        {
            found = (found & ~AttributionWordClass.Unresolved) | Lexicon.ClassesOf(Word(i));
            _classes[i] = found;
        }

        return (found & classes) != 0;
    }

    /// <summary>Whether token <paramref name="i"/> may start a cue (<see cref="ReportingLexicon.MayStartCue"/>).</summary>
    public bool MayStartCue(int i) => IsWord(i) && Lexicon.MayStartCue(Word(i));

    public bool IsWord(int i) => (uint)i < (uint)_tokens.Count && _tokens[i].Kind == TokenKind.Word;

    public bool IsPossessive(int i) => (uint)i < (uint)_tokens.Count && _tokens[i].Kind == TokenKind.Possessive;

    /// <summary>Whether token <paramref name="i"/> is a word that starts with a capital letter.</summary>
    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(Text[_tokens[i].Span.Start]);

    /// <summary>Whether token <paramref name="i"/> is a word that starts with a lower-case letter.</summary>
    public bool IsLowerCase(int i) => IsWord(i) && char.IsLower(Text[_tokens[i].Span.Start]);

    /// <summary>Whether token <paramref name="i"/> is an acronym: two or more letters, all capitals ("USGS", "U.N.").</summary>
    public bool IsAllCapitals(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in Word(i))
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

    /// <summary>Whether token <paramref name="i"/> is the one-character token <paramref name="c"/>.</summary>
    public bool IsChar(int i, char c) => (uint)i < (uint)_tokens.Count && _tokens[i].Span.Length == 1 && Text[_tokens[i].Span.Start] == c;

    /// <summary>Whether token <paramref name="i"/> is <paramref name="word"/>, ignoring case.</summary>
    public bool IsWord(int i, string word) => IsWord(i) && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="i"/> opens or closes a quotation ("“", "”", '"').</summary>
    public bool IsQuote(int i) => IsChar(i, '“') || IsChar(i, '”') || IsChar(i, '"');

    /// <summary>Whether token <paramref name="i"/> is a punctuation token (",", ";", a quotation mark, a bracket…).</summary>
    public bool IsPunctuation(int i) => (uint)i < (uint)_tokens.Count && _tokens[i].Kind == TokenKind.Punctuation;

    /// <summary>Whether token <paramref name="i"/> is a plural noun or a group of people: a lower-case word ending in "s" (not "ss"),
    /// or a <see cref="AttributionWordClass.Group"/> word ("people").</summary>
    public bool IsPlural(int i)
    {
        if (Is(i, AttributionWordClass.Group))
        {
            return true;
        }

        var word = Word(i);
        return IsWord(i) && word.Length > 3 && word[^1] == 's' && word[^2] != 's';
    }

    /// <summary>Whether token <paramref name="i"/> lies in an entity mention.</summary>
    public bool InEntity(int i) => (uint)i < (uint)_tokens.Count && _entityAt[i] >= 0;

    /// <summary>The entity mention token <paramref name="i"/> lies in.</summary>
    public bool TryGetEntity(int i, out EntityMention mention)
    {
        mention = default;
        if (!InEntity(i))
        {
            return false;
        }

        mention = _entities[_entityAt[i]];
        return true;
    }

    /// <summary>The first entity mention wholly inside tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool TryGetFirstEntity(int start, int end, out EntityMention mention)
    {
        for (var m = 0; m < _entityCount; m++)
        {
            if (_entities[m].FirstToken >= start && _entities[m].EndToken <= end)
            {
                mention = _entities[m];
                return true;
            }
        }

        mention = default;
        return false;
    }

    /// <summary>Where tokens [<paramref name="start"/>, <paramref name="end"/>) lie in the text.</summary>
    public TextSpan Span(int start, int end) => TextSpan.FromBounds(_tokens[start].Span.Start, _tokens[end - 1].Span.End);

    /// <summary>The text of tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public string Slice(int start, int end) => Span(start, end).Slice(Text).ToString();
}
