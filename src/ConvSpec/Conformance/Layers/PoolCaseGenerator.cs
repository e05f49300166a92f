using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance.Layers;

/// <summary>
/// The common shape of a generator for an ONNX sliding-window pooling operator on X (N x C x D1..Dk): the
/// window edges of <see cref="WindowCases"/>, every pad_limit, data of small integers (ties) or of every
/// magnitude, real dtypes of the case space, and now and then a request the spec rejects (pads ≥ kernel under
/// the ONNX limit, a kernel_shape of the wrong length, a zero stride, complex X).
/// The bound: n = ΠK addends per output (<see cref="Bounds.PoolErrorBound"/> counts fewer for the Fast twins).
/// </summary>
public abstract class PoolCaseGenerator : ICaseGenerator
{
    public abstract string Op { get; }

    /// <summary>Adds the operator's own arguments (count_include_pad, p, ...).</summary>
    protected abstract Gen<JsonObject> Extra(JsonObject args, WindowAxis[] axes);

    /// <summary>The request on absolute values whose answer bounds the error, or null when the answer is exact.</summary>
    protected virtual JsonObject? AbsoluteArgs(JsonObject args) => WireTensor.AbsoluteArgs(args);

    /// <summary>Whether kernel_shape is always sent (WeightedAveragePool may take it from W).</summary>
    protected virtual Gen<bool> SendKernelShape => Gen.Constant(true);

    /// <summary>X's elements: small integers (ties, exact sums) or the shared reals.</summary>
    protected virtual Gen<TensorValue> Data(DType dtype, int[] shape, CaseSpace space) =>
        Gen.Frequency((1, WindowCases.SmallIntegers(dtype, shape)), (2, TensorCases.Tensor(dtype, shape, space.NonFinite)));

    public Gen<JsonObject> Args(CaseSpace space) => Gen.Frequency((20, Wellformed(space)), (1, Malformed(space)));

    private Gen<JsonObject> Wellformed(CaseSpace space) =>
        from k in WindowCases.SpatialRank
        from axes in WindowCases.Axes(k, space.MaxSize)
        from batch in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Constant(2)))
        from channels in Gen.Choose(1, 3)
        from dtype in Gen.Elements(WindowCases.RealTypes(space))
        from x in Data(dtype, [batch, channels, .. axes.Select(a => a.Extent)], space)
        from kernelShape in SendKernelShape
        from windowed in WindowCases.Attributes(new JsonObject { ["X"] = WireTensor.ToNode(x) }, axes, kernelShape, true, true)
        from padLimit in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("onnx", "pytorch", "any")))
        from args in Extra(windowed, axes)
        select PadLimit(args, padLimit);

    private static JsonObject PadLimit(JsonObject args, string? padLimit)
    {
        if (padLimit is not null) args["pad_limit"] = padLimit;
        return args;
    }

    /// <summary>Requests the spec rejects.</summary>
    private Gen<JsonObject> Malformed(CaseSpace space) =>
        from which in Gen.Choose(0, 3)
        from dtype in Gen.Elements(WindowCases.RealTypes(space))
        from x in Data(dtype, [1, 1, 4], space)
        let request = new JsonObject { ["X"] = WireTensor.ToNode(x) }
        from complex in TensorCases.Node(DType.Complex128, [1, 1, 4], false)
        select which switch
        {
            0 => With(request, "kernel_shape", [2], "pads", [2, 0]),
            1 => With(request, "kernel_shape", [2, 2], "strides", [1]),
            2 => With(request, "kernel_shape", [2], "strides", [0]),
            _ => With(new JsonObject { ["X"] = complex }, "kernel_shape", [2], "strides", [1]),
        };

    private static JsonObject With(JsonObject args, string a, int[] va, string b, int[] vb)
    {
        args[a] = WindowCases.Ints(va);
        args[b] = WindowCases.Ints(vb);
        return args;
    }

    public Tolerance AlgorithmOf(JsonObject args) => Tolerance.Direct;

    public virtual BoundInputs Bound(JsonObject args) => new(Terms(args), AbsoluteArgs(args), 0, 0, 0, 0, 0);

    /// <summary>The addends of one output: the window's cells ΠK.</summary>
    protected virtual long Terms(JsonObject args) => KernelCells(args);

    /// <summary>ΠK from kernel_shape (or W's shape), each entry counted as max(1, k); 1 without either.</summary>
    protected static long KernelCells(JsonObject args) =>
        (WindowCases.IntList(args, "kernel_shape") ?? (args.ContainsKey("W") ? WireTensor.Argument(args, "W").Shape : [1]))
            .Aggregate(1L, (p, k) => p * Math.Max(1, k));

    public JsonObject? WithMethod(JsonObject args, string method) => WindowCases.WithMethod(args, method);
}
