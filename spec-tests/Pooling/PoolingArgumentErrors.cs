using ConvSpec.Arithmetic;
using ConvSpec.Pooling;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Pooling;

/// <summary>
/// Every window pooling function, Spec and Fast, called directly with one bad argument: it is refused with the
/// argument's name and the rule broken (Preconditions' "name: rule" style).
/// </summary>
public class PoolingArgumentErrors
{
    private static readonly NdArray<double> X = new([1, 1, 3], [1, 2, 3]);
    private static readonly NdArray<float> XF = new([1, 1, 3], [1, 2, 3]);
    private static readonly PoolOptions K2 = new([2]);
    private static readonly NdArray<double> W2 = new([2], [1, 2]);
    private static readonly NdArray<float> W2F = new([2], [1, 2]);
    private const OverhangDivisor NoOverhang = (OverhangDivisor)9;
    private const StorageOrder NoOrder = (StorageOrder)5;
    private const NanRule NoNanRule = (NanRule)5;
    private const LpConvention NoConvention = (LpConvention)4;

    private static readonly Dictionary<string, ArgumentCase> Cases = new()
    {
        ["AveragePool.Spec X null"] = ArgumentCase.Null(() => AveragePool.Spec.Apply<double>(null!, K2), "X"),
        ["AveragePool.Spec overhang undefined"] = ArgumentCase.Range(() => AveragePool.Spec.Apply(X, K2, true, NoOverhang), "overhang", "9 is not a OverhangDivisor"),
        ["AveragePool.Fast X null"] = ArgumentCase.Null(() => AveragePool.Fast.Apply((NdArray<double>)null!, K2), "X"),
        ["AveragePool.Fast float X null"] = ArgumentCase.Null(() => AveragePool.Fast.Apply((NdArray<float>)null!, K2), "X"),
        ["AveragePool.Fast overhang undefined"] = ArgumentCase.Range(() => AveragePool.Fast.Apply(X, K2, true, NoOverhang), "overhang", "9 is not a OverhangDivisor"),

        ["MaxPool.Spec X null"] = ArgumentCase.Null(() => MaxPool.Spec.Apply<double>(null!, K2), "X"),
        ["MaxPool.Spec storage_order undefined"] = ArgumentCase.Range(() => MaxPool.Spec.Apply(X, K2, NoOrder), "storage_order", "5 is not a StorageOrder"),
        ["MaxPool.Spec nan undefined"] = ArgumentCase.Range(() => MaxPool.Spec.Apply(X, K2, nanRule: NoNanRule), "nan", "5 is not a NanRule"),
        ["MaxPool.Fast X null"] = ArgumentCase.Null(() => MaxPool.Fast.Apply((NdArray<double>)null!, K2), "X"),
        ["MaxPool.Fast float X null"] = ArgumentCase.Null(() => MaxPool.Fast.Apply((NdArray<float>)null!, K2), "X"),
        ["MaxPool.Fast storage_order undefined"] = ArgumentCase.Range(() => MaxPool.Fast.Apply(X, K2, NoOrder), "storage_order", "5 is not a StorageOrder"),
        ["MaxPool.Fast nan undefined"] = ArgumentCase.Range(() => MaxPool.Fast.Apply(X, K2, nanRule: NoNanRule), "nan", "5 is not a NanRule"),

        ["MinPool.Spec X null"] = ArgumentCase.Null(() => MinPool.Spec.Apply<double>(null!, K2), "X"),
        ["MinPool.Spec storage_order undefined"] = ArgumentCase.Range(() => MinPool.Spec.Apply(X, K2, NoOrder), "storage_order", "5 is not a StorageOrder"),
        ["MinPool.Spec nan undefined"] = ArgumentCase.Range(() => MinPool.Spec.Apply(X, K2, nanRule: NoNanRule), "nan", "5 is not a NanRule"),
        // 65536 windows of 65536 cells per axis, each holding the one cell: 2^32 outputs, more than an array holds.
        ["MinPool.Spec Y too large"] = ArgumentCase.Rule(() => MinPool.Spec.Apply(new NdArray<double>([1, 1, 1, 1], [1]), HugeOutput), "Y",
            "shape 1x1x65536x65536 has more than"),
        ["MaxPool.Spec Y too large"] = ArgumentCase.Rule(() => MaxPool.Spec.Apply(new NdArray<double>([1, 1, 1, 1], [1]), HugeOutput), "Y",
            "shape 1x1x65536x65536 has more than"),
        ["MinPool.Fast X null"] = ArgumentCase.Null(() => MinPool.Fast.Apply((NdArray<double>)null!, K2), "X"),
        ["MinPool.Fast float X null"] = ArgumentCase.Null(() => MinPool.Fast.Apply((NdArray<float>)null!, K2), "X"),

        ["LpPool.Spec.PowerSums X null"] = ArgumentCase.Null(() => LpPool.Spec.PowerSums<long>(null!, K2, 2), "X"),
        ["LpPool.Spec.PowerSums p 0"] = ArgumentCase.Range(() => LpPool.Spec.PowerSums(X, K2, 0), "p", "must be at least 1 (got 0)"),
        ["LpPool.Spec.PowerSums convention undefined"] = ArgumentCase.Range(() => LpPool.Spec.PowerSums(X, K2, 2, NoConvention), "convention", "4 is not a LpConvention"),
        ["LpPool.Spec X null"] = ArgumentCase.Null(() => LpPool.Spec.Apply((NdArray<double>)null!, K2, 2), "X"),
        ["LpPool.Spec float X null"] = ArgumentCase.Null(() => LpPool.Spec.Apply((NdArray<float>)null!, K2, 2), "X"),
        ["LpPool.Fast X null"] = ArgumentCase.Null(() => LpPool.Fast.Apply((NdArray<double>)null!, K2, 2), "X"),
        ["LpPool.Fast float X null"] = ArgumentCase.Null(() => LpPool.Fast.Apply((NdArray<float>)null!, K2, 2), "X"),
        ["LpPool.Fast p 0"] = ArgumentCase.Range(() => LpPool.Fast.Apply(X, K2, 0), "p", "must be at least 1 (got 0)"),
        ["LpPool.Fast convention undefined"] = ArgumentCase.Range(() => LpPool.Fast.Apply(X, K2, 2, NoConvention), "convention", "4 is not a LpConvention"),
        ["LpPool.Fast PyTorch convention"] = new(() => LpPool.Fast.Apply(X, K2, 2, LpConvention.PyTorch), typeof(NotSupportedException), null,
            "convention: the fast Lp pooling computes the ONNX convention only (|x|^p)"),

        ["WeightedAveragePool.Spec X null"] = ArgumentCase.Null(() => WeightedAveragePool.Spec.Apply(null!, W2, K2), "X"),
        ["WeightedAveragePool.Spec W null"] = ArgumentCase.Null(() => WeightedAveragePool.Spec.Apply(X, null!, K2), "W"),
        ["WeightedAveragePool.Spec options null"] = ArgumentCase.Null(() => WeightedAveragePool.Spec.Apply(X, W2, null!), "options"),
        ["WeightedAveragePool.Spec W of another shape"] = ArgumentCase.Rule(() => WeightedAveragePool.Spec.Apply(X, W2, new PoolOptions([3])), "W",
            "must have the kernel's shape 3 (got 2)"),
        ["WeightedAveragePool.Spec no kernel_shape"] = ArgumentCase.Rule(() => WeightedAveragePool.Spec.Apply(X, W2, new PoolOptions(null!)), "W",
            "must have the kernel's shape () (got 2)"),
        ["WeightedAveragePool.Spec weights summing to zero"] = ArgumentCase.Rule(() => WeightedAveragePool.Spec.Apply(X, new NdArray<double>([2], [1, -1]), K2), "W",
            "the weights of the input cells of window 0x0x0 sum to zero"),
        ["WeightedAveragePool.Fast X null"] = ArgumentCase.Null(() => WeightedAveragePool.Fast.Apply(null!, W2, K2), "X"),
        ["WeightedAveragePool.Fast float X null"] = ArgumentCase.Null(() => WeightedAveragePool.Fast.Apply(null!, W2F, K2), "X"),
        ["WeightedAveragePool.Fast W null"] = ArgumentCase.Null(() => WeightedAveragePool.Fast.Apply(X, null!, K2), "W"),
        ["WeightedAveragePool.Fast options null"] = ArgumentCase.Null(() => WeightedAveragePool.Fast.Apply(X, W2, null!), "options"),
        ["WeightedAveragePool.Fast W of another shape"] = ArgumentCase.Rule(() => WeightedAveragePool.Fast.Apply(X, W2, new PoolOptions([3])), "W",
            "must have the kernel's shape 3 (got 2)"),
        ["WeightedAveragePool.Fast float no kernel_shape"] = ArgumentCase.Rule(() => WeightedAveragePool.Fast.Apply(XF, W2F, new PoolOptions(null!)), "W",
            "must have the kernel's shape () (got 2)"),
        ["WeightedAveragePool.Fast weights summing to zero"] = ArgumentCase.Rule(() => WeightedAveragePool.Fast.Apply(X, new NdArray<double>([2], [1, -1]), K2), "W",
            "the weights of the input cells of a window sum to zero"),

        ["PoolIndex.Flatten a position of another rank"] = ArgumentCase.Rule(() => PoolIndex.Flatten([1, 1, 3], [0, 0], StorageOrder.RowMajor), "position",
            "needs 3 coordinates (got 2)"),

        ["DistanceWeights.Of kernel_shape null"] = ArgumentCase.Null(() => DistanceWeights.Of(null!, r => r), "kernel_shape"),
        ["DistanceWeights.Of kernel 0"] = ArgumentCase.Range(() => DistanceWeights.Of([2, 0], r => r), "kernel_shape", "must be at least 1 (got 0)"),
        ["DistanceWeights.InverseQuadratic kernel_shape null"] = ArgumentCase.Null(() => DistanceWeights.InverseQuadratic(null!), "kernel_shape"),
        ["DistanceWeights.InverseQuadratic kernel 0"] = ArgumentCase.Range(() => DistanceWeights.InverseQuadratic([0]), "kernel_shape", "must be at least 1 (got 0)"),
    };

