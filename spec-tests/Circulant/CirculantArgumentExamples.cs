using System.Numerics;
using ConvSpec.Circulant;
using ConvSpec.Fourier;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Circulant;

/// <summary>
/// The circulant and circular-convolution specs called with one bad argument: refused with the argument's name and
/// the rule broken; an integer circular convolution past int64 is an overflow naming the operation.
/// </summary>
public class CirculantArgumentExamples
{
    private static readonly NdArray<long> Two = new([2], [1, 2]);

    /// <summary>The cases every twin shares: Solve's right-hand side b, and the circular convolution's null operands.</summary>
    private static IEnumerable<(string, ArgumentCase)> TwinCases(string twin, Func<Complex[], Complex[], Complex[]> solve,
        Func<long[], long[], long[]> convolve) =>
    [
        ($"{twin} Solve b null", ArgumentCase.Null(() => solve([1, 2], null!), "b")),
        ($"{twin} Solve b empty", ArgumentCase.Rule(() => solve([1, 2], []), "b", "must not be empty")),
        ($"{twin} Solve b of another length", ArgumentCase.Rule(() => solve([1, 2], [1, 2, 3]), "b", "must have the length of c (got 3 and 2)")),
        ($"{twin} CircularConvolve in1 null", ArgumentCase.Null(() => convolve(null!, [1L]), "in1")),
        ($"{twin} CircularConvolve in2 null", ArgumentCase.Null(() => convolve([1L], null!), "in2")),
    ];

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["CirculantMatrix.Spec.Of c null"] = ArgumentCase.Null(() => CirculantMatrix.Spec.Of<long>(null!), "c"),
        ["Eigenvalues c null"] = ArgumentCase.Null(() => CirculantMatrix.Spec.Eigenvalues(null!), "c"),
        ["Eigenvalues c empty"] = ArgumentCase.Rule(() => CirculantMatrix.Spec.Eigenvalues([]), "c", "must not be empty"),
        ["Eigenvector n 0"] = ArgumentCase.Range(() => CirculantMatrix.Spec.Eigenvector(0, 0), "n", "must be at least 1 (got 0)"),

        ["CircularConvolve.Spec shapes differ"] = ArgumentCase.Rule(() => CircularConvolve.Spec.Apply(Two, new NdArray<long>([3], [1, 2, 3])), "in2",
            "must have the same shape as in1 (got 2 and 3)"),
        ["CheckShapes in1 null"] = ArgumentCase.Null(() => { CircularConvolve.Spec.CheckShapes(null!, Two); return null; }, "in1"),
        ["CheckShapes in2 null"] = ArgumentCase.Null(() => { CircularConvolve.Spec.CheckShapes(Two, null!); return null; }, "in2"),
        ["CheckShapes ranks differ"] = ArgumentCase.Rule(() => { CircularConvolve.Spec.CheckShapes(Two, new NdArray<long>([2, 1], [1, 2])); return null; }, "in2",
            "must have the same rank as in1 (got rank 1 and rank 2)"),
        ["CheckShapes empty"] = ArgumentCase.Rule(() => { CircularConvolve.Spec.CheckShapes(new NdArray<long>([0], []), new NdArray<long>([0], [])); return null; }, "in1",
            "must not be empty (shape 0)"),

