using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Layers;

/// <summary>
/// The convolution layer as ONNX's Conv and <c>torch.nn.functional.conv1d/2d/3d</c> compute it, on
/// N x C x D_1 x ... x D_k tensors for any k ≥ 1. It is a cross-correlation: the kernel is not flipped.
/// "Many machine learning libraries implement cross-correlation but call it convolution" (notes, the slide
/// on cross-correlation), and this is that operation, named Conv after the operators it reproduces.
/// </summary>
public static partial class Conv
{
    /// <summary>The layer's formula, written as loops over its summation indices.</summary>
    public static partial class Spec
    {
        /// <summary>Conv(X, W, B) with ONNX's attributes and PyTorch's padding_mode.</summary>
        /// <remarks>
        /// With G groups, C/G input channels and M/G output channels per group, g(m) = ⌊m / (M/G)⌋:
        /// Y[n, m, o] = Σ_{c=0}^{C/G−1} Σ_{κ ∈ idx(K)} W[m, c, κ] · X̃[n, g(m)·C/G + c, o·s + κ·d − b]  (+ B[m])
        /// for o ∈ idx(O), O_a = ⌊(D_a + b_a + e_a − (K_a − 1)·d_a − 1)/s_a⌋ + 1, where X̃ extends X by the
        /// padding mode (<see cref="PadModes.Spec.Index"/>): zero, reflected, replicated or circular cells.
        /// The products with zero padding are formed, as the libraries form them on a padded input
        /// (in IEEE arithmetic ∞·0 is NaN). Integer arithmetic is checked.
        /// </remarks>
        public static NdArray<T> Apply<T>(NdArray<T> x, NdArray<T> w, NdArray<T>? b, ConvAttributes attributes)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.NotNull(w, "W");
            var geometry = ConvGeometry.Resolve(x.Shape, w.Shape, b?.Shape, attributes);
            Func<int[], T> element = y =>
            {
                var (n, m, o) = (y[0], y[1], y[2..]);
                var firstChannel = m / geometry.FeaturesPerGroup * geometry.ChannelsPerGroup;
                var sum = T.AdditiveIdentity;
                for (var c = 0; c < geometry.ChannelsPerGroup; c++)
                    foreach (var kappa in IndexSpace.Of(geometry.Kernel))
                        sum = checked(sum + w[[m, c, .. kappa]] * Extended(x, n, firstChannel + c, Position(geometry, o, kappa), geometry.PaddingMode));
                return b is null ? sum : checked(sum + b[m]);
            };
            return OverflowGuard.Create("Conv", geometry.OutputShape, element);
        }

        /// <summary>Conv with all defaults: stride 1, no padding, no dilation, one group.</summary>
        /// <remarks>Y[n, m, o] = Σ_c Σ_κ W[m, c, κ] · X[n, c, o + κ] (+ B[m]): the valid cross-correlation of each channel, summed.</remarks>
        public static NdArray<T> Apply<T>(NdArray<T> x, NdArray<T> w, NdArray<T>? b = null)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T> =>
            Apply(x, w, b, ConvAttributes.Default);

        /// <summary>The padded-input coordinate p_a = o_a·s_a + κ_a·d_a − b_a, relative to X's first cell.</summary>
        private static int[] Position(ConvGeometry g, int[] o, int[] kappa)
        {
            var p = new int[o.Length];
            for (var a = 0; a < o.Length; a++) p[a] = o[a] * g.Strides[a] + kappa[a] * g.Dilations[a] - g.PadBegin[a];
            return p;
        }

        /// <summary>X̃[n, c, p]: X read through the padding mode's index map, zero where it gives none.</summary>
        private static T Extended<T>(NdArray<T> x, int n, int c, int[] p, PaddingMode mode)
            where T : IAdditiveIdentity<T, T>
        {
            var index = new int[p.Length + 2];
            (index[0], index[1]) = (n, c);
            for (var a = 0; a < p.Length; a++)
            {
                if (PadModes.Spec.Index(p[a], x.Shape[a + 2], mode) is not { } i) return T.AdditiveIdentity;
                index[a + 2] = i;
            }
            return x[index];
        }
    }
}
