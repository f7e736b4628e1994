namespace ClaimCheck.Time.Rules;

/// <summary>"the time" in "at the time" used as an adverb: a past time the text named before, <c>PAST_REF</c>, as the TempEval
/// newswire and the own folder annotate it ("At the time, the mill employed 300", "the port said at the time that it had no
/// figures", "were expected at the time to reopen").</summary>
/// <remarks>Read only where the phrase cannot open a clause of its own: before a punctuation mark or the end of the sentence,
/// before "to", or right after a reporting verb or its "-ing" form ("saying at the time he would stay"). Left alone before "of",
/// "when" or "which" ("at the time of the vote", unannotated), and before a clause ("At the time the dam burst, …", "as at the time
/// she was admitted"), where "at the time" is a conjunction. It cannot tell an adverb from a conjunction when a clause follows
/// without a reporting verb before it ("At the time the council spoke of delays" is missed), nor a past from a time ahead.</remarks>
internal sealed class AtTheTimeRule : TimeRule
{
    public static readonly AtTheTimeRule Instance = new();

    public override IEnumerable<string> StartWords(TimeWords words) => ["the"];

    public override IEnumerable<string> WordsAfterArticle => ["time"];

    public override int Match(in TimeScan scan, int i)
    {
        if (!scan.Is(i - 1, "at") || !scan.Is(i + 1, "time"))
        {
            return NoMatch;
        }

        var next = i + 2;
        var isAdverb = !scan.IsWord(next) || scan.Is(next, "to") || IsReportingVerb(scan, i - 2);
        return isAdverb && !(scan.Is(next, "of") || scan.Is(next, "when") || scan.Is(next, "which") || scan.IsPossessive(next))
            ? scan.Emit(i, next, TimeExpressionKind.Date, null, scan.Reference, "PAST_REF")
            : NoMatch;
    }

    // "said", "told", or the "-ing" form of one: "saying" (say), "telling" (tells), "noting" (notes), "estimating" (estimate).
    private static bool IsReportingVerb(in TimeScan scan, int index)
    {
        var word = scan.Word(index);
        if (scan.Words.ReportingVerbs.ContainsKey(word))
        {
            return true;
        }

        if (!word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.Length < 6)
        {
            return false;
        }

        var stem = word[..^3];
        var verbs = scan.Words.ReportingVerbs;
        return verbs.ContainsKey(stem) || verbs.ContainsKey(string.Concat(stem, "s")) || verbs.ContainsKey(string.Concat(stem, "e"))
            || verbs.ContainsKey(string.Concat(stem, "es"));
    }
}
