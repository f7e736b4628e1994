using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClaimCheck.Classification;

/// <summary>
/// The smooth part of the training objective of multinomial logistic regression: the weighted mean
/// cross-entropy over a sparse data set plus an L2 penalty on the weights (not the intercepts).
/// </summary>
/// <remarks>
/// Not thread-safe (it reuses a scratch array). Parameters are laid out feature-major: weight (f, k) at <c>f · S + k</c> for the
/// <c>F</c> compact features, then the <c>K</c> intercepts, where the stride <c>S</c> is <c>K</c> rounded up to a multiple of <see cref="Lanes"/>. Example weights must sum to 1.
/// </remarks>
internal sealed class SoftmaxObjective
{
    /// <summary>Weights are processed this many at a time.</summary>
    public const int Lanes = 4;

    private readonly int[] _rowStarts;
    private readonly int[] _columns;
    private readonly float[] _values;
    private readonly int[] _labels;
    private readonly float[] _exampleWeights;
    private readonly int _classes;
    private readonly float _l2;
    private readonly float[] _scores;

    public SoftmaxObjective(int[] rowStarts, int[] columns, float[] values, int[] labels, float[] exampleWeights, int features, int classes, float l2)
    {
        _rowStarts = rowStarts;
        _columns = columns;
        _values = values;
        _labels = labels;
        _exampleWeights = exampleWeights;
        _classes = classes;
        _l2 = l2;
        Stride = (classes + Lanes - 1) / Lanes * Lanes;
        _scores = new float[Stride];
        RegularizedCount = features * Stride;
        Dimension = RegularizedCount + Stride;
    }

    /// <summary>The class count rounded up to a multiple of <see cref="Lanes"/>: the distance between consecutive features' weights.</summary>
    /// <remarks>The padding lanes have zero gradient, so they stay at zero from a zero start.</remarks>
    public int Stride { get; }

    /// <summary>The number of parameters.</summary>
    public int Dimension { get; }

    /// <summary>The number of leading parameters that are penalised (all but the intercepts).</summary>
    public int RegularizedCount { get; }

    /// <summary>Computes the objective at <paramref name="parameters"/> and writes its gradient.</summary>
    /// <remarks>
    /// Each feature's class weights are processed four at a time with <see cref="Vector128{T}"/> loads that skip bounds
    /// checks: every column index was produced by the trainer and is below the feature count, so every access is in range.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(float[] parameters, float[] gradient)
    {
        Array.Clear(gradient);
        var k = _classes;
        var stride = Stride;
        var columns = _columns;
        var values = _values;
        var rowStarts = _rowStarts;
        var scores = _scores;
        ref var p0 = ref MemoryMarshal.GetArrayDataReference(parameters);
        ref var g0 = ref MemoryMarshal.GetArrayDataReference(gradient);
        ref var s0 = ref MemoryMarshal.GetArrayDataReference(scores);
        var biasOffset = (nuint)RegularizedCount;
        var loss = 0.0;
        for (var i = 0; i < _labels.Length; i++)
        {
            var start = rowStarts[i];
            var end = rowStarts[i + 1];
            for (var b = 0; b < stride; b += Lanes)
            {
                var acc = Vector128.LoadUnsafe(ref p0, biasOffset + (nuint)b);
                for (var j = start; j < end; j++)
                {
                    acc += Vector128.LoadUnsafe(ref p0, (nuint)((columns[j] * stride) + b)) * values[j];
                }

                acc.StoreUnsafe(ref s0, (nuint)b);
            }

            var max = (double)scores[0];
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
                scores[c] = (float)(w * (Math.Exp(scores[c] - logSumExp) - (c == label ? 1 : 0)));
            }

            for (var c = k; c < stride; c++)
            {
                scores[c] = 0;
            }

            for (var b = 0; b < stride; b += Lanes)
            {
                var g = Vector128.LoadUnsafe(ref s0, (nuint)b);
                var biasIndex = biasOffset + (nuint)b;
                (Vector128.LoadUnsafe(ref g0, biasIndex) + g).StoreUnsafe(ref g0, biasIndex);
                for (var j = start; j < end; j++)
                {
                    var index = (nuint)((columns[j] * stride) + b);
                    (Vector128.LoadUnsafe(ref g0, index) + (g * values[j])).StoreUnsafe(ref g0, index);
                }
            }
        }

        if (_l2 > 0)
        {
            var weights = parameters.AsSpan(0, RegularizedCount);
            var weightGradient = gradient.AsSpan(0, RegularizedCount);
            loss += 0.5 * _l2 * VectorMath.Dot(weights, weights);
            VectorMath.AddScaled(weights, _l2, weightGradient);
        }

        return loss;
    }
}
