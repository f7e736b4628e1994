using System.Runtime.CompilerServices;

namespace ClaimCheck.Classification;

/// <summary>
/// Limited-memory BFGS with a backtracking (Armijo) line search; with an L1 penalty it becomes OWL-QN
/// (Andrew and Gao, 2007), the optimiser behind ML.NET's L-BFGS trainers.
/// </summary>
/// <remarks>
/// Training usually runs once per process (the built-in claim-type model trains on first use), so the loop-heavy
/// training methods are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: their first and only run
/// would otherwise execute as unoptimised tier-0 code.
/// </remarks>
internal static class Lbfgs
{
    /// <summary>Correction pairs kept.</summary>
    private const int Memory = 5;

    /// <summary>Iterations over which the relative improvement is averaged for the convergence test.</summary>
    private const int ConvergenceWindow = 5;

    private const int MaxLineSearchSteps = 30;
    private const double ArmijoFactor = 1e-4;

    /// <summary>Minimises <c>objective + l1 · |x[..RegularizedCount]|₁</c> from zero.</summary>
    /// <returns>The parameters found and the number of iterations run.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (float[] Parameters, int Iterations) Minimize(SoftmaxObjective objective, float l1, int maxIterations, float tolerance)
    {
        var dim = objective.Dimension;
        var reg = objective.RegularizedCount;
        var x = new float[dim];
        var g = new float[dim];
        var xNew = new float[dim];
        var gNew = new float[dim];
        var pg = new float[dim];
        var d = new float[dim];
        var s = new float[Memory][];
        var y = new float[Memory][];
        var rho = new double[Memory];
        var alpha = new double[Memory];
        var history = 0;
        var newest = -1;
        var recent = new double[ConvergenceWindow + 1];

        var fx = objective.Evaluate(x, g) + (l1 * VectorMath.SumOfMagnitudes(x.AsSpan(0, reg)));
        recent[0] = fx;
        var iteration = 0;
        while (iteration < maxIterations)
        {
            iteration++;
            PseudoGradient(x, g, l1, reg, pg);
            var pgNorm = (float)Math.Sqrt(VectorMath.Dot(pg, pg));
            if (pgNorm == 0 || !float.IsFinite(pgNorm))
            {
                break;
            }

            pg.CopyTo(d, 0);
            for (var n = 0; n < history; n++)
            {
                var i = (newest - n + Memory) % Memory;
                alpha[i] = rho[i] * VectorMath.Dot(s[i], d);
                VectorMath.AddScaled(y[i], (float)-alpha[i], d);
            }

            if (history > 0)
            {
                var gamma = VectorMath.Dot(s[newest], y[newest]) / VectorMath.Dot(y[newest], y[newest]);
                VectorMath.Scale(d, (float)gamma);
            }

            for (var n = history - 1; n >= 0; n--)
            {
                var i = (newest - n + Memory) % Memory;
                var beta = rho[i] * VectorMath.Dot(y[i], d);
                VectorMath.AddScaled(s[i], (float)(alpha[i] - beta), d);
            }

            VectorMath.Scale(d, -1f);
            if (l1 > 0)
            {
                for (var j = 0; j < reg; j++)
                {
                    if (d[j] * pg[j] >= 0)
                    {
                        d[j] = 0;
                    }
                }
            }

            if (VectorMath.Dot(d, pg) >= 0)
            {
                history = 0;
                pg.CopyTo(d, 0);
                VectorMath.Scale(d, -1f);
            }

            var step = history == 0 ? 1.0f / pgNorm : 1.0f;
            var fNew = double.NaN;
            var accepted = false;
            for (var attempt = 0; attempt < MaxLineSearchSteps && !accepted; attempt++)
            {
                VectorMath.AddScaled(x, step, d, xNew);
                if (l1 > 0)
                {
                    ProjectOntoOrthant(xNew, x, pg, reg);
                }

                fNew = objective.Evaluate(xNew, gNew) + (l1 * VectorMath.SumOfMagnitudes(xNew.AsSpan(0, reg)));
                accepted = fNew <= fx + (ArmijoFactor * DirectionalChange(xNew, x, pg));
                if (!accepted)
                {
                    step *= 0.5f;
                }
            }

            if (!accepted)
            {
                break;
            }

            newest = (newest + 1) % Memory;
            s[newest] ??= new float[dim];
            y[newest] ??= new float[dim];
            VectorMath.Subtract(xNew, x, s[newest]);
            VectorMath.Subtract(gNew, g, y[newest]);
            var sy = VectorMath.Dot(s[newest], y[newest]);
            if (sy > 1e-10f)
            {
                rho[newest] = 1.0 / sy;
                history = Math.Min(history + 1, Memory);
            }
            else
            {
                newest = (newest - 1 + Memory) % Memory;
            }

            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            fx = fNew;

            recent[iteration % recent.Length] = fx;
            var window = Math.Min(iteration, ConvergenceWindow);
            var before = recent[(iteration - window) % recent.Length];
            if ((before - fx) / (Math.Max(Math.Abs(fx), 1e-12) * window) < tolerance)
            {
                break;
            }
        }

        return (x, iteration);
    }

    /// <summary>The sum over j of pg_j · (a_j − b_j), without allocating.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double DirectionalChange(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> pg)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += pg[j] * (double)(a[j] - b[j]);
        }

        return sum;
    }

    /// <summary>The OWL-QN pseudo-gradient: the steepest-descent direction of the L1-penalised objective, negated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PseudoGradient(ReadOnlySpan<float> x, ReadOnlySpan<float> g, float l1, int reg, Span<float> pg)
    {
        g.CopyTo(pg);
        if (l1 == 0)
        {
            return;
        }

        for (var j = 0; j < reg; j++)
        {
            if (x[j] > 0)
            {
                pg[j] = g[j] + l1;
            }
            else if (x[j] < 0)
            {
                pg[j] = g[j] - l1;
            }
            else if (g[j] + l1 < 0)
            {
                pg[j] = g[j] + l1;
            }
            else if (g[j] - l1 > 0)
            {
                pg[j] = g[j] - l1;
            }
            else
            {
                pg[j] = 0;
            }
        }
    }

    /// <summary>Zeroes the coordinates of <paramref name="candidate"/> that left the orthant chosen at <paramref name="origin"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ProjectOntoOrthant(Span<float> candidate, ReadOnlySpan<float> origin, ReadOnlySpan<float> pg, int reg)
    {
        for (var j = 0; j < reg; j++)
        {
            var orthant = origin[j] != 0 ? MathF.Sign(origin[j]) : -MathF.Sign(pg[j]);
            if (MathF.Sign(candidate[j]) != orthant)
            {
                candidate[j] = 0;
            }
        }
    }
}
