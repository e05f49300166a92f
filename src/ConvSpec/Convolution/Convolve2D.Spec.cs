using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Convolution;

/// <summary>2-D convolution with a boundary, as <c>scipy.signal.convolve2d</c>.</summary>
public static partial class Convolve2D
{
    /// <summary>The notes' 2-D formula over a boundary-extended input.</summary>
    public static partial class Spec
    {
        /// <summary>2-D convolution of in1 (extended by <paramref name="boundary"/>) with in2, cropped to <paramref name="mode"/>.</summary>
        /// <remarks>
        /// Notes: S(i,j) = Σ_m Σ_n I(m,n) K(i−m, j−n), equivalently (commutativity) Σ_m Σ_n I(i−m, j−n) K(m,n).
        /// With I = in1 read through the boundary extension E and K = in2 (M2 x N2):
        /// full[i,j] = Σ_{m=0}^{M2−1} Σ_{n=0}^{N2−1} E(in1)[i−m, j−n] · in2[m,n],  i = 0..M1+M2−2, j = 0..N1+N2−2;
        /// same keeps in1's size starting at ((M2−1)/2, (N2−1)/2) (integer division);
        /// valid is the plain valid convolution (no boundary is read), in2 and in1 swapped when in2 is larger.
        /// </remarks>
        public static NdArray<T> Apply<T>(NdArray<T> in1, NdArray<T> in2, ConvolutionMode mode,
            Boundary boundary = Boundary.Fill, T? fillvalue = default)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            TwoD.CheckInputs(in1, in2, mode, boundary);
            if (mode == ConvolutionMode.Valid) return Convolve.Spec.Apply(in1, in2, mode);
            var fill = fillvalue ?? T.AdditiveIdentity;
            var (m2, n2) = (in2.Shape[0], in2.Shape[1]);
            var start = mode == ConvolutionMode.Same ? new[] { (m2 - 1) / 2, (n2 - 1) / 2 } : new[] { 0, 0 };
            var shape = OutputSize.Of(mode, in1.Shape, in2.Shape);
            // The element function is built outside OverflowGuard's lambda so that no delegate is created
            // (and cached by the compiler) inside another lambda: every branch of the method then runs.
            Func<int[], T> element = o =>
            {
                var (i, j) = (o[0] + start[0], o[1] + start[1]);
                var sum = T.AdditiveIdentity;
                for (var m = 0; m < m2; m++)
                    for (var n = 0; n < n2; n++)
                        sum = checked(sum + TwoD.Read(in1, i - m, j - n, boundary, fill) * in2[m, n]);
                return sum;
            };
            return OverflowGuard.Create("convolve2d", shape, element);
        }
    }
}