        ["CirculantFastErrorBound.EigenvalueError c null"] = ArgumentCase.Null(() => CirculantFastErrorBound.EigenvalueError(null!), "c"),
    };

    /// <summary>
    /// The residual bounds' shared arguments: c, and λ̂ of the length of c with every |λ̂_k| above η (here the second
    /// equals η, of the O(n²) DFT or of the FFT, exactly).
    /// </summary>
    private static IEnumerable<(string, ArgumentCase)> BoundCases(string bound, Func<Complex[], Complex[], double> residual,
        Func<Complex[], double> eta, string transform) =>
    [
        ($"{bound} c null", ArgumentCase.Null(() => residual(null!, [1, 2]), "c")),
        ($"{bound} lambdaHat null", ArgumentCase.Null(() => residual([1, 2], null!), "lambdaHat")),
        ($"{bound} lambdaHat of another length", ArgumentCase.Rule(() => residual([3, 1], [4, 2, 2]), "lambdaHat", "must have the length of c")),
        ($"{bound} an eigenvalue equal to eta", ArgumentCase.Rule(() => residual([3, 1], [4, eta([3, 1])]), "lambdaHat",
            $"every |λ̂_k| must exceed the {transform} error bound η (else C is singular to working precision)")),
    ];


    /// <summary>The solve bounds' right-hand side b and its transform β̂: given, and of the length of c.</summary>
    private static IEnumerable<(string, ArgumentCase)> RightHandSideCases(string bound,
        Func<Complex[], Complex[], Complex[], Complex[], double> residual) =>
    [
        ($"{bound} b null", ArgumentCase.Null(() => residual([3, 1], [4, 2], null!, [2, 0]), "b")),
        ($"{bound} betaHat null", ArgumentCase.Null(() => residual([3, 1], [4, 2], [1, 1], null!), "betaHat")),
        ($"{bound} b of another length", ArgumentCase.Rule(() => residual([3, 1], [4, 2], [1, 1, 1], [2, 0]), "b", "must have the length of c")),
        ($"{bound} betaHat of another length", ArgumentCase.Rule(() => residual([3, 1], [4, 2], [1, 1], [2]), "betaHat", "must have the length of c")),
    ];

    static CirculantArgumentExamples()
    {
        foreach (var (name, c) in RightHandSideCases("CirculantErrorBound.SolveResidual", CirculantErrorBound.SolveResidual)
                     .Concat(RightHandSideCases("CirculantFastErrorBound.SolveResidual", CirculantFastErrorBound.SolveResidual)))
            Cases.Add(name, c);
        foreach (var (name, c) in TwinCases("Spec", CirculantMatrix.Spec.Solve, CircularConvolve.Spec.Apply<long>)
                     .Concat(TwinCases("Fast", CirculantMatrix.Fast.Solve, CircularConvolve.Fast.Apply<long>)))
            Cases.Add(name, c);
        foreach (var (name, c) in BoundCases("CirculantErrorBound.InverseResidual", CirculantErrorBound.InverseResidual,
                         c => DftErrorBound.Forward([c.Length], DftErrorBound.Norm1(c)), "DFT")
                     .Concat(BoundCases("CirculantErrorBound.SolveResidual", (c, l) => CirculantErrorBound.SolveResidual(c, l, [1, 1], [2, 0]),
                         c => DftErrorBound.Forward([c.Length], DftErrorBound.Norm1(c)), "DFT"))
                     .Concat(BoundCases("CirculantFastErrorBound.InverseResidual", CirculantFastErrorBound.InverseResidual,
                         CirculantFastErrorBound.EigenvalueError, "FFT"))
                     .Concat(BoundCases("CirculantFastErrorBound.SolveResidual", (c, l) => CirculantFastErrorBound.SolveResidual(c, l, [1, 1], [2, 0]),
                         CirculantFastErrorBound.EigenvalueError, "FFT")))
            Cases.Add(name, c);
    }

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    [Fact] // the zero vector: every λ_k = 0 and ‖c‖₁ = 0, so the DFT's error bound η is 0 too, and |λ_0| = η is singular
    public void The_zero_circulant_is_singular_even_with_a_zero_error_bound()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => CirculantMatrix.Spec.Inverse([0, 0]));
        Assert.Equal("c", e.ParamName);
        Assert.Contains($"c: the circulant matrix is singular to working precision: eigenvalue 0 is {Complex.Zero}, ", e.Message);
        Assert.Contains("within the DFT error bound 0 of zero", e.Message);
    }

    [Fact] // the fast twin: the FFT eigenvalues of the zero vector are 0, and so is η = ε_n √n ‖c‖₂: |λ̂_0| = η is singular
    public void The_zero_circulant_is_singular_to_the_fast_twin_even_with_a_zero_error_bound()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => CirculantMatrix.Fast.Inverse([0, 0]));
        Assert.Equal("c", e.ParamName);
        Assert.Contains($"c: the circulant matrix is singular to working precision: eigenvalue 0 is {Complex.Zero}, ", e.Message);
        Assert.Contains("within the FFT error bound 0 of zero", e.Message);
    }

    [Theory] // (a ⊛ b)_0 = a_0 b_0 + a_1 b_1 = long.MaxValue + 1, on both twins
    [InlineData(false)]
    [InlineData(true)]
    public void Integer_overflow_of_a_circular_convolution_is_an_error_naming_the_operation(bool fast)
    {
        var e = Assert.Throws<OverflowException>(() => fast
            ? CircularConvolve.Fast.Apply([long.MaxValue, 1L], [1L, 1L])
            : CircularConvolve.Spec.Apply([long.MaxValue, 1L], [1L, 1L]));
        Assert.StartsWith("circular_convolve: integer overflow", e.Message);
    }
}
