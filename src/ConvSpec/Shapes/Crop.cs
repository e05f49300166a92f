using ConvSpec.Tensors;

namespace ConvSpec.Shapes;

/// <summary>
/// Cropping a full convolution to a mode. SciPy keeps the centre of full:
/// start_d = ⌊(full_d − out_d) / 2⌋, so for same with an even kernel (n = 2) the extra
/// element of full is dropped at the end:
/// <code>
///   full  [1, 3, 5, 7, 4]     ([1,2,3,4] * [1,1])
///   same  [1, 3, 5, 7]        start ⌊(5−4)/2⌋ = 0
///   valid    [3, 5, 7]        start ⌊(5−3)/2⌋ = 1
/// </code>
/// </summary>
public static class Crop
{
    /// <summary>The centred start on one axis: ⌊(full − out) / 2⌋.</summary>
    public static int CentredStart(int fullLength, int outLength) => (fullLength - outLength) / 2;

    /// <summary>The centred window of <paramref name="full"/> of shape <paramref name="outShape"/>.</summary>
    public static NdArray<T> Centred<T>(NdArray<T> full, IReadOnlyList<int> outShape)
    {
        var start = new int[outShape.Count];
        for (var d = 0; d < start.Length; d++) start[d] = CentredStart(full.Shape[d], outShape[d]);
        return Window(full, start, outShape);
    }

    /// <summary>The window of <paramref name="source"/> that starts at <paramref name="start"/> and has <paramref name="shape"/>.</summary>
    public static NdArray<T> Window<T>(NdArray<T> source, IReadOnlyList<int> start, IReadOnlyList<int> shape)
    {
        var at = new int[shape.Count];
        return NdArray<T>.Create(shape.ToArray(), i =>
        {
            for (var d = 0; d < at.Length; d++) at[d] = start[d] + i[d];
            return source[at];
        });
    }
}
