using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.Conformance;

/// <summary>
/// A case generator whose operation's float error is not the convolution model of <see cref="ElementBounds"/>
/// (γ_n·(|a| * |b|) or the FFT convolution bound), e.g. a Fourier transform: it states each element's allowance
/// itself, the candidate's bound plus the spec answer's own distance from the exact result.
/// </summary>
public interface IElementAllowance
{
    /// <summary>Per element of <paramref name="expected"/>, the largest |candidate − expected| allowed; null to use the convolution model.</summary>
    double[]? Allowance(JsonObject args, TensorValue expected, Tolerance tolerance);
}
