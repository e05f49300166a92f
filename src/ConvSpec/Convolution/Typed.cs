using System.Numerics;
using ConvSpec.Arithmetic;

namespace ConvSpec.Convolution;

/// <summary>
/// Element-type dispatch of the fast direct kernel: double runs the vectorised kernel; float is widened to double,
/// summed there and rounded once (so float results are at least as accurate as float summation); any other type
/// runs the plain checked loop, exact on integers.
/// </summary>
internal static class Typed
{
    /// <summary>out = P ⋆ K (valid correlation) with P = x gathered through <paramref name="maps"/>, whose lengths are o + κ − 1.</summary>
    public static T[] Correlate<T>(T[] x, IReadOnlyList<int> xDims, int[][] maps, T fill, T[] k, int[] kDims, int[] oDims, string operation)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        if (typeof(T) == typeof(double))
            return (T[])(object)DirectCorrelation.Run(Slab.Gather((double[])(object)x, xDims, maps, (double)(object)fill!), (double[])(object)k, kDims, oDims);
        if (typeof(T) == typeof(float))
        {
            var p = Slab.Gather(Array.ConvertAll((float[])(object)x, v => (double)v), xDims, maps, (double)(float)(object)fill!);
            var r = DirectCorrelation.Run(p, Array.ConvertAll((float[])(object)k, v => (double)v), kDims, oDims);
            return (T[])(object)Array.ConvertAll(r, v => (float)v);
        }
        return OverflowGuard.Run(operation, () => DirectCorrelation.RunGeneric(Slab.Gather(x, xDims, maps, fill), k, kDims, oDims));
    }

    /// <summary>Shapes of rank 0 are treated as rank 1 of extent 1 (a scalar is a one-element vector).</summary>
    public static int[] AtLeast1D(IReadOnlyList<int> shape) => shape.Count == 0 ? [1] : shape.ToArray();

    /// <summary>True when every extent of a is at least that of b.</summary>
    public static bool Covers(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        for (var d = 0; d < a.Count; d++) if (a[d] < b[d]) return false;
        return true;
    }

    /// <summary>The elements in reverse row-major order: every axis flipped at once.</summary>
    public static T[] Flipped<T>(T[] x)
    {
        var r = (T[])x.Clone();
        Array.Reverse(r);
        return r;
    }
}
