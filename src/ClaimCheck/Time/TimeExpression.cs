using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>The TimeML type of a time expression.</summary>
public enum TimeExpressionKind
{
    /// <summary>A calendar date or period ("Oct. 17", "last week", "this year").</summary>
    Date,

    /// <summary>A time of day ("tonight", "9 a.m.").</summary>
    Time,

    /// <summary>A length of time ("six months", "for days").</summary>
    Duration,

    /// <summary>A recurring time ("every six months", "per year").</summary>
    Set,
}

/// <summary>A time expression found in text, with its interval resolved against the reference date where possible.</summary>
/// <param name="Span">Where the expression is written.</param>
/// <param name="Kind">Its TimeML type.</param>
/// <param name="Scope">The interval it denotes (unresolved ends are null).</param>
/// <param name="Value">Its TimeML value ("2024-10-17", "2024-W43", "P6M", "XXXX-10"), as far as it can be normalised.</param>
public sealed record TimeExpression(TextSpan Span, TimeExpressionKind Kind, TimeScope Scope, string Value);