    private static PoolOptions HugeOutput => new([65536, 65536], Pads: [65535, 65535, 65535, 65535]);

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_argument_is_refused_with_its_name_and_rule(string name) => Cases[name].Refuses();

    [Fact]
    public void Integer_overflow_of_a_window_sum_is_an_error_naming_the_operation()
    {
        var big = new NdArray<long>([1, 1, 2], [long.MaxValue, 1]);
        Assert.StartsWith("AveragePool: integer overflow", Assert.Throws<OverflowException>(() => AveragePool.Spec.Apply(big, K2)).Message);
        Assert.StartsWith("LpPool: integer overflow", Assert.Throws<OverflowException>(() => LpPool.Spec.PowerSums(big, K2, 1)).Message);
        Assert.StartsWith("WeightedAveragePool: integer overflow",
            Assert.Throws<OverflowException>(() => WeightedAveragePool.Spec.Apply(big, new NdArray<long>([2], [1, 1]), K2)).Message);
    }

    [Fact]
    public void Integer_overflow_of_a_power_or_a_weight_total_is_an_error_naming_the_operation()
    {
        // (2^32)^2 = 2^64: the power overflows though the window holds a single nonzero cell.
        var power = Assert.Throws<OverflowException>(() => LpPool.Spec.PowerSums(new NdArray<long>([1, 1, 2], [1L << 32, 0]), K2, 2));
        Assert.StartsWith("LpPool: integer overflow", power.Message);
        // zeros weighted by long.MaxValue and 1: the weighted sum is 0, the weight total long.MaxValue + 1 overflows.
        var total = Assert.Throws<OverflowException>(() =>
            WeightedAveragePool.Spec.Apply(new NdArray<long>([1, 1, 2], [0, 0]), new NdArray<long>([2], [long.MaxValue, 1]), K2));
        Assert.StartsWith("WeightedAveragePool: integer overflow", total.Message);
    }

    [Fact]
    public void The_cell_count_of_an_average_is_checked_too()
    {
        // 128 zeros in one window: the count 128 does not fit in sbyte, though the sum 0 does.
        var zeros = new NdArray<sbyte>([1, 1, 128], new sbyte[128]);
        Assert.StartsWith("AveragePool: integer overflow", Assert.Throws<OverflowException>(() => AveragePool.Spec.Apply(zeros, new PoolOptions([128]))).Message);
    }
}
