using System.Globalization;
using ClaimCheck.Text;
using ClaimCheck.Time.Rules;

namespace ClaimCheck.Time;

/// <summary>One sentence as the time rules read it: its tokens, the reference date, the time words, the document's running
/// context and where found expressions go.</summary>
/// <remarks>Made per sentence by <see cref="TimeExpressionRecognizer"/> and passed to each rule by reference; the context and the
/// output list belong to one document and one thread.</remarks>
internal readonly struct TimeScan
{
    private readonly Token[] _array;
    private readonly int _offset;

    public TimeScan(string text, ArraySegment<Token> tokens, DateOnly? reference, TimeRuleTable rules, DocumentContext context, List<TimeExpression> output)
    {
        Text = text;
        Tokens = tokens;
        _array = tokens.Array ?? [];
        _offset = tokens.Offset;
        Count = tokens.Count;
        Reference = reference;
        Rules = rules;
        Context = context;
        Output = output;
    }

    /// <summary>The document's text, which every token points into.</summary>
    public string Text { get; }

    /// <summary>The sentence's tokens.</summary>
    public ArraySegment<Token> Tokens { get; }

    /// <summary>The date relative expressions resolve against (the publication date), or null.</summary>
    public DateOnly? Reference { get; }

    /// <summary>The rules, compiled for the document's lexicon.</summary>
    public TimeRuleTable Rules { get; }

    /// <summary>The lexicon's time words.</summary>
    public TimeWords Words => Rules.Words;

    /// <summary>What earlier sentences of the document said.</summary>
    public DocumentContext Context { get; }

    /// <summary>Where rules add what they find.</summary>
    public List<TimeExpression> Output { get; }

    /// <summary>How many tokens the sentence has.</summary>
    public int Count { get; }

    /// <summary>The same sentence writing to <paramref name="output"/> with a context that keeps only the weekdays the document named
    /// (to read a part of it on its own).</summary>
    public TimeScan Aside(ArraySegment<Token> tokens, List<TimeExpression> output) => new(Text, tokens, Reference, Rules, Context.Aside(), output);

    /// <summary>Token <paramref name="index"/> (which must lie in the sentence).</summary>
    public Token Token(int index) => _array[_offset + index];

    /// <summary>The text of token <paramref name="index"/>, or empty outside the sentence.</summary>
    public ReadOnlySpan<char> Word(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            return [];
        }

        var span = _array[_offset + index].Span;
        return Text.AsSpan(span.Start, span.Length);
    }

    /// <summary>The time cues of token <paramref name="index"/> (none outside the sentence, and none when a <c>time-cue-idiom</c>
    /// starts there: "next" in "next to the pier" or "next door" is a place word, not a future).</summary>
    public TimeCue CueAt(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            return TimeCue.None;
        }

        var cue = Words.CueOf(Word(index));
        return cue != TimeCue.None && Words.CueIdioms.Match(Text, Tokens, index, out _) >= 0 ? TimeCue.None : cue; // idioms only for cue words
    }

    /// <summary>Whether token <paramref name="index"/> is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int index, string word) => Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="index"/> is made of digits.</summary>
    public bool IsNumber(int index) => (uint)index < (uint)Count && _array[_offset + index].Kind == TokenKind.Number;

    /// <summary>Whether token <paramref name="index"/> is a word.</summary>
    public bool IsWord(int index) => (uint)index < (uint)Count && _array[_offset + index].Kind == TokenKind.Word;

    /// <summary>Whether token <paramref name="index"/> starts with a capital letter.</summary>
    public bool IsCapitalised(int index) => (uint)index < (uint)Count && char.IsUpper(Text[_array[_offset + index].Span.Start]);

    /// <summary>Whether token <paramref name="index"/> is joined to the token before it (no space between).</summary>
    public bool IsJoined(int index) => (uint)index < (uint)Count && _array[_offset + index].IsJoined;

    /// <summary>Whether token <paramref name="index"/> is a capitalised word inside a run of capitalised words: a title such as
    /// "VOA Today", "High Noon" or ABC's "This Week", not a time.</summary>
    public bool IsInTitle(int index) => index > 0 && IsCapitalised(index) && IsWord(index - 1) && IsCapitalised(index - 1);

    /// <summary>Whether token <paramref name="index"/> is a possessive ending ("'s").</summary>
    public bool IsPossessive(int index) => (uint)index < (uint)Count && _array[_offset + index].Kind == TokenKind.Possessive;

    /// <summary>Whether token <paramref name="index"/> lies inside an expression already found in the sentence ("May 4" in "will
    /// start on May 4 and end on Oct. 12"): its words carry no tense.</summary>
    public bool IsInFound(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            return false;
        }

        var at = Token(index).Span.Start;
        foreach (var found in Output)
        {
            if (at >= found.Span.Start && at < found.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Token <paramref name="index"/> read as a whole number of digits without separators, if it is one.</summary>
    public bool TryInt(int index, out int value)
    {
        value = 0;
        return IsNumber(index) && int.TryParse(Word(index), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The text span from token <paramref name="start"/> to the end of token <paramref name="end"/> - 1.</summary>
    public TextSpan SpanOf(int start, int end) => TextSpan.FromBounds(Token(start).Span.Start, Token(end - 1).Span.End);

    /// <summary>Adds the expression written by tokens <paramref name="start"/> to <paramref name="end"/> - 1.</summary>
    /// <returns><paramref name="end"/>, the token after the expression.</returns>
    public int Emit(int start, int end, TimeExpressionKind kind, DateOnly? from, DateOnly? to, string value)
    {
        var span = SpanOf(start, end);
        Output.Add(new TimeExpression(span, kind, new TimeScope(from, to, span.Slice(Text).ToString(), span), value));
        return end;
    }

    /// <summary>Adds a date expression that denotes one day (or an unresolved one when <paramref name="date"/> is null).</summary>
    public int EmitDay(int start, int end, DateOnly? date, string unresolvedValue) =>
        Emit(start, end, TimeExpressionKind.Date, date, date, date is { } d ? TimeValues.Day(d) : unresolvedValue);
}
