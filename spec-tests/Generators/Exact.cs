using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Generators;

/// <summary>Element-type changes for exact comparisons in the laws.</summary>
public static class Exact
{
    /// <summary>The same tensor with Int128 elements, in which the laws' sums of products cannot overflow.</summary>
    public static NdArray<Int128> Wide(this NdArray<long> x) => x.Map(v => (Int128)v);
}
