using System.Text;
using ClaimCheck.Cluster.Serialization;
using ClaimCheck.Store.Serialization;

namespace ClaimCheck.Cluster.Tests;

public class SlotStateSerializerTests
{
    [Fact]
    public void Serialize_SeedClaims_RoundTripsEveryClaimAndDocument()
    {
        var report = ClaimChecker.Check(Infrastructure.TestCorpus.Seeds());
        var state = new SlotState(
            [.. report.Documents.Select(d => new SlotDocument(d.Id, d.Outlet))],
            [.. report.Claims.Select(ClaimSerializer.Serialize)]);

        var back = SlotStateSerializer.Instance.Deserialize<SlotState>(SlotStateSerializer.Instance.Serialize(state));

        back.Documents.Should().Equal(state.Documents);
        back.Claims.Select(ClaimSerializer.Deserialize).Should().BeEquivalentTo(report.Claims);
    }

    [Fact]
    public void Serialize_State_IsVersionedJsonWithoutTypeNames()
    {
        var claim = ClaimChecker.Check(Infrastructure.TestCorpus.Seeds()).Claims[0];

        var json = SlotStateSerializer.Instance.Serialize(new SlotState([new SlotDocument(claim.DocumentId, "Wire")], [ClaimSerializer.Serialize(claim)])).ToString();

        json.Should().StartWith("{\"v\":1,\"documents\":[{\"id\":").And.NotContain("ClaimCheck.").And.NotContain("$type");
    }

    [Fact]
    public void Deserialize_UnknownVersion_ThrowsInvalidData()
    {
        var data = new BinaryData(Encoding.UTF8.GetBytes("{\"v\":2,\"documents\":[],\"claims\":[]}"));

        var read = () => SlotStateSerializer.Instance.Deserialize<SlotState>(data);

        read.Should().Throw<InvalidDataException>().WithMessage("*version 2*");
    }

    [Fact]
    public void Deserialize_NotJson_ThrowsInvalidData()
    {
        var data = new BinaryData(Encoding.UTF8.GetBytes("not a slot"));

        var read = () => SlotStateSerializer.Instance.Deserialize<SlotState>(data);

        read.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Serialize_OtherType_ThrowsNotSupported()
    {
        var write = () => SlotStateSerializer.Instance.Serialize("a string");

        write.Should().Throw<NotSupportedException>();
    }
}
