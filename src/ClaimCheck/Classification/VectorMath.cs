using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClaimCheck.Classification;

/// <summary>
/// The dense vector operations of L-BFGS, written with <see cref="Vector{T}"/> and compiled fully optimised on
/// first call.
/// </summary>
/// <remarks>
/// Measured against <c>TensorPrimitives</c> on the built-in model's first use (which trains once per process):
/// the library's generic kernels start as unoptimised tier-0 code and cost tens of milliseconds before they are
/// rejitted, more than the arithmetic itself. Steady-state speed is the same. Prediction, which runs many times,
/// still uses <c>TensorPrimitives</c>.
/// </remarks>
internal static class VectorMath
{
    /// <summary>Σ a_i · b_i, accumulated in single precision per lane and summed in double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b[..a.Length]);
        var acc = Vector<float>.Zero;
        for (var i = 0; i < va.Length; i++)
        {
            acc += va[i] * vb[i];
        }

        var sum = (double)Vector.Sum(acc);
        for (var i = va.Length * Vector<float>.Count; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>y ← y + alpha · x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(ReadOnlySpan<float> x, float alpha, Span<float> y)
    {
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var vy = MemoryMarshal.Cast<float, Vector<float>>(y[..x.Length]);
        var va = new Vector<float>(alpha);
        for (var i = 0; i < vx.Length; i++)
        {
            vy[i] += va * vx[i];
        }

        for (var i = vx.Length * Vector<float>.Count; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    /// <summary>z ← a + alpha · x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(ReadOnlySpan<float> a, float alpha, ReadOnlySpan<float> x, Span<float> z)
    {
        a.CopyTo(z);
        AddScaled(x, alpha, z);
    }

    /// <summary>x ← alpha · x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scale(Span<float> x, float alpha)
    {
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var va = new Vector<float>(alpha);
        for (var i = 0; i < vx.Length; i++)
        {
            vx[i] *= va;
        }

        for (var i = vx.Length * Vector<float>.Count; i < x.Length; i++)
        {
            x[i] *= alpha;
        }
    }

    /// <summary>z ← a − b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Subtract(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> z)
    {
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b[..a.Length]);
        var vz = MemoryMarshal.Cast<float, Vector<float>>(z[..a.Length]);
        for (var i = 0; i < va.Length; i++)
        {
            vz[i] = va[i] - vb[i];
        }

        for (var i = va.Length * Vector<float>.Count; i < a.Length; i++)
        {
            z[i] = a[i] - b[i];
        }
    }

    /// <summary>Σ |x_i|.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SumOfMagnitudes(ReadOnlySpan<float> x)
    {
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var acc = Vector<float>.Zero;
        for (var i = 0; i < vx.Length; i++)
        {
            acc += Vector.Abs(vx[i]);
        }

        var sum = (double)Vector.Sum(acc);
        for (var i = vx.Length * Vector<float>.Count; i < x.Length; i++)
        {
            sum += Math.Abs(x[i]);
        }

        return sum;
    }
}
