using ClaimCheck.Attribution.Rules;

namespace ClaimCheck.Tests.Attribution;

/// <summary><see cref="TitleAndNameRule"/>: titles, names, bodies, and noun phrases that name no one.</summary>
public sealed class TitleAndNameRuleTests
{
    [Theory]
    [InlineData("Harbour master Lena Holt said 500 boats were lost.", "500", "Lena Holt", null, "Harbour master")]
    [InlineData("Regional Police Commissioner G.S. Rao said 60 people were held.", "60", "G.S. Rao", "Regional Police", "Commissioner")]
    [InlineData("The ministry's spokesman said 40 people were arrested.", "40", null, "ministry", "spokesman")]
    [InlineData("Officials from the country's interior ministry said 40 people were arrested.", "40", null, "interior ministry", "Officials")]
    [InlineData("The country's interior ministry said 40 people were arrested.", "40", null, "interior ministry", null)]
    [InlineData("Vorland's interior ministry said 40 people were arrested.", "40", null, "Vorland's interior ministry", null)]
    [InlineData("A spokesperson for the organisers said 70,000 people took part.", "70,000", null, "organisers", "spokesperson")]
    [InlineData("Organisers of the march said 70,000 people took part.", "70,000", null, "Organisers of the march", null)]
    [InlineData("The military said 50 fighters were killed.", "50", null, "military", null)]
    [InlineData("Vorland's military said 50 fighters were killed.", "50", null, "Vorland's military", null)]
    [InlineData("The camp director said 27 girls were missing.", "27", "camp director", null, "camp director")]
    [InlineData("A senior Vorlandian official said 64 hikers were rescued.", "64", "senior Vorlandian official", null, "senior Vorlandian official")]
    [InlineData("Vorlandian officials said 64 hikers were rescued.", "64", null, "Vorlandian officials", null)]
    [InlineData("The relief agency's chief of mission in the country said 48 shelters were built.", "48", null, "relief agency", "chief of mission in the country")]
    [InlineData("The zonal head of the regional disaster agency said 38 boats were recovered.", "38", null, "regional disaster agency", "zonal head")]
    [InlineData("Vorland's ombudsman's office said 312 people were detained.", "312", null, "Vorland's ombudsman's office", null)]
    [InlineData("The country's ombudsman's office said 87 people were injured.", "87", null, "ombudsman's office", null)]
    [InlineData("Vorland's prosecutor general's office said 23 passengers survived.", "23", null, "Vorland's prosecutor general's office", null)]
    public void TryParse_TitlesNamesAndBodies_SplitIntoSpeakerOrganisationAndRole(string text, string figure, string? speaker, string? organization, string? role)
    {
        var source = AttributionProbe.SourceAt(text, figure, TestLexicons.WithVorland);

        source.Should().NotBeNull();
        source!.Speaker.Should().Be(speaker);
        source.Organization.Should().Be(organization);
        source.Role.Should().Be(role);
    }

    [Theory]
    [InlineData("Police gave a far lower crowd estimate of 40,000.", "40,000", "Police")]
    [InlineData("It was the worst flood in the country's history, the weather service said, with 215 people killed.", "215", "weather service")]
    [InlineData("The country's history suggests 40 more storms will come.", "40", null)]
    public void TryParse_NounPhraseThatNamesNoOne_IsNotASource(string text, string figure, string? organization)
    {
        var source = AttributionProbe.SourceAt(text, figure);

        (source?.Organization).Should().Be(organization);
        (source?.Organization).Should().NotContain("history").And.NotContain("crowd");
    }
}
