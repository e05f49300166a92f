using ConvSpec.Correlation;
using ConvSpec.Layers;
using ConvSpec.Pooling;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using ConvSpec.Tensors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Layers;

/// <summary>
/// Laws of the three-stage layer (convolution → ReLU → pooling) and of pooling over a filter bank, with the
/// convolution stage built from Correlate.Spec (valid cross-correlation of a 1 x 1 x H x W input).
/// </summary>
public class ConvReluPoolLaws
{
    private static readonly Gen<long> Small = Gen.Choose(-9, 9).Select(v => (long)v);

    /// <summary>The convolution stage: valid cross-correlation with a 1 x 1 x k x k kernel.</summary>
    private static Func<NdArray<long>, NdArray<long>> Conv(NdArray<long> kernel) =>
        x => Correlate.Spec.Apply(x, new NdArray<long>([1, 1, .. kernel.Shape], kernel.Data), ConvolutionMode.Valid);

    /// <summary>(rot X)[i, j] = X[j, n − 1 − i] on the last two axes of a square image: a 90-degree rotation.</summary>
    private static NdArray<long> Rotate(NdArray<long> x)
    {
        var n = x.Shape[^1];
        return NdArray<long>.Create(x.Shape.ToArray(), i =>
        {
            var source = (int[])i.Clone();
            (source[^2], source[^1]) = (i[^1], n - 1 - i[^2]);
            return x[source];
        });
    }

    private static Func<NdArray<long>, NdArray<long>> MaxPool2(int k) => d => MaxPool.Spec.Apply(d, new PoolOptions([k, k], [k, k])).Values;

    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Max_over_a_bank_closed_under_90_degree_rotations_is_invariant_to_rotating_the_input() =>
        Prop.ForAll(TensorGen.Tensor([1, 1, 6, 6], Small).ToArbitrary(), TensorGen.Tensor([3, 3], Small).ToArbitrary(), (x, k) =>
        {
            // The bank {K, rot K, rot² K, rot³ K} responds to rot X with the rotation of its response to X, so the
            // maximum over the bank is equivariant pointwise and invariant once pooled over space.
            var kernels = new List<NdArray<long>> { k };
            for (var r = 1; r < 4; r++) kernels.Add(Rotate(kernels[^1]));
            var bank = kernels.Select(Conv).ToList();
            var response = ChannelPool.Spec.MaxOverBank(x, bank);
            var rotated = ChannelPool.Spec.MaxOverBank(Rotate(x), bank);
            return rotated.Equals(Rotate(response))
                && GlobalPool.Spec.Max(rotated).Equals(GlobalPool.Spec.Max(response));
        });

    [Fact]
    public void A_single_filter_is_not_rotation_invariant_but_its_rotation_closed_bank_is()
    {
        // A vertical-edge detector sees a vertical edge; rotated, the edge is horizontal and this filter misses it.
        var x = NdArray<long>.Create([1, 1, 4, 4], i => i[3] < 2 ? 0 : 1);
        var edge = NdArray<long>.Matrix(new long[,] { { -1, 1 }, { -1, 1 } });
        var single = GlobalPool.Spec.Max(Conv(edge)(x)).Data[0];
        var singleRotated = GlobalPool.Spec.Max(Conv(edge)(Rotate(x))).Data[0];
        Assert.Equal(2, single);
        Assert.Equal(0, singleRotated);
        var bank = new[] { edge, Rotate(edge), Rotate(Rotate(edge)), Rotate(Rotate(Rotate(edge))) }.Select(Conv).ToList();
        Assert.Equal(2, GlobalPool.Spec.Max(ChannelPool.Spec.MaxOverBank(x, bank)).Data[0]);
        Assert.Equal(2, GlobalPool.Spec.Max(ChannelPool.Spec.MaxOverBank(Rotate(x), bank)).Data[0]);
    }

    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Channel_max_pooling_of_stacked_responses_equals_the_max_over_the_bank() =>
        Prop.ForAll(TensorGen.Tensor([1, 1, 5, 5], Small).ToArbitrary(), TensorGen.Tensor([2, 2], Small).ToArbitrary(),
            TensorGen.Tensor([2, 2], Small).ToArbitrary(), (x, k1, k2) =>
            {
                var (r1, r2) = (Conv(k1)(x), Conv(k2)(x));
                var stacked = NdArray<long>.Create([1, 2, 4, 4], i => i[1] == 0 ? r1[0, 0, i[2], i[3]] : r2[0, 0, i[2], i[3]]);
                return ChannelPool.Spec.Max(stacked, 2).Equals(ChannelPool.Spec.MaxOverBank(x, [Conv(k1), Conv(k2)]));
            });

    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Layer_with_max_pooling_equals_max_pooling_then_ReLU_of_the_convolution() =>
        Prop.ForAll(TensorGen.Tensor([1, 1, 7, 7], Small).ToArbitrary(), TensorGen.Tensor([2, 2], Small).ToArbitrary(), (x, k) =>
            ConvReluPool.Apply(x, Conv(k), MaxPool2(2)).Equals(MaxPool2(2)(Conv(k)(x)).Map(v => Math.Max(v, 0))));

