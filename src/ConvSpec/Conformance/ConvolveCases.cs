using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance;

/// <summary><c>convolve</c> and <c>correlate</c> (scipy.signal): ranks 1 to 3, every mode, every method.</summary>
public abstract class MethodCaseGenerator : BinaryCaseGenerator
{
    protected override (int Min, int Max) Ranks => (1, 3);

    protected override Tolerance DefaultAlgorithm => Tolerance.Fft;

    protected override Gen<JsonObject> Extra(JsonObject args, int[] shape1, int[] shape2) =>
        Gen.Elements("direct", "fft", "auto", null).Select(method =>
        {
            if (method is not null) args["method"] = method;
            return args;
        });

}

/// <summary>Cases for <c>convolve</c>.</summary>
public sealed class ConvolveCases : MethodCaseGenerator
{
    public override string Op => "convolve";
}

/// <summary>Cases for <c>correlate</c>.</summary>
public sealed class CorrelateCases : MethodCaseGenerator
{
    public override string Op => "correlate";
}
