using ClaimCheck.Store.Serialization;
using ClaimCheck.Store.Tests.Infrastructure;

namespace ClaimCheck.Store.Tests;

public class ClaimSerializerTests
{
    [Fact]
    public void Deserialize_EveryClaimOfTheSeedsAndCases_GivesTheClaimBack()
    {
        var report = ClaimChecker.Check(TestCorpus.Seeds().Concat(TestCorpus.Cases()));

        foreach (var claim in report.Claims)
        {
            ClaimSerializer.Deserialize(ClaimSerializer.Serialize(claim)).Should().Be(claim);
        }

        report.Claims.Should().Contain(c => c.Quantity != null && c.Attribution != null && c.Time != null);
    }

    [Fact]
    public void Deserialize_VagueAmount_KeepsItVague()
    {
        var claim = ClaimChecker.Check([new Documents.Document("wire", "Hundreds of people fled the floods in Chile, officials said.")]).Claims.Single(c => c.Quantity != null);

        claim.IsVague.Should().BeTrue();
        ClaimSerializer.Deserialize(ClaimSerializer.Serialize(claim)).IsVague.Should().BeTrue();
    }

    [Fact]
    public void Deserialize_CountReadAtAnHour_KeepsItReadAtThatHour()
    {
        var claim = ClaimChecker.Check([new Documents.Document("wire", "Turnout in Velmar had reached 52 per cent by 3 pm, the election board said.", "Test Wire", new DateOnly(2025, 5, 11))])
            .Claims.Single(c => c.Quantity is { } q && q.Value == 52);

        claim.IsReadAtHour.Should().BeTrue();
        var json = ClaimSerializer.Serialize(claim);
        json.Should().Contain("\"isReadAtHour\":true");
        ClaimSerializer.Deserialize(json).Should().Be(claim);
    }

    [Fact]
    public void Deserialize_BodyReadUnderItsReportsCountry_KeepsTheCountry()
    {
        var claim = ClaimChecker.Check([new Documents.Document("wire", "Officials said about 1,200 firefighters were deployed to the blaze in Chile.")]).Claims[0]
            with { Subject = "Halvex Group", SubjectWithin = "Chile" };

        var json = ClaimSerializer.Serialize(claim);

        json.Should().Contain("\"subjectWithin\":\"Chile\"");
        ClaimSerializer.Deserialize(json).Should().Be(claim);
    }

    [Fact]
    public void Serialize_Claim_WritesTheVersionedShapeWithEnumNamesAndNoTypeNames()
    {
        var claim = ClaimChecker.Check([new Documents.Document("wire", "Officials said about 1,200 firefighters were deployed to the blaze in Chile.")]).Claims[0];

        var json = ClaimSerializer.Serialize(claim);

        json.Should().StartWith("{\"v\":1,\"id\":\"wire#1\",\"documentId\":\"wire\"")
            .And.Contain("\"qualifier\":\"Approximately\"").And.Contain("\"unitKind\":\"Count\"")
            .And.NotContain("ClaimCheck.").And.NotContain("$type");
    }

    [Fact]
    public void Serialize_MembersAtTheirDefault_LeavesThemOutAndReadsThemBack()
    {
        var claim = ClaimChecker.Check([new Documents.Document("wire", "Officials said 40 homes were flooded in Brenmoor.")]).Claims.Single(c => c.Quantity != null);

        var json = ClaimSerializer.Serialize(claim);

        claim.Predicate.Should().BeNull();
        claim.IsUpdate.Should().BeFalse();
        json.Should().NotContain("null").And.NotContain("\"predicate\"").And.NotContain("\"isUpdate\"").And.NotContain("false");
        ClaimSerializer.Deserialize(json).Should().Be(claim);
    }

    [Fact]
    public void Deserialize_ClaimWithZeroValueAndEveryEnumAtItsFirstMember_GivesTheSameClaim()
    {
        // A value of 0 (or -0), a span at 0 and enums at their first member are left out when written; each must read back as it was.
        var checkedClaim = ClaimChecker.Check([new Documents.Document("wire", "Lindenport recorded 12 burglaries in May.")]).Claims.Single(c => c.Quantity != null);
        foreach (var value in new[] { 0.0, -0.0 })
        {
            var claim = checkedClaim with
            {
                Span = new Text.TextSpan(0, checkedClaim.Span.Length),
                Type = default,
                Polarity = default,
                Modality = default,
                Quantity = Quantities.Quantity.Create(value, default, Quantities.Unit.Count("burglary")),
            };

            var back = ClaimSerializer.Deserialize(ClaimSerializer.Serialize(claim));

            back.Should().Be(claim);
            back.Quantity.Should().NotBeNull();
            back.Quantity!.Value.Value.Should().Be(0);
            back.Quantity.Value.Qualifier.Should().Be(Quantities.Qualifier.Exact);
            back.Type.Should().Be(Claims.ClaimType.Quantity);
            back.Span.Start.Should().Be(0);
        }
    }

    [Fact]
    public void Deserialize_EveryMemberWritten_GivesTheSameClaim()
    {
        // Stores written before defaults were left out hold every member, nulls and false included.
        var claim = ClaimChecker.Check([new Documents.Document("wire", "About 250 volunteers joined the search in Kestrel Bay on Sunday, police said.")]).Claims.Single(c => c.Quantity != null);
        var everyMember = System.Text.Json.JsonSerializer.Serialize(ClaimSerializer.ToJson(claim), StoreJsonContext.Default.ClaimJson);

        everyMember.Should().Contain("null").And.Contain("\"isUpdate\":false");
        ClaimSerializer.Deserialize(everyMember).Should().Be(claim);
    }

    [Fact]
    public void Deserialize_UnknownShapeVersion_ThrowsNamingTheClaimAndVersion()
    {
        var json = ClaimSerializer.Serialize(ClaimChecker.Check(TestCorpus.Seeds()).Claims[0]).Replace("{\"v\":1,", "{\"v\":7,", StringComparison.Ordinal);

        var read = () => ClaimSerializer.Deserialize(json);

        read.Should().Throw<InvalidDataException>().WithMessage("*version 7*reads version 1*");
    }

    [Fact]
    public void Deserialize_NotJson_ThrowsInvalidData()
    {
        var read = () => ClaimSerializer.Deserialize("{\"v\":1,");

        read.Should().Throw<InvalidDataException>();
    }
}
