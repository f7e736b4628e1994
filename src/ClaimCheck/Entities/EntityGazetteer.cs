using System.Collections.Frozen;
using System.Globalization;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>
/// Places (countries with their capitals, seats of government and demonyms; regions and cities with the place they lie in) and
/// organisations, compiled from a <see cref="Lexicon"/> and recognised in token streams.
/// </summary>
/// <remarks>Matching is case-sensitive on the capitalised forms, so the pronoun "us" is not the United States. Built once per lexicon
/// (<see cref="For"/>); immutable and thread-safe.</remarks>
internal sealed class EntityGazetteer
{
    private readonly FrozenDictionary<string, Alias>.AlternateLookup<ReadOnlySpan<char>> _aliasLookup;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _eponymNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    private EntityGazetteer(Lexicon lexicon)
    {
        // Entities first, later entries winning; then every name in the order read, so that a later entry of any kind (a user's
        // "alias Nairobi Kenya" after the built-in capital) decides what a name stands for.
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Entries)
        {
            if (entry.Kind == LexiconKinds.Place)
            {
                entities[entry.Value] = new Entity(entry.Value, entry.Within is null ? EntityKind.Country : EntityKind.Place) { Within = entry.Within };
            }
            else if (entry.Kind == LexiconKinds.Feature)
            {
                entities[entry.Value] = new Entity(entry.Value, EntityKind.Place);
            }
            else if (entry.Kind == LexiconKinds.Organisation)
            {
                entities[entry.Value] = new Entity(entry.Value, EntityKind.Organization) { Within = entry.Within };
            }
            else if (entry.Kind == LexiconKinds.MarketIndex)
            {
                entities[entry.Value] = new Entity(entry.Value, EntityKind.Organization);
            }
        }

