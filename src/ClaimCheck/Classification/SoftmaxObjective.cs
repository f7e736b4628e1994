namespace ClaimCheck.Classification;

/// <summary>
/// The smooth part of the training objective of multinomial logistic regression: the weighted mean
/// cross-entropy over a sparse data set plus an L2 penalty on the weights (not the intercepts).
/// </summary>
/// <remarks>
/// Not thread-safe (it reuses a scratch array). Parameters are laid out feature-major: weight (f, k) at <c>f · K + k</c> for the <c>F</c> compact features,
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
    private readonly double[] _scores;

    public SoftmaxObjective(int[] rowStarts, int[] columns, float[] values, int[] labels, float[] exampleWeights, int features, int classes, float l2)
    {
        _rowStarts = rowStarts;
        _columns = columns;
        _values = values;
        _labels = labels;
        _exampleWeights = exampleWeights;
        _classes = classes;
        _l2 = l2;
        _scores = new double[classes];
        RegularizedCount = features * classes;
        Dimension = RegularizedCount + classes;
    }

    /// <summary>The number of parameters.</summary>
    public int Dimension { get; }

    /// <summary>The number of leading parameters that are penalised (all but the intercepts).</summary>
    public int RegularizedCount { get; }

    /// <summary>Computes the objective at <paramref name="parameters"/> and writes its gradient.</summary>
    /// <remarks>Plain array indexing rather than span slices keeps this loop fast in unoptimised (Debug) builds too.</remarks>
    public double Evaluate(float[] parameters, float[] gradient)
    {
        Array.Clear(gradient);
        var k = _classes;
        var reg = RegularizedCount;
        var columns = _columns;
        var values = _values;
        var rowStarts = _rowStarts;
        var scores = _scores;
        var loss = 0.0;
        for (var i = 0; i < _labels.Length; i++)
        {
            for (var c = 0; c < k; c++)
            {
                scores[c] = parameters[reg + c];
            }

            var start = rowStarts[i];
            var end = rowStarts[i + 1];
            for (var j = start; j < end; j++)
            {
                var offset = columns[j] * k;
                var v = (double)values[j];
                for (var c = 0; c < k; c++)
                {
                    scores[c] += v * parameters[offset + c];
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
                gradient[reg + c] += (float)scores[c];
            }

            for (var j = start; j < end; j++)
            {
                var offset = columns[j] * k;
                var v = (double)values[j];
                for (var c = 0; c < k; c++)
                {
                    gradient[offset + c] += (float)(v * scores[c]);
                }
            }
        }

        if (_l2 > 0)
        {
            var weights = parameters.AsSpan(0, reg);
            var weightGradient = gradient.AsSpan(0, reg);
            loss += 0.5 * _l2 * System.Numerics.Tensors.TensorPrimitives.Dot(weights, weights);
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(weights, _l2, weightGradient, weightGradient);
        }

        return loss;
    }
}
