using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class QuantitySetReaderTests
{
    [Fact]
    public void Parse_StringNumberAndRangeValues_ReadsAllFields()
    {
        const string Json = """
            [
              { "text": "Sales rose 5% to $75 million.",
                "quantities": [
                  { "value": "75000000", "unit": "$", "normalized_unit": "dollar", "change": "=", "referred_concepts": "sale" },
                  { "value": 5, "unit": "%", "normalized_unit": "percentage", "change": "up" },
                  { "value": "40-50", "normalized_unit": "year" } ] },
              { "text": "Nothing here.", "quantities": [] }
            ]
            """;

        var items = QuantitySetReader.Parse(Json, "test.json");

        items.Should().HaveCount(2);
        items[0].Text.Should().Be("Sales rose 5% to $75 million.");
        items[0].Quantities.Should().Equal(
            new GoldQuantity(QuantityValue.Single(75000000), "$", "dollar", "="),
            new GoldQuantity(QuantityValue.Single(5), "%", "percentage", "up"),
            new GoldQuantity(QuantityValue.Range(40, 50), null, "year", null));
        items[1].Quantities.Should().BeEmpty();
    }

    [Fact]
    public void Parse_MalformedJson_NamesFileAndLine()
    {
        const string Json = "[\n  { \"text\": \"a\", \"quantities\": [ }\n]";

        var act = () => QuantitySetReader.Parse(Json, "broken.json");

        act.Should().Throw<InvalidDataException>().WithMessage("broken.json: malformed JSON at line 2*");
    }

    [Fact]
    public void Parse_NotAnArray_NamesFile()
    {
        var act = () => QuantitySetReader.Parse("""{ "text": "a" }""", "object.json");

        act.Should().Throw<InvalidDataException>().WithMessage("object.json: expected a JSON array*");
    }

    [Theory]
    [InlineData("""[{"text":"a","quantities":[]},{"quantities":[]}]""", "f.json: item 1: 'text' is missing.")]
    [InlineData("""[{"text":"a"}]""", "f.json: item 0: 'quantities' must be an array.")]
    [InlineData("""[{"text":"a","quantities":[{"normalized_unit":"dollar"}]}]""", "f.json: item 0, quantity 0: 'value' is missing.")]
    [InlineData("""[{"text":"a","quantities":[{"value":"5"}]}]""", "f.json: item 0, quantity 0: 'normalized_unit' is missing.")]
    [InlineData("""[{"text":"a","quantities":[{"value":"five","normalized_unit":"-"}]}]""", "f.json: item 0, quantity 0: 'value' \"five\" is neither*")]
    [InlineData("""[{"text":"a","quantities":[{"value":true,"normalized_unit":"-"}]}]""", "f.json: item 0, quantity 0: 'value' must be a number or a string*")]
    [InlineData("""[{"text":"a","quantities":[{"value":1,"normalized_unit":"-","change":3}]}]""", "f.json: item 0, quantity 0: 'change' must be a string*")]
    public void Parse_WrongShape_NamesFileItemAndField(string json, string expectedMessage)
    {
        var act = () => QuantitySetReader.Parse(json, "f.json");

        act.Should().Throw<InvalidDataException>().WithMessage(expectedMessage);
    }

    [Theory]
    [InlineData("""{"value":"five","normalized_unit":"-"}""", "item 0, quantity 1: 'value' \"five\" is neither")]
    [InlineData("""{"normalized_unit":"-"}""", "item 0, quantity 1: 'value' is missing.")]
    [InlineData("""{"value":[1],"normalized_unit":"-"}""", "item 0, quantity 1: 'value' must be a number or a string")]
    public void Parse_MalformedValueWithWarnings_SkipsTheQuantityAndWarns(string quantity, string warning)
    {
        var warnings = new List<string>();
        var json = $$"""[{"text":"a","quantities":[{"value":"3.0 - 4.0","normalized_unit":"metre"},{{quantity}},{"value":"1e6","normalized_unit":"-"}]}]""";

        var items = QuantitySetReader.Parse(json, "f.json", warnings);

        items.Single().Quantities.Select(q => q.Value.ToString()).Should().Equal("3-4", "1000000");
        warnings.Should().ContainSingle().Which.Should().StartWith($"f.json: {warning}").And.EndWith("The quantity is skipped.");
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFoundNamingPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimcheck-missing-{Guid.NewGuid():N}.json");

        var act = () => QuantitySetReader.Read(path);

        act.Should().Throw<FileNotFoundException>().WithMessage($"{path}*");
    }
}
