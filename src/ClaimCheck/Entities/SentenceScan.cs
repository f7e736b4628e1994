using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>A name recognised in a sentence by a rule: tokens [<see cref="First"/>, <see cref="End"/>) and either a name learned from
/// the text (<see cref="Name"/>) or an entity of the lexicon (<see cref="Entity"/>, a dateline's "NAIROBI" or an acronym).</summary>
internal readonly record struct Found(int First, int End, string? Name, Entity? Entity, Entity? Place, string Rule)
{
    /// <summary>The canonical name of the place or body found, for containment: the city for a capital.</summary>
    public string PlaceName => Name ?? Place?.Name ?? Entity!.Name;
}

/// <summary>A run of capitalised name words in a sentence: tokens [<see cref="First"/>, <see cref="End"/>).</summary>
internal readonly record struct NameRun(int First, int End)
{
    public int Count => End - First;
}

/// <summary>One sentence as the entity rules read it: its tokens, the names the lexicon found, the runs of capitalised words, and
/// what the rules found so far. One per document, reused sentence by sentence; not thread-safe.</summary>
internal sealed class SentenceScan
{
    private const byte NameWord = 1;
    private const byte CueKnown = 2;
    private const byte Shouting = 4;

    private byte[] _flags = new byte[64];
    private EntityCue[] _cues = new EntityCue[64];
    private int[] _lexiconAt = new int[64];
    private int[] _foundAt = new int[64];
    private int[] _runEndAt = new int[64];
    private int[] _runStartAt = new int[64];
    private readonly List<int> _capitals = [];

    public string Text { get; private set; } = string.Empty;

    public EntityGazetteer Gazetteer { get; private set; } = null!;

    public EntityCues Cues { get; private set; } = null!;

    public DocumentEntities Document { get; } = new();

    /// <summary>Starts a document.</summary>
    public void Begin(string text, EntityGazetteer gazetteer, EntityCues cues)
    {
        Text = text;
        Gazetteer = gazetteer;
        Cues = cues;
        Document.Begin(text, gazetteer);
    }

    /// <summary>Lets go of the document once its layer is built.</summary>
    public void End()
    {
        Text = string.Empty;
        Tokens = default;
        Lexicon.Clear();
        Found.Clear();
        Runs.Clear();
        Document.End();
    }

    public ArraySegment<Token> Tokens { get; private set; }

    public int Count => Tokens.Count;

    public Sentence Sentence { get; private set; }

    /// <summary>The sentence's index in the document.</summary>
    public int Index { get; private set; }

    /// <summary>Whether the sentence is the first of its paragraph.</summary>
    public bool StartsParagraph { get; private set; }

    /// <summary>The lexicon's mentions in the sentence, in token order.</summary>
    public List<EntityMention> Lexicon { get; } = [];

    /// <summary>What the rules found in the sentence, in the order found.</summary>
    public List<Found> Found { get; } = [];

    /// <summary>The runs of capitalised name words, in token order.</summary>
    public List<NameRun> Runs { get; } = [];

    /// <summary>The index of the sentence's first word.</summary>
    public int FirstWord { get; private set; }

    /// <summary>Whether the sentence is a headline in Title Case ("Landslide Buries Village In Tarvo Province"): its capitals say
    /// nothing about names.</summary>
    public bool IsTitleCase { get; private set; }

    /// <summary>Starts a sentence: finds the lexicon's mentions and the runs of name words.</summary>
    public void Reset(int index, Sentence sentence, bool startsParagraph, ArraySegment<Token> tokens)
    {
        Index = index;
        Sentence = sentence;
        StartsParagraph = startsParagraph;
        Tokens = tokens;
        Lexicon.Clear();
        Found.Clear();
        Runs.Clear();
        if (_flags.Length < tokens.Count + 1)
        {
            var size = Math.Max(tokens.Count + 1, _flags.Length * 2);
            _flags = new byte[size];
            _cues = new EntityCue[size];
            _lexiconAt = new int[size];
            _foundAt = new int[size];
            _runEndAt = new int[size];
            _runStartAt = new int[size];
        }

        var n = tokens.Count + 1;
        Array.Clear(_flags, 0, n);
        Array.Clear(_lexiconAt, 0, n);
        Array.Clear(_foundAt, 0, n);
        Array.Clear(_runEndAt, 0, n);
        Array.Clear(_runStartAt, 0, n);

        FirstWord = 0;
        while (FirstWord < tokens.Count && tokens[FirstWord].Kind != TokenKind.Word)
        {
            FirstWord++;
        }

        IsTitleCase = sentence.IsHeading && TitleCase();
        Scan();
        Gazetteer.FindMentions(Text, tokens, Lexicon, _cues);
        for (var m = 0; m < Lexicon.Count; m++)
        {
            for (var t = Lexicon[m].FirstToken; t < Lexicon[m].EndToken; t++)
            {
                _lexiconAt[t] = m + 1;
            }
        }
    }

