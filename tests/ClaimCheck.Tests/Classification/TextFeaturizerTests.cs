using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class TextFeaturizerTests
{
    private static FeaturizerSettings Settings(int wordMin = 1, int wordMax = 2, int charMin = 0, int charMax = 0, int hashBits = 20, bool sublinear = false, bool digits = true) =>
        new(wordMin, wordMax, charMin, charMax, hashBits, sublinear, NormalizeDigits: digits);

    public static TheoryData<string, string> NormalizationCases => new()
    {
        { "Hello, World", " hello world " },
        { "  Don't   STOP  ", " dont stop " },
        { "He’s here", " hes here " },
        { "Up 3,000 (12.5%) in 2024!", " up 0 000 00 0 % in 0000 ! " },
        { "Who said “no”?", " who said \" no \" ? " },
        { "Cost: $5 or €4 or £3", " cost $ 0 or € 0 or £ 0 " },
        { "'quoted'", " quoted " },
        { "", " " },
        { "Ünïcödé ÉCOLE", " ünïcödé école " },
    };

    [Theory]
    [MemberData(nameof(NormalizationCases))]
    public void Normalize_Text_LowercasesAndSeparatesWords(string text, string expected)
    {
        var output = new char[(text.Length * 2) + 2];
        var starts = new int[text.Length + 1];

        TextFeaturizer.Normalize(text, output, starts, normalizeDigits: true, out var length);

        new string(output, 0, length).Should().Be(expected);
    }

    [Fact]
    public void Normalize_DigitsKept_WhenNormalizationOff()
    {
        var output = new char[32];
        var starts = new int[16];

        var words = TextFeaturizer.Normalize("In 2024", output, starts, normalizeDigits: false, out var length);

        new string(output, 0, length).Should().Be(" in 2024 ");
        words.Should().Be(2);
        starts[..2].Should().Equal(1, 4);
    }

    [Theory]
    [InlineData("a b c", 1, 1, 3)]
    [InlineData("a b c", 1, 2, 5)]
    [InlineData("a b c", 2, 3, 3)]
    [InlineData("a b c d e", 1, 3, 12)]
    public void Extract_WordNgrams_CountsEveryDistinctNgram(string text, int min, int max, int expected)
    {
        var featurizer = new TextFeaturizer(Settings(min, max));

        featurizer.Extract(text, new FeatureScratch()).Should().Be(expected);
    }

    [Fact]
    public void Extract_CharNgrams_SlideOverNormalizedTextWithBoundaries()
    {
        // " ab " has the bigrams " a", "ab", "b " and the trigrams " ab", "ab ".
        var featurizer = new TextFeaturizer(Settings(0, 0, 2, 3));

        featurizer.Extract("AB", new FeatureScratch()).Should().Be(5);
    }

    [Fact]
    public void Extract_RepeatedWords_CountTermFrequency()
    {
        var scratch = new FeatureScratch();
        var featurizer = new TextFeaturizer(Settings(1, 1));

        var count = featurizer.Extract("spam spam SPAM eggs", scratch);

        count.Should().Be(2);
        scratch.FeatureValueBuffer[..2].Should().BeEquivalentTo([3f, 1f]);
    }

    [Fact]
    public void Extract_SublinearTf_UsesOnePlusLogCount()
    {
        var scratch = new FeatureScratch();
        var featurizer = new TextFeaturizer(Settings(1, 1, sublinear: true));

        featurizer.Extract("spam spam spam eggs", scratch);

        scratch.FeatureValueBuffer[..2].Should().BeEquivalentTo([1f + MathF.Log(3), 1f]);
    }

    [Fact]
    public void Extract_SameTextTwice_GivesIdenticalDistinctIndices()
    {
        var featurizer = new TextFeaturizer(Settings(1, 2, 3, 5, hashBits: 18));
        var first = new FeatureScratch();
        var second = new FeatureScratch();
        const string Text = "North Korea deployed at least 3,000 troops to eastern Russia.";

        var n1 = featurizer.Extract(Text, first);
        var n2 = featurizer.Extract(Text, second);

        n2.Should().Be(n1);
        first.FeatureIndexBuffer[..n1].Should().Equal(second.FeatureIndexBuffer[..n2]);
        first.FeatureIndexBuffer[..n1].Should().OnlyHaveUniqueItems();
        first.FeatureIndexBuffer[..n1].Should().OnlyContain(i => i >= 0 && i < (1 << 18));
    }

    [Fact]
    public void Extract_CaseAndDigitVariants_ShareFeatures()
    {
        var featurizer = new TextFeaturizer(Settings(1, 2, 3, 4));
        var a = new FeatureScratch();
        var b = new FeatureScratch();

        var n1 = featurizer.Extract("SENT 3,000 TROOPS", a);
        var n2 = featurizer.Extract("sent 5,123 troops", b);

        a.FeatureIndexBuffer[..n1].Should().Equal(b.FeatureIndexBuffer[..n2]);
    }

    [Fact]
    public void Extract_KnownText_GivesPinnedHash()
    {
        // Pins the hash function: changing it silently would invalidate every saved model.
        var scratch = new FeatureScratch();
        var featurizer = new TextFeaturizer(Settings(1, 1, hashBits: 20));

        featurizer.Extract("troops", scratch).Should().Be(1);

        scratch.FeatureIndexBuffer[0].Should().Be(PinnedTroopsIndex);
    }

    [Fact]
    public void Extract_EmptyOrSymbolFreeText_GivesNoWordFeatures()
    {
        var featurizer = new TextFeaturizer(Settings(1, 2));

        featurizer.Extract("", new FeatureScratch()).Should().Be(0);
        featurizer.Extract(" ,;:- ", new FeatureScratch()).Should().Be(0);
    }

    [Fact]
    public void Extract_HugeText_ReadsOnlyTheBoundedPrefix()
    {
        var featurizer = new TextFeaturizer(Settings(1, 2, 3, 5));
        var huge = string.Concat(Enumerable.Repeat("word ", 200_000));
        var prefix = huge[..TextFeaturizer.MaxTextLength];

        var a = new FeatureScratch();
        var b = new FeatureScratch();

        featurizer.Extract(huge, a).Should().Be(featurizer.Extract(prefix, b));
    }

    [Fact]
    public void Weigh_Values_AreL2NormalizedAndZerosDropped()
    {
        int[] indices = [1, 2, 3];
        float[] values = [3, 4, 0];

        var kept = TextFeaturizer.Weigh(indices, values, []);

        kept.Should().Be(2);
        values[..2].Should().Equal(0.6f, 0.8f);
    }

    [Fact]
    public void Weigh_ZeroScale_DropsFeature()
    {
        int[] indices = [0, 1, 2];
        float[] values = [1, 1, 1];
        float[] scales = [2, 0, 2];

        var kept = TextFeaturizer.Weigh(indices, values, scales);

        kept.Should().Be(2);
        indices[..2].Should().Equal(0, 2);
        values[0].Should().BeApproximately(MathF.Sqrt(0.5f), 1e-6f);
    }

    private const int PinnedTroopsIndex = 966_526;
}
