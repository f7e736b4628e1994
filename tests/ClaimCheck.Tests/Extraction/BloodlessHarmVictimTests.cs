using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Victims of a harm that kills no one (a hack, a scam) are those affected, not deaths (lexicon kinds bloodless-harm-noun and
/// bloodless-harm). Texts written for these tests; the places and names are made up.</summary>
public sealed class BloodlessHarmVictimTests
{
    [Theory]
    [InlineData("The Velkor ransomware gang has listed 140 victims on its leak site since May.")]
    [InlineData("Hackers have stolen files from 140 victims, most of them hospitals in Lindenport.")]
    [InlineData("Police in Brenmoor say the phone scam had 140 victims, mostly pensioners.")]
    public void Extract_VictimsOfABloodlessHarm_AreNoDeaths(string text)
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"))
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 140 && c.Measure == "victims")
            .And.NotContain(c => c.Measure == "deaths");
    }

    [Theory]
    [InlineData("The flood in Brenmoor claimed 140 victims, the regional governor said.")]
    [InlineData("Rescuers in Lindenport recovered 140 victims of the dam breach on Tuesday.")]
    public void Extract_VictimsOfADeadlyHarm_StayDeaths(string text)
    {
        ClaimChecker.DefaultPipeline.Extract(new Document("doc", text, "Vorland Wire"))
            .Should().Contain(c => c.Quantity != null && c.Quantity.Value.Value == 140 && c.Measure != "victims");
    }
}
