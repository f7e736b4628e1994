using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;
using ClaimCheck.Store.Serialization;
using ClaimCheck.Store.Tests.Infrastructure;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Store.Tests;

/// <summary>The hand-written encoder must write what the source-generated serializer wrote for the DTOs before it, byte for byte:
/// stores and clusters hold claims and findings in that form.</summary>
public class StoredJsonEncoderTests
{
    [Fact]
    public void Claim_EveryClaimOfTheSeedsCasesAndStories_IsWhatTheSourceGeneratedSerializerWrites()
    {
        var claims = ClaimChecker.Check(TestCorpus.Seeds().Concat(TestCorpus.Cases()).Concat(TestCorpus.Stories(40))).Claims;

        claims.Should().HaveCountGreaterThan(100);
        foreach (var claim in claims)
        {
            ClaimSerializer.Serialize(claim).Should().Be(Reference(claim), claim.Id);
        }
    }

    [Fact]
    public void Claim_EveryMemberSetOrAtItsEdge_IsWhatTheSourceGeneratedSerializerWrites()
    {
        var checkedClaim = ClaimChecker.Check([new Document("wire", "Officials said about 1,200 firefighters were deployed to the blaze in Chile.")]).Claims[0];
        Claim[] claims =
        [
            checkedClaim with
            {
                Text = "Le « maire » a dit: \"3 morts\" <b>&</b> 'ok' + ü 日本 😀 \\ \t\n",
                Subject = "Zürich's council", Predicate = "rose", Place = "Île-de-France", PlaceWithin = "France", OtherEvent = "the 2019 quake",
                Quantity = Quantity.Between(0.1, 1e21, Unit.Currency("EUR")).AsIncrement(),
                QuantitySpan = new TextSpan(0, 0),
                Polarity = Polarity.Negated, Modality = Modality.Planned, Part = PlacePart.Named,
                Time = new TimeScope(new DateOnly(2024, 2, 29), new DateOnly(9999, 12, 31), "in 2024", new TextSpan(3, 7)) { Source = TimeScopeSource.PublicationDate },
                Attribution = new Attribution.Attribution("Ana Díaz", "the ministry", "spokeswoman", "government", "said", new TextSpan(0, 4)) { IsIndependent = true },
                IsUpdate = true, IsEarlier = true, IsProvisional = true, IsVague = true, IsReadAtHour = true,
            },
            checkedClaim with
            {
                Span = new TextSpan(0, 0), Text = string.Empty, Type = default, Subject = null, Place = null,
                Quantity = Quantity.Create(-0.0, default, Unit.None), QuantitySpan = null, Polarity = default, Modality = default,
                Time = new TimeScope(null, null, string.Empty, null), Attribution = new Attribution.Attribution(null, null, null, null, null, null),
            },
            checkedClaim with { Quantity = Quantity.Create(-12.75, Qualifier.AtLeast, Unit.Percent), Time = null, Attribution = null },
            checkedClaim with { Quantity = Quantity.Create(3.5e-7, Qualifier.Approximately, Unit.PercentagePoint) },
            checkedClaim with { Quantity = Quantity.Create(123456789012345.0, Qualifier.Exact, Unit.Physical("km")) },
            checkedClaim with { Quantity = Quantity.Create(2, Qualifier.AtMost, Unit.Duration("year")), Type = (ClaimType)99 },
        ];

        foreach (var claim in claims)
        {
            var json = ClaimSerializer.Serialize(claim);

            json.Should().Be(Reference(claim));
            ClaimSerializer.Deserialize(json).Should().Be(claim);
        }
    }

    [Fact]
    public void Finding_EveryFindingOfTheCasesAndStories_IsWhatTheSourceGeneratedSerializerWrites()
    {
        var findings = ClaimChecker.Check(TestCorpus.Cases().Concat(TestCorpus.Stories(40))).Findings;

        findings.Should().HaveCountGreaterThan(10);
        foreach (var finding in findings)
        {
            FindingSerializer.Serialize(finding).Should().Be(Reference(finding), finding.Id);
        }
    }

    [Fact]
    public void Finding_NullsEmptyArraysAndEscapes_IsWhatTheSourceGeneratedSerializerWrites()
    {
        var finding = new Finding
        {
            Id = "F-1",
            Kind = FindingKind.NumericDiscrepancy,
            Severity = default,
            Topic = "deaths in Zürich «flood»",
            ClaimIds = ["a#1", "b#2"],
            Sides = [new FindingSide("\"12\" <killed>", ["a#1"]), new FindingSide("14 😀", ["b#2"])],
            Explanation = "a: 12\nb: 14 & more",
        };
        Finding[] findings =
        [
            finding,
            finding with { Neutral = ["c#3"], IndependentOrigins = 2, Sides = [], ClaimIds = [], Kind = (FindingKind)42 },
            finding with { IndependentOrigins = 0, Explanation = null!, Topic = null! },
        ];

        foreach (var each in findings)
        {
            FindingSerializer.Serialize(each).Should().Be(Reference(each));
        }

        FindingSerializer.Deserialize("F-1", FindingSerializer.Serialize(finding)).Should().BeEquivalentTo(finding);
    }

    private static string Reference(Claim claim) => JsonSerializer.Serialize(ClaimSerializer.ToJson(claim), StoredClaimReferenceContext.Default.ClaimJson);

    private static string Reference(Finding finding) => JsonSerializer.Serialize(FindingSerializer.ToJson(finding), StoreJsonContext.Default.FindingJson);
}

/// <summary>How the store wrote claims before <see cref="StoredJsonEncoder"/>: the source-generated serializer with members at their
/// default left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(ClaimJson))]
internal sealed partial class StoredClaimReferenceContext : JsonSerializerContext;
