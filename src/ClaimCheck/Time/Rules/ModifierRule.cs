using ClaimCheck.Text;

namespace ClaimCheck.Time.Rules;

/// <summary>Words before a time expression that belong to it (<c>time-modifier</c>): "nearly two years", "more than four hours",
/// "around 7:15 p.m.", "roughly once a month", "sometime next year", "early Tuesday", "late yesterday", "Earlier Sunday", "the end of 1990"; and after it,
/// "the next year or so", "1994 or later" (<see cref="JoinAfter"/>). The expression keeps its value and interval; only its span
/// grows.</summary>
/// <remarks>Tried after the rules that read a part themselves ("early October", "late 2025", "the late 1970s"), so it only joins
/// what those leave.</remarks>
internal sealed class ModifierRule : TimeRule
{
    public static readonly ModifierRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => words.Modifiers.FirstWords;

    public override int Match(in TimeScan scan, int i)
    {
        var after = scan.Words.Modifiers.Match(scan.Text, scan.Tokens, i, out var modifier);
        if (after < 0 || after >= scan.Count)
        {
            return NoMatch;
        }

        var found = scan.Output.Count;
        var end = scan.Rules.Match(scan, after);
        if (end <= after || scan.Output.Count <= found)
        {
            return NoMatch;
        }

        var inner = scan.Output[found];
        if (inner.Span.Start == scan.Token(after).Span.Start && Joins(scan, modifier, inner, after, end)
            && !(scan.Is(i, "about") && IsLengthAdjective(scan, inner)))
        {
            var span = TextSpan.FromBounds(scan.Token(i).Span.Start, inner.Span.End);
            scan.Output[found] = inner with { Span = span, Scope = inner.Scope with { Text = span.Slice(scan.Text).ToString(), Span = span } };
        }

        return end;
    }

    /// <summary>Joins a modifier written after the expression that ends at token <paramref name="end"/> ("or so", "or later").</summary>
    /// <returns>The token after the modifier, or <paramref name="end"/> when none follows.</returns>
    public static int JoinAfter(in TimeScan scan, int end)
    {
        if (end >= scan.Count || scan.Output.Count == 0)
        {
            return end;
        }

        var after = scan.Words.Modifiers.Match(scan.Text, scan.Tokens, end, out var modifier);
        if (after < 0 || modifier != TimeModifier.After)
        {
            return end;
        }

        var last = scan.Output[^1];
        var span = TextSpan.FromBounds(last.Span.Start, scan.Token(after - 1).Span.End);
        scan.Output[^1] = last with { Span = span, Scope = last.Scope with { Text = span.Slice(scan.Text).ToString(), Span = span } };
        return after;
    }

    // A length written as an adjective ("12-hour", "two-day", "day-long": a count and a unit joined by a hyphen, "-long" after
    // it) stands before its noun, where "about" is the preposition of the words before it: "complained about 12-hour shifts",
    // "talks about a 10-year plan". "about twenty-five years" is a count: the hyphen is inside the number.
    private static bool IsLengthAdjective(in TimeScan scan, TimeExpression inner)
    {
        var text = inner.Span.Slice(scan.Text);
        var hyphen = text.LastIndexOf('-');
        if (inner.Kind != TimeExpressionKind.Duration || hyphen <= 0)
        {
            return false;
        }

        var unit = text[(hyphen + 1)..];
        if (unit.Equals("long", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..hyphen];
            unit = text[(text.LastIndexOf('-') + 1)..];
        }

        return scan.Words.Units.ContainsKey(unit);
    }

    // A count word joins a length, "a year ago" and a written clock time; and a set that says how often ("about twice a week",
    // "roughly once a month"), not one that names which times ("every day": "nearly every day" qualifies the count of days). A
    // single-unit word joins "a" or "an" and its unit only ("over a month", not "over a two-week period").
    private static bool Joins(in TimeScan scan, TimeModifier modifier, TimeExpression inner, int start, int end)
    {
        var isReference = inner.Value.EndsWith("_REF", StringComparison.Ordinal);
        return modifier switch
        {
            TimeModifier.Count => inner.Kind == TimeExpressionKind.Duration
                || (inner.Kind == TimeExpressionKind.Date && YearAgoRule.IsAgo(scan.Word(end - 1)))
                || (inner.Kind == TimeExpressionKind.Time && char.IsAsciiDigit(scan.Text[inner.Span.Start]))
                || (inner.Kind == TimeExpressionKind.Set && (scan.Is(start, "once") || scan.Is(start, "twice"))),
            TimeModifier.Around => inner.Kind != TimeExpressionKind.Set && !isReference && !scan.IsPossessive(end), // "get around Monday's ruling"
            TimeModifier.Part => inner.Kind is TimeExpressionKind.Date or TimeExpressionKind.Time && !isReference,
            TimeModifier.Edge => inner.Kind == TimeExpressionKind.Date && !isReference,
            TimeModifier.Single => inner.Kind == TimeExpressionKind.Duration && (scan.Is(start, "a") || scan.Is(start, "an")) && end == start + 2,
            _ => false,
        };
    }
}
