using ConvSpec.Arithmetic;
using ConvSpec.Pooling;
using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>
/// Worked examples with their numbers written out: the ONNX backend test cases
/// (onnx/backend/test/case/node/maxpool.py, averagepool.py) and torch.nn.functional 1.13 (run with
/// /usr/bin/python3, values pasted).
/// </summary>
public class PoolingExamples
{
    /// <summary>1 x 1 x n x n holding 1 .. n².</summary>
    private static NdArray<double> Counting(int n) => NdArray<double>.Create([1, 1, n, n], i => i[2] * n + i[3] + 1);

    private static NdArray<double> Y(int h, int w, params double[] values) => new([1, 1, h, w], values);

    private static NdArray<long> I(int h, int w, params long[] values) => new([1, 1, h, w], values);

    private static NdArray<double> Average(NdArray<double> x, PoolOptions o, bool include = false,
        OverhangDivisor overhang = OverhangDivisor.PaddedWindow) =>
        AveragePool.Spec.Apply(x.Map(Rational.FromDouble), o, include, overhang).Map(r => r.ToDouble());

    [Fact]
    public void Onnx_maxpool_2d_ceil()
    {
        var r = MaxPool.Spec.Apply(Counting(4), new PoolOptions([3, 3], [2, 2], CeilMode: true));
        Assert.Equal(Y(2, 2, 11, 12, 15, 16), r.Values);
    }

    [Fact]
    public void Onnx_maxpool_2d_dilations()
    {
        var r = MaxPool.Spec.Apply(Counting(4), new PoolOptions([2, 2], [1, 1], Dilations: [2, 2]));
        Assert.Equal(Y(2, 2, 11, 12, 15, 16), r.Values);
    }

    [Fact]
    public void Onnx_maxpool_with_argmax_2d_precomputed_pads()
    {
        var r = MaxPool.Spec.Apply(Counting(5), new PoolOptions([5, 5], Pads: [2, 2, 2, 2]));
        Assert.Equal(Y(5, 5, 13, 14, 15, 15, 15, 18, 19, 20, 20, 20, 23, 24, 25, 25, 25, 23, 24, 25, 25, 25, 23, 24, 25, 25, 25), r.Values);
        Assert.Equal(I(5, 5, 12, 13, 14, 14, 14, 17, 18, 19, 19, 19, 22, 23, 24, 24, 24, 22, 23, 24, 24, 24, 22, 23, 24, 24, 24), r.Indices);
    }

    [Fact]
    public void Onnx_maxpool_with_argmax_2d_precomputed_strides_storage_order_1()
    {
        var r = MaxPool.Spec.Apply(Counting(5), new PoolOptions([2, 2], [2, 2]), StorageOrder.ColumnMajor);
        Assert.Equal(Y(2, 2, 7, 9, 17, 19), r.Values);
        Assert.Equal(I(2, 2, 6, 16, 8, 18), r.Indices);
    }

    [Fact]
    public void Onnx_maxpool_2d_precomputed_same_upper()
    {
        var r = MaxPool.Spec.Apply(Counting(5), new PoolOptions([3, 3], [2, 2], AutoPad: AutoPad.SameUpper));
        Assert.Equal(Y(3, 3, 7, 9, 10, 17, 19, 20, 22, 24, 25), r.Values);
    }

    [Fact]
    public void Same_lower_puts_the_odd_pad_first()
    {
        // D = 5, K = 2, s = 1: total pad 1; SAME_UPPER pads (0, 1), SAME_LOWER pads (1, 0).
        var x = new NdArray<double>([1, 1, 5], [1, 5, 2, 4, 3]);
        Assert.Equal(new double[] { 5, 5, 4, 4, 3 }, MaxPool.Spec.Apply(x, new PoolOptions([2], AutoPad: AutoPad.SameUpper)).Values.Data);
        Assert.Equal(new double[] { 1, 5, 5, 4, 4 }, MaxPool.Spec.Apply(x, new PoolOptions([2], AutoPad: AutoPad.SameLower)).Values.Data);
    }

    [Fact]
    public void Onnx_maxpool_2d_pads_accepts_pad_2_with_kernel_3_which_PyTorch_rejects()
    {
        var x = Counting(4);
        Assert.Equal([1, 1, 6, 6], MaxPool.Spec.Apply(x, new PoolOptions([3, 3], Pads: [2, 2, 2, 2])).Values.Shape);
        var e = Assert.Throws<ArgumentException>(() =>
            MaxPool.Spec.Apply(x, new PoolOptions([3, 3], Pads: [2, 2, 2, 2], PadLimit: PadLimit.PyTorch)));
        Assert.Equal("pads", e.ParamName);
        Assert.Throws<ArgumentException>(() => MaxPool.Spec.Apply(x, new PoolOptions([3, 3], Pads: [3, 0, 0, 0])));
    }

