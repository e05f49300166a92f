using System.Numerics;
using ConvSpec.Fourier;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Fourier;

/// <summary>
/// A reference DFT in System.Decimal (about 28 significant digits, relative rounding ≈ 1e−28), used as "the exact
/// transform" when checking the double-precision spec against its bound (≥ 1e−16 ‖x‖₁): the reference's own error is
/// twelve orders of magnitude below what is being checked. Roots use the same exact octant reduction as the spec and
/// Taylor series for cos and sin on [0, π/4].
/// </summary>
public static class DecimalDft
{
    private const decimal Pi = 3.1415926535897932384626433833m;

    /// <summary>A complex number with decimal parts.</summary>
    public readonly record struct DComplex(decimal Re, decimal Im)
    {
        public static DComplex operator +(DComplex a, DComplex b) => new(a.Re + b.Re, a.Im + b.Im);
        public static DComplex operator -(DComplex a, DComplex b) => new(a.Re - b.Re, a.Im - b.Im);
        public static DComplex operator *(DComplex a, DComplex b) => new(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);

        /// <summary>|z| as a double.</summary>
        public double Magnitude => Math.Sqrt((double)(Re * Re + Im * Im));
    }

    /// <summary>The exact value of a double, to decimal's precision: m·2^e built by exact halvings/doublings of m.</summary>
    public static decimal ToDecimal(double x)
    {
        if (x == 0) return 0m;
        var e = Math.ILogB(x) - 52;
        var m = (decimal)(long)Math.ScaleB(x, -e);
        for (; e > 0; e--) m *= 2;
        for (; e < 0; e++) m /= 2;
        return m;
    }

    public static DComplex ToDecimal(Complex z) => new(ToDecimal(z.Real), ToDecimal(z.Imaginary));

    /// <summary>|ẑ − z| for a double-precision ẑ against the reference z.</summary>
    public static double Distance(Complex computed, DComplex reference) => (ToDecimal(computed) - reference).Magnitude;

    /// <summary>e^{sign·2πi r/n} to decimal precision.</summary>
    public static DComplex Root(long r, int n, int sign)
    {
        var t = ((r % n) + n) % n;
        var octant = (int)(8 * t / n);
        var rest = 8 * t - (long)octant * n;
        var f = octant % 2 == 0 ? rest : n - rest;
        var phi = Pi / 4 * f / n;
        var (c, s) = (Cos(phi), Sin(phi));
        var (cos, sin) = octant switch
        {
            0 => (c, s), 1 => (s, c), 2 => (-s, c), 3 => (-c, s),
            4 => (-c, -s), 5 => (-s, -c), 6 => (s, -c), _ => (c, -s),
        };
        return new DComplex(cos, sign * sin);
    }

    /// <summary>The transform along every axis (forward: sign −1; inverse: sign +1 with 1/n per axis).</summary>
    public static NdArray<DComplex> Transform(NdArray<Complex> x, int sign, IReadOnlyList<int>? axes = null)
    {
        var result = x.Map(ToDecimal);
        foreach (var axis in DftAxes.Normalise(x.Shape, axes)) result = AlongAxis(result, axis, sign);
        return result;
    }

    private static NdArray<DComplex> AlongAxis(NdArray<DComplex> x, int axis, int sign)
    {
        var n = x.Shape[axis];
        return NdArray<DComplex>.Create(x.Shape.ToArray(), k =>
        {
            var at = (int[])k.Clone();
            var sum = new DComplex(0, 0);
            for (var j = 0; j < n; j++)
            {
                at[axis] = j;
                sum += x[at] * Root((long)j * k[axis], n, sign);
            }
            return sign < 0 ? sum : new DComplex(sum.Re / n, sum.Im / n);
        });
    }

    private static decimal Sin(decimal x)
    {
        decimal term = x, sum = x;
        for (var k = 1; Math.Abs(term) > 1e-28m; k++) sum += term *= -x * x / ((2 * k) * (2 * k + 1));
        return sum;
    }

    private static decimal Cos(decimal x)
    {
        decimal term = 1, sum = 1;
        for (var k = 1; Math.Abs(term) > 1e-28m; k++) sum += term *= -x * x / ((2 * k - 1) * (2 * k));
        return sum;
    }
}
