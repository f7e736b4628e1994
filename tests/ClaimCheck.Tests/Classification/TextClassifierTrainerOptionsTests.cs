using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class TextClassifierTrainerOptionsTests
{
    public static TheoryData<Action<TextClassifierTrainerOptions>, string> InvalidSettings => new()
    {
        { o => o.WordNgramMinLength = -1, nameof(TextClassifierTrainerOptions.WordNgramMinLength) },
        { o => o.WordNgramMinLength = 3, nameof(TextClassifierTrainerOptions.WordNgramMaxLength) },
        { o => o.WordNgramMaxLength = 6, nameof(TextClassifierTrainerOptions.WordNgramMaxLength) },
        { o => o.WordNgramMinLength = 0, nameof(TextClassifierTrainerOptions.WordNgramMinLength) },
        { o => o.CharNgramMinLength = 0, nameof(TextClassifierTrainerOptions.CharNgramMinLength) },
        { o => o.CharNgramMaxLength = 9, nameof(TextClassifierTrainerOptions.CharNgramMaxLength) },
        { o => o.CharNgramMaxLength = 2, nameof(TextClassifierTrainerOptions.CharNgramMaxLength) },
        { o => (o.WordNgramMinLength, o.WordNgramMaxLength, o.CharNgramMinLength, o.CharNgramMaxLength) = (0, 0, 0, 0), nameof(TextClassifierTrainerOptions.WordNgramMaxLength) },
        { o => o.HashBits = 7, nameof(TextClassifierTrainerOptions.HashBits) },
        { o => o.HashBits = 25, nameof(TextClassifierTrainerOptions.HashBits) },
        { o => o.L2Regularization = -1e-6f, nameof(TextClassifierTrainerOptions.L2Regularization) },
        { o => o.L2Regularization = float.NaN, nameof(TextClassifierTrainerOptions.L2Regularization) },
        { o => o.L2Regularization = float.PositiveInfinity, nameof(TextClassifierTrainerOptions.L2Regularization) },
        { o => o.L1Regularization = -1, nameof(TextClassifierTrainerOptions.L1Regularization) },
        { o => o.MaximumNumberOfIterations = 0, nameof(TextClassifierTrainerOptions.MaximumNumberOfIterations) },
        { o => o.ConvergenceTolerance = 0, nameof(TextClassifierTrainerOptions.ConvergenceTolerance) },
        { o => o.ConvergenceTolerance = 1, nameof(TextClassifierTrainerOptions.ConvergenceTolerance) },
        { o => o.ClassWeighting = (ClassWeighting)7, nameof(TextClassifierTrainerOptions.ClassWeighting) },
        { o => o.MinDocumentFrequency = 0, nameof(TextClassifierTrainerOptions.MinDocumentFrequency) },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_OutOfRange_ThrowsNamingTheOption(Action<TextClassifierTrainerOptions> change, string expectedName)
    {
        var options = new TextClassifierTrainerOptions();
        change(options);

        var validate = options.Validate;

        validate.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(expectedName);
    }

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void TrainerConstructor_OutOfRange_Throws(Action<TextClassifierTrainerOptions> change, string expectedName)
    {
        var options = new TextClassifierTrainerOptions();
        change(options);

        var create = () => new TextClassifierTrainer(options);

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(expectedName);
    }

    [Fact]
    public void Constructor_Defaults_MatchTheDocumentedConstants()
    {
        var options = new TextClassifierTrainerOptions();

        options.WordNgramMinLength.Should().Be(TextClassifierTrainerOptions.DefaultWordNgramMinLength);
        options.WordNgramMaxLength.Should().Be(TextClassifierTrainerOptions.DefaultWordNgramMaxLength);
        options.CharNgramMinLength.Should().Be(TextClassifierTrainerOptions.DefaultCharNgramMinLength);
        options.CharNgramMaxLength.Should().Be(TextClassifierTrainerOptions.DefaultCharNgramMaxLength);
        options.HashBits.Should().Be(TextClassifierTrainerOptions.DefaultHashBits);
        options.L2Regularization.Should().Be(TextClassifierTrainerOptions.DefaultL2Regularization);
        options.L1Regularization.Should().Be(TextClassifierTrainerOptions.DefaultL1Regularization);
        options.MaximumNumberOfIterations.Should().Be(TextClassifierTrainerOptions.DefaultMaximumNumberOfIterations);
        options.ConvergenceTolerance.Should().Be(TextClassifierTrainerOptions.DefaultConvergenceTolerance);
        options.ClassWeighting.Should().Be(TextClassifierTrainerOptions.DefaultClassWeighting);
        options.SublinearTf.Should().Be(TextClassifierTrainerOptions.DefaultSublinearTf);
        options.UseIdf.Should().Be(TextClassifierTrainerOptions.DefaultUseIdf);
        options.NormalizeDigits.Should().Be(TextClassifierTrainerOptions.DefaultNormalizeDigits);
        options.MinDocumentFrequency.Should().Be(TextClassifierTrainerOptions.DefaultMinDocumentFrequency);
        options.Seed.Should().Be(TextClassifierTrainerOptions.DefaultSeed);
        options.Validate();
    }

    [Fact]
    public void Validate_DisabledCharNgrams_IsAccepted()
    {
        var options = new TextClassifierTrainerOptions { CharNgramMinLength = 0, CharNgramMaxLength = 0 };

        var validate = options.Validate;

        validate.Should().NotThrow();
    }

    [Fact]
    public void TrainerConstructor_OptionsChangedLater_DoesNotAffectTrainer()
    {
        var options = ToyData.SmallOptions();
        var trainer = new TextClassifierTrainer(options);
        var before = Save(trainer.Fit(ToyData.ThreeClasses()));

        options.HashBits = 20;
        options.L2Regularization = 1;

        Save(trainer.Fit(ToyData.ThreeClasses())).Should().Equal(before);
    }

    private static byte[] Save(TextClassifierModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
