using ClaimCheck.Text;

namespace ClaimCheck.Quantities.Rules;

/// <summary>A rule that reads one part of a quantity, with the tokens that can start it (as Markdig's parsers declare their opening
/// characters): the recogniser looks the token up in <see cref="RuleTriggers"/> and tries only the rules that can start there.</summary>
internal abstract class QuantityRule
{
    /// <summary>The words or one-character tokens (compared ignoring case) that can start the rule, drawn from the vocabulary.</summary>
    public virtual IEnumerable<string> StartWords(QuantityVocabulary words) => [];

    /// <summary>The kinds of token that start the rule whatever they say (a number, a currency sign).</summary>
    public virtual IEnumerable<TokenKind> StartKinds => [];

    /// <summary>Whether any word token can start the rule (the counted noun: the head of whatever noun phrase follows).</summary>
    public virtual bool StartsAtAnyWord => false;

    /// <summary>The words just before the mention that start the rule ("aged" in "aged 34").</summary>
    public virtual IEnumerable<string> PrecedingWords(QuantityVocabulary words) => [];

    /// <summary>Whether a word not listed in <see cref="StartWords"/> can start the rule by its shape ("USD115").</summary>
    public virtual bool StartsAtShape(ReadOnlySpan<char> word) => false;

    /// <summary>Whether the rule overrides <see cref="StartsAtShape"/>.</summary>
    public virtual bool HasShape => false;
}

/// <summary>A rule that reads what a quantity starts with: a currency before the number or joined to it, a number in words joined to
/// its unit, or the number itself.</summary>
internal abstract class LeadRule : QuantityRule
{
    /// <summary>Reads from <see cref="QuantityDraft.Start"/>. True when the rule applies: then the draft's
    /// <see cref="QuantityDraft.NumberIndex"/> points at the number to read next, or the rule has read the number and its unit
    /// (<see cref="QuantityDraft.UnitRead"/>).</summary>
    public abstract bool TryRead(in QuantityScan s, ref QuantityDraft draft);
}

/// <summary>A rule that reads the unit after a number (or, for ages, a word before it): currency, percent, age, physical unit,
/// duration or counted noun. The recogniser tries the rules that can start at <see cref="QuantityDraft.End"/> in order; the first
/// that reads a unit wins.</summary>
internal abstract class UnitRule : QuantityRule
{
    /// <summary>Reads the unit at <see cref="QuantityDraft.End"/>; on success sets the draft's unit and moves its end past it.</summary>
    public abstract bool TryRead(in QuantityScan s, ref QuantityDraft draft);
}

/// <summary>The start tokens of an ordered list of rules, compiled into one look-up: each token maps to a bit mask of the rules that
/// can start there (bit <c>i</c> is rule <c>i</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class RuleTriggers
{
    private readonly IgnoreCaseLookup<uint> _words;
    private readonly IgnoreCaseLookup<uint> _preceding;
    private readonly uint[] _kinds;
    private readonly uint _anyWord;
    private readonly QuantityRule[] _shapeRules;
    private readonly uint[] _shapeBits;

    /// <summary>Compiles the triggers of <paramref name="rules"/> (at most 32) over <paramref name="words"/>.</summary>
    public RuleTriggers(IReadOnlyList<QuantityRule> rules, QuantityVocabulary words)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rules.Count, 32);
        var starts = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        var preceding = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        _kinds = new uint[Enum.GetValues<TokenKind>().Length];
        var shapes = new List<(QuantityRule, uint)>();
        for (var i = 0; i < rules.Count; i++)
        {
            var bit = 1u << i;
            foreach (var word in rules[i].StartWords(words))
            {
                starts[word] = starts.GetValueOrDefault(word) | bit;
            }

            foreach (var word in rules[i].PrecedingWords(words))
            {
                preceding[word] = preceding.GetValueOrDefault(word) | bit;
            }

            foreach (var kind in rules[i].StartKinds)
            {
                _kinds[(int)kind] |= bit;
            }

            _anyWord |= rules[i].StartsAtAnyWord ? bit : 0;
            if (rules[i].HasShape)
            {
                shapes.Add((rules[i], bit));
            }
        }

        _words = new IgnoreCaseLookup<uint>(starts, StringComparer.OrdinalIgnoreCase);
        _preceding = new IgnoreCaseLookup<uint>(preceding, StringComparer.OrdinalIgnoreCase);
        _shapeRules = [.. shapes.Select(s => s.Item1)];
        _shapeBits = [.. shapes.Select(s => s.Item2)];
    }

    /// <summary>The rules that can start at token <paramref name="index"/> (a hyphenated word also by its first part: "year-old").</summary>
    public uint At(in QuantityScan s, int index)
    {
        if ((uint)index >= (uint)s.Count)
        {
            return 0;
        }

        var token = s.Tokens[index];
        var word = token.Span.Slice(s.Text);
        var mask = _kinds[(int)token.Kind];
        if (_words.TryGetValue(word, out var listed))
        {
            mask |= listed;
        }

        if (token.Kind != TokenKind.Word)
        {
            return mask;
        }

        mask |= _anyWord;
        var hyphen = word.IndexOfAny('-', '‐');
        if (hyphen > 0 && _words.TryGetValue(word[..hyphen], out var head))
        {
            mask |= head;
        }

        for (var i = 0; i < _shapeRules.Length; i++)
        {
            if ((mask & _shapeBits[i]) == 0 && _shapeRules[i].StartsAtShape(word))
            {
                mask |= _shapeBits[i];
            }
        }

        return mask;
    }

    /// <summary>The rules that a word at token <paramref name="index"/>, just before a mention, starts.</summary>
    public uint Preceding(in QuantityScan s, int index) =>
        (uint)index < (uint)s.Count && _preceding.TryGetValue(s.Word(index), out var mask) ? mask : 0;
}
