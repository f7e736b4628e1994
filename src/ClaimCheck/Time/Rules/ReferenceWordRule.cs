using ClaimCheck.Quantities;

namespace ClaimCheck.Time.Rules;

/// <summary>Words and phrases for the past, present or future without a date (<c>time-reference</c>): "recently", "now",
/// "currently", "formerly", "these days", "the past", "the near future"; "recent years" (PAST_REF, or a vague length up to the reference date
/// after "in" in a clause with a perfect: "have slowed in recent years") and "recent months" (a vague length up to the reference date); "one day" after a future or a possibility ("could one day"). Not when a count or unit follows ("the past
/// three years", "the current fiscal year").</summary>
internal sealed class ReferenceWordRule : TimeRule
{
    public static readonly ReferenceWordRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => words.References.FirstWords.Append("recent").Append("one");

    public override int Match(in TimeScan scan, int i)
    {
        if (scan.Is(i, "recent"))
        {
            return Recent(scan, i);
        }

        if (scan.Is(i, "one"))
        {
            return Someday(scan, i);
        }

        var end = scan.Words.References.Match(scan.Text, scan.Tokens, i, out var value);
        if (end < 0 || scan.IsInTitle(i) || IsPeriodAfter(scan, end, countsToo: end > i + 1) || IsSeasonAfterPast(scan, end) || IsFormerRole(scan, i))
        {
            return NoMatch;
        }

        var r = scan.Reference;
        return value switch
        {
            "PAST_REF" => scan.Emit(i, end, TimeExpressionKind.Date, null, r, value),
            "FUTURE_REF" => scan.Emit(i, end, TimeExpressionKind.Date, r, null, value),
            _ => scan.Emit(i, end, TimeExpressionKind.Date, r, r, value),
        };
    }

    // "could one day handle", "hopes to one day host": some day ahead, not the length of a day (SomedayPhrase says when).
    private static int Someday(in TimeScan scan, int i) =>
        SomedayPhrase.StartsAt(scan.Text, scan.Tokens, i, scan.Words)
            ? scan.Emit(i, i + 2, TimeExpressionKind.Date, scan.Reference, null, "FUTURE_REF")
            : NoMatch;

    // "recent years" → PAST_REF ("as prices soared in recent years", "the slump of recent years"); "recent months" → PXM, up to the
    // reference date; "recent" before any other noun is rarely annotated. "in recent years" (or "over", "during", "throughout": a
    // `time-stretch-preposition`) in a clause with a perfect is the span leading up to the reference date, a vague length as "recent
    // months" is: "have slowed in recent years", "In recent years, prices have risen" (PXY). The perfect is found by its auxiliary
    // and participle within eight words, with no parse: a perfect in a neighbouring clause that no comma sets off counts too.
    private static int Recent(in TimeScan scan, int i)
    {
        var next = scan.Word(i + 1);
        if (!scan.Words.Units.TryGetValue(next, out var unit) || !next.EndsWith("s"))
        {
            return NoMatch;
        }

        var spanToNow = unit != "year"
            || (scan.Words.StretchPrepositions.ContainsKey(scan.Word(i - 1)) && TenseCues.PerfectInClause(scan, i - 1, i + 2));
        return spanToNow
            ? scan.Emit(i, i + 2, TimeExpressionKind.Duration, null, scan.Reference, TimeValues.VagueDuration(unit))
            : scan.Emit(i, i + 2, TimeExpressionKind.Date, null, scan.Reference, "PAST_REF");
    }

    // "Robert Vane, formerly Ostrava's harbour master", "formerly the town's largest employer", "formerly of the agency": before a
    // name, a determiner or "of/with/at", "formerly" says what someone or something used to be, as "former" does, not when an event
    // happened ("had formerly mined").
    private static bool IsFormerRole(in TimeScan scan, int i) =>
        scan.Is(i, "formerly") && (scan.IsCapitalised(i + 1) || (scan.CueAt(i + 1) & TimeCue.Article) != 0
            || scan.Word(i + 1) is "of" or "with" or "at");

    // "the past summer": a season, which the season rule reads as the latest one; "now fall due" keeps its "now".
    private static bool IsSeasonAfterPast(in TimeScan scan, int end) =>
        scan.Is(end - 1, "past") && end < scan.Count && scan.Words.Seasons.ContainsKey(scan.Word(end));

    // "the past three years", "the past few days", "current fiscal year", "current quarter": a period, not a reference. A count
    // only counts after a phrase ("the past 20 years"), not after an adverb ("is now 5%"); a period modifier only before a period
    // or an ordinal ("current fiscal year", not "current financial difficulties").
    private static bool IsPeriodAfter(in TimeScan scan, int index, bool countsToo) =>
        index < scan.Count && (scan.Words.Units.ContainsKey(scan.Word(index)) || scan.Words.Amounts.ContainsKey(scan.Word(index))
            || (scan.Words.PeriodModifiers.ContainsKey(scan.Word(index))
                && (scan.Words.Ordinals.ContainsKey(scan.Word(index + 1)) || IsPeriodAfter(scan, index + 1, countsToo: false)))
            || scan.Is(index, "quarter")
            || (countsToo && (scan.IsNumber(index) || NumberParser.TryParseAt(scan.Text, scan.Tokens, index, out _))));
}
