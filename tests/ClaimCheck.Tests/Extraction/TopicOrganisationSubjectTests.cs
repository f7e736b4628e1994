using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Extraction;

/// <summary>A report that names no place at all gives the sums whose sentence names no subject the organisation it is about: the
/// capitalised word its headline names that recurs, capitalised and never lowercase, in its text; so two outlets' reports about one
/// company compare its sums, and its counts and shares whose sentence names the organisation. Its other counts stay uncompared (often
/// parts of a whole), and a report that names a place keeps the place's rules. Sentences and company names written for these tests.</summary>
public class TopicOrganisationSubjectTests
{
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder().Build();

    // The body's claim of the figure (the headline may repeat it).
    private static Claim QuantityClaim(string text, double value)
    {
        var report = Pipeline.Check([new Document("doc", text, "Test Wire", new DateOnly(2025, 4, 9))]);
        return report.Claims.Last(c => c.Quantity != null && c.Quantity.Value.Value == value);
    }

    private const string Fine = "Brightwell fined over leaked customer data\n\n"
        + "Brightwell was ordered on Tuesday to pay $40 million after hackers took the data of 3.2 million customers. "
        + "The retailer said it would not appeal. Brightwell has written to those affected.";

    [Fact]
    public void Extract_SumInAReportNamingNoPlace_IsTheTopicOrganisations()
    {
        QuantityClaim(Fine, 40_000_000).Subject.Should().Be("Brightwell", "the report names no place and is about Brightwell");
    }

    private const string Cuts = "Halvex to cut 4,000 jobs\n\n"
        + "Halvex said on Tuesday it would cut 4,000 jobs, about 9% of its workforce, after a weak year. "
        + "Some 1,500 sales staff will go by March. Halvex shares fell 3% in early trading. Halvex will also shut two plants.";

    [Fact]
    public void Extract_CountWhoseSentenceNamesNoOrganisation_StaysWithoutSubject()
    {
        QuantityClaim(Cuts, 1_500).Subject.Should().BeNull("a company's counts whose sentence does not name it are as often parts of a whole as the whole");
    }

    [Theory]
    [InlineData(Cuts, 4_000, "Halvex")]
    [InlineData(Cuts, 9, "Halvex")]
    [InlineData(Fine, 3_200_000, "Brightwell")]
    public void Extract_CountOrShareWhoseSentenceNamesTheOrganisation_IsItsOwn(string text, double value, string company)
    {
        QuantityClaim(text, value).Subject.Should().Be(company, "the sentence names the company the report is about");
    }

    [Fact]
    public void Extract_ShareOfNothingNamed_StaysWithoutSubject()
    {
        QuantityClaim(Cuts, 3).Subject.Should().BeNull("a share price's move is one of several moves a day can give, not the company's one figure");
    }

    [Fact]
    public void Extract_TwoOutletsOnOneCompanysCuts_TheirCountsMeet()
    {
        var other = "Halvex shedding 4,000 jobs\n\nHalvex is shedding 4,000 jobs, its chief executive told staff. Halvex gave no timetable.";
        var report = Pipeline.Check([
            new Document("a", Cuts, "Test Wire", new DateOnly(2025, 4, 9)),
            new Document("b", other, "Other Wire", new DateOnly(2025, 4, 9))]);

        report.Findings.Should().Contain(f => f.Kind == FindingKind.Corroboration
            && report.Claims.Count(c => f.ClaimIds.Contains(c.Id) && c.Quantity!.Value.Value == 4_000) >= 2, "both reports give Halvex's 4,000 job cuts");
    }

    [Fact]
    public void Extract_TwoOutletsOnOneCompany_TheirSumsMeet()
    {
        var other = "Brightwell to pay $45 million over breach\n\n"
            + "A court ordered Brightwell to pay $45 million over a breach of its customer records. Brightwell apologised.";
        var report = Pipeline.Check([
            new Document("a", Fine, "Test Wire", new DateOnly(2025, 4, 9)),
            new Document("b", other, "Other Wire", new DateOnly(2025, 4, 9))]);

        var a = report.Claims.Last(c => c.Quantity?.Value == 40_000_000).Id;
        var b = report.Claims.Last(c => c.Quantity?.Value == 45_000_000).Id;
        report.Findings.Should().Contain(f => f.ClaimIds.Contains(a) && f.ClaimIds.Contains(b), "both reports give Brightwell's fine");
    }

    [Fact]
    public void Extract_ReportNamingAPlace_KeepsThePlace()
    {
        var text = "Brightwell fined over leaked customer data\n\n"
            + "Brightwell was ordered in Vorland on Tuesday to pay $40 million. Brightwell has written to customers.";
        QuantityClaim(text, 40_000_000).Subject.Should().NotBe("Brightwell", "a report that names a place keeps its place rules");
    }

