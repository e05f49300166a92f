using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance.Layers;

/// <summary>One spatial axis of a sliding-window request: input extent, kernel, stride, dilation, pads.</summary>
public sealed record WindowAxis(int Extent, int Kernel, int Stride, int Dilation, int PadBegin, int PadEnd);

/// <summary>
/// Shared generators of the sliding-window attributes of Conv and the ONNX pooling operators, reaching the edges:
/// extent 1, kernel equal to the input, strides larger than the kernel, dilation, asymmetric pads, pads up to
/// K − 1 (the last window may start in the padding under ceil_mode), every auto_pad (SAME_UPPER and SAME_LOWER
/// differ where the total padding is odd), ceil_mode partial windows, and 1-D, 2-D and 3-D inputs.
/// </summary>
public static class WindowCases
{
    /// <summary>The number of spatial axes, 1 to 3.</summary>
    public static Gen<int> SpatialRank => Gen.Frequency((3, Gen.Constant(1)), (4, Gen.Constant(2)), (2, Gen.Constant(3)));

    /// <summary>
    /// The largest extent of one spatial axis for a tensor of k ≥ 1 spatial axes: round(max^(2/(k+1))), at least 2
    /// (k = 1 gives max itself, k = 2 gives max^(2/3), k = 3 gives √max), so k axes hold at most about max^(2k/(k+1)) elements.
    /// </summary>
    public static int AxisMax(int k, int max) => Math.Max(2, (int)Math.Round(Math.Pow(max, 2.0 / (k + 1))));

    /// <summary>One axis whose windows all touch the input (the spec may still reject it, e.g. pads ≥ kernel).</summary>
    public static Gen<WindowAxis> Axis(int max) =>
        from extent in TensorCases.Extent(max)
        from kernel in Gen.Frequency((3, Gen.Choose(1, Math.Min(extent, 4))), (1, Gen.Constant(extent)), (1, Gen.Choose(1, 3)))
        from dilation in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, 3)))
        from stride in Gen.Frequency((4, Gen.Choose(1, 2)), (1, Gen.Choose(1, kernel + 2)))
        from begin in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(0, Math.Max(0, kernel - 1))))
        from end in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(0, Math.Max(0, kernel - 1))))
        let fits = (kernel - 1) * dilation + 1 <= extent + begin + end
        select fits ? new WindowAxis(extent, kernel, stride, dilation, begin, end) : new WindowAxis(extent, 1, stride, 1, 0, 0);

    /// <summary>k axes.</summary>
    public static Gen<WindowAxis[]> Axes(int k, int max) => Gen.ArrayOf(Axis(AxisMax(k, max)), k);

    /// <summary>
    /// Adds kernel_shape (when <paramref name="kernelShape"/>), strides, pads, dilations (when
    /// <paramref name="dilations"/>), auto_pad and ceil_mode (when <paramref name="ceilMode"/>) to a request:
    /// each attribute present or left at its default, pads explicit or replaced by an auto_pad.
    /// </summary>
    public static Gen<JsonObject> Attributes(JsonObject args, WindowAxis[] axes, bool kernelShape, bool dilations, bool ceilMode) =>
        from strides in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
        from dilated in Gen.Elements(dilations, false)
        from autoPad in Gen.Frequency((5, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("NOTSET")),
            (2, Gen.Elements<string?>("SAME_UPPER", "SAME_LOWER")), (1, Gen.Constant<string?>("VALID")))
        from ceil in Gen.Frequency((3, Gen.Constant<int?>(null)), (2, Gen.Elements<int?>(0, 1)))
        select With(args, axes, kernelShape, strides, dilated, autoPad, ceilMode ? ceil : null);

    private static JsonObject With(JsonObject args, WindowAxis[] axes, bool kernelShape, bool strides, bool dilations, string? autoPad, int? ceil)
    {
        if (kernelShape) args["kernel_shape"] = Ints(axes.Select(a => a.Kernel));
        if (strides || axes.Any(a => a.Stride != 1)) args["strides"] = Ints(axes.Select(a => a.Stride));
        if (dilations && axes.Any(a => a.Dilation != 1)) args["dilations"] = Ints(axes.Select(a => a.Dilation));
        if (autoPad is null or "NOTSET")
        {
            if (axes.Any(a => a.PadBegin + a.PadEnd > 0)) args["pads"] = Ints(axes.Select(a => a.PadBegin).Concat(axes.Select(a => a.PadEnd)));
            if (autoPad is not null) args["auto_pad"] = autoPad;
        }
        else args["auto_pad"] = autoPad;
        if (ceil is not null) args["ceil_mode"] = ceil.Value;
        return args;
    }

    /// <summary>A JSON array of integers.</summary>
    public static JsonArray Ints(IEnumerable<int> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    /// <summary>The real dtypes of the case space (float64 when it has none).</summary>
    public static DType[] RealTypes(CaseSpace space)
    {
        var real = space.DTypes.Where(d => !d.IsComplex()).ToArray();
        return real.Length > 0 ? real : [DType.Float64];
    }

    /// <summary>Small integers: ties for max/min pooling, exact sums.</summary>
    public static Gen<TensorValue> SmallIntegers(DType dtype, int[] shape) =>
        Gen.ArrayOf(Gen.Choose(-2, 2).Select(v => (double)v), shape.Aggregate(1, (p, d) => p * d))
            .Select(d => dtype == DType.Int64 ? TensorValue.Int64(shape, Array.ConvertAll(d, v => (long)v)) : TensorValue.Real(dtype, shape, d));

    /// <summary>The integer list argument <paramref name="name"/>, or null.</summary>
    public static int[]? IntList(JsonObject args, string name) =>
        args[name] is JsonArray a ? a.Select(v => v!.GetValue<int>()).ToArray() : null;

    /// <summary>The same request with <c>method</c> set (fft, which these operations lack, asks for the Fast twin).</summary>
    public static JsonObject WithMethod(JsonObject args, string method)
    {
        var copy = (JsonObject)args.DeepClone();
        copy["method"] = method == "fft" ? "fast" : method;
        return copy;
    }

    /// <summary>The element dtype of the tensor argument <paramref name="name"/>.</summary>
    public static DType DTypeOf(JsonObject args, string name) => WireTensor.FromNode(args[name], name).DType;
}