    [Fact]
    public void Onnx_averagepool_2d_precomputed_pads()
    {
        var y = Average(Counting(5), new PoolOptions([5, 5], Pads: [2, 2, 2, 2]));
        Assert.Equal(Y(5, 5, 7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5, 12, 12.5, 13, 13.5, 14, 14.5, 15, 15.5, 16, 16.5, 17, 17.5, 18, 18.5, 19), y);
    }

    [Fact]
    public void Onnx_averagepool_2d_precomputed_pads_count_include_pad_and_torch_agree()
    {
        // ONNX's expected values; torch.nn.functional.avg_pool2d(x, 5, 1, 2, count_include_pad=True) gives the same.
        var y = Average(Counting(5), new PoolOptions([5, 5], Pads: [2, 2, 2, 2]), include: true);
        Assert.Equal(Y(5, 5, 2.52, 3.6, 4.8, 4.08, 3.24, 4.56, 6.4, 8.4, 7.04, 5.52, 7.2, 10, 13, 10.8, 8.4,
            6.96, 9.6, 12.4, 10.24, 7.92, 6.12, 8.4, 10.8, 8.88, 6.84), y);
    }

    [Fact]
    public void Onnx_averagepool_2d_precomputed_same_upper_and_strides()
    {
        Assert.Equal(Y(3, 3, 4, 5.5, 7, 11.5, 13, 14.5, 19, 20.5, 22),
            Average(Counting(5), new PoolOptions([3, 3], [2, 2], AutoPad: AutoPad.SameUpper)));
        Assert.Equal(Y(2, 2, 4, 6, 14, 16), Average(Counting(5), new PoolOptions([2, 2], [2, 2])));
    }

    [Fact]
    public void Onnx_averagepool_2d_ceil()
    {
        Assert.Equal(Y(2, 2, 6, 7.5, 12, 13.5), Average(Counting(4), new PoolOptions([3, 3], [2, 2], CeilMode: true)));
    }

    [Fact]
    public void Onnx_averagepool_2d_dilations()
    {
        Assert.Equal(Y(2, 2, 6, 7, 10, 11), Average(Counting(4), new PoolOptions([2, 2], [1, 1], Dilations: [2, 2], CeilMode: true)));
    }

    [Fact]
    public void Onnx_averagepool_2d_ceil_last_window_starts_on_pad_drops_that_window()
    {
        // D = 2, K = 3, s = 3, pads 1: the second window would start at 2 + 1 - 1 = position 2 ≥ D: dropped.
        Assert.Equal(1, WindowOutputSize.Of(2, 3, 3, 1, 1, 1, ceilMode: true));
        var y = Average(Counting(2), new PoolOptions([3, 3], [3, 3], [1, 1, 1, 1], CeilMode: true));
        Assert.Equal(Y(1, 1, 2.5), y);
    }

    [Fact]
    public void Onnx_last_window_starts_on_pad_data_counts_padding_torch_agrees_only_with_count_include_pad()
    {
        // ONNX stores 0.1511 for channel 0; torch avg_pool2d(x, 3, 3, 1, ceil_mode=True) gives 0.3399
        // (count_include_pad=False) and 0.1511 (True). Exact values: 1.3595/4 and 1.3595/9 in float32 inputs.
        var x = new NdArray<double>([1, 1, 2, 2], [0.8580f, 0.0786f, 0.2692f, 0.1537f]);
        var o = new PoolOptions([3, 3], [3, 3], [1, 1, 1, 1], CeilMode: true);
        Assert.Equal(0.3399, Math.Round(Average(x, o).Data[0], 4));
        Assert.Equal(0.1511, Math.Round(Average(x, o, include: true).Data[0], 4));
    }

