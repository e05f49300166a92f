using System.Text.Json;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>
/// convolve vs correlate, fixed at construction,, checked on instances
/// from a fresh scan (<see cref="EvalOperations.Discover"/>), since <see cref="EvalOperations.All"/> is built once a process.
/// convolve([1, 2], [3, 4]) = [3, 10, 8]; correlate([1, 2], [3, 4]) = [4, 11, 6] (NumPy/SciPy).
/// </summary>
public class FreshOperationInstancesExamples
{
    private static long[] Evaluate(string op, string args)
    {
        var result = EvalOperations.Discover()[op].Evaluate(new EvalArgs(op, JsonDocument.Parse(args).RootElement));
        return ((TensorValue)result.Result).AsInt64().Data;
    }

    [Theory]
    [InlineData("convolve", new[] { 3L, 10, 8 })]
    [InlineData("correlate", new[] { 4L, 11, 6 })]
    public void Convolve_flips_the_kernel_and_correlate_does_not(string op, long[] expected) =>
        Assert.Equal(expected, Evaluate(op, """{"in1": [1, 2], "in2": [3, 4]}"""));
}