        var aliases = new Dictionary<string, Alias>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var capitalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Entries)
        {
            switch (entry.Kind)
            {
                case LexiconKinds.Place or LexiconKinds.Feature or LexiconKinds.Organisation or LexiconKinds.MarketIndex:
                    aliases[entry.Term] = new Alias(entities[entry.Value], EntityMentionForm.Name, null);
                    break;
                case LexiconKinds.Alias when entities.TryGetValue(entry.Value, out var entity):
                    aliases[entry.Term] = new Alias(entity, EntityMentionForm.Name, null);
                    break;
                case LexiconKinds.Demonym when entities.TryGetValue(entry.Value, out var entity):
                    aliases[entry.Term] = new Alias(entity, EntityMentionForm.Demonym, null);
                    break;
                case Capital when entities.TryGetValue(entry.Value, out var country):
                    var city = new Entity(entry.Term, EntityKind.Place) { Within = country.Name };
                    capitals.TryAdd(entry.Term, city);
                    capitalOf.TryAdd(country.Name, entry.Term);
                    aliases[entry.Term] = new Alias(country, EntityMentionForm.Name, city);
                    break;
            }
        }

        foreach (var (name, city) in capitals)
        {
            entities.TryAdd(name, city);
        }

        // The longest name in tokens, and the first token of every name: a capitalised word that starts none is skipped at once.
        var longest = 1;
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        var termTokens = new List<Token>();
        foreach (var term in aliases.Keys)
        {
            termTokens.Clear();
            Tokenizer.Tokenize(term, new TextSpan(0, term.Length), termTokens);
            if (termTokens.Count > 0)
            {
                longest = Math.Max(longest, termTokens.Count);
                firstWords.Add(term[termTokens[0].Span.Start..termTokens[0].Span.End]);
            }
        }

        MaxAliasTokens = longest;
        FirstWords = firstWords.ToFrozenSet(StringComparer.Ordinal);
        _firstWords = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        ByName = entities.ToFrozenDictionary(StringComparer.Ordinal);
        MarketIndexes = lexicon.EntriesOf(LexiconKinds.MarketIndex).Select(e => e.Value).ToFrozenSet(StringComparer.Ordinal);
        CapitalOf = capitalOf.ToFrozenDictionary(StringComparer.Ordinal);
        _aliasLookup = aliases.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _eponymNouns = lexicon.EntriesOf(LexiconKinds.EponymNoun).DistinctBy(e => e.Term, StringComparer.Ordinal)
            .ToFrozenDictionary(e => e.Term, e => e.Value, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon kind of capitals: the city names its country when it acts, and is a place in it.</summary>
    internal const string Capital = "capital";

    /// <summary>The first token of every name of the lexicon.</summary>
    internal FrozenSet<string> FirstWords { get; }

    /// <summary>The most tokens a name of the lexicon spans.</summary>
    internal int MaxAliasTokens { get; }

    /// <summary>The gazetteer of <paramref name="lexicon"/>, compiled once and cached with it.</summary>
    public static EntityGazetteer For(Lexicon lexicon) => lexicon.Compiled(static l => new EntityGazetteer(l));

    /// <summary>The (first) capital the lexicon gives each country, by the country's canonical name ("France" → "Paris").</summary>
    public FrozenDictionary<string, string> CapitalOf { get; }

    /// <summary>Every entity the gazetteer knows, by canonical name.</summary>
    public FrozenDictionary<string, Entity> ByName { get; }

    /// <summary>The canonical names of the stock-market indexes (<see cref="LexiconKinds.MarketIndex"/>): subjects of their own moves,
    /// never what a report is about.</summary>
    public FrozenSet<string> MarketIndexes { get; }

    /// <summary>Whether <paramref name="inner"/> lies in <paramref name="outer"/> by the lexicon's containment (a place is not in itself).</summary>
    public bool LiesWithin(string inner, string outer)
    {
        var current = inner;
        for (var depth = 0; depth < 16 && ByName.TryGetValue(current, out var entity) && entity.Within is { } parent; depth++)
        {
            if (parent == outer)
            {
                return true;
            }

            current = parent;
        }

        return false;
    }

    /// <summary>The country <paramref name="name"/> lies in by the lexicon's containment; null for a country itself, a place in no
    /// country or a name the lexicon does not know.</summary>
    public string? CountryOf(string name)
    {
        var current = name;
        for (var depth = 0; depth < 16 && ByName.TryGetValue(current, out var entity); depth++)
        {
            if (entity.Kind == EntityKind.Country)
            {
                return depth == 0 ? null : entity.Name;
            }

            if (entity.Within is not { } parent)
            {
                return null;
            }

            current = parent;
        }

        return null;
    }

    /// <summary>The entity an alias, name or demonym stands for, if any.</summary>
    public bool TryResolve(ReadOnlySpan<char> alias, out Entity entity, out EntityMentionForm form) => TryResolve(alias, out entity, out form, out _);

    /// <summary>The entity an alias, name or demonym stands for and, for a capital, the city as a place in it.</summary>
    public bool TryResolve(ReadOnlySpan<char> alias, out Entity entity, out EntityMentionForm form, out Entity? place)
    {
        if (_aliasLookup.TryGetValue(alias, out var hit))
        {
            (entity, form, place) = hit;
            return true;
        }

        entity = null!;
        form = default;
        place = null;
        return false;
    }

    /// <summary>Finds entity mentions in <paramref name="tokens"/>, longest match first, left to right.</summary>
    public void FindMentions(string text, ArraySegment<Token> tokens, List<EntityMention> mentions) =>
        FindMentions(text, tokens, mentions, new FirstWordFilter(_firstWords, text, tokens));

    /// <summary>Finds entity mentions, trying only the tokens whose cue (<see cref="EntityCues"/>, compiled from the same lexicon)
    /// says a name starts with them.</summary>
    internal void FindMentions(string text, ArraySegment<Token> tokens, List<EntityMention> mentions, EntityCue[] cues) =>
        FindMentions(text, tokens, mentions, new CueFilter(cues));

    private void FindMentions<TFilter>(string text, ArraySegment<Token> tokens, List<EntityMention> mentions, TFilter filter)
        where TFilter : struct, IStartFilter
    {
        Span<char> buffer = stackalloc char[MaxNameLength];
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Span.Start]) || !filter.MayStart(i))
            {
                i++;
                continue;
            }

            var matched = false;
            for (var count = Math.Min(MaxAliasTokens, tokens.Count - i); count >= 1; count--)
            {
                if (!TryJoin(text, tokens, i, count, buffer, out var length))
                {
                    continue;
                }

                if (_aliasLookup.TryGetValue(buffer[..length], out var hit) && !IsShoutedAcronym(text, tokens, i, count)
                    && !IsCurrencyPrefix(text, tokens[i + count - 1]) && !IsEponym(text, tokens, i + count))
                {
                    mentions.Add(new EntityMention(hit.Entity, i, count, hit.Form) { Place = hit.Place });
                    i += count;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                i++;
            }
        }
    }

    private interface IStartFilter
    {
        bool MayStart(int token);
    }

    private readonly struct FirstWordFilter(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords, string text, ArraySegment<Token> tokens)
        : IStartFilter
    {
        public bool MayStart(int token) => firstWords.Contains(tokens[token].Span.Slice(text));
    }

    private readonly struct CueFilter(EntityCue[] cues) : IStartFilter
    {
        public bool MayStart(int token) => (cues[token] & EntityCue.StartsName) != 0;
    }

    // "the Tarvo strain", "Vessa virus": a name right before an eponym noun (lower case, as written) is part of what is named after
    // the place, not the place; unless the word the entry gives follows the noun, then a word in lower case ("the Tarvo strain on
    // its hospitals": the strain is the city's load, so the city is named; "the Tarvo strain on Friday" is still the strain).
    private bool IsEponym(string text, ArraySegment<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].Kind == TokenKind.Word && _eponymNouns.TryGetValue(FirstPartOf(tokens[next].Span.Slice(text)), out var otherSense)
        && !(otherSense.Length > 0 && next + 2 < tokens.Count && tokens[next + 1].Span.Slice(text).Equals(otherSense, StringComparison.Ordinal)
            && char.IsLower(text[tokens[next + 2].Span.Start]));

    // "toxin-producing" → "toxin": a hyphened word opened by an eponym noun still names what is named after the place.
    private static ReadOnlySpan<char> FirstPartOf(ReadOnlySpan<char> word) => word.IndexOf('-') is > 0 and var hyphen ? word[..hyphen] : word;

    // "US$88,000", "HK$3m", "NZ$40": a name written against a currency sign is the currency's prefix, not the place.
    private static bool IsCurrencyPrefix(string text, Token last) =>
        last.Span.End < text.Length && char.GetUnicodeCategory(text[last.Span.End]) == UnicodeCategory.CurrencySymbol;

    // "JOIN US ON TELEGRAM": a short all-capitals alias among all-capitals words is a shouted word, not an acronym.
    private static bool IsShoutedAcronym(string text, ArraySegment<Token> tokens, int start, int count)
    {
        if (count != 1 || tokens[start].Span.Length > 3)
        {
            return false;
        }

        return IsShouted(text, tokens, start - 1) || IsShouted(text, tokens, start + 1);
    }

    private static bool IsShouted(string text, ArraySegment<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count || tokens[index].Kind != TokenKind.Word || tokens[index].Span.Length < 2)
        {
            return false;
        }

        foreach (var c in tokens[index].Span.Slice(text))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest name, in characters, looked up.</summary>
    internal const int MaxNameLength = 128;

    private readonly record struct Alias(Entity Entity, EntityMentionForm Form, Entity? Place);

    /// <summary>Joins tokens [<paramref name="start"/>, +<paramref name="count"/>) as the lexicon writes names: words separated by
    /// one space, joined tokens ("U.S.", "Port-au-Prince") as written.</summary>
    internal static bool TryJoin(string text, ArraySegment<Token> tokens, int start, int count, Span<char> buffer, out int length)
    {
        length = 0;
        for (var t = start; t < start + count; t++)
        {
            var token = tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) && !(token.Kind == TokenKind.Punctuation && text[token.Span.Start] == '-'))
            {
                return false;
            }

            var part = token.Span.Slice(text);
            var needsSpace = t > start && !token.IsJoined;
            if (length + part.Length + 1 > buffer.Length)
            {
                return false;
            }

            if (needsSpace)
            {
                buffer[length++] = ' ';
            }

            part.CopyTo(buffer[length..]);
            length += part.Length;
        }

        return true;
    }
}
