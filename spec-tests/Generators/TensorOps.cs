using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Generators;

/// <summary>Independent tensor constructions the laws compare against: shifts, impulses, flips, sums, windows.</summary>
public static class TensorOps
{
    /// <summary>x moved by s_d ≥ 0 along every axis, zeros in front: y[i + s] = x[i], extent m_d + s_d.</summary>
    public static NdArray<T> Shift<T>(NdArray<T> x, int[] s) where T : IAdditiveIdentity<T, T>
    {
        var shape = x.Shape.Select((m, d) => m + s[d]).ToArray();
        return NdArray<T>.Create(shape, i =>
        {
            var j = i.Select((v, d) => v - s[d]).ToArray();
            return j.All(v => v >= 0) ? x[j] : T.AdditiveIdentity;
        });
    }

    /// <summary>δ_s: the tensor of extent s_d + 1 holding 1 at s and 0 elsewhere.</summary>
    public static NdArray<T> Impulse<T>(int[] s) where T : IAdditiveIdentity<T, T>, IMultiplicativeIdentity<T, T> =>
        NdArray<T>.Create(s.Select(v => v + 1).ToArray(), i => i.SequenceEqual(s) ? T.MultiplicativeIdentity : T.AdditiveIdentity);

    /// <summary>x reversed on every axis: y[i] = x[m − 1 − i].</summary>
    public static NdArray<T> Flip<T>(NdArray<T> x) =>
        NdArray<T>.Create(x.Shape.ToArray(), i => x[i.Select((v, d) => x.Shape[d] - 1 - v).ToArray()]);

    /// <summary>αx + βy elementwise (same shapes).</summary>
    public static NdArray<T> Combine<T>(T alpha, NdArray<T> x, T beta, NdArray<T> y)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T> =>
        NdArray<T>.Create(x.Shape.ToArray(), i => alpha * x[i] + beta * y[i]);

    /// <summary>The window of x starting at <paramref name="start"/> with <paramref name="shape"/>, read element by element.</summary>
    public static NdArray<T> Window<T>(NdArray<T> x, int[] start, int[] shape) =>
        NdArray<T>.Create(shape, i => x[i.Select((v, d) => v + start[d]).ToArray()]);

    /// <summary>The same tensor with BigInteger elements.</summary>
    public static NdArray<BigInteger> Big(this NdArray<long> x) => x.Map(v => (BigInteger)v);

    /// <summary>True when one shape covers the other on every axis (valid mode is defined).</summary>
    public static bool ValidFits(IReadOnlyList<int> a, IReadOnlyList<int> b) =>
        a.Zip(b).All(t => t.First >= t.Second) || a.Zip(b).All(t => t.First <= t.Second);

    /// <summary>Every mode.</summary>
    public static ConvolutionMode[] Modes => Enum.GetValues<ConvolutionMode>();
}
