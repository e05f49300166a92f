using System.Numerics;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.Convolution;

public static partial class Convolve
{
    public static partial class Fast
    {
        /// <summary>
        /// The outputs of the mode (shape <paramref name="shape"/>) of the convolution over <paramref name="axes"/> by
        /// direct sums, one broadcast fibre of the other axes at a time; the full convolution is never formed.
        /// </summary>
        /// <remarks>
        /// With f_d the extent of full (m_d + n_d − 1 on the axes, max(m_d, n_d) elsewhere) and s_d = ⌊(f_d − o_d) / 2⌋
        /// its centred start, out[k] = full[k + s]. Off the axes, c = k + s picks one fibre of each input, read at c_d, or
        /// at 0 where the input's extent is 1 (broadcast). Along the axes out[k] = Σ_t X̃[k + s + t] · flip(h)[t], t
        /// row-major over the fibre extents κ of h, X̃ the fibre of x zero-padded by κ − 1 before, and (x, h) = (in1, in2)
        /// or, when in2 covers in1 along the axes, (in2, in1). These are the terms, in their order, of output k + s of
        /// <see cref="Direct{T}"/> in full mode on the two fibres. Each fibre reads a window of X̃ of extent o + κ − 1 ≤ o · κ,
        /// so the cost is O(|out| · |κ|).
        /// </remarks>
        private static NdArray<T> DirectAlongAxes<T>(NdArray<T> in1, NdArray<T> in2, int[] axes, int[] shape)
            where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
        {
            var (d1, d2, od) = (Typed.AtLeast1D(in1.Shape), Typed.AtLeast1D(in2.Shape), Typed.AtLeast1D(shape));
            int[] Fibre(int[] dims) => dims.Select((e, d) => axes.Contains(d) ? e : 1).ToArray();
            var swap = !Typed.Covers(Fibre(d1), Fibre(d2)) && Typed.Covers(Fibre(d2), Fibre(d1));
            var (x, xd, h, hd) = swap ? (in2.Data, d2, in1.Data, d1) : (in1.Data, d1, in2.Data, d2);
            var (kd, fibre) = (Fibre(hd), Fibre(od));
            var start = FullDims(d1, d2, axes).Select((f, d) => Crop.CentredStart(f, od[d])).ToArray();
            var windowDims = fibre.Select((o, d) => o + kd[d] - 1).ToArray();
            var whole = windowDims.Select(e => Slab.Shifted(0, e, e)).ToArray();
            // Along the axes the maps are the same for every fibre: X̃'s window from s − (κ − 1), all of h.
            var (xMaps, hMaps) = (new int[od.Length][], new int[od.Length][]);
            foreach (var a in axes) (xMaps[a], hMaps[a]) = (Slab.Shifted(start[a] - (kd[a] - 1), windowDims[a], xd[a]), Slab.Shifted(0, hd[a], hd[a]));
            var strides = IndexSpace.RowMajorStrides(od);
            var inFibre = IndexSpace.Of(fibre).Select(k => IndexSpace.Offset(k, strides)).ToArray();
            var batches = IndexSpace.Of(od.Select((o, d) => axes.Contains(d) ? 1 : o).ToArray()).ToArray();
            var result = new T[batches.Length * inFibre.Length];
            foreach (var b in batches)
            {
                for (var d = 0; d < b.Length; d++)
                    if (!axes.Contains(d)) (xMaps[d], hMaps[d]) = ([xd[d] == 1 ? 0 : start[d] + b[d]], [hd[d] == 1 ? 0 : start[d] + b[d]]);
                var window = Slab.Gather(x, xd, xMaps, T.AdditiveIdentity);
                var kernel = Typed.Flipped(Slab.Gather(h, hd, hMaps, T.AdditiveIdentity));
                var part = Typed.Correlate(window, windowDims, whole, T.AdditiveIdentity, kernel, kd, fibre, Operation);
                var at = IndexSpace.Offset(b, strides);
                for (var j = 0; j < part.Length; j++) result[at + inFibre[j]] = part[j];
            }
            return new NdArray<T>(shape, result);
        }
    }
}
