using ConvSpec.Validation;

namespace ConvSpec.Pooling;

/// <summary>The flattening of an input position (n, c, i_1..i_k) into ONNX MaxPool's Indices (see <see cref="StorageOrder"/>).</summary>
public static class PoolIndex
{
    /// <summary>
    /// RowMajor: ((n·C + c)·D_1 + i_1)·D_2 ... + i_k. ColumnMajor: (n·C + c)·D_1⋯D_k + Σ_a i_a·Π_{b&lt;a} D_b.
    /// </summary>
    public static long Flatten(IReadOnlyList<int> shape, IReadOnlyList<int> position, StorageOrder order)
    {
        Preconditions.Require(position.Count == shape.Count, nameof(position), $"needs {shape.Count} coordinates (got {position.Count})");
        long plane = 1;
        for (var a = 2; a < shape.Count; a++) plane *= shape[a];
        var channel = (long)position[0] * shape[1] + position[1];
        long spatial = 0;
        if (order == StorageOrder.RowMajor)
            for (var a = 2; a < shape.Count; a++) spatial = spatial * shape[a] + position[a];
        else
            for (var a = shape.Count - 1; a >= 2; a--) spatial = spatial * shape[a] + position[a];
        return channel * plane + spatial;
    }
}
