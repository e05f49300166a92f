namespace ConvSpec.Convolution;

/// <summary>
/// Which algorithm computes a convolution (SciPy's <c>method</c>, plus <c>spec</c>).
/// <c>spec</c> runs the spec function in exact arithmetic; the others run optimized variants, whose
/// results agree with the spec within the error bound of their algorithm.
/// </summary>
public enum Method
{
    /// <summary>Pick direct or FFT from a cost model.</summary>
    Auto,
    /// <summary>Direct summation.</summary>
    Direct,
    /// <summary>FFT-based.</summary>
    Fft,
    /// <summary>The spec function, exact.</summary>
    Spec,
}