    [Fact]
    public void Extract_HeadlineWordAlsoUsedLowercase_IsNoTopic()
    {
        var text = "Retailer fined $40 million over leaked data\n\n"
            + "Retailer groups said on Tuesday that an online retailer was ordered to pay $40 million. "
            + "Retailer shares fell. Retailer bodies were silent.";
        QuantityClaim(text, 40_000_000).Subject.Should().BeNull("a headline word that also occurs lowercase is a common word, not a name");
    }

    // A report about one company that also names a place (a depot's town), so the organisation is the headline's, not the topic's.
    private const string CutsNamingAPlace = "Halvex to cut 4,000 more jobs\n\n"
        + "Halvex told its unions on Tuesday that it will shed a further 4,000 posts by spring. Halvex blamed weak orders. "
        + "Another 1,500 people had gone last year. Halvex shares fell 3% on the news. "
        + "Halvex lost $300 million over the half and shelved a new depot in Leeds, England.";

    [Theory]
    [InlineData(4_000)]
    [InlineData(300_000_000)]
    public void Extract_FigureWhoseSentenceNamesTheHeadlineCompany_InAReportNamingAPlace_IsTheCompanys(double value)
    {
        QuantityClaim(CutsNamingAPlace, value).Subject.Should().Be("Halvex", "the sentence names the company the headline names and nothing else gives a subject");
    }

    [Fact]
    public void Extract_CountWhoseSentenceDoesNotNameTheHeadlineCompany_InAReportNamingAPlace_StaysWithoutSubject()
    {
        QuantityClaim(CutsNamingAPlace, 1_500).Subject.Should().BeNull("a count whose sentence does not name the company may be a part of its whole");
    }

    [Fact]
    public void Extract_ShareOfNothingNamed_InAReportNamingAPlace_StaysWithoutSubject()
    {
        QuantityClaim(CutsNamingAPlace, 3).Subject.Should().BeNull("a share price's move is one of several moves a day can give");
    }

    // A report about one company that refers back to it as "the retailer" and "the firm".
    private const string Outage = "Brightwell apologises for till outage\n\n"
        + "Brightwell said on Tuesday that its tills failed for six hours. The retailer said 2,300 shops were hit. "
        + "The supplier of its card readers, the firm Kestrel Networks, said 140 engineers were sent out. Brightwell has promised refunds.";

    [Fact]
    public void Extract_CountWhoseSentenceRefersBackToTheCompanyByACompanyNoun_IsTheCompanys()
    {
        QuantityClaim(Outage, 2_300).Subject.Should().Be("Brightwell", "\"the retailer\" refers back to the company the report is about");
    }

    [Fact]
    public void Extract_CompanyNounBeforeAnotherName_IsNoReferenceBack()
    {
        QuantityClaim(Outage, 140).Subject.Should().NotBe("Brightwell", "\"the firm Kestrel Networks\" names another company");
    }

    [Fact]
    public void Extract_CompanyNounInASentenceNamingAnotherPlace_KeepsThePlace()
    {
        var text = "Halvex to shut 40 more stores\n\n"
            + "Halvex told staff on Tuesday it would shut 40 stores by spring. Halvex blamed weak sales in Brenmoor. "
            + "In neighbouring Kestrel Valley, the company will close 12 depots. Halvex shares were flat.";
        QuantityClaim(text, 12).Subject.Should().NotBe("Halvex", "a figure its sentence places in another place is that place's");
    }

    [Theory]
    [InlineData("R&K")]
    [InlineData("Kel-Mart")]
    public void Extract_SumInAReportNamingNoPlace_CompanyNameJoinedByAnAmpersandOrHyphen_IsTheTopicOrganisations(string company)
    {
        var text = $"{company} fined over leaked customer data\n\n"
            + $"{company} was ordered on Tuesday to pay $40 million after hackers took customer data. "
            + $"{company} said it would not appeal. {company} has written to those affected.";
        QuantityClaim(text, 40_000_000).Subject.Should().Be(company, "the name joined by an ampersand or a hyphen is one word the report is about");
    }

    // A report about one company whose sentences also speak of a rival by name.
    private const string RivalCuts = "Halvex to cut jobs\n\n"
        + "Halvex said on Tuesday it would cut 2,000 jobs. Its rival Orvik Tools also struggled; the company said 300 workers would go. "
        + "Halvex shares fell.";

    [Fact]
    public void Extract_CompanyNounInASentenceNamingAnotherCompany_IsNoReferenceBack()
    {
        QuantityClaim(RivalCuts, 300).Subject.Should().NotBe("Halvex", "\"the company\" may be the rival the sentence names");
    }
}
