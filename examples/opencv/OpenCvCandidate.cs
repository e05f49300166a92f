using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using OpenCvSharp;

namespace ConvSpec.Examples.OpenCv;

/// <summary>
/// OpenCV as convspec candidates, each a Func&lt;op, args, response&gt;:
/// <list type="bullet">
/// <item><see cref="Filter2D"/>: <c>correlate2d</c> in <c>same</c> mode through <c>Cv2.Filter2D</c>'s own
/// border handling (fill with 0 → BORDER_CONSTANT, symm → BORDER_REFLECT, wrap → BORDER_WRAP), the anchor
/// set to ((kw−1)/2, (kh−1)/2), which is SciPy's even-kernel centring (OpenCV's default anchor is kw/2).</item>
/// <item><see cref="PaddedFilter2D"/>: <c>correlate2d</c> in every mode and boundary: the input padded by
/// <c>Cv2.CopyMakeBorder</c> (fill → BORDER_CONSTANT with the fill value, wrap → BORDER_WRAP, symm →
/// BORDER_REFLECT), then <c>Cv2.Filter2D</c> with anchor (0, 0) on the padded image, cropped.</item>
/// <item><see cref="DilateMaxPool"/>: ONNX <c>MaxPool</c> (1-D and 2-D, float32 and float64) through <c>Cv2.Dilate</c>
/// with a rectangular (dilated) structuring element on an input padded with −∞, then subsampled by the stride;
/// the output extents come from ConvSpec's <c>output_shape</c> and the indices are the first window cell equal to
/// Dilate's maximum (OpenCV has no argmax), so only the values are OpenCV's.</item>
/// </list>
/// int64 and complex inputs, which OpenCV's filters do not take, are answered <c>unsupported</c>.
/// </summary>
public static class OpenCvCandidate
{
    public static JsonNode Filter2D(string op, JsonObject args) => Guard(() =>
    {
        var (in1, in2, dtype, mode, boundary, fill) = TwoDArgs(op, args);
        if (mode != "same") return Wire.Error("unsupported", "Filter2D alone gives only same-size output");
        if (fill != 0 && boundary == "fill") return Wire.Error("unsupported", "Filter2D's constant border is 0");
        var border = boundary switch { "fill" => BorderTypes.Constant, "wrap" => BorderTypes.Wrap, _ => BorderTypes.Reflect };
        using var src = ToMat(in1, dtype);
        using var kernel = ToMat(in2, dtype);
        using var dst = new Mat();
        var anchor = new Point((in2.Shape[1] - 1) / 2, (in2.Shape[0] - 1) / 2);
        Cv2.Filter2D(src, dst, src.Type().Depth, kernel, anchor, 0, border);
        return Wire.Result(FromMat(dst, dtype));
    });

    public static JsonNode PaddedFilter2D(string op, JsonObject args) => Guard(() =>
    {
        var (in1, in2, dtype, mode, boundary, fill) = TwoDArgs(op, args);
        var (n, m, k, l) = (in1.Shape[0], in1.Shape[1], in2.Shape[0], in2.Shape[1]);
        var swap = mode == "valid" && k >= n && l >= m && (k > n || l > m);
        if (swap) (in1, in2, n, m, k, l) = (in2, in1, k, l, n, m);
        if (mode == "valid" && (k > n || l > m)) return Wire.Error("invalid_argument", "in2: valid mode needs one input at least as large as the other");
        var (top, left, rows, cols) = mode switch
        {
            "full" => (k - 1, l - 1, n + k - 1, m + l - 1),
            "same" => ((k - 1) / 2, (l - 1) / 2, n, m),
            _ => (0, 0, n - k + 1, m - l + 1),
        };
        var (bottom, right) = (rows + k - 1 - n - top, cols + l - 1 - m - left);
        var border = boundary switch { "fill" => BorderTypes.Constant, "wrap" => BorderTypes.Wrap, _ => BorderTypes.Reflect };
        using var src = ToMat(in1, dtype);
        using var padded = new Mat();
        Cv2.CopyMakeBorder(src, padded, top, bottom, left, right, border, new Scalar(fill));
        using var kernel = ToMat(in2, dtype);
        using var dst = new Mat();
        Cv2.Filter2D(padded, dst, padded.Type().Depth, kernel, new Point(0, 0), 0, BorderTypes.Constant);
        using var cropped = new Mat(dst, new Rect(0, 0, cols, rows));
        var result = FromMat(cropped.Clone(), dtype);
        return Wire.Result(swap ? Rotate180(result) : result);
    });

