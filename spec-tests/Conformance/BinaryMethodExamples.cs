using System.Text.Json.Nodes;
using ConvSpec.Conformance;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The method argument of the binary operations: direct and spec are judged as direct sums, fft and auto as FFT
/// results, no method by the operation's default; and a request is re-asked only with a method its operation takes.
/// </summary>
public class BinaryMethodExamples
{
    private static JsonObject Request(string? method) => method is null ? [] : new JsonObject { ["method"] = method };

    [Theory]
    [InlineData("fftconvolve", "direct", Tolerance.Direct)]
    [InlineData("fftconvolve", "spec", Tolerance.Direct)]
    [InlineData("fftconvolve", null, Tolerance.Fft)]
    [InlineData("convolve2d", "fft", Tolerance.Fft)]
    [InlineData("convolve2d", "auto", Tolerance.Fft)]
    [InlineData("convolve2d", null, Tolerance.Direct)]
    public void The_method_names_the_algorithm_class_and_its_absence_the_default(string op, string? method, Tolerance expected) =>
        Assert.Equal(expected, ((BinaryCaseGenerator)CaseGenerators.Find(op)).AlgorithmOf(Request(method)));

    [Theory]
    [InlineData("convolve", "auto,direct,fft,spec")]
    [InlineData("fftconvolve", "auto,direct,fft,spec")]
    [InlineData("convolve2d", "auto,direct,spec")]
    public void A_request_is_re_asked_with_exactly_the_methods_its_operation_takes(string op, string methods)
    {
        var generator = (BinaryCaseGenerator)CaseGenerators.Find(op);
        var taken = methods.Split(',');
        foreach (var method in new[] { "auto", "direct", "fft", "spec", "" })
        {
            var copy = generator.WithMethod(Request(null), method);
            if (taken.Contains(method)) Assert.Equal(method, copy?["method"]?.GetValue<string>());
            else Assert.Null(copy);
        }
    }
}
