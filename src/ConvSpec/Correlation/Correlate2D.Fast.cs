using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Convolution;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Correlation;

public static partial class Correlate2D
{
    /// <summary>
    /// Optimized twin of <see cref="Spec"/>: out[o] = Σ_t E(in1)[o − s + t] · conj(in2[t]) with the extension gathered
    /// once, by the vectorised direct kernel. O(|out| · |in2|); error γ_n (|E(in1)| ⋆ |in2|), n = |in2|.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>2-D cross-correlation of in1 (extended by <paramref name="boundary"/>) with conj(in2), cropped to <paramref name="mode"/>.</summary>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode,
            Boundary boundary = Boundary.Fill, T? fillvalue = default)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            TwoD.CheckInputs(in1, in2, mode, boundary);
            var swapped = mode == ConvolutionMode.Valid && (in2.Shape[0] > in1.Shape[0] || in2.Shape[1] > in1.Shape[1]);
            if (swapped) (in1, in2) = (in2, in1);
            var kd = in2.Shape.ToArray();
            var s = mode switch
            {
                ConvolutionMode.Full => kd.Select(k => k - 1).ToArray(),
                ConvolutionMode.Same => kd.Select(k => (k - 1) / 2).ToArray(),
                _ => new[] { 0, 0 },
            };
            var shape = OutputSize.Of(mode, in1.Shape, in2.Shape);
            var maps = shape.Select((o, d) => Extend.Fast.Map(-s[d], o + kd[d] - 1, in1.Shape[d], boundary)).ToArray();
            var data = Typed.Correlate(in1.Data, in1.Shape, maps, fillvalue ?? T.AdditiveIdentity, Array.ConvertAll(in2.Data, Conjugation.Of), kd, shape, "correlate2d");
            if (swapped) Array.Reverse(data);
            return new NdArray<T>(shape, data);
        }
    }
}
