using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

/// <summary>Small, linearly separable labelled texts shared by the classifier tests.</summary>
internal static class ToyData
{
    private static readonly string[] Animals = ["cat", "dog", "horse", "cow", "sheep", "goat", "mouse", "lion"];
    private static readonly string[] Fruits = ["apple", "pear", "plum", "cherry", "grape", "mango", "lemon", "peach"];
    private static readonly string[] Vehicles = ["car", "bus", "train", "truck", "bike", "tram", "ship", "plane"];

    /// <summary>Three classes, each marked by its own vocabulary, 8 × 3 sentences per class.</summary>
    public static IReadOnlyList<LabeledText> ThreeClasses()
    {
        var data = new List<LabeledText>();
        for (var i = 0; i < 8; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var k = (i + j + 1) % 8;
                data.Add(new LabeledText($"the {Animals[i]} and the {Animals[k]} sleep", "animal"));
                data.Add(new LabeledText($"I ate a {Fruits[i]} and a {Fruits[k]}", "fruit"));
                data.Add(new LabeledText($"a {Vehicles[i]} passed the {Vehicles[k]}", "vehicle"));
            }
        }

        return data;
    }

    /// <summary>Fast, small trainer options for tests.</summary>
    public static TextClassifierTrainerOptions SmallOptions() => new()
    {
        WordNgramLength = 1,
        CharNgramLength = 3,
        MaximumNumberOfIterations = 50,
        L2Regularization = 1e-3f,
    };
}
