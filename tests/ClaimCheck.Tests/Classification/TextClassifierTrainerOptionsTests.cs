using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

public sealed class TextClassifierTrainerOptionsTests
{
    public static TheoryData<Action<TextClassifierTrainerOptions>, string> InvalidSettings => new()
    {
        { o => o.Algorithm = (MaximumEntropyAlgorithm)9, nameof(TextClassifierTrainerOptions.Algorithm) },
        { o => o.WordNgramLength = -1, nameof(TextClassifierTrainerOptions.WordNgramLength) },
        { o => o.WordNgramLength = 6, nameof(TextClassifierTrainerOptions.WordNgramLength) },
        { o => o.CharNgramLength = -1, nameof(TextClassifierTrainerOptions.CharNgramLength) },
        { o => o.CharNgramLength = 9, nameof(TextClassifierTrainerOptions.CharNgramLength) },
        { o => (o.WordNgramLength, o.CharNgramLength) = (0, 0), nameof(TextClassifierTrainerOptions.WordNgramLength) },
        { o => o.Weighting = (NgramWeighting)9, nameof(TextClassifierTrainerOptions.Weighting) },
        { o => o.L2Regularization = -1e-6f, nameof(TextClassifierTrainerOptions.L2Regularization) },
        { o => o.L2Regularization = float.NaN, nameof(TextClassifierTrainerOptions.L2Regularization) },
        { o => o.L2Regularization = float.PositiveInfinity, nameof(TextClassifierTrainerOptions.L2Regularization) },
        { o => o.L1Regularization = -1, nameof(TextClassifierTrainerOptions.L1Regularization) },
        { o => o.MaximumNumberOfIterations = 0, nameof(TextClassifierTrainerOptions.MaximumNumberOfIterations) },
        { o => o.ClassWeighting = (ClassWeighting)7, nameof(TextClassifierTrainerOptions.ClassWeighting) },
        { o => o.SourceWeight = 0, nameof(TextClassifierTrainerOptions.SourceWeight) },
        { o => o.SourceWeight = float.NaN, nameof(TextClassifierTrainerOptions.SourceWeight) },
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

        options.Algorithm.Should().Be(TextClassifierTrainerOptions.DefaultAlgorithm);
        options.WordNgramLength.Should().Be(TextClassifierTrainerOptions.DefaultWordNgramLength);
        options.CharNgramLength.Should().Be(TextClassifierTrainerOptions.DefaultCharNgramLength);
        options.AllCharNgramLengths.Should().Be(TextClassifierTrainerOptions.DefaultAllCharNgramLengths);
        options.Weighting.Should().Be(TextClassifierTrainerOptions.DefaultWeighting);
        options.L2Regularization.Should().Be(TextClassifierTrainerOptions.DefaultL2Regularization);
        options.L1Regularization.Should().Be(TextClassifierTrainerOptions.DefaultL1Regularization);
        options.MaximumNumberOfIterations.Should().Be(TextClassifierTrainerOptions.DefaultMaximumNumberOfIterations);
        options.ClassWeighting.Should().Be(TextClassifierTrainerOptions.DefaultClassWeighting);
        options.SourceWeight.Should().Be(TextClassifierTrainerOptions.DefaultSourceWeight);
        options.FoldText.Should().Be(TextClassifierTrainerOptions.DefaultFoldText);
        options.CueFeatures.Should().Be(TextClassifierTrainerOptions.DefaultCueFeatures);
        options.Seed.Should().Be(TextClassifierTrainerOptions.DefaultSeed);
        options.Validate();
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 0)]
    public void Validate_OneKindOfNgramDisabled_IsAccepted(int word, int character)
    {
        var options = new TextClassifierTrainerOptions { WordNgramLength = word, CharNgramLength = character };

        var validate = options.Validate;

        validate.Should().NotThrow();
    }

    [Fact]
    public void TrainerConstructor_OptionsChangedLater_DoesNotAffectTrainer()
    {
        var options = ToyData.SmallOptions();
        var trainer = new TextClassifierTrainer(options);
        var before = trainer.Fit(ToyData.ThreeClasses()).Predict("the cat and the dog sleep");

        options.WordNgramLength = 0;
        options.CharNgramLength = 1;
        var after = trainer.Fit(ToyData.ThreeClasses()).Predict("the cat and the dog sleep");

        after.Probabilities.Should().Equal(before.Probabilities);
    }
}
