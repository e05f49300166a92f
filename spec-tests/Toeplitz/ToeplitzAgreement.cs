using ConvSpec.Bounds;
using ConvSpec.Convolution;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Toeplitz;

/// <summary>
/// The Toeplitz product has no Fast twin (<see cref="MatrixProduct.Spec.Times{T}"/> is [SpecOnly]): its fast equivalent
/// is the convolution itself. T(h)·x, T the convolution matrix of h for inputs of length n, equals
/// <see cref="Convolve.Fast"/> of x and h: exactly on integers, within the two direct-sum bounds on doubles. Modes full
/// and valid always; same when len(h) ≤ n (NumPy's same has max(m, n) rows, SciPy's n).
/// </summary>
public class ToeplitzAgreement
{
    private static Gen<(long[] H, long[] X, ConvolutionMode Mode)> IntegerCases =>
        from p in MatrixGen.KernelAndInput(TensorGen.Integer)
        from mode in MatrixGen.Mode
        where mode != ConvolutionMode.Same || p.Kernel.Length <= p.Input.Length
        select (p.Kernel, p.Input, mode);

    private static Gen<(double[] H, double[] X, ConvolutionMode Mode)> RealCases =>
        from p in Gen.Zip(TensorGen.Vector(40, TensorGen.Real), TensorGen.Vector(60, TensorGen.Real))
        from mode in MatrixGen.Mode
        where mode != ConvolutionMode.Same || p.Item1.Length <= p.Item2.Length
        select (p.Item1, p.Item2, mode);

    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Toeplitz_product_equals_fast_convolution_exactly_on_integers() =>
        Prop.ForAll(IntegerCases.ToArbitrary(), c =>
        {
            var (h, x) = (Array.ConvertAll(c.H, v => (Int128)v), Array.ConvertAll(c.X, v => (Int128)v));
            var product = MatrixProduct.Spec.Times(ToeplitzMatrix.Spec.Of(h, x.Length, c.Mode, ToeplitzKind.Convolution), x);
            return product.SequenceEqual(Convolve.Fast.Apply(x, h, c.Mode));
        });

    /// <summary>
    /// Both sides sum the same products |h_i||x_j| (each row of T holds the reversed kernel): each is within
    /// γ_k (|h| ∗ |x|) of the exact value, k = min(m, n) (Fast) or n (the product over a full row), so they differ
    /// by at most (γ_min(m,n) + γ_n)(|h| ∗ |x|) ≤ 2γ_n (|h| ∗ |x|), the latter from its computed value
    /// (<see cref="ErrorBound.DirectSumFromComputed"/>).
    /// </summary>
    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Toeplitz_product_equals_fast_convolution_within_both_direct_bounds() =>
        Prop.ForAll(RealCases.ToArbitrary(), c =>
        {
            var product = MatrixProduct.Spec.Times(ToeplitzMatrix.Spec.Of(c.H, c.X.Length, c.Mode, ToeplitzKind.Convolution), c.X);
            var fast = Convolve.Fast.Apply(c.X, c.H, c.Mode);
            var abs = Convolve.Spec.Apply(Array.ConvertAll(c.X, Math.Abs), Array.ConvertAll(c.H, Math.Abs), c.Mode);
            return product.Length == fast.Length
                && product.Select((y, k) => Math.Abs(y - fast[k]) <= 2 * ErrorBound.DirectSumFromComputed(abs[k], c.X.Length)).All(ok => ok);
        });
}
