using System.Collections.Frozen;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Entities;

/// <summary>How an entity was named.</summary>
public enum EntityMentionForm
{
    /// <summary>By name, alias, capital or seat of government ("North Korea", "DPRK", "Pyongyang").</summary>
    Name,

    /// <summary>By its demonym or adjective ("North Korean", "Russian").</summary>
    Demonym,
}

/// <summary>An entity found in a sentence: which tokens name it and how.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="FirstToken">The index of the first token of the mention, within its sentence.</param>
/// <param name="TokenCount">How many tokens the mention spans.</param>
/// <param name="Form">Whether the entity was named or used as an adjective.</param>
public readonly record struct EntityMention(Entity Entity, int FirstToken, int TokenCount, EntityMentionForm Form)
{
    /// <summary>The index of the token after the mention.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// Places (countries with their capitals, seats of government and demonyms; regions and cities with the place they lie in) and
/// organisations, compiled from a <see cref="Lexicon"/> and recognised in token streams.
/// </summary>
/// <remarks>Matching is case-sensitive on the capitalised forms, so the pronoun "us" is not the United States. Built once per lexicon
/// (<see cref="For"/>); immutable and thread-safe.</remarks>
internal sealed class EntityGazetteer
{
    private const int MaxAliasTokens = 6;

    private readonly FrozenDictionary<string, (Entity Entity, EntityMentionForm Form)>.AlternateLookup<ReadOnlySpan<char>> _aliasLookup;

    private EntityGazetteer(Lexicon lexicon)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entry in lexicon.EntriesOf(LexiconKinds.Place))
        {
            entities[entry.Value] = new Entity(entry.Value, entry.Within is null ? EntityKind.Country : EntityKind.Place) { Within = entry.Within };
        }

        foreach (var entry in lexicon.EntriesOf(LexiconKinds.Organisation))
        {
            entities[entry.Value] = new Entity(entry.Value, EntityKind.Organization) { Within = entry.Within };
        }

        var aliases = new Dictionary<string, (Entity, EntityMentionForm)>(StringComparer.Ordinal);
        foreach (var entry in lexicon.EntriesOf(LexiconKinds.Place).Concat(lexicon.EntriesOf(LexiconKinds.Organisation)))
        {
            aliases[entry.Term] = (entities[entry.Value], EntityMentionForm.Name);
        }

        foreach (var entry in lexicon.EntriesOf(LexiconKinds.Alias))
        {
            if (entities.TryGetValue(entry.Value, out var entity))
            {
                aliases[entry.Term] = (entity, EntityMentionForm.Name);
            }
        }

        foreach (var entry in lexicon.EntriesOf(LexiconKinds.Demonym))
        {
            if (entities.TryGetValue(entry.Value, out var entity))
            {
                aliases[entry.Term] = (entity, EntityMentionForm.Demonym);
            }
        }

        ByName = entities.ToFrozenDictionary(StringComparer.Ordinal);
        _aliasLookup = aliases.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The gazetteer of <paramref name="lexicon"/>, compiled once and cached with it.</summary>
    public static EntityGazetteer For(Lexicon lexicon) => lexicon.Compiled(static l => new EntityGazetteer(l));

    /// <summary>Every entity the gazetteer knows, by canonical name.</summary>
    public FrozenDictionary<string, Entity> ByName { get; }

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

    /// <summary>The entity an alias, name or demonym stands for, if any.</summary>
    public bool TryResolve(ReadOnlySpan<char> alias, out Entity entity, out EntityMentionForm form)
    {
        if (_aliasLookup.TryGetValue(alias, out var hit))
        {
            (entity, form) = hit;
            return true;
        }

        entity = null!;
        form = default;
        return false;
    }

    /// <summary>Finds entity mentions in <paramref name="tokens"/>, longest match first, left to right.</summary>
    public void FindMentions(string text, ArraySegment<Token> tokens, List<EntityMention> mentions)
    {
        Span<char> buffer = stackalloc char[128];
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Span.Start]))
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

                if (_aliasLookup.TryGetValue(buffer[..length], out var hit) && !IsShoutedAcronym(text, tokens, i, count))
                {
                    mentions.Add(new EntityMention(hit.Entity, i, count, hit.Form));
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

    private static bool TryJoin(string text, ArraySegment<Token> tokens, int start, int count, Span<char> buffer, out int length)
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
