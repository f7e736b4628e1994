using System.Text;
using System.Text.Json;
using ClaimCheck.Cli.Evaluation;

namespace ClaimCheck.Tests.Evaluation;

public class QuantitySetWriterTests
{
    [Fact]
    public void Write_SingleAndRange_WritesNumberAndLowHighStringThatReadBack()
    {
        IReadOnlyList<PredictedQuantity> first =
        [
            new(75000000, null, null, "$", "dollar", "="),
            new(null, 40, 50, "%", "percentage", "~"),
        ];
        IReadOnlyList<PredictedQuantity> second = [new(3, null, null, null, "-", ">")];
        using var stream = new MemoryStream();

        QuantitySetWriter.Write(stream, ["Text \"one\" – €", "Text two"], [first, second]);

        var json = Encoding.UTF8.GetString(stream.ToArray());
        using (var document = JsonDocument.Parse(json))
        {
            var quantities = document.RootElement[0].GetProperty("quantities");
            quantities[0].GetProperty("value").ValueKind.Should().Be(JsonValueKind.Number);
            quantities[1].GetProperty("value").GetString().Should().Be("40-50");
            quantities[1].GetProperty("unit").GetString().Should().Be("%");
            document.RootElement[1].GetProperty("quantities")[0].GetProperty("unit").ValueKind.Should().Be(JsonValueKind.Null);
        }

        var items = QuantitySetReader.Parse(json, "predictions.json");
        items.Select(i => i.Text).Should().Equal("Text \"one\" – €", "Text two");
        items[0].Quantities.Should().Equal(
            new GoldQuantity(QuantityValue.Single(75000000), "$", "dollar", "="),
            new GoldQuantity(QuantityValue.Range(40, 50), "%", "percentage", "~"));
        items[1].Quantities.Should().Equal(new GoldQuantity(QuantityValue.Single(3), null, "-", ">"));
    }

    [Fact]
    public void Write_ListsOfDifferentLength_Throws()
    {
        using var stream = new MemoryStream();

        var act = () => QuantitySetWriter.Write(stream, ["one", "two"], [[]]);

        act.Should().Throw<ArgumentException>();
    }
}
