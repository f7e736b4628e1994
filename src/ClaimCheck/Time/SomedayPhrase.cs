using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>"one day" as some day to come, not the length of a day: after a future or a plan (a <c>time-cue</c> marked future or
/// plan, not forward: "could one day carry", "will one day host"), or after "to" that follows one ("hopes to one day host"). Read the
/// same way by the time recogniser (a FUTURE_REF) and the quantity reader (no count of one day).</summary>
internal static class SomedayPhrase
{
    /// <summary>Whether the "one" at <paramref name="one"/> opens "one day" meaning some day to come. Not when a length or a rate
    /// follows ("one day of strikes", "one day's pay", "one day earlier", "one day a week"), nor after "until" (a forward cue), nor
    /// after a capitalised cue: a question's opening modal ("Would one day be enough?").</summary>
    public static bool StartsAt(string text, ArraySegment<Token> tokens, int one, TimeWords words)
    {
        if (one <= 0 || !Is(text, tokens, one + 1, "day") || IsLengthAfter(text, tokens, one + 2))
        {
            return false;
        }

        var cueAt = Is(text, tokens, one - 1, "to") ? one - 2 : one - 1;
        if (cueAt < 0 || char.IsUpper(Word(text, tokens, cueAt)[0]) || words.CueIdioms.Match(text, tokens, cueAt, out _) >= 0)
        {
            return false;
        }

        var cue = words.CueOf(Word(text, tokens, cueAt));
        return (cue & (TimeCue.Future | TimeCue.Plan)) != 0 && (cue & TimeCue.Forward) == 0;
    }

    // "one day of strikes", "one day's pay", "one day earlier", "one day ago", "one day a week", "one day per month": a length or a rate.
    private static bool IsLengthAfter(string text, ArraySegment<Token> tokens, int index) =>
        index < tokens.Count
        && (tokens[index].Kind == TokenKind.Possessive || Is(text, tokens, index, "of") || Is(text, tokens, index, "a")
            || Is(text, tokens, index, "per") || Rules.YearAgoRule.IsAgo(Word(text, tokens, index)));

    private static bool Is(string text, ArraySegment<Token> tokens, int index, string word) =>
        Word(text, tokens, index).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Word(string text, ArraySegment<Token> tokens, int index) =>
        (uint)index < (uint)tokens.Count ? tokens[index].Span.Slice(text) : [];
}