    [Fact]
    public void Torch_avg_pool2d_ceil_count_include_pad_divides_by_the_padded_window()
    {
        // torch.nn.functional.avg_pool2d(arange(1,17).reshape(1,1,4,4), 3, 2, 1, ceil_mode=True, count_include_pad=True)
        var o = new PoolOptions([3, 3], [2, 2], [1, 1, 1, 1], CeilMode: true);
        Assert.Equal(Y(3, 3, 14.0 / 9, 30.0 / 9, 2, 57.0 / 9, 11, 6, 4.5, 7.5, 4), Average(Counting(4), o, include: true));
        // count_include_pad=False: [3.5, 5, 6, 9.5, 11, 12, 13.5, 15, 16]
        Assert.Equal(Y(3, 3, 3.5, 5, 6, 9.5, 11, 12, 13.5, 15, 16), Average(Counting(4), o));
    }

    [Fact]
    public void Onnx_Runtime_before_opset_19_divides_an_overhanging_window_by_the_full_kernel()
    {
        // ONNX Runtime, opset 18 (pytorch/pytorch#183528): [1.5555556, 3.3333333, 1.3333334, 6.3333335, 11.0, 4.0, 3.0, 5.0, 1.7777778]
        var o = new PoolOptions([3, 3], [2, 2], [1, 1, 1, 1], CeilMode: true);
        Assert.Equal(Y(3, 3, 14.0 / 9, 30.0 / 9, 12.0 / 9, 57.0 / 9, 11, 36.0 / 9, 27.0 / 9, 45.0 / 9, 16.0 / 9),
            Average(Counting(4), o, include: true, OverhangDivisor.FullKernel));
    }

    [Fact]
    public void Overhang_divisor_example_of_the_docs()
    {
        var x = new NdArray<double>([1, 1, 5], [1, 2, 3, 4, 5]);
        var o = new PoolOptions([2], [2], CeilMode: true);
        // torch.nn.functional.avg_pool1d(x, 2, 2, 0, ceil_mode=True) = [1.5, 3.5, 5.0]
        Assert.Equal(new double[] { 1.5, 3.5, 5 }, Average(x, o, include: true).Data);
        Assert.Equal(new double[] { 1.5, 3.5, 2.5 }, Average(x, o, include: true, OverhangDivisor.FullKernel).Data);
        // torch.nn.functional.avg_pool1d(x, 2, 2, 1, ceil_mode=True, count_include_pad=True) = [0.5, 2.5, 4.5]
        Assert.Equal(new double[] { 0.5, 2.5, 4.5 }, Average(x, o with { Pads = [1, 1] }, include: true).Data);
    }

    [Fact]
    public void Torch_lp_pool1d_of_negatives_and_partial_windows()
    {
        var x = new NdArray<double>([1, 1, 5], [-2, 1, 3, -1, 2]);
        var o = new PoolOptions([2], [2], CeilMode: true);
        // torch.nn.functional.lp_pool1d(x, 3, 2, 2, ceil_mode=True) = [nan, 2.9624960684073702, 2.5198420997897464]
        var torch = LpPool.Spec.Apply(x, o, 3, LpConvention.PyTorch).Data;
        Assert.True(double.IsNaN(torch[0]));
        // 26^(1/3) = 2.96249606840737050867... (Python decimal, 50 digits) rounds to 2.9624960684073707; torch's
        // pow(26, fl(1/3)) is one ulp below. The spec is the correctly rounded root.
        Assert.Equal(2.9624960684073707, torch[1]);
        Assert.Equal(2.9624960684073702, Math.BitDecrement(torch[1]));
        Assert.Equal(2.5198420997897464, torch[2]);
        // ONNX: (8 + 1)^(1/3), (27 + 1)^(1/3), 8^(1/3), correctly rounded (Python decimal)
        Assert.Equal(new[] { 2.080083823051904, 3.0365889718756627, 2.0 }, LpPool.Spec.Apply(x, o, 3).Data);
        // p = 2: torch [2.23606797749979, 3.1622776601683795, 2.8284271247461903] (the last window scaled by 2/1)
        Assert.Equal(new[] { 2.23606797749979, 3.1622776601683795, 2.8284271247461903 }, LpPool.Spec.Apply(x, o, 2, LpConvention.PyTorch).Data);
    }

    [Fact]
    public void Lp_pool_PyTorch_scale_counts_end_pad_cells_as_inside_the_padded_input()
    {
        // [1, 2, 3] padded with one zero at the end, K = 3, p = 2: both windows hold m = K = 3 cells of the padded input, so the
        // scale is 1: √(1 + 4 + 9) = √14 and √(4 + 9 + 0) = √13, correctly rounded.
        var x = new NdArray<double>([1, 1, 3], [1, 2, 3]);
        var y = LpPool.Spec.Apply(x, new PoolOptions([3], Pads: [0, 1]), 2, LpConvention.PyTorch).Data;
        Assert.Equal(new[] { 3.7416573867739413, 3.605551275463989 }, y);
    }