    [Property(MaxTest = 40 / CaseCount.Divisor)]
    public Property Layer_output_shifts_with_an_input_shift_by_whole_pooling_strides() =>
        Prop.ForAll(TensorGen.Tensor([1, 1, 8, 8], Small).ToArbitrary(), TensorGen.Tensor([2, 2], Small).ToArbitrary(), (x, k) =>
        {
            // Shift right by 2 columns (one stride of the 2 x 2 pooling): the output shifts by one column, away from the border.
            var shifted = NdArray<long>.Create([1, 1, 8, 8], i => i[3] >= 2 ? x[0, 0, i[2], i[3] - 2] : 0);
            var y = ConvReluPool.Apply(x, Conv(k), MaxPool2(2));
            var ys = ConvReluPool.Apply(shifted, Conv(k), MaxPool2(2));
            return IndexSpace.Of([y.Shape[2], y.Shape[3] - 1]).All(i => ys[0, 0, i[0], i[1] + 1] == y[0, 0, i[0], i[1]]);
        });

    [Fact]
    public void Three_stage_layer_worked_example()
    {
        // X = [[1, 2, 0, -1], [3, -4, 1, 2]] with the two-element edge kernel [-1, 1] (the notes' edge detector):
        // conv = [[1, -2, -1], [-7, 5, 1]]; ReLU = [[1, 0, 0], [0, 5, 1]]; max pool width 2, stride 1 = [[1, 0], [5, 5]].
        var x = new NdArray<long>([1, 1, 2, 4], [1, 2, 0, -1, 3, -4, 1, 2]);
        var conv = Conv(NdArray<long>.Matrix(new long[,] { { -1, 1 } }));
        Assert.Equal(new long[] { 1, -2, -1, -7, 5, 1 }, conv(x).Data);
        Assert.Equal(new long[] { 1, 0, 0, 0, 5, 1 }, ConvReluPool.Detector(x, conv, ConvReluPool.Relu).Data);
        var y = ConvReluPool.Apply(x, conv, d => MaxPool.Spec.Apply(d, new PoolOptions([1, 2])).Values);
        Assert.Equal(new long[] { 1, 0, 5, 5 }, y.Data);
    }

    [Fact]
    public void Relu_keeps_z_unless_z_is_below_zero_so_negative_zero_and_NaN_pass_through()
    {
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(ConvReluPool.Relu(-0.0)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.0), BitConverter.DoubleToInt64Bits(ConvReluPool.Relu(0.0)));
        Assert.True(double.IsNaN(ConvReluPool.Relu(double.NaN)));
        Assert.Equal(0.0, ConvReluPool.Relu(-2.5));
        Assert.Equal(2.5, ConvReluPool.Relu(2.5));
    }
}
