using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Convolution;

/// <summary>
/// The forward error of a convolution summed directly in IEEE double: each output is a sum of at most
/// n = min(|a|, |b|) products, so |ĉ_k − c_k| ≤ γ_n Σ_i |a_i||b_{k−i}| with γ_n = n u / (1 − n u), u = 2^−53
/// (Higham, Accuracy and Stability of Numerical Algorithms, §3.1, products and recursive sums).
/// </summary>
public static class DirectSumBound
{
    private static readonly double u = Math.ScaleB(1, -53);

    /// <summary>γ_n = n u / (1 − n u).</summary>
    public static double Gamma(int n) => n * u / (1 - n * u);

    /// <summary>The bound γ_n (|a| ∗ |b|)_k for every output k of the full convolution, n the length of the sum.</summary>
    public static NdArray<double> Full(NdArray<double> a, NdArray<double> b, Func<NdArray<double>, NdArray<double>, NdArray<double>> fullOfAbsolutes)
    {
        var n = Math.Min(a.Length, b.Length);
        // |a| ∗ |b| computed in double is itself low by at most a factor (1 − γ_n); (1 + 2γ_n) covers it and the last product
        return fullOfAbsolutes(a.Map(Math.Abs), b.Map(Math.Abs)).Map(s => Gamma(n) * s * (1 + 2 * Gamma(n)));
    }
}
