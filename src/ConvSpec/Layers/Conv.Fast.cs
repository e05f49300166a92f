using System.Buffers;
using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Shapes;
using ConvSpec.Tensors;
using ConvSpec.Validation;

namespace ConvSpec.Layers;

public static partial class Conv
{
    /// <summary>
    /// The layer by im2col and a blocked, vectorised matrix product: per image n and group g,
    /// Y_g[M/G x P] = W_g[M/G x Kc] · X_col[Kc x P] with Kc = C/G·ΠK and P = ΠO, X_col built block by block
    /// (never whole) and multiplied in 4 x (3 vectors) register tiles with fused multiply-adds; blocks run in
    /// parallel when the product is large. Cost O(N·M·P·Kc). Forward error, any summation order:
    /// |ĉ − c| ≤ γ_n·(Σ|W|·|X̃| + |B|), n = C/G·ΠK + 1, u = 2^−24 (float) or 2^−53 (double):
    /// <see cref="Bounds.ConvErrorBound"/>.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>Conv(X, W, B) in float; the signature of <see cref="Spec.Apply{T}(NdArray{T}, NdArray{T}, NdArray{T}?, ConvAttributes)"/>.</summary>
        /// <remarks>Y[n, m, o] = Σ_c Σ_κ W[m, c, κ] · X̃[n, g(m)·C/G + c, o·s + κ·d − b] + B[m], rounded as in the class bound.</remarks>
        public static NdArray<float> Apply(NdArray<float> x, NdArray<float> w, NdArray<float>? b, ConvAttributes attributes) =>
            Run(x, w, b, attributes);

        /// <summary>Conv(X, W, B) in double.</summary>
        /// <remarks>As the float overload.</remarks>
        public static NdArray<double> Apply(NdArray<double> x, NdArray<double> w, NdArray<double>? b, ConvAttributes attributes) =>
            Run(x, w, b, attributes);

        /// <summary>Conv with all defaults, in float.</summary>
        public static NdArray<float> Apply(NdArray<float> x, NdArray<float> w, NdArray<float>? b = null) =>
            Run(x, w, b, ConvAttributes.Default);

        /// <summary>Conv with all defaults, in double.</summary>
        public static NdArray<double> Apply(NdArray<double> x, NdArray<double> w, NdArray<double>? b = null) =>
            Run(x, w, b, ConvAttributes.Default);

        /// <summary>
        /// A vector width forced on this thread's calls (0: the widest accelerated), so tests run every tile path:
        /// 1 is the scalar tile, Vector256&lt;T&gt;.Count the 256-bit tile.
        /// </summary>
        [ThreadStatic] internal static int WidthOverride;

        /// <summary>Below this many multiply-adds the blocks run on the calling thread.</summary>
        private const long ParallelThreshold = 1L << 21;

        private static NdArray<T> Run<T>(NdArray<T> x, NdArray<T> w, NdArray<T>? b, ConvAttributes attributes)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            Preconditions.NotNull(x, "X");
            Preconditions.NotNull(w, "W");
            var g = ConvGeometry.Resolve(x.Shape, w.Shape, b?.Shape, attributes);
            var y = new T[IndexSpace.ElementCount(g.OutputShape, "Y")];
            if (y.Length == 0) return new NdArray<T>(g.OutputShape, y); // N = 0: no output, so no plan of its positions
            var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            var plan = new ConvPlan(g, WidthOverride > 0 ? WidthOverride : Lanes.WidestFor(size), size);
            var packedW = PackWeights(w.Data, plan);
            var bias = b?.Data;
            var items = g.Batch * g.Group * plan.Blocks;
            // Stryker disable once Arithmetic : work only picks one thread or many, which changes no output (see oneThread)
            var work = (long)g.Batch * g.Features * plan.Positions * plan.Depth;
            void Block(int item)
            {
                var buffer = ArrayPool<T>.Shared.Rent(plan.Depth * plan.BlockWidth); // fits: ConvPlan caps the panels
                var (n, rest) = Math.DivRem(item, g.Group * plan.Blocks);
                var (group, block) = Math.DivRem(rest, plan.Blocks);
                Im2Col(x.Data, plan, n, group, block * plan.BlockWidth, buffer);
                Multiply(packedW, buffer, bias, plan, n, group, block * plan.BlockWidth, y);
                // Stryker disable once Statement : returning only lets a later Rent reuse the array, and Im2Col writes every element of the block before Multiply reads it
                ArrayPool<T>.Shared.Return(buffer); // not returned if a block throws: the collector takes it
            }
            // Stryker disable once Logical,Equality : one thread or Parallel.For over the same blocks is a schedule: each block writes only its own outputs, each the same chain of fused multiply-adds, from a buffer it fills before it reads
            var oneThread = work < ParallelThreshold || items == 1;
            // Stryker disable once Boolean : one thread or many is a schedule (as above)
            if (oneThread)
                for (var i = 0; i < items; i++) Block(i);
            else
                Parallel.For(0, items, Block);
            return new NdArray<T>(g.OutputShape, y);
        }
    }
}
