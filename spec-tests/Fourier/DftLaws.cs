using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Fourier;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using ConvSpec.Toeplitz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>Laws of the O(n²) DFT spec, each float comparison within a bound of <see cref="DftErrorBound"/>.</summary>
public class DftLaws
{
    private static Gen<NdArray<Complex>> Tensors => Gen.Frequency(
        (1, MatrixGen.ComplexVector(16).Select(v => new NdArray<Complex>([v.Length], v))),
        (2, MatrixGen.ComplexTensor(3, 5)));

    private static double Norm1(NdArray<Complex> x) => DftErrorBound.Norm1(x.Data);

    /// <summary>Every element of the computed DFT is within (Π(1+θ(n_a)) − 1)‖x‖₁ of the exact DFT (decimal reference).</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Dft_is_within_its_error_bound_of_the_exact_transform() =>
        Prop.ForAll(Tensors.ToArbitrary(), x =>
        {
            var computed = Dft.Spec.Forward(x);
            var exact = DecimalDft.Transform(x, -1);
            var bound = DftErrorBound.Forward(x.Shape, Norm1(x));
            return computed.Data.Zip(exact.Data).All(t => DecimalDft.Distance(t.First, t.Second) <= bound);
        });

    /// <summary>Every element of the computed inverse DFT is within (Π(1+θ'(n_a)) − 1)‖X‖₁/N of the exact inverse.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Inverse_dft_is_within_its_error_bound_of_the_exact_transform() =>
        Prop.ForAll(Tensors.ToArbitrary(), x =>
        {
            var computed = Dft.Spec.Inverse(x);
            var exact = DecimalDft.Transform(x, +1);
            var bound = DftErrorBound.Inverse(x.Shape, Norm1(x));
            return computed.Data.Zip(exact.Data).All(t => DecimalDft.Distance(t.First, t.Second) <= bound);
        });

    /// <summary>
    /// IDFT(DFT x) = x: |x̂ − x| ≤ |x̂ − IDFT(X̂)| + |IDFT(X̂ − X)| ≤ Inverse(‖X̂‖₁) + ‖X̂ − X‖₁/N ≤ Inverse(‖X̂‖₁) + Forward(‖x‖₁),
    /// since ‖IDFT v‖_∞ ≤ ‖v‖₁/N and each of the N elements of X̂ − X is within Forward(‖x‖₁).
    /// </summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Inverse_DFT_undoes_the_DFT() =>
        Prop.ForAll(Tensors.ToArbitrary(), x =>
        {
            var spectrum = Dft.Spec.Forward(x);
            var back = Dft.Spec.Inverse(spectrum);
            var bound = DftErrorBound.Inverse(x.Shape, Norm1(spectrum)) + DftErrorBound.Forward(x.Shape, Norm1(x));
            return back.Data.Zip(x.Data).All(t => Complex.Abs(t.First - t.Second) <= bound);
        });

    /// <summary>
    /// DFT(s·x + y) = s·DFT(x) + DFT(y), s a power of two (exact scaling), x and y Gaussian-integer or 1/64 data (s·x + y exact):
    /// the two sides differ by at most Forward(‖sx+y‖₁) + |s|·Forward(‖x‖₁) + Forward(‖y‖₁) + u·|sX̂ + Ŷ| (one rounded addition).
    /// </summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Dft_is_linear() =>
        Prop.ForAll(MatrixGen.ComplexTensor(3, 4).SelectMany(x => TensorGen.Tensor(x.Shape.ToArray(), MatrixGen.ExactComplex).Select(y => (x, y))).ToArbitrary(),
            Gen.Elements(-2.0, -1.0, 0.5, 1.0, 4.0).ToArbitrary(), (p, s) =>
            {
                var combined = new NdArray<Complex>(p.x.Shape.ToArray(), p.x.Data.Zip(p.y.Data, (a, b) => s * a + b).ToArray());
                var left = Dft.Spec.Forward(combined);
                var (fx, fy) = (Dft.Spec.Forward(p.x), Dft.Spec.Forward(p.y));
                var shape = p.x.Shape;
                var bound = DftErrorBound.Forward(shape, Norm1(combined)) + Math.Abs(s) * DftErrorBound.Forward(shape, Norm1(p.x))
                    + DftErrorBound.Forward(shape, Norm1(p.y));
                return Enumerable.Range(0, left.Length).All(k =>
                {
                    var right = s * fx.Data[k] + fy.Data[k];
                    return Complex.Abs(left.Data[k] - right) <= bound + DftErrorBound.UnitRoundoff * Complex.Abs(right);
                });
            });

