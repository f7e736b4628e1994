using System.Buffers.Binary;
using System.Text;
using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class TextClassifierModelTests
{
    private static readonly Lazy<TextClassifierModel> LazyModel = new(() => new TextClassifierTrainer(ToyData.SmallOptions()).Fit(ToyData.ThreeClasses()));
    private static readonly Lazy<byte[]> LazyBytes = new(() => Save(LazyModel.Value));

    private static TextClassifierModel Model => LazyModel.Value;

    private static byte[] Bytes => LazyBytes.Value;

    public static TheoryData<string> Probes => new()
    {
        "the cow and the goat sleep",
        "I ate a peach",
        "a bus passed the plane",
        "",
        "something entirely different, with 12 numbers?",
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void Load_SavedModel_PredictsExactlyTheSame(string text)
    {
        var loaded = TextClassifierModel.Load(new MemoryStream(Bytes));

        loaded.Labels.Should().Equal(Model.Labels);
        var expected = Model.Predict(text);
        var actual = loaded.Predict(text);
        actual.Label.Should().Be(expected.Label);
        actual.Probabilities.Should().Equal(expected.Probabilities);
    }

    [Fact]
    public void Save_LoadedModel_WritesIdenticalBytes()
    {
        var loaded = TextClassifierModel.Load(new MemoryStream(Bytes));

        Save(loaded).Should().Equal(Bytes);
    }

    [Fact]
    public void Load_ModelFollowedByOtherData_ReadsOnlyTheModel()
    {
        var stream = new MemoryStream([.. Bytes, .. "trailing"u8.ToArray()]);

        TextClassifierModel.Load(stream);

        stream.Position.Should().Be(Bytes.Length);
    }

    [Fact]
    public void Load_Empty_ThrowsSayingEmpty()
    {
        var load = () => TextClassifierModel.Load(new MemoryStream());

        load.Should().Throw<InvalidDataException>().WithMessage("*empty*");
    }

    [Theory]
    [InlineData(12, "*header*")]
    [InlineData(16, "*payload has 0 of*")]
    [InlineData(17, "*payload has 1 of*")]
    [InlineData(40, "*payload*")]
    [InlineData(-40, "*payload has*")]
    [InlineData(-32, "*checksum has 0 of 32*")]
    [InlineData(-1, "*checksum has 31 of 32*")]
    public void Load_Truncated_ThrowsSayingWhere(int length, string message)
    {
        var cut = length >= 0 ? length : Bytes.Length + length;

        var load = () => TextClassifierModel.Load(new MemoryStream(Bytes[..cut]));

        load.Should().Throw<InvalidDataException>().WithMessage("Truncated model*").WithMessage(message);
    }

    [Fact]
    public void Load_TruncatedInTheMiddleOfTheWeights_Throws()
    {
        var load = () => TextClassifierModel.Load(new MemoryStream(Bytes[..(Bytes.Length / 2)]));

        load.Should().Throw<InvalidDataException>().WithMessage("Truncated model: the payload has*");
    }

    [Theory]
    [InlineData("PK\u0003\u0004 a zip file, not a model")]
    [InlineData("[{\"text\": \"a json file\"}]")]
    [InlineData("CCTX")]
    public void Load_ForeignFile_ThrowsSayingNotAModel(string content)
    {
        var load = () => TextClassifierModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(content)));

        load.Should().Throw<InvalidDataException>().WithMessage("Not a ClaimCheck text-classifier model*");
    }

    [Fact]
    public void Load_BadMagic_Throws()
    {
        var bytes = Bytes.ToArray();
        bytes[0] = (byte)'X';

        var load = () => TextClassifierModel.Load(new MemoryStream(bytes));

        load.Should().Throw<InvalidDataException>().WithMessage("*magic*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(ushort.MaxValue)]
    public void Load_UnsupportedVersion_ThrowsNamingIt(int version)
    {
        var bytes = Bytes.ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)version);

        var load = () => TextClassifierModel.Load(new MemoryStream(bytes));

        load.Should().Throw<InvalidDataException>().WithMessage($"Unsupported model format version {version}*");
    }

    [Fact]
    public void Load_HugeDeclaredPayload_ThrowsWithoutAllocatingIt()
    {
        var bytes = Bytes.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), uint.MaxValue);

        var load = () => TextClassifierModel.Load(new MemoryStream(bytes));

        load.Should().Throw<InvalidDataException>().WithMessage("Corrupt model: the header declares a payload*");
    }

    [Fact]
    public void Load_LargerDeclaredPayloadThanPresent_ThrowsTruncated()
    {
        var bytes = Bytes.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), 100_000_000);

        var load = () => TextClassifierModel.Load(new MemoryStream(bytes));

        load.Should().Throw<InvalidDataException>().WithMessage("Truncated model: the payload*");
    }

    [Theory]
    [InlineData(16)]
    [InlineData(20)]
    [InlineData(0.5)]
    [InlineData(-33)]
    [InlineData(-1)]
    public void Load_FlippedByte_FailsTheChecksum(double position)
    {
        var bytes = Bytes.ToArray();
        var index = position switch
        {
            < 0 => bytes.Length + (int)position,
            < 1 => (int)(bytes.Length * position),
            _ => (int)position,
        };
        bytes[index] ^= 0x10;

        var load = () => TextClassifierModel.Load(new MemoryStream(bytes));

        load.Should().Throw<InvalidDataException>().WithMessage("*checksum does not match*");
    }

    [Fact]
    public void Predict_SpanTooShort_Throws()
    {
        var predict = () => Model.Predict("a cat", new float[2]);

        predict.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("probabilities");
    }

    [Fact]
    public void Predict_SpanOverload_MatchesStringOverload()
    {
        Span<float> probabilities = stackalloc float[3];

        var best = Model.Predict("I ate a grape", probabilities);

        var prediction = Model.Predict("I ate a grape");
        Model.Labels[best].Should().Be(prediction.Label);
        probabilities.ToArray().Should().Equal(prediction.Probabilities);
    }

    [Fact]
    public void PredictBatch_Texts_MatchesSinglePredictions()
    {
        string[] texts = ["a cat", "a plum", "a ship"];

        var batch = Model.PredictBatch(texts);

        batch.Select(p => p.Label).Should().Equal(texts.Select(t => Model.Predict(t).Label));
    }

    [Fact]
    public void Predict_ManyThreads_GivesTheSameAnswers()
    {
        var texts = ToyData.ThreeClasses().Select(d => d.Text).ToArray();
        var expected = texts.Select(t => Model.Predict(t).Probabilities.ToArray()).ToArray();
        var actual = new float[texts.Length][];

        Parallel.For(0, texts.Length * 20, i => actual[i % texts.Length] = Model.Predict(texts[i % texts.Length]).Probabilities.ToArray());

        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    private static byte[] Save(TextClassifierModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
