using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;

namespace ConvSpec.SpecTests.Conventions;

/// <summary>
/// Spec methods allowed, for now, to lack their Fast twin: their twins are being written on another branch
/// (issue 5). This list must shrink to empty; an entry whose twin exists is itself reported, so that it is removed.
/// Each entry covers every overload of the named method.
/// </summary>
public static class PendingFastTwins
{
    /// <summary>(the Spec class, the method name) pairs still waiting for a Fast twin.</summary>
    public static readonly IReadOnlyList<(Type Spec, string Method)> Entries =
    [
        (typeof(Convolve.Spec), nameof(Convolve.Spec.Full)),
        (typeof(Convolve.Spec), nameof(Convolve.Spec.Apply)),
        (typeof(Convolve.Spec), nameof(Convolve.Spec.AlongAxes)),
        (typeof(Correlate.Spec), nameof(Correlate.Spec.Full)),
        (typeof(Correlate.Spec), nameof(Correlate.Spec.Apply)),
        (typeof(Convolve2D.Spec), nameof(Convolve2D.Spec.Apply)),
        (typeof(Correlate2D.Spec), nameof(Correlate2D.Spec.Apply)),
        (typeof(Extend.Spec), nameof(Extend.Spec.Index)),
    ];
}
