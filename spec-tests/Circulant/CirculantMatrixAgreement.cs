using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Circulant;
using ConvSpec.Fourier;
using ConvSpec.SpecTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>
/// <see cref="CirculantMatrix.Fast"/> (FFTs) against <see cref="CirculantMatrix.Spec"/> (O(n²) DFTs): eigenvalues within
/// the sum of both transforms' bounds; inverse and solve by their residuals, computed exactly, within
/// <see cref="CirculantFastErrorBound"/>; lengths 1, primes, powers of two and smooth lengths.
/// </summary>
public class CirculantMatrixAgreement
{
    private static readonly int[] Lengths = [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 16, 17, 30, 31, 32, 64, 97];

    /// <summary>Real integer and Gaussian-integer columns, and dyadic fractions.</summary>
    private static Gen<Complex[]> Columns => Gen.Elements(Lengths).SelectMany(n => Gen.Frequency(
        (1, Gen.ArrayOf(Gen.Choose(-9, 9).Select(x => new Complex(x, 0)), n)),
        (1, Gen.ArrayOf(TensorGen.GaussianInteger, n)),
        (1, Gen.ArrayOf(MatrixGen.ExactComplex, n))));

    /// <summary>A column with a dominant diagonal entry, so C(c) is well conditioned and every |λ_k| ≥ |c₀| − Σ|c_j|.</summary>
    private static Gen<Complex[]> Nonsingular => Columns.Select(c =>
    {
        var d = (Complex[])c.Clone();
        d[0] += 1 + d.Sum(z => z.Magnitude);
        return d;
    });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_eigenvalues_equal_Spec_within_both_bounds() =>
        Prop.ForAll(Columns.ToArbitrary(), c =>
        {
            var bound = CirculantFastErrorBound.EigenvalueError(c) + DftErrorBound.Forward([c.Length], DftErrorBound.Norm1(c));
            return CirculantMatrix.Fast.Eigenvalues(c).Zip(CirculantMatrix.Spec.Eigenvalues(c)).All(t => Complex.Abs(t.First - t.Second) <= bound);
        });

    /// <summary>Either Prop.When-filtered columns or dominant ones: C(c) C(ẑ) = I within the FFT residual bound, exactly computed.</summary>
    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_inverse_times_C_is_the_identity_within_bound() =>
        Prop.ForAll(Gen.OneOf(Columns, Nonsingular).ToArbitrary(), c =>
        {
            var lambda = CirculantMatrix.Fast.Eigenvalues(c);
            var eta = CirculantFastErrorBound.EigenvalueError(c);
            return Prop.When(lambda.All(l => l.Magnitude > 2 * eta), () =>
            {
                var residual = ExactCircular(c, CirculantMatrix.Fast.Inverse(c));
                residual[0] = (residual[0].Re - Dyadic.FromInteger(1), residual[0].Im);
                var bound = CirculantFastErrorBound.InverseResidual(c, lambda);
                return residual.All(r => Magnitude(r) <= bound);
            });
        });

    [Property(MaxTest = 60 / CaseCount.Divisor)]
    public Property Fast_solve_has_a_residual_within_bound() =>
        Prop.ForAll(Gen.OneOf(Columns, Nonsingular).SelectMany(c => Gen.ArrayOf(MatrixGen.ExactComplex, c.Length).Select(b => (c, b))).ToArbitrary(), p =>
        {
            var lambda = CirculantMatrix.Fast.Eigenvalues(p.c);
            var eta = CirculantFastErrorBound.EigenvalueError(p.c);
            return Prop.When(lambda.All(l => l.Magnitude > 2 * eta), () =>
            {
                var residual = ExactCircular(p.c, CirculantMatrix.Fast.Solve(p.c, p.b));
                var bound = CirculantFastErrorBound.SolveResidual(p.c, lambda, p.b, Fft.Forward(p.b));
                return residual.Select((r, k) => Magnitude((r.Re - Dyadic.FromDouble(p.b[k].Real), r.Im - Dyadic.FromDouble(p.b[k].Imaginary))))
                    .All(e => e <= bound);
            });
        });

    [Fact]
    public void A_singular_circulant_has_no_fast_inverse()
    {
        Assert.Equal("c", Assert.ThrowsAny<ArgumentException>(() => CirculantMatrix.Fast.Inverse([1, 1])).ParamName);
        Assert.Equal("c", Assert.ThrowsAny<ArgumentException>(() => CirculantMatrix.Fast.Solve([1, 1, 1], [1, 2, 3])).ParamName);
        Assert.Equal("b", Assert.ThrowsAny<ArgumentException>(() => CirculantMatrix.Fast.Solve([2, 1], [1, 2, 3])).ParamName);
        Assert.Equal("c", Assert.ThrowsAny<ArgumentException>(() => CirculantMatrix.Fast.Eigenvalues([])).ParamName);
    }

    /// <summary>Worked example (the spec's doc comment): the eigenvalues of C([1, 2, 3]) are [6, −1.5+0.866i, −1.5−0.866i].</summary>
    [Fact]
    public void Eigenvalues_of_one_two_three()
    {
        var lambda = CirculantMatrix.Fast.Eigenvalues([1, 2, 3]);
        var expected = new[] { new Complex(6, 0), new Complex(-1.5, Math.Sqrt(3) / 2), new Complex(-1.5, -Math.Sqrt(3) / 2) };
        var bound = CirculantFastErrorBound.EigenvalueError([1, 2, 3]);
        Assert.All(lambda.Zip(expected), t => Assert.True(Complex.Abs(t.First - t.Second) <= bound + 1e-16, $"{t.First} vs {t.Second}"));
    }

    /// <summary>(c ⊛ z) exactly, as Dyadic real and imaginary parts: Re = cr⊛zr − ci⊛zi, Im = cr⊛zi + ci⊛zr.</summary>
    private static (Dyadic Re, Dyadic Im)[] ExactCircular(Complex[] c, Complex[] z)
    {
        Dyadic[] Part(Complex[] v, bool imaginary) => v.Select(x => Dyadic.FromDouble(imaginary ? x.Imaginary : x.Real)).ToArray();
        var (cr, ci, zr, zi) = (Part(c, false), Part(c, true), Part(z, false), Part(z, true));
        var (rr, ii, ri, ir) = (CircularConvolve.Spec.Apply(cr, zr), CircularConvolve.Spec.Apply(ci, zi),
            CircularConvolve.Spec.Apply(cr, zi), CircularConvolve.Spec.Apply(ci, zr));
        return Enumerable.Range(0, c.Length).Select(k => (rr[k] - ii[k], ri[k] + ir[k])).ToArray();
    }

    private static double Magnitude((Dyadic Re, Dyadic Im) z)
    {
        var (re, im) = (z.Re.ToDouble(), z.Im.ToDouble());
        return Math.Sqrt(re * re + im * im);
    }
}