    [Fact]
    public void Lp_pool_of_a_window_of_zeros_is_zero_not_NaN()
    {
        // (0² + 0²)^(1/2) = 0 and (3² + 4²)^(1/2) = 5, in both conventions (full windows: PyTorch's scale is 1)
        var x = new NdArray<double>([1, 1, 4], [0, 0, 3, -4]);
        var o = new PoolOptions([2], [2]);
        Assert.Equal(new[] { 0.0, 5 }, LpPool.Spec.Apply(x, o, 2).Data);
        Assert.Equal(new[] { 0.0, 5 }, LpPool.Spec.Apply(x, o, 2, LpConvention.PyTorch).Data);
    }

    [Fact]
    public void Lp_pool_of_floats_with_an_infinity_takes_the_IEEE_path()
    {
        // float inputs are widened to double; a window holding +∞ pools to +∞, a finite one to its exact root
        var x = new NdArray<float>([1, 1, 4], [3, 4, float.PositiveInfinity, 0]);
        Assert.Equal(new[] { 5f, float.PositiveInfinity }, LpPool.Spec.Apply(x, new PoolOptions([2], [2]), 2).Data);
    }

    [Fact]
    public void Torch_lp_pool2d_p2_and_p3()
    {
        var x = new NdArray<double>([1, 1, 3, 3], [1, -2, 3, 4, 5, -6, 7, 8, 9]);
        // torch.nn.functional.lp_pool2d(x, 2, 2, 1) = [6.782329983125268, 8.602325267042627, 12.409673645990857, 14.352700094407323]
        Assert.Equal(new[] { 6.782329983125268, 8.602325267042627, 12.409673645990857, 14.352700094407323 },
            LpPool.Spec.Apply(x, new PoolOptions([2, 2]), 2).Data);
        // torch.nn.functional.lp_pool1d([-2, 1, 3, -1, 2], 3, 3, 1) = [2.7144176165949063, 3.0, 3.239611801277483], each
        // one ulp below the correctly rounded 20^(1/3) = 2.7144176165949068 and 34^(1/3) = 3.2396118012774835 (Python decimal).
        var v = new NdArray<double>([1, 1, 5], [-2, 1, 3, -1, 2]);
        Assert.Equal(new[] { 2.7144176165949068, 3.0, 3.2396118012774835 }, LpPool.Spec.Apply(v, new PoolOptions([3]), 3, LpConvention.PyTorch).Data);
    }

    [Fact]
    public void Torch_max_pool2d_ties_report_the_first_maximum()
    {
        // torch.nn.functional.max_pool2d([[1,3,3],[3,2,3],[0,3,1]], 2, 1, return_indices=True): indices [[1, 1], [3, 5]]
        var x = new NdArray<double>([1, 1, 3, 3], [1, 3, 3, 3, 2, 3, 0, 3, 1]);
        var r = MaxPool.Spec.Apply(x, new PoolOptions([2, 2]));
        Assert.Equal(new double[] { 3, 3, 3, 3 }, r.Values.Data);
        Assert.Equal(new long[] { 1, 1, 3, 5 }, r.Indices.Data);
    }

    [Fact]
    public void Torch_max_pool1d_propagates_NaN_and_reports_the_last_NaN()
    {
        // torch.nn.functional.max_pool1d([1, nan, 3, nan, 0], 4, 1, return_indices=True) = [nan, nan], [3, 3]
        var x = new NdArray<double>([1, 1, 5], [1, double.NaN, 3, double.NaN, 0]);
        var r = MaxPool.Spec.Apply(x, new PoolOptions([4]));
        Assert.All(r.Values.Data, v => Assert.True(double.IsNaN(v)));
        Assert.Equal(new long[] { 3, 3 }, r.Indices.Data);
        var ignore = MaxPool.Spec.Apply(x, new PoolOptions([4]), nanRule: NanRule.Ignore);
        // ONNX reference: the first window [1, NaN, 3, NaN] gives 3; the second starts on NaN and stays NaN.
        Assert.Equal(3, ignore.Values.Data[0]);
        Assert.True(double.IsNaN(ignore.Values.Data[1]));
        Assert.Equal(new long[] { 2, 1 }, ignore.Indices.Data);
    }

