using ClaimCheck.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Countries named as where a party that trades is from: a demonym a word or two before a trading-party noun ("jackets for
/// Asian and American retailers", "Chinese fruit importers"). Such a country is neither where the people counted were nor the country a
/// report is about.</summary>
/// <remarks>Reads the <c>trading-party-noun</c> words of the lexicon.</remarks>
internal static class TradingParties
{
    /// <summary>How many tokens after the demonym the trading-party noun may stand ("American brands", "Chinese fruit importers").</summary>
    private const int PartyNounWindow = 2;

    /// <summary>Whether <paramref name="mention"/>, in the sentence whose tokens are <paramref name="tokens"/>, is a demonym naming
    /// where a trading party is from.</summary>
    internal static bool IsTradingParty(ReadOnlySpan<Token> tokens, string text, EntityMention mention, ClaimWords words)
    {
        if (mention.Form != EntityMentionForm.Demonym)
        {
            return false;
        }

        for (var k = mention.EndToken; k < tokens.Length && k < mention.EndToken + PartyNounWindow; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (words.TradingPartyNouns.Contains(tokens[k].Span.Slice(text)))
            {
                return true;
            }
        }

        return false;
    }
}
