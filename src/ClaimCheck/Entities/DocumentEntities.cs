using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>What the entity rules learn from one document: the names they recognised (canonical name, kind, rule), the other forms
/// the document writes them in ("Tarvo Province", "(NDRMC)"), and what lies in what. Used for one document at a time
/// (<see cref="Begin"/>), then reused; not thread-safe.</summary>
internal sealed class DocumentEntities
{
    private string _text = string.Empty;
    private EntityGazetteer _gazetteer = null!;
    private readonly Dictionary<string, Learned> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Learned>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;
    private readonly Dictionary<string, FormTarget> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FormTarget>.AlternateLookup<ReadOnlySpan<char>> _formsBySpan;
    private readonly HashSet<string> _formFirstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _formFirstWordsBySpan;
    private readonly Dictionary<string, string> _within = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly List<Token> _formTokens = [];
    private Entity? _mainCountry;
    private bool _mainCountryDoubtful;
    private readonly Dictionary<string, string> _bodyOf = new(StringComparer.Ordinal);

    public DocumentEntities()
    {
        _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _formsBySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _formFirstWordsBySpan = _formFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Starts a document: forgets everything learned from the previous one.</summary>
    public void Begin(string text, EntityGazetteer gazetteer)
    {
        _text = text;
        _gazetteer = gazetteer;
        _names.Clear();
        _forms.Clear();
        _formFirstWords.Clear();
        _within.Clear();
        _entities.Clear();
        _mainCountry = null;
        _mainCountryDoubtful = false;
        _bodyOf.Clear();
        MaxFormTokens = 0;
    }

    /// <summary>Sets the country the document is about (the lexicon country it names most), in which a place the text does not
    /// place anywhere is taken to lie ("Velmar" in a report about Afghanistan); null when no country dominates.
    /// <paramref name="setElsewhere"/> says the document names places of the lexicon (a region, a capital) inside other countries but
    /// none inside this one: the country may then be only a government that speaks or the victims' nationality, and a place put in it
    /// is marked <see cref="Entity.WithinAssumed"/>.</summary>
    public void AssumeCountry(Entity? country, bool setElsewhere)
    {
        _mainCountry = country is { Kind: EntityKind.Country } ? country : null;
        _mainCountryDoubtful = _mainCountry is not null && setElsewhere;
    }

    /// <summary>Lets go of the document's text and names once its layer is built.</summary>
    public void End() => Begin(string.Empty, _gazetteer);

    /// <summary>The most tokens a learned form spans (0 when nothing was learned).</summary>
    public int MaxFormTokens { get; private set; }

    /// <summary>Whether any form was learned.</summary>
    public bool HasForms => _forms.Count > 0;

    /// <summary>Records a name recognised from the text and returns its canonical string (the first kind and rule it was
    /// recognised with win).</summary>
    public string Register(ReadOnlySpan<char> name, EntityKind kind, string rule)
    {
        if (_namesBySpan.TryGetValue(name, out var known))
        {
            return known.Name;
        }

        var text = name.ToString();
        _names[text] = new Learned(text, kind, rule);
        return text;
    }

    /// <summary>The kind a name was registered with.</summary>
    public bool TryGetKind(string name, out EntityKind kind)
    {
        if (_names.TryGetValue(name, out var learned))
        {
            kind = learned.Kind;
            return true;
        }

        kind = default;
        return false;
    }

    /// <summary>Records that <paramref name="written"/> (joined as the lexicon joins names) names <paramref name="target"/> elsewhere
    /// in the document. The first target of a form wins; a form the lexicon knows is left to the lexicon.</summary>
    public void LearnForm(ReadOnlySpan<char> written, FormTarget target)
    {
        if (written.IsEmpty || _formsBySpan.ContainsKey(written) || _gazetteer.TryResolve(written, out _, out _))
        {
            return;
        }

        var form = written.ToString();
        _forms[form] = target;
        _formTokens.Clear();
        Tokenizer.Tokenize(form, new TextSpan(0, form.Length), _formTokens);
        if (_formTokens.Count > 0)
        {
            MaxFormTokens = Math.Max(MaxFormTokens, _formTokens.Count);
            _formFirstWords.Add(form[_formTokens[0].Span.Start.._formTokens[0].Span.End]);
        }
    }

    /// <summary>Whether some learned form starts with <paramref name="word"/>.</summary>
    public bool StartsForm(ReadOnlySpan<char> word) => _formFirstWordsBySpan.Contains(word);

    /// <summary>What a learned form names.</summary>
    public bool TryGetForm(ReadOnlySpan<char> written, out FormTarget target) => _formsBySpan.TryGetValue(written, out target!);

    /// <summary>Records that <paramref name="inner"/> lies in <paramref name="outer"/> (canonical names; the first statement wins, a
    /// cycle is ignored, and a country of the lexicon lies in nothing the text says).</summary>
    public void Contain(string inner, string outer)
    {
        if (_gazetteer.ByName.TryGetValue(inner, out var known) && (known.Kind == EntityKind.Country || known.Within is not null))
        {
            return;
        }

        PlaceContainment.TryAdd(_within, inner, outer);
    }

    /// <summary>Records that the organisation <paramref name="organisation"/> belongs to <paramref name="country"/>, a country its name
    /// holds ("Mineworkers Union of Zambia"): its <see cref="Entity.Within"/>. The first statement wins.</summary>
    public void Belongs(string organisation, string country) => _bodyOf.TryAdd(organisation, country);

    /// <summary>Records what the lexicon says <paramref name="entity"/> lies in, up its chain of containers.</summary>
    public void ContainFromLexicon(Entity entity)
    {
        var current = entity;
        for (var depth = 0; depth < 16 && current.Within is { } outer; depth++)
        {
            PlaceContainment.TryAdd(_within, current.Name, outer);
            if (!_gazetteer.ByName.TryGetValue(outer, out var next))
            {
                break;
            }

            current = next;
        }
    }

    /// <summary>The entity for a name recognised from the text, with what the document says it lies in. Call after every sentence
    /// was read.</summary>
    public Entity EntityFor(string name)
    {
        if (_entities.TryGetValue(name, out var entity))
        {
            return entity;
        }

        var kind = _names.TryGetValue(name, out var learned) ? learned.Kind : EntityKind.Place;
        var within = _within.GetValueOrDefault(name) ?? (kind == EntityKind.Organization ? _bodyOf.GetValueOrDefault(name) : null);
        var assumed = false;
        if (within is null && kind == EntityKind.Place && _mainCountry is { } country && country.Name != name
            && !_gazetteer.ByName.ContainsKey(name) && PlaceContainment.TryAdd(_within, name, country.Name))
        {
            (within, assumed) = (country.Name, _mainCountryDoubtful);
        }

        entity = new Entity(name, kind) { Within = within, WithinAssumed = assumed };
        _entities[name] = entity;
        if (entity.Within is { } outer && _gazetteer.ByName.TryGetValue(outer, out var container))
        {
            ContainFromLexicon(container);
        }

        return entity;
    }

    /// <summary>What a mention of a name recognised from the text stands for: a place that lies in a country of the lexicon stands,
    /// like a capital, for that country (<see cref="EntityMention.Entity"/>) and is the mention's <see cref="EntityMention.Place"/>;
    /// any other name stands for itself.</summary>
    public (Entity Entity, Entity? Place) Resolve(string name)
    {
        var entity = EntityFor(name);
        if (entity.Kind != EntityKind.Place)
        {
            return (entity, null);
        }

        var current = entity.Within;
        for (var depth = 0; depth < 16 && current is not null; depth++)
        {
            if (_gazetteer.ByName.TryGetValue(current, out var known))
            {
                if (known.Kind == EntityKind.Country)
                {
                    return (known, entity);
                }

                current = known.Within ?? _within.GetValueOrDefault(current);
                continue;
            }

            var outer = _within.GetValueOrDefault(current);
            if (outer is null && _mainCountry is { } country && current != country.Name && PlaceContainment.TryAdd(_within, current, country.Name))
            {
                return (country, entity); // a place in a place the text does not place: in the document's country
            }

            current = outer;
        }

        return (entity, null);
    }

    /// <summary>What the document says lies in what.</summary>
    public PlaceContainment Containment() => _within.Count == 0 ? PlaceContainment.Empty : PlaceContainment.From(_within);

    /// <summary>Whether <paramref name="word"/>, capitalised at the start of a sentence, is a common word: the document also writes it
    /// in lower case ("Rescuers" / "rescuers"), or its lower-case form is a cue word.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word, EntityCues cues)
    {
        if (word.Length == 0 || word.Length > 64 || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(word[0]);
        if (cues.Of(lower) != EntityCue.None || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
        {
            return true;
        }

        var text = _text.AsSpan();
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var start = offset + at;
            var end = start + lower.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }

    private sealed record Learned(string Name, EntityKind Kind, string Rule);
}

/// <summary>What a learned form names: a name recognised from the text (<see cref="Name"/>), or an entity of the lexicon.</summary>
internal sealed record FormTarget(string? Name, Entity? Entity, Entity? Place, EntityMentionForm Form = EntityMentionForm.Name);
