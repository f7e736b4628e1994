using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What harm an amount of money pays for when the words after it name the dead or the injured it goes to: "the fund gives
/// €7,000 to each household that lost a member, €2,000 to the gravely injured and €250 to light cases" are three payments, not three
/// rival figures of one amount. The measure is "payment for" the harm, with the injured's severity when one is named ("payment for
/// serious injuries"), so a payment for the dead is compared only with another payment for the dead. An amount its clause names
/// before it as a sum someone is made to pay or put up ("fined $2.4 million for the deaths of two loaders") pays no one for the
/// harm: it is that penalty.</summary>
internal static class HarmPayments
{
    /// <summary>How many words after the amount's linking word (<c>harm-payment-word</c> value <c>link</c>: "for", "to") the harm may
    /// be named: "to the widow of every crew member who was killed".</summary>
    private const int HarmWindow = 10;

    /// <summary>How many words a source phrase (opened by a <c>harm-payment-word</c> of value <c>source</c>: "from") may take between
    /// the amount and its linking word: "€2,000 from the county's disaster reserve to each household".</summary>
    private const int SourceWindow = 6;

    /// <summary>How many words before an amount a <c>penalty-money</c> word may name it: "was fined a total of $2.4 million".</summary>
    private const int PenaltyWindow = 6;

    /// <summary>The measure of a payment for a harm, composed from the harm and an optional severity label.</summary>
    internal static string MeasureName(string harm, string? severity) =>
        severity is null ? "payment for " + harm : $"payment for {severity} {harm}";

    /// <summary>The measure of the penalty a <c>penalty-money</c> word before the amount starting at <paramref name="first"/> names
    /// in its clause ("the judge set bail at $40,000" → bail), or null when none does before a figure or a break.</summary>
    internal static string? PenaltyBefore(SentenceView s, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - PenaltyWindow; i--)
        {
            var word = s.Word(i);
            if (s.Tokens[i].Kind == TokenKind.Number || word is "," or "." or ":" || s.Words.ClauseBreaks.Contains(word))
            {
                return null;
            }

            if (s.Words.PenaltyMoney.TryGetValue(word, out var penalty))
            {
                return penalty;
            }
        }

        return null;
    }

    /// <summary>The payment measure of the amount ending before <paramref name="end"/>, or null when no linking word right after it
    /// (or after a source phrase) leads to a compensated-harm word before another figure or a break ("$12,000 a week more for every
    /// truck" names none).</summary>
    internal static string? PaymentAfter(SentenceView s, int end)
    {
        end = PastSource(s, end);
        if (!s.Words.HarmPaymentLinks.Contains(s.Word(end)))
        {
            return null;
        }

        string? severity = null;
        for (var i = end + 1; i < Math.Min(s.Tokens.Count, end + 1 + HarmWindow); i++)
        {
            var word = s.Word(i);
            // A clause break ends the phrase, but not the relative of the people paid for ("to the widow of each guard who died").
            if (s.Tokens[i].Kind == TokenKind.Number || s.IsInAmount(i) || word is "," or "."
                || (s.Words.ClauseBreaks.Contains(word) && !s.Words.HarmPaymentRelatives.Contains(word)))
            {
                return null;
            }

            if (s.Words.Severities.TryGetValue(word, out var adverb) || s.Words.SeverityConditions.TryGetValue(word, out adverb))
            {
                severity = adverb;
                if (s.Words.HarmPaymentProForms.Contains(s.Word(i + 1)) && s.Words.SeverityHarm is { } hurt)
                {
                    // "€250 for light ones": the injuries named before, by their severity.
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

    // The linking word after a source phrase right after the amount, else the amount's end itself.
    private static int PastSource(SentenceView s, int end)
    {
        if (!s.Words.HarmPaymentSources.Contains(s.Word(end)))
        {
            return end;
        }

        for (var i = end + 1; i < Math.Min(s.Tokens.Count, end + 1 + SourceWindow); i++)
        {
            if (s.Words.HarmPaymentLinks.Contains(s.Word(i)))
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
}
