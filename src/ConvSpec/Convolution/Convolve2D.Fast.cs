using System.Numerics;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Convolution;

public static partial class Convolve2D
{
    /// <summary>
    /// Optimized twin of <see cref="Spec"/>: the boundary-extended input is gathered once (<see cref="Extend.Fast"/>),
    /// then the vectorised direct kernel runs over it. O(|out| · |in2|); error γ_n (|E(in1)| ∗ |in2|), n = |in2|.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>2-D convolution of in1 (extended by <paramref name="boundary"/>) with in2, cropped to <paramref name="mode"/>.</summary>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode,
            Boundary boundary = Boundary.Fill, T? fillvalue = default)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            TwoD.CheckInputs(in1, in2, mode, boundary);
            if (mode == ConvolutionMode.Valid) return Convolve.Fast.Apply(in1, in2, mode);
            var kd = in2.Shape.ToArray();
            var shape = OutputSize.Of(mode, in1.Shape, in2.Shape);
            var start = mode == ConvolutionMode.Same ? kd.Select(k => (k - 1) / 2).ToArray() : [0, 0];
            var maps = shape.Select((o, d) => Extend.Fast.Map(start[d] - (kd[d] - 1), o + kd[d] - 1, in1.Shape[d], boundary)).ToArray();
            var data = Typed.Correlate(in1.Data, in1.Shape, maps, fillvalue ?? T.AdditiveIdentity, Typed.Flipped(in2.Data), kd, shape, "convolve2d");
            return new NdArray<T>(shape, data);
        }
    }
}