    [Fact]
    public void Torch_max_pool2d_with_dilation_and_ceil_mode()
    {
        // x = arange(1,26).reshape(5,5) * [1,-1,1,-1,1] per column;
        // torch.nn.functional.max_pool2d(x, 2, 2, 1, dilation=2, ceil_mode=True, return_indices=True)
        var x = NdArray<double>.Create([1, 1, 5, 5], i => (i[2] * 5 + i[3] + 1) * (i[3] % 2 == 0 ? 1 : -1));
        var r = MaxPool.Spec.Apply(x, new PoolOptions([2, 2], [2, 2], [1, 1, 1, 1], [2, 2], CeilMode: true));
        Assert.Equal(Y(3, 3, -7, -7, -9, -7, -7, -9, -17, -17, -19), r.Values);
        Assert.Equal(I(3, 3, 6, 6, 8, 6, 6, 8, 16, 16, 18), r.Indices);
    }

    [Fact]
    public void Indices_flatten_over_batch_and_channels()
    {
        // N = 2, C = 2, 3 x 4; the maximum of (n=1, c=1) at (2, 1): row-major 3·12 + 2·4 + 1 = 45, column-major 36 + 2 + 1·3 = 41.
        var x = NdArray<long>.Create([2, 2, 3, 4], i => i[0] == 1 && i[1] == 1 && i[2] == 2 && i[3] == 1 ? 100 : 0);
        var o = new PoolOptions([3, 4]);
        Assert.Equal(45, MaxPool.Spec.Apply(x, o).Indices.Data[3]);
        Assert.Equal(41, MaxPool.Spec.Apply(x, o, StorageOrder.ColumnMajor).Indices.Data[3]);
        Assert.Equal(new long[] { 0, 12, 24, 45 }, MaxPool.Spec.Apply(x, o).Indices.Data);
    }

    [Fact]
    public void Notes_pooling_with_downsampling_keeps_the_smaller_rightmost_region_in_ceil_mode()
    {
        // Notes: width 3, stride 2 over 6 cells: floor gives regions 0-2, 2-4; ceil adds the region 4-5.
        var x = new NdArray<long>([1, 1, 6], [1, 5, 2, 0, 3, 7]);
        Assert.Equal(new long[] { 5, 3 }, MaxPool.Spec.Apply(x, new PoolOptions([3], [2])).Values.Data);
        Assert.Equal(new long[] { 5, 3, 7 }, MaxPool.Spec.Apply(x, new PoolOptions([3], [2], CeilMode: true)).Values.Data);
    }

    [Fact]
    public void Distance_weighted_average_normalises_over_the_valid_cells()
    {
        // w = 1/(1 + r²) on 3 x 3: centre 1, edges 1/2, corners 1/3. At a corner with pads 1 only 4 cells are valid.
        var w = DistanceWeights.InverseQuadratic([3, 3]);
        Assert.Equal(Rational.Create(1, 2), w[0, 1]);
        Assert.Equal(Rational.Create(1, 3), w[0, 0]);
        var x = NdArray<Rational>.Create([1, 1, 3, 3], i => Rational.FromInteger(i[2] * 3 + i[3] + 1));
        var y = WeightedAveragePool.Spec.Apply(x, w, new PoolOptions([3, 3], Pads: [1, 1, 1, 1]));
        // corner (0,0): cells 1 (w 1), 2 (1/2), 4 (1/2), 5 (1/3): (1 + 1 + 2 + 5/3) / (1 + 1/2 + 1/2 + 1/3) = (17/3)/(7/3) = 17/7
        Assert.Equal(Rational.Create(17, 7), y[0, 0, 0, 0]);
        Assert.Equal(Rational.FromInteger(5), y[0, 0, 1, 1]);
    }

    [Fact]
    public void Global_pools_reduce_every_spatial_cell()
    {
        var x = NdArray<double>.Create([1, 2, 2, 3], i => i[1] * 10 + i[2] * 3 + i[3]);
        Assert.Equal(new double[] { 5, 15 }, GlobalPool.Spec.Max(x).Data);
        Assert.Equal([1, 2, 1, 1], GlobalPool.Spec.Max(x).Shape);
        Assert.Equal(new[] { Rational.Create(5, 2), Rational.Create(25, 2) }, GlobalPool.Spec.Average(x.Map(Rational.FromDouble)).Data);
        Assert.Equal(Math.Sqrt(55), GlobalPool.Spec.Lp(x).Data[0]);
    }
}
