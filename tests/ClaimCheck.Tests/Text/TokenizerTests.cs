using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

/// <summary><see cref="Tokenizer"/>: how words are cut.</summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Shares in VB&K fell on Monday.", "VB&K")]
    [InlineData("The Brenmoor firm R&L said 40 staff were affected.", "R&L")]
    public void Tokenize_CapitalsJoinedByAnAmpersand_AreOneWord(string text, string name)
    {
        Words(text).Should().Contain(name);
    }

    [Theory]
    [InlineData("Smith & Jones opened a shop in Lindenport.", "&")]
    [InlineData("Tea&biscuits were served in Kestrel Bay.", "Tea")]
    public void Tokenize_AnAmpersandWithSpacesOrLowerCase_StaysApart(string text, string word)
    {
        Words(text).Should().Contain(word);
    }

    private static List<string> Words(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return [.. tokens.Select(t => text.Substring(t.Span.Start, t.Span.Length))];
    }
}
