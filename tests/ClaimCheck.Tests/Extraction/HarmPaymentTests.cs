using ClaimCheck.Documents;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Amounts of money whose clause names a harm after them but that pay no one for it: a penalty named before the amount,
/// or victims of a harm that need not kill. Sentences written for these tests.</summary>
public class HarmPaymentTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    private static List<string> MoneyMeasures(string text) =>
        Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 10, 8))]).Claims
            .Where(c => c.Quantity is { Unit.Kind: UnitKind.Currency }).Select(c => c.Measure).ToList();

    [Theory]
    [InlineData("The Tarvo haulage firm was fined $2.6 million for the deaths of four loaders at its depot.", "fine")]
    [InlineData("The judge set bail at $40,000 for the driver accused in the deaths of three cyclists.", "bail")]
    [InlineData("A Kestrel court ordered the broker to return $7 million to victims of the savings scheme.", "payment for victims")]
    public void Extract_AmountForAHarmItPaysNoOneFor_IsNotAPaymentForDeaths(string text, string measure)
    {
        MoneyMeasures(text).Should().Equal([measure], "a penalty for deaths or money back to a scheme's victims is no payment for the dead");
    }
}
