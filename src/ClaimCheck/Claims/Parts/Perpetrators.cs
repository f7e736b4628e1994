using ClaimCheck.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Countries named as the side that attacked: a demonym before an attack noun ("killed in a Russian airstrike", "an Israeli
/// missile strike", "Saudi-led bombing"). Such a country is not where the people counted were, so it is neither the subject of a toll
/// nor the country a report is about.</summary>
/// <remarks>Reads the <c>attack-noun</c> words of the lexicon.</remarks>
internal static class Perpetrators
{
    /// <summary>How many tokens after the demonym the attack noun may stand ("Russian missile strike", "Saudi - led air strike").</summary>
    private const int AttackNounWindow = 4;

    /// <summary>Whether <paramref name="mention"/>, in the sentence whose tokens are <paramref name="tokens"/>, is a demonym naming the
    /// side that attacked.</summary>
    internal static bool IsPerpetrator(ReadOnlySpan<Token> tokens, string text, EntityMention mention, ClaimWords words)
    {
        if (mention.Form != EntityMentionForm.Demonym)
        {
            return false;
        }

        for (var k = mention.EndToken; k < tokens.Length && k < mention.EndToken + AttackNounWindow; k++)
        {
            var word = tokens[k].Span.Slice(text);
            if (words.AttackNouns.Contains(word))
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
