using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.TestSupport;

/// <summary>Tensors of small integers in double, so that every product and sum the fast twins form is exact.</summary>
public static class IntegerTensors
{
    /// <summary>The tensor of <paramref name="shape"/> whose entry at flat position i is ((step · i) mod modulus) + offset.</summary>
    public static NdArray<double> Cycle(int step, int modulus, int offset, params int[] shape)
    {
        var n = shape.Aggregate(1, (p, d) => p * d);
        return new NdArray<double>(shape, Enumerable.Range(0, n).Select(i => (double)(step * i % modulus + offset)).ToArray());
    }
}
