using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What harm an amount of money pays for when the words after it name the dead or the injured it goes to: "Rs 6 lakh for
/// every death, Rs 1.5 lakh for grievous injuries and Rs 35,000 for minor ones" are three payments, not three rival figures of one
/// amount. The measure is "payment for" the harm, with the injured's severity when one is named ("payment for serious
/// injuries"), so a payment for the dead is compared only with another payment for the dead.</summary>
internal static class HarmPayments
{
    /// <summary>How many words after the amount's "for" or "to" the harm may be named: "to the relatives of every passenger who was killed".</summary>
    private const int HarmWindow = 10;

    /// <summary>The measure of a payment for a harm, composed from the harm and an optional severity label.</summary>
    internal static string MeasureName(string harm, string? severity) =>
        severity is null ? "payment for " + harm : $"payment for {severity} {harm}";

    /// <summary>How many words a "from" phrase naming where the money comes from may take between the amount and its "for":
    /// "Rs 6 lakh from the governor's own fund for every victim's family".</summary>
    private const int SourceWindow = 6;

    // The token after a "from" phrase right after the amount that a "for" or "to" closes, else the amount's end itself.
    private static int PastSource(SentenceView s, int end)
    {
        if (s.Word(end) is not "from")
        {
            return end;
        }

        for (var i = end + 1; i < Math.Min(s.Tokens.Count, end + 1 + SourceWindow); i++)
        {
            if (s.Word(i) is "for" or "to")
            {
                return i;
            }

            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                break;
            }
        }

        return end;
    }

    /// <summary>The payment measure of the amount ending before <paramref name="end"/>, or null when no "for" or "to" right after it
    /// (or after a "from" phrase) leads to a compensated-harm word before another figure or a break ("$12,000 a week more for every truck" names none).</summary>
    internal static string? PaymentAfter(SentenceView s, int end)
    {
        end = PastSource(s, end);
        if (s.Word(end) is not ("for" or "to"))
        {
            return null;
        }

        string? severity = null;
        for (var i = end + 1; i < Math.Min(s.Tokens.Count, end + 1 + HarmWindow); i++)
        {
            var word = s.Word(i);
            // A clause break ends the phrase, but not the "who" of the people paid for ("to the family of each miner who died").
            if (s.Tokens[i].Kind == TokenKind.Number || s.IsInAmount(i) || word is "," or "." || (s.Words.ClauseBreaks.Contains(word) && word is not "who"))
            {
                return null;
            }

            if (s.Words.Severities.TryGetValue(word, out var adverb) || s.Words.SeverityConditions.TryGetValue(word, out adverb))
            {
                severity = adverb;
                if (s.Word(i + 1) is "ones" or "one" && s.Words.SeverityHarm is { } hurt)
                {
                    // "Rs 35,000 for minor ones": the injuries named before, by their severity.
                    return MeasureName(hurt, severity);
                }

                continue;
            }

            if (s.Words.CompensatedHarms.TryGetValue(word, out var harm))
            {
                return MeasureName(harm, s.Words.SeverityMeasures.Contains(harm) ? severity : null);
            }
        }

        return null;
    }
}