    public ReadOnlySpan<char> Word(int index) => index >= 0 && index < Tokens.Count ? Tokens[index].Span.Slice(Text) : [];

    public bool IsWord(int index, string word) => Word(index).SequenceEqual(word);

    public bool IsNumber(int index) => index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Number;

    /// <summary>What token <paramref name="index"/> can do as a cue (none outside the sentence).</summary>
    public EntityCue Cue(int index)
    {
        if (index < 0 || index >= Tokens.Count)
        {
            return EntityCue.None;
        }

        if ((_flags[index] & CueKnown) == 0)
        {
            _cues[index] = Tokens[index].Kind == TokenKind.Possessive ? EntityCue.Possessive : Cues.Of(Word(index));
            _flags[index] |= CueKnown;
        }

        return _cues[index];
    }

    public bool Has(int index, EntityCue cue) => (Cue(index) & cue) != 0;

    /// <summary>Whether token <paramref name="index"/> is a word of a name (capitalised, not a month, pronoun or shouting).</summary>
    public bool IsNameWord(int index) => index >= 0 && index < Tokens.Count && (_flags[index] & NameWord) != 0;

    public bool IsCapitalised(int index) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[index].Span.Start]);

    public bool IsPunctuation(int index, char c) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Punctuation && Text[Tokens[index].Span.Start] == c;

    /// <summary>Whether token <paramref name="index"/> is the end of the sentence or a mark that closes a phrase.</summary>
    public bool IsPhraseEnd(int index)
    {
        if (index >= Tokens.Count)
        {
            return true;
        }

        return Tokens[index].Kind == TokenKind.Punctuation && Text[Tokens[index].Span.Start] is ',' or '.' or ';' or ':' or ')' or '(' or '—' or '–' or '-' or '!' or '?' or '"' or '”' or '’';
    }

    /// <summary>The lexicon mention covering token <paramref name="index"/>.</summary>
    public bool TryGetLexicon(int index, out EntityMention mention)
    {
        if (index >= 0 && index < Tokens.Count && _lexiconAt[index] > 0)
        {
            mention = Lexicon[_lexiconAt[index] - 1];
            return true;
        }

        mention = default;
        return false;
    }

    /// <summary>Drops the lexicon mention covering token <paramref name="index"/>, for a rule that reads its words as something else
    /// (a dateline: where the report was filed, not a name the document is about).</summary>
    public void DropLexicon(int index)
    {
        if (!IsLexicon(index))
        {
            return;
        }

        Lexicon.RemoveAt(_lexiconAt[index] - 1);
        Array.Clear(_lexiconAt, 0, Tokens.Count + 1);
        for (var m = 0; m < Lexicon.Count; m++)
        {
            for (var t = Lexicon[m].FirstToken; t < Lexicon[m].EndToken; t++)
            {
                _lexiconAt[t] = m + 1;
            }
        }
    }

    public bool IsLexicon(int index) => index >= 0 && index < Tokens.Count && _lexiconAt[index] > 0;

    /// <summary>Whether any token of [<paramref name="first"/>, <paramref name="end"/>) is part of a lexicon mention.</summary>
    public bool AnyLexicon(int first, int end)
    {
        for (var t = Math.Max(first, 0); t < end && t < Tokens.Count; t++)
        {
            if (_lexiconAt[t] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any token of [<paramref name="first"/>, <paramref name="end"/>) has <paramref name="cue"/>.</summary>
    public int FirstWith(int first, int end, EntityCue cue)
    {
        for (var t = Math.Max(first, 0); t < end && t < Tokens.Count; t++)
        {
            if (Has(t, cue))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The rule-found name covering token <paramref name="index"/>.</summary>
    public bool TryGetFound(int index, out Found found)
    {
        if (index >= 0 && index < Tokens.Count && _foundAt[index] > 0)
        {
            found = Found[_foundAt[index] - 1];
            return true;
        }

        found = default;
        return false;
    }

    public bool IsFound(int index) => index >= 0 && index < Tokens.Count && _foundAt[index] > 0;

    /// <summary>The run of name words starting at token <paramref name="index"/>.</summary>
    public bool TryGetRunAt(int index, out NameRun run)
    {
        if (index >= 0 && index < Tokens.Count && _runEndAt[index] > 0)
        {
            run = new NameRun(index, _runEndAt[index]);
            return true;
        }

        run = default;
        return false;
    }

    /// <summary>The run of name words ending just before token <paramref name="end"/>.</summary>
    public bool TryGetRunEndingAt(int end, out NameRun run)
    {
        if (end > 0 && end <= Tokens.Count && _runStartAt[end] > 0)
        {
            run = new NameRun(_runStartAt[end] - 1, end);
            return true;
        }

        run = default;
        return false;
    }

    /// <summary>The place or body named by the mention (lexicon or found) that ends just before token <paramref name="end"/>: its
    /// canonical name (the city for a capital) and whether it is a country of the lexicon named by its own name.</summary>
    public bool TryGetEntityEndingAt(int end, out string name, out int first, out bool isCountry)
    {
        if (end > 0 && end <= Tokens.Count && _foundAt[end - 1] > 0)
        {
            var found = Found[_foundAt[end - 1] - 1];
            if (found.End == end)
            {
                name = found.PlaceName;
                first = found.First;
                isCountry = found.Entity is { Kind: EntityKind.Country } && found.Place is null;
                return true;
            }
        }

        if (TryGetLexicon(end - 1, out var mention) && mention.EndToken == end)
        {
            name = mention.Place?.Name ?? mention.Entity.Name;
            first = mention.FirstToken;
            isCountry = mention.Entity.Kind == EntityKind.Country && mention.Place is null;
            return true;
        }

        name = string.Empty;
        first = -1;
        isCountry = false;
        return false;
    }

    /// <summary>The place named by the mention (lexicon or found) that starts at token <paramref name="index"/>: its canonical name,
    /// its end, and whether it is a country named by its own name. Organisations and demonyms are not places.</summary>
    public bool TryGetPlaceAt(int index, out string name, out int end, out bool isCountry)
    {
        if (TryGetFound(index, out var found) && found.First == index)
        {
            var kind = found.Entity?.Kind ?? (Document.TryGetKind(found.Name!, out var k) ? k : EntityKind.Place);
            name = found.PlaceName;
            end = found.End;
            isCountry = found.Entity is { Kind: EntityKind.Country } && found.Place is null;
            return kind != EntityKind.Organization || found.Place is not null;
        }

        if (TryGetLexicon(index, out var mention) && mention.FirstToken == index && mention.Form == EntityMentionForm.Name
            && (mention.Entity.Kind != EntityKind.Organization || mention.Place is not null))
        {
            name = mention.Place?.Name ?? mention.Entity.Name;
            end = mention.EndToken;
            isCountry = mention.Entity.Kind == EntityKind.Country && mention.Place is null;
            return true;
        }

        name = string.Empty;
        end = index;
        isCountry = false;
        return false;
    }

    /// <summary>Records a name a rule recognised from the text: registers it with the document, learns the form it is written in
    /// and, when the rule names one, what it lies in.</summary>
    public Found Add(int first, int end, int nameFirst, int nameEnd, EntityKind kind, string rule, string? within = null)
    {
        Span<char> buffer = stackalloc char[EntityGazetteer.MaxNameLength];
        if (!EntityGazetteer.TryJoin(Text, Tokens, nameFirst, nameEnd - nameFirst, buffer, out var length))
        {
            var span = TextSpan.FromBounds(Tokens[nameFirst].Span.Start, Tokens[nameEnd - 1].Span.End).Slice(Text);
            length = Math.Min(span.Length, buffer.Length);
            span[..length].CopyTo(buffer);
        }

        var name = Document.Register(buffer[..length], kind, rule);
        var target = new FormTarget(name, null, null);
        Document.LearnForm(buffer[..length], target);
        if (first != nameFirst || end != nameEnd)
        {
            if (EntityGazetteer.TryJoin(Text, Tokens, first, end - first, buffer, out length))
            {
                Document.LearnForm(buffer[..length], target);
            }
        }

        if (within is not null)
        {
            Document.Contain(name, within);
        }

        return AddFound(new Found(first, end, name, null, null, rule));
    }

    /// <summary>Records another form of a name already registered (an acronym, a dateline's capitals).</summary>
    public Found AddNamed(int first, int end, string name, string rule) => AddFound(new Found(first, end, name, null, null, rule));

    /// <summary>Records a name the lexicon knows that a rule found in a form the lexicon does not match (a dateline's "NAIROBI").</summary>
    public Found AddLexicon(int first, int end, Entity entity, Entity? place, string rule) => AddFound(new Found(first, end, null, entity, place, rule));

    private Found AddFound(Found found)
    {
        Found.Add(found);
        for (var t = found.First; t < found.End; t++)
        {
            _foundAt[t] = Found.Count;
        }

        return found;
    }

    /// <summary>Appends the capitalised words no mention covers, where a name the document defines elsewhere may stand.</summary>
    public void AddUncoveredCapitals(List<int> indices)
    {
        foreach (var i in _capitals)
        {
            if (_lexiconAt[i] == 0 && _foundAt[i] == 0)
            {
                indices.Add(i);
            }
        }
    }

    /// <summary>Whether the name words of a run at the start of the sentence are a common word capitalised because it opens the
    /// sentence ("Rescuers", "Heavy").</summary>
    public bool IsCommonOpening(int first, int end) =>
        first == FirstWord && end - first == 1 && !IsLexicon(first) && Document.IsCommonWord(Word(first), Cues);

    // One pass over the tokens, one look-up per capitalised word: what it can do for the rules (and whether a name of the lexicon
    // starts with it), whether it is a name word, and the runs of name words (not in a Title Case headline).
    private void Scan()
    {
        var tokens = Tokens;
        var text = Text;
        _capitals.Clear();
        var start = -1;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var isName = false;
            if (i < tokens.Count && tokens[i].Kind == TokenKind.Word)
            {
                var token = tokens[i];
                if (char.IsUpper(text[token.Span.Start]))
                {
                    var cue = Cues.Of(token.Span.Slice(text));
                    _cues[i] = cue;
                    _flags[i] = CueKnown;
                    _capitals.Add(i);
                    isName = !IsTitleCase && (cue & EntityCue.NotName) == 0 && !IsShouting(i)
                        && ((cue & EntityCue.StartsName) != 0 || !IsHyphenatedAdjective(i));
                }
                else
                {
                    isName = start >= 0 && (_flags[i - 1] & NameWord) != 0 && !token.IsJoined && IsInnerParticle(i);
                }
            }

            if (isName)
            {
                _flags[i] |= NameWord;
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                // A particle only inside a name: "Rio de Janeiro", not "de" at its edge.
                var end = i;
                while (end > start && !IsCapitalised(end - 1) && Has(end - 1, EntityCue.Particle))
                {
                    _flags[end - 1] &= unchecked((byte)~NameWord);
                    end--;
                }

                if (end > start)
                {
                    Runs.Add(new NameRun(start, end));
                    _runEndAt[start] = end;
                    _runStartAt[end] = start + 1;
                }

                start = -1;
            }
        }
    }

    // "Taliban-run", "English-language", "Kremlin-backed": an adjective, not a name ("Port-au-Prince", "Seine-Saint-Denis" are names).
    private bool IsHyphenatedAdjective(int index)
    {
        var word = Word(index);
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    // "de", "al" between capitalised words, or "al-Noura": a lower-case particle joined by a hyphen to a capitalised part.
    private bool IsInnerParticle(int index)
    {
        var word = Word(index);
        if (Has(index, EntityCue.Particle))
        {
            return index + 1 < Tokens.Count && IsCapitalised(index + 1) && !Tokens[index + 1].IsJoined;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && word[..hyphen].Length <= 3;
    }

    // "JOIN US ON TELEGRAM", "BREAKING NEWS": all-capitals words among all-capitals words are shouting, not names.
    private bool IsShouting(int index)
    {
        if ((_flags[index] & Shouting) != 0)
        {
            return true;
        }

        if (!IsAllCapitals(index))
        {
            return false;
        }

        if (IsAllCapitals(index - 1) || IsAllCapitals(index + 1))
        {
            _flags[index] |= Shouting;
            return true;
        }

        return false;
    }

    /// <summary>Whether token <paramref name="index"/> is a word of two or more letters with no lower-case letter ("VNCHR", "NAIROBI").</summary>
    public bool IsAllCapitals(int index) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Word && IsAllCapitals(Word(index));

    /// <summary>Whether <paramref name="word"/> has two or more letters and no lower-case letter ("VNCHR", "NAIROBI", "U.S.").</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    // A headline whose content words are nearly all capitalised.
    private bool TitleCase()
    {
        var content = 0;
        var capitalised = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = Word(i);
            if (word.Length <= 3 && char.IsLower(word[0]))
            {
                continue; // "of", "in", "and" stay lower case in Title Case
            }

            content++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
        }

        return content >= 3 && capitalised * 4 >= content * 3;
    }
}
