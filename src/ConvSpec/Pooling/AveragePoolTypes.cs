namespace ConvSpec.Pooling;

/// <summary>
/// The divisor of an average window that overhangs the padded input (only ceil_mode makes such windows),
/// when padding is counted (count_include_pad = 1). Without count_include_pad both divide by the input cells.
/// <code>
///   PaddedWindow : count the window's cells inside the padded input [−b, D + e): cells past the end padding
///                  are not counted (PyTorch avg_pool; ONNX reference; ONNX Runtime from opset 19)
///   FullKernel   : always divide by K_1⋯K_k (ONNX Runtime before opset 19)
/// </code>
/// Example X = [1, 2, 3, 4, 5], K = 2, s = 2, pads (1, 0), ceil_mode, count_include_pad = 1: windows cover
/// [pad, 1], [2, 3], [4, 5] → 0.5, 2.5, 4.5 under both. With pads (0, 0) and K = 2, s = 2: windows [1, 2], [3, 4],
/// [5, past end] → PaddedWindow 1.5, 3.5, 5; FullKernel 1.5, 3.5, 2.5.
/// </summary>
public enum OverhangDivisor
{
    /// <summary>Count only cells inside the padded input (PyTorch, ONNX reference).</summary>
    PaddedWindow,
    /// <summary>Divide by the whole kernel (ONNX Runtime before opset 19).</summary>
    FullKernel,
}