    /// <summary>
    /// Parseval: Σ|X_k|² = N Σ|x_j|². With δ = Forward(‖x‖₁) per element, ‖X̂ − X‖₂ ≤ √N δ and ‖X‖₂ = √N ‖x‖₂, so
    /// |Σ|X̂_k|² − N Σ|x_j|²| ≤ N δ (2‖x‖₂ + δ). Both sums of squares are computed exactly (Dyadic).
    /// </summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property Parseval_energy_is_preserved_up_to_the_factor_N() =>
        Prop.ForAll(Tensors.ToArbitrary(), x =>
        {
            var spectrum = Dft.Spec.Forward(x);
            var n = x.Length;
            var (energyX, energyF) = (ExactEnergy(x.Data), ExactEnergy(spectrum.Data));
            var delta = DftErrorBound.Forward(x.Shape, Norm1(x));
            var norm2 = Math.Sqrt(energyX.ToDouble());
            var difference = energyF - Dyadic.FromInteger(n) * energyX;
            var bound = Dyadic.FromDouble(n * delta * (2 * norm2 + delta));
            return (difference.Sign >= 0 ? difference : -difference) <= bound;
        });

    /// <summary>
    /// Shift theorem: for y_j = x_{(j−s) mod n}, Y_k = e^{−2πi sk/n} X_k. Ŷ and X̂ are each within δ = Forward(‖x‖₁)
    /// (‖y‖₁ = ‖x‖₁), and fl(ŵ X̂_k) is within ((1+μ)(1+√2γ₂) − 1)|X̂_k| of w X̂_k, so the sides differ by at most
    /// 2δ + ((1+μ)(1+√2γ₂) − 1)|X̂_k|.
    /// </summary>
    [Property(MaxTest = 80 / CaseCount.Divisor)]
    public Property A_cyclic_shift_multiplies_the_DFT_by_a_phase() =>
        Prop.ForAll(MatrixGen.ComplexVector(16).ToArbitrary(), Gen.Choose(-20, 20).ToArbitrary(), (x, s) =>
        {
            var n = x.Length;
            var shifted = Enumerable.Range(0, n).Select(j => x[((j - s) % n + n) % n]).ToArray();
            var (fy, fx) = (Dft.Spec.Forward(shifted), Dft.Spec.Forward(x));
            var delta = DftErrorBound.Forward([n], DftErrorBound.Norm1(x));
            var phaseError = (1 + DftErrorBound.RootError) * (1 + DftErrorBound.ProductError) - 1;
            return Enumerable.Range(0, n).All(k =>
                Complex.Abs(fy[k] - RootOfUnity.Of((long)s * k, n, -1) * fx[k]) <= 2 * delta + phaseError * Complex.Abs(fx[k]));
        });

    /// <summary>F x with F the DFT matrix is the DFT: the same roots and the same order of summation, so bit for bit.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Dft_matrix_times_x_is_the_DFT() =>
        Prop.ForAll(MatrixGen.ComplexVector(12).ToArbitrary(), x =>
            MatrixProduct.Spec.Times(Dft.Spec.Matrix(x.Length), x).SequenceEqual(Dft.Spec.Forward(x)));

    /// <summary>For lengths 1, 2 and 4 every root is ±1 or ±i, computed exactly, so the DFT of Gaussian integers is exact.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Dft_of_Gaussian_integers_of_length_1_2_4_is_exact() =>
        Prop.ForAll(Gen.Elements(1, 2, 4).SelectMany(n => Gen.ArrayOf(TensorGen.GaussianInteger, n)).ToArbitrary(), x =>
        {
            var n = x.Length;
            Complex[] quarter = [1, -Complex.ImaginaryOne, -1, Complex.ImaginaryOne];
            var expected = Enumerable.Range(0, n).Select(k =>
                Enumerable.Range(0, n).Aggregate(Complex.Zero, (sum, j) => sum + x[j] * quarter[j * k * 4 / n % 4])).ToArray();
            return Dft.Spec.Forward(x).SequenceEqual(expected);
        });

    /// <summary>The N-D transform is the 1-D transform along each axis in turn, whatever the order of the axes.</summary>
    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Transforms_along_different_axes_commute_within_bound() =>
        Prop.ForAll(MatrixGen.ComplexTensor(3, 4).ToArbitrary(), x =>
        {
            var axes = Enumerable.Range(0, x.Rank).ToArray();
            var forward = Dft.Spec.Forward(x, axes);
            var reversed = Dft.Spec.Forward(x, axes.Reverse().ToArray());
            var bound = 2 * DftErrorBound.Forward(x.Shape, Norm1(x));
            return forward.Data.Zip(reversed.Data).All(t => Complex.Abs(t.First - t.Second) <= bound);
        });

    private static Dyadic ExactEnergy(IEnumerable<Complex> values) =>
        values.Aggregate(Dyadic.AdditiveIdentity, (sum, z) =>
        {
            var (re, im) = (Dyadic.FromDouble(z.Real), Dyadic.FromDouble(z.Imaginary));
            return sum + re * re + im * im;
        });
}