    public static JsonNode DilateMaxPool(string op, JsonObject args) => Guard(() =>
    {
        if (op != "MaxPool") return Wire.Error("unsupported", $"{op}: not a pooling this adapter knows");
        args = (JsonObject)args.DeepClone();
        args.Remove("method");
        var x = Wire.Tensor(args["X"]!, "X");
        if (x.DType is not (DType.Float32 or DType.Float64) || x.Shape.Length is not (3 or 4))
            return Wire.Error("unsupported", "Dilate adapter: 1-D and 2-D float32/float64 only");
        var data = (double[])x.Data;
        if (data.Any(double.IsNaN)) return Wire.Error("unsupported", "Dilate adapter: indices are found by value, which NaN defeats");
        // The window geometry (validation, output extents) is ConvSpec's output_shape; OpenCV computes the maxima.
        var shapeArgs = (JsonObject)args.DeepClone();
        shapeArgs.Remove("X");
        shapeArgs.Remove("nan");
        shapeArgs["op"] = "MaxPool";
        shapeArgs["input_shape"] = new JsonArray(x.Shape.Select(d => (JsonNode)d).ToArray());
        var shape = Wire.ConvSpec("output_shape", shapeArgs);
        if (shape["error"] is not null) return shape;
        var flat = x.Shape.Length == 3;
        var plane = flat ? new[] { 1, x.Shape[2] } : x.Shape[2..];
        var outShape = ((JsonArray)shape["result"]!).Select(v => PoolGeometry.Int(v!)).ToArray();
        var outPlane = flat ? new[] { 1, outShape[2] } : outShape[2..];
        var g = Geometry(args, x.Shape.Length - 2, plane, flat);
        var (h, w, oh, ow) = (plane[0], plane[1], outPlane[0], outPlane[1]);
        var storage = args["storage_order"] is { } so ? PoolGeometry.Int(so) : 0;
        var planes = x.Shape[0] * x.Shape[1];
        var (output, indices) = (new double[planes * oh * ow], new long[planes * oh * ow]);
        var type = x.DType == DType.Float32 ? MatType.CV_32FC1 : MatType.CV_64FC1;
        using var element = new Mat(g.Span(0), g.Span(1), MatType.CV_8UC1, Scalar.All(0));
        for (var u = 0; u < g.Kernel[0]; u++)
        for (var v = 0; v < g.Kernel[1]; v++)
            element.Set(u * g.Dilations[0], v * g.Dilations[1], (byte)1);
        for (var p = 0; p < planes; p++)
        {
            var cells = data.Skip(p * h * w).Take(h * w).ToArray();
            using var src = ToMat(TensorValue.Real(x.DType, [h, w], cells), x.DType);
            var bottom = Math.Max(0, (oh - 1) * g.Strides[0] + g.Span(0) - h - g.Begin[0]);
            var right = Math.Max(0, (ow - 1) * g.Strides[1] + g.Span(1) - w - g.Begin[1]);
            using var padded = new Mat();
            Cv2.CopyMakeBorder(src, padded, g.Begin[0], bottom, g.Begin[1], right, BorderTypes.Constant, new Scalar(double.NegativeInfinity));
            using var dst = new Mat();
            Cv2.Dilate(padded, dst, element, new Point(0, 0), 1, BorderTypes.Constant, new Scalar(double.NegativeInfinity));
            for (var i = 0; i < oh; i++)
            for (var j = 0; j < ow; j++)
            {
                var value = x.DType == DType.Float32 ? dst.At<float>(i * g.Strides[0], j * g.Strides[1]) : dst.At<double>(i * g.Strides[0], j * g.Strides[1]);
                var k = (p * oh + i) * ow + j;
                output[k] = value;
                indices[k] = p * h * w + FirstCellEqual(cells, g, h, w, i, j, value, storage);
            }
        }
        var response = Wire.Result(TensorValue.Real(x.DType, outShape, output));
        response["indices"] = Wire.Json(TensorValue.Int64(outShape, indices));
        return response;
    });

    /// <summary>The window attributes on a (rows, cols) plane; a 1-D request is a single row.</summary>
    private static PoolGeometry Geometry(JsonObject args, int rank, int[] plane, bool flat)
    {
        var full = PoolGeometry.Pads(args, rank, plane.Skip(flat ? 1 : 0).ToArray());
        return flat ? full.WithLeadingUnitAxis() : full;
    }

