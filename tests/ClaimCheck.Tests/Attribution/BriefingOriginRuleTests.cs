using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="BriefingOriginRule"/>: a briefing's author informs the speaker who reports it.</summary>
public sealed class BriefingOriginRuleTests
{
    [Theory]
    [InlineData("Following a briefing from the Valley Water Board, councillor Ana Ruiz said 300 wells were dry.", "Valley Water Board")]
    [InlineData("After a Valley Water Board briefing, councillor Ana Ruiz said 300 wells were dry.", "Valley Water Board")]
    public void TryMatch_BriefingBeforeASpeaker_IsTheSpeakersOrganisation(string text, string organization)
    {
        var source = AttributionProbe.SourceAt(text, "300");

        source!.Speaker.Should().Be("Ana Ruiz");
        source.Role.Should().Be("councillor");
        source.Organization.Should().Be(organization);
    }

    [Fact]
    public void TryMatch_BriefingWithoutASpeaker_IsNoCue()
    {
        AttributionProbe.At("Following a briefing from the water board, 300 wells were closed.", "300").Cue.Should().BeNull();
    }
}
