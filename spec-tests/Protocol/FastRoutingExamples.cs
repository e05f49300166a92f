using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// The eval routing of docs/protocol.md: <c>method = spec</c> is the exact result correctly rounded; direct, fft and
/// auto run the fast twins (within their bounds); int64 stays exact for every method and for fftconvolve/oaconvolve.
/// Numbers from <c>scipy.signal.convolve([1, 2, 3], [0, 1, 0.5])</c> = [0, 1, 2.5, 4, 1.5] (SciPy 1.10).
/// </summary>
public class FastRoutingExamples
{
    private static JsonNode Respond(string line) => JsonNode.Parse(EvalServer.Respond(line))!;

    private static double[] Data(JsonNode response) =>
        response["result"]!["data"]!.AsArray().Select(x => x!.GetValue<double>()).ToArray();

    [Theory]
    [InlineData("spec")]
    [InlineData("direct")]
    [InlineData("fft")]
    [InlineData("auto")]
    public void Every_method_answers_convolve_within_the_FFT_bound_of_the_exact_result(string method)
    {
        var r = Data(Respond($$$"""{"id":1,"op":"convolve","args":{"in1":[1,2,3],"in2":[0,1,0.5],"method":"{{{method}}}"}}"""));
        double[] exact = [0, 1, 2.5, 4, 1.5];
        // Bound of the FFT path on these inputs (ErrorBound.FftConvolution with padded length 6): ‖ĉ − c‖₂ ≤ β.
        var beta = ConvSpec.Bounds.ErrorBound.FftConvolution([1, 2, 3], [0, 1, 0.5], [6]);
        Assert.InRange(Math.Sqrt(r.Zip(exact, (a, b) => (a - b) * (a - b)).Sum()), 0, beta);
        if (method is "spec" or "direct") Assert.Equal(exact, r);
    }

    [Theory]
    [InlineData("convolve", "fft")]
    [InlineData("correlate", "auto")]
    [InlineData("fftconvolve", null)]
    [InlineData("oaconvolve", null)]
    public void Int64_results_are_exact_on_every_fast_path(string op, string? method)
    {
        var m = method is null ? "" : $",\"method\":\"{method}\"";
        var big = 1L << 30; // products near 2^60: exact in int64, not in double
        var r = Respond($$$"""{"id":1,"op":"{{{op}}}","args":{"in1":[{{{big}}},{{{big + 1}}},3],"in2":[{{{big}}},1]{{{m}}}}}""");
        Assert.Equal("int64", r["result"]!["dtype"]!.GetValue<string>());
        var data = r["result"]!["data"]!.AsArray().Select(x => x!.GetValue<long>()).ToArray();
        var expected = op == "correlate"
            ? new[] { big, big * big + big + 1, (big + 1) * big + 3, 3 * big }
            : new[] { big * big, big + (big + 1) * big, big + 1 + 3 * big, 3 };
        Assert.Equal(expected, data);
    }
}
