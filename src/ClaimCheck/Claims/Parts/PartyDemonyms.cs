using System.Collections.Frozen;
using ClaimCheck.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Countries named as where another party is from, not where the people counted were: a demonym before an attack noun names
/// the side that attacked ("killed in a Russian airstrike", "an Israeli missile strike", "Saudi-led bombing"), and one before a
/// trading-party noun where a party that trades is from ("jackets for Asian and American retailers", "Chinese fruit importers"), and
/// one before a media noun where a news outlet is from ("a British newspaper reported 17 deaths"). Such a country is neither the
/// subject of a toll nor the country a report is about.</summary>
/// <remarks>Reads the <c>attack-noun</c>, <c>trading-party-noun</c> and <c>media-noun</c> words of the lexicon.</remarks>
internal static class PartyDemonyms
{
    /// <summary>How many tokens after the demonym the attack noun may stand ("Russian missile strike", "Saudi - led air strike").</summary>
    private const int AttackNounWindow = 4;

    /// <summary>How many tokens after the demonym the trading-party noun may stand ("American brands", "Chinese fruit importers").</summary>
    private const int TradingPartyNounWindow = 2;

    /// <summary>How many tokens after the demonym the media noun may stand ("British newspaper", "British daily newspaper").</summary>
    private const int MediaNounWindow = 2;

    /// <summary>Whether <paramref name="mention"/>, in the sentence whose tokens are <paramref name="tokens"/>, is a demonym naming the
    /// side that attacked or where a trading party or a news outlet is from.</summary>
    internal static bool NamesAnotherParty(ReadOnlySpan<Token> tokens, string text, EntityMention mention, ClaimWords words) =>
        mention.Form == EntityMentionForm.Demonym
        && (NounFollows(tokens, text, mention, words.AttackNouns, AttackNounWindow)
            || NounFollows(tokens, text, mention, words.TradingPartyNouns, TradingPartyNounWindow)
            || NounFollows(tokens, text, mention, words.MediaNouns, MediaNounWindow));

    // A noun of the set within the window after the demonym, with only lower-case words or a hyphen between them.
    private static bool NounFollows(ReadOnlySpan<Token> tokens, string text, EntityMention mention,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> nouns, int window)
    {
        for (var k = mention.EndToken; k < tokens.Length && k < mention.EndToken + window; k++)
        {
            var word = tokens[k].Span.Slice(text);
            if (nouns.Contains(word))
            {
                return true;
            }

            if (tokens[k].Kind != TokenKind.Word && word is not "-" || (word.Length > 0 && char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return false;
    }
}
