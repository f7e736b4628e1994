namespace ClaimCheck.Classification;

/// <summary>
/// The smooth part of the training objective of multinomial logistic regression: the weighted mean
/// cross-entropy over a sparse data set plus an L2 penalty on the weights (not the intercepts).
/// </summary>
/// <remarks>
/// Parameters are laid out feature-major: weight (f, k) at <c>f · K + k</c> for the <c>F</c> compact features,
/// then the <c>K</c> intercepts. Example weights must sum to 1.
/// </remarks>
internal sealed class SoftmaxObjective
{
    private readonly int[] _rowStarts;
    private readonly int[] _columns;
    private readonly float[] _values;
    private readonly int[] _labels;
    private readonly float[] _exampleWeights;
    private readonly int _classes;
    private readonly float _l2;

    public SoftmaxObjective(int[] rowStarts, int[] columns, float[] values, int[] labels, float[] exampleWeights, int features, int classes, float l2)
    {
        _rowStarts = rowStarts;
        _columns = columns;
        _values = values;
        _labels = labels;
        _exampleWeights = exampleWeights;
        _classes = classes;
        _l2 = l2;
        RegularizedCount = features * classes;
        Dimension = RegularizedCount + classes;
    }

    /// <summary>The number of parameters.</summary>
    public int Dimension { get; }

    /// <summary>The number of leading parameters that are penalised (all but the intercepts).</summary>
    public int RegularizedCount { get; }

    /// <summary>Computes the objective at <paramref name="parameters"/> and writes its gradient.</summary>
    public double Evaluate(ReadOnlySpan<float> parameters, Span<float> gradient)
    {
        gradient.Clear();
        var k = _classes;
        var weights = parameters[..RegularizedCount];
        var bias = parameters[RegularizedCount..];
        var weightGradient = gradient[..RegularizedCount];
        var biasGradient = gradient[RegularizedCount..];
        Span<double> scores = stackalloc double[k];
        var loss = 0.0;
        for (var i = 0; i < _labels.Length; i++)
        {
            for (var c = 0; c < k; c++)
            {
                scores[c] = bias[c];
            }

            var start = _rowStarts[i];
            var end = _rowStarts[i + 1];
            for (var j = start; j < end; j++)
            {
                var row = weights.Slice(_columns[j] * k, k);
                var v = (double)_values[j];
                for (var c = 0; c < k; c++)
                {
                    scores[c] += v * row[c];
                }
            }

            var max = scores[0];
            for (var c = 1; c < k; c++)
            {
                max = Math.Max(max, scores[c]);
            }

            var sum = 0.0;
            for (var c = 0; c < k; c++)
            {
                sum += Math.Exp(scores[c] - max);
            }

            var logSumExp = max + Math.Log(sum);
            var w = (double)_exampleWeights[i];
            var label = _labels[i];
            loss += w * (logSumExp - scores[label]);
            for (var c = 0; c < k; c++)
            {
                scores[c] = w * (Math.Exp(scores[c] - logSumExp) - (c == label ? 1 : 0));
                biasGradient[c] += (float)scores[c];
            }

            for (var j = start; j < end; j++)
            {
                var row = weightGradient.Slice(_columns[j] * k, k);
                var v = (double)_values[j];
                for (var c = 0; c < k; c++)
                {
                    row[c] += (float)(v * scores[c]);
                }
            }
        }

        if (_l2 > 0)
        {
            loss += 0.5 * _l2 * System.Numerics.Tensors.TensorPrimitives.Dot(weights, weights);
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(weights, _l2, weightGradient, weightGradient);
        }

        return loss;
    }
}
