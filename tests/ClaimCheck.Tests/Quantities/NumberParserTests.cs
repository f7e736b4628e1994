using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Quantities;

public class NumberParserTests
{
    [Theory]
    [InlineData("0", 0d)]
    [InlineData("42", 42d)]
    [InlineData("3,000", 3000d)]
    [InlineData("1,234,567", 1234567d)]
    [InlineData("2.5", 2.5d)]
    [InlineData("0.25", 0.25d)]
    [InlineData("12.75", 12.75d)]
    [InlineData("1,000.5", 1000.5d)]
    [InlineData("1.5 billion", 1.5e9)]
    [InlineData("1.5 million", 1.5e6)]
    [InlineData("3 trillion", 3e12)]
    [InlineData("10 mln", 1e7)]
    [InlineData("4 bn", 4e9)]
    [InlineData("5bn", 5e9)]
    [InlineData("250k", 250_000d)]
    [InlineData("20B", 2e10)]
    [InlineData("7m", 7e6)]
    [InlineData("seven", 7d)]
    [InlineData("eleven", 11d)]
    [InlineData("twenty-five", 25d)]
    [InlineData("forty-two", 42d)]
    [InlineData("ninety-nine", 99d)]
    [InlineData("Twenty-Five", 25d)]
    [InlineData("twenty - five", 25d)]
    [InlineData("Sixty - three", 63d)]
    [InlineData("a dozen", 12d)]
    [InlineData("three dozen", 36d)]
    [InlineData("twelve dozen", 144d)]
    [InlineData("half a million", 500_000d)]
    [InlineData("one hundred and twenty", 120d)]
    [InlineData("two hundred", 200d)]
    [InlineData("a hundred", 100d)]
    [InlineData("a thousand", 1000d)]
    [InlineData("a million", 1e6)]
    [InlineData("sixty thousand", 60_000d)]
    [InlineData("fifteen million", 1.5e7)]
    [InlineData("two thousand five hundred", 2500d)]
    public void Parse_ValidNumber_ReturnsValue(string text, double expected)
    {
        NumberParser.Parse(text).Should().BeApproximately(expected, Math.Abs(expected) * 1e-12);
        NumberParser.TryParse(text, out var value).Should().BeTrue();
        value.Should().BeApproximately(expected, Math.Abs(expected) * 1e-12);
    }

    [Theory]
    [InlineData("3,00", "3,00")]
    [InlineData("1,1,1", "1,1,1")]
    [InlineData("1,0000", "1,0000")]
    [InlineData("12,34", "12,34")]
    [InlineData("abc", "abc")]
    [InlineData("three apples", "apples")]
    [InlineData("2.5 percent", "percent")]
    [InlineData("forty-two cars", "cars")]
    public void Parse_InvalidNumber_ThrowsFormatExceptionNamingTheWord(string text, string offendingWord)
    {
        var parse = () => NumberParser.Parse(text);

        parse.Should().Throw<FormatException>().Which.Message.Should().Contain($"'{offendingWord}'");
    }

    [Theory]
    [InlineData("3,00")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1,1,1")]
    [InlineData("1.2.3")]
    [InlineData("$")]
    public void TryParse_InvalidNumber_ReturnsFalseAndZero(string? text)
    {
        NumberParser.TryParse(text, out var value).Should().BeFalse();
        value.Should().Be(0);
    }

    [Fact]
    public void Parse_EmptyText_ThrowsFormatException()
    {
        var parse = () => NumberParser.Parse(string.Empty);

        parse.Should().Throw<FormatException>().WithMessage("*empty*");
    }
}