    /// <summary>
    /// The index (storage_order 0 row-major, 1 column-major within the plane) of the first window cell, in row-major
    /// window order, equal to Dilate's maximum: Dilate gives no argmax, so ties resolve to the first maximum as ONNX's do.
    /// </summary>
    private static long FirstCellEqual(double[] cells, PoolGeometry g, int h, int w, int i, int j, double value, int storage)
    {
        for (var u = 0; u < g.Kernel[0]; u++)
        for (var v = 0; v < g.Kernel[1]; v++)
        {
            var (r, c) = (i * g.Strides[0] - g.Begin[0] + u * g.Dilations[0], j * g.Strides[1] - g.Begin[1] + v * g.Dilations[1]);
            if (r < 0 || r >= h || c < 0 || c >= w || cells[r * w + c] != value) continue;
            return storage == 1 ? c * h + r : r * w + c;
        }
        return -1;
    }

    /// <summary>True when both inputs have fewer than 50 cells (so filter2D takes its direct path whichever is the kernel).</summary>
    public static bool SmallKernel(JsonObject args) =>
        new[] { "in1", "in2" }.All(n => args[n] is not JsonObject t || t["shape"] is not JsonArray s || s.Aggregate(1, (p, d) => p * PoolGeometry.Int(d!)) < 50);

    private static (TensorValue In1, TensorValue In2, DType DType, string Mode, string Boundary, double Fill) TwoDArgs(string op, JsonObject args)
    {
        if (op != "correlate2d") throw new NotSupportedException($"{op}: this adapter answers correlate2d only");
        var (in1, in2) = (Wire.Tensor(args["in1"]!, "in1"), Wire.Tensor(args["in2"]!, "in2"));
        if (in1.DType is DType.Int64 or DType.Complex64 or DType.Complex128 || in2.DType is DType.Int64 or DType.Complex64 or DType.Complex128)
            throw new NotSupportedException("OpenCV filters take float32 and float64 here");
        if (in1.Shape.Length != 2 || in2.Shape.Length != 2) throw new ArgumentException("in1: correlate2d needs 2-D inputs");
        var boundary = (string?)args["boundary"] ?? "fill";
        boundary = boundary switch { "pad" => "fill", "circular" => "wrap", "symmetric" => "symm", _ => boundary };
        return (in1, in2, DTypes.Promote(in1.DType, in2.DType), (string?)args["mode"] ?? "full", boundary, Fill(args["fillvalue"]));
    }

    /// <summary>The fill value: a JSON number (integer or not), "NaN"/"Infinity" strings; complex is unsupported.</summary>
    private static double Fill(JsonNode? node) => node switch
    {
        null => 0,
        JsonValue v when double.TryParse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        JsonValue v when v.TryGetValue(out string? text) => double.Parse(text!, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException("fillvalue: OpenCV's border value is real"),
    };

    private static Mat ToMat(TensorValue t, DType dtype)
    {
        var d = (double[])t.Data;
        return dtype == DType.Float32
            ? Mat.FromPixelData(t.Shape[0], t.Shape[1], MatType.CV_32FC1, d.Select(x => (float)x).ToArray())
            : Mat.FromPixelData(t.Shape[0], t.Shape[1], MatType.CV_64FC1, (double[])d.Clone());
    }

    private static TensorValue FromMat(Mat mat, DType dtype)
    {
        double[] data;
        if (dtype == DType.Float32)
        {
            mat.GetArray(out float[] f);
            data = f.Select(x => (double)x).ToArray();
        }
        else mat.GetArray(out data);
        return TensorValue.Real(dtype, [mat.Rows, mat.Cols], data);
    }

    private static TensorValue Rotate180(TensorValue t) =>
        TensorValue.Real(t.DType, t.Shape, ((double[])t.Data).Reverse().ToArray());

    private static JsonNode Guard(Func<JsonNode> body)
    {
        try
        {
            return body();
        }
        catch (NotSupportedException e)
        {
            return Wire.Error("unsupported", e.Message);
        }
        catch (ArgumentException e)
        {
            return Wire.Error("invalid_argument", e.Message);
        }
        catch (OpenCVException e)
        {
            return Wire.Error("unsupported", $"OpenCV: {e.Message}");
        }
    }
}
